"""Every text in the window is readable (WCAG AA, 4.5:1) in light, dark and high-contrast
palettes: checked on the window as rendered, with its warnings and notices showing."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from composer.ui.main_window import MainWindow
from composer.ui.theme import contrast
from palettes import PALETTES

AA = 4.5


@pytest.fixture(params=list(PALETTES))
def themed(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = qapp.palette()
    qapp.setPalette(PALETTES[request.param]())
    yield request.param
    qapp.setPalette(before)


def _background(image: QImage, rect: QRect) -> QColor:
    """The most common colour in ``rect`` of the window's picture: what the text sits on."""
    ratio = image.devicePixelRatio()
    counts: Counter[int] = Counter()
    step = max(1, int(min(rect.width(), rect.height()) * ratio) // 12)
    for x in range(int(rect.left() * ratio), int(rect.right() * ratio), step):
        for y in range(int(rect.top() * ratio), int(rect.bottom() * ratio), step):
            if 0 <= x < image.width() and 0 <= y < image.height():
                counts[image.pixel(x, y)] += 1
    assert counts, f"nothing drawn in {rect}"
    return QColor.fromRgb(counts.most_common(1)[0][0])


def _has_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return re.sub(r"<[^>]+>", "", widget.text()).strip()
    if isinstance(widget, QAbstractButton):
        return widget.text().strip()
    if isinstance(widget, QGroupBox):
        return widget.title().strip()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText() or widget.placeholderText()
    if isinstance(widget, QMenuBar):
        return "menus"
    return ""


def _text_colours(widget: QWidget) -> list[tuple[str, QColor]]:
    palette = widget.palette()
    colours = [("text", palette.color(widget.foregroundRole()))]
    empty = (isinstance(widget, QLineEdit) and not widget.text()) or (
        isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.toPlainText()
    )
    if empty:
        colours = [("placeholder", palette.color(QPalette.ColorRole.PlaceholderText))]
    return colours


def _problems(window: MainWindow) -> list[str]:
    image = window.grab().toImage()
    found = []
    checked = 0
    for widget in window.findChildren(QWidget):
        text = _has_text(widget)
        if not text or not widget.isVisible() or not widget.isEnabled():
            continue
        if widget.visibleRegion().isEmpty():
            continue
        area = widget.viewport() if isinstance(widget, (QPlainTextEdit, QTextEdit)) else widget
        visible = area.visibleRegion().boundingRect()
        rect = QRect(area.mapTo(window, visible.topLeft()), visible.size())
        back = _background(image, rect)
        for what, colour in _text_colours(widget):
            ratio = contrast(colour, back)
            checked += 1
            if ratio < AA:
                found.append(
                    f"{type(widget).__name__} {text[:40]!r} ({what}): {colour.name()} on "
                    f"{back.name()} is {ratio:.2f}:1"
                )
    assert checked > 25, "too few texts were checked: is the window showing?"
    return found


def _notice_colours(window: MainWindow) -> tuple[QColor, QColor]:
    """The deadline notice's colours in the case view's rich text."""
    html = window.case_view.toHtml()
    match = re.search(r'bgcolor="(#[0-9a-f]{6})".*?color:(#[0-9a-f]{6})', html, re.S)
    assert match, "no deadline notice"
    return QColor(match.group(1)), QColor(match.group(2))


def test_every_text_reads_at_aa_contrast(themed: str, window: MainWindow, qtbot: QtBot) -> None:
    # Show what only shows sometimes: a "too long" warning and the language notice.
    window.editor.replace_block_text("personal", "A long sentence of my own. " * 120)
    window.check_fit_now()
    assert "Too long" in window.fit_text()
    window.editor.replace_block_text("opening", "My own opening.")
    window.language_combo.setCurrentIndex(window.language_combo.findData("fr"))
    assert window.notice.isVisible()
    qtbot.wait(50)
    assert not _problems(window), "\n".join(_problems(window))
    back, text = _notice_colours(window)
    assert contrast(text, back) >= AA, themed


def test_the_warning_follows_a_theme_change(qapp: QApplication, window: MainWindow) -> None:
    window.editor.replace_block_text("personal", "A long sentence of my own. " * 120)
    window.check_fit_now()
    before = qapp.palette()
    try:
        for name, palette in PALETTES.items():
            qapp.setPalette(palette())
            label = window.fit_label
            back = window.palette().color(QPalette.ColorRole.Window)
            colour = label.palette().color(QPalette.ColorRole.WindowText)
            assert contrast(colour, back) >= AA, name
            assert colour.red() > colour.blue(), f"{name}: the warning is no longer red"
    finally:
        qapp.setPalette(before)
