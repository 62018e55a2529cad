"""The event kit on a USB stick: a `portable` folder beside the executable holds all data."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from composer import paths


def test_a_portable_folder_beside_the_executable_holds_all_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LETTER_COMPOSER_DATA")
    exe = tmp_path / "stick" / "LetterComposer"
    exe.parent.mkdir()
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "executable", str(exe))
    assert not paths.is_portable()
    (exe.parent / "portable").mkdir()
    assert paths.is_portable()
    portable = (exe.parent / "portable").resolve()
    assert paths.user_data_dir() == portable
    assert paths.user_cases_dir() == portable / "cases"
    assert paths.count_db_path().parent == portable
    assert paths.autosave_dir() == portable / "autosave"
    assert paths.documents_dir() == portable / "Letters"


def test_the_data_variable_wins_over_a_portable_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, user_data: Path
) -> None:
    exe = tmp_path / "LetterComposer"
    exe.write_bytes(b"")
    (tmp_path / "portable").mkdir()
    monkeypatch.setattr(sys, "executable", str(exe))
    assert paths.user_data_dir() == user_data
    assert not paths.is_portable()
