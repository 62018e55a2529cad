"""Where the app keeps the user's files. Qt-free, so the command line and the window agree.

An event kit on a USB stick: when a folder named ``portable`` sits beside the executable, every
piece of data (cases, drafts, settings, the letter count) lives in it, and letters are saved in
its ``Letters`` folder, so nothing is left on the laptop and the stick carries the whole event.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

import platformdirs

APP_DIR_NAME = "letter-composer"
PORTABLE_DIR_NAME = "portable"


@lru_cache(maxsize=4)
def _executable_folder(executable: str) -> Path:
    """The folder of the real executable (links resolved): asked for every path a letter
    needs, resolved once per process (and per executable, for the tests that change it)."""
    return Path(executable).resolve().parent


def portable_dir() -> Path | None:
    """The ``portable`` folder beside the executable, if there is one."""
    folder = _executable_folder(sys.executable) / PORTABLE_DIR_NAME
    return folder if folder.is_dir() else None


def is_portable() -> bool:
    return not os.environ.get("LETTER_COMPOSER_DATA") and portable_dir() is not None


def user_data_dir() -> Path:
    """The data folder (user cases, autosaved draft, settings, the count).

    ``LETTER_COMPOSER_DATA`` overrides; then a ``portable`` folder beside the executable.
    """
    override = os.environ.get("LETTER_COMPOSER_DATA")
    if override:
        return Path(override)
    portable = portable_dir()
    if portable is not None:
        return portable
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def user_cache_dir() -> Path:
    """Files the app can always make again (cut-down fonts). ``LETTER_COMPOSER_CACHE`` overrides."""
    override = os.environ.get("LETTER_COMPOSER_CACHE")
    if override:
        return Path(override)
    return Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False))


def user_cases_dir() -> Path:
    return user_data_dir() / "cases"


def autosave_dir() -> Path:
    """Each running window's safety copy of its letter (``draft-<id>.json``) and its lock."""
    return user_data_dir() / "autosave"


def count_db_path() -> Path:
    """The letter count (SQLite): what was made, never who made it."""
    return user_data_dir() / "count.sqlite3"


def event_path() -> Path:
    """The running event's settings (name, date, place, cases, the coordinator's PIN hash)."""
    return user_data_dir() / "event.json"


def documents_dir() -> Path:
    """Where letters are saved by default: the portable kit's ``Letters``, else Documents."""
    if is_portable():
        portable = portable_dir()
        assert portable is not None
        return portable / "Letters"
    return Path(platformdirs.user_documents_dir())
