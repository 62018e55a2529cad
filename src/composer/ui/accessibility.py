"""What keyboard and screen-reader users need from every window: a focus ring that shows where
the keyboard is, and fields that announce their label (not their value)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QMenu, QWidget

from composer.ui.theme import focus_color

RING = 2  # pixels: the ring's width, inside the focused control's edge


def plain_label(text: str) -> str:
    """A label's words, as a screen reader says them: "&Name:" → "Name"."""
    words = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return words.rstrip(" :\u00a0").strip()


def name_fields_by_their_labels(root: QWidget) -> None:
    """Give each labelled control of ``root`` its label's words as accessible name (a combo box
    otherwise announces its current value as its name)."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName():
            buddy.setAccessibleName(plain_label(label.text()))


def _ring_target(widget: QWidget) -> QWidget:
    """What the ring goes round: a demand's row (its checkbox alone has no text to frame)."""
    parent = widget.parentWidget()
    if isinstance(widget, QCheckBox) and not widget.text() and parent is not None:
        return parent
    return widget


class FocusRing(QWidget):
    """A ring round the control that has the keyboard, in the palette's focus colour, drawn
    above it: visible on line edits, text areas, combo boxes and checkboxes alike, in light,
    dark and high-contrast themes. It never takes a click.

    Its window is its parent, asked for each time (``parentWidget()``): a reference kept here
    would make a cycle, and a dialog dropped in a cycle is deleted late, by the garbage
    collector, while its widgets still get events."""

    _MOVES = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QWidget | None = None
        self._watched: list[QWidget] = []
        self._listening = False
        self.hide()
        # It follows the keyboard only while its window shows: a closed dialog's ring leaves
        # the application's focus signal, so nothing of the dialog is kept answering it.
        window.installEventFilter(self)
        if window.isVisible():
            self._listen(True)

    def _listen(self, on: bool) -> None:
        app = QApplication.instance()
        if on == self._listening or not isinstance(app, QApplication):
            return
        if on:
            app.focusChanged.connect(self._follow)
        else:
            app.focusChanged.disconnect(self._follow)
        self._listening = on

    def target(self) -> QWidget | None:
        return self._target

    def _unwatch(self) -> None:
        for widget in self._watched:
            with contextlib.suppress(RuntimeError):  # already deleted
                widget.removeEventFilter(self)
        self._watched = []

    def _follow(self, _old: QWidget | None, now: QWidget | None) -> None:
        self._unwatch()
        if now is None or isinstance(now, QMenu) or now.window() is not self.parentWidget():
            self._target = None
            self.hide()
            return
        target = _ring_target(now)
        self._target = target
        target.destroyed.connect(self._lost)
        widget: QWidget | None = target
        window = self.parentWidget()
        while widget is not None and widget is not window:  # a scroll moves an ancestor
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()
        self._place()

    def _lost(self) -> None:
        self._watched = []
        self._target = None
        self.hide()

    def _place(self) -> None:
        target, window = self._target, self.parentWidget()
        if target is None or window is None or not target.isVisible():
            self.hide()
            return
        visible = target.visibleRegion().boundingRect()
        if visible.isEmpty():
            self.hide()
            return
        top_left = target.mapTo(window, visible.topLeft())
        self.setGeometry(QRect(top_left, visible.size()))
        self.show()
        self.raise_()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            showing = event.type() == QEvent.Type.Show
            self._listen(showing)
            if showing:
                self._follow(None, QApplication.focusWidget())
            else:
                self._lost()
                self._unwatch()
        elif event.type() in self._MOVES and watched in self._watched:
            self._place()
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(QPen(focus_color(self.palette()), RING))
        inset = RING // 2
        painter.drawRect(QRect(inset, inset, self.width() - RING, self.height() - RING))
        painter.end()
