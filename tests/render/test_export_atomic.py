"""export_letter writes whole files or nothing, and never replaces a good file with a bad one."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from composer.model.letter import Letter
from composer.render.layouts import get_layout
from composer.render.pdf import LetterTooLong, export_letter

GOOD = b"%PDF-1.4 a good letter printed yesterday\n"


def test_export_writes_a_one_page_pdf(tmp_path: Path, letter: Letter) -> None:
    target = tmp_path / "letter.pdf"
    result = export_letter(letter, get_layout("us-letter"), target)
    assert target.read_bytes() == result.pdf
    assert result.pdf.startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.pdf"]


def test_too_long_writes_nothing_and_keeps_the_old_file(
    tmp_path: Path, letter: Letter, make_letter: Callable[..., Letter]
) -> None:
    target = tmp_path / "letter.pdf"
    target.write_bytes(GOOD)
    long_letter = make_letter(paragraphs=letter.paragraphs * 3)
    with pytest.raises(LetterTooLong) as info:
        export_letter(long_letter, get_layout("a4-din5008-b"), target)
    assert info.value.page_count == 2
    assert "does not fit on one page (it needs 2)" in str(info.value)
    assert target.read_bytes() == GOOD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.pdf"]


def test_too_long_may_be_allowed(
    tmp_path: Path, letter: Letter, make_letter: Callable[..., Letter]
) -> None:
    target = tmp_path / "long.pdf"
    result = export_letter(
        make_letter(paragraphs=letter.paragraphs * 3),
        get_layout("us-letter"),
        target,
        allow_overflow=True,
    )
    assert result.page_count == 2
    assert target.read_bytes() == result.pdf


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp_file(
    tmp_path: Path, letter: Letter, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "letter.pdf"
    target.write_bytes(GOOD)

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space left"):
        export_letter(letter, get_layout("us-letter"), target)
    assert target.read_bytes() == GOOD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.pdf"]


def test_a_missing_folder_is_an_os_error(tmp_path: Path, letter: Letter) -> None:
    with pytest.raises(FileNotFoundError):
        export_letter(letter, get_layout("us-letter"), tmp_path / "nowhere" / "x.pdf")
    assert list(tmp_path.iterdir()) == []
