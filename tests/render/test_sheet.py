"""The handwriting sheet: one page, large type, everything a writer with a pen needs."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pdfplumber
import pytest

from composer.model.draft import Draft
from composer.model.library import load_builtin, load_case_file
from composer.model.sheet import build_sheet
from composer.render.layouts import get_layout
from composer.render.sheet import BODY, render_sheet

SEVERAL = load_case_file(Path(__file__).parents[1] / "data" / "cases" / "several.toml")


def words_of(pdf: bytes) -> tuple[int, str, list[float]]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        # In drawing order: the sheet's two columns are read one after the other.
        text = " ".join((page.extract_text(use_text_flow=True) or "").split())
        sizes = [float(c["size"]) for c in page.chars if c["text"].strip()]
        return len(doc.pages), text, sizes


@pytest.mark.parametrize("layout", ["us-letter", "a4-din5008-b"])
def test_the_sheet_is_one_page_in_large_type_with_what_a_writer_needs(layout: str) -> None:
    draft = Draft.new(load_builtin("kalesnikava"), "en", seed=1)
    pages, text, sizes = words_of(render_sheet(build_sheet(draft), get_layout(layout)))
    assert pages == 1
    assert min(sizes) >= BODY - 0.01 and BODY >= 14  # nothing smaller than 14 pt
    for expected in (
        "Write for Maryia Kalesnikava",
        "Ensure that Maryia Kalesnikava is released immediately and unconditionally.",
        "Provide her with the adequate medical care she urgently needs.",
        "Lt.-Gen. Ivan Kubrakou",
        "Vul. Haradski Val 4",
        "Minsk 220030",
        "BELARUS",
        "Dear Minister,",
        "ask at the post office for an international stamp",
        "November 1, 2024. That date has passed",
        "Be polite and respectful",
    ):
        assert expected in text
    assert "Maryia Kalesnikava has been unfairly imprisoned" in text  # the key facts


def test_the_french_sheet_and_the_copies_to() -> None:
    draft = Draft.new(SEVERAL, "fr", seed=1)
    pages, text, _sizes = words_of(
        render_sheet(build_sheet(draft, dt.date(2024, 10, 1)), get_layout("a4-din5008-b"))
    )
    assert pages == 1
    assert "Écrivez pour Maryia Kalesnikava" in text
    assert "Monsieur le Ministre," in text
    assert "Veiller à ce que Maryia Kalesnikava soit libérée" in text
    assert "Vous pouvez aussi envoyer une copie à" in text
    assert "Embassy of the Republic of Belarus" in text
    assert "1 novembre 2024." in text and "passée" not in text
