"""The writer's return address shown as it prints, the case's languages first, and an expired
action asked about once before its first export."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pdfplumber
from pytestqt.qtbot import QtBot

from composer.model.library import load_builtin
from composer.ui.main_window import MainWindow


def fill_about_you(window: MainWindow, qtbot: QtBot) -> None:
    form = window.about_you
    qtbot.keyClicks(form.name_edit, "Margaret Thompson")
    form.address_edit.setPlainText("42 Elm Street")
    qtbot.keyClicks(form.town_edit, "Guelph, Ontario")
    qtbot.keyClicks(form.postal_code_edit, "N1H 3T5")
    qtbot.keyClicks(form.country_edit, "Canada")


def test_the_return_address_on_screen_is_the_one_that_prints(
    window: MainWindow, qtbot: QtBot, answers: Any, tmp_path: Path
) -> None:
    fill_about_you(window, qtbot)
    shown = window.sender_preview.lines
    assert shown == ("Margaret Thompson", "42 Elm Street", "Guelph ON  N1H 3T5", "CANADA")
    assert window.sender_preview.accessibleName() == "Your return address"
    answers.save_path = tmp_path / "letter.pdf"
    window.export_act.trigger()
    with pdfplumber.open(tmp_path / "letter.pdf") as doc:
        top = [ln["text"] for ln in doc.pages[0].extract_text_lines()][:4]
    # pdfplumber reads Canada Post's two spaces as one.
    assert top == ["Margaret Thompson", "42 Elm Street", "Guelph ON N1H 3T5", "CANADA"]


def test_an_expired_action_is_asked_about_once_and_named_in_the_status_bar(
    window: MainWindow, answers: Any, tmp_path: Path
) -> None:
    assert window.case.deadline_passed()
    answers.save_path = tmp_path / "letter.pdf"
    window.export_act.trigger()
    window.export_act.trigger()
    expired = [a for a in answers.asked if a.startswith("expired:")]
    assert len(expired) == 1 and "2024" in expired[0]
    saves = [i for i, a in enumerate(answers.asked) if a.startswith("save:")]
    assert len(saves) == 2 and answers.asked.index(expired[0]) < saves[0]
    assert "deadline passed" in window.statusBar().currentMessage()
    assert "2024" in window.statusBar().currentMessage()


def test_declining_the_expired_question_exports_nothing(
    window: MainWindow, answers: Any, tmp_path: Path
) -> None:
    answers.go_on_expired = False
    answers.save_path = tmp_path / "letter.pdf"
    window.export_act.trigger()
    assert not (tmp_path / "letter.pdf").exists()
    assert not any(a.startswith("save:") for a in answers.asked)


def test_the_cases_languages_come_first(window: MainWindow) -> None:
    case = replace(load_builtin("kalesnikava"), languages=("ru", "en"))
    window._case = case
    window._start_letter()
    combo = window.language_combo
    order = [combo.itemData(i) for i in range(combo.count())]
    assert order == ["ru", "en", "fr", "es", "de"]
    assert [combo.itemText(i) for i in range(2)] == ["Русский", "English"]
