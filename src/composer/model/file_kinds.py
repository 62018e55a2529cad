"""What a file is, by its name: a case, a case pack or an Urgent Action to import.

The one home of the suffixes that the entry point, the window's drops and file dialogs, the
command line and the pack reader all use.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path


class FileKind(Enum):
    """A file the app opens. Each value's first suffix is the one it writes."""

    CASE = (".toml", ".lccase")
    PACK = (".lcpack",)
    UA = (".txt", ".pdf", ".docx", ".eml", ".html", ".htm", ".xhtml", ".text", ".md")

    @property
    def suffixes(self) -> tuple[str, ...]:
        suffixes: tuple[str, ...] = self.value
        return suffixes

    @property
    def suffix(self) -> str:
        """The suffix a file of this kind is written with."""
        return self.suffixes[0]

    @property
    def patterns(self) -> str:
        """The suffixes as a file dialog's name filter wants them: ``*.lcpack``."""
        return " ".join(f"*{suffix}" for suffix in self.suffixes)

    def with_suffix(self, path: Path) -> Path:
        """``path``, with this kind's suffix added unless it already ends in one of them."""
        return (
            path
            if path.suffix.lower() in self.suffixes
            else path.with_name(path.name + self.suffix)
        )


def file_kind(path: Path | str) -> FileKind | None:
    """The kind of the file named ``path`` (by its suffix, any case), or None."""
    suffix = Path(path).suffix.lower()
    for kind in FileKind:
        if suffix in kind.suffixes:
            return kind
    return None
