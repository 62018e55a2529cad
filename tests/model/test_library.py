"""The case library: user cases beside the read-only built-ins."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from composer import paths
from composer.model.case import Case, CaseError, case_to_toml
from composer.model.importer import import_file
from composer.model.library import (
    add_user_case,
    builtin_case_ids,
    delete_user_case,
    duplicate_case,
    list_cases,
    load_builtin,
    load_case,
    open_case,
    save_user_case,
    user_case_ids,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "ua"


def honduras() -> Case:
    return import_file(DATA / "honduras-copinh-2017.txt").case


def test_empty_library_lists_the_builtins() -> None:
    entries = list_cases()
    assert [e.id for e in entries] == builtin_case_ids()
    assert all(e.builtin for e in entries)


def test_save_open_and_list_a_user_case(user_data: Path) -> None:
    case = honduras()
    path = save_user_case(case)
    assert path == user_data / "cases" / f"{case.id}.toml"
    assert open_case(case.id) == case
    assert load_case(case.id) == case  # the CLI's loader finds user cases by id too
    entry = next(e for e in list_cases() if e.id == case.id)
    assert not entry.builtin and entry.deadline_passed and entry.path == path
    assert user_case_ids() == [case.id]


def test_sorted_open_actions_first_past_deadlines_marked() -> None:
    """Open actions first (soonest deadline first), then past deadlines, most recent first."""
    base = honduras()
    today = dt.date(2026, 11, 26)
    for case_id, deadline in [
        ("soon", dt.date(2026, 12, 1)),
        ("later", dt.date(2027, 1, 5)),
        ("none", None),
        ("old", dt.date(2015, 1, 1)),
    ]:
        save_user_case(dataclasses.replace(base, id=case_id, deadline=deadline))
    entries = list_cases(today)
    order = [e.id for e in entries]
    assert order[:3] == ["soon", "later", "none"]
    assert order[3:] == ["kalesnikava", "old"]
    assert [e.deadline_passed for e in entries] == [False, False, False, True, True]
    assert entries[-1].id == "old"


def test_builtins_cannot_be_overwritten_or_deleted() -> None:
    builtin = load_builtin("kalesnikava")
    with pytest.raises(CaseError, match="built-in"):
        save_user_case(builtin)
    with pytest.raises(CaseError, match="built-in"):
        delete_user_case("kalesnikava")
    assert open_case("kalesnikava") == builtin


def test_a_new_case_with_a_taken_id_is_renamed() -> None:
    builtin = load_builtin("kalesnikava")
    added = add_user_case(dataclasses.replace(builtin, title="My own version"))
    assert added.id == "kalesnikava-2"
    again = add_user_case(dataclasses.replace(builtin, title="Another"))
    assert again.id == "kalesnikava-3"
    assert open_case("kalesnikava") == builtin


def test_duplicate_and_delete() -> None:
    copy = duplicate_case("kalesnikava")
    assert copy.id == "kalesnikava-copy" and copy.title.endswith("(copy)")
    assert open_case(copy.id).demands == load_builtin("kalesnikava").demands
    delete_user_case(copy.id)
    assert copy.id not in user_case_ids()
    with pytest.raises(CaseError, match="no case"):
        delete_user_case(copy.id)


def test_a_broken_user_file_is_listed_with_its_error(user_data: Path) -> None:
    folder = paths.user_cases_dir()
    folder.mkdir(parents=True)
    (folder / "broken.toml").write_text("id = 'broken'\ntitle = 3\n")
    entry = next(e for e in list_cases() if e.id == "broken")
    assert "title" in entry.error and not entry.is_open
    assert list_cases()[-1].id == "broken"


@pytest.mark.parametrize(
    ("name", "suggested"),
    [("My Case.toml", "my-case.toml"), ("con.toml", "case-con.toml"), ("UA_2.toml", "ua-2.toml")],
)
def test_a_case_file_whose_name_cannot_be_an_id_is_listed_with_what_to_do(
    user_data: Path, name: str, suggested: str
) -> None:
    """A file a coordinator copied into the folder by hand is never silently left out."""
    folder = paths.user_cases_dir()
    folder.mkdir(parents=True)
    (folder / name).write_text(case_to_toml(dataclasses.replace(honduras(), id="x")))
    entry = next(e for e in list_cases() if e.path == folder / name)
    assert not entry.is_open and entry.title == name
    assert f"rename it '{suggested}'" in entry.error
    assert entry.failure is not None and entry.failure.code == "case.file-name"
    delete_user_case(entry.id)
    assert not (folder / name).exists()
    assert all(e.path != folder / name for e in list_cases())


def test_save_is_atomic_and_never_writes_an_unreadable_file(
    user_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = honduras()
    save_user_case(case)
    before = (paths.user_cases_dir() / f"{case.id}.toml").read_text()

    def boom(path: Path, text: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("composer.model.library.write_text_atomic", boom)
    with pytest.raises(OSError):
        save_user_case(dataclasses.replace(case, title="changed"))
    assert (paths.user_cases_dir() / f"{case.id}.toml").read_text() == before
    assert before == case_to_toml(case)
