"""Several letters in one PDF (one page per recipient, in order), and their envelopes.

Each letter is laid out exactly as ``render_letter`` lays out one; the pages are then joined,
so a letter in a bundle is the same page a single export gives.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from composer.atomic import write_bytes_atomic
from composer.model.letter import Letter
from composer.render.layouts import Layout
from composer.render.pdf import LetterTooLong, RenderError, render_letter


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    page_count: int
    missing_characters: str = ""


def render_letters(
    letters: Sequence[Letter], layout: Layout, created: dt.datetime | None = None
) -> Rendered:
    """One page per letter, in order. Raises LetterTooLong if any letter needs a second page
    (nothing is made then), RenderError if one cannot be laid out."""
    if not letters:
        raise RenderError.coded("render.no-one")
    pages: list[bytes] = []
    missing: set[str] = set()
    for letter in letters:
        result = render_letter(letter, layout, created=created)
        if not result.fits_one_page:
            raise LetterTooLong(result.page_count)
        pages.append(result.pdf)
        missing.update(result.missing_characters)
    if len(pages) == 1:
        return Rendered(pages[0], 1, "".join(sorted(missing)))
    from composer.render.envelope import append_pages

    return Rendered(append_pages(pages[0], *pages[1:]), len(pages), "".join(sorted(missing)))


def export_letters(
    letters: Sequence[Letter], layout: Layout, path: Path, created: dt.datetime | None = None
) -> Rendered:
    """Render the letters and write them to ``path`` atomically (nothing written on error)."""
    rendered = render_letters(letters, layout, created)
    write_bytes_atomic(Path(path), rendered.pdf)
    return rendered


def render_envelopes(
    letters: Sequence[Letter],
    size: str,
    *,
    return_address: bool = True,
    title: str = "Envelopes",
) -> bytes:
    """One envelope page per letter, in the same order: each letter's own recipient."""
    from composer.render.envelope import draw_envelope, new_document

    if not letters:
        raise RenderError.coded("render.no-one")
    pdf = new_document(title, letters[0].language)
    for letter in letters:
        return_lines = None
        if return_address and letter.sender_address:
            return_lines = list(letter.return_lines)
        draw_envelope(pdf, list(letter.recipient), return_lines, size)
    return bytes(pdf.output())
