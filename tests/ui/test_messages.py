"""The domain's errors in the window's language: codes and parameters, translated."""

from __future__ import annotations

import dataclasses
import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfWriter
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from composer import paths
from composer.model.case import CaseError, case_from_toml
from composer.model.count import CountError
from composer.model.draft import Draft, DraftError
from composer.model.importer import UAImportError, import_bytes, import_text
from composer.model.library import list_cases, load_case
from composer.model.messages import (
    COUNT_MESSAGES,
    DRAFT_MESSAGES,
    EVENT_MESSAGES,
    IMPORT_MESSAGES,
    MESSAGES,
    PACK_MESSAGES,
    RENDER_MESSAGES,
    SIGNUP_MESSAGES,
    WORDING_MESSAGES,
)
from composer.render.pdf import LetterTooLong, RenderError
from composer.ui import batch_dialog, dialogs
from composer.ui.case_picker import CasePickerDialog
from composer.ui.event_dialog import StartEventDialog
from composer.ui.import_review import CaseReviewDialog
from composer.ui.main_window import MainWindow
from composer.ui.messages import _sentences, error_text, warning_text

ROOT = Path(__file__).resolve().parents[2]
FRENCH_QM = ROOT / "resources" / "translations" / "letter-composer_fr.qm"


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(FRENCH_QM))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_every_code_has_a_window_sentence_with_the_same_english() -> None:
    assert _sentences() == dict(MESSAGES)


def _sources() -> list[Path]:
    return [
        *(ROOT / "src/composer/model").rglob("*.py"),
        *(ROOT / "src/composer/render").glob("*.py"),
        *(ROOT / "src/composer/ui").glob("*.py"),
        ROOT / "src/composer/batch.py",
    ]


def _codes_used() -> set[str]:
    """Every code the sources raise (``.coded("…"``) or warn with (``.warn(field, "…"``);
    a recipient's code written ``f"import.{role}.…"`` stands for both roles."""
    found: set[str] = set()
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        found.update(re.findall(r"\.coded\(\s*\"([a-z0-9.-]+)\"", text))
        for code in re.findall(r"\.warn\(\s*[^,]+,\s*f?\"(import\.[a-z0-9{}.-]+)\"", text):
            found.update(code.replace("{role}", role) for role in ("recipient", "copy"))
    return found


def test_every_code_the_domain_raises_is_known() -> None:
    used = _codes_used()
    assert {"case.not-found", "render.no-recipient", "import.pdf-scanned"} <= used
    assert {"import.no-demands", "import.copy.no-name", "import.recipient.unmarked"} <= used
    assert used <= set(MESSAGES), used - set(MESSAGES)


def test_every_importer_message_is_used() -> None:
    """No dead sentence in IMPORT_MESSAGES (a translator would translate it for nothing)."""
    assert set(IMPORT_MESSAGES) - _codes_used() == set()


# Every error class a writer or coordinator can see in the window; each is raised only with
# .coded(...) (or built from another coded error), never with a sentence written in place.
CODED_ERRORS = (
    "UAImportError",
    "CaseError",
    "EventError",
    "PackError",
    "SandboxError",
    "LimitError",
    "RenderError",
    "AddressDoesNotFitError",
    "SignupError",
    "CountError",
    "DraftError",
)


# Error classes the window never shows in their own words, and why.
NOT_SHOWN = {
    "LetterTemplateError": "a shipped template missing or broken: a fault of the program",
    "UnknownLayoutError": "a paper id no menu offers (the command line's --paper)",
    "PrinterError": "ui/printing.py says each kind in its own translated words; CUPS's own "
    "text is only under Show Details",
}
CODED_BASES = {"CodedError", "CodedValueError", "RenderError"}


def _error_classes() -> dict[str, list[str]]:
    """Every exception class of the domain, the batch and the print queue, with its bases."""
    found: dict[str, list[str]] = {}
    for path in [
        *(ROOT / "src/composer/model").rglob("*.py"),
        *(ROOT / "src/composer/render").glob("*.py"),
        ROOT / "src/composer/batch.py",
        ROOT / "src/composer/print_queue.py",
    ]:
        text = path.read_text(encoding="utf-8")
        for name, bases in re.findall(r"^class (\w+)\(([^)]*)\):", text, re.MULTILINE):
            if re.search(r"Error|Exception", bases) or name == "CodedError":
                found[name] = [base.strip() for base in bases.split(",")]
    return found


def _coded_classes() -> set[str]:
    """The listed error classes and every class built on a coded one."""
    return set(CODED_ERRORS) | {
        name for name, bases in _error_classes().items() if CODED_BASES & set(bases)
    }


def test_every_error_class_is_coded_or_never_shown() -> None:
    """A new error class in the domain, the batch or the print queue is coded (built on a
    coded error), or says here why the window never shows its sentence."""
    classes = _error_classes()
    assert {"PackError", "EventError", "RenderError", "LpMissingError"} <= set(classes)
    coded = _coded_classes()
    for name, bases in classes.items():
        shown_as_is = not (name in NOT_SHOWN or NOT_SHOWN.keys() & set(bases))
        assert name in coded or name in CODED_BASES or not shown_as_is, name


def test_the_domain_says_nothing_without_a_code() -> None:
    """Every warning and refusal of the importer, every case-file, event, case-pack, wording
    and layout error has a code: a sentence written in place would stay English in a French
    window (the batch of letters from a sign-up sheet included)."""
    coded = "|".join(sorted(_coded_classes() - {"LetterTooLong"}))
    raised = re.compile(rf"(?<!class )\b({coded})\(")
    checked = 0
    for path in [
        *(ROOT / "src/composer/model").rglob("*.py"),
        *(ROOT / "src/composer/render").glob("*.py"),
        ROOT / "src/composer/batch.py",
        ROOT / "src/composer/ui/import_review.py",
    ]:
        text = path.read_text(encoding="utf-8")
        assert not raised.search(text), (path, raised.search(text))
        # a sign-up row's problem is coded too (or copied from a coded error)
        assert not re.search(r"RowProblem\([^)]*\bf?\"", text), path
        checked += len(re.findall(rf"\b({coded})\.coded\(", text))
        for call in re.findall(r"\.warn\(\s*[^,]+,\s*([^,)]+)", text):
            assert re.fullmatch(r'f?"import\.[a-z0-9{}.-]+"', call.strip()), (path, call)
    assert checked > 100  # the check reads the sources it means to


def test_every_event_pack_wording_signup_count_and_render_message_is_used() -> None:
    """No dead sentence (a translator would translate it for nothing)."""
    written = {
        *EVENT_MESSAGES,
        *PACK_MESSAGES,
        *WORDING_MESSAGES,
        *SIGNUP_MESSAGES,
        *COUNT_MESSAGES,
        *DRAFT_MESSAGES,
        *(code for code in RENDER_MESSAGES if code != "render.too-long"),  # LetterTooLong
    }
    assert written - _codes_used() == set()


# An appeal pasted in a hurry: a recipient without a country, no demands, no deadline.
SKETCH = """URGENT ACTION
FREE THE JOURNALIST

Write to:
Minister of Justice
Main Street 1
Capital

Dear Minister,
"""


def test_warnings_carry_their_code_and_number() -> None:
    warnings = {w.field: w for w in import_text(SKETCH).warnings}
    assert warnings["deadline"].code == "import.no-deadline"
    assert warnings["deadline"].message == "No deadline was found."
    country = warnings["recipients[0].country"]
    assert (country.code, country.params) == ("import.recipient.no-country", {"number": 1})
    assert country.message == "No country was found for recipient 1."
    for warning in warnings.values():
        assert warning.message == MESSAGES[warning.code].format(**warning.params)


def test_english_is_the_domains_own_sentence() -> None:
    with pytest.raises(CaseError) as caught:
        load_case("no-such-case")
    assert error_text(caught.value) == str(caught.value) == "there is no case called 'no-such-case'"
    assert error_text(LetterTooLong(2)) == str(LetterTooLong(2))


def test_errors_speak_french(french: None) -> None:
    with pytest.raises(CaseError) as caught:
        load_case("no-such-case")
    assert error_text(caught.value) == "il n’y a pas de cas nommé «\u00a0no-such-case\u00a0»"
    error = RenderError.coded("render.address-lines", lines=9, most=6)
    assert error_text(error) == (
        "l’adresse du destinataire compte 9 lignes\u00a0; la fenêtre de l’enveloppe en "
        "contient 6 au plus"
    )
    where = CaseError.coded("case.bad-id", field="id", source="x.toml", line=3, case="A B")
    assert error_text(where) == (
        "x.toml, ligne 3\u00a0: id\u00a0: «\u00a0A B\u00a0» n’est pas un identifiant de cas valide"
    )


def test_case_file_errors_speak_french(french: None) -> None:
    """A coordinator's hand-written case file: the field, the line and what is wrong."""
    with pytest.raises(CaseError) as caught:
        case_from_toml('id = "x"\ntitle = "T"\ndeadline = "soon"\n', source="x.toml")
    assert str(caught.value) == "x.toml, line 3: deadline: must be a date written as YYYY-MM-DD"
    assert error_text(caught.value) == (
        "x.toml, ligne 3\u00a0: deadline\u00a0: doit être une date écrite AAAA-MM-JJ"
    )
    with pytest.raises(CaseError) as caught:
        case_from_toml('id = "x"\n', source="x.toml")
    assert error_text(caught.value) == "x.toml\u00a0: title\u00a0: manque dans le fichier"


def test_import_refusals_speak_french(french: None, tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    pdf = tmp_path / "scan.pdf"
    with pdf.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(UAImportError) as caught:
        import_bytes(pdf.read_bytes(), source="scan.pdf")  # pages without text: a scan
    assert "looks like a scan" in str(caught.value)
    assert error_text(caught.value).startswith(
        "aucun texte n’a pu être lu dans le PDF\u00a0: il semble numérisé"
    )
    with pytest.raises(UAImportError) as caught:
        import_bytes(b" ", source="empty.txt")
    assert error_text(caught.value) == "le fichier est vide"
    with pytest.raises(UAImportError) as caught:
        import_text("x" * 200_000)
    assert error_text(caught.value) == (
        "le texte compte 200000 caractères\u00a0; une Action urgente en compte quelques "
        "milliers (150000 au plus)"
    )


def test_the_import_review_speaks_french(french: None, qtbot: QtBot) -> None:
    """The review of a pasted text that names no one to write to: every warning, in the list
    and on the framed fields, in French, with no English left."""
    result = import_text("Someone needs help. Please write to them.")
    dialog = CaseReviewDialog(result)
    qtbot.addWidget(dialog)
    text = dialog.warnings_label.text()
    assert text.startswith("Veuillez vérifier les champs encadrés")
    assert "Aucun destinataire n’a été trouvé\u00a0: ajoutez son nom et son adresse." in text
    assert "Aucune date limite n’a été trouvée." in text
    for warning in result.warnings:
        assert warning.message not in text  # the English sentence is gone
        assert warning_text(warning) in text
    sketch = CaseReviewDialog(import_text(SKETCH))
    qtbot.addWidget(sketch)
    assert "Aucun pays n’a été trouvé pour le destinataire 1." in sketch.warnings_label.text()
    assert "Destinataires" in sketch.warnings_label.text()  # the field, by its French label
    recipients = dialog.field_widgets["recipients"]
    assert (
        recipients.toolTip()
        == "Aucun destinataire n’a été trouvé\u00a0: ajoutez son nom et son adresse."
    )
    assert "Aucun destinataire" in recipients.accessibleDescription()


def test_a_recipient_warning_names_the_recipient_in_french(french: None) -> None:
    result = import_text("Someone needs help. Please write to them.")
    warning = dataclasses.replace(
        result.warnings[0],
        field="copies_to[1].name",
        code="import.copy.no-name",
        params={"number": 2},
    )
    assert warning_text(warning) == "Aucun nom n’a été trouvé pour la copie 2."


def test_the_window_shows_a_case_error_in_french(french: None, qtbot: QtBot, answers: Any) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_library_case("no-such-case")
    _title, text = answers.errors[-1]
    assert text == "il n’y a pas de cas nommé «\u00a0no-such-case\u00a0»"


def test_an_error_without_a_code_is_shown_as_it_is() -> None:
    assert error_text(OSError("disk full")) == "disk full"


def test_a_case_file_that_cannot_be_read_says_why_in_french(french: None, qtbot: QtBot) -> None:
    """The case picker lists a hand-edited case file with a mistake; its tooltip says what is
    wrong, where, in the window's language."""
    folder = paths.user_cases_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "broken.toml").write_text('id = "broken"\ntitle = "T"\npronoun = "it"\n')
    dialog = CasePickerDialog(list_cases())
    qtbot.addWidget(dialog)
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    [row] = [r for r in rows if r.text(0) == "broken.toml"]
    assert row.toolTip(0) == (
        f'{folder / "broken.toml"}, ligne 3\u00a0: pronoun\u00a0: doit être "she", "he" ou "they"'
    )


def test_a_case_file_named_so_it_cannot_be_an_id_is_listed_and_can_be_deleted(
    french: None, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A case file copied in by hand as "Mon cas.toml" is listed in the case library (not
    hidden) with what to do, in French; Delete removes it."""
    from PySide6.QtWidgets import QDialog

    from composer.ui import case_picker

    folder = paths.user_cases_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Mon cas.toml").write_text('id = "x"\n')
    seen: list[str] = []

    def run(dialog: CasePickerDialog) -> QDialog.DialogCode:
        rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
        [row] = [r for r in rows if r is not None and r.text(0) == "Mon cas.toml"]
        seen.append(row.toolTip(0))
        dialog.tree.setCurrentItem(row)
        assert not dialog.open_button.isEnabled() and dialog.delete_button.isEnabled()
        dialog.delete_button.click()
        seen.extend(
            r.text(0) for r in map(dialog.tree.topLevelItem, range(dialog.tree.topLevelItemCount()))
        )
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(case_picker, "_exec_dialog", run)
    monkeypatch.setattr(case_picker, "_confirm", lambda *args: True)
    assert case_picker.pick_case() is None
    assert "renommez-le «\u00a0mon-cas.toml\u00a0»" in seen[0]
    assert "Mon cas.toml" not in seen[1:]
    assert not (folder / "Mon cas.toml").exists()


def _pack_with(tmp_path: Path, name: str, data: bytes) -> Path:
    """A pack that lists and holds one member, ``name``."""
    kind, _, rest = name.partition("/")
    listed = {"cases": [rest.removesuffix(".toml")] if kind == "cases" else []}
    listed["templates"] = [rest] if kind == "templates" else []
    manifest = {"format": "letter-composer-pack", "version": 1, **listed}
    path = tmp_path / "month.lcpack"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr(name, data)
    return path


def test_the_window_refuses_a_case_pack_in_french(
    french: None, qtbot: QtBot, answers: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File ▸ Import Case Pack… with bad packs: the one message is French, down to the reason
    inside it (a case file's mistake, a wording's), and nothing English is left."""
    window = MainWindow()
    qtbot.addWidget(window)
    chosen: list[Path] = []
    monkeypatch.setattr(dialogs, "ask_pack_file", lambda parent, folder: chosen.pop())

    def refusal(path: Path) -> str:
        chosen.append(path)
        before = len(answers.errors)
        window.import_pack_act.trigger()
        assert len(answers.errors) == before + 1
        title, text = answers.errors[-1]
        assert title == "Impossible d’importer le lot de cas"
        return str(text)

    not_zip = tmp_path / "x.lcpack"
    not_zip.write_bytes(b"hello")
    assert refusal(not_zip) == (
        "x.lcpack n’est pas un lot de cas (c’est un fichier zip endommagé ou d’une autre origine)"
    )
    case = _pack_with(tmp_path, "cases/wrong.toml", b'id = "wrong"\ntitle = "T"\npronoun = "it"\n')
    assert refusal(case) == (
        "le lot contient un cas non valide\u00a0: cases/wrong.toml, ligne 3\u00a0: "
        'pronoun\u00a0: doit être "she", "he" ou "they"'
    )
    wording = _pack_with(tmp_path, "templates/en/opening-9.j2", b"{{ ''.__class__ }}")
    assert refusal(wording) == (
        "la formulation en/opening-9.j2 est inutilisable\u00a0: elle fait appel aux rouages "
        "internes de Python (des noms avec «\u00a0__\u00a0»)"
    )
    assert not (paths.user_cases_dir() / "wrong.toml").exists()


def test_the_window_refuses_an_event_in_french(french: None, qtbot: QtBot) -> None:
    """Event ▸ Start Event… in French: what Event.start refuses is said in French, in the
    dialog, and the dialog stays open."""
    window = MainWindow()
    qtbot.addWidget(window)
    dialog = StartEventDialog(window, "kalesnikava", "a4")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    start = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert start.text() == "Commencer la séance"
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Donnez un nom à la séance."
    qtbot.keyClicks(dialog.name_edit, "Écrire pour les droits")
    dialog.set_cases(())
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Choisissez au moins un cas pour la séance."
    dialog.set_cases(("kalesnikava",))
    qtbot.keyClicks(dialog.pin_edit, "12")
    qtbot.keyClicks(dialog.pin_again_edit, "12")
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == (
        "Le NIP de la coordination doit compter au moins 4 chiffres."
    )
    assert dialog.isVisible() and dialog.started is None


def said(dialog: batch_dialog.BatchDialog) -> str:
    """The batch log as written, no-break spaces kept (toPlainText turns them to spaces)."""
    return dialog.log.document().toRawText().replace("\u2029", "\n")


def test_the_batch_dialog_speaks_french(
    french: None, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Letters from a sign-up sheet, in French: a sheet that cannot be used, and the rows left
    out, are said in French (the sheet's own words stay as written)."""
    window = MainWindow()
    qtbot.addWidget(window)
    sheet = tmp_path / "inscriptions.csv"
    shown: list[batch_dialog.BatchDialog] = []

    def drive(dialog: batch_dialog.BatchDialog) -> int:
        dialog.csv_edit.setText(str(sheet))
        dialog.folder_edit.setText(str(tmp_path / "lettres"))
        dialog.start_button.click()
        shown.append(dialog)
        return 0

    monkeypatch.setattr(batch_dialog, "_exec_dialog", drive)
    sheet.write_text("nom,ville\nMarie,Québec\n", encoding="utf-8")
    window.events.batch_act.trigger()
    assert said(shown[-1]) == (
        "La feuille d’inscription est inutilisable\u00a0: ligne 1\u00a0: l’en-tête doit être "
        "name,address,town,language,note (il n’y a pas de colonne «\u00a0name\u00a0»)"
    )
    sheet.write_text(
        "name,address,town,language,note\n"
        "Anne Dupuis,,Québec,fr,\n"
        ",,Guelph,en,\n"
        "Hans Weber,,Bern,de-ch,\n"
        "Zoé,,Lyon,fr,x,y\n",
        encoding="utf-8",
    )
    window.events.batch_act.trigger()
    lines = said(shown[-1]).splitlines()
    assert lines[0] == "Ligne 3\u00a0: le nom manque"
    assert lines[1].startswith(
        "Ligne 4\u00a0: langue «\u00a0de-ch\u00a0» inconnue (les lettres peuvent être écrites en "
    )
    assert lines[2] == "Ligne 5\u00a0: compte 6 cellules\u00a0; l’en-tête en compte 5"


def test_count_errors_speak_french(french: None) -> None:
    error = CountError.coded("count.newer", path="/data/count.sqlite3")
    assert str(error) == (
        "the letter count in /data/count.sqlite3 was made by a newer Letter Composer; update "
        "this one"
    )
    assert error_text(error) == (
        "le décompte des lettres dans /data/count.sqlite3 a été créé par une version plus "
        "récente de Letter Composer\u00a0; mettez celle-ci à jour"
    )


def test_a_damaged_saved_letter_is_said_in_french(french: None) -> None:
    """A letter kept for restoring after a crash that cannot be read again: the restore
    message's reason is French."""
    with pytest.raises(DraftError) as caught:
        Draft.from_dict({"language": "en", "blocks": "not a list"}, load_case("kalesnikava"))
    assert str(caught.value).startswith("the saved draft is damaged (")
    assert error_text(caught.value).startswith("la lettre enregistrée est endommagée (")
    with pytest.raises(DraftError) as caught:
        Draft.new(load_case("kalesnikava"), "xx")
    assert error_text(caught.value).startswith("les lettres peuvent être écrites en en, ")
    assert error_text(caught.value).endswith(", pas en «\u00a0xx\u00a0»")
