"""Lines broken as the Unicode line-breaking rules (UAX #14) allow, to a measure, without runts."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

RUNT_CHARS = 12  # a last line holding one word shorter than this takes a word from above


@lru_cache(maxsize=2048)
def _break_opportunities(text: str) -> tuple[str, ...]:
    """The text cut where the Unicode line-breaking rules (UAX #14) allow a break: no line will
    start with closing punctuation, and no break is made at a non-breaking space. Cached: most
    paragraphs of a batch of letters are the same few wordings."""
    from uniseg.linebreak import line_break_units  # loaded with the renderer, not at start-up

    return tuple(line_break_units(text))


def break_lines(text: str, width: float, width_of: Callable[[str], float]) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (a unit wider than that stands alone).

    Widths add up unit by unit (no kerning across a break opportunity). The last line is not
    left with one short word (a runt) when a word from the line above can keep it company.
    """
    lines: list[list[str]] = []
    for hard_line in text.split("\n"):
        current: list[str] = []
        used = 0.0  # the width of ``current`` with its trailing spaces
        for unit in _break_opportunities(hard_line):
            bare = unit.rstrip()
            if current and used + width_of(bare) > width:
                lines.append(current)
                current, used = [], 0.0
            current.append(unit)
            used += width_of(unit)
        lines.append(current)
    if len(lines) >= 2:
        last, above = lines[-1], lines[-2]
        runt = "".join(last).strip()
        if len(last) == 1 and len(above) >= 3 and len(runt) < RUNT_CHARS:
            moved = [above[-1], *last]
            if sum(width_of(u) for u in moved[:-1]) + width_of(moved[-1].rstrip()) <= width:
                lines[-2], lines[-1] = above[:-1], moved
    return ["".join(units).rstrip() for units in lines]
