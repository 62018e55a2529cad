"""The draft model: toggling demands around the writer's edits, order, languages, templates."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from composer.model.draft import BlockKind, Draft, Sender
from composer.model.library import load_builtin
from composer.model.templates import (
    LetterTemplateError,
    available_languages,
    comma,
    lcfirst,
    render_source,
    variant_count,
)
from composer.model.typography import french_de

CASE = load_builtin("kalesnikava")
SENDER = Sender("Jane Doe", ("12 Elm Street", "Guelph ON  N1H 1A1"), "Guelph, Ontario")


def new_draft(language: str = "en", seed: int = 7) -> Draft:
    return Draft.new(CASE, language, SENDER, seed=seed, date=dt.date(2026, 11, 26))


def texts(draft: Draft) -> dict[str, str]:
    return {b.key: b.text for b in draft.visible_blocks()}


def test_blocks_in_letter_order() -> None:
    draft = new_draft()
    assert [b.key for b in draft] == [
        "date",
        "recipient",
        "salutation",
        "opening",
        "personal",
        "demand-0",
        "demand-1",
        "demand-2",
        "demand-3",
        "closing",
        "valediction",
        "signature",
    ]
    assert draft.block("date").text == "November 26, 2026"
    assert draft.block("salutation").text == "Dear Minister,"
    assert draft.block("signature").text == "Jane Doe"


def test_demand_sentences_carry_the_case_demands() -> None:
    draft = new_draft()
    for i, demand in enumerate(CASE.demands):
        sentence = draft.block(f"demand-{i}").text
        assert demand.text["en"][1:] in sentence  # "ensure that..." after "I urge you to"
        assert sentence[0].isupper() and sentence.endswith(".")


def test_untick_removes_only_that_demand() -> None:
    draft = new_draft()
    before = texts(draft)
    draft.set_demand(2, False)
    after = texts(draft)
    assert "demand-2" not in after
    assert {k: v for k, v in before.items() if k != "demand-2"} == after
    assert "torture" not in " ".join(draft.letter().paragraphs)


def test_retick_restores_the_writers_wording_in_case_order() -> None:
    draft = new_draft()
    draft.set_text("demand-1", "Please let her family and lawyers see her.")
    draft.set_text("opening", "I write as a retired nurse from Guelph.")
    draft.set_demand(1, False)
    draft.set_demand(0, False)
    draft.set_demand(1, True)
    draft.set_demand(0, True)
    letter = draft.letter()
    assert letter.paragraphs[0] == "I write as a retired nurse from Guelph."
    demands = letter.paragraphs[1:5]
    assert demands[1] == "Please let her family and lawyers see her."
    assert "released immediately" in demands[0]
    assert "torture" in demands[2] and "medical care" in demands[3]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.booleans(), st.text(max_size=30)), max_size=25))
def test_any_toggle_sequence_keeps_every_edit(steps: list[tuple[int, bool, str]]) -> None:
    """Whatever is toggled, in whatever order, each block keeps its latest text."""
    draft = new_draft()
    expected = {b.key: b.text for b in draft}
    for index, included, edit in steps:
        if edit:
            draft.set_text(f"demand-{index}", edit)
            expected[f"demand-{index}"] = edit
        draft.set_demand(index, included)
    assert {b.key: b.text for b in draft} == expected
    shown = [k for k in (b.key for b in draft.visible_blocks()) if k.startswith("demand-")]
    assert shown == sorted(shown)


def test_personal_paragraph_goes_after_the_opening() -> None:
    draft = new_draft()
    draft.set_personal("I am a retired nurse; I know what an ulcer untreated means.")
    assert draft.letter().paragraphs[1].startswith("I am a retired nurse")


def test_empty_personal_paragraph_is_left_out() -> None:
    assert len(new_draft().letter().paragraphs) == 1 + 4 + 1


def test_unticking_every_demand_is_allowed_but_noticed() -> None:
    draft = new_draft()
    for i in range(4):
        draft.set_demand(i, False)
    assert not draft.makes_a_request()
    assert len(draft.letter().paragraphs) == 2


def test_sender_change_updates_untouched_blocks_only() -> None:
    draft = new_draft()
    draft.set_text("signature", "J. D.")
    changed = draft.set_sender(Sender("Jean Dupont", (), ""))
    assert draft.block("signature").text == "J. D."
    assert "signature" not in changed


def test_french_letter() -> None:
    draft = new_draft("fr")
    # French names the province in parentheses: « Guelph (Ontario) ».
    assert draft.block("date").text == "Guelph (Ontario), le 26 novembre 2026"
    assert draft.block("salutation").text == "Monsieur le Ministre,"
    assert "libérée immédiatement" in draft.block("demand-0").text
    assert "Monsieur le Ministre" in draft.block("valediction").text


def test_language_switch_sets_edits_aside_and_brings_them_back() -> None:
    draft = new_draft()
    draft.set_text("demand-2", "My own words against torture.")
    draft.set_personal("My own paragraph.")
    change = draft.set_language("fr")
    assert change.set_aside == ("demand-2",)
    assert "torture" in draft.block("demand-2").text and "cesser" in draft.block("demand-2").text
    assert draft.block("personal").text == "My own paragraph."  # the writer's, in any language
    back = draft.set_language("en")
    assert back.restored == ("demand-2",)
    assert draft.block("demand-2").text == "My own words against torture."


def test_untranslated_demand_falls_back_to_the_case_language() -> None:
    case = CASE.__class__(
        id="x",
        title="t",
        language="en",
        people=("A",),
        demands=(CASE.demands[0].__class__({"en": "Free A."}),),
    )
    draft = Draft.new(case, "fr", seed=1)
    assert not draft.demand_translated(0)
    assert "free A." in draft.block("demand-0").text


def test_two_writers_need_not_write_the_same_letter() -> None:
    letters = {new_draft(seed=s).letter().paragraphs for s in range(12)}
    assert len(letters) > 1


def test_neighbouring_demands_are_worded_differently() -> None:
    draft = new_draft()
    openings = [draft.block(f"demand-{i}").text.split(" to ")[0] for i in range(4)]
    assert all(a != b for a, b in itertools.pairwise(openings))


def test_reword_cycles_through_wordings() -> None:
    draft = new_draft()
    seen = {draft.block("opening").text}
    for _ in range(variant_count("en", "opening") - 1):
        seen.add(draft.reword("opening"))
    assert len(seen) == variant_count("en", "opening")
    with pytest.raises(ValueError, match="only one wording"):
        draft.reword("salutation")


def test_every_language_has_two_wordings_of_each_part() -> None:
    assert available_languages() == ["en", "fr", "es", "de", "ru"]
    for language in available_languages():
        for part in ("opening", "demand", "closing", "valediction"):
            assert variant_count(language, part) >= 2


def test_round_trip_through_autosave_data() -> None:
    draft = new_draft()
    draft.set_text("demand-0", "Free her now.")
    draft.set_demand(3, False)
    draft.set_language("fr")
    again = Draft.from_dict(draft.to_dict(), CASE)
    assert [(b.key, b.text, b.included, b.edits_by_language) for b in again] == [
        (b.key, b.text, b.included, b.edits_by_language) for b in draft
    ]


def test_damaged_autosave_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="damaged"):
        Draft.from_dict({"language": "en", "date": "not a date"}, CASE)


def test_undated_draft_is_dated_the_day_it_is_printed() -> None:
    draft = Draft.new(CASE, "en", SENDER, seed=1)
    assert draft.letter(today=dt.date(2027, 1, 5)).date == "January 5, 2027"


def test_letter_carries_everything_the_page_needs() -> None:
    letter = new_draft().letter()
    assert letter.recipient[-1] == "BELARUS"
    assert letter.salutation == "Dear Minister,"
    assert letter.sender_address == ("12 Elm Street", "Guelph ON  N1H 1A1")
    assert letter.valediction in ("Yours sincerely,", "Respectfully yours,")
    assert letter.signature == "Jane Doe"
    assert all(BlockKind(k) for k in ("opening", "demand"))


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ demand.__class__ }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ no_such_variable }}",
        "{% for x in range(10**9) %}{% endfor %}",
    ],
)
def test_hostile_or_broken_templates_are_refused(source: str) -> None:
    with pytest.raises(LetterTemplateError):
        render_source(source, {"demand": "Free her."})


def test_template_helpers() -> None:
    assert lcfirst("Ensure that") == "ensure that"
    assert lcfirst("UN bodies") == "UN bodies"
    assert comma("Dear Minister") == "Dear Minister,"
    assert comma("Dear Minister,") == "Dear Minister,"
    assert comma("Estimado Señor:") == "Estimado Señor:"
    assert french_de("accorder") == "d’accorder"
    assert french_de("veiller") == "de veiller"


def test_custom_wordings_from_the_user_folder_are_offered(user_data: Path) -> None:
    """A pack's template (in the user data folder) becomes one more wording to choose."""
    folder = user_data / "templates" / "en"
    folder.mkdir(parents=True)
    (folder / "closing-9.j2").write_text("With hope for {{ people }},", encoding="utf-8")
    (folder / "opening-8.j2").write_text("{% if %}broken", encoding="utf-8")
    assert variant_count("en", "closing") == 4
    assert variant_count("en", "opening") == 4  # the broken one is left out
    draft = new_draft()
    seen = {draft.reword("closing") for _ in range(4)}
    assert "With hope for Maryia Kalesnikava," in seen
