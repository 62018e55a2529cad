"""What an export process loads: fpdf2 without Pillow, cryptography or fontTools' variable-font
library and subsetter once the font cache holds the letter's repertoire; all still importable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from composer.render.fonts import MAIN_FACES, font_path

PROBE = """
import io
import sys
from composer.__main__ import main
code = main(["export", "--sender-name", "Ann Writer", "--output", sys.argv[1]])
heavy = (
    "PIL", "cryptography", "fontTools.varLib", "fontTools.subset", "unittest.mock",
    "fpdf.image_parsing", "fpdf.font_type_3", "fontTools.svgLib.path", "http.client",
    "defusedxml.ElementTree", "uuid", "uharfbuzz", "fontTools.ttLib", "fontTools.pens.ttGlyphPen",
)
print(sorted(name for name in heavy if name in sys.modules))
import PIL.Image
from unittest.mock import patch
from fontTools import subset
from fontTools.varLib import instancer
import fpdf
# What fpdf2 defers imports on first use: an image, a colour font's check, an SVG, a page total.
pdf = fpdf.FPDF()
pdf.add_page()
pdf.set_image_filter("DCTDecode")
pdf.image(PIL.Image.new("RGB", (4, 4), "red"), w=10)
pdf.image(io.BytesIO(b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8">'
          b'<path d="M0 0 L8 8"/></svg>'), w=10)
pdf.add_font("serif", "", sys.argv[2])
pdf.set_font("serif", size=10)
pdf.cell(text="page {nb}")
drawn = b"/Image" in bytes(pdf.output()) and pdf.fonts["serif"].color_font is None
print(code, callable(subset.Subsetter), hasattr(instancer, "instantiateVariableFont"), drawn)
"""


def run_probe(tmp_path: Path, cache: Path, name: str, shipped: Path | None = None) -> list[str]:
    """Export in a new process; ``shipped``: the fonts' derived files the app ships (see
    composer.render.derive), none if None."""
    env = {**os.environ, "LETTER_COMPOSER_CACHE": str(cache), "LETTER_COMPOSER_DATA": str(tmp_path)}
    ship = "import composer.render.fonts as f\n" + (
        "f._shipped_manifest[:] = [None]\n"
        if shipped is None
        else f"from pathlib import Path\nf.derived_folder = lambda: Path({str(shipped)!r})\n"
    )
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            ship + PROBE,
            str(tmp_path / name),
            str(font_path(MAIN_FACES[0].file)),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return out.stdout.splitlines()[-2:]


def test_a_warm_export_loads_only_what_a_letter_needs(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = run_probe(tmp_path, cache, "first.pdf")
    assert first[1] == "0 True True True"  # the real modules import normally afterwards
    assert any(cache.rglob("*.ttf"))  # the letter's cut-down font, kept for the next run
    second = run_probe(tmp_path, cache, "second.pdf")
    assert second == ["[]", "0 True True True"]
    assert (tmp_path / "second.pdf").read_bytes().startswith(b"%PDF-")


def test_a_clean_machines_first_export_is_as_lean_with_the_derived_fonts_shipped(
    tmp_path: Path, derived_fonts: Path
) -> None:
    """With what the build derives from the fonts shipped, the first letter of a clean machine
    (an empty cache folder) cuts and parses no font: it loads what a warm export loads."""
    cache = tmp_path / "cache"
    first = run_probe(tmp_path, cache, "first.pdf", shipped=derived_fonts)
    assert first == ["[]", "0 True True True"]
    assert not any(cache.rglob("*.ttf")) and not any(cache.rglob("*.pickle"))
    assert (tmp_path / "first.pdf").read_bytes().startswith(b"%PDF-")


SHAPED = """
import hashlib
import sys
if sys.argv[1] == "harfbuzz first":
    import uharfbuzz  # noqa: F401 - loaded before fpdf2: no deferred stand-in
sys.path.insert(0, sys.argv[2])
from conftest import CREATED, _multiscript
from composer.render.layouts import get_layout
from composer.render.pdf import render_letter
print("uharfbuzz" in sys.modules)
pdf = render_letter(_multiscript(), get_layout("a4-din5008-b"), created=CREATED).pdf
print(hashlib.sha256(pdf).hexdigest(), "uharfbuzz" in sys.modules)
"""


def test_text_shaping_loads_harfbuzz_on_first_use_and_draws_the_same(tmp_path: Path) -> None:
    """HarfBuzz (Arabic and Hebrew shaping) is deferred: a letter that needs it loads it and
    gets the same PDF, byte for byte, as with HarfBuzz loaded before fpdf2."""
    env = {
        **os.environ,
        "LETTER_COMPOSER_CACHE": str(tmp_path),
        "LETTER_COMPOSER_DATA": str(tmp_path),
    }
    here = str(Path(__file__).parent)

    def probe(mode: str) -> list[str]:
        out = subprocess.run(
            [sys.executable, "-c", SHAPED, mode, here],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        return out.stdout.split()

    deferred, first = probe("deferred"), probe("harfbuzz first")
    assert deferred[0] == "False" and first[0] == "True"
    assert deferred[1:] == first[1:] and deferred[2] == "True"
