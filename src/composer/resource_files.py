"""Access to the files shipped in resources/ (cases, templates, fonts, icons, translations)."""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_PACKAGE = "composer.resources"


@cache
def _root() -> Traversable:
    """The package's folder. Resources are installed as plain files in every supported layout
    (checkout, wheel, PyInstaller folder): that folder is what ``importlib.resources.files``
    gives for them, found without loading importlib's resource readers (and zipfile) on every
    start. Anything else (a zip) goes through importlib.resources."""
    package = importlib.import_module(_PACKAGE)
    if package.__file__:
        folder = Path(package.__file__).parent
        if folder.is_dir():
            return folder
    from importlib.resources import files

    return files(_PACKAGE)


def resource(relative: str) -> Traversable:
    """Return the shipped resource at ``relative`` (a POSIX path below resources/).

    Absolute paths and ``..`` are refused: callers sometimes build these names from data.
    """
    parts = PurePosixPath(relative).parts
    if not parts or PurePosixPath(relative).is_absolute() or ".." in parts:
        raise ValueError(f"not a resource path: {relative!r}")
    node = _root()
    for part in parts:
        node = node.joinpath(part)
    return node


def read_text(relative: str) -> str:
    return resource(relative).read_text(encoding="utf-8")


def read_bytes(relative: str) -> bytes:
    return resource(relative).read_bytes()


def resource_path(relative: str) -> Path:
    """A real filesystem path for the resource (fonts need one for fpdf2 and Qt).

    Resources are installed as plain files in every supported layout (checkout, wheel,
    PyInstaller folder), so the temporary copy ``as_file`` would make for a zip never lingers.
    """
    node = resource(relative)
    if isinstance(node, Path):
        return node
    from importlib.resources import as_file

    with as_file(node) as path:
        return Path(path)
