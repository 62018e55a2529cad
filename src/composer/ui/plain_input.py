"""Typed and pasted text without direction overrides, as the model keeps it (plain_text)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QValidator

from composer.model.plain_text import has_direction_controls, without_direction_controls


class NoDirectionControls(QValidator):
    """For a QLineEdit: what is typed or pasted loses its direction overrides."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if has_direction_controls(text):
            removed = len(text[:pos]) - len(without_direction_controls(text[:pos]))
            return QValidator.State.Acceptable, without_direction_controls(text), pos - removed
        return QValidator.State.Acceptable, text, pos


class DirectionControlFilter:
    """Mix into a QTextEdit or QPlainTextEdit (first among the bases): typed, pasted, dropped
    and input-method text loses its direction overrides before it reaches the document."""

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText() and has_direction_controls(source.text()):
            clean = QMimeData()
            clean.setText(without_direction_controls(source.text()))
            source = clean
        super().insertFromMimeData(source)  # type: ignore[misc]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if has_direction_controls(event.text()):
            self._insert_clean(event.text())
            event.accept()
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if has_direction_controls(event.commitString()):
            self._insert_clean(event.commitString())
            event.accept()
            return
        super().inputMethodEvent(event)  # type: ignore[misc]

    def _insert_clean(self, text: str) -> None:
        editor: Any = self
        if clean := without_direction_controls(text):
            editor.insertPlainText(clean)
