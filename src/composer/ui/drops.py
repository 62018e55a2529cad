"""Files dropped on the window: an Urgent Action, a case file or a case pack, opened by kind."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from composer.model.file_kinds import FileKind, file_kind

if TYPE_CHECKING:
    from composer.ui.main_window import MainWindow


def dropped_file(mime: QMimeData) -> Path | None:
    """The one local file a drag carries, or None (several files, a web link, plain text)."""
    if not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    return Path(urls[0].toLocalFile())


class FileDrops(QObject):
    """Takes the drags and drops of the window and its children; opens what is dropped."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def watch(self) -> None:
        """Files dropped anywhere on the window come here, not into the letter as a link."""
        self._window.setAcceptDrops(True)
        for widget in self._window.findChildren(QWidget):
            if widget.acceptDrops():
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
            and isinstance(event, QDropEvent)
            and event.mimeData().hasUrls()
            and any(url.isLocalFile() for url in event.mimeData().urls())
        ):
            if isinstance(event, QDragMoveEvent):  # a drag enter is a drag move too
                self.drag_move(event)
            else:
                self.drop(event)
            return True
        return super().eventFilter(watched, event)

    def _drop_kind(self, event: QDropEvent) -> tuple[Path | None, FileKind | None]:
        path = dropped_file(event.mimeData())
        if path is None or path.is_dir():
            return path, None
        return path, file_kind(path)

    def drag_move(self, event: QDragMoveEvent) -> None:
        _path, kind = self._drop_kind(event)
        if kind is not None and not self._window.events.writer_view:
            event.acceptProposedAction()
            return
        event.ignore()
        if event.type() == QEvent.Type.DragEnter and event.mimeData().hasUrls():
            self._window.statusBar().showMessage(
                self.tr(
                    "Drop one Urgent Action (PDF, Word, e-mail, web page or text), case file (.toml) or case pack "  # noqa: E501
                    "(.lcpack)."
                ),
                6000,
            )

    def drop(self, event: QDropEvent) -> None:
        path, kind = self._drop_kind(event)
        if path is None or kind is None or self._window.events.writer_view:
            event.ignore()
            return
        event.acceptProposedAction()
        # Open it once the drop is over: the file manager is not kept waiting on our dialogs.
        QTimer.singleShot(0, self._window, functools.partial(self._window.open_path, path))
