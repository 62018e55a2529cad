"""The two sample Urgent Actions the importer's tests share, what each must import to, and a
real PDF of either."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from composer.model.importer import ImportResult, WarningKind

DATA = Path(__file__).resolve().parent / "data" / "ua"
SEED = (DATA / "kalesnikava-urgent-action.txt").read_text(encoding="utf-8")
HONDURAS = (DATA / "honduras-copinh-2017.txt").read_text(encoding="utf-8")

SEED_DEMANDS = [
    "Ensure that Maryia Kalesnikava is released immediately and unconditionally.",
    "End her incommunicado detention and allow her contact with the outside world.",
    "Stop all forms of torture and ill-treatment against her.",
    "Provide her with the adequate medical care she urgently needs.",
]
HONDURAS_DEMANDS = [
    "Ensure that COPINH members have all the protection they ask for.",
    "Publicly recognize the legitimate human rights work done by their organization.",
]


def demands(result: ImportResult) -> list[str]:
    case = result.case
    return [d.in_language(case.language, case.language) for d in case.demands]


def check_seed(result: ImportResult) -> None:
    case = result.case
    assert case.title == "Belarus: End the torturous isolation of Maryia Kalesnikava"
    assert case.id == "maryia-kalesnikava"
    assert case.language == "en"
    assert case.country == "Belarus"
    assert case.people == ("Maryia Kalesnikava",)
    assert case.summary.startswith("Maryia Kalesnikava has been unfairly imprisoned")
    assert case.summary.endswith("puts her life in real danger.")
    assert case.action_intro == "Write to the Minister of Interior in Belarus urging him to:"
    assert demands(result) == SEED_DEMANDS
    (rec,) = case.recipients
    assert rec.name == "Lt.-Gen. Ivan Kubrakou"
    assert rec.title == "Minister of the Interrior"  # imported as published; the review corrects
    assert rec.address_lines == ("Vul. Haradski Val 4", "Minsk 220030")
    assert rec.country == "Belarus"
    assert rec.salutation == {"en": "Dear Minister,"}
    assert case.copies_to == ()
    assert case.deadline == dt.date(2024, 11, 1)
    assert case.deadline_note.startswith("Please take action as soon as possible until November 1")
    assert [s.heading for s in case.background] == [
        "Arrest and sentencing",
        "Health concerns & political reprisals",
        "Inhumane prison conditions",
    ]
    assert case.background[0].text.startswith("Maryia Kalesnikava was arrested on September 7")
    assert case.background[1].text.count("\n\n") == 1  # two paragraphs
    assert case.background[2].text.endswith("further worsening her health.")
    # The seed states no preferred language: the only warning, and a doubtful one.
    assert case.languages == ("en",)
    assert [(w.field, w.kind) for w in result.warnings] == [("languages", WarningKind.DOUBTFUL)]


def make_pdf(text: str) -> bytes:
    """A real PDF of the text, as a UA PDF would carry it (one page per form feed)."""
    from fpdf import FPDF

    from composer.resource_files import resource_path

    pdf = FPDF(format="A4")
    pdf.add_font("Serif", fname=str(resource_path("fonts/NotoSerif-Regular.ttf")))
    pdf.set_font("Serif", size=8)
    pdf.set_auto_page_break(True, margin=10)
    pages = re.split(r"\n\s+\d\n", text)
    for page in pages:
        if not page.strip():
            continue
        pdf.add_page()
        for line in page.split("\n"):
            pdf.cell(0, 4, line.strip(), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
