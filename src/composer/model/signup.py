"""The sign-up sheet of an event, as CSV: one writer per row, for a batch of letters.

Header ``name,address,town,language,note``; address lines are separated by ``;``. UTF-8 with or
without a BOM. A bad row is reported with its line number in the file (the header is line 1)
and the other rows are still used.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from composer.model.messages import CodedValueError, english

COLUMNS = ("name", "address", "town", "language", "note")
REQUIRED = ("name",)


class SignupError(CodedValueError):
    """The whole file cannot be used (not UTF-8, no header, ...): one sentence."""


@dataclass(frozen=True)
class Writer:
    line: int  # the row's first line in the file (the header is line 1)
    name: str
    address_lines: tuple[str, ...]
    town: str
    language: str  # "" for the batch's default
    note: str


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: str  # English, the sentence of ``code`` (composer.model.messages)
    code: str = ""
    params: Mapping[str, object] = field(default_factory=dict, compare=False)

    @classmethod
    def coded(cls, code: str, *, line: int, **params: object) -> RowProblem:
        """The problem ``code`` of the row at ``line``, in English, with its parameters."""
        return cls(line, english(code, params), code, params)

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True)
class Signup:
    writers: tuple[Writer, ...]
    problems: tuple[RowProblem, ...]


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise SignupError.coded("signup.no-file", path=path) from exc
    except IsADirectoryError as exc:
        raise SignupError.coded("signup.is-folder", path=path) from exc
    except OSError as exc:
        raise SignupError.coded(
            "signup.unreadable", path=path, reason=exc.strerror or str(exc)
        ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SignupError.coded("signup.not-utf8", path=path, byte=exc.start + 1) from exc


def parse(text: str, languages: frozenset[str] | set[str]) -> Signup:
    """The writers of a sign-up sheet, and the rows that cannot be used (with their line)."""
    text = text.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise SignupError.coded("signup.empty") from None
    except csv.Error as exc:
        raise SignupError.coded("signup.bad-header", detail=str(exc)) from exc
    names = [h.strip().lower() for h in header]
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise SignupError.coded(
            "signup.missing-column", columns=",".join(COLUMNS), column=missing[0]
        )
    unknown = [n for n in names if n and n not in COLUMNS]
    if unknown:
        raise SignupError.coded(
            "signup.unknown-column", column=unknown[0], columns=",".join(COLUMNS)
        )
    where = {name: i for i, name in enumerate(names)}
    writers: list[Writer] = []
    problems: list[RowProblem] = []
    line = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(RowProblem.coded("signup.row-not-csv", line=line, detail=str(exc)))
            break
        first_line, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue  # a blank line is nobody

        def cell(column: str, row: list[str] = row) -> str:
            i = where.get(column)
            return row[i].strip() if i is not None and i < len(row) else ""

        if len(row) > len(names):
            problems.append(
                RowProblem.coded(
                    "signup.row-cells", line=first_line, cells=len(row), columns=len(names)
                )
            )
            continue
        name = cell("name")
        language = cell("language").lower()
        if not name:
            problems.append(RowProblem.coded("signup.no-name", line=first_line))
            continue
        if language and language not in languages:
            problems.append(
                RowProblem.coded(
                    "signup.unknown-language",
                    line=first_line,
                    language=cell("language"),
                    languages=", ".join(sorted(languages)),
                )
            )
            continue
        address = tuple(part.strip() for part in cell("address").split(";") if part.strip())
        writers.append(Writer(first_line, name, address, cell("town"), language, cell("note")))
    return Signup(tuple(writers), tuple(problems))
