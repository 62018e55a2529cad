"""The case's demands as checkboxes, each with its full text wrapped beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class _WrappedLabel(QLabel):
    """A word-wrapped label that toggles its buddy checkbox when clicked, like a checkbox text."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._box = box
        self.setWordWrap(True)
        self.setBuddy(box)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self._box.click()
        super().mouseReleaseEvent(event)


class DemandRow(QWidget):
    """One demand: a checkbox (named by the demand's text) and its wrapped text."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checkbox = QCheckBox(self)
        self.checkbox.setChecked(True)
        self.label = _WrappedLabel(text, self.checkbox, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.checkbox, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.checkbox.setAccessibleName(text)
        self.checkbox.setToolTip(text)


class DemandsPanel(QGroupBox):
    """Emits ``demand_toggled(index, included)`` when the writer ticks or unticks a demand."""

    demand_toggled = Signal(int, bool)  # index in the case (0-based), included

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What your letter asks for"), parent)
        self._layout = QVBoxLayout(self)
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self._intro.setTextFormat(Qt.TextFormat.PlainText)
        self._layout.addWidget(self._intro)
        self.rows: list[DemandRow] = []

    def set_demands(self, texts: list[str], included: list[bool], intro: str = "") -> None:
        """Show ``texts`` (rebuilding the rows only when the number of demands changes)."""
        self._intro.setText(intro or self.tr("Tick what you want to ask for. Each ticked demand "
                                             "is a paragraph of your letter."))
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
