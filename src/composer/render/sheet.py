"""The handwriting sheet as a one-page PDF, in large type (14 pt and more) for writers with a pen.

The renderer adds no words: every word comes from the ``Sheet``. When everything does not fit
on one page, the key facts are shortened sentence by sentence (the case view has them all).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from composer.atomic import write_bytes_atomic
from composer.model.sheet import Sheet
from composer.render.fonts import FAMILY, needs_shaping, setup_fonts
from composer.render.layouts import Layout
from composer.render.pdf import CREATOR, RenderError

BODY = 14.0  # the smallest type on the sheet
LEADING = 1.3
ADDRESS = 16.0
TITLE = 22.0
GAP = 9.0
MARGIN = 54.0  # 3/4 in all round
INDENT = 18.0
GREY = 90
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _all_text(sheet: Sheet) -> str:
    return "\n".join(
        [
            sheet.title,
            sheet.heading,
            sheet.write_for,
            sheet.facts_heading,
            sheet.facts,
            sheet.demands_heading,
            *sheet.demands,
            sheet.envelope_heading,
            *sheet.address,
            sheet.copies_heading,
            *(line for copy in sheet.copies for line in copy),
            sheet.salutation_heading,
            sheet.salutation,
            sheet.postage_heading,
            sheet.postage,
            sheet.deadline_heading,
            sheet.deadline,
            sheet.tips_heading,
            *sheet.tips,
            "•…",
        ]
    )


class _Writer:
    def __init__(self, layout: Layout, sheet: Sheet, created: dt.datetime | None) -> None:
        from fpdf import FPDF

        pdf = FPDF(unit="pt", format=(layout.page_width, layout.page_height))
        pdf.set_margins(MARGIN, MARGIN, MARGIN)
        pdf.set_auto_page_break(False)
        pdf.c_margin = 0
        self.missing = setup_fonts(pdf, _all_text(sheet), styles=("", "B"))
        pdf.set_title(f"{sheet.heading}: {sheet.title}")
        pdf.set_lang(sheet.language)
        pdf.set_creator(CREATOR)
        pdf.set_producer(CREATOR)
        pdf.set_creation_date(created or dt.datetime.now(dt.UTC))
        pdf.add_page()
        self.pdf: Any = pdf
        self.width = layout.page_width - 2 * MARGIN
        self.bottom = layout.page_height - MARGIN

    def text(
        self, text: str, size: float = BODY, bold: bool = False, x: float = MARGIN, w: float = 0.0
    ) -> None:
        pdf = self.pdf
        pdf.set_text_shaping(needs_shaping(text))
        pdf.set_font(FAMILY, "B" if bold else "", size)
        pdf.set_x(x)
        pdf.multi_cell(w or self.width - (x - MARGIN), size * LEADING, text, align="L")

    def bullet(self, text: str) -> None:
        y = self.pdf.get_y()
        self.pdf.set_font(FAMILY, "", BODY)
        self.pdf.set_xy(MARGIN + 4, y)
        self.pdf.cell(INDENT - 4, BODY * LEADING, "•")
        self.pdf.set_xy(MARGIN + INDENT, y)
        self.text(text, x=MARGIN + INDENT)

    def gap(self, amount: float = GAP) -> None:
        self.pdf.set_y(self.pdf.get_y() + amount)

    @property
    def y(self) -> float:
        return float(self.pdf.get_y())


def _draw(layout: Layout, sheet: Sheet, facts: str, created: dt.datetime | None) -> _Writer:
    page = _Writer(layout, sheet, created)
    pdf = page.pdf
    pdf.set_text_color(GREY)
    page.text(f"{sheet.heading} · {sheet.title}")
    pdf.set_text_color(0)
    page.gap(4)
    page.text(sheet.write_for, TITLE, bold=True)
    if facts:
        page.gap()
        page.text(sheet.facts_heading, bold=True)
        page.text(facts)
    if sheet.demands:
        page.gap()
        page.text(sheet.demands_heading, bold=True)
        for demand in sheet.demands:
            page.bullet(demand)
    page.gap(GAP * 1.5)
    # Two columns: the envelope and the salutation on the left; postage and deadline right.
    top = page.y
    half = (page.width - 2 * INDENT) / 2
    right_x = MARGIN + half + 2 * INDENT
    page.text(sheet.envelope_heading, bold=True, w=half)
    page.gap(3)
    box_top = page.y
    for line in sheet.address:
        page.text(line, ADDRESS, x=MARGIN + 8, w=half - 8)
    pdf.set_draw_color(GREY)
    pdf.set_line_width(0.8)
    pdf.rect(MARGIN, box_top - 5, half + 6, page.y - box_top + 10)
    page.gap(GAP + 5)
    page.text(sheet.salutation_heading, bold=True, w=half)
    page.text(sheet.salutation, ADDRESS, w=half)
    left_bottom = page.y
    pdf.set_y(top)
    page.text(sheet.deadline_heading, bold=True, x=right_x, w=page.width - half - 2 * INDENT)
    page.text(sheet.deadline, x=right_x, w=page.width - half - 2 * INDENT)
    page.gap()
    page.text(sheet.postage_heading, bold=True, x=right_x, w=page.width - half - 2 * INDENT)
    page.text(sheet.postage, x=right_x, w=page.width - half - 2 * INDENT)
    pdf.set_y(max(left_bottom, page.y))
    if sheet.copies:
        page.gap()
        page.text(sheet.copies_heading, bold=True)
        for copy in sheet.copies:
            page.text(", ".join(copy))
    page.gap(GAP * 1.5)
    page.text(sheet.tips_heading, bold=True)
    for tip in sheet.tips:
        page.bullet(tip)
    return page


def _shorter(facts: str) -> str:
    sentences = _SENTENCE_END.split(facts.strip())
    return " ".join(sentences[:-1]) if len(sentences) > 1 else ""


def render_sheet(sheet: Sheet, layout: Layout, created: dt.datetime | None = None) -> bytes:
    """The sheet on one page of ``layout``'s paper. Raises RenderError when even without the
    key facts it needs a second page."""
    facts = sheet.facts.strip()
    while True:
        page = _draw(layout, sheet, facts, created)
        if page.y <= page.bottom:
            return bytes(page.pdf.output())
        if not facts:
            raise RenderError.coded("render.sheet-too-long")
        facts = _shorter(facts)


def export_sheet(
    sheet: Sheet, layout: Layout, path: Path, created: dt.datetime | None = None
) -> None:
    write_bytes_atomic(Path(path), render_sheet(sheet, layout, created))
