"""The import review dialog and the case picker, driven as a coordinator would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from composer.model.importer import import_file, import_text
from composer.model.library import add_user_case, list_cases, open_case, user_case_ids
from composer.ui import case_picker, dialogs, import_review
from composer.ui.case_picker import CasePickerDialog, pick_case
from composer.ui.import_review import CaseReviewDialog, review_file, review_text
from composer.ui.theme import check_color

DATA = Path(__file__).resolve().parents[1] / "data" / "ua"
SEED = DATA / "kalesnikava-urgent-action.txt"
HONDURAS = DATA / "honduras-copinh-2017.txt"


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_review_shows_every_parsed_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    result = import_file(HONDURAS)
    dialog = CaseReviewDialog(result)
    qtbot.add_widget(dialog)
    assert dialog.title_edit.text() == "ARMED ATTACK AGAINST MEMBERS OF COPINH"
    assert dialog.summary_edit.toPlainText().startswith("On 30 June")
    assert dialog.demands() == [d.text["en"] for d in result.case.demands]
    editor = dialog.recipient_tabs.widget(0)
    assert (
        editor.findChild(QLineEdit, "recipient_name").text() == "General de División Julián Pacheco"
    )
    assert dialog.languages_edit.text() == "Spanish"  # by name, not code
    others = editor.findChild(QLineEdit, "recipient_salutations")
    assert others.text() == "Spanish: Estimado Señor Secretario de Seguridad"
    assert dialog.deadline_edit.date().toString("yyyy-MM-dd") == "2017-08-16"
    assert dialog.background_edit.toPlainText().startswith("## Additional information")
    # The derived demands are highlighted, with the warning as tooltip; nothing else is.
    assert dialog.highlighted_fields() == {"demands"}
    assert "taken from the sample letter" in dialog.demands_list.toolTip()
    assert "taken from the sample letter" in dialog.warnings_label.text()
    # Unchanged, the dialog gives back the imported case.
    assert dialog.case() == result.case


def test_missing_fields_are_highlighted(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CaseReviewDialog(import_text("Someone needs help. Please write to them."))
    qtbot.add_widget(dialog)
    assert {"title", "demands", "recipients", "deadline"} <= dialog.highlighted_fields()
    assert dialog.no_deadline.isChecked()


def test_coordinator_corrects_and_saves(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Fix the title typo, edit a demand, add one, set the deadline: the Case comes back."""
    dialog = CaseReviewDialog(import_file(SEED))
    qtbot.add_widget(dialog)
    title_edit = dialog.recipient_tabs.widget(0).findChild(QLineEdit, "recipient_title")
    title_edit.setText("Minister of the Interior")
    dialog.title_edit.setText("Belarus: Free Maryia Kalesnikava")
    dialog.demands_list.item(3).setText("Provide her with adequate medical care.")
    qtbot.mouseClick(dialog.add_demand_button, Qt.MouseButton.LeftButton)
    dialog.demands_list.item(4).setText("Let her see her family.")
    dialog.languages_edit.setText("en, fr")
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    case = dialog.accepted_case()
    assert case is not None
    assert case.title == "Belarus: Free Maryia Kalesnikava"
    assert case.recipients[0].title == "Minister of the Interior"
    assert case.recipients[0].salutation == {"en": "Dear Minister,"}
    assert [d.text["en"] for d in case.demands][3:] == [
        "Provide her with adequate medical care.",
        "Let her see her family.",
    ]
    assert case.languages == ("en", "fr")
    assert case.deadline == dt.date(2024, 11, 1)
    assert [s.heading for s in case.background] == [
        "Arrest and sentencing",
        "Health concerns & political reprisals",
        "Inhumane prison conditions",
    ]


def test_an_empty_title_is_refused_in_the_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CaseReviewDialog(import_file(SEED))
    qtbot.add_widget(dialog)
    dialog.title_edit.setText("  ")
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "title" in dialog.error_label.text()


def test_review_file_then_save_through_the_model(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    def accept(dialog: QDialog) -> int:
        qtbot.add_widget(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(import_review, "_exec_dialog", accept)
    case = review_file(HONDURAS)
    assert case is not None and case.id == "berta-zuniga-caceres"
    saved = add_user_case(case)
    assert open_case(saved.id) == case


def test_cancel_returns_nothing(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(import_review, "_exec_dialog", lambda d: QDialog.DialogCode.Rejected)
    assert review_text(SEED.read_text(encoding="utf-8")) is None


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    import io

    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter

    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 64)
    with (tmp_path / "huge.txt").open("wb") as handle:
        handle.truncate(20 * 1024 * 1024)
    (tmp_path / "folder").mkdir()
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "URGENT ACTION")
    data = bytes(pdf.output())
    (tmp_path / "truncated.pdf").write_bytes(data[:300])
    writer = PdfWriter()
    writer.add_page(PdfReader(io.BytesIO(data)).pages[0])
    writer.encrypt(user_password="secret", owner_password="o", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    (tmp_path / "encrypted.pdf").write_bytes(out.getvalue())
    return {
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "binary.bin",
        "huge": tmp_path / "huge.txt",
        "folder": tmp_path / "folder",
        "missing": tmp_path / "missing.txt",
        "truncated pdf": tmp_path / "truncated.pdf",
        "encrypted pdf": tmp_path / "encrypted.pdf",
    }


@pytest.mark.parametrize(
    "kind", ["empty", "binary", "huge", "folder", "missing", "truncated pdf", "encrypted pdf"]
)
def test_bad_input_gets_one_message_and_no_dialog(
    qtbot: QtBot,
    tmp_path: Path,
    user_data: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, title, message, details="": messages.append(message)
    )
    monkeypatch.setattr(
        import_review, "_exec_dialog", lambda d: pytest.fail("no review dialog for bad input")
    )
    before = snapshot(user_data)
    assert review_file(_bad_inputs(tmp_path)[kind]) is None
    assert len(messages) == 1 and "\n" not in messages[0]
    assert snapshot(user_data) == before


def test_bad_paste_gets_one_message(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, title, message, details="": messages.append(message)
    )
    assert review_text("   \n ") is None
    assert review_text("\x00\x01\x02" * 100) is None
    assert len(messages) == 2


# --------------------------------------------------------------------------- case picker


def test_picker_lists_open_first_and_marks_past_deadlines(qtbot) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    base = import_file(HONDURAS).case
    add_user_case(
        dataclasses.replace(base, id="open-one", title="Open one", deadline=dt.date(2099, 1, 1))
    )
    dialog = CasePickerDialog(list_cases(dt.date(2026, 11, 26)))
    qtbot.add_widget(dialog)
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert [r.text(0) for r in rows] == [
        "Open one",
        "Belarus: End the torturous isolation of Maryia Kalesnikava",
    ]
    assert [r.text(2) for r in rows] == ["Mine", "Built-in"]
    assert "deadline passed" in rows[1].text(1) and "deadline passed" not in rows[0].text(1)
    dialog.select("kalesnikava")
    assert not dialog.delete_button.isEnabled() and dialog.duplicate_button.isEnabled()
    assert "deadline" in dialog.notice.text()
    dialog.select("open-one")
    assert dialog.delete_button.isEnabled()
    with qtbot.wait_signal(dialog.case_chosen) as chosen:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert chosen.args == ["open-one"]


def test_pick_case_duplicates_and_deletes_through_the_library(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(case_picker, "_confirm", lambda *args: True)

    def drive(dialog: CasePickerDialog) -> int:
        qtbot.add_widget(dialog)
        dialog.select("kalesnikava")
        qtbot.mouseClick(dialog.duplicate_button, Qt.MouseButton.LeftButton)
        assert dialog.current_id() == "kalesnikava-copy"
        assert "kalesnikava-copy" in user_case_ids()
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        assert "kalesnikava-copy" not in user_case_ids()
        dialog.select("kalesnikava")
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)  # disabled: no-op
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(case_picker, "_exec_dialog", drive)
    assert pick_case() == "kalesnikava"
    assert open_case("kalesnikava").id == "kalesnikava"


def test_review_case_edits_a_library_case(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from composer.ui.import_review import is_importable, review_case

    def edit(dialog: CaseReviewDialog) -> int:
        qtbot.add_widget(dialog)
        assert dialog.highlighted_fields() == set()
        dialog.summary_edit.setPlainText("A shorter summary.")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(import_review, "_exec_dialog", edit)
    edited = review_case(open_case("kalesnikava"))
    assert edited is not None and edited.summary == "A shorter summary."
    assert edited.demands == open_case("kalesnikava").demands  # French texts kept
    assert is_importable(Path("UA.PDF")) and not is_importable(Path("cases.lcpack"))


# --------------------------------------------------------------------------- issue 14 and 9


def test_every_field_is_editable_and_languages_are_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The demands' introduction, copies-to, the appeal's language, the UA number and the
    sample letter are fields too; languages read and are typed as names."""
    dialog = CaseReviewDialog(import_file(HONDURAS))
    qtbot.add_widget(dialog)
    assert dialog.action_intro_edit.text().startswith("TAKE ACTION")
    assert dialog.language_edit.text() == "English"
    dialog.action_intro_edit.setText("Write to the Minister of Security urging him to:")
    dialog.language_edit.setText("Spanish")
    dialog.languages_edit.setText("Spanish, English")
    dialog.ua_number_edit.setText("60/16")
    qtbot.mouseClick(dialog.add_copy_button, Qt.MouseButton.LeftButton)
    copy = dialog.copies_tabs.widget(0)
    copy.findChild(QLineEdit, "recipient_name").setText("Ambassador of Honduras")
    copy.findChild(QLineEdit, "recipient_country").setText("Canada")
    dialog.model_letter_edit.setPlainText("Dear Minister,\n\nPlease protect COPINH.")
    case = dialog.case()
    assert case.action_intro == "Write to the Minister of Security urging him to:"
    assert case.language == "es"
    assert case.languages == ("es", "en")
    assert [(c.name, c.country) for c in case.copies_to] == [("Ambassador of Honduras", "Canada")]
    assert case.model_letter.endswith("Please protect COPINH.")


def test_a_past_deadline_is_flagged(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CaseReviewDialog(import_file(HONDURAS))  # until 16 August 2017
    qtbot.add_widget(dialog)
    dialog.show()
    assert dialog.past_deadline_label.isVisible()
    assert "has passed" in dialog.past_deadline_label.text()
    assert "deadline" in dialog.framed_fields()
    dialog.deadline_edit.setDate(QDate.currentDate().addDays(30))
    assert not dialog.past_deadline_label.isVisible()
    assert "deadline" not in dialog.framed_fields()
    assert not dialog.findChild(QWidget, "check_field_deadline").isVisible()


def test_warnings_are_plain_words_and_frames_follow_the_palette(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CaseReviewDialog(import_text("Someone needs help. Please write to them."))
    qtbot.add_widget(dialog)
    text = dialog.warnings_label.text()
    for jargon in ("derived", "model letter", "recipients[", "Salutation:", "..."):
        assert jargon not in text
    assert "No one to write to was found" in text
    assert dialog.framed_fields() == dialog.highlighted_fields() != set()
    for name in dialog.highlighted_fields():
        assert dialog.field_widgets[name].styleSheet() == ""  # the field keeps its own look
    # The frames take their colour from the palette as they paint: a theme change follows.
    frame = dialog.findChild(QWidget, "check_field_recipients")
    dark = QPalette(QColor("#202326"))
    frame.setPalette(dark)
    assert frame.color() == check_color(dark) != check_color(QPalette(QColor("#efefef")))


@pytest.mark.parametrize(("width", "height"), [(1024, 600), (910, 512)])  # 1366x768 at 150 %
def test_the_dialog_fits_small_screens(qtbot, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    """Save and Cancel stay on screen: the form scrolls inside a dialog no taller than the
    screen's free area (less a title bar)."""
    dialog = CaseReviewDialog(import_file(SEED))
    qtbot.add_widget(dialog)
    room = height - 40
    assert dialog.minimumSizeHint().height() <= room
    assert dialog.minimumSizeHint().width() <= width
    screen = dialog.screen().availableGeometry()
    assert dialog.height() <= screen.height() and dialog.width() <= screen.width()
    dialog.resize(min(width, 900), room)
    dialog.show()
    qtbot.waitExposed(dialog)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    bottom = save.mapTo(dialog, save.rect().bottomLeft()).y()
    assert save.isVisible() and 0 < bottom <= dialog.height()


def test_a_slow_file_shows_progress_and_can_be_cancelled(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The file is read off the window's thread: the window keeps answering, a progress
    dialog offers Cancel, and Cancel gives the window back at once."""
    import threading

    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    release = threading.Event()
    real_import = import_review.import_file  # type: ignore[attr-defined]

    def slow_import(path: Path, *, taken_ids: object = ()) -> object:
        release.wait(30)
        return real_import(path)

    monkeypatch.setattr(import_review, "import_file", slow_import)
    monkeypatch.setattr(
        import_review, "_exec_dialog", lambda d: pytest.fail("no review after a cancel")
    )

    def find_progress() -> QProgressDialog | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                return widget
        return None

    def cancel_when_shown() -> None:
        progress = find_progress()
        if progress is None:
            QTimer.singleShot(20, cancel_when_shown)
            return
        assert "Reading kalesnikava-urgent-action.txt" in progress.labelText()
        progress.findChild(QPushButton).click()  # the coordinator's Cancel

    QTimer.singleShot(0, cancel_when_shown)
    try:
        assert review_file(SEED) is None
    finally:
        release.set()
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)


def test_read_file_gives_the_result_of_a_quick_file(qtbot) -> None:  # type: ignore[no-untyped-def]
    result = import_review.read_file(HONDURAS)
    assert result is not None and result.case.title == "ARMED ATTACK AGAINST MEMBERS OF COPINH"
