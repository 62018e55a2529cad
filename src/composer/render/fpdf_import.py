"""Importing fpdf2 without the modules a letter never uses.

``import fpdf`` loads Pillow (images), cryptography and unittest.mock (signatures), fontTools'
variable-font library (instances, colour fonts) and its subsetter at once: well over half of a
one-letter ``export`` process. A letter draws text and rules in static TrueType fonts, and the
subsetter is loaded only when a font program is cut (see ``fonts.install_subset_cache``). So
while fpdf2 is imported, those modules are stood in for: Pillow and cryptography look absent
(fpdf2 handles that), the others are placeholders fpdf2 keeps but never calls for a letter.
Afterwards the stand-ins are taken out of ``sys.modules``: any later import gets the real
modules. Modules already loaded (a test run that imported Pillow) are used as they are.

Some modules are deferred rather than stood in: fpdf2's images (with the HTTP client it fetches
them with), its colour fonts (fontTools' OpenType layout tables), SVG parsing, uuid, and
HarfBuzz (text shaping, for Arabic and Hebrew). The names fpdf2 takes from them are proxies
that import the real module the first time they are used, so fpdf2 works in full; a letter in
Latin, Greek or Cyrillic script never uses them, and never pays for their import.
"""

from __future__ import annotations

import importlib
import sys
import threading
import types
import warnings
from typing import Any

# Looked absent while fpdf2 is imported: fpdf2 catches the ImportError.
_ABSENT = ("PIL", "cryptography")
# Placeholders with the names fpdf2 imports from them at import time, in groups that stand in
# together or not at all. unittest.mock (with asyncio behind it) serves only signing.
_PLACEHOLDERS: tuple[dict[str, tuple[str, ...]], ...] = (
    {
        "fontTools.varLib": ("instancer", "varStore"),
        "fontTools.varLib.instancer": (),
        "fontTools.varLib.varStore": ("VarStoreInstancer",),
    },
    {"unittest.mock": ("patch",)},
)
# Deferred: the names fpdf2 imports from these, as proxies that import the real module on use.
_DEFERRED: dict[str, tuple[str, ...]] = {
    "fpdf.image_parsing": (
        "SUPPORTED_IMAGE_FILTERS",
        "get_img_info",
        "load_image",
        "preload_image",
    ),
    # get_color_font_object is only called for a document with render_color_fonts on (see
    # fonts.py: the shipped fonts have no colour glyphs); Type3Font is an annotation in output.
    "fpdf.font_type_3": ("get_color_font_object", "Type3Font"),
    "fontTools.svgLib.path": ("parse_path",),
    "defusedxml.ElementTree": ("fromstring",),  # SVG images
    "uuid": ("uuid4",),  # page-total placeholders ("{nb}"); uuid loads platform
    "uharfbuzz": ("Blob", "Face", "Buffer", "shape"),  # text shaping (Arabic, Hebrew)
    # The subsetter: fonts.install_subset_cache replaces it for a cut-down font; a shaped letter
    # (its fonts whole) has fpdf2 subset with the real one, loaded then.
    "fontTools.subset": ("Options", "Subsetter"),
    # fontTools' font reader: fpdf2 parses a font with it; a letter's process reads its fonts
    # as fpdf2 parsed them before (fonts.py), and an outline pen only draws a missing .notdef.
    "fontTools.ttLib": ("TTFont",),
    "fontTools.pens.ttGlyphPen": ("TTGlyphPen",),
}
# Classes fpdf2 subclasses when it is imported (uharfbuzz.Font, for its HarfBuzzFont): deferred
# bases (see _DeferredBase).
_DEFERRED_BASES: dict[str, tuple[str, ...]] = {"uharfbuzz": ("Font",)}


class _Unavailable:
    """What a placeholder name is: any use says plainly that a letter does not need it."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError(f"{self._name} is not loaded for letters (composer.render)")

    def __getattr__(self, attribute: str) -> Any:
        raise RuntimeError(f"{self._name}.{attribute} is not loaded for letters")


class _Deferred:
    """A name of a module not imported yet: used (called, searched), it imports the module."""

    def __init__(self, module: str, name: str) -> None:
        self._module = module
        self._name = name

    def _target(self) -> Any:
        return getattr(importlib.import_module(self._module), self._name)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._target()(*args, **kwargs)

    def __contains__(self, item: object) -> bool:
        return item in self._target()

    def __iter__(self) -> Any:
        return iter(self._target())

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._target(), attribute)

    def __repr__(self) -> str:
        return f"<{self._module}.{self._name}, imported on first use>"


class _DeferredBase:
    """A class of a module not imported yet that fpdf2 subclasses at import. Making an instance
    of such a subclass imports the module and makes an instance of the same subclass (the same
    name and methods) of the real class, so the object is what fpdf2 would have made."""

    _deferred_from: tuple[str, str] = ("", "")

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        real = _MADE.get(cls)
        if real is None:
            module, name = cls._deferred_from
            base = getattr(importlib.import_module(module), name)
            own = {k: v for k, v in vars(cls).items() if k not in ("__dict__", "__weakref__")}
            real = _MADE[cls] = type(cls.__name__, (base,), own)
        return real(*args, **kwargs)


_MADE: dict[type, type] = {}  # a subclass of a deferred base -> the same of the real class


def _deferred_base(module: str, name: str) -> type:
    return type(name, (_DeferredBase,), {"_deferred_from": (module, name)})


# The window checks the page in a worker thread while it may export on its own: one import at
# a time, or a second thread finds the stand-ins gone or fpdf half imported.
_IMPORTING = threading.Lock()


def import_fpdf() -> types.ModuleType:
    """``fpdf``, imported lean the first time (see the module's docstring); thread-safe."""
    with _IMPORTING:
        return _import_fpdf()


def _import_fpdf() -> types.ModuleType:
    loaded = sys.modules.get("fpdf")
    if loaded is not None:
        return loaded
    stood_in: list[str] = []
    for name in _ABSENT:
        if name not in sys.modules:
            sys.modules[name] = None  # type: ignore[assignment]
            stood_in.append(name)
    for group in _PLACEHOLDERS:
        if any(name in sys.modules for name in group):
            continue
        for name, attributes in group.items():
            stand_in = types.ModuleType(name, "a placeholder while fpdf2 is imported")
            for attribute in attributes:
                setattr(stand_in, attribute, _Unavailable(f"{name}.{attribute}"))
            sys.modules[name] = stand_in
            stood_in.append(name)
    for name, attributes in _DEFERRED.items():
        if name in sys.modules:
            continue
        stand_in = types.ModuleType(name, "imported on first use of one of its names")
        for attribute in attributes:
            setattr(stand_in, attribute, _Deferred(name, attribute))
        for attribute in _DEFERRED_BASES.get(name, ()):
            setattr(stand_in, attribute, _deferred_base(name, attribute))
        sys.modules[name] = stand_in
        stood_in.append(name)
    if "fontTools.varLib.instancer" in stood_in:
        placeholder: Any = sys.modules["fontTools.varLib"]
        placeholder.instancer = sys.modules["fontTools.varLib.instancer"]
    module: types.ModuleType | None = None
    try:
        with warnings.catch_warnings():
            # "Pillow could not be imported - fpdf2 will not be able to add any image": true
            # and harmless, a letter has no images.
            warnings.filterwarnings("ignore", message="Pillow could not be imported")
            module = importlib.import_module("fpdf")
    except Exception:
        module = None
    finally:
        for name in stood_in:
            sys.modules.pop(name, None)
    if module is None or not hasattr(module, "FPDF"):
        for name in [n for n in sys.modules if n == "fpdf" or n.startswith("fpdf.")]:
            del sys.modules[name]
        module = importlib.import_module("fpdf")
    return module
