"""Typography per language: what a typesetter (or LibreOffice's AutoCorrect) would set."""

from __future__ import annotations

import pytest

from composer.model.typography import NBSP, NNBSP, french_a, french_de, typeset


@pytest.mark.parametrize(
    ("language", "typed", "set_"),
    [
        (
            "en",
            "I can't say 'no' to \"them\" - ever...",
            f"I can’t say ‘no’ to “them”{NBSP}– ever…",
        ),
        (
            "fr",
            "l'ONU : vraiment ; non ! pourquoi ?",
            f"l’ONU{NBSP}: vraiment{NNBSP}; non{NNBSP}! pourquoi{NNBSP}?",
        ),
        ("fr", "« urgent »", f"«{NBSP}urgent{NBSP}»"),
        ("fr", '"urgent"', f"«{NBSP}urgent{NBSP}»"),
        ("fr", "à 10:30, voir https://example.org", "à 10:30, voir https://example.org"),
        ("de", 'Er sagte "nein".', "Er sagte „nein“."),
        ("es", 'Dijo "no".', "Dijo «no»."),
        ("ru", 'Он сказал "нет" - и ушёл.', f"Он сказал «нет»{NBSP}— и ушёл."),
        ("ru", "Она — узница совести", f"Она{NBSP}— узница совести"),
        ("de", "Sie ist – wie viele – in Haft", f"Sie ist{NBSP}– wie viele{NBSP}– in Haft"),
    ],
)
def test_typeset(language: str, typed: str, set_: str) -> None:
    assert typeset(typed, language) == set_
    assert typeset(set_, language) == set_  # idempotent


def test_no_line_starts_with_a_spaced_dash() -> None:
    from composer.render.line_breaking import break_lines

    typed = "Мария Колесникова. Она — узница совести, которую лишили свободы исключительно"
    text = typeset(typed, "ru")
    assert any(line.startswith("—") for line in break_lines(typed, 16, len))  # without the rule
    for width in range(12, 60):
        lines = break_lines(text, width, len)
        assert not any(line.startswith(("—", "–")) for line in lines), lines


@pytest.mark.parametrize(
    ("place", "de", "a"),
    [
        ("Ottawa", "d’Ottawa", "à Ottawa"),
        ("Le Havre", "du Havre", "au Havre"),
        ("Les Ulis", "des Ulis", "aux Ulis"),
        ("La Rochelle", "de La Rochelle", "à La Rochelle"),
        ("Guelph", "de Guelph", "à Guelph"),
    ],
)
def test_french_elision_and_contraction(place: str, de: str, a: str) -> None:
    assert french_de(place) == de
    assert french_a(place) == a
