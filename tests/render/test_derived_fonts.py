"""What the build derives from the shipped fonts (composer.render.derive): a clean machine's first
letter reads it instead of cutting and parsing fonts, with the same PDF; files made with another
fontTools or fpdf2, for a changed font, or damaged, are never read."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from composer.model.letter import Letter
from composer.render import fonts
from composer.render.fonts import MAIN_FACES
from composer.render.fpdf_import import import_fpdf
from composer.render.layouts import get_layout
from composer.render.pdf import letter_text, render_letter

Render = Callable[[Path], bytes]


@pytest.fixture
def shipped(tmp_path: Path, derived_fonts: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the derived files, shipped beside the fonts (as the build leaves them)."""
    folder = tmp_path / "derived"
    shutil.copytree(derived_fonts, folder)
    monkeypatch.setattr(fonts, "derived_folder", lambda: folder)
    return folder


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget what this process read or made, as a new process would."""
    for memo in ("_templates", "_digests", "_coverages", "_file_bytes", "_parsed"):
        monkeypatch.setattr(fonts, memo, {})
    monkeypatch.setattr(fonts, "_shipped_manifest", [])


@pytest.fixture
def render(
    monkeypatch: pytest.MonkeyPatch, letter: Letter, created: dt.datetime
) -> Callable[[Path], bytes]:
    """Render the letter as the first letter of a new process with the cache folder given."""

    def run(cache: Path) -> bytes:
        monkeypatch.setenv("LETTER_COMPOSER_CACHE", str(cache))
        _new_process(monkeypatch)
        return render_letter(letter, get_layout("us-letter"), created=created).pdf

    return run


@pytest.fixture
def made_fresh(render: Render, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> bytes:
    """The letter with nothing shipped and an empty cache folder: every font cut and parsed."""
    with monkeypatch.context() as patched:
        patched.setattr(fonts, "derived_folder", lambda: tmp_path / "nothing")
        pdf = render(tmp_path / "fresh-cache")
    assert any((tmp_path / "fresh-cache" / "fonts").glob("*.ttf"))
    return pdf


def _made_in(cache: Path) -> list[str]:
    return sorted(p.suffix for p in (cache / "fonts").glob("*") if p.suffix != ".digest")


def test_a_clean_machines_first_letter_reads_the_shipped_fonts_and_cuts_nothing(
    shipped: Path,
    made_fresh: bytes,
    render: Render,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*args: Any) -> Any:
        raise AssertionError("a font was cut or parsed although the app ships it")

    monkeypatch.setattr(fonts, "_reduced_program", refuse)
    monkeypatch.setattr(fonts, "_scratch_document", refuse)
    cache = tmp_path / "clean"
    assert render(cache) == made_fresh  # byte for byte
    assert _made_in(cache) == []  # nothing copied into the user's cache folder either
    assert render(cache) == made_fresh


def test_the_build_makes_the_usual_repertoires_of_both_faces_and_every_character_map(
    derived_fonts: Path,
) -> None:
    names = sorted(p.name for p in derived_fonts.iterdir())
    assert len([n for n in names if n.endswith(".codes")]) == 8  # every shipped font
    for style in ("Regular", "Bold"):
        programs = [n for n in names if n.startswith(f"NotoSerif-{style}-") and n.endswith(".ttf")]
        assert len(programs) == 2  # Latin and typographic marks; with Cyrillic
        for program in programs:
            assert program.removesuffix(".ttf") + ".fpdf2-" in " ".join(names)
    manifest = (derived_fonts / fonts.MANIFEST).read_text(encoding="utf-8").splitlines()
    assert manifest[1] == fonts.derivation_key() and manifest[-1] == "."
    assert sorted(line.split(" ", 1)[1] for line in manifest[3:-1]) == [
        n for n in names if n != fonts.MANIFEST
    ]


@pytest.mark.parametrize("other", ["fontTools", "fpdf2", "recipe"])
def test_files_made_with_another_fonttools_fpdf2_or_recipe_are_never_read(
    other: str,
    shipped: Path,
    made_fresh: bytes,
    render: Render,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if other == "fontTools":
        import fontTools

        monkeypatch.setattr(fontTools, "version", fontTools.version + ".post1")
    elif other == "fpdf2":
        monkeypatch.setattr(import_fpdf(), "__version__", "2.99.0")
    else:
        monkeypatch.setattr(fonts, "_RECIPE_VERSION", fonts._RECIPE_VERSION + 1)
    cache = tmp_path / "clean"
    pdf = render(cache)
    made = _made_in(cache)
    assert ".ttf" in made and ".pickle" in made  # cut and parsed afresh, kept in the cache
    if other != "fpdf2":
        assert pdf == made_fresh
        assert ".codes" in made  # no shipped character map read either
    else:
        assert ".codes" not in made  # fpdf2 does not make the character maps


def test_a_changed_font_is_never_read_from_the_shipped_files(
    shipped: Path, render: Render, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A font file that is not the one the files were made from (an update, a patched font):
    its digest names other files, so it is cut and mapped afresh."""
    changed = tmp_path / "NotoSerif-Regular.ttf"
    changed.write_bytes(fonts.font_path(MAIN_FACES[0].file).read_bytes() + b"\0\0\0\0")
    real = fonts.font_path
    monkeypatch.setattr(
        fonts, "font_path", lambda file: changed if file == changed.name else real(file)
    )
    cache = tmp_path / "clean"
    assert render(cache).startswith(b"%PDF-")
    assert _made_in(cache) == [".codes", ".pickle", ".ttf"]


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "cut short":
        path.write_bytes(data[: len(data) // 2])
    elif how == "one byte changed":
        # In the manifest, a byte of its second line (the versions and recipe it was made with).
        where = 40 if path.name == fonts.MANIFEST else len(data) // 2
        path.write_bytes(data[:where] + bytes([data[where] ^ 0x20]) + data[where + 1 :])
    else:
        path.unlink()


@pytest.mark.parametrize("how", ["cut short", "one byte changed", "missing"])
@pytest.mark.parametrize("kind", [".ttf", ".pickle", ".codes", "MANIFEST"])
def test_a_damaged_shipped_file_is_ignored(
    kind: str,
    how: str,
    shipped: Path,
    made_fresh: bytes,
    render: Render,
    letter: Letter,
    tmp_path: Path,
) -> None:
    """The app falls back to its cache folder, and makes there what it lacks; the PDF is the
    same, and the shipped file is left as it is (it may not be writable)."""
    face = MAIN_FACES[0]
    program = fonts._program_name(face, fonts._repertoire(face, letter_text(letter)))
    names = {
        ".codes": f"{fonts._font_digest(face)}.codes",
        ".ttf": program,
        ".pickle": fonts._parsed_name(Path(program), import_fpdf().__version__),
        "MANIFEST": fonts.MANIFEST,
    }
    target = shipped / names[kind]
    assert target.is_file()
    _damage(target, how)
    damaged = target.read_bytes() if target.exists() else None
    cache = tmp_path / "clean"
    assert render(cache) == made_fresh
    made = {".codes": [".codes"], "MANIFEST": [".codes", ".pickle", ".ttf"]}
    assert _made_in(cache) == made.get(kind, [".pickle", ".ttf"])
    assert (target.read_bytes() if target.exists() else None) == damaged


def test_a_shipped_character_map_altered_yet_well_formed_is_not_read(
    shipped: Path, made_fresh: bytes, render: Render, tmp_path: Path
) -> None:
    """Only the manifest's digest tells this one from the real map (a code point left out)."""
    (target,) = (shipped / f"{fonts._font_digest(MAIN_FACES[0])}.codes",)
    codes = target.read_bytes().split(b" ")
    target.write_bytes(b" ".join(c for c in codes if c != b"41"))
    cache = tmp_path / "clean"
    assert render(cache) == made_fresh
    assert _made_in(cache) == [".codes"]
