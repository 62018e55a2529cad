"""Envelopes: the recipient's address where the post reads it, as a one-page PDF (fpdf2).

Sizes are landscape pages: #10 (9.5 x 4.125 in), DL (220 x 110 mm) and C5 (229 x 162 mm).
The recipient block sits right of centre in the lower half, clear of the bottom 5/8 in that
sorting machines print their barcode in, with the country alone in capitals on its last line
(Canada Post, UPU). The writer's return address, if they give one, goes top left in small
type, and "AIR MAIL / PAR AVION" under it. The top right is left free for the stamp.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from composer.model.paper import (
    ENVELOPE_SIZES,
    LETTER,
    PAPER_SIZES_PT,
    PT_PER_IN,
    EnvelopeSize,
    paper_name_for_size,
)
from composer.render.fonts import FAMILY
from composer.render.fpdf_import import import_fpdf

if TYPE_CHECKING:
    from fpdf import FPDF

AIRMAIL_LABEL = "AIR MAIL / PAR AVION"

# Geometry, in points.
EDGE = 0.375 * PT_PER_IN  # return address and air-mail label from the top and left edges
RIGHT_CLEAR = 0.5 * PT_PER_IN  # keep the address this far from the right edge
BARCODE_CLEAR = 0.625 * PT_PER_IN  # keep the bottom 5/8 in free for the post's barcode
ADDRESS_FONT = 12.0
ADDRESS_MIN_FONT = 8.5
RETURN_FONT = 8.5
LABEL_FONT = 9.0
LEADING = 1.3  # line height as a multiple of the font size


def get_envelope_size(size: str | EnvelopeSize) -> EnvelopeSize:
    if isinstance(size, EnvelopeSize):
        return size
    key = size.strip().lower().lstrip("#")
    if key in ENVELOPE_SIZES:
        return ENVELOPE_SIZES[key]
    choices = ", ".join(ENVELOPE_SIZES)
    raise ValueError(f"unknown envelope size '{size}' (choose one of: {choices})")


def default_envelope_for_paper(width_pt: float) -> EnvelopeSize:
    """#10 for Letter paper (North America), DL for A4 (a letter folded in three fits both)."""
    # Only the width is known here: a Letter-wide page is Letter paper.
    is_letter = paper_name_for_size(width_pt, PAPER_SIZES_PT[LETTER][1]) == LETTER
    return ENVELOPE_SIZES["10"] if is_letter else ENVELOPE_SIZES["dl"]


@dataclass(frozen=True)
class EnvelopeLayout:
    """Where the blocks go on the page (points from the top-left corner)."""

    address_x: float
    address_y: float
    address_font: float
    return_y: float  # top of the return address block
    label_y: float  # top of the air-mail label


def _clean(lines: Sequence[str] | None) -> list[str]:
    """Lines as the post wants them: stripped, no blank lines inside the block. Spaces inside
    a line are kept (Canada Post puts two between the province and the postal code)."""
    return [line.strip() for line in (lines or ()) if line and line.strip()]


def _register_fonts(pdf: FPDF, text: str) -> None:
    """The letter's own fonts (composer.render.fonts), with the fallbacks ``text`` needs."""
    from composer.render.fonts import setup_fonts

    setup_fonts(pdf, text, styles=("", "B"))


def _cell(pdf: FPDF, text: str, height: float) -> None:
    """One line; HarfBuzz shaping only where the script needs it (as the letter does)."""
    from composer.render.fonts import needs_shaping

    shaping = needs_shaping(text)
    if shaping != bool(pdf.text_shaping):
        pdf.set_text_shaping(shaping)
    # fpdf2 2.8 forgets to select the main font again after a line drawn in a fallback font
    # (Hebrew, Arabic): the next Latin line came out in the wrong font's glyphs. Say it anew.
    pdf.current_font_is_set_on_page = False
    pdf.cell(text=text, h=height)


def _layout(
    pdf: FPDF, size: EnvelopeSize, recipient: list[str], return_lines: list[str]
) -> EnvelopeLayout:
    w, h = size.width_pt, size.height_pt
    # Address: starts left of the middle enough that its body lies right of centre.
    x = w * 0.45
    available_w = w - x - RIGHT_CLEAR
    font = ADDRESS_FONT
    while font > ADDRESS_MIN_FONT:
        pdf.set_font(FAMILY, "", font)
        if max((pdf.get_string_width(line) for line in recipient), default=0) <= available_w:
            break
        font -= 0.5
    pdf.set_font(FAMILY, "", font)
    widest = max((pdf.get_string_width(line) for line in recipient), default=0)
    if widest > available_w:  # still too wide at the smallest size: move left, never off the page
        x = max(EDGE, w - RIGHT_CLEAR - widest)
    block_h = len(recipient) * font * LEADING
    y = h * 0.5
    bottom = h - BARCODE_CLEAR
    if y + block_h > bottom:
        y = max(h * 0.3, bottom - block_h)
    return_y = EDGE
    label_y = EDGE + len(return_lines) * RETURN_FONT * LEADING
    if return_lines:
        label_y += RETURN_FONT * 0.8
    return EnvelopeLayout(
        address_x=x, address_y=y, address_font=font, return_y=return_y, label_y=label_y
    )


def draw_envelope(
    pdf: FPDF,
    recipient_lines: Sequence[str],
    return_lines: Sequence[str] | None,
    size: str | EnvelopeSize = "10",
) -> None:
    """Add one envelope page to ``pdf`` (an envelope after a letter in one document works too)."""
    env = get_envelope_size(size)
    recipient = _clean(recipient_lines)
    if not recipient:
        raise ValueError("the envelope needs the recipient's address")
    sender = _clean(return_lines)
    _register_fonts(pdf, "".join([*recipient, *sender, AIRMAIL_LABEL]))
    pdf.add_page(format=(env.width_pt, env.height_pt))
    pdf.set_auto_page_break(False)
    pdf.set_text_color(0, 0, 0)
    layout = _layout(pdf, env, recipient, sender)

    pdf.set_font(FAMILY, "", RETURN_FONT)
    for i, line in enumerate(sender):
        pdf.set_xy(EDGE, layout.return_y + i * RETURN_FONT * LEADING)
        _cell(pdf, line, RETURN_FONT * LEADING)

    pdf.set_font(FAMILY, "B", LABEL_FONT)
    pad_x, pad_y = 6.0, 3.0  # room between the words and the box, so both read clearly
    label_w = pdf.get_string_width(AIRMAIL_LABEL) + 2 * pad_x
    label_h = LABEL_FONT * LEADING + 2 * pad_y
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.6)
    pdf.rect(EDGE, layout.label_y, label_w, label_h)
    pdf.set_xy(EDGE + pad_x, layout.label_y + pad_y)
    _cell(pdf, AIRMAIL_LABEL, LABEL_FONT * LEADING)

    pdf.set_font(FAMILY, "", layout.address_font)
    line_h = layout.address_font * LEADING
    for i, line in enumerate(recipient):
        pdf.set_xy(layout.address_x, layout.address_y + i * line_h)
        _cell(pdf, line, line_h)


def new_document(title: str = "Envelope", language: str = "en") -> FPDF:
    document = import_fpdf().FPDF  # heavy: loaded on first use
    pdf: FPDF = document(unit="pt")
    pdf.set_margins(0, 0, 0)
    pdf.set_auto_page_break(False)
    pdf.set_title(title)
    pdf.set_lang(language)
    pdf.set_creator("Letter Composer")
    return pdf


def render_envelope(
    recipient_lines: Sequence[str],
    return_lines: Sequence[str] | None = None,
    size: str | EnvelopeSize = "10",
    *,
    title: str = "Envelope",
    language: str = "en",
) -> bytes:
    """A one-page PDF of the envelope. ``recipient_lines`` end with the country in capitals
    (``Recipient.envelope_lines()``); ``return_lines`` None or empty leaves the corner blank."""
    pdf = new_document(title, language)
    draw_envelope(pdf, recipient_lines, return_lines, size)
    return bytes(pdf.output())


def append_pages(document: bytes, *extra: bytes) -> bytes:
    """``document`` with the pages of each ``extra`` PDF added at the end (the envelope after
    the letter), every page kept as it is: fonts, sizes and text untouched."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(document)))
    for number, pdf in enumerate(extra, start=1):
        reader = PdfReader(io.BytesIO(pdf))
        _retag_subsets(reader, _subset_tag(number))
        writer.append(reader)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _subset_tag(number: int) -> str:
    """A subset tag ("MPDFAB", "MPDFAC", ...) other than fpdf2's fixed "MPDFAA"."""
    return "MPDF" + chr(ord("A") + number // 26 % 26) + chr(ord("A") + number % 26)


def _retag_subsets(reader: Any, tag: str) -> None:
    """Give the fonts of an appended document their own subset tag: fpdf2 tags every subset
    "MPDFAA+", and two different subsets with one name in one file may be merged by a
    printer's PostScript conversion, which would print the wrong glyphs."""
    from pypdf.generic import NameObject

    def retag(obj: Any, key: str) -> None:
        name = obj.get(key)
        if name is not None and str(name).startswith("/MPDFAA+"):
            obj[NameObject(key)] = NameObject(f"/{tag}+{str(name)[8:]}")

    for page in reader.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            retag(font, "/BaseFont")
            for desc_ref in font.get("/DescendantFonts", []):
                descendant = desc_ref.get_object()
                retag(descendant, "/BaseFont")
                descriptor = descendant.get("/FontDescriptor")
                if descriptor is not None:
                    retag(descriptor.get_object(), "/FontName")
