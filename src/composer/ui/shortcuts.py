"""Window-wide shortcuts that work from every field.

Qt asks the focused widget first (a ShortcutOverride event) whether it wants a key for itself.
Under X11 a line edit claims Ctrl+E ("end of line"), Ctrl+N and others that way, so Export PDF
did nothing from Name or Town. :class:`WindowShortcuts` answers that question for the window's
own menu shortcuts: the window gets them from every field. A field keeps the keys that edit
text (undo, copy, paste, select all, moving the cursor), which no window action uses.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# Keys a field keeps for itself even where a window action has them too: undo in Name undoes
# the typing in Name.
_FIELD_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
)


def _text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


# The controls that claim keys for themselves; a filter on each (not on the whole
# application, which would put every event of the app through Python).
_KEY_EATERS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)


class WindowShortcuts(QObject):
    """Lets ``window``'s actions have their keys first, in every text field of the window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._keys: set[str] = set()
        self._watched: set[QWidget] = set()

    def update(self) -> None:
        """Read the window's actions' shortcuts again (after adding actions)."""
        field_keys = {
            _text(seq)
            for key in _FIELD_KEYS
            for seq in QKeySequence.keyBindings(key)
            if seq.count() == 1
        }
        self._keys = {
            _text(seq)
            for action in self._window.findChildren(QAction)
            for seq in action.shortcuts()
            if seq.count() == 1 and _text(seq) not in field_keys
        }
        for widget in self._window.findChildren(QWidget):
            if isinstance(widget, _KEY_EATERS) and widget not in self._watched:
                widget.installEventFilter(self)
                self._watched.add(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and _text(QKeySequence(event.keyCombination())) in self._keys
        ):
            event.ignore()  # not the field's: the shortcut goes to the window's action
            return True
        return super().eventFilter(watched, event)
