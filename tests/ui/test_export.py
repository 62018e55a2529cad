"""Export PDF from the window: what the writer sees is what the PDF says."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import pdf_support
from composer.ui import dialogs
from composer.ui.main_window import MainWindow
from pdf_support import page_count


def pdf_text(path: Path) -> str:
    """The one page's text (a letter is never longer)."""
    assert page_count(path) == 1
    return pdf_support.pdf_text(path)


def type_into(window: MainWindow, qtbot: QtBot, key: str, words: str) -> None:
    block = window.editor._blocks_of(key)[-1]
    cursor = window.editor.textCursor()
    cursor.setPosition(block.position() + block.length() - 1)
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, words)


def test_export_writes_the_letter_the_writer_made(
    window: MainWindow, qtbot: QtBot, answers: Any, tmp_path: Path
) -> None:
    """Name, address, an edited demand, an unticked one: the PDF says exactly that."""
    qtbot.keyClicks(window.about_you.name_edit, "Ann Smith")
    window.about_you.address_edit.setPlainText("12 Elm Street\nGuelph ON N1H 1A1")
    type_into(window, qtbot, "demand-1", " Her family has had no word since 2023.")
    qtbot.mouseClick(window.demands_panel.checkboxes()[2], Qt.MouseButton.LeftButton)
    answers.save_path = tmp_path / "letter.pdf"
    answers.after_export = dialogs.AfterExport.OPEN_PDF

    window.export_act.trigger()

    today = dt.date.today().isoformat()
    assert f"save:kalesnikava-as-{today}-1.pdf" in answers.asked  # Ann Smith: never a clash
    text = pdf_text(tmp_path / "letter.pdf")
    for part in (
        "Ann Smith",
        "12 Elm Street",
        "Lt.-Gen. Ivan Kubrakou",
        "Minsk 220030",
        "BELARUS",
        "Dear Minister,",
        "released immediately",
        "Her family has had no word since 2023.",
        "medical care",
    ):
        assert part in text, part
    assert "torture" not in text
    assert answers.opened == [str(tmp_path / "letter.pdf")]
    assert answers.errors == []
    assert not window.editor.document().isModified()


def test_export_can_show_the_folder(window: MainWindow, answers: Any, tmp_path: Path) -> None:
    answers.save_path = tmp_path / "letter.pdf"
    answers.after_export = dialogs.AfterExport.OPEN_FOLDER
    window.export_act.trigger()
    assert answers.opened == [str(tmp_path)]


def test_a_french_letter_exports_in_french(
    window: MainWindow, answers: Any, tmp_path: Path
) -> None:
    window.language_combo.setCurrentIndex(window.language_combo.findData("fr"))
    answers.save_path = tmp_path / "lettre.pdf"
    window.export_act.trigger()
    text = pdf_text(tmp_path / "lettre.pdf")
    assert "Monsieur le Ministre," in text
    assert "libérée immédiatement" in text


def test_a_letter_without_demands_is_exported_only_after_a_warning(
    window: MainWindow, qtbot: QtBot, answers: Any, tmp_path: Path
) -> None:
    """Unticking every demand is allowed; export warns 'Your letter makes no request'."""
    for box in window.demands_panel.checkboxes():
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    answers.save_path = tmp_path / "letter.pdf"
    answers.export_anyway = False
    window.export_act.trigger()
    assert answers.asked == ["no-request"]
    assert not (tmp_path / "letter.pdf").exists()

    answers.export_anyway = True
    window.export_act.trigger()
    assert (tmp_path / "letter.pdf").exists()
    assert "released immediately" not in pdf_text(tmp_path / "letter.pdf")


def test_cancelling_the_file_dialog_writes_nothing(
    window: MainWindow, answers: Any, tmp_path: Path
) -> None:
    answers.save_path = None
    window.export_act.trigger()
    assert list(tmp_path.iterdir()) == []
    assert "open-pdf" not in answers.asked


def test_a_letter_too_long_is_not_exported_and_the_status_bar_says_so(
    window: MainWindow, qtbot: QtBot, answers: Any, tmp_path: Path
) -> None:
    good = tmp_path / "letter.pdf"
    good.write_bytes(b"%PDF- an earlier good letter")
    window.about_you.personal_edit.setPlainText(" ".join(["I care about this very much."] * 120))
    window.check_fit_now()
    assert "Too long for one page" in window.fit_text()
    answers.save_path = good
    window.export_act.trigger()
    assert answers.errors and answers.errors[0][0] == "The letter is too long"
    assert good.read_bytes() == b"%PDF- an earlier good letter"


def test_the_status_bar_says_the_letter_fits(window: MainWindow, qtbot: QtBot) -> None:
    """The page check runs by itself a moment after a change."""
    qtbot.keyClicks(window.about_you.name_edit, "Ann")
    qtbot.waitUntil(lambda: window.fit_text() == "✓ Fits on one page", timeout=10000)


def test_an_unwritable_folder_gets_a_clear_message(
    window: MainWindow, answers: Any, tmp_path: Path
) -> None:
    answers.save_path = tmp_path / "no such folder" / "letter.pdf"
    window.export_act.trigger()
    assert answers.errors and answers.errors[0][0] == "Could not save the PDF"
