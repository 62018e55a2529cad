"""Page geometry for window-envelope letters, in PDF points (1/72 in).

Each layout says where the recipient's address goes so that it shows through the envelope's
window, where the sender's block and the date go, and where the fold marks are. Figures come from
KOMA-Script's letter-class options (DIN 5008 forms A and B, UScommercial9) and the postal guides
of Canada Post and Deutsche Post; the sizes themselves live in composer.model.paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from composer.model.paper import A4, LETTER, PAPER_SIZES_PT, Rect, inch, mm, paper_for_territory


@dataclass(frozen=True)
class Layout:
    """Where everything goes on the first page of a letter."""

    id: str
    label: str  # for people: "US Letter, #9/#10 window envelope"
    paper: str  # its name as composer.model.paper gives it: "Letter" or "A4"
    page_width: float
    page_height: float
    margin_left: float
    margin_right: float
    margin_top: float
    margin_bottom: float
    # The envelope window's field on the letter, as the standard gives it.
    window: Rect
    # Where the address lines may be printed: the field less its clearances (and less the
    # return-address zone, if any).
    address_area: Rect
    # DIN 5008: the zone at the top of the field for a one-line return address; else None.
    return_area: Rect | None
    # The sender's block: its top-left corner and width; right-aligned if ``sender_align`` is "R".
    sender_box: Rect
    sender_align: str
    # The date: right-aligned to this box's right edge, at its top; below the sender block if the
    # sender block shares the box (DIN 5008 form A's information block).
    date_box: Rect
    # Top of the salutation (the body follows); never above the window's bottom.
    body_top: float
    # Distances of the fold marks from the top of the page.
    fold_marks: tuple[float, ...]
    # DIN 5008's hole mark (half the page's height), for punching the letter for a file.
    hole_mark: float | None = None

    @property
    def text_width(self) -> float:
        return self.page_width - self.margin_left - self.margin_right

    @property
    def date_below_sender(self) -> bool:
        return self.date_box == self.sender_box


def _us_letter() -> Layout:
    width, height = PAPER_SIZES_PT[LETTER]
    # KOMA-Script UScommercial9: the field 2.1875 in from the top, 0.6875 in from the left,
    # 4.5 x 1.125 in. Keeping 1/8 in clear of its edges keeps the address inside a #10 window too.
    window = Rect(inch(0.6875), inch(2.1875), inch(4.5), inch(1.125))
    clear = inch(0.125)
    margin = inch(1.0)
    area = window.inset(clear, clear, clear, clear)
    # Start the address at the body's left edge (1 in), which lies inside the clear area.
    area = Rect(margin, area.y, area.right - margin, area.h)
    right_col = Rect(
        window.right + inch(0.25),
        window.y + clear,
        width - margin - window.right - inch(0.25),
        inch(0.5),
    )
    return Layout(
        id="us-letter",
        label="US Letter, #9 or #10 window envelope",
        paper=LETTER,
        page_width=width,
        page_height=height,
        margin_left=margin,
        margin_right=margin,
        margin_top=inch(0.75),
        margin_bottom=inch(0.75),
        window=window,
        address_area=area,
        return_area=None,
        sender_box=Rect(margin, inch(0.75), width - 2 * margin, inch(1.25)),
        sender_align="L",
        date_box=right_col,
        body_top=window.bottom + inch(0.375),
        fold_marks=(inch(11 / 3), inch(22 / 3)),
    )


def _din5008(form: str) -> Layout:
    width, height = PAPER_SIZES_PT[A4]
    top = mm(45) if form == "B" else mm(27)
    window = Rect(mm(20), top, mm(85), mm(45))
    return_zone = mm(17.7)
    # DIN 5008: text starts 25 mm from the left edge, 5 mm inside the field.
    return_area = Rect(window.x + mm(5), window.y, window.w - mm(5), return_zone)
    address_area = Rect(
        window.x + mm(5), window.y + return_zone, window.w - mm(5), window.h - return_zone
    )
    margin_left, margin_right = mm(25), mm(20)
    info_x = mm(125)
    info = Rect(info_x, window.y + mm(5), width - margin_right - info_x, window.h - mm(5))
    if form == "B":
        sender_box = Rect(margin_left, mm(15), width - margin_left - margin_right, mm(27))
        date_box = info
        sender_align = "L"
    else:
        # Form A leaves only 27 mm above the field: the sender goes in the information block.
        sender_box = info
        date_box = info
        sender_align = "L"
    return Layout(
        id=f"a4-din5008-{form.lower()}",
        label=f"A4, DIN 5008 form {form} (DL/C6/5/C5 window envelope)",
        paper=A4,
        page_width=width,
        page_height=height,
        margin_left=margin_left,
        margin_right=margin_right,
        margin_top=mm(20),
        margin_bottom=mm(20),
        window=window,
        address_area=address_area,
        return_area=return_area,
        sender_box=sender_box,
        sender_align=sender_align,
        date_box=date_box,
        body_top=window.bottom + mm(8.46),
        fold_marks=(mm(105), mm(210)) if form == "B" else (mm(87), mm(192)),
        hole_mark=mm(148.5),
    )


LAYOUTS: dict[str, Layout] = {
    layout.id: layout for layout in (_us_letter(), _din5008("B"), _din5008("A"))
}
DEFAULT_LAYOUT_ID = "us-letter"


class UnknownLayoutError(KeyError):
    def __str__(self) -> str:
        return str(self.args[0])


def get_layout(layout_id: str) -> Layout:
    try:
        return LAYOUTS[layout_id]
    except KeyError:
        known = ", ".join(LAYOUTS)
        raise UnknownLayoutError(
            f"there is no page layout called '{layout_id}' (known: {known})"
        ) from None


def default_layout_id(territory: str) -> str:
    """``us-letter`` where Letter paper is used (Canada, the US...), else ``a4-din5008-b``.

    No territory at all (the "C" locale, an unset system) gives DEFAULT_LAYOUT_ID, so the window
    and the command line agree.
    """
    if not territory.strip():
        return DEFAULT_LAYOUT_ID
    return layout_for_paper(paper_for_territory(territory)) or DEFAULT_LAYOUT_ID


# The layout to switch to when a printer holds this paper ("A4", "Letter").
_LAYOUT_FOR_PAPER = {LETTER: "us-letter", A4: "a4-din5008-b"}


def layout_for_paper(paper: str) -> str | None:
    """The layout for ``paper`` (a CUPS name, "A4" or "Letter"), or None if none uses it."""
    return _LAYOUT_FOR_PAPER.get(paper)
