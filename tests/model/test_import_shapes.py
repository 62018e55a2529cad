"""Shapes real appeals come in, each reduced to what makes it hard (invented names and
addresses in the shape of the real thing): the rules are general, not tuned to one text."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from composer.model.importer import WarningKind, import_text
from composer.model.importer.lexicons import (
    country_name,
)
from composer.model.importer.patterns import (
    find_deadline,
    languages_in,
)

SHAPES = Path(__file__).resolve().parents[1] / "data" / "shapes"


def demands(text: str) -> list[str]:
    case = import_text(text).case
    return [d.in_language(case.language, case.language) for d in case.demands]


def test_a_typewritten_1990s_ua() -> None:
    """Header lines, 'COUNTRY: names', RECOMMENDED ACTION with dashes, APPEALS TO with
    Telegrams/Faxes lines and a two-language salutation, a COPIES TO note, 'if sending appeals
    after ...'."""
    result = import_text((SHAPES / "typewritten-1990s.txt").read_text(encoding="utf-8"))
    case = result.case
    assert case.title == "PERU: Jorge Ejemplo Nombre, trade unionist"
    assert case.country == "Peru" and case.ua_number == "999/93"
    assert case.deadline == dt.date(1993, 6, 23)
    assert case.languages == ("es",)
    assert case.action_intro.startswith("RECOMMENDED ACTION")
    assert [d.text["en"][:12] for d in case.demands] == [
        "expressing c",
        "urging that ",
        "calling for ",
    ]
    (rec,) = case.recipients
    assert (rec.name, rec.title, rec.country) == (
        "President Alberto Ejemplo",
        "Presidente de la República",
        "Peru",
    )
    assert rec.salutation == {"en": "Dear President Ejemplo", "es": "Excmo. Sr. Presidente"}
    assert rec.fax == "+ 51 14 000000"
    assert case.copies_to == ()  # "diplomatic representatives ... in your country" is a note
    assert any(s.heading == "Copies" for s in case.background)
    assert case.summary.count("Amnesty International is concerned") == 1


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("PLEASE SEND APPEALS BEFORE 12 MAY 2019.", dt.date(2019, 5, 12)),
        ("Check with your section if sending appeals after 15 June 2005.", dt.date(2005, 6, 15)),
        ("Schrijf vóór 1 mei 2020 naar de minister.", dt.date(2020, 5, 1)),
        ("Écrivez avant le 3 mars 2021 au ministre.", dt.date(2021, 3, 3)),
        ("Envíen sus llamamientos antes del 5 de abril de 2022.", dt.date(2022, 4, 5)),
        ("Bitte schreiben Sie bis zum 1. Juli 2023.", dt.date(2023, 7, 1)),
        ("This Urgent Action expires on August 15, 2022.", dt.date(2022, 8, 15)),
    ],
)
def test_deadlines_in_many_phrasings(text: str, date: dt.date) -> None:
    found = find_deadline(text)
    assert found is not None and found[0] == date


def test_a_date_that_is_not_a_deadline() -> None:
    assert find_deadline("He was arrested on 7 February 2020 at the airport.") is None


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("ARAB REPUBLIC OF EGYPT", "Egypt"),
        ("Kingdom of Saudi Arabia", "Saudi Arabia"),
        ("Russische Föderation", "Russia"),
        ("Égypte", "Egypt"),
        ("Estados Unidos", "United States"),
        ("Verenigde Staten", "United States"),
        ("Weißrussland", ""),  # not Babel's German name (Belarus): no guess
    ],
)
def test_countries_by_any_name(name: str, english: str) -> None:
    assert country_name(name) == english


def test_languages_from_a_sentence() -> None:
    assert languages_in("Write in English, Chinese or your own language.") == ["en", "zh"]
    assert languages_in("Écrivez en anglais, en espagnol ou dans votre langue.") == ["en", "es"]


def test_write_to_at_the_end_of_a_sentence_and_a_title_with_a_name() -> None:
    text = textwrap.dedent("""\
        China: Release the poet Li Ming

        The poet Li Ming has been held since March for a poem. To help him, please write to:

        Premier of the People's Republic of China
        LI Qiang Guojia Zongli
        The State Council General Office
        2 Fuyoujie, Xichengqu
        Beijingshi 100017
        People's Republic of China
        Email: english@mail.gov.cn
        Salutation: Your Excellency

        I call on you to release Li Ming immediately and unconditionally.
        """)
    result = import_text(text)
    (rec,) = result.case.recipients
    assert rec.title == "Premier of the People's Republic of China"
    assert rec.name == "LI Qiang Guojia Zongli"
    assert rec.country == "China" and rec.salutation == {"en": "Your Excellency"}
    assert "please write to:" in result.case.summary  # the sentence stays
    assert [d.text["en"] for d in result.case.demands] == [
        "Release Li Ming immediately and unconditionally."
    ]


@pytest.mark.parametrize(
    ("sentence", "demand"),
    [
        ("Je vous demande de libérer Ana immédiatement.", "Libérer Ana immédiatement."),
        ("Le pido que libere a Ana de inmediato.", "Libere a Ana de inmediato."),
        ("Ich fordere Sie auf, Ana sofort freizulassen.", "Ana sofort freizulassen."),
        ("Ik vraag u Ana onmiddellijk vrij te laten.", "Ana onmiddellijk vrij te laten."),
        ("I call on you to release Ana at once.", "Release Ana at once."),
    ],
)
def test_demands_from_model_letters_in_five_languages(sentence: str, demand: str) -> None:
    text = f"Ana Example: a teacher detained\n\nDear Minister,\n\n{sentence}\n\nYours sincerely,\n"
    result = import_text(text)
    assert demands(text) == [demand]
    assert any(w.kind is WarningKind.DERIVED for w in result.warnings)


def test_a_site_heading_is_not_the_title_and_meeting_notes_are_not_demands() -> None:
    text = textwrap.dedent("""\
        Skip to main content
        Kategoriarkiv: Protestbrev

        Wednesday, 3 May 2023

        Group meeting notes

        • Discussed the film night at the library
        • Agreed to hold a stall at the summer fair
        """)
    result = import_text(text)
    assert result.case.title == "Group meeting notes"
    assert result.case.demands == ()


def test_the_international_ua_of_the_2010s() -> None:
    """'PLEASE WRITE IMMEDIATELY in ... or your own language:' before gerund bullets, 'PLEASE
    SEND APPEALS BEFORE ... TO:' before the address with no blank line, 'And copies to:', the
    diplomatic-address template, the header at the foot of the last page."""
    text = (SHAPES / "international-2010s.txt").read_text(encoding="utf-8")
    result = import_text(text)
    case = result.case
    assert case.title == "HUMAN RIGHTS LAWYER DETAINED INCOMMUNICADO"
    assert case.country == "Iran" and case.ua_number == "55/19"
    assert case.deadline == dt.date(2019, 5, 12)
    assert case.languages == ("fa", "en")
    assert case.action_intro.startswith("PLEASE WRITE IMMEDIATELY")
    assert len(case.demands) == 3
    (rec,) = case.recipients
    assert (rec.name, rec.title, rec.country) == (
        "Ebrahim Example",
        "Head of the Judiciary",
        "Iran",
    )
    assert rec.salutation == {"en": "Your Excellency"} and rec.email == "info@example.ir"
    (copy,) = case.copies_to
    assert copy.title == "Supreme Leader of the Islamic Republic of Iran"
    assert copy.name == "Ayatollah Ali Example"
    assert "copies_to[0].salutation" not in {w.field for w in result.warnings}


def test_a_french_section_ua() -> None:
    """ACTION URGENTE, 'PAYS. Titre', ACTION RECOMMANDÉE with bullets, 'ENVOYEZ VOS APPELS
    AVANT LE ... À :', 'Formule d'appel :', 'COPIES À :'."""
    case = import_text((SHAPES / "section-fr.txt").read_text(encoding="utf-8")).case
    assert case.title == "ÉGYPTE. UN CHERCHEUR DÉTENU ARBITRAIREMENT"
    assert (case.country, case.language, case.deadline) == ("Egypt", "fr", dt.date(2020, 5, 12))
    assert case.languages == ("ar", "en", "fr")
    assert len(case.demands) == 2 and case.action_intro.startswith("ACTION RECOMMANDÉE")
    (rec,) = case.recipients
    assert (rec.name, rec.title, rec.country) == ("Hamada Exemple", "Procureur général", "Egypt")
    assert rec.salutation == {"fr": "Monsieur le Procureur général,"}
    (copy,) = case.copies_to
    assert copy.country == "France"


def test_a_german_section_ua() -> None:
    """The country alone under the title, 'UA-Nr: UA-012/2020', an introduction ending with a
    comma, 'APPELLE AN' with the country in capitals, '(Anrede: ... / ...)', 'KOPIEN AN'."""
    case = import_text((SHAPES / "section-de.txt").read_text(encoding="utf-8")).case
    assert case.title == "FORSCHER WILLKÜRLICH INHAFTIERT"
    assert (case.country, case.language, case.ua_number) == ("Egypt", "de", "012/2020")
    assert case.deadline == dt.date(2020, 3, 24)
    assert [d.text["de"].split()[0] for d in case.demands] == ["Karim", "sicherzustellen,"]
    (rec,) = case.recipients
    assert (rec.name, rec.title, rec.country) == ("Hamada Beispiel", "GENERALSTAATSANWALT", "Egypt")
    assert rec.salutation == {
        "en": "Dear Counsellor",
        "de": "Sehr geehrter Herr Generalstaatsanwalt",
    }
    assert rec.email == "contact@example.eg"
    (copy,) = case.copies_to
    assert copy.title == "BOTSCHAFT DER ARABISCHEN REPUBLIK ÄGYPTEN"


def test_a_spanish_section_ua() -> None:
    """ACCIÓN URGENTE, ESCRIBAN INMEDIATAMENTE with gerund bullets, 'ENVÍEN LLAMAMIENTOS
    ANTES DEL ... A:', an office from end to end ('Fiscal General de la República'),
    'Correo-e:', 'Tratamiento:', COPIAS A with a note."""
    case = import_text((SHAPES / "section-es.txt").read_text(encoding="utf-8")).case
    assert case.title == "MÉXICO: DEFENSORA AMENAZADA DE MUERTE"
    assert (case.country, case.language, case.deadline) == ("Mexico", "es", dt.date(2019, 6, 14))
    assert len(case.demands) == 2 and case.languages == ("es",)
    (rec,) = case.recipients
    assert (rec.name, rec.title) == ("Alejandro Ejemplo", "Fiscal General de la República")
    assert rec.country == "Mexico" and rec.email == "fiscal@example.mx"
    assert rec.salutation == {"es": "Señor Fiscal General"}
    assert case.copies_to == ()


def test_a_dutch_section_ua() -> None:
    """SCHRIJFACTIE above the title, 'Schrijf vóór ... naar:', 'Aanhef:', 'Stuur een kopie
    naar:', the 'Voorbeeldbrief' label, demands from 'Ik vraag u ...' and 'Ik roep u op ...'."""
    result = import_text((SHAPES / "section-nl.txt").read_text(encoding="utf-8"))
    case = result.case
    assert case.title == "Turkije: Journalist vastgezet om zijn werk"
    assert (case.language, case.deadline) == ("nl", dt.date(2021, 4, 30))
    assert case.summary.startswith("Journalist Mehmet Voorbeeld zit sinds 1 maart 2021 vast")
    (rec,) = case.recipients
    assert (rec.name, rec.title) == ("Abdulhamit Voorbeeld", "Minister van Justitie")
    assert rec.salutation == {"nl": "Geachte minister,"}
    (copy,) = case.copies_to
    assert copy.address_lines == ("Jan Evertstraat 15", "2514 BS Den Haag")
    assert [d.text["nl"] for d in case.demands] == [
        "Hem onmiddellijk en onvoorwaardelijk vrij te laten.",
        "De aanklachten tegen hem in te trekken.",
    ]


def test_a_newsletter_prisoner_of_the_month() -> None:
    """A newsletter's paragraph: the country opens it, the address is written out after
    'to:' at its end, the request is 'letters appealing for ...'; the issue's month is not a
    title."""
    result = import_text((SHAPES / "newsletter-1990s.txt").read_text(encoding="utf-8"))
    case = result.case
    assert case.title == "KENYA: Daniel Example"
    assert case.country == "Kenya"
    (rec,) = case.recipients
    assert rec.name == "President Daniel arap Example"
    assert rec.address_lines[-2:] == ("PO Box 30510", "Nairobi") and rec.country == "Kenya"
    assert [d.text["en"] for d in case.demands] == ["His immediate and unconditional release."]
    assert "Amnesty International believes he is a prisoner of conscience" in " ".join(
        [case.summary, *(s.text for s in case.background)]
    )
