"""The fonts shipped in resources/fonts, and registering them on an fpdf2 document.

Noto Serif (Latin, Greek, Cyrillic) is the letter's family; Noto Naskh Arabic and Noto Serif
Hebrew are its fallbacks, registered only when the letter needs them. All are under the SIL Open
Font Licence (resources/fonts/OFL.txt) and are embedded as subsets.

Parsing a font file takes fpdf2 tens of milliseconds; a process that renders many letters parses
each file once and gives every new document a fresh copy of the parsed font (its own subset).
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import io
import logging
import threading
import unicodedata
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer import paths
from composer.atomic import write_bytes_atomic
from composer.render.fpdf_import import import_fpdf
from composer.render.kept_fonts import (
    _CutProgram,
    _load_template,
    _save_template,
    _template_from,
    install_subset_cache,
)
from composer.resource_files import resource_path

if TYPE_CHECKING:
    from composer.model.letter import Letter

# fpdf2 logs each glyph a font lacks; the app says it once, in its own words (the CLI's one
# line, the window's question before export or print), so its log line would only repeat it.
logging.getLogger("fpdf.output").addHandler(logging.NullHandler())
logging.getLogger("fpdf.output").propagate = False

FAMILY = "notoserif"


@dataclass(frozen=True)
class FontFace:
    family: str  # fpdf2 family key (lower case)
    style: str  # "", "B", "I", "BI"
    file: str  # below resources/fonts/


MAIN_FACES = (
    FontFace(FAMILY, "", "NotoSerif-Regular.ttf"),
    FontFace(FAMILY, "B", "NotoSerif-Bold.ttf"),
    FontFace(FAMILY, "I", "NotoSerif-Italic.ttf"),
    FontFace(FAMILY, "BI", "NotoSerif-BoldItalic.ttf"),
)
FALLBACK_FACES = (
    FontFace("notonaskharabic", "", "NotoNaskhArabic-Regular.ttf"),
    FontFace("notonaskharabic", "B", "NotoNaskhArabic-Bold.ttf"),
    FontFace("notoserifhebrew", "", "NotoSerifHebrew-Regular.ttf"),
    FontFace("notoserifhebrew", "B", "NotoSerifHebrew-Bold.ttf"),
)
LICENCE_FILE = "OFL.txt"


def font_path(file: str) -> Path:
    return resource_path(f"fonts/{file}")


def licence_path() -> Path:
    return font_path(LICENCE_FILE)


# --------------------------------------------------------------------------- text properties

_RTL_CLASSES = frozenset({"R", "AL", "AN"})


def is_rtl(text: str) -> bool:
    """Whether the text's first strong character is right-to-left (Arabic, Hebrew, ...)."""
    for char in text:
        bidi = unicodedata.bidirectional(char)
        if bidi in ("R", "AL"):
            return True
        if bidi == "L":
            return False
    return False


def needs_shaping(text: str) -> bool:
    """Whether the text needs HarfBuzz: right-to-left runs, joining scripts, combining marks.

    Plain Latin, Greek and Cyrillic text lays out correctly without it, and much faster.
    """
    for char in text:
        if ord(char) < 0x300:
            continue
        if unicodedata.bidirectional(char) in _RTL_CLASSES:
            return True
        if unicodedata.category(char) in ("Mn", "Mc", "Me"):
            return True
    return False


# --------------------------------------------------------------------------- registering

_lock = threading.Lock()
_parsed: dict[tuple[str, str], Any] = {}  # (file, fontkey) -> a parsed fpdf2 TTFFont
_file_bytes: dict[str, bytes] = {}  # font file -> its bytes
_digests: dict[str, str] = {}  # font file -> the digest of its bytes
_coverages: dict[str, frozenset[int]] = {}  # font file -> the code points it has glyphs for


# Tables that make a font a colour font for fpdf2 (font_type_3.get_color_font_object).
COLOUR_TABLES = ("CBDT", "EBDT", "COLR", "SVG ", "sbix")


def _scratch_document(FPDF: Any) -> Any:  # noqa: N803 - fpdf2's class
    """A document to parse a font with. The shipped fonts have no colour glyphs (a test checks
    COLOUR_TABLES): fpdf2 need not load its colour-font code (fpdf_import defers it) to learn so."""
    scratch = FPDF(unit="pt")
    scratch.render_color_fonts = False
    return scratch


def _parsed_font(face: FontFace) -> Any:
    """The font parsed once per process (a TTFFont whose subset is never used)."""
    FPDF = import_fpdf().FPDF  # noqa: N806 - heavy: loaded only when a letter is rendered

    key = (face.file, face.family + face.style)
    with _lock:
        font: Any = _parsed.get(key)
        if font is None:
            scratch = _scratch_document(FPDF)
            scratch.add_font(face.family, face.style, str(font_path(face.file)))
            font = scratch.fonts[face.family + face.style]
            # Everything fpdf2 needs from the file is now in memory; documents get their own
            # copy of the font program (see _fresh_copy), so the file need not stay open.
            font.ttfont.close()
            _file_bytes[face.file] = font_path(face.file).read_bytes()
            _parsed[key] = font
        return font


_UNEMBEDDED_TABLES = ("GDEF", "GSUB", "GPOS", "DSIG")

# What most letters in a language draw: with these always in, two letters of the same language
# nearly always need the same glyphs, and the font program cut down to them is made once.
_BASE_REPERTOIRE = frozenset(
    [*range(0x20, 0x7F), *range(0xA0, 0x100), 0x152, 0x153, 0x178, *map(ord, "‘’‚“”„«»–—…№€\u202f")]
)
_CYRILLIC = frozenset([0x401, 0x451, *range(0x410, 0x450)])
# fontTools' subset options for a cut-down font.
_SUBSET_OPTIONS: dict[str, Any] = {
    "notdef_outline": True,
    "recommended_glyphs": True,
    "glyph_names": True,
    "layout_features": [],
}
_MEMORY_LIMIT = 64
# reduced program file -> its parsed fpdf2 font, glyph ids by name, and the program's digest
_templates: dict[Path, tuple[Any, dict[str, int], str]] = {}


def _cache_folder() -> Path | None:
    """Where cut-down font programs are kept between runs; None if it cannot be written."""
    folder = paths.user_cache_dir() / "fonts"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


# ----------------------------------------------------------------- derived files shipped

# What the build or the install made of the shipped fonts (composer.render.derive): the same
# files the cache folder would hold (character maps, cut-down fonts, parsed fonts), made once,
# read-only beside the fonts. MANIFEST names the fontTools and fpdf2 versions and the recipe
# they were made with, and each file's SHA-256; a file whose bytes do not match, or a folder
# made with other versions or another recipe, is ignored: the cache folder (or a fresh cut)
# serves instead. A changed font has another digest, so the names its files would have differ.
DERIVED_FOLDER = "derived"
MANIFEST = "MANIFEST"
_MANIFEST_HEAD = "letter-composer derived fonts"
# What the cut-down fonts and parsed fonts are made with, besides the font and the versions:
# a change to any of it makes earlier shipped files foreign (see derivation_key).
_RECIPE_VERSION = 1


class _Shipped:
    """The derived folder's manifest, read once per process."""

    def __init__(self, folder: Path, key: str, fpdf2: str, files: dict[str, str]) -> None:
        self.folder = folder
        self.key = key
        self.fpdf2 = fpdf2
        self.files = files


_shipped_manifest: list[_Shipped | None] = []  # [] until read


def derivation_key() -> str:
    """fontTools' version and the recipe: what the shipped cut-down fonts and character maps
    depend on besides the font files (fpdf2's version is checked for the parsed fonts)."""
    import fontTools  # loaded by fpdf2 anyway, and light

    recipe = repr(
        (_RECIPE_VERSION, _SUBSET_OPTIONS, _UNEMBEDDED_TABLES, sorted(_BASE_REPERTOIRE))
    ).encode()
    return f"fonttools {fontTools.version} recipe {_digest(recipe)}"


def derived_folder() -> Path:
    """Where the build puts what it derives from the shipped fonts."""
    return font_path(DERIVED_FOLDER)


def _read_manifest() -> _Shipped | None:
    folder = derived_folder()
    try:
        lines = (folder / MANIFEST).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    if len(lines) < 4 or lines[0] != _MANIFEST_HEAD or lines[-1] != ".":
        return None  # not a manifest, or cut short
    key, fpdf2 = lines[1], lines[2].removeprefix("fpdf2 ")
    if key != derivation_key():
        return None  # made with another fontTools or recipe: none of it is read
    files: dict[str, str] = {}
    for line in lines[3:-1]:
        digest, _, name = line.partition(" ")
        if len(digest) != 64 or not name or "/" in name or "\\" in name:
            return None
        files[name] = digest
    return _Shipped(folder, key, fpdf2, files)


def _shipped() -> _Shipped | None:
    with _lock:
        if not _shipped_manifest:
            _shipped_manifest.append(_read_manifest())
        return _shipped_manifest[0]


def _shipped_file(name: str) -> tuple[Path, bytes] | None:
    """A derived file shipped with the app, as its path and bytes, if the manifest lists it
    and its bytes are the ones listed; None otherwise (not made, foreign or damaged)."""
    shipped = _shipped()
    if shipped is None or name not in shipped.files:
        return None
    path = shipped.folder / name
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != shipped.files[name]:
        return None
    return path, data


def _digest(*parts: bytes) -> str:
    return hashlib.sha1(b"\0".join(parts), usedforsecurity=False).hexdigest()[:16]


def _font_bytes(face: FontFace) -> bytes:
    with _lock:
        data = _file_bytes.get(face.file)
        if data is None:
            data = _file_bytes[face.file] = font_path(face.file).read_bytes()
    return data


def _font_digest(face: FontFace) -> str:
    """A digest of the font file's content, which names what the cache folder keeps of it.

    Reading and hashing the shipped fonts would cost a warm letter more than the rest of its
    font setup, so the digest is kept too, by the file's path, size and modification time; the
    file is read and hashed again when any of them changes."""
    with _lock:
        known = _digests.get(face.file)
    if known is not None:
        return known
    path = font_path(face.file)
    folder = _cache_folder()
    record: Path | None = None
    stamp = ""
    try:
        stat = path.stat()
        stamp = f"{path}\n{stat.st_size}\n{stat.st_mtime_ns}\n"
    except OSError:
        folder = None
    if folder is not None:
        record = folder / f"{path.stem}-{_digest(str(path).encode())}.digest"
        with contextlib.suppress(OSError, UnicodeDecodeError):
            kept = record.read_text(encoding="utf-8")
            if kept.startswith(stamp) and len(kept) == len(stamp) + 16:
                known = kept[len(stamp) :]
    if known is None:
        known = _digest(_font_bytes(face))
        if record is not None:
            with contextlib.suppress(OSError):  # a cache that cannot be written is only slower
                write_bytes_atomic(record, (stamp + known).encode())
    with _lock:
        _digests[face.file] = known
    return known


def _cached(path: Path | None, make: Any) -> bytes:
    """The bytes in ``path`` if a run before made them, else ``make()`` (kept in ``path``)."""
    if path is not None:
        try:
            return path.read_bytes()
        except OSError:
            pass
    data: bytes = make()
    if path is not None:
        with contextlib.suppress(OSError):  # a cache that cannot be written is only slower
            write_bytes_atomic(path, data)
    return data


def coverage(face: FontFace) -> frozenset[int]:
    """The code points ``face`` has glyphs for (read once, then kept in the cache folder)."""
    with _lock:
        known = _coverages.get(face.file)
    if known is not None:
        return known
    folder = _cache_folder()
    # ".codes", not the ".cmap" of versions before the end mark: the cache folder is shared by
    # every version the user runs, and an older one could not read the mark.
    path = folder / f"{_font_digest(face)}.codes" if folder else None

    def make() -> bytes:
        from fontTools import ttLib

        font = ttLib.TTFont(io.BytesIO(_font_bytes(face)), lazy=True)
        return " ".join([*(f"{c:x}" for c in sorted(font.getBestCmap())), "."]).encode()

    def parse(data: bytes) -> frozenset[int] | None:
        """The code points, or None if the file was cut short or is not such a list."""
        codes = data.split()
        if not codes or codes[-1] != b".":
            return None
        try:
            return frozenset(int(x, 16) for x in codes[:-1])
        except ValueError:
            return None

    known = None
    shipped = _shipped_file(f"{_font_digest(face)}.codes")
    if shipped is not None:
        known = parse(shipped[1])
    if known is None and path is not None:
        with contextlib.suppress(OSError):
            known = parse(path.read_bytes())
    if known is None:  # not made yet, or damaged: made (again)
        data = make()
        known = frozenset(int(x, 16) for x in data.split()[:-1])
        if path is not None:
            with contextlib.suppress(OSError):  # a cache that cannot be written is only slower
                write_bytes_atomic(path, data)
    with _lock:
        _coverages[face.file] = known
    return known


def _repertoire(face: FontFace, text: str) -> frozenset[int]:
    """The characters a cut-down font for ``text`` has: the text's and the language's usual
    ones (see _BASE_REPERTOIRE), all of Russian's if it has any Cyrillic, as far as the font
    has them."""
    chars = ({ord(c) for c in text} | _BASE_REPERTOIRE) & coverage(face)
    if chars & _CYRILLIC:
        chars |= _CYRILLIC & coverage(face)
    return frozenset(chars)


def _program_name(face: FontFace, chars: frozenset[int]) -> str:
    """The cut-down font's file name: which font (by its digest) and which characters."""
    repertoire = " ".join(f"{c:x}" for c in sorted(chars)).encode()
    return f"{Path(face.file).stem}-{_digest(_font_digest(face).encode(), repertoire)}.ttf"


def _parsed_name(program: Path, fpdf_version: str) -> str:
    """The name of the file that keeps the cut-down font ``program`` as fpdf2 parsed it."""
    return f"{program.stem}.fpdf2-{fpdf_version}.pickle"


def _shipped_cut(face: FontFace, text: str) -> tuple[Path, bytes, Any, dict[str, int]] | None:
    """The cut-down font for ``text`` and fpdf2's parse of it, if the app ships them intact
    (see _shipped_file): the program's path and bytes, the parsed font and its glyph ids."""
    shipped = _shipped()
    if shipped is None:
        return None
    fpdf = import_fpdf()
    if shipped.fpdf2 != fpdf.__version__:
        return None
    found = _shipped_file(_program_name(face, _repertoire(face, text)))
    if found is None:
        return None
    program, data = found
    digest = _digest(data)
    with _lock:
        kept = _templates.get(program)
    if kept is None or kept[2] != digest:
        parsed = _shipped_file(_parsed_name(program, fpdf.__version__))
        loaded = _template_from(fpdf, parsed[1], digest, program) if parsed else None
        if loaded is None:
            return None
        with _lock:
            if len(_templates) >= _MEMORY_LIMIT:
                _templates.pop(next(iter(_templates)))
            kept = _templates[program] = (*loaded, digest)
    return program, data, kept[0], kept[1]


def _reduced_program(face: FontFace, text: str) -> Path | bytes:
    """The font program cut down to the glyphs a letter can draw, glyph names kept (fpdf2
    subsets each document's copy again by name): parsing ~150 glyphs per letter instead of the
    family's ~3,000 is what makes a render fast. Kept as a file in the cache folder (its name
    says which font and which characters), or returned as bytes if there is no cache folder."""
    chars = _repertoire(face, text)
    folder = _cache_folder()
    name = _program_name(face, chars)
    path = folder / name if folder else None

    def make() -> bytes:
        from fontTools import subset, ttLib

        font = ttLib.TTFont(io.BytesIO(_font_bytes(face)), recalcTimestamp=False, lazy=True)
        for tag in _UNEMBEDDED_TABLES:  # never decompiled: this program is never shaped
            if tag in font:
                del font[tag]
        options = subset.Options(**_SUBSET_OPTIONS)
        options.drop_tables += list(_UNEMBEDDED_TABLES)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=chars)
        subsetter.subset(font)
        out = io.BytesIO()
        font.save(out)
        return out.getvalue()

    data = _cached(path, make)
    if path is not None and path.is_file():
        return path
    return data


def _reduced_template(face: FontFace, program: Path, data: bytes) -> tuple[Any, dict[str, int]]:
    """The reduced program (``data``, read from ``program``) as fpdf2 parses it, with its glyph
    ids by name, once per process, and kept beside the program in the cache folder: the next
    process reads what fpdf2 found (widths, glyph ids, metrics) without parsing the font, nor
    loading fontTools' font reader. What is kept names the digest of the program it was parsed
    from: a program changed or damaged since is parsed again (and fails if it is damaged)."""
    fpdf = import_fpdf()
    digest = _digest(data)

    with _lock:
        kept = _templates.get(program)
        if kept is None or kept[2] != digest:
            parsed = program.with_name(_parsed_name(program, fpdf.__version__))
            loaded = _load_template(fpdf, parsed, digest, program)
            if loaded is None:
                _check_intact(data)
                scratch = _scratch_document(fpdf.FPDF)
                scratch.add_font(face.family, face.style, str(program))
                font = scratch.fonts[face.family + face.style]
                order = font.ttfont.getGlyphOrder()
                font.ttfont.close()
                _save_template(fpdf, font, order, digest, parsed)
                loaded = (font, {name: i for i, name in enumerate(order)})
            if len(_templates) >= _MEMORY_LIMIT:
                _templates.pop(next(iter(_templates)))
            kept = _templates[program] = (*loaded, digest)
        return kept[0], kept[1]


def _check_intact(data: bytes) -> None:
    """Raise if a font program is damaged (cut short, overwritten): every table's checksum,
    without decompiling any. fpdf2 would fail on such a file, but only after opening it."""
    from fontTools import ttLib

    with ttLib.TTFont(io.BytesIO(data), lazy=True, checkChecksums=2) as font:
        for tag in list(font.reader.tables):
            font.reader[tag]


def _fresh_copy(template: Any, index: int, program: bytes | _CutProgram) -> Any:
    """A per-document font sharing the parsed tables, with its own subset and font program."""
    from fpdf.fonts import SubsetMap

    font = copy.copy(template)
    font.i = index
    if isinstance(program, _CutProgram):
        font.ttfont = program
    else:
        from fontTools import ttLib

        # From memory: no file handle to leak, no disk read. fpdf2 subsets this copy in place.
        font.ttfont = ttLib.TTFont(
            io.BytesIO(program), recalcTimestamp=False, recalcBBoxes=False, lazy=True
        )
        # fpdf2 drops the OpenType layout tables from the embedded subset anyway (HarfBuzz
        # shapes from the file, not from this copy); without them fontTools need not decompile
        # them first.
        for tag in _UNEMBEDDED_TABLES:
            if tag in font.ttfont:
                del font.ttfont[tag]
    font.desc = copy.copy(template.desc)
    font.missing_glyphs = []
    font.biggest_size_pt = 0
    font.subset = SubsetMap(font)
    return font


def register(pdf: Any, face: FontFace, text: str | None = None) -> None:
    """Make ``face`` available on ``pdf`` (an fpdf2 FPDF); ``text``: all the document will
    draw in it, when known and drawn without HarfBuzz (which needs the whole font's glyph ids)."""
    fontkey = face.family + face.style
    if fontkey in pdf.fonts:
        return
    try:
        cuttable = text is not None and not needs_shaping(text)
        shipped = _shipped_cut(face, text) if cuttable and text is not None else None
        program = (
            _reduced_program(face, text)
            if cuttable and text is not None and shipped is None
            else None
        )
        if shipped is not None:
            install_subset_cache()
            path, data, template, ids = shipped
            font = _fresh_copy(template, len(pdf.fonts) + 1, _CutProgram(path, data, ids))
        elif isinstance(program, Path):
            install_subset_cache()
            try:
                data = program.read_bytes()
                template, ids = _reduced_template(face, program, data)
            except Exception:  # a damaged cut-down font in the cache folder: cut it again
                with contextlib.suppress(OSError):
                    program.unlink()
                remade = _reduced_program(face, text or "")
                if not isinstance(remade, Path):
                    raise
                program, data = remade, remade.read_bytes()
                template, ids = _reduced_template(face, program, data)
            cut = _CutProgram(program, data, ids)
            font = _fresh_copy(template, len(pdf.fonts) + 1, cut)
        else:
            template = _parsed_font(face)
            font = _fresh_copy(template, len(pdf.fonts) + 1, program or _font_bytes(face))
        pdf.fonts[fontkey] = font
    except (AttributeError, TypeError, ImportError):
        # fpdf2's internals changed: take the slow, public way.
        pdf.add_font(face.family, face.style, str(font_path(face.file)))


def uncovered_characters(text: str) -> str:
    """The characters of ``text`` that no shipped font can draw, each once, in the order they
    come: fpdf2 leaves them out of the page (a gap, not a box)."""
    # The fonts' character maps, kept in the cache folder: a check before each export need not
    # parse three whole fonts. The fallbacks' are read only for a character the main font lacks.
    covered = coverage(MAIN_FACES[0])
    fallbacks: list[frozenset[int]] | None = None
    found: dict[str, None] = {}
    for char in text:
        code = ord(char)
        if code in covered or char in found or char.isspace():
            continue
        if unicodedata.category(char)[0] == "C":
            continue  # controls and format characters draw nothing anyway
        if fallbacks is None:
            fallbacks = [coverage(f) for f in FALLBACK_FACES if f.style == ""]
        if not any(code in cmap for cmap in fallbacks):
            found[char] = None
    return "".join(found)


def unprintable_characters(letter: Letter) -> str:
    """The characters of a letter's text that no shipped font can draw (see above)."""
    parts: list[str] = []
    for item in fields(letter):
        value = getattr(letter, item.name)
        if item.name in ("language",):
            continue
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, tuple):
            parts.extend(v for v in value if isinstance(v, str))
    return uncovered_characters("\n".join(parts))


def setup_fonts(pdf: Any, text: str, styles: tuple[str, ...] = ("", "B")) -> str:
    """Register the main family's ``styles`` and the fallbacks ``text`` needs; returns the
    characters of ``text`` that no shipped font has (fpdf2 leaves them out of the page).

    Text shaping is not switched on here: the renderer turns it on for the runs that need it.
    """
    for face in MAIN_FACES:
        if face.style in styles:
            register(pdf, face, text)
    covered = coverage(MAIN_FACES[0])
    missing = {
        ord(c)
        for c in text
        if ord(c) not in covered and not c.isspace() and unicodedata.category(c)[0] != "C"
    }
    if not missing:
        return ""
    fallbacks: list[str] = []
    for face in FALLBACK_FACES:
        if face.style not in styles:
            continue
        if missing & _parsed_font(face).cmap.keys():
            register(pdf, face)
            if face.family not in fallbacks:
                fallbacks.append(face.family)
    if fallbacks:
        pdf.set_fallback_fonts(fallbacks, exact_match=False)
    uncovered = missing.difference(
        *(_parsed_font(f).cmap.keys() for f in FALLBACK_FACES if f.style == "")
    )
    return "".join(sorted(chr(c) for c in uncovered))
