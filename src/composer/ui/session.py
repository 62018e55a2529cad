"""What outlives the window: QSettings, and the autosaved draft offered back after a crash."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QSettings, QTimer, Signal, Slot

from composer import paths
from composer.atomic import write_text_atomic

AUTOSAVE_DELAY_MS = 1000  # after the last change...
AUTOSAVE_MAX_WAIT_MS = 4000  # ...but never longer than this after the first unsaved one
AUTOSAVE_FORMAT = 1


def app_settings() -> QSettings:
    """The app's settings; in the data folder when ``LETTER_COMPOSER_DATA`` is set (tests) or
    the app runs from an event kit (a ``portable`` folder beside the executable)."""
    if os.environ.get("LETTER_COMPOSER_DATA") or paths.is_portable():
        return QSettings(str(paths.user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings()  # organisation and application names are set once in run_gui


class Autosaver(QObject):
    """Keeps this window's letter in a safety copy of its own, atomically.

    A copy is written ``delay_ms`` after the last change, and never more than ``max_wait_ms``
    after the first unsaved one, so a writer who types without a pause still has a copy a few
    seconds old. Each running window has its own file and holds a lock beside it while it runs:
    another window never offers this one's letter back, nor deletes it.
    """

    saved = Signal(str)  # path written
    failed = Signal(str)  # reason, for the status bar

    def __init__(
        self,
        snapshot: Callable[[], dict[str, Any] | None],
        parent: QObject | None = None,
        delay_ms: int = AUTOSAVE_DELAY_MS,
        max_wait_ms: int = AUTOSAVE_MAX_WAIT_MS,
    ) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(max_wait_ms)
        self._deadline.timeout.connect(self.save_now)
        folder = paths.autosave_dir()
        name = f"draft-{os.getpid()}-{os.urandom(4).hex()}"
        self._path = folder / f"{name}.json"
        self._lock = _lock_file(folder / f"{name}.lock")

    @property
    def path(self) -> Path:
        """This window's safety copy."""
        return self._path

    def schedule(self) -> None:
        self._timer.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    @Slot()
    def save_now(self) -> None:
        self._timer.stop()
        self._deadline.stop()
        state = self._snapshot()
        if state is None:
            return
        data = {
            "format": AUTOSAVE_FORMAT,
            "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            **state,
        }
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            if not self._lock.isLocked() and not self._lock.tryLock(0):
                raise OSError(errno.EACCES, "the safety copy's lock file cannot be made")
            write_text_atomic(self._path, json.dumps(data, ensure_ascii=False, indent=1))
        except OSError as exc:
            self.failed.emit(exc.strerror or str(exc))
            return
        self.saved.emit(str(self._path))

    def clear(self) -> bool:
        """Forget this window's safety copy (a clean quit, a new letter); False if it is still
        there (a read-only data folder)."""
        self._timer.stop()
        self._deadline.stop()
        try:
            self._path.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            return False
        return True

    def release(self) -> None:
        """The window is going away: let go of the lock (the copy, if any, stays)."""
        self._timer.stop()
        self._deadline.stop()
        if self._lock.isLocked():
            self._lock.unlock()


def _lock_file(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale only when its owner is gone, however long it has run
    return lock


@dataclass
class OrphanDraft:
    """The safety copy of a window that is gone (crashed, killed, or closed at logout).

    Held by this process (its lock) until :meth:`discard`, :meth:`set_aside` or :meth:`leave`.
    """

    path: Path
    lock: QLockFile
    data: dict[str, Any] | None  # None: the file cannot be read
    saved_at: dt.datetime | None

    def discard(self) -> None:
        """Offered and declined, or restored: the copy is gone."""
        with contextlib.suppress(OSError):
            self.path.unlink()
        self.lock.unlock()

    def set_aside(self) -> Path | None:
        """A copy that cannot be restored: moved into ``unreadable/`` so it is not offered at
        every start, but is not destroyed either. Returns where it went (None if it could not
        be moved, then it is deleted)."""
        folder = self.path.parent / "unreadable"
        target: Path | None = folder / self.path.name
        try:
            folder.mkdir(parents=True, exist_ok=True)
            os.replace(self.path, folder / self.path.name)
        except OSError:
            with contextlib.suppress(OSError):
                self.path.unlink()
            target = None
        self.lock.unlock()
        return target

    def leave(self) -> None:
        """Not handled now: offered again at the next start."""
        if self.lock.isLocked():
            self.lock.unlock()


def orphaned_drafts() -> list[OrphanDraft]:
    """Safety copies whose window is gone, newest first, each locked for this process.

    A copy whose window still runs (its lock is held) is left alone.
    """
    folder = paths.autosave_dir()
    try:
        candidates = sorted(folder.glob("draft*.json"))
    except OSError:
        return []
    found: list[OrphanDraft] = []
    for path in candidates:
        lock = _lock_file(path.with_suffix(".lock"))
        if not lock.tryLock(0):
            continue  # its window is running (or the folder is read-only: nothing to do)
        if not path.exists():  # restored and deleted by another window a moment ago
            lock.unlock()
            continue
        data = _read(path)
        saved_at = None
        if data is not None:
            with contextlib.suppress(TypeError, ValueError):
                saved_at = dt.datetime.fromisoformat(str(data.get("saved_at", "")))
        found.append(OrphanDraft(path, lock, data, saved_at))
    found.sort(key=lambda o: o.saved_at.timestamp() if o.saved_at else 0.0, reverse=True)
    return found


def _read(path: Path) -> dict[str, Any] | None:
    """The saved state, or None if the file cannot be read as one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("draft"), dict):
        return None
    return data
