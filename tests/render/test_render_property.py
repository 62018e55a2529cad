"""Whatever text a writer types, rendering gives a PDF or a clear RenderError, never a crash."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.model.letter import Letter
from composer.render.layouts import get_layout
from composer.render.pdf import RenderError, render_letter

# Latin, Cyrillic, Greek, Hebrew, Arabic, combining marks, punctuation, CJK and emoji (no font
# has the last two), and the odd control character pasted from e-mail.
ALPHABET = st.sampled_from(
    list("aZé ,.-'’“”«»")
    + list("Жжщ")
    + list("Ωλ")
    + list("שלום")
    + list("سلام")
    + ["\u0301", "\u05b8", "\u064e", "\u200f", "\u00a0", "\t", "\u00ad", "山", "😀", "\x07"]
)
TEXT = st.text(ALPHABET, min_size=0, max_size=120)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(name=TEXT, paragraph=TEXT, line=TEXT)
def test_any_text_renders_or_is_refused_clearly(
    make_letter: Callable[..., Letter], name: str, paragraph: str, line: str
) -> None:
    letter = make_letter(
        sender_name=name,
        signature=name,
        sender_address=(line,),
        paragraphs=(paragraph, *make_letter().paragraphs[:2]),
        recipient=("Lt.-Gen. Ivan Kubrakou", line, "BELARUS"),
    )
    try:
        result = render_letter(letter, get_layout("a4-din5008-b"))
    except RenderError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert result.pdf.startswith(b"%PDF-")
    assert result.page_count >= 1
