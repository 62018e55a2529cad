"""Test-wide set-up: no real screen, and a throw-away user data folder for every test."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The cache folder (cut-down fonts, parsed fonts, compiled wordings) is the test run's own:
# shared by the run's tests and the processes they start, never the user's real one.
os.environ["LETTER_COMPOSER_CACHE"] = tempfile.mkdtemp(prefix="letter-composer-test-cache-")

# The app imports fpdf2 lean (composer.render.fpdf_import): fontTools' subsetter stands in as a
# placeholder unless it is already loaded. Test helpers that build their own PDFs with fpdf2
# (cups_support.make_pdf, ua_samples.make_pdf) need the real one, so it is loaded first, here;
# tests/render/test_lean_export.py checks the lean path in a process of its own.
import fontTools.subset  # noqa: F401

atexit.register(shutil.rmtree, os.environ["LETTER_COMPOSER_CACHE"], ignore_errors=True)


@pytest.fixture(autouse=True)
def user_data(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Each test gets its own empty data folder, so no test sees another's cases or drafts."""
    folder = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("LETTER_COMPOSER_DATA", str(folder))
    yield folder
