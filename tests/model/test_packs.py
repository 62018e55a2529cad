"""Case packs: carried from one laptop to another, validated before anything is written."""

from __future__ import annotations

import dataclasses
import io
import json
import stat
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

from composer.model.importer import import_file
from composer.model.library import add_user_case, open_case, save_user_case, user_case_ids
from composer.model.packs import (
    MAX_ENTRIES,
    PackError,
    check_template,
    custom_templates,
    export_pack,
    import_pack,
    read_pack,
    templates_dir,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "ua"
CUSTOM_OPENING = "I write to you from {{ sender.town }} about {{ people }}."


@contextmanager
def laptop(root: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """One laptop = one user data folder."""
    folder = root / name
    with monkeypatch.context() as patch:
        patch.setenv("LETTER_COMPOSER_DATA", str(folder))
        yield folder


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def prepare_a(folder: Path) -> list[str]:
    ids = [
        add_user_case(import_file(DATA / name).case).id
        for name in ("kalesnikava-urgent-action.txt", "honduras-copinh-2017.txt")
    ]
    (templates_dir() / "en").mkdir(parents=True)
    (templates_dir() / "en" / "opening-9.j2").write_text(CUSTOM_OPENING, encoding="utf-8")
    return ids


def test_a_pack_from_one_laptop_imports_identically_on_another(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = tmp_path / "november.lcpack"
    with laptop(tmp_path, "a", monkeypatch) as a:
        ids = prepare_a(a)
        written = export_pack([*ids, "kalesnikava"], pack)
        cases_a = {case_id: open_case(case_id) for case_id in ids}
        assert written == [*ids, "kalesnikava"]
    with laptop(tmp_path, "b", monkeypatch):
        result = import_pack(pack)
        assert sorted(result.added) == sorted(ids)
        assert result.skipped_builtins == ("kalesnikava",)
        assert result.templates == ("en/opening-9.j2",)
        assert {case_id: open_case(case_id) for case_id in ids} == cases_a
        assert custom_templates() == {"en/opening-9.j2": CUSTOM_OPENING}


def test_manifest_has_a_format_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with laptop(tmp_path, "a", monkeypatch):
        export_pack(["kalesnikava"], tmp_path / "p.lcpack")
    with zipfile.ZipFile(tmp_path / "p.lcpack") as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format"] == "letter-composer-pack" and manifest["version"] == 1
    assert manifest["cases"] == ["kalesnikava"]


def test_conflicts_are_asked_about(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A user case with the same id is replaced only when the caller says so."""
    pack = tmp_path / "p.lcpack"
    with laptop(tmp_path, "a", monkeypatch):
        case = add_user_case(import_file(DATA / "honduras-copinh-2017.txt").case)
        export_pack([case.id], pack)
    with laptop(tmp_path, "b", monkeypatch):
        mine = dataclasses.replace(case, title="My edited copy")
        save_user_case(mine)
        assert read_pack(pack).conflicts == (case.id,)
        asked: list[tuple[str, ...]] = []

        def ask(ids: tuple[str, ...]) -> set[str]:
            asked.append(ids)
            return set()

        result = import_pack(pack, overwrite=ask)
        assert asked == [(case.id,)] and result.kept == (case.id,)
        assert open_case(case.id) == mine
        result = import_pack(pack, overwrite={case.id})
        assert result.replaced == (case.id,)
        assert open_case(case.id) == case


def test_a_changed_builtin_in_a_pack_comes_in_under_a_new_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    builtin = open_case("kalesnikava")
    changed = dataclasses.replace(builtin, title="Changed")
    pack = write_pack(tmp_path / "p.lcpack", {"cases/kalesnikava.toml": toml(changed)})
    with laptop(tmp_path, "b", monkeypatch):
        result = import_pack(pack)
        assert result.renamed == {"kalesnikava": "kalesnikava-2"}
        assert open_case("kalesnikava") == builtin
        assert open_case("kalesnikava-2").title == "Changed"


# --------------------------------------------------------------------------- bad packs


def toml(case: object) -> str:
    from composer.model.case import case_to_toml

    return case_to_toml(case)  # type: ignore[arg-type]


def write_pack(
    path: Path,
    members: dict[str, str | bytes],
    *,
    manifest: dict | None = None,
    infos: Sequence[tuple[zipfile.ZipInfo, bytes]] = (),
) -> Path:
    cases = [
        n.removeprefix("cases/").removesuffix(".toml") for n in members if n.startswith("cases/")
    ]
    templates = [n.removeprefix("templates/") for n in members if n.startswith("templates/")]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "manifest.json",
            json.dumps(
                manifest
                or {
                    "format": "letter-composer-pack",
                    "version": 1,
                    "cases": cases,
                    "templates": templates,
                }
            ),
        )
        for name, data in members.items():
            archive.writestr(name, data)
        for info, data in infos:
            archive.writestr(info, data)
    path.write_bytes(buffer.getvalue())
    return path


def good_case_toml() -> str:
    return toml(dataclasses.replace(open_case("kalesnikava"), id="good-case"))


def symlink_info() -> zipfile.ZipInfo:
    info = zipfile.ZipInfo("cases/link.toml")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


BAD_PACKS: dict[str, dict] = {
    "dot-dot path": {"members": {"../evil.toml": "id = 'evil'"}},
    "nested dot-dot": {"members": {"cases/../../evil.toml": "x"}},
    "absolute path": {"members": {"/etc/evil.toml": "x"}},
    "backslash path": {"members": {"cases\\..\\evil.toml": "x"}},
    "symlink": {"infos": [(symlink_info(), b"/etc/passwd")]},
    "zip bomb": {"members": {"cases/bomb.toml": b" " * (5 * 1024 * 1024)}},
    "too many entries": {"members": {f"cases/c{i}.toml": "x" for i in range(MAX_ENTRIES + 1)}},
    "not toml": {"members": {"cases/run.py": "import os"}},
    "stray file": {"members": {"readme.txt": "hello"}},
    "invalid case": {"members": {"cases/bad.toml": "id = 'bad'\ntitle = 3\n"}},
    "id mismatch": {"members": {"cases/other.toml": None}},
    "template reaches python internals": {
        "members": {"templates/en/opening-9.j2": "{{ ''.__class__.__mro__ }}"}
    },
    "template reaches internals via attr": {
        "members": {"templates/en/opening-9.j2": "{{ ''|attr('_' * 2 ~ 'class' ~ '_' * 2) }}"}
    },
    "template with unknown name": {"members": {"templates/en/opening-9.j2": "{{ nobody }}"}},
    "template that never ends": {
        "members": {
            "templates/en/opening-9.j2": "{% for a in range(999) %}{% for b in range(999) %}{% for c in range(999)"  # noqa: E501
            " %}{% endfor %}{% endfor %}{% endfor %}"
        }
    },
    "template that explodes": {"members": {"templates/en/opening-9.j2": "{{ 'x' * 10**9 }}"}},
    "no manifest": {"manifest": {"not": "a manifest"}},
    "future version": {
        "manifest": {"format": "letter-composer-pack", "version": 99, "cases": [], "templates": []}
    },
}


@pytest.mark.parametrize("kind", sorted(BAD_PACKS))
def test_bad_packs_are_refused_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    spec = BAD_PACKS[kind]
    with laptop(tmp_path, "b", monkeypatch) as data:
        save_user_case(dataclasses.replace(open_case("kalesnikava"), id="mine"))
        members = {
            name: (good_case_toml() if value is None else value)
            for name, value in spec.get("members", {}).items()
        }
        members["cases/good-case.toml"] = good_case_toml()  # a valid case beside the bad part
        pack = write_pack(
            tmp_path / "bad.lcpack",
            members,
            manifest=spec.get("manifest"),
            infos=spec.get("infos", []),
        )
        before = snapshot(data)
        with pytest.raises(PackError) as info:
            import_pack(pack, overwrite=lambda ids: set(ids))
        assert "\n" not in str(info.value)
        assert snapshot(data) == before
        assert "good-case" not in user_case_ids()


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 truncated", b"not a zip at all"])
def test_damaged_files_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    (tmp_path / "x.lcpack").write_bytes(content)
    with laptop(tmp_path, "b", monkeypatch), pytest.raises(PackError):
        import_pack(tmp_path / "x.lcpack")


def test_missing_path_and_folder(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="no such file"):
        read_pack(tmp_path / "nope.lcpack")
    with pytest.raises(PackError, match="folder"):
        read_pack(tmp_path)


def test_a_failed_export_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "p.lcpack"
    target.write_bytes(b"the good old pack")
    with laptop(tmp_path, "a", monkeypatch), pytest.raises(Exception, match="no case"):
        export_pack(["kalesnikava", "does-not-exist"], target)
    assert target.read_bytes() == b"the good old pack"


def test_shipped_templates_pass_the_check() -> None:
    """The check refuses attacks, not honest templates: every shipped one passes."""
    from composer.resource_files import resource

    for language in ("en", "fr"):
        for entry in resource(f"templates/{language}").iterdir():
            if entry.name.endswith(".j2"):
                check_template(f"{language}/{entry.name}", entry.read_text(encoding="utf-8"))


def test_a_different_template_with_the_same_name_is_kept_beside_the_users(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = write_pack(tmp_path / "p.lcpack", {"templates/en/opening-9.j2": CUSTOM_OPENING})
    with laptop(tmp_path, "b", monkeypatch):
        (templates_dir() / "en").mkdir(parents=True)
        (templates_dir() / "en" / "opening-9.j2").write_text("Mine: {{ people }}.")
        result = import_pack(pack)
        # Not opening-1..3: a custom file with a shipped wording's name replaces that wording.
        assert result.templates == ("en/opening-10.j2",)
        assert custom_templates() == {
            "en/opening-9.j2": "Mine: {{ people }}.",
            "en/opening-10.j2": CUSTOM_OPENING,
        }
        assert import_pack(pack).templates == ()  # the same wording is not added twice
