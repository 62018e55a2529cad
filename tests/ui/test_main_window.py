"""The window driven as a writer would: read, tick, type, undo, switch language, sign."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCheckBox, QLineEdit, QTextBrowser, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from composer.model.library import load_builtin
from composer.ui.main_window import MainWindow

CASE = load_builtin("kalesnikava")
DEMANDS = [d.text["en"] for d in CASE.demands]
FRENCH_DEMANDS = [d.text["fr"] for d in CASE.demands]


def named(window: QWidget, cls: type, name: str) -> Any:
    children: list[QWidget] = window.findChildren(cls)
    found = [w for w in children if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} widgets named {name!r}"
    return found[0]


def draft_text(window: MainWindow) -> str:
    return named(window, QTextEdit, "Letter draft").toPlainText()


def put_cursor(window: MainWindow, key: str, *, at_end: bool = True, offset: int = 0) -> None:
    """Click into the letter: the cursor at the end (or start + offset) of a block's paragraph."""
    editor = window.editor
    block = editor._blocks_of(key)[-1 if at_end else 0]
    cursor = editor.textCursor()
    cursor.setPosition(block.position() + (block.length() - 1 if at_end else offset))
    editor.setTextCursor(cursor)
    editor.setFocus()


def demand_box(window: MainWindow, index: int) -> QCheckBox:
    box: QCheckBox = named(window, QCheckBox, DEMANDS[index])
    return box


def test_window_shows_the_case_with_its_past_deadline(window: MainWindow) -> None:
    """Title, the exact deadline notice, background headings and the address are readable."""
    assert window.windowTitle() == "Letter Composer"
    background = named(window, QTextBrowser, "Case background").toPlainText()
    assert CASE.title in background
    assert (
        "The deadline for this action (November 1, 2024) has passed. Check for an update "
        "before you send your letter."
    ) in background
    for heading in (
        "Arrest and sentencing",
        "Health concerns & political reprisals",
        "Inhumane prison conditions",
    ):
        assert heading in background
    assert "she now weighs just 99 pounds" in background
    for line in ("Lt.-Gen. Ivan Kubrakou", "Minister of the Interior", "Minsk 220030", "BELARUS"):
        assert line in background


def test_the_draft_is_the_whole_letter(window: MainWindow) -> None:
    """Date, address, salutation, every demand, closing and sign-off are in the editable letter."""
    text = draft_text(window)
    for part in (
        "Minsk 220030",
        "BELARUS",
        "Dear Minister,",
        "Maryia Kalesnikava",
        "Yours sincerely," if "Yours sincerely," in text else "Respectfully yours,",
    ):
        assert part in text
    for demand in DEMANDS:
        assert demand[1:-1] in text  # lower-cased first letter inside "I urge you to ..."
    for box in window.demands_panel.checkboxes():
        assert box.isChecked()


def test_untick_and_retick_keep_the_writers_words(window: MainWindow, qtbot: QtBot) -> None:
    """A demand ticked off and on comes back with the writer's wording; other edits survive."""
    put_cursor(window, "demand-1")
    qtbot.keyClicks(window.editor, " Her family has not heard from her since 2023.")
    assert "heard from her since 2023" in window.draft.block("demand-1").text

    qtbot.mouseClick(demand_box(window, 1), Qt.MouseButton.LeftButton)
    assert not demand_box(window, 1).isChecked()
    assert "incommunicado" not in draft_text(window)
    assert "heard from her since 2023" not in draft_text(window)
    assert window.draft.letter().paragraphs.__len__() == 1 + 3 + 1

    put_cursor(window, "opening", at_end=False)
    qtbot.keyClicks(window.editor, "As a retired nurse, ")
    qtbot.mouseClick(demand_box(window, 1), Qt.MouseButton.LeftButton)
    assert demand_box(window, 1).isChecked()
    text = draft_text(window)
    assert "As a retired nurse, I am writing" in text or "As a retired nurse, " in text
    assert "heard from her since 2023" in text
    # Back in the case's order: between demands 1 and 3.
    assert text.index("released immediately") < text.index("heard from her") < text.index("torture")
    paragraphs = window.draft.letter().paragraphs
    assert any("heard from her since 2023" in p for p in paragraphs)
    assert paragraphs[0].startswith("As a retired nurse, ")


def test_the_label_of_a_demand_toggles_it_too(window: MainWindow, qtbot: QtBot) -> None:
    """The wrapped demand text is clickable like a checkbox's own text."""
    row = window.demands_panel.rows[2]
    qtbot.mouseClick(row.label, Qt.MouseButton.LeftButton)
    assert not row.checkbox.isChecked()
    assert "torture" not in draft_text(window)


def test_undo_and_redo_cover_typing_and_toggles(window: MainWindow, qtbot: QtBot) -> None:
    """Undo walks back through a toggle and typing; the checkboxes follow the letter."""
    drawn = window.draft.block("demand-0").text  # its wording is drawn at random
    edited = drawn + " Now."
    put_cursor(window, "demand-0")
    qtbot.keyClicks(window.editor, " Now.")
    qtbot.mouseClick(demand_box(window, 0), Qt.MouseButton.LeftButton)
    assert edited not in draft_text(window)

    window.undo_act.trigger()
    assert demand_box(window, 0).isChecked()
    assert edited in draft_text(window)
    window.undo_act.trigger()
    assert edited not in draft_text(window)
    assert drawn in draft_text(window)
    assert not window.undo_act.isEnabled()

    window.redo_act.trigger()
    assert edited in draft_text(window)
    window.redo_act.trigger()
    assert not demand_box(window, 0).isChecked()
    assert "released immediately" not in draft_text(window)
    assert not window.draft.block("demand-0").included
    assert window.draft.block("demand-0").text == edited


def test_keyboard_undo_in_the_letter(window: MainWindow, qtbot: QtBot) -> None:
    """Ctrl+Z typed in the letter undoes a toggle made with the checkbox (one undo stack)."""
    qtbot.mouseClick(demand_box(window, 3), Qt.MouseButton.LeftButton)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert demand_box(window, 3).isChecked()
    assert "medical care" in draft_text(window)


def test_a_new_paragraph_inside_a_demand_stays_with_it(window: MainWindow, qtbot: QtBot) -> None:
    """Enter inside a demand splits it; both paragraphs leave and return together."""
    put_cursor(window, "demand-2")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "Torture is never allowed.")
    assert window.draft.block("demand-2").text.endswith("\nTorture is never allowed.")
    qtbot.mouseClick(demand_box(window, 2), Qt.MouseButton.LeftButton)
    assert "Torture is never allowed." not in draft_text(window)
    assert "ill-treatment" not in draft_text(window)
    qtbot.mouseClick(demand_box(window, 2), Qt.MouseButton.LeftButton)
    text = draft_text(window)
    assert (
        text.index("ill-treatment")
        < text.index("Torture is never allowed.")
        < text.index("adequate medical care")
    )


def test_deleting_a_demands_paragraph_unticks_it(window: MainWindow, qtbot: QtBot) -> None:
    """Selecting a whole demand paragraph and deleting it unticks its box; undo brings it back."""
    editor = window.editor
    first = editor._blocks_of("demand-3")[0]
    previous = first.previous()
    cursor = editor.textCursor()
    cursor.setPosition(previous.position() + previous.length() - 1)
    cursor.setPosition(first.position() + first.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert not demand_box(window, 3).isChecked()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert demand_box(window, 3).isChecked()


def test_every_demand_can_be_unticked(window: MainWindow, qtbot: QtBot) -> None:
    """No demand ticked is allowed; the letter then makes no request."""
    for index in range(len(DEMANDS)):
        qtbot.mouseClick(demand_box(window, index), Qt.MouseButton.LeftButton)
    assert not window.draft.makes_a_request()
    assert "Dear Minister," in draft_text(window)
    qtbot.mouseClick(demand_box(window, 2), Qt.MouseButton.LeftButton)
    assert window.draft.included_demands() == [2]


def test_name_town_and_personal_sentence(window: MainWindow, qtbot: QtBot) -> None:
    """The name signs the letter; the personal sentence lands in the letter and back."""
    name = named(window, QLineEdit, "Your name")
    qtbot.keyClicks(name, "Ann Smith")
    assert window.draft.letter().signature == "Ann Smith"
    assert draft_text(window).rstrip().endswith("Ann Smith")
    window.undo_act.trigger()  # the whole name is one step
    assert window.draft.block("signature").text == ""

    qtbot.keyClicks(window.about_you.personal_edit, "I am a retired nurse in Guelph.")
    assert "I am a retired nurse in Guelph." in draft_text(window)
    assert "I am a retired nurse in Guelph." in window.draft.letter().paragraphs[1]

    put_cursor(window, "personal")
    qtbot.keyClicks(window.editor, " I think of her often.")
    assert window.about_you.personal() == "I am a retired nurse in Guelph. I think of her often."


def test_switching_language_rerenders_and_keeps_edits_aside(
    window: MainWindow, qtbot: QtBot
) -> None:
    """French re-renders the letter and the demands; an edited opening waits for English."""
    put_cursor(window, "opening")
    qtbot.keyClicks(window.editor, " Please act.")
    window.language_combo.setCurrentIndex(window.language_combo.findData("fr"))
    text = draft_text(window)
    assert "Monsieur le Ministre," in text
    assert "Please act." not in text
    assert [row.label.full_text() for row in window.demands_panel.rows] == FRENCH_DEMANDS
    assert named(window, QCheckBox, FRENCH_DEMANDS[0]) is window.demands_panel.checkboxes()[0]
    assert window.notice.isVisible()
    assert "opening" in window.notice_label.text()

    window.language_combo.setCurrentIndex(window.language_combo.findData("en"))
    assert "Please act." in draft_text(window)
    assert "Dear Minister," in draft_text(window)


def test_closing_after_a_language_switch_still_asks(
    window: MainWindow, qtbot: QtBot, answers: Any
) -> None:
    """Edits set aside for English are work the writer would lose: closing asks first."""
    put_cursor(window, "opening")
    qtbot.keyClicks(window.editor, " Please act.")
    window.language_combo.setCurrentIndex(window.language_combo.findData("fr"))
    answers.close = False
    window.close()
    assert "close" in answers.asked
    assert window.isVisible()


def test_untick_survives_a_language_switch(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(demand_box(window, 0), Qt.MouseButton.LeftButton)
    window.language_combo.setCurrentIndex(window.language_combo.findData("fr"))
    assert not window.demands_panel.checkboxes()[0].isChecked()
    assert "libérée" not in draft_text(window)


def test_print_actions_and_shortcuts(window: MainWindow) -> None:
    assert window.print_act.isEnabled()
    assert window.print_act.shortcut().toString() == "Ctrl+P"
    assert window.preview_act.shortcut().toString() == "Ctrl+Shift+P"
    assert window.export_act.shortcut().toString() == "Ctrl+E"


def test_tab_order_runs_from_the_case_to_the_letter(window: MainWindow) -> None:
    """Keyboard users reach everything in the order a writer goes: read, choose, sign; the
    coordinator's language and paper come last."""
    expected = [
        window.case_view,
        *window.demands_panel.checkboxes(),
        window.about_you.name_edit,
        window.about_you.address_edit,
        window.about_you.town_edit,
        window.about_you.personal_edit,
        window.about_you.initials_box,
        window.about_you.remember_box,
        window.editor,
        window.language_combo,
        window.layout_combo,
    ]
    chain: list[QWidget] = []
    widget: QWidget = window.case_view
    for _ in range(200):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            chain.append(widget)
        following = widget.nextInFocusChain()
        if following is None or following is window.case_view:
            break
        widget = following
        if widget is window.case_view:
            break
    positions = [chain.index(w) for w in expected]
    assert positions == sorted(positions)


def test_the_export_file_name_names_the_case_writer_and_date(
    window: MainWindow, qtbot: QtBot
) -> None:
    path = window.suggested_pdf_path(dt.date(2026, 11, 26))
    assert path.name == "kalesnikava-2026-11-26-1.pdf"
    window.about_you.name_edit.setText("Anne-Marie Côté")
    assert window.suggested_pdf_path(dt.date(2026, 11, 26)).name == (
        "kalesnikava-amc-2026-11-26-1.pdf"
    )


def test_new_letter_starts_again(window: MainWindow, qtbot: QtBot, answers: Any) -> None:
    qtbot.keyClicks(window.about_you.name_edit, "Ann")
    put_cursor(window, "opening")
    qtbot.keyClicks(window.editor, " Mine.")
    window.new_act.trigger()
    assert "new-letter" in answers.asked
    assert "Mine." not in draft_text(window)
    assert window.about_you.name_edit.text() == ""
    assert not window.undo_act.isEnabled()


@pytest.mark.parametrize("remember", [False, True])
def test_details_are_kept_only_when_asked(qtbot: QtBot, remember: bool) -> None:
    """On a shared laptop the next writer does not see the last one's name."""
    first = MainWindow()
    qtbot.addWidget(first)
    qtbot.keyClicks(first.about_you.name_edit, "Ann Smith")
    qtbot.keyClicks(first.about_you.town_edit, "Guelph")
    first.about_you.remember_box.setChecked(remember)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.about_you.name_edit.text() == ("Ann Smith" if remember else "")
    assert second.about_you.town_edit.text() == ("Guelph" if remember else "")
    assert second.draft.block("signature").text == ("Ann Smith" if remember else "")


def test_language_layout_and_splitter_persist(qtbot: QtBot) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.language_combo.setCurrentIndex(first.language_combo.findData("fr"))
    first.layout_combo.setCurrentIndex(first.layout_combo.findData("a4-din5008-a"))
    first.splitter.setSizes([200, 300, 500])
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.draft.language == "fr"
    assert "Monsieur le Ministre," in second.editor.toPlainText()
    assert second.layout_id == "a4-din5008-a"
    assert second.splitter.sizes() == sizes


@pytest.mark.parametrize("personal", ["", "I am a nurse."])
@pytest.mark.parametrize("index", range(len(DEMANDS)))
def test_a_demand_off_and_on_leaves_the_letter_as_it_was(
    window: MainWindow, index: int, personal: str
) -> None:
    """Every paragraph keeps its place and its tag, the empty personal paragraph included."""
    window.editor.replace_block_text("personal", personal)
    keys, text = window.editor.keys_in_document(), draft_text(window)
    demand_box(window, index).click()
    assert window.editor.keys_in_document() == [k for k in keys if k != f"demand-{index}"]
    assert "personal" in window.editor.keys_in_document()
    demand_box(window, index).click()
    assert window.editor.keys_in_document() == keys
    assert draft_text(window) == text
    window.undo_act.trigger()
    window.undo_act.trigger()
    assert window.editor.keys_in_document() == keys
    assert draft_text(window) == text


def test_backspace_into_the_empty_personal_paragraph_keeps_the_demand(
    window: MainWindow, qtbot: QtBot
) -> None:
    before = window.draft.block("demand-0").text  # its wording is drawn at random
    put_cursor(window, "demand-0", at_end=False)
    qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    assert demand_box(window, 0).isChecked()
    assert window.draft.block("demand-0").text == before


@pytest.mark.parametrize(
    ("system", "expected"), [("fr_CA", "fr"), ("en_CA", "en"), ("de_DE", "de"), ("ja_JP", "en")]
)
def test_first_letter_is_in_the_systems_language(qtbot: QtBot, system: str, expected: str) -> None:
    """A writer in Quebec starts with a French letter; a language with no templates, English."""
    from PySide6.QtCore import QLocale

    saved = QLocale()
    QLocale.setDefault(QLocale(system))
    try:
        w = MainWindow()
        qtbot.addWidget(w)
        assert w.draft.language == expected
    finally:
        QLocale.setDefault(saved)


def test_another_wording_rewrites_the_paragraph_and_undo_brings_it_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Edit ▸ Another Wording (Ctrl+Shift+W) words the demand at the cursor differently; its
    demand stays in it, the box stays ticked, and Undo gives the first wording back."""
    drawn = window.draft.block("demand-2").text
    put_cursor(window, "demand-2")
    qtbot.keyClick(
        window.editor,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    reworded = window.draft.block("demand-2").text
    assert reworded != drawn
    assert "torture and ill-treatment against her" in reworded
    assert reworded in draft_text(window) and drawn not in draft_text(window)
    assert demand_box(window, 2).isChecked()
    window.undo_act.trigger()
    assert drawn in draft_text(window) and reworded not in draft_text(window)
    assert window.draft.block("demand-2").text == drawn

    put_cursor(window, "salutation")
    window.reword_act.trigger()
    assert "Put the cursor in the opening" in window.statusBar().currentMessage()
