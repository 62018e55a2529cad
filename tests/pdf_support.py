"""A PDF's words as a reader takes them in: one line of text, whatever the line breaks."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader

# A line broken after a hyphen ("ill-" / "treatment") reads as one word again.
_BROKEN_AFTER_HYPHEN = re.compile(r"(?<=\w-) (?=\w)")


def pdf_text(source: Path | bytes) -> str:
    """Every page's text, white space folded to single spaces, hyphen breaks joined."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    return _BROKEN_AFTER_HYPHEN.sub("", text)


def page_count(source: Path | bytes) -> int:
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    return len(PdfReader(io.BytesIO(data)).pages)
