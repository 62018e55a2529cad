"""View ▸ Larger Text / Smaller Text: the whole window's text, the letter's too, remembered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication

from composer.ui.session import app_settings

if TYPE_CHECKING:
    from composer.ui.main_window import MainWindow

SETTING = "view/text_scale"
STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)  # times the system's text size


def _keys(standard: QKeySequence.StandardKey, *more: str) -> list[QKeySequence]:
    """The platform's keys for ``standard`` and ``more`` (Ctrl+= is Ctrl++ without Shift),
    each once."""
    found: dict[str, QKeySequence] = {}
    for sequence in [*QKeySequence.keyBindings(standard), *map(QKeySequence, more)]:
        found.setdefault(sequence.toString(), sequence)
    return list(found.values())


class TextSize(QObject):
    """Owns the three View actions and applies the chosen size to the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        # Dialogs and menus opened from the window follow its font too.
        window.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self.larger_act = QAction(self.tr("&Larger Text"), window)
        self.larger_act.setShortcuts(_keys(QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+="))
        self.larger_act.setStatusTip(self.tr("Make all the text in the window larger"))
        self.larger_act.triggered.connect(self.larger)
        self.smaller_act = QAction(self.tr("&Smaller Text"), window)
        self.smaller_act.setShortcuts(_keys(QKeySequence.StandardKey.ZoomOut, "Ctrl+-"))
        self.smaller_act.setStatusTip(self.tr("Make all the text in the window smaller"))
        self.smaller_act.triggered.connect(self.smaller)
        self.normal_act = QAction(self.tr("&Normal Text Size"), window)
        self.normal_act.setShortcut(QKeySequence("Ctrl+0"))
        self.normal_act.triggered.connect(self.normal)
        self._step = STEPS.index(1.0)

    @property
    def scale(self) -> float:
        return STEPS[self._step]

    def restore(self) -> None:
        """Apply the size remembered from the last time."""
        saved = app_settings().value(SETTING, 1.0)
        try:
            wanted = float(saved)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            wanted = 1.0
        self._step = min(range(len(STEPS)), key=lambda i: abs(STEPS[i] - wanted))
        if self.scale != 1.0:  # the usual size needs no work (a font change relayouts all)
            self._apply(remember=False)

    @Slot()
    def larger(self) -> None:
        self.set_step(self._step + 1)

    @Slot()
    def smaller(self) -> None:
        self.set_step(self._step - 1)

    @Slot()
    def normal(self) -> None:
        self.set_step(STEPS.index(1.0))

    def set_step(self, step: int) -> None:
        step = max(0, min(step, len(STEPS) - 1))
        if step == self._step:
            return
        self._step = step
        self._apply(remember=True)
        self._window.statusBar().showMessage(
            self.tr("Text size: {percent} %").format(percent=round(self.scale * 100)), 4000
        )

    def _apply(self, *, remember: bool) -> None:
        font = QFont(QApplication.font())
        base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(base * self.scale)
        self._window.setFont(font)
        self._window.editor.set_text_scale(self.scale)
        self.larger_act.setEnabled(self._step < len(STEPS) - 1)
        self.smaller_act.setEnabled(self._step > 0)
        if remember:
            settings = app_settings()
            settings.setValue(SETTING, self.scale)
            settings.sync()
