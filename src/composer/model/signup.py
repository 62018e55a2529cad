"""The sign-up sheet of an event, as CSV: one writer per row, for a batch of letters.

Header ``name,address,town,language,note``; address lines are separated by ``;``. UTF-8 with or
without a BOM. A bad row is reported with its line number in the file (the header is line 1)
and the other rows are still used.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

COLUMNS = ("name", "address", "town", "language", "note")
REQUIRED = ("name",)


class SignupError(ValueError):
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
    message: str

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
        raise SignupError(f"no such file: {path}") from exc
    except IsADirectoryError as exc:
        raise SignupError(f"{path} is a folder, not a CSV file") from exc
    except OSError as exc:
        raise SignupError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SignupError(
            f"{path} is not UTF-8 text (byte {exc.start + 1}); save the sign-up sheet as "
            '"CSV UTF-8" and try again'
        ) from exc


def parse(text: str, languages: frozenset[str] | set[str]) -> Signup:
    """The writers of a sign-up sheet, and the rows that cannot be used (with their line)."""
    text = text.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise SignupError("the sign-up sheet is empty") from None
    except csv.Error as exc:
        raise SignupError(f"line 1: {exc}") from exc
    names = [h.strip().lower() for h in header]
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise SignupError(
            f"line 1: the header must be {','.join(COLUMNS)} (no '{missing[0]}' column)"
        )
    unknown = [n for n in names if n and n not in COLUMNS]
    if unknown:
        raise SignupError(
            f"line 1: unknown column '{unknown[0]}'; the header is {','.join(COLUMNS)}"
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
            problems.append(RowProblem(line, f"cannot be read as CSV ({exc})"))
            break
        first_line, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue  # a blank line is nobody

        def cell(column: str, row: list[str] = row) -> str:
            i = where.get(column)
            return row[i].strip() if i is not None and i < len(row) else ""

        if len(row) > len(names):
            problems.append(
                RowProblem(first_line, f"has {len(row)} cells; the header has {len(names)}")
            )
            continue
        name = cell("name")
        language = cell("language").lower()
        if not name:
            problems.append(RowProblem(first_line, "the name is missing"))
            continue
        if language and language not in languages:
            problems.append(
                RowProblem(
                    first_line,
                    f"unknown language '{cell('language')}' "
                    f"(letters can be written in {', '.join(sorted(languages))})",
                )
            )
            continue
        address = tuple(part.strip() for part in cell("address").split(";") if part.strip())
        writers.append(Writer(first_line, name, address, cell("town"), language, cell("note")))
    return Signup(tuple(writers), tuple(problems))
