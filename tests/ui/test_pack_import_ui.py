"""Case packs through the window: bad packs get one message; replacing is asked."""

from __future__ import annotations

import dataclasses
import io
import json
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from composer.model.library import open_case, save_user_case
from composer.model.packs import export_pack
from composer.ui import dialogs, pack_import
from composer.ui.pack_import import import_pack_interactive


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _pack(tmp_path: Path, members: dict[str, bytes]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "manifest.json",
            json.dumps(
                {
                    "format": "letter-composer-pack",
                    "version": 1,
                    "cases": [n[6:-5] for n in members if n.startswith("cases/")],
                    "templates": [n[10:] for n in members if n.startswith("templates/")],
                }
            ),
        )
        for name, data in members.items():
            archive.writestr(name, data)
    path = tmp_path / "bad.lcpack"
    path.write_bytes(buffer.getvalue())
    return path


BAD = {
    "../ path": {"../../evil.toml": b"id = 'evil'"},
    "zip bomb": {"cases/bomb.toml": b"\0" * (8 * 1024 * 1024)},
    "python internals": {"templates/en/opening-7.j2": b"{{ ''.__class__.__mro__ }}"},
}


@pytest.mark.parametrize("kind", [*BAD, "missing", "folder", "not a zip"])
def test_bad_pack_gets_one_message_and_changes_nothing(
    qtbot: QtBot,
    tmp_path: Path,
    user_data: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    save_user_case(dataclasses.replace(open_case("kalesnikava"), id="mine"))
    messages: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda p, t, m, details="": messages.append(m))
    monkeypatch.setattr(pack_import, "_ask_replace", lambda p, ids: set(ids))
    if kind in BAD:
        path = _pack(tmp_path, BAD[kind])
    elif kind == "missing":
        path = tmp_path / "nope.lcpack"
    elif kind == "folder":
        path = tmp_path
    else:
        path = tmp_path / "x.lcpack"
        path.write_bytes(b"hello")
    before = snapshot(user_data)
    assert import_pack_interactive(path) is None
    assert len(messages) == 1 and "\n" not in messages[0]
    assert snapshot(user_data) == before


def test_replacing_is_asked(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    case = dataclasses.replace(open_case("kalesnikava"), id="mine", title="Pack version")
    save_user_case(case)
    export_pack(["mine"], tmp_path / "p.lcpack")
    save_user_case(dataclasses.replace(case, title="My version"))
    asked: list[tuple[str, ...]] = []

    def no(parent, ids):  # type: ignore[no-untyped-def]
        asked.append(ids)
        return set()

    monkeypatch.setattr(pack_import, "_ask_replace", no)
    result = import_pack_interactive(tmp_path / "p.lcpack")
    assert result is not None and result.kept == ("mine",) and asked == [("mine",)]
    assert open_case("mine").title == "My version"
    monkeypatch.setattr(pack_import, "_ask_replace", lambda p, ids: set(ids))
    result = import_pack_interactive(tmp_path / "p.lcpack")
    assert result is not None and result.replaced == ("mine",)
    assert open_case("mine").title == "Pack version"
