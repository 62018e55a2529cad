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


def _type(text: str, language: str) -> str:
    """``text`` typed key by key into a field that applies as_typed."""
    from composer.model.typography import as_typed

    out = ""
    for char in text:
        change = as_typed(out.rsplit("\n", 1)[-1], char, language)
        if change is None:
            out += char
        else:
            drop, insert = change
            out = out[: len(out) - drop] + insert
    return out


@pytest.mark.parametrize(
    ("language", "keys", "screen"),
    [
        ("en", "I can't say \"no\" ('never').", "I can’t say “no” (‘never’)."),
        (
            "fr",
            "l'ONU : vraiment ; non ! pourquoi ?",
            typeset("l'ONU : vraiment ; non ! pourquoi ?", "fr"),
        ),
        ("fr", 'Pourquoi?! Il dit "non".', f"Pourquoi{NNBSP}?! Il dit «{NBSP}non{NBSP}»."),
        ("fr", "à 10:30, voir https://example.org", "à 10:30, voir https://example.org"),
        ("fr", "Note :", f"Note{NBSP}:"),
        ("de", 'Er sagte "nein".', "Er sagte „nein“."),
        ("ru", 'Он сказал "нет".', "Он сказал «нет»."),
    ],
)
def test_typing_shows_what_the_page_will(language: str, keys: str, screen: str) -> None:
    assert _type(keys, language) == screen
    assert typeset(screen, language) == screen  # the page changes nothing more
