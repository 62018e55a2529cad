"""Undo survives a language switch, and the switch itself is one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from composer.model.library import load_builtin
from composer.ui.main_window import MainWindow

CASE = load_builtin("kalesnikava")


def choose(window: MainWindow, language: str) -> None:
    window.language_combo.setCurrentIndex(window.language_combo.findData(language))


def type_at_end_of(window: MainWindow, qtbot: QtBot, key: str, text: str) -> None:
    block = window.editor._blocks_of(key)[-1]
    cursor = window.editor.textCursor()
    cursor.setPosition(block.position() + block.length() - 1)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, text)


def test_undo_takes_back_a_language_switch_and_keeps_the_history(
    window: MainWindow, qtbot: QtBot
) -> None:
    type_at_end_of(window, qtbot, "opening", " Please act.")
    english = window.editor.toPlainText()
    choose(window, "fr")
    french = window.editor.toPlainText()
    assert "Monsieur le Ministre," in french
    assert window.undo_act.isEnabled()

    window.undo_act.trigger()  # one step: the switch
    assert window.editor.toPlainText() == english
    assert window.draft.language == "en"
    assert window.language_combo.currentData() == "en"
    assert window.demands_panel.rows[0].label.full_text() == CASE.demands[0].text["en"]
    assert window.draft.block("opening").text.endswith("Please act.")
    assert "English" in window.statusBar().currentMessage()

    window.redo_act.trigger()
    assert window.editor.toPlainText() == french
    assert window.draft.language == "fr"
    assert window.language_combo.currentData() == "fr"
    assert window.demands_panel.rows[0].label.full_text() == CASE.demands[0].text["fr"]

    window.undo_act.trigger()
    window.undo_act.trigger()  # and the typing before it, as before any switch
    assert "Please act." not in window.editor.toPlainText()
    assert window.draft.language == "en"
    assert not window.draft.block("opening").edited


def test_switching_back_after_an_undo_and_new_typing(window: MainWindow, qtbot: QtBot) -> None:
    """A switch undone and then overwritten by new typing is gone; the letter stays right."""
    choose(window, "fr")
    window.undo_act.trigger()
    type_at_end_of(window, qtbot, "closing", " Thank you.")
    assert not window.redo_act.isEnabled()
    assert window.draft.language == "en"
    choose(window, "fr")
    assert window.draft.language == "fr"
    window.undo_act.trigger()
    assert window.draft.language == "en"
    assert window.draft.block("closing").text.endswith("Thank you.")
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Thank you." not in window.editor.toPlainText()
    assert window.draft.language == "en"


def test_a_letter_made_in_french_exports_in_french_after_undo_redo(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The model follows the screen: the letter handed to the PDF is in the shown language."""
    choose(window, "fr")
    window.undo_act.trigger()
    window.redo_act.trigger()
    letter = window.draft.letter()
    assert letter.language == "fr"
    assert letter.salutation.startswith("Monsieur")
