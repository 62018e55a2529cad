"""The coordinator's one-page report: totals, a bar per case, per language and recipient."""

from __future__ import annotations

import io

import pdfplumber

from composer.model import count
from composer.model.count import Kind, Made
from composer.render.report import BAR_RGB, render_report


def test_the_report_is_one_page_with_a_bar_per_case() -> None:
    count.record(
        [Made("kalesnikava", "en", Kind.EXPORT, "Minister", "Marathon", "Belarus case")] * 3
        + [Made("other", "fr", Kind.BATCH, "Judge", "Marathon", "Other case")]
    )
    pdf = render_report(count.report(event="Marathon"))
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) == 1
        page = doc.pages[0]
        text = " ".join((page.extract_text() or "").split())
        bar_colour = tuple(round(c / 255, 3) for c in BAR_RGB)
        bars = [
            r
            for r in page.rects
            if tuple(round(c, 3) for c in r["non_stroking_color"]) == bar_colour
        ]
    assert "Marathon" in text and "4 letters made" in text
    assert "Belarus case 3" in text and "Other case 1" in text
    assert "English 3" in text and "Français 1" in text
    assert "Minister 3" in text and "Judge 1" in text
    case_bars = sorted(bars, key=lambda r: r["top"])[:2]
    assert len(bars) == 6
    assert case_bars[0]["width"] > 2.9 * case_bars[1]["width"]  # 3 letters against 1


def test_an_empty_report_says_so() -> None:
    with pdfplumber.open(io.BytesIO(render_report(count.report()))) as doc:
        assert "No letters have been counted yet." in (doc.pages[0].extract_text() or "")
