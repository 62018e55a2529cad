"""Start-up smoke check: quit once the first window is on screen (installer tests, benchmarks).

With ``LETTER_COMPOSER_QUIT_AFTER_START=1`` in the environment, ``run_gui`` calls
``install_quit_after_start(app)`` after it creates the ``QApplication`` (or just before
``app.exec()``: a window already shown then counts). When the first
top-level window has been shown, the app prints one line on stdout,
``letter-composer: window shown: <title>``, and quits with exit code 0. If no window shows
within ``LETTER_COMPOSER_QUIT_TIMEOUT`` seconds (default 60), it quits with exit code 3, so a
test never hangs. Without the variable this module does nothing.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

QUIT_AFTER_START_ENV = "LETTER_COMPOSER_QUIT_AFTER_START"
QUIT_TIMEOUT_ENV = "LETTER_COMPOSER_QUIT_TIMEOUT"
EXIT_NO_WINDOW = 3


def quit_after_start_requested() -> bool:
    return os.environ.get(QUIT_AFTER_START_ENV, "") not in ("", "0")


class _QuitWhenShown(QObject):
    """Application-wide event filter that waits for the first top-level window to be shown."""

    def __init__(self, app: QCoreApplication, timeout_ms: int) -> None:
        super().__init__(app)
        self._app = app
        self._done = False
        # Owned by this object, so removing the watcher also cancels the give-up timer.
        self._give_up = QTimer(self)
        self._give_up.setSingleShot(True)
        self._give_up.timeout.connect(self._no_window)
        self._give_up.start(timeout_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._done
            and event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            self.shown(watched)
        return False

    def shown(self, window: QWidget) -> None:
        self._done = True
        self._give_up.stop()
        title = window.windowTitle()
        # Let the event loop paint the window once before quitting.
        QTimer.singleShot(0, self, lambda: self._quit(title))

    def _quit(self, title: str) -> None:
        print(f"letter-composer: window shown: {title}", flush=True)
        self._app.exit(0)

    def _no_window(self) -> None:
        self._done = True
        print("letter-composer: no window was shown", file=sys.stderr, flush=True)
        self._app.exit(EXIT_NO_WINDOW)


def install_quit_after_start(app: QCoreApplication) -> bool:
    """Arm the smoke check if the environment asks for it; return whether it was armed."""
    if not quit_after_start_requested():
        return False
    try:
        timeout_s = float(os.environ.get(QUIT_TIMEOUT_ENV, "60"))
    except ValueError:
        timeout_s = 60.0
    watcher = _QuitWhenShown(app, int(timeout_s * 1000))
    app.installEventFilter(watcher)
    # Armed late (just before exec()), the window may already be on screen.
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.isWindow():
            watcher.shown(widget)
            break
    return True


def uninstall_quit_after_start(app: QCoreApplication) -> None:
    """Disarm it again (tests share one QApplication)."""
    for child in app.findChildren(_QuitWhenShown):
        app.removeEventFilter(child)
        child.setParent(None)
        child.deleteLater()
