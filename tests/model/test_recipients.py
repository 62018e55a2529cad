"""Several recipients: one complete letter each, with its own address and salutation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer.model import recipients
from composer.model.draft import Draft, Sender
from composer.model.library import load_case_file

SEVERAL = load_case_file(Path(__file__).parents[1] / "data" / "cases" / "several.toml")
SENDER = Sender("Jane Doe", ("12 Elm Street", "Guelph ON  N1H 1A1"), "Guelph, Ontario")
DAY = dt.date(2026, 11, 30)


def draft(language: str = "en") -> Draft:
    return Draft.new(SEVERAL, language, SENDER, seed=3, date=DAY)


def test_addressees_are_the_recipients_then_the_copies() -> None:
    names = [r.name for r in recipients.addressees(SEVERAL)]
    assert names == [
        "Lt.-Gen. Ivan Kubrakou",
        "Andrei Shved",
        "Embassy of the Republic of Belarus",
    ]
    assert recipients.is_copy(SEVERAL, 2) and not recipients.is_copy(SEVERAL, 1)


@pytest.mark.parametrize(("text", "expected"), [("1", 0), ("3", 2), ("all", None), (" ALL ", None)])
def test_the_choice_counts_from_one(text: str, expected: int | None) -> None:
    assert recipients.parse_choice(text, 3) == expected


@pytest.mark.parametrize(("text", "message"), [("0", "1 to 3"), ("4", "1 to 3"), ("x", "number")])
def test_a_bad_choice_says_what_to_give(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        recipients.parse_choice(text, 3)


def test_all_gives_one_letter_per_recipient_with_its_own_address_and_salutation() -> None:
    d = draft()
    d.set_personal("I am a retired nurse in Guelph.")
    letters = recipients.letters_for(d, recipients.ALL)
    assert [letter.recipient[-1] for letter in letters] == ["BELARUS", "BELARUS", "CANADA"]
    assert [letter.recipient[0] for letter in letters] == [
        "Lt.-Gen. Ivan Kubrakou",
        "Andrei Shved",
        "Embassy of the Republic of Belarus",
    ]
    assert [letter.salutation for letter in letters] == [
        "Dear Minister,",
        "Dear Prosecutor General,",
        "Your Excellency,",
    ]
    for letter in letters:  # the writer's own words go to every recipient
        assert "I am a retired nurse in Guelph." in letter.paragraphs
        assert letter.signature == "Jane Doe"
    assert recipients.recipient_labels(d, None) == [
        "Lt.-Gen. Ivan Kubrakou, Minister of the Interior",
        "Andrei Shved, Prosecutor General",
        "Embassy of the Republic of Belarus",
    ]


def test_the_chosen_recipient_keeps_the_writers_edits_the_others_get_their_own() -> None:
    d = draft()
    d.set_text("salutation", "Dear Minister Kubrakou,")
    letters = recipients.letters_for(d, recipients.ALL)
    assert letters[0].salutation == "Dear Minister Kubrakou,"
    assert letters[1].salutation == "Dear Prosecutor General,"
    assert d.block("salutation").text == "Dear Minister Kubrakou,"  # the draft is untouched


def test_choosing_a_recipient_readdresses_the_draft_in_french_too() -> None:
    d = draft("fr")
    changed = d.set_recipient(2)
    assert {"recipient", "salutation"} <= set(changed)
    letter = d.letter()
    assert letter.recipient[0] == "Embassy of the Republic of Belarus"
    assert letter.salutation == "Excellence,"
    only = recipients.letters_for(d, 1)
    assert len(only) == 1 and only[0].salutation == "Monsieur le Procureur général,"
