"""Envelopes: the address where the post reads it, the country last in capitals."""

from __future__ import annotations

import io
from typing import Any

import pdfplumber
import pytest
from pypdf import PdfReader

from composer.model.library import load_builtin
from composer.model.paper import ENVELOPE_SIZES
from composer.render.envelope import (
    AIRMAIL_LABEL,
    BARCODE_CLEAR,
    append_pages,
    default_envelope_for_paper,
    get_envelope_size,
    render_envelope,
)

RETURN = ["Alice Writer", "12 Elm Street", "Guelph ON  N1H 2X3", "CANADA"]


def recipient_lines() -> list[str]:
    case = load_builtin("kalesnikava")
    assert case.recipient is not None
    return case.recipient.envelope_lines()


def text_lines(pdf: bytes) -> tuple[Any, list[dict[str, Any]]]:
    """The page size and its text lines, each with its box (points from the top left)."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) == 1
        page = doc.pages[0]
        lines = page.extract_text_lines()
        return (float(page.width), float(page.height)), lines


@pytest.mark.parametrize("size_id", ["10", "dl", "c5"])
def test_address_lies_in_the_posts_zone(size_id: str) -> None:
    size = ENVELOPE_SIZES[size_id]
    pdf = render_envelope(recipient_lines(), RETURN, size_id)
    (width, height), lines = text_lines(pdf)
    assert width > height  # landscape
    assert (round(width), round(height)) == (round(size.width_pt), round(size.height_pt))

    address = recipient_lines()
    texts = [line["text"] for line in lines]
    start = texts.index(address[0])
    block = lines[start : start + len(address)]
    assert [line["text"] for line in block] == address
    assert block[-1]["text"] == "BELARUS"  # the country alone, in capitals, last
    assert block[-1]["text"].isupper()
    for line in block:
        assert line["x0"] > width * 0.4, line  # right of centre
        assert line["x1"] < width - 0.4 * 72, line  # clear of the right edge
        assert line["top"] > height * 0.45, line  # lower half
        assert line["bottom"] < height - BARCODE_CLEAR, line  # clear of the barcode strip
    # Left-aligned block.
    assert max(line["x0"] for line in block) - min(line["x0"] for line in block) < 1


def test_return_address_and_airmail_top_left() -> None:
    pdf = render_envelope(recipient_lines(), RETURN, "10")
    (width, height), lines = text_lines(pdf)
    texts = [line["text"] for line in lines]
    assert texts[:5] == [*RETURN[:2], "Guelph ON N1H 2X3", RETURN[3], AIRMAIL_LABEL]
    for line in lines[:5]:
        assert line["x1"] < width * 0.4 and line["bottom"] < height * 0.45, line
    # The label sits under the return address.
    assert lines[4]["top"] > lines[3]["bottom"]


def test_without_return_address() -> None:
    pdf = render_envelope(recipient_lines(), None, "dl")
    _, lines = text_lines(pdf)
    texts = [line["text"] for line in lines]
    assert texts[0] == AIRMAIL_LABEL
    assert "Alice Writer" not in " ".join(texts)
    assert texts[1:] == recipient_lines()


def test_long_address_stays_on_the_envelope() -> None:
    long_lines = [
        "His Excellency the Minister of Internal Affairs of the Republic",
        "Ministry of Internal Affairs",
        "Street 1",
        "Town",
        "Line 5",
        "Line 6",
        "Line 7",
        "SOMEWHERE",
    ]
    pdf = render_envelope(long_lines, RETURN, "10")
    (width, height), lines = text_lines(pdf)
    block = lines[5:]
    assert [line["text"] for line in block] == long_lines
    for line in block:
        assert line["x0"] > 0 and line["x1"] < width - 0.4 * 72
        assert line["bottom"] < height - BARCODE_CLEAR + 1


def test_fonts_embedded_and_other_scripts() -> None:
    cyrillic = [
        "Генерал-лейтенант Иван Кубраков",
        "ул. Городской Вал, 4",
        "Минск 220030",
        "BELARUS",
    ]
    pdf = render_envelope(cyrillic, None, "10")
    _, lines = text_lines(pdf)
    assert [line["text"] for line in lines][1:] == cyrillic
    reader = PdfReader(io.BytesIO(pdf))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        descendant = font["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object()


def test_sizes_and_defaults() -> None:
    assert get_envelope_size("#10").name == "#10"
    assert get_envelope_size("DL").media == "EnvDL"
    with pytest.raises(ValueError, match="choose one of: 10, dl, c5"):
        get_envelope_size("b4")
    assert default_envelope_for_paper(612).id == "10"
    assert default_envelope_for_paper(595.28).id == "dl"
    with pytest.raises(ValueError):
        render_envelope(["", " "], None)


def test_append_envelope_after_the_letter() -> None:
    from fpdf import FPDF

    letter = FPDF(unit="pt", format="letter")
    letter.add_page()
    letter.set_font("helvetica", size=12)
    letter.text(72, 72, "Dear Minister,")
    combined = append_pages(bytes(letter.output()), render_envelope(recipient_lines(), None))
    reader = PdfReader(io.BytesIO(combined))
    assert len(reader.pages) == 2
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [612, 792]
    assert [round(float(v)) for v in reader.pages[1].mediabox[2:]] == [684, 297]
    assert "Dear Minister," in reader.pages[0].extract_text()
    assert "BELARUS" in reader.pages[1].extract_text()


def test_right_to_left_address_is_shaped() -> None:
    hebrew = ["משרד הפנים", "ירושלים", "ISRAEL"]
    arabic = ["وزارة الداخلية", "القاهرة", "EGYPT"]
    for lines in (hebrew, arabic):
        pdf = render_envelope(lines, None, "dl")
        reader = PdfReader(io.BytesIO(pdf))
        fonts = [
            f.get_object()["/BaseFont"] for f in reader.pages[0]["/Resources"]["/Font"].values()
        ]
        assert any("Hebrew" in str(f) or "Arabic" in str(f) for f in fonts), fonts
        _, text = text_lines(pdf)
        assert text[-1]["text"] == lines[-1]


def test_appended_fonts_get_their_own_subset_tag() -> None:
    letter = render_envelope(["A", "B", "CANADA"], None, "10")
    combined = append_pages(letter, render_envelope(recipient_lines(), RETURN, "dl"))
    reader = PdfReader(io.BytesIO(combined))
    names = [
        [str(f.get_object()["/BaseFont"]) for f in page["/Resources"]["/Font"].values()]
        for page in reader.pages
    ]
    assert all(name.startswith("/MPDFAA+") for name in names[0])
    assert all(name.startswith("/MPDFAB+") for name in names[1])
    assert "BELARUS" in reader.pages[1].extract_text()


def test_export_with_envelope_page(tmp_path: Any) -> None:
    import subprocess
    import sys

    out = tmp_path / "letter.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "composer",
            "export",
            "--language",
            "en",
            "--layout",
            "us-letter",
            "--sender-name",
            "Alice Writer",
            "--sender-address",
            "12 Elm Street",
            "--envelope",
            "--output",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("then the envelope page")
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    assert [round(float(v)) for v in reader.pages[1].mediabox[2:]] == [684, 297]
    _, lines = text_lines_of_page(out.read_bytes(), 1)
    texts = [line["text"] for line in lines]
    assert texts[:3] == ["Alice Writer", "12 Elm Street", AIRMAIL_LABEL]
    assert texts[-1] == "BELARUS"
    assert reader.metadata is not None and "Kalesnikava" in str(reader.metadata.title)


def text_lines_of_page(pdf: bytes, index: int) -> tuple[Any, list[dict[str, Any]]]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[index]
        return (float(page.width), float(page.height)), page.extract_text_lines()
