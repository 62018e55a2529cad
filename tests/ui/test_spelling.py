"""Spell check in the letter and the writer's sentence: red wavy underline, suggestions and
Add to Dictionary in the context menu, in the letter's language; the case's names never."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from composer.ui.main_window import MainWindow
from composer.ui.spelling import load_checker

WAVY = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def flagged(document: QTextDocument) -> list[str]:
    """The words drawn with the spell-check underline."""
    words = []
    block = document.begin()
    while block.isValid():
        for item in block.layout().formats():
            if item.format.underlineStyle() == WAVY:
                words.append(block.text()[item.start : item.start + item.length])
        block = block.next()
    return words


@pytest.fixture
def checked(window: MainWindow, qtbot: QtBot) -> MainWindow:
    for language in ("en", "fr"):
        window.spell_check.dictionaries.wait_loaded(language)
    return window


def test_a_misspelled_word_is_underlined_in_red_and_names_are_not(
    checked: MainWindow, qtbot: QtBot
) -> None:
    window = checked
    qtbot.keyClicks(window.about_you.name_edit, "Wojciecha Zbrzezniak")
    qtbot.keyClicks(window.about_you.personal_edit, "I recieve news of Kalesnikava in Minsk.")
    letter = flagged(window.editor.document())
    assert letter == ["recieve"]  # not the case's names, not the writer's, not the template
    assert flagged(window.about_you.personal_edit.document()) == ["recieve"]
    block = window.editor.document().begin()
    while "recieve" not in block.text():
        block = block.next()
    formats = block.layout().formats()
    colour = next(f.format.underlineColor() for f in formats if f.format.underlineStyle() == WAVY)
    assert colour.red() > 2 * colour.blue() and colour.red() > 2 * colour.green()


def test_suggestions_and_add_to_dictionary(checked: MainWindow, qtbot: QtBot) -> None:
    window = checked
    qtbot.keyClicks(window.about_you.personal_edit, "I recieve news. I am a Grobbelaar.")
    editor = window.editor
    found = editor.document().find("recieve")
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + 2)
    position = editor.cursorRect(cursor).center()
    menu = window.spell_check.context_menu(editor, position)
    texts = [action.text() for action in menu.actions()]
    assert texts[0] == "receive"
    assert "Add “recieve” to Dictionary" in texts
    assert "&Copy" in texts or any("Copy" in text for text in texts)  # the usual menu stays
    menu.actions()[0].trigger()
    assert "I receive news." in editor.toPlainText()
    assert "I receive news." in window.draft.block("personal").text
    assert "recieve" not in flagged(editor.document())

    found = editor.document().find("Grobbelaar")
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + 1)
    menu = window.spell_check.context_menu(editor, editor.cursorRect(cursor).center())
    add = next(a for a in menu.actions() if a.text() == "Add “Grobbelaar” to Dictionary")
    add.trigger()
    assert flagged(editor.document()) == []


def test_added_words_are_remembered(qtbot: QtBot) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.spell_check.dictionaries.add_own_word("Grobbelaar")
    second = MainWindow()
    qtbot.addWidget(second)
    second.spell_check.dictionaries.wait_loaded("en")
    qtbot.keyClicks(second.about_you.personal_edit, "I am a Grobbelaar.")
    assert flagged(second.editor.document()) == []


def test_the_letters_language_is_checked(checked: MainWindow, qtbot: QtBot) -> None:
    window = checked
    window.language_combo.setCurrentIndex(window.language_combo.findData("fr"))
    window.about_you.personal_edit.insertPlainText("Je suis infirmière à Guelph, l’hiver.")
    assert flagged(window.editor.document()) == ["Guelph"]
    window.language_combo.setCurrentIndex(window.language_combo.findData("en"))
    assert "infirmière" in flagged(window.editor.document())  # English now: French is odd


@pytest.mark.parametrize("language", ["en", "fr", "es", "de", "ru"])
def test_a_dictionary_for_each_letter_language(language: str) -> None:
    checker = load_checker(language)
    common = {"en": "letter", "fr": "lettre", "es": "carta", "de": "brief", "ru": "письмо"}
    assert common[language] in checker
    assert "xqzvjk" not in checker


def test_the_dictionary_loads_by_itself_once_the_window_is_up(
    window: MainWindow, qtbot: QtBot
) -> None:
    """No test shortcut: the window starts loading after it shows, off the GUI thread."""
    qtbot.keyClicks(window.about_you.personal_edit, "I recieve news.")
    qtbot.waitUntil(lambda: flagged(window.editor.document()) == ["recieve"], timeout=30000)


def test_a_loaded_dictionary_reaches_only_the_object_that_asked_and_none_once_deleted(
    qtbot: QtBot,
) -> None:
    """The loading thread hands its dictionary back through the app-wide relay: to the
    Dictionaries that asked, not to another; a deleted one gets nothing and nothing breaks."""
    from PySide6.QtCore import QThreadPool

    from composer.ui.spelling import Dictionaries

    asking, other, gone = Dictionaries(), Dictionaries(), Dictionaries()
    for dictionaries in (asking, gone):
        dictionaries.checker("en")  # wanted once started
        dictionaries.start()
    gone.deleteLater()
    qtbot.waitUntil(lambda: asking.checker("en") is not None, timeout=30000)
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)  # the late result for the deleted one is delivered nowhere
    assert other.checker("en") is None  # it did not ask: the result was not for it
    assert asking.checker("en") is not None
