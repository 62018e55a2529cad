"""The case's demands as checkboxes, each with its full text wrapped beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QFontMetrics, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


def wrap_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """Greedy word wrap of ``text`` to ``width`` pixels (a word longer than a line stays whole)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


class WrappedLabel(QLabel):
    """A label that wraps its text to its own width and is exactly as tall as its lines.

    QLabel's word wrap relies on height-for-width, which layouts inside a scroll area get wrong
    (a line cut off with large fonts, an empty line in wide windows). This label re-wraps the text
    itself whenever its width changes, so its size hint is always exact. Clicking it toggles its
    buddy checkbox, like a checkbox's own text.
    """

    def __init__(
        self, text: str, box: QCheckBox | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._box = box
        self._full = text
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        if box is not None:
            self.setBuddy(box)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._rewrap()

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._rewrap()

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 16, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rewrap()

    def _rewrap(self) -> None:
        width = self.contentsRect().width()
        if width <= 0:
            width = self.fontMetrics().averageCharWidth() * 40
        wrapped = "\n".join(wrap_lines(self._full, self.fontMetrics(), width))
        if wrapped != self.text():
            self.setText(wrapped)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if (
            self._box is not None
            and event.button() == Qt.MouseButton.LeftButton
            and self.rect().contains(event.position().toPoint())
        ):
            self._box.click()
        super().mouseReleaseEvent(event)


class DemandRow(QWidget):
    """One demand: a checkbox (named by the demand's text) and its wrapped text."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checkbox = QCheckBox(self)
        self.checkbox.setChecked(True)
        self.label = WrappedLabel(text, self.checkbox, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.checkbox, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.label.set_full_text(text)
        self.checkbox.setAccessibleName(text)
        self.checkbox.setToolTip(text)


class DemandsPanel(QGroupBox):
    """Emits ``demand_toggled(index, included)`` when the writer ticks or unticks a demand."""

    demand_toggled = Signal(int, bool)  # index in the case (0-based), included

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What your letter asks for"), parent)
        self._layout = QVBoxLayout(self)
        self._intro = WrappedLabel("", None, self)
        self._layout.addWidget(self._intro)
        self.rows: list[DemandRow] = []

    def set_demands(self, texts: list[str], included: list[bool], intro: str = "") -> None:
        """Show ``texts`` (rebuilding the rows only when the number of demands changes)."""
        self._intro.set_full_text(
            intro
            or self.tr(
                "Tick what you want to ask for. Each ticked demand is a paragraph of your letter."
            )
        )
        if len(texts) != len(self.rows):
            for row in self.rows:
                self._layout.removeWidget(row)
                row.deleteLater()
            self.rows = []
            for index, text in enumerate(texts):
                row = DemandRow(text, self)
                row.checkbox.toggled.connect(self._make_handler(index))
                self._layout.addWidget(row)
                self.rows.append(row)
        for row, text in zip(self.rows, texts, strict=True):
            row.set_text(text)
        self.set_included(included)

    def _make_handler(self, index: int) -> Callable[[bool], None]:
        @Slot(bool)
        def handler(checked: bool) -> None:
            self.demand_toggled.emit(index, checked)

        return handler

    def set_included(self, included: list[bool]) -> None:
        """Follow the letter (after undo/redo) without emitting ``demand_toggled``."""
        for row, on in zip(self.rows, included, strict=False):
            if row.checkbox.isChecked() != on:
                row.checkbox.blockSignals(True)
                row.checkbox.setChecked(on)
                row.checkbox.blockSignals(False)

    def checkboxes(self) -> list[QCheckBox]:
        return [row.checkbox for row in self.rows]
