"""Every text in the window is readable (WCAG AA, 4.5:1) in light, dark and high-contrast
palettes: checked on the window as rendered, with its warnings and notices showing."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
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

from composer.model.event import Event
from composer.model.importer import import_text
from composer.ui import event_dialog, report_dialog
from composer.ui.import_review import CaseReviewDialog
from composer.ui.main_window import MainWindow
from composer.ui.theme import NON_TEXT_CONTRAST as NON_TEXT
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


def _problems(window: QWidget, at_least: int = 25) -> list[str]:
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
        if rect.width() > 12 and rect.height() > 12:  # inside the frame (a default button's
            rect = rect.adjusted(3, 3, -3, -3)  # outline is drawn in the highlight colour)
        back = _background(image, rect)
        for what, colour in _text_colours(widget):
            ratio = contrast(colour, back)
            checked += 1
            if ratio < AA:
                found.append(
                    f"{type(widget).__name__} {text[:40]!r} ({what}): {colour.name()} on "
                    f"{back.name()} is {ratio:.2f}:1"
                )
    assert checked > at_least, "too few texts were checked: is the window showing?"
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


# --------------------------------------------------------------------------- other windows

# A pasted appeal with most fields missing: the review frames many fields to check.
SKETCH = """URGENT ACTION
FREE THE JOURNALIST

Write to:
Minister of Justice
Main Street 1
Capital

Dear Minister,
"""


def _pixel(image: QImage, widget: QWidget, top: QWidget, x: int, y: int) -> QColor:
    point = widget.mapTo(top, QPoint(x, y)) * image.devicePixelRatio()
    return QColor.fromRgb(image.pixel(point))


def test_the_import_review_and_its_frames_read_in_every_theme(themed: str, qtbot: QtBot) -> None:
    """The review of an import, fields framed for checking: every text at AA, and each frame
    (drawn in the palette's colours, not a fixed one) at 3:1 on the window beside it and on
    the field inside it."""
    dialog = CaseReviewDialog(import_text(SKETCH))
    qtbot.addWidget(dialog)
    dialog.resize(900, 2000)  # every field on screen, no scrolling
    dialog.show()
    qtbot.waitExposed(dialog)
    assert {"summary", "country", "demands", "recipients", "deadline"} <= dialog.framed_fields()
    qtbot.wait(50)
    assert not _problems(dialog, at_least=15), "\n".join(_problems(dialog, at_least=15))
    image = dialog.grab().toImage()
    for name in dialog.framed_fields():
        frame = dialog.findChild(QWidget, f"check_field_{name}")
        assert frame is not None and frame.isVisible(), name
        middle = frame.height() // 2
        drawn = _pixel(image, frame, dialog, 1, middle)  # on the frame's left edge
        outside = _pixel(image, frame, dialog, -2, middle)
        inside = _pixel(image, frame, dialog, frame.width() // 2, middle)
        assert contrast(drawn, outside) >= NON_TEXT, f"{themed} {name}: {drawn.name()}"
        if name in ("summary", "country", "demands"):  # an empty field: its background
            assert contrast(drawn, inside) >= NON_TEXT, f"{themed} {name}: {drawn.name()}"


def test_the_event_dialog_and_its_error_read_in_every_theme(themed: str, qtbot: QtBot) -> None:
    dialog = event_dialog.StartEventDialog(None, "kalesnikava", "a4")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.accept()  # no name: the dialog says so, in the warning colour
    assert dialog.error_label.text() == "Give the event a name."
    colour = dialog.error_label.palette().color(QPalette.ColorRole.WindowText)
    assert colour.red() > colour.blue(), f"{themed}: the error is not red ({colour.name()})"
    assert dialog.error_label.font().bold()
    qtbot.wait(50)
    assert not _problems(dialog, at_least=10), "\n".join(_problems(dialog, at_least=10))


def test_the_event_report_reads_in_every_theme(themed: str, qtbot: QtBot) -> None:
    dialog = report_dialog.ReportDialog(None, "")
    qtbot.addWidget(dialog)
    dialog.chart.set_rows([("Free Marfa Rabkova", 12), ("Protect COPINH", 4)])
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    assert not _problems(dialog, at_least=4), "\n".join(_problems(dialog, at_least=4))
    image = dialog.grab().toImage()
    chart = dialog.chart
    pitch = chart.fontMetrics().height() + 10
    bar = _pixel(image, chart, dialog, int(chart.width() * 0.45) + 2, 2 + pitch // 2)
    back = _pixel(image, chart, dialog, chart.width() - 2, chart.height() - 2)
    assert contrast(bar, back) >= NON_TEXT, f"{themed}: bars {bar.name()} on {back.name()}"


def test_the_writer_view_of_an_event_reads_in_every_theme(
    themed: str, window: MainWindow, qtbot: QtBot
) -> None:
    window.events.current = Event.start(
        "Write for Rights", dt.date.today(), "4821", case_ids=("kalesnikava",), language="en"
    )
    window.events.apply()
    assert window.events.writer_view
    qtbot.wait(50)
    assert not _problems(window), "\n".join(_problems(window))


def test_no_colour_is_written_into_the_window_code() -> None:
    """Colours come from the palette, through composer.ui.theme: no literal colour (a hex
    code, QColor(46, 94, 170), a colour name in a style sheet) anywhere else in the window."""
    ui = Path(__file__).resolve().parents[2] / "src" / "composer" / "ui"
    literal = re.compile(
        r"""["']#[0-9a-fA-F]{3,8}\b|QColor\(\s*(\d|["'])|Qt\.GlobalColor|setStyleSheet\(\s*f?["'][^"']*(color|border|background)"""
    )
    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(ui.glob("*.py"))
        if path.name != "theme.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if literal.search(line)
    ]
    assert not found, "\n".join(found)
