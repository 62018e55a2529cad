"""Where the app keeps the user's files. Qt-free, so the command line and the window agree."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "letter-composer"


def user_data_dir() -> Path:
    """The user's data folder (user cases, autosaved draft). ``LETTER_COMPOSER_DATA`` overrides."""
    override = os.environ.get("LETTER_COMPOSER_DATA")
    if override:
        return Path(override)
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


def documents_dir() -> Path:
    return Path(platformdirs.user_documents_dir())
