"""Whole letters as they print, in every layout and language: pinned by golden files, every
choice of demands on one page, lines of 60-75 characters, no line opening with closing
punctuation, a page that looks filled, the DIN hole mark and the return address as typed.

Golden files (tests/render/golden/<layout>-<language>.txt) hold each line of the page with its
position; regenerate them on purpose only: ``UPDATE_GOLDEN=1 pytest tests/render``.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import os
import statistics
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from composer.model.draft import Draft, Sender
from composer.model.library import load_builtin
from composer.model.paper import A4, mm
from composer.model.templates import LANGUAGES
from composer.render.layouts import LAYOUTS, get_layout
from composer.render.pdf import BODY_SIZE, body_width, render_letter

CASE = load_builtin("kalesnikava")
DAY = dt.date(2026, 11, 26)
CREATED = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)
WRITER = Sender("Margaret Thompson", ("42 Elm Street",), "Guelph, Ontario", "N1H 3T5", "Canada")
GOLDEN = Path(__file__).with_name("golden")
LAYOUT_IDS = sorted(LAYOUTS)
CLOSING_MARKS = tuple(":;!?»)].,”’")


def make_pdf(language: str, layout_id: str, seed: int = 11, omit: tuple[int, ...] = ()) -> bytes:
    draft = Draft.new(CASE, language, WRITER, seed, DAY)
    for index in omit:
        draft.set_demand(index, False)
    result = render_letter(draft.letter(today=DAY), get_layout(layout_id), created=CREATED)
    assert result.page_count == 1, (language, layout_id, omit)
    return result.pdf


def page_lines(pdf: bytes) -> list[dict[str, Any]]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return list(doc.pages[0].extract_text_lines(layout=False, strip=True, return_chars=True))


def body_lines(pdf: bytes, layout_id: str) -> list[str]:
    layout = get_layout(layout_id)
    return [ln["text"] for ln in page_lines(pdf) if ln["top"] > layout.body_top]


@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("layout_id", LAYOUT_IDS)
def test_golden_page(layout_id: str, language: str) -> None:
    """Each layout and language, line by line with positions, as pinned in the golden file."""
    lines = page_lines(make_pdf(language, layout_id))
    got = "".join(
        f"{ln['x0']:6.1f} {ln['top']:6.1f} {ln['chars'][0]['size']:5.2f} {ln['text']}\n"
        for ln in lines
    )
    golden = GOLDEN / f"{layout_id}-{language}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")


SUBSETS = [
    chosen
    for size in range(1, len(CASE.demands) + 1)
    for chosen in itertools.combinations(range(len(CASE.demands)), size)
]


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_choice_of_demands_prints_on_one_page(language: str) -> None:
    """All fifteen choices of the four demands, on the tightest layout (Letter) and A4."""
    assert len(SUBSETS) == 15
    for layout_id, chosen in itertools.product(("us-letter", "a4-din5008-b"), SUBSETS):
        omit = tuple(i for i in range(len(CASE.demands)) if i not in chosen)
        draft = Draft.new(CASE, language, WRITER, 3, DAY)
        for i in omit:
            draft.set_demand(i, False)
        text = " ".join(body_lines(make_pdf(language, layout_id, 3, omit), layout_id))
        for i in range(len(CASE.demands)):
            words = draft.block(f"demand-{i}").text.split()[-3:]
            assert (" ".join(words) in text) == (i in chosen), (layout_id, chosen, i)


@pytest.mark.parametrize("language", ["en", "fr", "es", "de"])
@pytest.mark.parametrize("layout_id", LAYOUT_IDS)
def test_body_lines_hold_sixty_to_seventy_five_characters(layout_id: str, language: str) -> None:
    layout = get_layout(layout_id)
    lines = page_lines(make_pdf(language, layout_id))
    body = [
        ln for ln in lines if ln["top"] > layout.body_top and ln["chars"][0]["size"] == BODY_SIZE
    ]
    # A paragraph's full lines: those followed by another line of the same paragraph.
    full = [
        len(a["text"])
        for a, b in itertools.pairwise(body)
        if 0 < b["top"] - a["top"] < BODY_SIZE * 1.7
    ]
    assert len(full) >= 10
    assert 60 <= statistics.mean(full) <= 75, full
    assert max(full) <= 80, full
    assert max(ln["x1"] for ln in body) <= layout.margin_left + body_width(layout) + 0.5


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_no_line_starts_with_closing_punctuation(language: str) -> None:
    for layout_id in LAYOUT_IDS:
        for line in body_lines(make_pdf(language, layout_id), layout_id):
            assert not line.startswith(CLOSING_MARKS), (layout_id, line)


def test_french_spaces_before_double_marks_do_not_break() -> None:
    """« : » with a long town name stays on the line of the word before it."""
    town = "Saint-Jean-sur-Richelieu, Québec"
    draft = Draft.new(CASE, "fr", Sender("A. B.", (), town), 0, DAY)
    for _ in range(4):
        draft.reword("opening")
        letter = draft.letter(today=DAY)
        assert " :" not in letter.paragraphs[0] and "\u00a0:" in letter.paragraphs[0]
        pdf = render_letter(letter, get_layout("us-letter"), created=CREATED).pdf
        for line in body_lines(pdf, "us-letter"):
            assert not line.startswith((":", ";")), line


def test_a_short_letter_fills_the_page() -> None:
    """One demand: the signature still sits in the lower part of the page, not at mid-page."""
    for layout_id in LAYOUT_IDS:
        layout = get_layout(layout_id)
        lines = page_lines(make_pdf("en", layout_id, omit=(1, 2, 3)))
        signature = [ln for ln in lines if ln["text"] == "Margaret Thompson"][-1]
        assert signature["top"] > layout.page_height * 0.62, (layout_id, signature["top"])


def test_the_last_line_of_a_paragraph_is_not_one_short_word() -> None:
    for language, layout_id in itertools.product(LANGUAGES, LAYOUT_IDS):
        lines = page_lines(make_pdf(language, layout_id))
        layout = get_layout(layout_id)
        body = [ln for ln in lines if ln["top"] > layout.body_top]
        for a, b in itertools.pairwise(body):
            same_paragraph = 0 < b["top"] - a["top"] < BODY_SIZE * 1.7
            ends_paragraph = b["text"].endswith((".", "!", "?"))
            if same_paragraph and ends_paragraph and len(a["text"].split()) > 3:
                assert len(b["text"].split()) > 1 or len(b["text"]) >= 12, (layout_id, b["text"])


def test_din_pages_carry_the_hole_mark_and_letter_pages_do_not() -> None:
    for layout_id in LAYOUT_IDS:
        with pdfplumber.open(io.BytesIO(make_pdf("en", layout_id))) as doc:
            rules = doc.pages[0].lines
        at_middle = [r for r in rules if abs(r["top"] - mm(148.5)) < 0.5 and r["x0"] < mm(5)]
        assert bool(at_middle) == (get_layout(layout_id).paper == A4), layout_id


def test_the_address_is_at_body_size_where_the_window_allows() -> None:
    draft = Draft.new(CASE, "en", WRITER, 1, DAY)
    for layout_id in ("a4-din5008-a", "a4-din5008-b"):
        result = render_letter(draft.letter(today=DAY), get_layout(layout_id), created=CREATED)
        assert result.address_size == BODY_SIZE


def test_the_return_address_keeps_canada_posts_two_spaces() -> None:
    lines = page_lines(make_pdf("en", "us-letter"))
    line = next(ln for ln in lines if ln["text"].startswith("Guelph ON"))
    chars = [c for c in line["chars"] if not c["text"].isspace()]
    n_of_on = chars[7]  # "GuelphON..." -> the N of ON
    first_of_code = chars[8]
    assert n_of_on["text"] == "N" and first_of_code["text"] == "N"
    gap = first_of_code["x0"] - n_of_on["x1"]
    space = chars[0]["size"] * 0.26  # Noto Serif's space is 0.26 em
    assert gap > 1.8 * space, gap
    assert "CANADA" in [ln["text"] for ln in lines]


PERSONAL = {
    "en": "I am a retired nurse in Guelph and have followed her case for years.",
    "fr": "Je suis infirmière à la retraite à Guelph et je suis son histoire depuis des années.",
    "es": "Soy enfermera jubilada en Guelph y sigo su caso desde hace años.",
    "de": "Ich bin pensionierte Krankenschwester in Guelph und verfolge ihren Fall seit Jahren.",
    "ru": "Я медсестра на пенсии из Гелфа и уже много лет слежу за её судьбой.",
}


@pytest.mark.parametrize("layout_id", sorted(LAYOUTS))
@pytest.mark.parametrize("language", sorted(PERSONAL))
def test_every_drawn_wording_fits_one_page_with_a_personal_sentence(
    language: str, layout_id: str
) -> None:
    """Whatever wordings a writer draws, the whole letter with a sentence of their own and a
    full return address fits on one page: a long draw is set tighter (and, as a last resort,
    wider), never refused as too long before the writer has typed a word."""
    case = load_builtin("kalesnikava")
    sender = Sender(
        "Margaret Thompson", ("42 Elm Street",), "Guelph", postal_code="N1H 3T5", country="CA"
    )
    layout = LAYOUTS[layout_id]
    too_long = []
    for seed in range(24):
        draft = Draft.new(case, language, sender, seed=seed)
        draft.set_personal(PERSONAL[language])
        if not render_letter(draft.letter(), layout).fits_one_page:
            too_long.append(seed)
    assert too_long == []
