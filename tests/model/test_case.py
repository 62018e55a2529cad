"""The case model: the built-in case is the seed, and case files are checked with clear errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer.model.case import CaseError, case_from_toml, case_to_toml
from composer.model.library import builtin_case_ids, load_builtin, load_case

SEED = Path(__file__).resolve().parents[1] / "data" / "ua" / "kalesnikava-urgent-action.txt"


def test_kalesnikava_reproduces_the_seed() -> None:
    """Title, demands, recipient, salutation, deadline and background come from the seed."""
    case = load_builtin("kalesnikava")
    assert case.title == "Belarus: End the torturous isolation of Maryia Kalesnikava"
    assert case.people == ("Maryia Kalesnikava",)
    assert [d.text["en"] for d in case.demands] == [
        "Ensure that Maryia Kalesnikava is released immediately and unconditionally.",
        "End her incommunicado detention and allow her contact with the outside world.",
        "Stop all forms of torture and ill-treatment against her.",
        "Provide her with the adequate medical care she urgently needs.",
    ]
    rec = case.recipient
    assert rec is not None
    assert rec.name == "Lt.-Gen. Ivan Kubrakou"
    assert rec.title == "Minister of the Interior"  # the seed's "Interrior" corrected
    assert rec.address_lines == ("Vul. Haradski Val 4", "Minsk 220030")
    assert rec.country == "Belarus"
    assert rec.salutation["en"] == "Dear Minister,"
    assert case.deadline == dt.date(2024, 11, 1)
    assert case.deadline_passed(dt.date(2026, 11, 26))
    assert not case.deadline_passed(dt.date(2024, 10, 1))
    assert [s.heading for s in case.background] == [
        "Arrest and sentencing",
        "Health concerns & political reprisals",
        "Inhumane prison conditions",
    ]


def test_every_paragraph_of_the_seed_is_in_the_case() -> None:
    """Nothing of the seed's summary and background is lost (typo aside)."""
    case = load_builtin("kalesnikava")
    kept = " ".join([case.summary, *(s.text for s in case.background)])
    seed = SEED.read_text(encoding="utf-8")
    for paragraph in seed.split("\n\n"):
        paragraph = paragraph.strip()
        if len(paragraph) > 200 and "•" not in paragraph:  # prose, not the demand list
            assert paragraph in kept


def test_address_has_country_last_in_capitals() -> None:
    rec = load_builtin("kalesnikava").recipient
    assert rec is not None
    assert rec.envelope_lines() == [
        "Lt.-Gen. Ivan Kubrakou",
        "Minister of the Interior",
        "Vul. Haradski Val 4",
        "Minsk 220030",
        "BELARUS",
    ]


def test_round_trip_through_toml() -> None:
    case = load_builtin("kalesnikava")
    assert case_from_toml(case_to_toml(case)) == case


@pytest.mark.parametrize(
    ("text", "field", "line"),
    [
        ('title = "t"\n', "id", None),
        ('id = "x"\ntitle = "t"\ndeadline = "soon"\n', "deadline", 3),
        ('id = "x"\ntitle = "t"\n\n[[demands]]\ntext = 3\n', "demands[0].text", 5),
        ('id = "x"\ntitle = "t"\n[[recipients]]\ntitle = "Minister"\n', "recipients[0].name", None),
        ('id = "Bad Id"\ntitle = "t"\n', "id", 1),
        ('id = "x"\ntitle = "t"\ntitel = "typo"\n', "titel", 3),
    ],
)
def test_errors_name_the_field_and_line(text: str, field: str, line: int | None) -> None:
    with pytest.raises(CaseError) as info:
        case_from_toml(text, source="case.toml")
    assert info.value.field == field
    assert info.value.line == line
    assert field in str(info.value)


def test_broken_toml_names_the_line() -> None:
    with pytest.raises(CaseError, match="line 2"):
        case_from_toml('id = "x"\ntitle = \n')


def test_load_case_by_id_and_by_path(tmp_path: Path) -> None:
    assert "kalesnikava" in builtin_case_ids()
    path = tmp_path / "mine.toml"
    path.write_text('id = "mine"\ntitle = "A case of mine"\n', encoding="utf-8")
    assert load_case(str(path)).id == "mine"
    with pytest.raises(CaseError, match="no case called"):
        load_case("no-such-case")
    with pytest.raises(CaseError, match="no such file"):
        load_case(str(tmp_path / "missing.toml"))
