"""The command line for importing UAs and carrying case packs: output, and one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from composer.cli import run

DATA = Path(__file__).resolve().parent / "data" / "ua"
SEED = DATA / "kalesnikava-urgent-action.txt"
HONDURAS = DATA / "honduras-copinh-2017.txt"


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert run(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_import_json_has_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "import", str(HONDURAS), "--json")
    assert isinstance(data, dict)
    assert data["title"] == "ARMED ATTACK AGAINST MEMBERS OF COPINH"
    assert data["summary"].startswith("On 30 June")
    assert data["demands"] == [
        "Ensure that COPINH members have all the protection they ask for.",
        "Publicly recognize the legitimate human rights work done by their organization.",
    ]
    (rec,) = data["recipients"]
    assert {k: rec[k] for k in ("name", "title", "address_lines", "country", "salutation")} == {
        "name": "General de División Julián Pacheco",
        "title": "Minister of Security",
        "address_lines": [
            "Secretaría de Estado en el Despacho de Seguridad, Aldea el Ocotal",
            "Antiguo Local de la Academia Nacional de Policía ANAPO",
            "Tegucigalpa",
        ],
        "country": "Honduras",
        "salutation": "Dear Minister",
    }
    assert rec["salutations"]["es"] == "Estimado Señor Secretario de Seguridad"
    assert data["copies_to"] == []
    assert data["languages"] == ["es"]
    assert data["deadline"] == "2017-08-16"
    assert data["background"][0]["heading"] == "Additional information"
    assert data["ua_number"] == "60/16" and data["index"] == "AMR 37/6674/2017"
    assert [w["field"] for w in data["warnings"]] == ["demands"]
    assert [w["code"] for w in data["warnings"]] == ["import.demands-from-letter"]


def test_import_save_adds_to_the_library(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["import", str(SEED), "--save"]) == 0
    out = capsys.readouterr().out
    assert "saved to the library as 'maryia-kalesnikava'" in out
    rows = run_json(capsys, "cases", "--json")
    assert isinstance(rows, list)
    assert {(r["id"], r["builtin"]) for r in rows} == {
        ("kalesnikava", True),
        ("maryia-kalesnikava", False),
    }
    # Saving the same UA again makes a second case, not an overwrite.
    run(["import", str(SEED), "--save", "--json"])
    assert json.loads(capsys.readouterr().out)["id"] == "maryia-kalesnikava-2"


def test_pack_export_and_import_between_laptops(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(["import", str(HONDURAS), "--save"]) == 0
    pack = tmp_path / "month.lcpack"
    assert run(["pack", "export", "--output", str(pack), "berta-zuniga-caceres"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("LETTER_COMPOSER_DATA", str(tmp_path / "other"))
    assert run(["pack", "import", str(pack)]) == 0
    assert "added berta-zuniga-caceres" in capsys.readouterr().out
    # Again: the same id exists now; without --replace it is kept and said so.
    assert run(["pack", "import", str(pack)]) == 0
    assert "--replace" in capsys.readouterr().err
    assert run(["pack", "import", str(pack), "--replace"]) == 0
    assert "replaced berta-zuniga-caceres" in capsys.readouterr().out


def _bad_import_inputs(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 64)
    with (tmp_path / "huge.txt").open("wb") as handle:
        handle.truncate(20 * 1024 * 1024)
    (tmp_path / "folder").mkdir()
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "URGENT ACTION")
    data = bytes(pdf.output())
    (tmp_path / "truncated.pdf").write_bytes(data[:300])
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.add_page(PdfReader(io.BytesIO(data)).pages[0])
    writer.encrypt(user_password="secret", owner_password="o", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    (tmp_path / "encrypted.pdf").write_bytes(buffer.getvalue())
    return {
        name: tmp_path / file
        for name, file in [
            ("empty", "empty.txt"),
            ("binary", "binary.bin"),
            ("huge", "huge.txt"),
            ("folder", "folder"),
            ("missing", "missing.txt"),
            ("truncated pdf", "truncated.pdf"),
            ("encrypted pdf", "encrypted.pdf"),
        ]
    }


@pytest.mark.parametrize(
    "kind", ["empty", "binary", "huge", "folder", "missing", "truncated pdf", "encrypted pdf"]
)
def test_bad_import_is_one_line_and_leaves_the_library(
    tmp_path: Path, user_data: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    path = _bad_import_inputs(tmp_path)[kind]
    before = snapshot(user_data)
    assert run(["import", str(path), "--save"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("letter-composer: cannot import")
    assert snapshot(user_data) == before


def _bad_pack(tmp_path: Path, kind: str) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        members: dict[str, bytes] = {
            "../escape": {"../../evil.toml": b"id = 'evil'"},
            "zip bomb": {"cases/bomb.toml": b"\0" * (8 * 1024 * 1024)},
            "python internals": {
                "templates/en/opening-7.j2": b"{{ ''.__class__.__mro__[1].__subclasses__() }}"
            },
        }[kind]
        cases = [n[6:-5] for n in members if n.startswith("cases/")]
        templates = [n[10:] for n in members if n.startswith("templates/")]
        archive.writestr(
            "manifest.json",
            json.dumps(
                {
                    "format": "letter-composer-pack",
                    "version": 1,
                    "cases": cases,
                    "templates": templates,
                }
            ),
        )
        for name, data in members.items():
            archive.writestr(name, data)
    path = tmp_path / f"{kind.replace(' ', '-')}.lcpack"
    path.write_bytes(buffer.getvalue())
    return path


@pytest.mark.parametrize("kind", ["../escape", "zip bomb", "python internals"])
def test_bad_pack_is_one_line_and_leaves_the_library(
    tmp_path: Path, user_data: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    assert run(["import", str(SEED), "--save"]) == 0
    capsys.readouterr()
    before = snapshot(user_data)
    assert run(["pack", "import", str(_bad_pack(tmp_path, kind)), "--replace"]) == 1
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("letter-composer: "), captured.err
    assert snapshot(user_data) == before
    assert not (tmp_path.parent / "evil.toml").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["pack", "import", "/nonexistent/x.lcpack"],
        ["pack", "export", "--output", "/nonexistent/dir/x.lcpack", "kalesnikava"],
        ["pack", "export", "--output", "x.lcpack", "no-such-case"],
    ],
)
def test_pack_errors_are_one_line(
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(argv) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith("letter-composer: ")
    assert not (tmp_path / "x.lcpack").exists()


def test_the_real_command_exits_non_zero_without_a_traceback(tmp_path: Path) -> None:
    """As a user runs it: a process, one line on stderr, exit status 1."""
    proc = subprocess.run(
        [sys.executable, "-m", "composer", "import", str(tmp_path / "missing.pdf")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0 and "Traceback" not in proc.stderr


def test_importing_a_pack_as_a_ua_points_to_pack_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "month.lcpack"
    assert run(["pack", "export", "-o", str(pack), "kalesnikava"]) == 0
    capsys.readouterr()
    assert run(["import", str(pack)]) == 1
    assert "pack import" in capsys.readouterr().err
