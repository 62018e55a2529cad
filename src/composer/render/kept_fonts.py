"""fpdf2's parse of a cut-down font, kept on disk between processes, and the stand-ins that let
fpdf2 embed a cut-down font program whole.

A letter's process reads the parsed font back (data, and instances of fpdf2's classes only:
never a function call) instead of parsing the program again, and draws in a ``_CutProgram``
instead of a fontTools font: fpdf2's output only asks it for glyph ids and its bytes, so
neither fontTools' font reader nor its subsetter is loaded (composer.render.fonts decides what
is cut and where it is kept).
"""

from __future__ import annotations

import contextlib
import io
import pickle
import types
from collections import defaultdict
from pathlib import Path
from typing import Any

from composer.atomic import write_bytes_atomic
from composer.render.fpdf_import import import_fpdf

# What a parsed font is made of, besides built-in types: fpdf2's own classes (its font
# descriptor, enums, PDF names). Anything else in a template file is refused.
_TEMPLATE_MODULES = ("fpdf.",)
_TEMPLATE_BUILTINS = frozenset(
    {
        ("builtins", "set"),
        ("builtins", "frozenset"),
        ("pathlib", "PosixPath"),
        ("pathlib", "WindowsPath"),
    }
)


class _TemplateUnpickler(pickle.Unpickler):
    """Reads a kept font: data, and instances of fpdf2's classes, never a function call."""

    def find_class(self, module: str, name: str) -> Any:
        if module.startswith(_TEMPLATE_MODULES) or (module, name) in _TEMPLATE_BUILTINS:
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a parsed font")


def _font_slots(fpdf: Any) -> list[str]:
    cls = fpdf.fonts.TTFFont
    return [slot for klass in cls.__mro__ for slot in getattr(klass, "__slots__", ())]


def _save_template(fpdf: Any, font: Any, order: list[str], program: str, path: Path) -> None:
    """Keep ``font`` (a TTFFont just parsed from the program whose digest is ``program``) and
    its glyph order in ``path``: its state, without the font program (each document has its
    own copy) nor the per-document subset; atomically, or not at all."""
    state = {slot: getattr(font, slot) for slot in _font_slots(fpdf) if hasattr(font, slot)}
    if state.get("color_font") is not None or state.get("_hbfont") is not None:
        return  # not a plain font parsed for a letter: nothing to keep
    state["ttfont"] = state["subset"] = None
    cw = state.pop("cw")
    default = cw.default_factory() if cw.default_factory is not None else None
    state["cw"] = (dict(cw), default)
    with contextlib.suppress(OSError, pickle.PicklingError, TypeError, AttributeError):
        kept = (fpdf.__version__, program, state, order)
        write_bytes_atomic(path, pickle.dumps(kept, protocol=5))


def _load_template(
    fpdf: Any, path: Path, program: str, program_path: Path | None = None
) -> tuple[Any, dict[str, int]] | None:
    """The font and glyph ids kept in ``path`` by ``_save_template`` for the program whose
    digest is ``program``, or None if there are none or they cannot be read (a damaged,
    foreign or outdated file is ignored; the font is parsed again and kept anew)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return _template_from(fpdf, data, program, program_path)


def _template_from(
    fpdf: Any, data: bytes, program: str, program_path: Path | None = None
) -> tuple[Any, dict[str, int]] | None:
    """``_load_template`` of a kept file's bytes; the font's file is ``program_path``, where
    the program is now (the kept one names where it was parsed)."""
    try:
        version, parsed_from, state, order = _TemplateUnpickler(io.BytesIO(data)).load()
        if version != fpdf.__version__ or parsed_from != program:
            return None
        if set(state) - set(_font_slots(fpdf)):
            return None
        ids = {name: i for i, name in enumerate(order) if isinstance(name, str)}
        widths, default = state.pop("cw")
        font = fpdf.fonts.TTFFont.__new__(fpdf.fonts.TTFFont)
        for slot, value in state.items():
            setattr(font, slot, value)
        font.cw = defaultdict(lambda: default, widths)
        font.subset = fpdf.fonts.SubsetMap(font)
        if program_path is not None:
            font.ttffile = program_path
    except Exception:  # any damage: parse the font again
        return None
    return font, ids


class _CutProgram:
    """What a document drawn in a cut-down program keeps as its font program, standing for the
    fontTools TTFont fpdf2 keeps: fpdf2's output only asks it, through the caching subsetter,
    for glyph ids and its bytes, which are embedded whole. So a letter's process need not load
    fontTools' font reader at all."""

    def __init__(self, path: Path, data: bytes, ids: dict[str, int]) -> None:
        self.path = path
        self._data = data
        self._ids = ids

    def getGlyphID(self, name: str) -> int:  # fontTools' name
        return self._ids[name]

    def save(self, stream: io.BufferedIOBase, *_args: Any, **_kwargs: Any) -> None:
        stream.write(self._data)

    def close(self) -> None:
        """Nothing is open: the program is in memory."""


class _Options:
    """fontTools' subset options as fpdf2 sets them (keywords, then ``drop_tables +=``), made
    real only if a subset has to be cut: a letter whose subset is cached never loads the
    subsetter (nor the variable-font library it imports)."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self.drop_tables: list[str] = []

    def real(self) -> Any:
        from fontTools import subset

        options = subset.Options(**self._options)
        options.drop_tables += [t for t in self.drop_tables if t not in options.drop_tables]
        return options


class _CachingSubsetter:
    """fontTools' Subsetter as fpdf2's output uses it (populate by glyph names, then subset the
    document's font in place). A document drawn in a reduced program embeds that program as it
    is, without loading the subsetter; any other font is subset as fpdf2 would."""

    def __init__(self, options: _Options) -> None:
        self._options = options
        self._glyphs: frozenset[str] = frozenset()
        self._others: dict[str, Any] = {}

    def populate(self, glyphs: Any = (), **others: Any) -> None:
        self._glyphs = frozenset(glyphs)
        self._others = others

    def _real_subset(self, font: Any) -> None:
        from fontTools import subset

        real = subset.Subsetter(self._options.real())
        real.populate(glyphs=self._glyphs, **self._others)
        real.subset(font)

    def subset(self, font: Any) -> None:
        if isinstance(font, _CutProgram):
            # A reduced program is small already (the letter's repertoire, ~35 KB): it is
            # embedded whole, so every letter of that repertoire embeds the same bytes, cut
            # once, ever. Only getGlyphID and save are asked of it next (fpdf2 2.8, output.py).
            return
        self._real_subset(font)


def install_subset_cache() -> None:
    """Let fpdf2's output use the caching subsetter (only there: fontTools stays as it is)."""
    output = import_fpdf().output
    current: Any = getattr(output, "ftsubset", None)
    if getattr(current, "Subsetter", None) is _CachingSubsetter:
        return
    shim: Any = types.ModuleType("fontTools.subset (cached for fpdf2)")
    shim.Options = _Options
    shim.Subsetter = _CachingSubsetter
    setattr(output, "ftsubset", shim)  # noqa: B010 - fpdf2 does not export the name
