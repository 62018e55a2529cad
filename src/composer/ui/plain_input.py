"""Typed and pasted text without direction overrides, as the model keeps it (plain_text)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QTextCursor, QValidator

from composer.model.plain_text import has_direction_controls, without_direction_controls
from composer.model.typography import as_typed

_AUTOCORRECTED = frozenset("'\";?!:")


class NoDirectionControls(QValidator):
    """For a QLineEdit: what is typed or pasted loses its direction overrides."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if has_direction_controls(text):
            removed = len(text[:pos]) - len(without_direction_controls(text[:pos]))
            return QValidator.State.Acceptable, without_direction_controls(text), pos - removed
        return QValidator.State.Acceptable, text, pos


class DirectionControlFilter:
    """Mix into a QTextEdit or QPlainTextEdit (first among the bases): typed, pasted, dropped
    and input-method text loses its direction overrides before it reaches the document.

    With a typing language set (``typing_language``), typed quotes, apostrophes and French
    punctuation come out as the letter will print them (composer.model.typography.as_typed);
    one Undo takes the corrected character back out.
    """

    typing_language: str | None = None

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText() and has_direction_controls(source.text()):
            clean = QMimeData()
            clean.setText(without_direction_controls(source.text()))
            source = clean
        super().insertFromMimeData(source)  # type: ignore[misc]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._autocorrect(event):
            event.accept()
            return
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

    def current_typing_language(self) -> str | None:
        return self.typing_language

    def _autocorrect(self, event: QKeyEvent) -> bool:
        language = self.current_typing_language()
        text = event.text()
        if not language or text not in _AUTOCORRECTED:
            return False
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        editor: Any = self
        if editor.isReadOnly():
            return False
        cursor: QTextCursor = editor.textCursor()
        if cursor.hasSelection():
            return False
        before = cursor.block().text()[: cursor.positionInBlock()]
        change = as_typed(before, text, language)
        if change is None:
            return False
        drop, insert = change
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, drop)
        cursor.insertText(insert)
        cursor.endEditBlock()
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()
        return True
