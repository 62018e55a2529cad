"""Letter file names that never collide between writers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer.model.naming import folder_name, initials, letter_path

DAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Margaret Thompson", "mt"),
        ("Anne-Marie Côté", "amc"),
        ("  Élise  d’Arcy ", "eda"),
        ("J. R. R. Tolkien", "jrrt"),
        ("", ""),
        ("Мария Колесникова", ""),  # no ASCII letter to take: the name is left out
    ],
)
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected


def test_each_letter_gets_the_next_free_number(tmp_path: Path) -> None:
    first = letter_path(tmp_path, "kalesnikava", "Margaret Thompson", DAY)
    assert first.name == "kalesnikava-mt-2026-11-30-1.pdf"
    first.write_bytes(b"%PDF")
    second = letter_path(tmp_path, "kalesnikava", "Mark Twain", DAY)
    assert second.name == "kalesnikava-mt-2026-11-30-2.pdf"
    other = letter_path(tmp_path, "kalesnikava", "Anne Dupuis", DAY)
    assert other.name == "kalesnikava-ad-2026-11-30-1.pdf"
    assert letter_path(tmp_path, "kalesnikava", "", DAY).name == "kalesnikava-2026-11-30-1.pdf"


def test_an_event_name_becomes_a_folder_name() -> None:
    assert folder_name('2026-12-10 Write for Rights: "Guelph"/Library') == (
        "2026-12-10 Write for Rights Guelph Library"
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Anne-Marie Côté", "A.-M. C."), ("margaret thompson", "M. T."), ("Мария", "М."), ("", "")],
)
def test_signing_initials(name: str, expected: str) -> None:
    from composer.model.naming import signing_initials

    assert signing_initials(name) == expected
