"""What outlives the window: QSettings, and the autosaved draft offered back after a crash."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer, Signal, Slot

from composer import paths
from composer.atomic import write_text_atomic

AUTOSAVE_DELAY_MS = 1000
AUTOSAVE_FORMAT = 1


def app_settings() -> QSettings:
    """The app's settings; in the data folder when ``LETTER_COMPOSER_DATA`` is set (tests)."""
    if os.environ.get("LETTER_COMPOSER_DATA"):
        return QSettings(str(paths.user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings()  # organisation and application names are set once in run_gui


class Autosaver(QObject):
    """Writes the draft ``delay`` ms after the last change, atomically; never loses a good file."""

    saved = Signal(str)  # path written
    failed = Signal(str)  # reason, for the status bar

    def __init__(
        self, snapshot: Any, parent: QObject | None = None, delay_ms: int = AUTOSAVE_DELAY_MS
    ) -> None:
        super().__init__(parent)
        self._snapshot = snapshot  # a callable returning the JSON-able state, or None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)

    @staticmethod
    def path() -> Path:
        return paths.autosave_path()

    def schedule(self) -> None:
        self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    @Slot()
    def save_now(self) -> None:
        self._timer.stop()
        state = self._snapshot()
        if state is None:
            return
        data = {
            "format": AUTOSAVE_FORMAT,
            "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            **state,
        }
        path = self.path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=1))
        except OSError as exc:
            self.failed.emit(exc.strerror or str(exc))
            return
        self.saved.emit(str(path))

    def clear(self) -> None:
        """Forget the autosaved draft (a clean quit, a new letter)."""
        self._timer.stop()
        with contextlib.suppress(FileNotFoundError):
            self.path().unlink()

    @classmethod
    def load(cls) -> dict[str, Any] | None:
        """The autosaved state, or None if there is none or it cannot be read."""
        try:
            data = json.loads(cls.path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or not isinstance(data.get("draft"), dict):
            return None
        return data
