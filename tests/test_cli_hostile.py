"""Hostile inputs on the command line: every later export works; every refusal is one line."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from composer.cli import run
from composer.model.case import case_to_toml
from composer.model.library import open_case
from hostile_packs import (
    DEMANDS,
    REAL_WRITER,
    REFUSED_TEMPLATES,
    RUNTIME_HOSTILE,
    RUNTIME_REASONS,
    lying_member_pack,
    pack_bytes,
    pin_new_drafts_to_the_last_wording,
    write,
)
from pdf_support import pdf_text


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def export_ok(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, list[str]]:
    out = tmp_path / "letter.pdf"
    assert run(["export", *REAL_WRITER, "--output", str(out)]) == 0
    return pdf_text(out), capsys.readouterr().err.splitlines()


@pytest.mark.parametrize("kind", sorted(RUNTIME_HOSTILE))
def test_after_a_hostile_pack_export_succeeds_in_shipped_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A letter whose wording draw falls on the pack's demand wording: the hostile one is
    tried at every export, left out, and said in one line."""
    pack = write(
        tmp_path / f"{kind}.lcpack", pack_bytes({"en/demand-20.j2": RUNTIME_HOSTILE[kind]})
    )
    assert run(["pack", "import", str(pack)]) == 0
    assert capsys.readouterr().out == "added template en/demand-20.j2\n"
    pin_new_drafts_to_the_last_wording(monkeypatch)

    for _ in range(2):  # and again: a left-out wording breaks no later letter either
        text, err = export_ok(tmp_path, capsys)
        for demand in DEMANDS:
            assert demand in text
        assert "Zebra" not in text and "Margaret Thompson" in text
        err = [line for line in err if "custom wording" in line]
        assert len(err) == 1
        assert err[0].startswith(
            "letter-composer: warning: the custom wording en/demand-20.j2 was left out: "
        )
        assert RUNTIME_REASONS[kind] in err[0]


def test_all_hostile_packs_at_once_and_every_export_still_works(
    tmp_path: Path, user_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for number, source in enumerate(RUNTIME_HOSTILE.values(), start=10):
        pack = write(tmp_path / f"{number}.lcpack", pack_bytes({f"en/demand-{number}.j2": source}))
        assert run(["pack", "import", str(pack)]) == 0
    for kind, (name, source, reason) in REFUSED_TEMPLATES.items():
        before = snapshot(user_data)
        pack = write(tmp_path / "refused.lcpack", pack_bytes({name: source}))
        assert run(["pack", "import", str(pack)]) == 1, kind
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and reason in err and err.startswith("letter-composer: ")
        assert snapshot(user_data) == before
    for language in ("en", "fr"):
        out = tmp_path / f"{language}.pdf"
        assert run(["export", *REAL_WRITER, "--language", language, "--output", str(out)]) == 0
        text = pdf_text(out)
        assert "Zebra" not in text and "Hey you" not in text and "good work" not in text
    assert "Dear Minister," in pdf_text(tmp_path / "en.pdf")
    for demand in DEMANDS:
        assert demand in pdf_text(tmp_path / "en.pdf")


@pytest.mark.parametrize("compression", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_a_lying_compressed_member_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], compression: int
) -> None:
    pack = write(tmp_path / "bomb.lcpack", lying_member_pack(compression, 16 * 1024 * 1024))
    assert run(["pack", "import", str(pack)]) == 1
    assert capsys.readouterr().err == (
        "letter-composer: the pack uses a compression Letter Composer does not read "
        "(cases/bomb.toml); case packs are plain zip files (deflate)\n"
    )


def test_deeply_nested_case_and_manifest_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = tmp_path / "deep.toml"
    case.write_text("id = 'deep'\nx = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    assert run(["export", "--case", str(case), "--output", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert err == f"letter-composer: {case}: not a case: its data is nested far too deeply\n"
    with zipfile.ZipFile(tmp_path / "deep.lcpack", "w") as archive:
        archive.writestr("manifest.json", "[" * 200_000 + "]" * 200_000)
    assert run(["pack", "import", str(tmp_path / "deep.lcpack")]) == 1
    assert capsys.readouterr().err == (
        "letter-composer: the pack's manifest is nested far too deeply\n"
    )
    assert not (tmp_path / "x.pdf").exists()


def test_a_case_file_with_a_windows_device_id_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = case_to_toml(dataclasses.replace(open_case("kalesnikava"), id="x"))
    case = tmp_path / "con.toml"
    case.write_text(text.replace('id = "x"', 'id = "con"'), encoding="utf-8")
    assert run(["export", "--case", str(case), "--output", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "'con' is a name Windows keeps for a device; choose another, like 'case-con'" in err


# --------------------------------------------------------------------------- a real full disk


def _can_mount() -> bool:
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs tmpfs /mnt"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


needs_mount = pytest.mark.skipif(
    not _can_mount(), reason="needs root and unshare -m (a private tmpfs)"
)


def _five_case_pack(tmp_path: Path) -> Path:
    base = open_case("kalesnikava")
    padding = "A long background paragraph about the case. " * 120  # ~5 KB a case
    extra = []
    for n in range(1, 6):
        case = dataclasses.replace(base, id=f"case-{n}", title=f"Case {n}", model_letter=padding)
        extra.append((zipfile.ZipInfo(f"cases/case-{n}.toml"), case_to_toml(case).encode()))
    return write(tmp_path / "five.lcpack", pack_bytes({}, extra=extra))


def _import_on_a_small_disk(tmp_path: Path, setup: str) -> subprocess.CompletedProcess[str]:
    """`pack import` as a user runs it, the data folder a private tmpfs set up by ``setup``."""
    data = tmp_path / "data"
    data.mkdir()
    mine = case_to_toml(dataclasses.replace(open_case("kalesnikava"), id="mine"))
    (tmp_path / "mine.toml").write_text(mine, encoding="utf-8")
    script = f"""
set -e
mount -t tmpfs -o size=16k tmpfs {data}
mkdir {data}/cases && cp {tmp_path}/mine.toml {data}/cases/mine.toml
{setup}
before=$(cd {data} && find . -type f | sort | xargs sha256sum)
set +e
{sys.executable} -m composer pack import {tmp_path}/five.lcpack 2>{tmp_path}/err
echo "exit=$?"
after=$(cd {data} && find . -type f | sort | xargs sha256sum)
[ "$before" = "$after" ] && echo unchanged || {{ echo changed; ls -la {data}/cases; }}
"""
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", script],
        capture_output=True,
        text=True,
        env={"LETTER_COMPOSER_DATA": str(data), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
        timeout=120,
        check=False,
    )


@needs_mount
@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        ("", "No space left on device"),
        (f"mount -o remount,ro {'{data}'}", "Read-only file system"),
    ],
    ids=["full disk", "read-only folder"],
)
def test_a_pack_import_that_cannot_be_written_changes_nothing(
    tmp_path: Path, setup: str, reason: str
) -> None:
    """Five cases, room for two (or none): one line, and the library exactly as it was (it
    used to keep two of the five, then print a traceback)."""
    _five_case_pack(tmp_path)
    proc = _import_on_a_small_disk(tmp_path, setup.replace("{data}", str(tmp_path / "data")))
    assert proc.stdout.splitlines() == ["exit=1", "unchanged"], proc.stdout + proc.stderr
    err = (tmp_path / "err").read_text(encoding="utf-8")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"letter-composer: the pack could not be imported ({reason}")
    assert err.endswith("; nothing was changed\n")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "--case", "/dev/zero"], "/dev/zero is not a file, so it cannot be a case"),
        (["pack", "import", "/dev/zero"], "/dev/zero is not a file, so it cannot be a case pack"),
        (["export", "--case", "{big}"], "{big} is far larger than a case file"),
        (["export", "--case", "{binary}"], "{binary} is not a UTF-8 text file"),
    ],
    ids=["device as case", "device as pack", "huge case file", "binary case file"],
)
def test_files_that_are_not_what_they_claim_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    """A device never read to its end (it used to fill the memory), a 5 MB case file, bytes
    that are not text: one line each, nothing written."""
    names = {"big": tmp_path / "big.toml", "binary": tmp_path / "binary.toml"}
    names["big"].write_bytes(b"# " + b"x" * (5 * 1024 * 1024))
    names["binary"].write_bytes(b"\xff\xfe\x00id")
    argv = [a.format(**{k: str(v) for k, v in names.items()}) for a in argv]
    if argv[0] == "export":
        argv += ["--output", str(tmp_path / "x.pdf")]
    assert run(argv) == 1
    expected = message.format(**{k: str(v) for k, v in names.items()})
    assert capsys.readouterr().err == f"letter-composer: {expected}\n"
    assert not (tmp_path / "x.pdf").exists()
