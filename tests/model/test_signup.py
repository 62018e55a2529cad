"""The sign-up sheet: rows with their line numbers, bad rows named, encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.model.signup import SignupError, parse, read_text

LANGS = frozenset({"en", "fr"})


def test_rows_become_writers_with_their_lines() -> None:
    text = (
        "name,address,town,language,note\n"
        "Anne Dupuis,12 rue Saint-Jean;Québec QC  G1R 1N8,Québec,fr,\n"
        '"Bob Smith","1 Main St;Guelph ON",Guelph,,"I am a nurse,\nand a mother."\n'
        "Carla Diaz,,,EN,\n"
    )
    signup = parse(text, LANGS)
    assert [(w.line, w.name) for w in signup.writers] == [
        (2, "Anne Dupuis"),
        (3, "Bob Smith"),
        (5, "Carla Diaz"),  # Bob's note takes two lines
    ]
    anne, bob, carla = signup.writers
    assert anne.address_lines == ("12 rue Saint-Jean", "Québec QC  G1R 1N8")
    assert anne.language == "fr" and bob.language == "" and carla.language == "en"
    assert bob.note == "I am a nurse,\nand a mother."
    assert signup.problems == ()


def test_bad_rows_are_named_and_the_others_kept() -> None:
    text = (
        "name,address,town,language,note\n"
        "Anne Dupuis,,Québec,fr,\n"
        ",1 Main St,Guelph,en,\n"
        "Hans Meier,,Bern,de,\n"
        "\n"
        "Zoe Li,,Toronto,en,,extra\n"
        "Yves Roy,,Laval,fr,\n"
    )
    signup = parse(text, LANGS)
    assert [w.name for w in signup.writers] == ["Anne Dupuis", "Yves Roy"]
    assert [str(p) for p in signup.problems] == [
        "line 3: the name is missing",
        "line 4: unknown language 'de' (letters can be written in en, fr)",
        "line 6: has 6 cells; the header has 5",
    ]


def test_a_bom_is_fine_and_another_encoding_is_one_sentence(tmp_path: Path) -> None:
    good = tmp_path / "bom.csv"
    good.write_bytes("\ufeffname,address,town,language,note\nÉlise,,,fr,\n".encode())
    assert parse(read_text(good), LANGS).writers[0].name == "Élise"
    bad = tmp_path / "latin1.csv"
    bad.write_bytes("name,address,town,language,note\nÉlise,,,fr,\n".encode("latin-1"))
    with pytest.raises(SignupError, match=r"not UTF-8 .*CSV UTF-8"):
        read_text(bad)


def test_a_wrong_header_is_refused() -> None:
    with pytest.raises(SignupError, match="line 1: the header must be"):
        parse("nom,adresse\nAnne,\n", LANGS)
