"""Paper and envelope sizes, units and rectangles: the one home of page geometry.

Layouts (``composer.render.layouts``), envelopes, the print queue and the window all read their
sizes here, in PDF points (1/72 in) from the top-left corner.
"""

from __future__ import annotations

from dataclasses import dataclass

PT_PER_IN = 72.0
PT_PER_MM = 72.0 / 25.4

# Two sizes closer than this (in points) are the same paper: PDF writers round A4 differently.
SIZE_TOLERANCE_PT = 3.0


def inch(value: float) -> float:
    return value * PT_PER_IN


def mm(value: float) -> float:
    return value * PT_PER_MM


@dataclass(frozen=True)
class Rect:
    """A rectangle on the page: ``x``, ``y`` from the top-left corner, in points."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def inset(self, left: float, top: float, right: float, bottom: float) -> Rect:
        return Rect(self.x + left, self.y + top, self.w - left - right, self.h - top - bottom)

    def contains(self, other: Rect, tolerance: float = 0.01) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )


# Paper names as CUPS PPDs spell them ("Letter", "A4"), which the print queue and the window share.
LETTER = "Letter"
A4 = "A4"

# Portrait sizes in points of the papers and envelopes we print on, by their CUPS names.
PAPER_SIZES_PT: dict[str, tuple[float, float]] = {
    LETTER: (inch(8.5), inch(11)),
    "Legal": (inch(8.5), inch(14)),
    A4: (mm(210), mm(297)),
    "A5": (mm(148), mm(210)),
    "Env10": (inch(4.125), inch(9.5)),
    "EnvDL": (mm(110), mm(220)),
    "EnvC5": (mm(162), mm(229)),
}


def paper_name_for_size(width_pt: float, height_pt: float) -> str | None:
    """The paper whose size is ``width_pt`` x ``height_pt`` in either orientation, if known."""
    for name, (w, h) in PAPER_SIZES_PT.items():
        for a, b in ((w, h), (h, w)):
            if abs(a - width_pt) <= SIZE_TOLERANCE_PT and abs(b - height_pt) <= SIZE_TOLERANCE_PT:
                return name
    return None


@dataclass(frozen=True)
class EnvelopeSize:
    id: str  # "10", "dl", "c5": what --envelope-size takes
    name: str  # "#10", "DL", "C5"
    width_pt: float  # landscape: width > height
    height_pt: float
    media: str  # the CUPS media name of the envelope ("Env10", ...)


def _envelope(id_: str, name: str, media: str) -> EnvelopeSize:
    short, long = PAPER_SIZES_PT[media]
    return EnvelopeSize(id_, name, long, short, media)


ENVELOPE_SIZES: dict[str, EnvelopeSize] = {
    size.id: size
    for size in (
        _envelope("10", "#10", "Env10"),
        _envelope("dl", "DL", "EnvDL"),
        _envelope("c5", "C5", "EnvC5"),
    )
}

# Territories (ISO 3166 alpha-2) where US Letter paper is the norm; A4 elsewhere.
LETTER_TERRITORIES = frozenset(
    {
        "US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR", "CR",
        "SV", "NI", "PA", "DO", "BZ", "UM", "VI", "AS", "GU", "MP",
    }
)  # fmt: skip


def paper_for_territory(territory: str) -> str:
    """``LETTER`` where Letter paper is used (Canada, the US...), else ``A4``."""
    return LETTER if territory.strip().upper() in LETTER_TERRITORIES else A4
