"""The return address a reply needs, and the form of the date by the writer's country."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from composer.model import sender
from composer.model.draft import Draft, Sender
from composer.model.library import load_builtin
from composer.model.sender import date_locale, return_address

CASE = load_builtin("kalesnikava")


@pytest.mark.parametrize(
    ("sender", "lines"),
    [
        (
            Sender("M. Thompson", ("42 Elm Street",), "Guelph, Ontario", "N1H 3T5", "Canada"),
            ("M. Thompson", "42 Elm Street", "Guelph ON  N1H 3T5", "CANADA"),
        ),
        (
            Sender("Anna Weber", ("Lindenstraße 5",), "Berlin", "10115", "Deutschland"),
            ("Anna Weber", "Lindenstraße 5", "10115 Berlin", "DEUTSCHLAND"),
        ),
        (
            Sender("J. Roy", ("12, rue d'Italie",), "Le Havre", "76600", "France"),
            ("J. Roy", "12, rue d’Italie", "76600 Le Havre", "FRANCE"),
        ),
        # The town already typed in the address (Canada Post's spacing kept) is not repeated.
        (
            Sender("M. T.", ("42 Elm Street", "Guelph ON  N1H 3T5"), "Guelph"),
            ("M. T.", "42 Elm Street", "Guelph ON  N1H 3T5"),
        ),
        (Sender("", (), "Guelph, Ontario"), ("Guelph ON",)),
    ],
)
def test_return_address(sender: Sender, lines: tuple[str, ...]) -> None:
    assert return_address(sender, "Belarus") == lines


def test_no_country_line_when_the_letter_stays_in_the_country() -> None:
    sender = Sender("M. T.", ("1 Main St",), "Minsk", "220030", "Belarus")
    assert return_address(sender, "Belarus")[-1] == "220030 Minsk"


def test_the_letter_carries_the_whole_return_address() -> None:
    sender = Sender("Margaret Thompson", ("42 Elm Street",), "Guelph, Ontario", "N1H 3T5", "Canada")
    letter = Draft.new(CASE, "en", sender, 0, dt.date(2026, 11, 26)).letter()
    assert letter.sender_name == "Margaret Thompson"
    assert letter.sender_address == ("42 Elm Street", "Guelph ON  N1H 3T5", "CANADA")


@pytest.mark.parametrize(
    ("language", "country", "date"),
    [
        ("en", "Canada", "November 26, 2026"),
        ("en", "", "November 26, 2026"),
        ("en", "Germany", "26 November 2026"),
        ("en", "Deutschland", "26 November 2026"),
        ("en", "United Kingdom", "26 November 2026"),
        ("fr", "Canada", "26 novembre 2026"),
        ("de", "Canada", "26. November 2026"),
        ("es", "", "26 de noviembre de 2026"),
        ("ru", "", "26 ноября 2026\u202fг."),
    ],
)
def test_the_date_follows_the_language_and_the_writers_country(
    language: str, country: str, date: str
) -> None:
    sender = Sender("A", (), "", "", country)
    draft = Draft.new(CASE, language, sender, 0, dt.date(2026, 11, 26))
    assert draft.date_text() == date
    assert date_locale(language, country).startswith(language)


def test_dates_are_kept_between_runs_as_babel_writes_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new process reads a day's date from the cache folder instead of loading Babel's date
    code; a damaged cache file is ignored and written anew."""
    from babel.dates import format_date

    monkeypatch.setenv("LETTER_COMPOSER_CACHE", str(tmp_path))
    days = [dt.date(2026, 11, 26), dt.date(2027, 1, 1)]
    expected = {
        (day, locale): str(format_date(day, format="long", locale=locale))
        for day in days
        for locale in ("en_CA", "fr", "ru")
    }

    def new_process() -> None:
        monkeypatch.setattr(sender, "_dates", None)

    for damage in (None, "not json", '["a list"]', '{"x": 1}'):
        new_process()
        if damage is not None:
            (tmp_path / "dates.json").write_text(damage, encoding="utf-8")
        assert {key: sender.long_date(*key) for key in expected} == expected
    kept = json.loads((tmp_path / "dates.json").read_text(encoding="utf-8"))
    assert sorted(kept.values()) == sorted(expected.values())

    new_process()
    with monkeypatch.context() as patched:
        import babel.dates

        def no_babel(*args: object, **kwargs: object) -> str:
            raise AssertionError("a kept date was formatted again")

        patched.setattr(babel.dates, "format_date", no_babel)
        assert {key: sender.long_date(*key) for key in expected} == expected
