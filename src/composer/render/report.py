"""The coordinator's report as a one-page PDF: letters per case as a bar chart, then per
language and per recipient, for the section's report form. No names: there are none to show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from composer.atomic import write_bytes_atomic
from composer.model.count import Report
from composer.model.paper import LETTER, PAPER_SIZES_PT
from composer.model.templates import LANGUAGES
from composer.render.fonts import FAMILY, needs_shaping, setup_fonts
from composer.render.pdf import CREATOR

MARGIN = 54.0
BAR_RGB = (46, 94, 170)
MAX_ROWS = 12  # per chart; the rest are summed as "other"

_WORDS = {
    "en": {
        "title": "Letter-writing report",
        "all_events": "All events",
        "since": "from {date}",
        "made": "{n} letters made",
        "made_one": "1 letter made",
        "by_case": "Letters per case",
        "by_language": "Per language",
        "by_recipient": "Per recipient",
        "other": "Other ({n})",
        "none": "No letters have been counted yet.",
        "printed": "Made by Letter Composer on {date}. No writer's name or letter is stored.",
    },
    "fr": {
        "title": "Bilan de la séance d’écriture",
        "all_events": "Toutes les séances",
        "since": "depuis le {date}",
        "made": "{n} lettres écrites",
        "made_one": "1 lettre écrite",
        "by_case": "Lettres par cas",
        "by_language": "Par langue",
        "by_recipient": "Par destinataire",
        "other": "Autres ({n})",
        "none": "Aucune lettre n’a encore été comptée.",
        "printed": "Établi par Letter Composer le {date}. Aucun nom ni aucune lettre n’est "
        "conservé.",
    },
}


def _rows(items: Sequence[tuple[str, int]], other: str) -> list[tuple[str, int]]:
    rows = list(items)
    if len(rows) <= MAX_ROWS:
        return rows
    rest = rows[MAX_ROWS - 1 :]
    return [*rows[: MAX_ROWS - 1], (other.format(n=len(rest)), sum(n for _k, n in rest))]


class _Chart:
    def __init__(self, pdf: Any, page_width: float) -> None:
        self.pdf = pdf
        self.width = page_width - 2 * MARGIN

    def text(self, text: str, size: float, bold: bool = False, grey: bool = False) -> None:
        pdf = self.pdf
        pdf.set_text_shaping(needs_shaping(text))
        pdf.set_font(FAMILY, "B" if bold else "", size)
        pdf.set_text_color(90 if grey else 0)
        pdf.set_x(MARGIN)
        pdf.multi_cell(self.width, size * 1.3, text, align="L")

    def bars(self, heading: str, rows: Sequence[tuple[str, int]], label_share: float) -> None:
        pdf = self.pdf
        self.text(heading, 13, bold=True)
        pdf.set_y(pdf.get_y() + 4)
        if not rows:
            return
        size = 10.5
        pitch = 17.0
        label_w = self.width * label_share
        number_w = 36.0
        bar_room = self.width - label_w - number_w - 8
        top = max(n for _k, n in rows) or 1
        for label, n in rows:
            y = pdf.get_y()
            pdf.set_font(FAMILY, "", size)
            pdf.set_text_shaping(needs_shaping(label))
            shown = label
            while shown and pdf.get_string_width(shown) > label_w - 8:
                shown = shown[:-2].rstrip() + "…"
            pdf.set_text_color(0)
            pdf.set_xy(MARGIN, y)
            pdf.cell(label_w - 8, pitch, shown, align="L")
            pdf.set_fill_color(*BAR_RGB)
            length = max(bar_room * n / top, 1.5)
            pdf.rect(MARGIN + label_w, y + 3, length, pitch - 6, style="F")
            pdf.set_xy(MARGIN + label_w + length + 4, y)
            pdf.cell(number_w, pitch, str(n), align="L")
            pdf.set_y(y + pitch)
        pdf.set_y(pdf.get_y() + 12)


def render_report(
    report: Report, language: str = "en", today: dt.date | None = None, paper: str = LETTER
) -> bytes:
    """The report on one page of ``paper`` (at most MAX_ROWS bars per chart)."""
    from fpdf import FPDF

    w = _WORDS.get(language, _WORDS["en"])
    day = today or dt.date.today()
    case_rows = _rows([(title or cid, n) for cid, title, n in report.by_case], w["other"])
    language_rows = _rows([(LANGUAGES.get(k, k), n) for k, n in report.by_language], w["other"])
    recipient_rows = _rows([(k or "?", n) for k, n in report.by_recipient], w["other"])
    page_size = PAPER_SIZES_PT[paper]
    pdf = FPDF(unit="pt", format=page_size)
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(False)
    pdf.c_margin = 0
    every = [w[k] for k in w] + [r[0] for r in (*case_rows, *language_rows, *recipient_rows)]
    setup_fonts(pdf, "\n".join([*every, report.event, "…"]), styles=("", "B"))
    pdf.set_title(w["title"])
    pdf.set_lang(language)
    pdf.set_creator(CREATOR)
    pdf.set_producer(CREATOR)
    pdf.add_page()
    chart = _Chart(pdf, page_size[0])
    chart.text(w["title"], 20, bold=True)
    scope = report.event or w["all_events"]
    if report.since:
        scope += ", " + w["since"].format(date=report.since.isoformat())
    chart.text(scope, 13)
    pdf.set_y(pdf.get_y() + 6)
    made = w["made_one"] if report.total == 1 else w["made"].format(n=report.total)
    chart.text(made, 16, bold=True)
    pdf.set_y(pdf.get_y() + 10)
    if not report.total:
        chart.text(w["none"], 12)
    else:
        chart.bars(w["by_case"], case_rows, 0.5)
        chart.bars(w["by_language"], language_rows, 0.25)
        chart.bars(w["by_recipient"], recipient_rows, 0.5)
    pdf.set_y(page_size[1] - MARGIN - 14)
    chart.text(w["printed"].format(date=day.isoformat()), 9, grey=True)
    return bytes(pdf.output())


def export_report(report: Report, path: Path, language: str = "en", paper: str = LETTER) -> None:
    write_bytes_atomic(Path(path), render_report(report, language, paper=paper))
