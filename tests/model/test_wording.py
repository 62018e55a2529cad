"""The wording of letters: variety among writers, demands that never open alike, a request for
a reply, the case's facts, copies, and the five letter languages."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import replace

import pytest

from composer.model.case import Recipient
from composer.model.draft import Draft, Sender
from composer.model.library import load_builtin
from composer.model.templates import LANGUAGES, variant_count

CASE = load_builtin("kalesnikava")
DAY = dt.date(2026, 11, 26)
WRITER = Sender("Margaret Thompson", ("42 Elm Street",), "Guelph, Ontario", "N1H 3T5", "Canada")


def letter_text(draft: Draft) -> str:
    letter = draft.letter(today=DAY)
    return "\n".join((letter.salutation, *letter.paragraphs, letter.valediction))


def opening_words(text: str, n: int = 3) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text.casefold())[:n])


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_thirty_writers_get_at_least_twenty_eight_different_letters(language: str) -> None:
    """Thirty writers at one event (seeds 0-29) writing the four-demand case."""
    letters = {letter_text(Draft.new(CASE, language, WRITER, seed, DAY)) for seed in range(30)}
    assert len(letters) >= 28


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_no_two_neighbouring_demands_open_alike_for_any_choice_of_demands(language: str) -> None:
    """Every subset of the four demands, over many writers: neighbours start differently."""
    count = len(CASE.demands)
    subsets = [
        set(chosen)
        for size in range(1, count + 1)
        for chosen in itertools.combinations(range(count), size)
    ]
    assert len(subsets) == 15
    for seed in range(40):
        draft = Draft.new(CASE, language, WRITER, seed, DAY)
        for chosen in subsets:
            for i in range(count):
                draft.set_demand(i, i in chosen)
            texts = [draft.block(f"demand-{i}").text for i in draft.included_demands()]
            for first, second in itertools.pairwise(texts):
                assert opening_words(first) != opening_words(second), (seed, chosen)


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_each_language_has_enough_demand_wordings_for_the_case(language: str) -> None:
    assert variant_count(language, "demand") >= max(7, len(CASE.demands))
    # The wordings themselves start differently (so no two demands can open alike): a case
    # of one demand shows every wording in turn.
    one = replace(CASE, demands=CASE.demands[2:3])
    draft = Draft.new(one, language, WRITER, 1, DAY)
    starts = {
        opening_words(draft.reword("demand-0")) for _ in range(variant_count(language, "demand"))
    }
    assert len(starts) == variant_count(language, "demand")


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_closing_asks_for_a_reply(language: str) -> None:
    reply = {
        "en": r"\breply\b",
        "fr": r"réponse|m’indiquer",
        "es": r"respuesta|respondiera",
        "de": r"Antwort",
        "ru": r"ответ|сообщить",
    }[language]
    draft = Draft.new(CASE, language, WRITER, 0, DAY)
    for _ in range(variant_count(language, "closing")):
        assert re.search(reply, draft.reword("closing")), draft.block("closing").text


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_opening_gives_the_cases_facts(language: str) -> None:
    fact = {
        "en": "prisoner of conscience",
        "fr": "Prisonnière d’opinion",
        "es": "presa de conciencia",
        "de": "gewaltlose politische Gefangene",
        "ru": "узница совести",
    }[language]
    draft = Draft.new(CASE, language, WRITER, 0, DAY)
    for _ in range(variant_count(language, "opening")):
        assert fact in draft.reword("opening")


def test_pending_release_is_said_only_of_the_other_demands() -> None:
    seen_pending = False
    for seed in range(60):
        draft = Draft.new(CASE, "en", WRITER, seed, DAY)
        assert not draft.block("demand-0").text.startswith("Pending")
        seen_pending |= any(
            draft.block(f"demand-{i}").text.startswith("Pending her release, I ask you to")
            for i in range(1, 4)
        )
    assert seen_pending


@pytest.mark.parametrize(
    ("language", "salutation", "valediction_word"),
    [
        ("en", "Dear Minister,", "Yours"),
        ("fr", "Monsieur le Ministre,", "Monsieur le Ministre"),
        ("es", "Señor Ministro:", "tentamente"),
        ("de", "Sehr geehrter Herr Minister,", "Mit "),
        ("ru", "Уважаемый господин министр!", "С "),
    ],
)
def test_forms_of_address_per_language(
    language: str, salutation: str, valediction_word: str
) -> None:
    letter = Draft.new(CASE, language, WRITER, 4, DAY).letter(today=DAY)
    assert letter.salutation == salutation
    # German continues in lower case after the comma; the others begin a sentence.
    first = letter.paragraphs[0][0]
    assert first.islower() if language == "de" else first.isupper()
    assert valediction_word in letter.valediction or letter.valediction.startswith(valediction_word)


def test_the_case_demands_are_in_each_language() -> None:
    for language in LANGUAGES:
        for i in range(len(CASE.demands)):
            assert Draft.new(CASE, language, WRITER, 0, DAY).demand_translated(i), (language, i)


def test_french_demand_two_repeats_its_preposition() -> None:
    """« de mettre fin … en lui permettant de communiquer », never « et lui permettre »."""
    draft = Draft.new(CASE, "fr", WRITER, 0, DAY)
    for _ in range(variant_count("fr", "demand")):
        text = draft.reword("demand-1")
        assert "et lui permettre" not in text
        assert "en lui permettant de communiquer" in text


def test_a_cc_line_names_the_copies_when_the_case_lists_them() -> None:
    embassy = Recipient(
        "Ambassador Ihar Leshchenya", "Embassy of the Republic of Belarus", country="Canada"
    )
    case = replace(CASE, copies_to=(embassy,))
    assert Draft.new(CASE, "en", WRITER, 0, DAY).letter().copies == ()
    assert Draft.new(case, "en", WRITER, 0, DAY).letter().copies == (
        "cc: Ambassador Ihar Leshchenya, Embassy of the Republic of Belarus",
    )
    assert Draft.new(case, "fr", WRITER, 0, DAY).letter().copies[0].startswith("c. c.\u00a0:")


def test_the_writers_own_text_is_typeset_in_the_letters_language() -> None:
    draft = Draft.new(CASE, "fr", WRITER, 0, DAY)
    draft.set_personal("Je suis infirmière à l'hôpital de Guelph ; c'est \"urgent\" !")
    personal = draft.letter(today=DAY).paragraphs[1]
    assert personal == (
        "Je suis infirmière à l’hôpital de Guelph\u202f; c’est «\u00a0urgent\u00a0»\u202f!"
    )


def test_french_towns_are_elided_and_contracted() -> None:
    expected = {"Ottawa": "d’Ottawa", "Le Havre": "du Havre", "Les Ulis": "des Ulis"}
    for town, phrase in expected.items():
        draft = Draft.new(CASE, "fr", replace(WRITER, town=town), 0, DAY)
        openings = {draft.reword("opening") for _ in range(variant_count("fr", "opening"))}
        assert all(f"de {town}" not in text for text in openings), town
        assert any(phrase in text for text in openings), town


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_no_closing_or_opening_opens_like_a_demand(language: str) -> None:
    """The paragraphs around the demands never start with a demand's words either."""
    one = replace(CASE, demands=CASE.demands[2:3])
    draft = Draft.new(one, language, WRITER, 1, DAY)
    demands = {
        opening_words(draft.reword("demand-0")) for _ in range(variant_count(language, "demand"))
    }
    for part in ("opening", "closing"):
        for _ in range(variant_count(language, part)):
            assert opening_words(draft.reword(part)) not in demands, (part, draft.block(part).text)
