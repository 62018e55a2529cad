"""Page geometry: the envelope windows (KOMA-Script letter classes, DIN 5008), default paper."""

from __future__ import annotations

import pytest

from composer.model.paper import Rect, inch, mm
from composer.render.layouts import (
    LAYOUTS,
    UnknownLayoutError,
    default_layout_id,
    get_layout,
)


def close(a: float, b: float) -> bool:
    return abs(a - b) < 0.01


def test_three_layouts() -> None:
    assert set(LAYOUTS) == {"us-letter", "a4-din5008-b", "a4-din5008-a"}


def test_us_letter_uses_the_uscommercial9_field_with_an_eighth_inch_clear() -> None:
    layout = get_layout("us-letter")
    assert (layout.page_width, layout.page_height) == (612, 792)
    w = layout.window
    assert (close(w.x, inch(0.6875)), close(w.y, inch(2.1875))) == (True, True)
    assert (close(w.w, inch(4.5)), close(w.h, inch(1.125))) == (True, True)
    clear = w.inset(inch(0.125), inch(0.125), inch(0.125), inch(0.125))
    assert clear.contains(layout.address_area)
    assert layout.return_area is None
    assert [round(y / 72, 2) for y in layout.fold_marks] == [3.67, 7.33]


@pytest.mark.parametrize(
    ("layout_id", "top", "folds"),
    [
        ("a4-din5008-b", 45, (105, 210)),
        ("a4-din5008-a", 27, (87, 192)),
    ],
)
def test_din5008_fields(layout_id: str, top: float, folds: tuple[float, float]) -> None:
    layout = get_layout(layout_id)
    assert (round(layout.page_width / mm(1)), round(layout.page_height / mm(1))) == (210, 297)
    w = layout.window
    assert [round(v / mm(1), 2) for v in (w.x, w.y, w.w, w.h)] == [20, top, 85, 45]
    assert layout.return_area is not None
    assert close(layout.return_area.y, w.y)
    assert close(layout.return_area.h, mm(17.7))
    assert w.contains(layout.return_area)
    assert w.contains(layout.address_area)
    assert close(layout.address_area.y, w.y + mm(17.7))
    assert tuple(round(y / mm(1), 2) for y in layout.fold_marks) == folds


@pytest.mark.parametrize("layout_id", sorted(LAYOUTS))
def test_blocks_stay_on_the_page_and_body_starts_below_the_window(layout_id: str) -> None:
    layout = get_layout(layout_id)
    page = Rect(0, 0, layout.page_width, layout.page_height)
    for rect in (layout.window, layout.address_area, layout.sender_box, layout.date_box):
        assert page.contains(rect)
    assert layout.body_top > layout.window.bottom
    assert not _overlaps(layout.date_box, layout.window)
    if not layout.date_below_sender:
        assert layout.sender_box.bottom <= layout.window.y


def _overlaps(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


@pytest.mark.parametrize(
    ("territory", "expected"),
    [
        ("CA", "us-letter"),
        ("US", "us-letter"),
        ("mx", "us-letter"),
        ("PH", "us-letter"),
        ("CL", "us-letter"),
        ("CO", "us-letter"),
        ("VE", "us-letter"),
        ("GT", "us-letter"),
        ("PR", "us-letter"),
        ("DE", "a4-din5008-b"),
        ("FR", "a4-din5008-b"),
        ("BY", "a4-din5008-b"),
        ("GB", "a4-din5008-b"),
    ],
)
def test_default_layout_by_territory(territory: str, expected: str) -> None:
    assert default_layout_id(territory) == expected


def test_unknown_layout_is_a_clear_error() -> None:
    with pytest.raises(UnknownLayoutError) as info:
        get_layout("a5")
    assert str(info.value) == (
        "there is no page layout called 'a5' (known: us-letter, a4-din5008-b, a4-din5008-a)"
    )


def test_no_territory_gives_the_same_default_as_the_command_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The "C" locale: window and command line both fall back to DEFAULT_LAYOUT_ID."""
    from composer.cli_locale import default_layout_from_locale
    from composer.render.layouts import DEFAULT_LAYOUT_ID

    assert default_layout_id("") == DEFAULT_LAYOUT_ID
    assert default_layout_id("  ") == DEFAULT_LAYOUT_ID
    for name in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C")
    assert default_layout_from_locale() == DEFAULT_LAYOUT_ID
