"""First start: three numbered steps, the case library offers Import and Paste, the writer's
part comes before the coordinator's, and the expired built-in case says it is an example."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from composer.ui import case_picker
from composer.ui.case_picker import CasePickerDialog
from composer.ui.main_window import MainWindow


def test_three_steps_show_until_dismissed(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    steps = window.guide.label.text()
    for words in ("Read", "Choose", "Sign"):
        assert words in steps
    assert steps.index("Read") < steps.index("Choose") < steps.index("Sign")
    assert window.guide.isVisible()
    window.guide.close_button.click()
    assert not window.guide.isVisible()

    again = MainWindow()  # remembered: the next start has no guide
    qtbot.addWidget(again)
    again.show()
    assert not again.guide.isVisible()
    again.guide_act.trigger()  # View ▸ Show the Three Steps
    assert again.guide.isVisible()


def test_writers_part_comes_before_language_and_paper(window: MainWindow) -> None:
    """Top to bottom in the middle column: steps, demands, About you, then the settings."""

    def top(widget: Any) -> int:
        return widget.mapTo(window, widget.rect().topLeft()).y()

    assert top(window.guide) < top(window.demands_panel) < top(window.about_you)
    assert top(window.about_you) < top(window.language_combo)
    assert top(window.about_you) < top(window.layout_combo)


def test_the_expired_built_in_case_is_an_example(window: MainWindow) -> None:
    text = window.case_view.toPlainText()
    assert "has passed" in text
    assert "This case is an example to try Letter Composer with." in text
    assert "Import Urgent Action" in text


@pytest.mark.parametrize(
    ("button", "asked"), [("import_button", "import-file"), ("paste_button", "paste")]
)
def test_the_case_library_offers_import_and_paste(
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
    answers: Any,
    button: str,
    asked: str,
) -> None:
    def press(dialog: QDialog) -> int:
        assert isinstance(dialog, CasePickerDialog)
        hint = [label.text() for label in dialog.findChildren(type(dialog.notice))]
        assert any("A new Urgent Action?" in text for text in hint)
        getattr(dialog, button).click()
        return dialog.result()

    monkeypatch.setattr(case_picker, "_exec_dialog", press)
    window.open_case_act.trigger()
    if asked == "paste":  # an empty clipboard: the paste explains what to copy
        assert answers.errors and answers.errors[-1][0] == "Paste Urgent Action"
    else:
        assert asked in answers.asked
