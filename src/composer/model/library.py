"""The case library: built-in cases (resources/cases), the user's cases, case files by path."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from composer import paths
from composer.atomic import write_text_atomic
from composer.model.case import (
    CASE_ID_RE,
    Case,
    CaseError,
    case_from_toml,
    case_id_code,
    case_to_toml,
    unique_id,
)
from composer.model.file_kinds import FileKind
from composer.resource_files import resource

DEFAULT_CASE_ID = "kalesnikava"


def builtin_case_ids() -> list[str]:
    folder = resource("cases")
    return sorted(
        entry.name.removesuffix(".toml")
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    )


def load_builtin(case_id: str) -> Case:
    if case_id not in builtin_case_ids():
        raise CaseError.coded("case.not-found", case=case_id)
    text = resource(f"cases/{case_id}.toml").read_text(encoding="utf-8")
    return case_from_toml(text, source=f"{case_id}.toml")


MAX_CASE_FILE_BYTES = 4 * 1024 * 1024  # a case is a few kilobytes of text


def load_case_file(path: Path) -> Case:
    try:
        if path.exists() and not path.is_file() and not path.is_dir():
            raise CaseError.coded("case.not-a-file", path=path)  # /dev/zero, a pipe
        if path.is_file() and path.stat().st_size > MAX_CASE_FILE_BYTES:
            raise CaseError.coded("case.too-large", path=path)
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise CaseError.coded("case.no-file", path=path) from exc
    except IsADirectoryError as exc:
        raise CaseError.coded("case.is-folder", path=path) from exc
    except UnicodeDecodeError as exc:
        raise CaseError.coded("case.not-utf8", path=path) from exc
    except OSError as exc:
        raise CaseError.coded("case.unreadable", path=path, reason=exc.strerror) from exc
    return case_from_toml(text, source=str(path))


def load_case(reference: str) -> Case:
    """A case by built-in id, by a user case's id, or by the path of a .toml case file."""
    if reference in builtin_case_ids():
        return load_builtin(reference)
    if CASE_ID_RE.match(reference) and reference in user_case_ids():
        return load_user_case(reference)
    path = Path(reference)
    if path.suffix == ".toml" or path.exists():
        return load_case_file(path)
    raise CaseError.coded("case.not-found", case=reference)


# --------------------------------------------------------------------------- the user's library
#
# User cases are TOML files named <id>.toml in paths.user_cases_dir(), beside the read-only
# built-in ones. A user case never shadows a built-in: saving one under a built-in's id is refused.


@dataclass(frozen=True)
class CaseEntry:
    """One case in the library, as a list or picker shows it."""

    id: str
    title: str
    deadline: dt.date | None
    deadline_passed: bool
    builtin: bool
    country: str = ""
    path: Path | None = None  # the user case's file; None for built-ins
    error: str = ""  # a user case file that cannot be read: why (title is then the file name)
    failure: CaseError | None = field(default=None, compare=False)  # the same, with its code

    @property
    def is_open(self) -> bool:
        return not self.deadline_passed and not self.error


def user_case_path(case_id: str) -> Path:
    problem = case_id_code(case_id)
    if problem:
        raise CaseError.coded(problem, field="id", case=case_id)
    return paths.user_cases_dir() / f"{case_id}{FileKind.CASE.suffix}"


def user_case_ids() -> list[str]:
    folder = paths.user_cases_dir()
    if not folder.is_dir():
        return []
    return sorted(
        p.stem
        for p in folder.iterdir()
        if p.suffix == FileKind.CASE.suffix and p.is_file() and CASE_ID_RE.match(p.stem)
    )


def _misnamed_case_files() -> list[Path]:
    """Case files in the user's folder whose name cannot be a case id ("My case.toml",
    "con.toml"): listed with the reason, never silently left out."""
    folder = paths.user_cases_dir()
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix == FileKind.CASE.suffix and p.is_file() and not CASE_ID_RE.match(p.stem)
    )


def _misnamed_entry(path: Path, taken: set[str]) -> CaseEntry:
    suggested = unique_id(path.stem, taken) + FileKind.CASE.suffix
    error = CaseError.coded("case.file-name", name=path.name, suggested=suggested)
    return CaseEntry(
        path.stem, path.name, None, False, False, path=path, error=str(error), failure=error
    )


def all_case_ids() -> set[str]:
    return set(builtin_case_ids()) | set(user_case_ids())


def is_builtin(case_id: str) -> bool:
    return case_id in builtin_case_ids()


def load_user_case(case_id: str) -> Case:
    path = user_case_path(case_id)
    if not path.is_file():
        raise CaseError.coded("case.not-found", case=case_id)
    case = load_case_file(path)
    if case.id != case_id:
        # The file name is the id the library knows it by.
        case = replace(case, id=case_id)
    return case


def _sort_key(entry: CaseEntry) -> tuple[int, int, str, str]:
    # Open actions first, soonest deadline first (no deadline after those with one); then
    # past deadlines, most recent first; unreadable files last.
    if entry.error:
        return (2, 0, entry.title.lower(), entry.id)
    if not entry.deadline_passed:
        day = entry.deadline.toordinal() if entry.deadline else 10**7
        return (0, day, entry.title.lower(), entry.id)
    day = -entry.deadline.toordinal() if entry.deadline else 0
    return (1, day, entry.title.lower(), entry.id)


def list_cases(today: dt.date | None = None) -> list[CaseEntry]:
    """Built-in and user cases, open actions first; past deadlines marked."""
    entries: list[CaseEntry] = []
    for case_id in builtin_case_ids():
        case = load_builtin(case_id)
        entries.append(
            CaseEntry(
                case.id, case.title, case.deadline, case.deadline_passed(today), True, case.country
            )
        )
    builtins = set(builtin_case_ids())
    for case_id in user_case_ids():
        if case_id in builtins:
            continue
        path = user_case_path(case_id)
        try:
            case = load_user_case(case_id)
        except CaseError as exc:
            entries.append(
                CaseEntry(
                    case_id, path.name, None, False, False, path=path, error=str(exc), failure=exc
                )
            )
            continue
        entries.append(
            CaseEntry(
                case_id,
                case.title,
                case.deadline,
                case.deadline_passed(today),
                False,
                case.country,
                path,
            )
        )
    taken = builtins | set(user_case_ids())
    entries.extend(_misnamed_entry(path, taken) for path in _misnamed_case_files())
    return sorted(entries, key=_sort_key)


def open_case(case_id: str) -> Case:
    """A case of the library by id: built-in first, then the user's."""
    if is_builtin(case_id):
        return load_builtin(case_id)
    return load_user_case(case_id)


def save_user_case(case: Case, *, overwrite: bool = True) -> Path:
    """Write a user case atomically; built-in ids are refused (they are read-only)."""
    if is_builtin(case.id):
        raise CaseError.coded("case.builtin-overwrite", field="id", case=case.id)
    path = user_case_path(case.id)
    if not overwrite and path.exists():
        raise CaseError.coded("case.exists", field="id", case=case.id)
    text = case_to_toml(case)
    case_from_toml(text, source=path.name)  # never write a file the library could not read
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, text)
    return path


def add_user_case(case: Case) -> Case:
    """Save a new case (an import); an id already in use is renamed (-2, -3, ...)."""
    taken = all_case_ids()
    if case.id in taken:
        case = replace(case, id=unique_id(case.id, taken))
    save_user_case(case, overwrite=False)
    return case


def duplicate_case(case_id: str, title_suffix: str = " (copy)") -> Case:
    """A user copy of any case (a built-in one too), under a new id; returns the copy."""
    case = open_case(case_id)
    copy = replace(
        case, id=unique_id(f"{case.id}-copy", all_case_ids()), title=f"{case.title}{title_suffix}"
    )
    save_user_case(copy, overwrite=False)
    return copy


def delete_user_case(case_id: str) -> None:
    if is_builtin(case_id):
        raise CaseError.coded("case.builtin-delete", case=case_id)
    misnamed = {p.stem: p for p in _misnamed_case_files()}
    path = misnamed[case_id] if case_id in misnamed else user_case_path(case_id)
    try:
        path.unlink()
    except FileNotFoundError as exc:
        raise CaseError.coded("case.not-found", case=case_id) from exc
    except OSError as exc:
        raise CaseError.coded("case.cannot-delete", path=path, reason=exc.strerror) from exc
