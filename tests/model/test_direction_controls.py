"""Direction overrides and embeddings never enter the model, wherever text comes in."""

from __future__ import annotations

import dataclasses

import pytest

from composer.model.case import case_from_toml, case_to_toml
from composer.model.draft import Draft, Sender
from composer.model.importer import import_text
from composer.model.library import open_case
from composer.model.plain_text import DIRECTION_CONTROLS

RLO, PDF, RLI, PDI = "\u202e", "\u202c", "\u2067", "\u2069"


def clean(text: str) -> bool:
    return not any(ch in DIRECTION_CONTROLS for ch in text)


def test_a_case_file_with_overrides_raw_or_escaped_reads_plainly() -> None:
    case = open_case("kalesnikava")
    rec = dataclasses.replace(case.recipients[0], name=f"Lt.-Gen. {RLO}Ivan Kubrakou{PDF}")
    text = case_to_toml(dataclasses.replace(case, recipients=(rec,), title=f"{RLI}Belarus{PDI}"))
    escaped = text.replace(RLO, "\\u202E").replace(RLI, "\\u2067")
    for source in (text, escaped):
        loaded = case_from_toml(source)
        assert loaded.recipients[0].name == "Lt.-Gen. Ivan Kubrakou"
        assert loaded.title == "Belarus"


def test_an_imported_urgent_action_loses_its_overrides() -> None:
    ua = (
        f"Belarus: End the isolation of {RLO}Maryia Kalesnikava{PDF}\n\n"
        "Maryia Kalesnikava has been held incommunicado since February 2023.\n\n"
        "Write to the Minister urging him to:\n"
        f"• Release {RLI}Maryia Kalesnikava{PDI} immediately.\n"
    )
    case = import_text(ua).case
    assert clean(case.title) and "Maryia Kalesnikava" in case.title
    assert all(clean(text) for d in case.demands for text in d.text.values())


@pytest.mark.parametrize("where", ["sender", "typed", "saved draft"])
def test_the_letter_never_carries_an_override(where: str) -> None:
    case = open_case("kalesnikava")
    name = f"Ann {RLO}Writer{PDF}"
    draft = Draft.new(case, "en", Sender(name if where == "sender" else "Ann Writer"), seed=3)
    if where == "typed":
        draft.set_text("personal", f"From {RLI}Guelph{PDI}, Ontario.")
    if where == "saved draft":
        data = draft.to_dict()
        personal = next(b for b in data["blocks"] if b["key"] == "personal")
        personal["text"] = f"Hello from {RLO}Guelph{PDF}."
        draft = Draft.from_dict(data, case)
        assert draft.block("personal").text == "Hello from Guelph."
    letter = draft.letter()
    assert letter.signature == "Ann Writer"
    for value in dataclasses.astuple(letter):
        texts = value if isinstance(value, tuple) else (value,)
        assert all(clean(t) for t in texts if isinstance(t, str))
