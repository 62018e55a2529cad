"""Starting the window: the QApplication, its names, icon, translations and error handling."""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
    QUrl,
)
from PySide6.QtWidgets import QApplication

from composer import APP_ID, APP_NAME, ORG_NAME, __version__
from composer.ui.icons import app_icon
from composer.ui.smoke import install_quit_after_start

if TYPE_CHECKING:
    from composer.ui.main_window import MainWindow


def _install_translators(app: QApplication) -> None:
    """Our own .qm files (resources/translations) and Qt's, for the system's language."""
    from composer.resource_files import resource, resource_path

    locale = QLocale()
    folder = resource("translations")
    if folder.is_dir():
        ours = QTranslator(app)
        if ours.load(locale, "letter-composer", "_", str(resource_path("translations"))):
            app.installTranslator(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """An unexpected error: a clear dialog (details on request), never a bare traceback."""
    import traceback

    from PySide6.QtWidgets import QMessageBox

    details = "".join(traceback.format_exception(kind, value, tb))
    sys.stderr.write(details)
    if QApplication.instance() is None or issubclass(kind, KeyboardInterrupt):
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("app", "Something went wrong"),
        QCoreApplication.translate(
            "app",
            "Letter Composer ran into a problem it did not expect. Your "
            "letter is kept in a safety copy and will be offered back if you "
            "restart.\n\nThe problem: {error}",
        ).format(error=value),
    )
    box.setDetailedText(details)
    box.exec()


def run_gui(args: list[str]) -> int:
    """Open the window (on a case file if one is given); returns the exit code."""
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance() or QApplication([sys.argv[0], *args])
    assert isinstance(app, QApplication)
    app.setWindowIcon(app_icon())
    _install_translators(app)
    # LETTER_COMPOSER_QUIT_AFTER_START=1 (smoke tests of the installed app): quit, exit code 0,
    # once the window has been shown.
    quit_after_start = install_quit_after_start(app)
    sys.excepthook = _excepthook

    from composer.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    # The start's objects live as long as the app: frozen, later collections skip them (the
    # entry point turned collection off while the window was built).
    gc.freeze()
    gc.enable()
    _end_cleanly_on_signals(window)
    app.commitDataRequest.connect(window.end_session)  # logout: the session manager asks
    if quit_after_start:
        return app.exec()
    files = [_local_path(arg) for arg in args if not arg.startswith("-")]
    _after_show(window, files[0] if files else None)
    if sys.platform == "darwin":
        # Only macOS sends FileOpen events; elsewhere an application-wide filter would route
        # every event of every widget through Python for nothing.
        app.installEventFilter(FileOpenHandler(window, app))
    return app.exec()


_signal_plumbing: list[object] = []


def _end_cleanly_on_signals(window: MainWindow) -> None:
    """SIGTERM and SIGHUP (a shutdown, a logout, a closed terminal) end the app as a normal
    close does, instead of killing it with the writer's details left in the safety copy.

    Python runs a signal handler only between bytecodes, and Qt's event loop runs none while it
    waits: the signal's wake-up byte on a pipe wakes the loop (a pipe, not a socket pair: the
    socket module costs some 5 ms of the start to import).
    """
    if not hasattr(signal, "SIGHUP"):  # Windows ends apps with window messages, not signals
        return
    from PySide6.QtCore import QSocketNotifier

    reader, writer = os.pipe()
    os.set_blocking(reader, False)
    os.set_blocking(writer, False)
    signal.set_wakeup_fd(writer)
    notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read, window)

    def drain() -> None:
        with contextlib.suppress(OSError):
            os.read(reader, 256)

    notifier.activated.connect(drain)
    _signal_plumbing[:] = [reader, writer, notifier]  # alive as long as the app

    def on_signal(signum: int, frame: object) -> None:
        QTimer.singleShot(0, window, window.end_session)

    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, on_signal)


class FileOpenHandler(QObject):
    """macOS hands a double-clicked case or pack to a running app as a FileOpen event, not as
    an argument: open it in the window like one given on the command line."""

    def __init__(self, window: QObject, parent: QObject) -> None:
        super().__init__(parent)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            from PySide6.QtGui import QFileOpenEvent

            from composer.ui.main_window import MainWindow

            if isinstance(event, QFileOpenEvent) and isinstance(self._window, MainWindow):
                path = event.file() or event.url().toLocalFile()
                if path:
                    self._window.open_path(Path(path))
                    return True
        return super().eventFilter(watched, event)


def _local_path(arg: str) -> Path:
    """A file argument as a path; a file manager may pass a file:// URL instead."""
    if arg.startswith("file:"):
        url = QUrl(arg)
        if url.isLocalFile():
            return Path(url.toLocalFile())
    return Path(arg)


def _after_show(window: QObject, path: Path | None) -> None:
    """Once the window is up: offer back a crashed letter, then open a double-clicked file:
    a case pack is imported, an Urgent Action reviewed and saved, a case file opened."""
    from composer.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)

    def later() -> None:
        window.offer_restore()
        if path is not None:
            window.open_path(path)

    QTimer.singleShot(0, window, later)
