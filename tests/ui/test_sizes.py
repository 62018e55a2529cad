"""Nothing is cut on a netbook (1024x600 at 100 %) or a laptop at 150 % (1366x768), and Print
Preview opens large enough to read, the page fitted to its width."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QTextBlock
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from composer.model.library import open_case, save_user_case
from composer.ui import printing as ui_printing
from composer.ui.event_dialog import StartEventDialog
from composer.ui.main_window import MainWindow

HERE = Path(__file__).resolve().parent


def problems_at(window: MainWindow) -> list[str]:
    """What a writer could not see or reach at the window's current size."""
    found = []
    bar = window.tool_bar
    extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    if extension is not None and extension.isVisible():
        hidden = [a.text() for a in bar.actions() if not bar.widgetForAction(a).isVisible()]
        found.append(f"toolbar items behind »: {hidden}")
    viewport = window.middle_scroll.viewport()
    for widget in window.middle_scroll.widget().findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        right = widget.mapTo(viewport, widget.rect().topRight()).x()
        if right > viewport.width():
            found.append(f"{type(widget).__name__} {widget.accessibleName()!r} cut at the right")
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                found.append(f"label {label.text()[:30]!r} cut at the bottom")
    for edit in window.findChildren(QLineEdit):
        placeholder = edit.placeholderText()
        if edit.isVisible() and placeholder and not edit.text() and edit.window() is window:
            free = edit.width() - 12  # the frame and the text margins
            if edit.fontMetrics().horizontalAdvance(placeholder) > free:
                found.append(f"the hint {placeholder!r} of {edit.accessibleName()!r} is cut")
    for line in _broken_words(window.case_view.document().firstBlock()):
        found.append(f"the case title breaks inside a word: {line!r}")
    for key in ("personal", "signature"):
        if window.editor.hint_shown(key).endswith("…"):
            found.append(f"the letter's {key} hint is cut")
    hint = window.minimumSizeHint()
    screen = window.size()
    if hint.width() > screen.width() or hint.height() > screen.height():
        found.append(f"the window needs {hint.width()}x{hint.height()}")
    return found


def _broken_words(block: QTextBlock) -> list[str]:
    """The lines of a laid-out paragraph that start inside a word."""
    layout, text = block.layout(), block.text()
    broken = []
    for number in range(1, layout.lineCount()):
        start = layout.lineAt(number).textStart()
        if start > 0 and not text[start - 1].isspace() and text[start - 1] not in "-–—/":
            broken.append(text[start : start + layout.lineAt(number).textLength()])
    return broken


def show_at(window: MainWindow, qtbot: QtBot, width: int, height: int) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    QApplication.processEvents()


def test_nothing_is_cut_at_1024_by_600(window: MainWindow, qtbot: QtBot) -> None:
    show_at(window, qtbot, 1024, 600)
    assert not problems_at(window)


def test_nothing_is_cut_at_1024_by_600_in_french(qtbot: QtBot, qapp: QApplication) -> None:
    """French words are longer: the hints still fit their fields and the case column keeps
    room for the title's longest word ("Kalesnikava" broke in two)."""
    translator = QTranslator()
    assert translator.load(str(HERE.parents[1] / "resources/translations/letter-composer_fr.qm"))
    qapp.installTranslator(translator)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        show_at(window, qtbot, 1024, 600)
        assert window.menuBar().actions()[0].text() == "&Fichier"
        assert not problems_at(window)
    finally:
        qapp.removeTranslator(translator)


def test_nothing_is_cut_with_the_largest_text_the_laptop_allows(
    window: MainWindow, qtbot: QtBot
) -> None:
    """View ▸ Larger Text twice (130 %) on a 1024x600 netbook."""
    window.text_size.larger()
    window.text_size.larger()
    show_at(window, qtbot, 1024, 600)
    qtbot.wait(20)
    assert not problems_at(window)


SCALED = """
import sys
sys.path.insert(0, {here!r})
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
app = QApplication([])
from composer.ui.main_window import MainWindow
from test_sizes import problems_at
window = MainWindow()
window.show()
QTest.qWaitForWindowExposed(window)
window.resize(round(1366 / 1.5), round(768 / 1.5))  # 1366x768 screen pixels at 150 %
for _ in range(20):
    QTest.qWait(10)
print("devicePixelRatio", window.devicePixelRatio())
for problem in problems_at(window):
    print("PROBLEM", problem)
"""


def test_nothing_is_cut_at_150_percent_on_1366_by_768(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_SCALE_FACTOR": "1.5",
        "LETTER_COMPOSER_DATA": str(tmp_path),
    }
    out = subprocess.run(
        [sys.executable, "-c", SCALED.format(here=str(HERE))],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "devicePixelRatio 1.5" in out.stdout
    assert "PROBLEM" not in out.stdout, out.stdout


def test_print_preview_opens_large_and_fitted_to_width(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    seen: dict[str, Any] = {}

    def show(dialog: QDialog) -> int:
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        seen["zoom mode"] = preview.zoomMode()
        seen["size"] = dialog.size()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ui_printing, "exec_dialog", show)
    window.preview_act.trigger()
    room = window.screen().availableGeometry()
    assert seen["zoom mode"] == QPrintPreviewWidget.ZoomMode.FitToWidth
    assert seen["size"].width() >= min(640, room.width()) * 0.8
    assert seen["size"].height() >= room.height() * 0.8


LONG_TITLE = (
    "Biélorussie\u00a0: mettez fin à l’isolement cellulaire et aux mauvais traitements infligés "
    "à la prisonnière d’opinion Maryia Kalesnikava"
)


def test_the_start_event_cases_need_no_sideways_scrolling_in_french_at_1024_by_600(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """Event ▸ Start Event… on a netbook, in French: a long case title wraps within the list
    (its tooltip has it whole); nothing in the list needs sideways scrolling."""
    translator = QTranslator()
    assert translator.load(str(HERE.parents[1] / "resources/translations/letter-composer_fr.qm"))
    qapp.installTranslator(translator)
    try:
        save_user_case(dataclasses.replace(open_case("kalesnikava"), id="long", title=LONG_TITLE))
        window = MainWindow()
        qtbot.addWidget(window)
        show_at(window, qtbot, 1024, 600)
        dialog = StartEventDialog(window, "long", "a4")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() <= 1024 and dialog.height() <= 600
        cases = dialog.cases_list
        assert cases.accessibleName() == "Cas proposés"
        for width in (dialog.width(), 420):  # as it opens, and narrowed by the coordinator
            wanted = max(width, dialog.minimumWidth())
            dialog.resize(wanted, dialog.height())
            qtbot.waitUntil(lambda: dialog.width() == wanted)  # noqa: B023 - waited on here
            QApplication.processEvents()
            viewport = cases.viewport().width()
            assert cases.horizontalScrollBar().maximum() == 0
            line = cases.fontMetrics().lineSpacing()
            for row in range(cases.count()):
                item = cases.item(row)
                assert item.toolTip() == item.text()
                rect = cases.visualItemRect(item)
                assert rect.right() <= viewport, (width, item.text())
                text_width = cases.fontMetrics().horizontalAdvance(item.text())
                lines_needed = -(-text_width // max(1, viewport - 2 * line))
                assert rect.height() >= min(lines_needed, 2) * line, (width, item.text())
        long = next(
            cases.item(r)
            for r in range(cases.count())
            if cases.item(r).text().startswith(LONG_TITLE)
        )
        assert cases.visualItemRect(long).height() >= 2 * cases.fontMetrics().lineSpacing()
    finally:
        qapp.removeTranslator(translator)
