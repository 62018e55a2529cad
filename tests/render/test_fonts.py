"""The shipped fonts: found as resources, licensed, and registered fast without changing output."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from composer.model.letter import Letter
from composer.render import fonts, kept_fonts
from composer.render.fonts import FALLBACK_FACES, MAIN_FACES, font_path, is_rtl, licence_path
from composer.render.fpdf_import import import_fpdf
from composer.render.layouts import get_layout
from composer.render.pdf import render_letter


def test_font_files_and_licence_ship_as_resources() -> None:
    for face in (*MAIN_FACES, *FALLBACK_FACES):
        path = font_path(face.file)
        assert path.is_file() and path.stat().st_size > 10_000, face
    assert "SIL OPEN FONT LICENSE" in licence_path().read_text(encoding="utf-8").upper()


def test_the_shipped_fonts_have_no_colour_glyphs() -> None:
    """Fonts are parsed with fpdf2's colour-font rendering off (it would load fpdf2's colour-font
    code only to find nothing): true only while no shipped font has a colour table."""
    from fontTools import ttLib

    for face in (*MAIN_FACES, *FALLBACK_FACES):
        with ttLib.TTFont(font_path(face.file), lazy=True) as font:
            assert not [tag for tag in fonts.COLOUR_TABLES if tag in font], face.file


@pytest.mark.parametrize(
    ("text", "rtl"),
    [
        ("Dear Minister,", False),
        ("שלום", True),
        ("مرحبا", True),
        ("«שלום»", True),
        ("123 שלום", True),
        ("", False),
        ("Мария", False),
    ],
)
def test_direction(text: str, rtl: bool) -> None:
    assert is_rtl(text) is rtl


@pytest.mark.parametrize(
    ("text", "shaping"),
    [
        ("Plain Latin, Ελληνικά, Кириллица", False),
        ("cafe\u0301", True),
        ("שלום", True),
        ("مرحبا", True),
    ],
)
def test_shaping_only_where_needed(text: str, shaping: bool) -> None:
    assert fonts.needs_shaping(text) is shaping


@pytest.fixture
def nothing_shipped(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the build had derived nothing from the fonts (resources/fonts/derived): what the
    cache folder keeps is then all a new process finds."""
    monkeypatch.setattr(fonts, "_shipped_manifest", [None])


def _text_and_fonts(pdf: bytes) -> tuple[str, set[str]]:
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[0]
    names = {str(f.get_object()["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
    return page.extract_text(), names


def test_fast_registration_gives_the_same_pdf_text_as_fpdf2s_own(
    monkeypatch: pytest.MonkeyPatch,
    multiscript_pdfs: dict[str, bytes],
    multiscript_letter: Letter,
    created: dt.datetime,
) -> None:
    """If fpdf2's internals change, ``register`` falls back to ``add_font``; both agree."""
    fast = multiscript_pdfs["us-letter"]

    def broken(*args: Any) -> Any:
        raise AttributeError("fpdf2 changed")

    monkeypatch.setattr(fonts, "_fresh_copy", broken)
    slow = render_letter(multiscript_letter, get_layout("us-letter"), created=created).pdf
    assert _text_and_fonts(slow) == _text_and_fonts(fast)


@pytest.mark.usefixtures("nothing_shipped")
def test_a_parsed_font_kept_on_disk_gives_the_same_pdf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, letter: Letter, created: dt.datetime
) -> None:
    """The next process reads the parsed font from the cache folder instead of parsing it: the
    page is the same, byte for byte; a damaged file there is ignored and written anew."""
    monkeypatch.setenv("LETTER_COMPOSER_CACHE", str(tmp_path))
    layout = get_layout("us-letter")

    def in_a_new_process() -> bytes:
        monkeypatch.setattr(fonts, "_templates", {})
        return render_letter(letter, layout, created=created).pdf

    parsed = in_a_new_process()
    kept = sorted((tmp_path / "fonts").glob("*.pickle"))
    assert [p.name.split("-")[:2] for p in kept] == [["NotoSerif", "Regular"]]
    assert in_a_new_process() == parsed

    def refuse(*args: Any) -> Any:
        raise AssertionError("the font was parsed although it is kept")

    with monkeypatch.context() as patched:
        patched.setattr(fonts, "_scratch_document", refuse)
        assert in_a_new_process() == parsed

    program = kept[0].with_name(kept[0].name.split(".fpdf2-")[0] + ".ttf")
    digest = fonts._digest(program.read_bytes())
    for damage in (b"", b"not a pickle", kept[0].read_bytes()[:40]):
        kept[0].write_bytes(damage)
        assert in_a_new_process() == parsed
        assert kept_fonts._load_template(import_fpdf(), kept[0], digest) is not None  # written anew

    # A damaged cut-down font is not hidden by what is kept of it: it is cut again.
    whole = program.read_bytes()
    for damage in (whole[:1000], whole[:-10], b"\0" * len(whole)):
        program.write_bytes(damage)
        assert in_a_new_process() == parsed
        assert program.read_bytes() == whole


def test_a_fonts_digest_is_kept_by_its_size_and_time_and_made_anew_when_they_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the cache keeps of a font is named by a digest of the font file; a new process
    reads the digest from the cache folder while the file's path, size and time are the same."""
    monkeypatch.setenv("LETTER_COMPOSER_CACHE", str(tmp_path / "cache"))
    font = tmp_path / "Serif.ttf"
    font.write_bytes(font_path(MAIN_FACES[0].file).read_bytes())
    monkeypatch.setattr(fonts, "font_path", lambda file: font)
    face = MAIN_FACES[0]

    def new_process() -> None:
        for memo in ("_digests", "_coverages", "_file_bytes"):
            monkeypatch.setattr(fonts, memo, {})

    new_process()
    first = fonts._font_digest(face)
    assert first == fonts._digest(font.read_bytes())
    new_process()
    with monkeypatch.context() as patched:

        def unread(*args: Any) -> bytes:
            raise AssertionError("the font was read again")

        patched.setattr(fonts, "_font_bytes", unread)
        assert fonts._font_digest(face) == first
    font.write_bytes(font.read_bytes() + b"\0")
    new_process()
    assert fonts._font_digest(face) == fonts._digest(font.read_bytes()) != first


def test_a_kept_font_file_that_calls_a_function_is_refused(tmp_path: Path) -> None:
    """The cache folder holds data: a kept-font file that would call anything (here fpdf2's own
    functions) when read is ignored, and the font parsed again."""
    import pickle

    fpdf = import_fpdf()

    class Calls:
        def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
            return (fpdf.util.escape_parens, ("x",))

    path = tmp_path / "kept.pickle"
    path.write_bytes(pickle.dumps((fpdf.__version__, "x", {"name": Calls()}, [".notdef"])))
    assert kept_fonts._load_template(fpdf, path, "x") is None


@pytest.mark.usefixtures("nothing_shipped")
def test_a_damaged_character_map_in_the_cache_is_read_again_from_the_font(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LETTER_COMPOSER_CACHE", str(tmp_path))
    face = MAIN_FACES[0]
    monkeypatch.setattr(fonts, "_coverages", {})
    whole = fonts.coverage(face)
    assert ord("é") in whole and ord("Ж") in whole
    (kept,) = (tmp_path / "fonts").glob("*.codes")
    text = kept.read_bytes()
    for damage in (text[: len(text) // 2], text[:-2], b"zz " + text, b""):
        kept.write_bytes(damage)
        monkeypatch.setattr(fonts, "_coverages", {})
        assert fonts.coverage(face) == whole
        assert kept.read_bytes() == text


@pytest.mark.usefixtures("nothing_shipped")
def test_the_cache_folder_stays_readable_by_older_versions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every version the user runs shares the cache folder: the character map an older one
    keeps (hex code points, no end mark) is left as it is, in the form it reads."""
    monkeypatch.setenv("LETTER_COMPOSER_CACHE", str(tmp_path))
    monkeypatch.setattr(fonts, "_coverages", {})
    face = MAIN_FACES[0]
    older = tmp_path / "fonts" / f"{fonts._font_digest(face)}.cmap"
    older.parent.mkdir(parents=True, exist_ok=True)
    older.write_bytes(b"41 42 43")
    assert ord("é") in fonts.coverage(face)
    assert older.read_bytes() == b"41 42 43"
    assert all(int(x, 16) for x in older.read_bytes().split())  # what an older version does
