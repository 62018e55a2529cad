"""The letter count: what was made, per case, language and recipient; never who made it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from composer import paths
from composer.model import count
from composer.model.count import Kind, Made


def test_a_new_count_is_made_at_the_current_schema_version() -> None:
    count.record([Made("kalesnikava", "en", Kind.EXPORT)])
    db = sqlite3.connect(paths.count_db_path())
    assert db.execute("PRAGMA user_version").fetchone()[0] == count.SCHEMA_VERSION
    columns = [row[1] for row in db.execute("PRAGMA table_info(letters)")]
    db.close()
    assert columns == [
        "id", "made_at", "day", "case_id", "case_title", "event", "recipient", "language", "kind"
    ]  # fmt: skip


def test_report_counts_per_case_language_recipient_and_kind() -> None:
    count.record(
        [
            Made("kalesnikava", "en", Kind.EXPORT, "Minister", "Marathon", "Belarus"),
            Made("kalesnikava", "fr", Kind.PRINT, "Minister", "Marathon", "Belarus"),
            Made("kalesnikava", "en", Kind.BATCH, "Embassy", "Marathon", "Belarus"),
            Made("other", "en", Kind.EXPORT, "Judge", "Library", "Other case"),
        ]
    )
    report = count.report()
    assert report.total == 4
    assert report.by_case == (("kalesnikava", "Belarus", 3), ("other", "Other case", 1))
    assert report.by_language == (("en", 3), ("fr", 1))
    assert dict(report.by_recipient) == {"Minister": 2, "Embassy": 1, "Judge": 1}
    assert dict(report.by_kind) == {"export": 2, "print": 1, "batch": 1}
    marathon = count.report(event="Marathon")
    assert marathon.total == 3
    assert marathon.as_json()["cases"] == {"kalesnikava": 3}
    assert sorted(count.events()) == ["Library", "Marathon"]


def test_since_keeps_the_letters_made_from_that_day_on() -> None:
    old = dt.datetime(2026, 11, 1, 15, 0, tzinfo=dt.UTC)
    new = dt.datetime(2026, 11, 29, 15, 0, tzinfo=dt.UTC)
    count.record([Made("a", "en", Kind.EXPORT)], now=old)
    count.record([Made("b", "en", Kind.EXPORT), Made("b", "en", Kind.PRINT)], now=new)
    report = count.report(since=dt.date(2026, 11, 15))
    assert report.total == 2
    assert report.as_json()["cases"] == {"b": 2}


def test_a_count_from_a_newer_version_is_refused_in_one_sentence(user_data: Path) -> None:
    db = sqlite3.connect(paths.count_db_path())
    db.execute(f"PRAGMA user_version = {count.SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(count.CountError, match="newer Letter Composer"):
        count.report()


def test_an_old_count_is_migrated_and_keeps_its_letters(monkeypatch: pytest.MonkeyPatch) -> None:
    count.record([Made("kalesnikava", "en", Kind.EXPORT)])
    # A later schema adds a column: the migration runs once, the letters stay.
    monkeypatch.setattr(
        count,
        "MIGRATIONS",
        (*count.MIGRATIONS, ("ALTER TABLE letters ADD COLUMN layout TEXT NOT NULL DEFAULT ''",)),
    )
    monkeypatch.setattr(count, "SCHEMA_VERSION", len(count.MIGRATIONS))
    assert count.report().total == 1
    db = sqlite3.connect(paths.count_db_path())
    assert db.execute("PRAGMA user_version").fetchone()[0] == 2
    db.close()


def test_a_damaged_count_is_one_sentence(user_data: Path) -> None:
    paths.count_db_path().write_bytes(b"this is not a database" * 100)
    with pytest.raises(count.CountError, match="letter count"):
        count.report()
