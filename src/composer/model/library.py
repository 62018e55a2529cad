"""Finding cases: the built-in ones shipped in resources/cases, and case files given by path."""

from __future__ import annotations

from pathlib import Path

from composer.model.case import Case, CaseError, case_from_toml
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
        raise CaseError(f"there is no case called '{case_id}'")
    text = resource(f"cases/{case_id}.toml").read_text(encoding="utf-8")
    return case_from_toml(text, source=f"{case_id}.toml")


def load_case_file(path: Path) -> Case:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise CaseError(f"no such file: {path}") from exc
    except IsADirectoryError as exc:
        raise CaseError(f"{path} is a folder, not a case file") from exc
    except UnicodeDecodeError as exc:
        raise CaseError(f"{path} is not a UTF-8 text file") from exc
    except OSError as exc:
        raise CaseError(f"cannot read {path}: {exc.strerror}") from exc
    return case_from_toml(text, source=str(path))


def load_case(reference: str) -> Case:
    """A case by built-in id, or by the path of a .toml case file."""
    if reference in builtin_case_ids():
        return load_builtin(reference)
    path = Path(reference)
    if path.suffix == ".toml" or path.exists():
        return load_case_file(path)
    raise CaseError(f"there is no case called '{reference}'")
