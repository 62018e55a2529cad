"""Access to the files shipped in resources/ (cases, templates, fonts, icons, translations)."""

from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path, PurePosixPath

_PACKAGE = "composer.resources"


def resource(relative: str) -> Traversable:
    """Return the shipped resource at ``relative`` (a POSIX path below resources/).

    Absolute paths and ``..`` are refused: callers sometimes build these names from data.
    """
    parts = PurePosixPath(relative).parts
    if not parts or PurePosixPath(relative).is_absolute() or ".." in parts:
        raise ValueError(f"not a resource path: {relative!r}")
    node: Traversable = files(_PACKAGE)
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
    with as_file(resource(relative)) as path:
        return Path(path)
