"""The letter PDF: the address inside each layout's window, the whole text, fonts, metadata,
right-to-left paragraphs, and a letter too long for one page said rather than cut."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pdfplumber
import pytest
from pypdf import PdfReader

from composer.model.letter import Letter
from composer.model.paper import Rect, inch
from composer.render.layouts import LAYOUTS, Layout, get_layout
from composer.render.pdf import (
    AddressDoesNotFitError,
    RenderError,
    RenderResult,
    body_width,
    render_letter,
)

LAYOUT_IDS = sorted(LAYOUTS)


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def chars_of_lines(pdf: bytes, wanted: tuple[str, ...]) -> list[list[dict[str, Any]]]:
    """pdfplumber's characters of each line whose text is one of ``wanted``."""
    found: dict[str, list[dict[str, Any]]] = {}
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        for line in page.extract_text_lines(layout=False, strip=True, return_chars=True):
            for text in wanted:
                if line["text"].startswith(text) and text not in found:
                    # The line may go on with other text (the date, beside the window): take
                    # the address's own characters, the first ones from the left.
                    visible = [c for c in line["chars"] if not c["text"].isspace()]
                    found[text] = visible[: len(text.replace(" ", ""))]
    assert set(found) == set(wanted), f"lines not found: {set(wanted) - set(found)}"
    return [found[t] for t in wanted]


def clear_field(layout: Layout) -> Rect:
    """Where the address's glyphs must stay: the field, 1/8 in inside it for us-letter."""
    if layout.id == "us-letter":
        e = inch(0.125)
        return layout.window.inset(e, e, e, e)
    assert layout.return_area is not None
    w = layout.window
    return Rect(w.x, layout.return_area.bottom, w.w, w.bottom - layout.return_area.bottom)


def test_every_address_character_lies_in_the_window(
    rendered: tuple[Layout, RenderResult], letter: Letter
) -> None:
    layout, result = rendered
    field = clear_field(layout)
    lines = chars_of_lines(result.pdf, letter.recipient)
    for chars in lines:
        for c in chars:
            box = Rect(c["x0"], c["top"], c["x1"] - c["x0"], c["bottom"] - c["top"])
            assert field.contains(box), (layout.id, c["text"], box, field)
    # The address is set in order, top-aligned, one line under the other.
    tops = [chars[0]["top"] for chars in lines]
    assert tops == sorted(tops)
    assert field.contains(result.address_box)
    assert result.address_size >= 8


def test_return_line_sits_in_the_return_zone(rendered: tuple[Layout, RenderResult]) -> None:
    """DIN 5008: the sender in small type in the window's top zone; US Letter has none."""
    layout, result = rendered
    with pdfplumber.open(io.BytesIO(result.pdf)) as doc:
        small = [c for c in doc.pages[0].chars if c["size"] < 8]
    zone = layout.return_area
    if zone is None:
        assert small == []
        return
    assert "".join(c["text"] for c in small) == (
        "Margaret Thompson · 42 Elm Street · Guelph ON  N1H 3T5 · Canada"
    )
    for c in small:
        assert zone.contains(Rect(c["x0"], c["top"], c["x1"] - c["x0"], c["bottom"] - c["top"]))


def test_text_holds_address_salutation_demands_and_sender(
    rendered: tuple[Layout, RenderResult], letter: Letter, demands: tuple[str, ...]
) -> None:
    _, result = rendered
    assert result.page_count == 1 and result.fits_one_page
    text = text_of(result.pdf)
    for line in (
        "Lt.-Gen. Ivan Kubrakou",
        "Minister of the Interior",
        "Vul. Haradski Val 4",
        "Minsk 220030",
        "BELARUS",
        "Dear Minister,",
        "Margaret Thompson",
        "42 Elm Street",
        "Guelph ON N1H 3T5",
        "November 26, 2026",
        "Yours sincerely,",
    ):
        assert line in flat(text), line
    assert text.splitlines().index("BELARUS") == text.splitlines().index("Minsk 220030") + 1
    for demand in demands:
        assert demand in flat(text), demand


def test_metadata(rendered: tuple[Layout, RenderResult], created: dt.datetime) -> None:
    _, result = rendered
    reader = PdfReader(io.BytesIO(result.pdf))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Belarus: End the torturous isolation of Maryia Kalesnikava"
    assert meta.subject == meta.title
    assert meta.creator == "Letter Composer"
    assert meta.creation_date == created
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_same_letter_same_bytes(letter: Letter, created: dt.datetime) -> None:
    layout = get_layout("us-letter")
    assert (
        render_letter(letter, layout, created=created).pdf
        == render_letter(letter, layout, created=created).pdf
    )


def test_paper_size(rendered: tuple[Layout, RenderResult]) -> None:
    layout, result = rendered
    box = PdfReader(io.BytesIO(result.pdf)).pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == (
        round(layout.page_width, 1),
        round(layout.page_height, 1),
    )


# --------------------------------------------------------------------------- scripts and fonts


@pytest.mark.parametrize("layout_id", LAYOUT_IDS)
def test_names_in_four_scripts_are_text(
    multiscript_pdfs: dict[str, bytes], layout_id: str, names: dict[str, str]
) -> None:
    text = text_of(multiscript_pdfs[layout_id])
    for script, name in names.items():
        for word in name.split():
            assert word in text, (script, word)


@pytest.mark.parametrize("layout_id", LAYOUT_IDS)
def test_fonts_are_embedded_subsets(multiscript_pdfs: dict[str, bytes], layout_id: str) -> None:
    reader = PdfReader(io.BytesIO(multiscript_pdfs[layout_id]))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    seen = set()
    for ref in fonts.values():
        font = ref.get_object()
        base = str(font["/BaseFont"])
        tag, _, family = base.lstrip("/").partition("+")
        assert len(tag) == 6 and tag.isupper(), base  # a subset
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, base  # embedded
        assert "/ToUnicode" in font, base  # extractable
        seen.add(family)
    assert {"NotoSerif", "NotoNaskhArabic", "NotoSerifHebrew"} <= seen


def test_latin_letter_embeds_no_fallback_fonts(rendered: tuple[Layout, RenderResult]) -> None:
    reader = PdfReader(io.BytesIO(rendered[1].pdf))
    fonts = {
        str(f.get_object()["/BaseFont"]).partition("+")[2]
        for f in reader.pages[0]["/Resources"]["/Font"].values()
    }
    assert fonts == {"NotoSerif"}


def test_rtl_paragraphs_are_right_aligned(multiscript_pdfs: dict[str, bytes]) -> None:
    layout = get_layout("us-letter")
    right = layout.margin_left + body_width(layout)  # the body's measure, not the page's width
    with pdfplumber.open(io.BytesIO(multiscript_pdfs["us-letter"])) as doc:
        page = doc.pages[0]
        lines = page.extract_text_lines(return_chars=True)
    body = [ln for ln in lines if ln["top"] > layout.body_top]
    hebrew = [ln for ln in body if any("\u0590" <= c["text"] <= "\u05ff" for c in ln["chars"])]
    arabic = [ln for ln in body if any("\u0600" <= c["text"] <= "\u06ff" for c in ln["chars"])]
    assert hebrew and arabic
    for ln in (hebrew[0], arabic[0]):
        assert abs(ln["x1"] - right) < 1.5, ln["text"]
        assert ln["x0"] > layout.margin_left + 20, ln["text"]
    english = next(ln for ln in body if ln["text"].startswith("Dear Minister"))
    assert abs(english["x0"] - layout.margin_left) < 0.5


# --------------------------------------------------------------------------- limits


def test_too_long_is_reported_not_cut(make_letter: Callable[..., Letter], letter: Letter) -> None:
    long_letter = make_letter(paragraphs=letter.paragraphs * 3)
    result = render_letter(long_letter, get_layout("us-letter"))
    assert not result.fits_one_page
    assert result.page_count == 2
    text = flat(text_of(result.pdf))
    assert text.count("I urge you to provide her with the adequate medical care") == 3
    assert "Margaret Thompson" in text.split("Yours sincerely,")[-1]


@pytest.mark.parametrize("layout_id", LAYOUT_IDS)
def test_a_six_line_address_shrinks_but_stays_in_the_window(
    make_letter: Callable[..., Letter], letter: Letter, layout_id: str
) -> None:
    recipient = (
        "Lt.-Gen. Ivan Kubrakou",
        "Minister of the Interior",
        "Ministry of Internal Affairs",
        "Vul. Haradski Val 4",
        "Minsk 220030",
        "BELARUS",
    )
    layout = get_layout(layout_id)
    result = render_letter(make_letter(recipient=recipient), layout)
    assert 8 <= result.address_size <= 11
    field = clear_field(layout)
    assert field.contains(result.address_box)
    for chars in chars_of_lines(result.pdf, recipient):
        for c in chars:
            assert field.contains(
                Rect(c["x0"], c["top"], c["x1"] - c["x0"], c["bottom"] - c["top"])
            )


@pytest.mark.parametrize("layout_id", LAYOUT_IDS)
def test_a_long_address_line_is_split_after_its_comma(
    make_letter: Callable[..., Letter], layout_id: str
) -> None:
    """The Honduras UA's long street line fits the DIN window once split where the post would."""
    recipient = (
        "General de División Julián Pacheco",
        "Minister of Security",
        "Secretaría de Estado en el Despacho de Seguridad, Aldea el Ocotal",
        "Antiguo Local de la Academia Nacional de Policía ANAPO",
        "Tegucigalpa",
        "HONDURAS",
    )
    layout = get_layout(layout_id)
    result = render_letter(make_letter(recipient=recipient), layout)
    assert clear_field(layout).contains(result.address_box)
    text = text_of(result.pdf)
    assert "Aldea el Ocotal" in text and "HONDURAS" in text
    if layout_id.startswith("a4"):  # 85 mm is too narrow for the whole line
        assert "Secretaría de Estado en el Despacho de Seguridad,\n" in text


def test_an_address_that_cannot_fit_is_an_error(make_letter: Callable[..., Letter]) -> None:
    recipient = tuple(f"Line {n}" for n in range(12))
    with pytest.raises(AddressDoesNotFitError, match="12 lines; at most"):
        render_letter(make_letter(recipient=recipient), get_layout("us-letter"))
    with pytest.raises(AddressDoesNotFitError, match="too long"):
        render_letter(make_letter(recipient=("x" * 120, "BELARUS")), get_layout("us-letter"))


def test_too_many_sender_lines_is_an_error(make_letter: Callable[..., Letter]) -> None:
    with pytest.raises(RenderError, match="sender's name and address take 13 lines; at most 7"):
        render_letter(
            make_letter(sender_address=tuple(f"Line {n}" for n in range(12))),
            get_layout("us-letter"),
        )


def test_fpdf_is_not_loaded_by_importing_the_renderer() -> None:
    code = (
        "import composer.render.pdf, composer.render.layouts, composer.cli, sys;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('fpdf', 'uharfbuzz', 'fontTools', 'pypdf')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_characters_no_font_has_are_reported(make_letter: Callable[..., Letter]) -> None:
    letter = make_letter(signature="Margaret Thompson 山田 हिन्दी", sender_name="Мария")
    result = render_letter(letter, get_layout("us-letter"))
    assert set(result.missing_characters) == set("山田हिन्दी")
    assert render_letter(make_letter(), get_layout("us-letter")).missing_characters == ""


@pytest.mark.parametrize("layout_id", LAYOUT_IDS)
def test_a_long_sender_line_narrows_but_stays_on_the_page(
    make_letter: Callable[..., Letter], layout_id: str
) -> None:
    line = "Apartment 1204, 1234 boulevard de Maisonneuve Ouest"
    layout = get_layout(layout_id)
    result = render_letter(make_letter(sender_address=(line, "Montréal QC  H3A 3J6")), layout)
    right = layout.page_width - layout.margin_right
    with pdfplumber.open(io.BytesIO(result.pdf)) as doc:
        chars = doc.pages[0].chars
    assert max(c["x1"] for c in chars) <= right + 0.5
    text = flat(text_of(result.pdf))
    assert all(word in text for word in line.split())
    with pytest.raises(RenderError, match="too long for the page"):
        render_letter(make_letter(sender_address=("x" * 200,)), layout)


@pytest.mark.parametrize("layout_id", LAYOUT_IDS)
def test_no_two_blocks_overlap_even_with_a_long_sender_block(
    make_letter: Callable[..., Letter], layout_id: str
) -> None:
    sender = (
        "Apartment 1204",
        "1234 boulevard de Maisonneuve Ouest",
        "Montréal QC  H3A 3J6",
        "Canada",
        "marg@example.org",
    )
    result = render_letter(make_letter(sender_address=sender), get_layout(layout_id))
    with pdfplumber.open(io.BytesIO(result.pdf)) as doc:
        words = doc.pages[0].extract_words(extra_attrs=["size"])
    boxes = [Rect(w["x0"], w["top"], w["x1"] - w["x0"], w["bottom"] - w["top"]) for w in words]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            overlap_x = min(a.right, b.right) - max(a.x, b.x)
            overlap_y = min(a.bottom, b.bottom) - max(a.y, b.y)
            assert overlap_x <= 0.5 or overlap_y <= 0.5, (words[i]["text"], a, b)
