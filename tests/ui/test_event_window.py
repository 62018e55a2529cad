"""A letter-writing event in the window: start it, three writers one after another (Next
Writer), several recipients, the coordinator's PIN, the report; no writer's name is kept."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from composer import paths
from composer.model import event as event_store
from composer.model.library import add_user_case, load_case_file
from composer.ui import batch_dialog, dialogs, report_dialog
from composer.ui import event as event_ui
from composer.ui.event_dialog import StartEventDialog
from composer.ui.main_window import MainWindow

SEVERAL = load_case_file(Path(__file__).parents[1] / "data" / "cases" / "several.toml")
WRITERS = ("Margaret Thompson", "Mark Twain", "Bob Okafor")


def pages(path: Path) -> list[str]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


@pytest.fixture
def started(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> event_store.Event:
    """Event ▸ Start Event…, filled in as a coordinator would."""
    add_user_case(SEVERAL)
    folder = tmp_path / "event letters"

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, StartEventDialog)
        dialog.name_edit.setText("Write for Rights")
        dialog.place_edit.setText("Guelph Public Library")
        dialog.set_cases(("kalesnikava-several", "kalesnikava"))
        dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("us-letter"))
        dialog.folder_edit.setText(str(folder))
        dialog.pin_edit.setText("4821")
        dialog.pin_again_edit.setText("4812")
        dialog.accept()  # two different PINs: the dialog stays open and says so
        assert "differ" in dialog.error_label.text()
        dialog.pin_again_edit.setText("4821")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(event_ui, "_exec_dialog", fill)
    window.events.start_act.trigger()
    running = event_store.load()
    assert running is not None
    return running


def export_as(window: MainWindow, qtbot: QtBot, answers: Any, name: str) -> Path:
    """A writer types their name and town and exports; returns the file made."""
    qtbot.keyClicks(window.about_you.name_edit, name)
    qtbot.keyClicks(window.about_you.town_edit, "Guelph, Ontario")
    before = set(paths_in(window))
    window.export_act.trigger()
    [made] = set(paths_in(window)) - before
    return made


def paths_in(window: MainWindow) -> list[Path]:
    current = window.events.current
    assert current is not None
    return sorted(current.folder().glob("*.pdf"))


def test_an_event_with_three_writers_several_recipients_and_the_report(
    window: MainWindow,
    qtbot: QtBot,
    answers: Any,
    started: event_store.Event,
    monkeypatch: pytest.MonkeyPatch,
    user_data: Path,
    tmp_path: Path,
) -> None:
    # The writer view: the event's cases only; no case library; the PIN is never stored.
    assert "Write for Rights" in window.windowTitle()
    assert not window.case_menu.menuAction().isVisible()
    assert not window.open_case_act.isEnabled() and not window.import_ua_act.isEnabled()
    assert not window.events.report_act.isEnabled()
    assert not window.events.start_act.isEnabled()
    offered = {a.text(): a for a in window.case_button.menu().actions()}
    assert set(offered) == {
        SEVERAL.title,
        "Belarus: End the torturous isolation of Maryia Kalesnikava",
    }
    assert "4821" not in paths.event_path().read_text(encoding="utf-8")
    offered[SEVERAL.title].trigger()
    assert window.case.id == "kalesnikava-several"
    assert window.recipient_choice.isVisible()
    choices = [window.recipient_choice.itemText(i) for i in range(window.recipient_choice.count())]
    assert choices == [
        "Lt.-Gen. Ivan Kubrakou, Minister of the Interior",
        "Andrei Shved, Prosecutor General",
        "Copy: Embassy of the Republic of Belarus",
        "All 3 recipients (one letter each)",
    ]

    # Writer 1 exports straight into the event's folder, then chooses Next Writer.
    answers.after_export = dialogs.AfterExport.NEXT_WRITER
    first_seed = window.draft.seed
    first = export_as(window, qtbot, answers, WRITERS[0])
    day = first.name.split("-mt-")[1].removesuffix("-1.pdf")
    assert first.name == f"kalesnikava-several-mt-{day}-1.pdf"
    assert first.parent == started.folder()
    assert not any(asked.startswith("save:") for asked in answers.asked)  # nobody is asked
    [text] = pages(first)
    assert "Margaret Thompson" in text and "Dear Minister," in text
    # Next Writer: details cleared, a fresh wording, the cursor in Name.
    assert window.about_you.name_edit.text() == ""
    assert window.about_you.town_edit.text() == ""
    assert window.draft.seed != first_seed
    assert QApplication.focusWidget() is window.about_you.name_edit
    assert not window.editor.document().isModified()

    # Writer 2 has the same initials, writes to all three recipients: one page each.
    window.recipient_choice.choose(None)
    answers.after_export = dialogs.AfterExport.NOTHING
    second = export_as(window, qtbot, answers, WRITERS[1])
    assert second.name == f"kalesnikava-several-mt-{day}-2.pdf"  # never the first one's file
    texts = pages(second)
    assert len(texts) == 3
    assert "Dear Minister," in texts[0] and "Vul. Haradski Val 4" in texts[0]
    assert "Dear Prosecutor General," in texts[1] and "Andrei Shved" in texts[1]
    assert "Your Excellency," in texts[2] and "CANADA" in texts[2]
    assert all("Mark Twain" in t for t in texts)
    window.export_act.trigger()  # saved twice: still one letter per recipient in the count
    window.events.next_writer_act.trigger()  # File ▸ Next Writer
    assert window.about_you.name_edit.text() == ""

    # Writer 3 has ties to the country: initials and town only; to the second recipient.
    window.recipient_choice.choose(1)
    window.about_you.initials_box.setChecked(True)
    third = export_as(window, qtbot, answers, WRITERS[2])
    assert third.name == f"kalesnikava-several-bo-{day}-1.pdf"
    [text] = pages(third)
    assert "Okafor" not in text, text
    assert "B. O." in text
    assert "Dear Prosecutor General," in text, text[:400]
    window.next_writer()
    assert not window.about_you.initials_box.isChecked()

    # The coordinator: a wrong PIN is refused, the right one opens the report.
    monkeypatch.setattr(event_ui, "_ask_pin", lambda parent: "1111")
    window.events.coordinator_act.trigger()
    assert answers.errors[-1][1] == "That is not the coordinator's PIN."
    assert not window.events.report_act.isEnabled()
    monkeypatch.setattr(event_ui, "_ask_pin", lambda parent: "4821")
    window.events.coordinator_act.trigger()
    assert window.events.report_act.isEnabled() and window.case_menu.menuAction().isVisible()

    shown: list[report_dialog.ReportDialog] = []
    monkeypatch.setattr(report_dialog, "_exec_dialog", lambda d: shown.append(d) or 0)
    window.events.report_act.trigger()
    [report] = shown
    assert report.scope_combo.currentText() == "Write for Rights"
    assert report.total_label.text() == "5 letters made"
    assert report.chart.rows == [(SEVERAL.title, 5)]
    assert report.languages_label.text() == "English: 5"
    assert report.recipients_label.text().splitlines() == [
        "Andrei Shved, Prosecutor General: 2",
        "Lt.-Gen. Ivan Kubrakou, Minister of the Interior: 2",
        "Embassy of the Republic of Belarus: 1",
    ]
    csv_path = tmp_path / "report.csv"
    monkeypatch.setattr(report_dialog, "_ask_save", lambda *args: csv_path)
    report.csv_button.click()
    assert csv_path.read_text(encoding="utf-8").splitlines()[1] == "total,,,5"
    pdf_path = tmp_path / "report.pdf"
    monkeypatch.setattr(report_dialog, "_ask_save", lambda *args: pdf_path)
    report.pdf_button.click()
    [report_text] = pages(pdf_path)
    assert "Write for Rights" in report_text and "5 letters made" in report_text
    report.chart.resize(520, 60)
    report.chart.grab().save(str(tmp_path / "chart.png"))  # paints without error

    # Nothing the writers typed is in the data folder: not the count, settings or drafts.
    window.close()
    stored = b"".join(p.read_bytes() for p in user_data.rglob("*") if p.is_file())
    assert b"Write for Rights" in stored  # the count and the event are there
    for secret in (*WRITERS, "Thompson", "Okafor", "Guelph, Ontario"):
        assert secret.encode() not in stored, secret


def test_ending_the_event_brings_the_whole_window_back(
    window: MainWindow, started: event_store.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.events.end_act.trigger()  # locked: only the coordinator may end it
    assert event_store.load() is not None
    monkeypatch.setattr(event_ui, "_ask_pin", lambda parent: "4821")
    window.events.coordinator_act.trigger()
    window.events.writer_view_act.trigger()  # back to the writer view, locked again
    assert not window.open_case_act.isEnabled()
    window.events.coordinator_act.trigger()
    window.events.end_act.trigger()
    assert event_store.load() is None
    assert window.open_case_act.isEnabled() and window.case_menu.menuAction().isVisible()
    assert window.windowTitle() == "Letter Composer"


def test_an_event_survives_a_restart_in_the_writer_view(
    window: MainWindow, started: event_store.Event, qtbot: QtBot
) -> None:
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.events.writer_view
    assert not again.open_case_act.isEnabled()


def test_batch_dialog_makes_the_good_rows_and_lists_the_bad(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    csv = tmp_path / "signup.csv"
    csv.write_text(
        "name,address,town,language,note\n"
        "Margaret Thompson,42 Elm Street;Guelph ON,Guelph,en,\n"
        ",,Guelph,en,\n"
        "Anne Dupuis,,Québec,fr,\n",
        encoding="utf-8",
    )
    out = tmp_path / "batch"
    shown: list[batch_dialog.BatchDialog] = []

    def drive(dialog: batch_dialog.BatchDialog) -> int:
        dialog.csv_edit.setText(str(csv))
        dialog.folder_edit.setText(str(out))
        dialog.start_button.click()
        shown.append(dialog)
        return 0

    monkeypatch.setattr(batch_dialog, "_exec_dialog", drive)
    window.events.batch_act.trigger()
    [dialog] = shown
    assert sorted(p.name.split("-")[1] for p in out.iterdir()) == ["ad", "mt"]
    assert dialog.log.toPlainText().splitlines() == [
        "Line 3: the name is missing",
        f"2 letter file(s) made in {out}. 1 row(s) could not be made.",
    ]
    assert dialog.progress.value() == dialog.progress.maximum() == 2


def test_batch_dialog_cancel_stops_after_the_letter_in_hand(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    csv = tmp_path / "signup.csv"
    csv.write_text(
        "name,address,town,language,note\n" + "".join(f"Writer {n},,,en,\n" for n in range(6)),
        encoding="utf-8",
    )
    out = tmp_path / "batch"
    dialog = batch_dialog.BatchDialog(window, window.case, "us-letter", "en", out)
    dialog.csv_edit.setText(str(csv))
    progress = dialog._progress

    def cancel_after_two(done: int, total: int) -> bool:
        if done == 2:
            dialog.cancel_button.click()
        return progress(done, total)

    monkeypatch.setattr(dialog, "_progress", cancel_after_two)
    dialog.start_button.click()
    assert len(list(out.iterdir())) == 2
    assert dialog.log.toPlainText().startswith("Cancelled: 2 letter file(s) made")
    dialog.deleteLater()


def test_print_handwriting_sheet_prints_the_sheet_for_this_recipient(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, answers: Any, tmp_path: Path
) -> None:
    from composer.ui.printing import PrintOutcome, PrintResult

    add_user_case(SEVERAL)
    window.open_library_case("kalesnikava-several")
    window.recipient_choice.choose(2)
    sent: list[bytes] = []
    outcome = [PrintOutcome.PRINTED]

    class Printer:
        def print_letter(
            self, pdf: bytes, size: tuple[float, float], title: str = ""
        ) -> PrintResult:
            sent.append(pdf)
            return PrintResult(outcome[0], "PDF")

    monkeypatch.setattr(window.printing, "_print_controller", lambda: Printer())
    window.sheet_act.trigger()
    [pdf] = sent
    [text] = pages_of(pdf)
    assert "Address the envelope to" in text and "Your Excellency," in text
    assert "Write for Maryia Kalesnikava" in text
    # No printer that works: the sheet is offered as a PDF instead.
    outcome[0] = PrintOutcome.EXPORT_INSTEAD
    answers.save_path = tmp_path / "sheet.pdf"
    window.sheet_act.trigger()
    assert "save:kalesnikava-several-handwriting-sheet.pdf" in answers.asked
    assert answers.save_path.read_bytes() == sent[-1]


def pages_of(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def test_printing_at_an_event_counts_the_letter_and_offers_next_writer(
    window: MainWindow,
    qtbot: QtBot,
    started: event_store.Event,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from composer.model import count
    from composer.ui.printing import PrintOutcome, PrintResult

    jobs: list[bytes] = []

    class Printer:
        def print_letter(
            self, pdf: bytes, size: tuple[float, float], title: str = ""
        ) -> PrintResult:
            jobs.append(pdf)
            return PrintResult(PrintOutcome.PRINTED, "PDF")

    offered: list[str] = []
    monkeypatch.setattr(window.printing, "_print_controller", lambda: Printer())
    monkeypatch.setattr(
        dialogs, "offer_next_writer", lambda parent, text: offered.append(text) or True
    )
    window.open_library_case("kalesnikava-several")
    qtbot.keyClicks(window.about_you.name_edit, "Margaret Thompson")
    window.recipient_choice.choose(None)  # all three recipients: one print job of three pages
    window.print_act.trigger()
    assert len(jobs) == 1 and len(pages_of(jobs[0])) == 3
    assert offered == ["Sent to PDF"]
    assert window.about_you.name_edit.text() == ""  # Next Writer was chosen
    report = count.report(event="Write for Rights")
    assert report.total == 3 and dict(report.by_kind) == {"print": 3}


def test_next_writer_keeps_the_details_of_a_writer_who_asked_to_be_remembered(
    window: MainWindow, qtbot: QtBot
) -> None:
    qtbot.keyClicks(window.about_you.name_edit, "Margaret Thompson")
    qtbot.keyClicks(window.about_you.town_edit, "Guelph")
    window.about_you.remember_box.setChecked(True)
    seed = window.draft.seed
    window.events.next_writer_act.trigger()
    assert window.about_you.name_edit.text() == "Margaret Thompson"
    assert window.draft.sender.name == "Margaret Thompson"
    assert window.draft.seed != seed  # still a fresh wording
