"""Typing in the letter and in "Your words": quotes and French spacing as the page prints them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from composer.model.typography import NBSP, NNBSP
from composer.ui.main_window import MainWindow


def _choose_language(window: MainWindow, language: str) -> None:
    window.language_combo.setCurrentIndex(window.language_combo.findData(language))


def _type_at_end(window: MainWindow, qtbot: QtBot, keys: str) -> str:
    editor = window.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    before = editor.document().toRawText()  # toPlainText() would turn no-break spaces to spaces
    qtbot.keyClicks(editor, keys)
    return editor.document().toRawText()[len(before) :]


def _letter_text(window: MainWindow) -> str:
    return "\n".join(block.text for block in window.draft.visible_blocks())


def test_quotes_typed_in_the_letter_are_the_letters(window: MainWindow, qtbot: QtBot) -> None:
    typed = _type_at_end(window, qtbot, " She said \"I can't\" ('never').")
    assert typed == " She said “I can’t” (‘never’)."
    assert "I can’t" in _letter_text(window)


def test_french_spacing_as_you_type_and_undo_takes_it_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    _choose_language(window, "fr")
    typed = _type_at_end(window, qtbot, ' Pourquoi ? Elle a dit "non" : 10:30.')
    assert typed == f" Pourquoi{NNBSP}? Elle a dit «{NBSP}non{NBSP}»{NBSP}: 10:30."
    editor = window.editor
    assert f"«{NBSP}non{NBSP}»{NBSP}:" in _letter_text(window)
    end = editor.document().toRawText()
    qtbot.keyClicks(editor, "!")
    assert editor.document().toRawText() == end + f"{NNBSP}!"
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.document().toRawText() == end


def test_your_words_follow_the_letters_language(window: MainWindow, qtbot: QtBot) -> None:
    personal = window.about_you.personal_edit
    personal.setFocus()
    qtbot.keyClicks(personal, 'I\'m "sure"')
    assert personal.toPlainText() == "I’m “sure”"
    _choose_language(window, "de")
    personal.clear()
    qtbot.keyClicks(personal, 'Ich sage "ja"')
    assert personal.toPlainText() == "Ich sage „ja“"
    assert "Ich sage „ja“" in _letter_text(window)


def test_a_selection_is_replaced_as_typed(window: MainWindow, qtbot: QtBot) -> None:
    editor = window.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.moveCursor(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor)
    selected = editor.textCursor().selectedText()
    assert selected
    qtbot.keyClicks(editor, '"')
    assert editor.toPlainText().endswith('"')
