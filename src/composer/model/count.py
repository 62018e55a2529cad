"""The letter count: every letter made, for the coordinator's report. Never who made it.

One row per letter made (export, print, batch; window and command line): the case, the event,
the recipient (the official written to), the letter's language, the kind, and the time. No
writer's name, address or letter text is ever stored. The database is SQLite (standard
library) with a schema version (``PRAGMA user_version``) and numbered migrations.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from composer import paths
from composer.model.messages import CodedError


class CountError(CodedError):
    """The count cannot be read or written; the message says why in one sentence."""


class Kind(StrEnum):
    EXPORT = "export"
    PRINT = "print"
    BATCH = "batch"


# Each migration takes the database from version n to n + 1, in one transaction.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE letters (
            id INTEGER PRIMARY KEY,
            made_at TEXT NOT NULL,
            day TEXT NOT NULL,
            case_id TEXT NOT NULL,
            case_title TEXT NOT NULL DEFAULT '',
            event TEXT NOT NULL DEFAULT '',
            recipient TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL,
            kind TEXT NOT NULL
        )""",
        "CREATE INDEX letters_day ON letters (day)",
        "CREATE INDEX letters_event ON letters (event)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class Made:
    """One letter made: only what the report needs."""

    case_id: str
    language: str
    kind: Kind
    recipient: str = ""  # the official written to ("Minister of the Interior, Ivan Kubrakou")
    event: str = ""
    case_title: str = ""


@dataclass(frozen=True)
class Report:
    """Letters made, counted per case, language, recipient and kind (most first)."""

    total: int
    by_case: tuple[tuple[str, str, int], ...]  # (case id, case title, letters)
    by_language: tuple[tuple[str, int], ...]
    by_recipient: tuple[tuple[str, int], ...]
    by_kind: tuple[tuple[str, int], ...]
    event: str = ""
    since: dt.date | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "total": self.total,
            "event": self.event or None,
            "since": self.since.isoformat() if self.since else None,
            "cases": {case_id: n for case_id, _title, n in self.by_case},
            "case_titles": {case_id: title for case_id, title, _n in self.by_case},
            "languages": dict(self.by_language),
            "recipients": dict(self.by_recipient),
            "kinds": dict(self.by_kind),
        }

    def csv_text(self) -> str:
        """The report as CSV (``section,key,label,letters``), for a spreadsheet."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["section", "key", "label", "letters"])
        writer.writerows(self.csv_rows())
        return out.getvalue()

    def csv_rows(self) -> list[tuple[str, str, str, int]]:
        """(section, key, label, letters) rows: the report as a spreadsheet reads it."""
        rows: list[tuple[str, str, str, int]] = [("total", "", "", self.total)]
        rows += [("case", cid, title, n) for cid, title, n in self.by_case]
        rows += [("language", code, "", n) for code, n in self.by_language]
        rows += [("recipient", "", name, n) for name, n in self.by_recipient]
        rows += [("kind", kind, "", n) for kind, n in self.by_kind]
        return rows


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise CountError.coded("count.newer", path=path)
    for number in range(version, SCHEMA_VERSION):
        with db:  # one transaction per step: a failed step leaves the previous version
            for statement in MIGRATIONS[number]:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {number + 1}")


@contextlib.contextmanager
def _open(path: Path | None = None) -> Iterator[sqlite3.Connection]:
    path = path or paths.count_db_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=10)
    except (OSError, sqlite3.Error) as exc:
        raise CountError.coded("count.cannot-open", path=path, detail=str(exc)) from exc
    try:
        _migrate(db, path)
        yield db
    except sqlite3.DatabaseError as exc:
        raise CountError.coded("count.cannot-use", path=path, detail=str(exc)) from exc
    finally:
        db.close()


def record(made: Iterable[Made], path: Path | None = None, now: dt.datetime | None = None) -> int:
    """Add letters made (one transaction); returns how many were recorded."""
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    local_day = moment.astimezone().date().isoformat()
    stamp = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    rows = [
        (stamp, local_day, m.case_id, m.case_title, m.event, m.recipient, m.language, m.kind.value)
        for m in made
    ]
    if not rows:
        return 0
    with _open(path) as db, db:
        db.executemany(
            "INSERT INTO letters (made_at, day, case_id, case_title, event, recipient, "
            "language, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    return len(rows)


def _grouped(
    db: sqlite3.Connection, column: str, where: str, params: Sequence[object]
) -> list[tuple[str, int]]:
    query = (
        f"SELECT {column}, COUNT(*) AS n FROM letters {where} "
        f"GROUP BY {column} ORDER BY n DESC, {column}"
    )
    return [(str(key), int(n)) for key, n in db.execute(query, params)]


def report(event: str = "", since: dt.date | None = None, path: Path | None = None) -> Report:
    """The count, for one event (all events if empty) from ``since`` on (local days)."""
    clauses: list[str] = []
    params: list[object] = []
    if event:
        clauses.append("event = ?")
        params.append(event)
    if since is not None:
        clauses.append("day >= ?")
        params.append(since.isoformat())
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    with _open(path) as db:
        total = int(db.execute(f"SELECT COUNT(*) FROM letters {where}", params).fetchone()[0])
        cases = [
            (str(cid), str(title or ""), int(n))
            for cid, title, n in db.execute(
                f"SELECT case_id, MAX(case_title), COUNT(*) AS n FROM letters {where} "
                "GROUP BY case_id ORDER BY n DESC, case_id",
                params,
            )
        ]
        return Report(
            total=total,
            by_case=tuple(cases),
            by_language=tuple(_grouped(db, "language", where, params)),
            by_recipient=tuple(_grouped(db, "recipient", where, params)),
            by_kind=tuple(_grouped(db, "kind", where, params)),
            event=event,
            since=since,
        )


def events(path: Path | None = None) -> list[str]:
    """The events the count has letters for, most recent first."""
    with _open(path) as db:
        return [
            str(name)
            for (name,) in db.execute(
                "SELECT event FROM letters WHERE event != '' GROUP BY event "
                "ORDER BY MAX(made_at) DESC"
            )
        ]
