"""The letter as a PDF (fpdf2): one page addressed for a window envelope.

``render_letter`` lays out a ``Letter`` on a ``Layout`` and says how many pages it took;
``export_letter`` writes it atomically and refuses a letter that runs over one page unless the
caller allows it. The renderer adds no words of its own: every word comes from the Letter.
fpdf2 is imported on first use, never when the window or the command line starts.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from composer.atomic import write_bytes_atomic
from composer.model.letter import Letter
from composer.model.messages import CodedValueError, english
from composer.model.paper import PT_PER_MM, Rect
from composer.render.fonts import FAMILY, is_rtl, needs_shaping, setup_fonts
from composer.render.fpdf_import import import_fpdf
from composer.render.layouts import Layout
from composer.render.line_breaking import break_lines

CREATOR = "Letter Composer"

# Type sizes (pt) and spacing: an 11.5 pt letter with generous leading, set to a measure of
# about 68 characters (60-75 read best; the page's full width would give 85-90).
BODY_SIZE = 11.5
BODY_LEADING = 1.38  # line pitch / type size
PARAGRAPH_GAP = 7.0
MEASURE_CHARS = 68
AVERAGE_CHAR_EM = 0.482  # Noto Serif's average advance in running English, French or German text
# The least a long letter's spacing shrinks to before its measure widens (then it needs a
# second page, which export refuses).
MIN_LEADING = 1.24
MIN_PARAGRAPH_GAP = 4.0
MIN_SIGNING_SPACE = 34.0
WIDEST_MEASURE_CHARS = 75  # the most that reads well; the page's width is the last resort
# The most a short letter's spacing grows to fill the page.
MAX_LEADING = 1.55
MAX_PARAGRAPH_GAP = 13.0
MAX_SIGNING_SPACE = 58.0
MAX_LOWER_TOP = 24.0
NAME_SIZE = 12.0
SENDER_SIZE = 9.5
SENDER_PITCH = 12.0
RETURN_SIZE = 7.0
RETURN_MIN_SIZE = 6.0
ADDRESS_SIZE = BODY_SIZE  # the address at body size where the window allows
ADDRESS_MIN_SIZE = 8.0  # below this the post's scanners (and elderly writers) struggle
ADDRESS_LEADING = 1.2
SYNTHETIC_BOLD = 0.035  # stroke width / type size for the synthetic bold
MIN_SHRINK = 0.8  # the smallest a block's type may be scaled to fit its width
SIGNING_SPACE = 42.0  # room to sign by hand between the valediction and the printed name
FOLD_MARK_LENGTH = 5 * PT_PER_MM
FOLD_MARK_X = 3 * PT_PER_MM
HOLE_MARK_LENGTH = 8 * PT_PER_MM
RULE_GREY = 140

# Vertical metrics of the fonts, in ems: what a line of type may occupy above and below its
# baseline (Noto Serif; Noto Naskh Arabic reaches further down).
ASCENT = 1.069
DESCENT = 0.293
ARABIC_DESCENT = 0.634


RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "ckb", "dv"})


def language_is_rtl(language: str) -> bool:
    return language.replace("_", "-").split("-", 1)[0].lower() in RTL_LANGUAGES


class RenderError(CodedValueError):
    """A letter that cannot be laid out; the message says why in one line. ``code`` and
    ``params`` let the window say it in its own language (composer.model.messages)."""


class AddressDoesNotFitError(RenderError):
    pass


class LetterTooLong(RenderError):  # noqa: N818 - the name callers know
    def __init__(self, page_count: int) -> None:
        params = {"pages": page_count}
        super().__init__(english("render.too-long", params), code="render.too-long", params=params)
        self.page_count = page_count


@dataclass(frozen=True)
class RenderResult:
    pdf: bytes
    page_count: int
    address_box: Rect  # where the address's glyphs may reach, pt from the page's top-left
    address_size: float  # the type size the address was set in
    # Characters no shipped font has: they are left out of the page (the caller should say so).
    missing_characters: str = ""

    @property
    def fits_one_page(self) -> bool:
        return self.page_count == 1


@dataclass(frozen=True)
class AddressFit:
    size: float
    pitch: float
    first_baseline: float
    box: Rect


def _descent_for(lines: Sequence[str]) -> float:
    arabic = any(unicodedata.bidirectional(c) == "AL" for line in lines for c in line)
    return ARABIC_DESCENT if arabic else DESCENT


def fit_address(lines: Sequence[str], area: Rect, width_of: Any) -> AddressFit:
    """The largest type size from ADDRESS_SIZE down to ADDRESS_MIN_SIZE that keeps every line
    of the address inside ``area``; ``width_of(text, size)`` measures a line.

    Raises AddressDoesNotFitError when even the smallest size will not do.
    """
    if not lines:
        raise AddressDoesNotFitError.coded("render.no-recipient")
    descent = _descent_for(lines)
    n = len(lines)
    size = ADDRESS_SIZE
    while size >= ADDRESS_MIN_SIZE - 1e-9:
        height = size * (ASCENT + descent + ADDRESS_LEADING * (n - 1))
        width = max(width_of(line, size) for line in lines)
        if height <= area.h and width <= area.w:
            first = area.y + size * ASCENT
            box = Rect(area.x, area.y, width, height)
            return AddressFit(size, size * ADDRESS_LEADING, first, box)
        size = round(size - 0.25, 2)
    height = ADDRESS_MIN_SIZE * (ASCENT + descent + ADDRESS_LEADING * (n - 1))
    if height > area.h:
        most = int((area.h / ADDRESS_MIN_SIZE - ASCENT - descent) / ADDRESS_LEADING) + 1
        raise AddressDoesNotFitError.coded("render.address-lines", lines=n, most=most)
    raise AddressDoesNotFitError.coded("render.address-line-long")


def letter_text(letter: Letter) -> str:
    """All the text a letter draws in its font (what the font is cut down to)."""
    return _all_text(letter)


def _all_text(letter: Letter) -> str:
    return "\n".join(
        [
            letter.sender_name,
            *letter.sender_address,
            letter.date,
            *letter.recipient,
            letter.salutation,
            *letter.paragraphs,
            letter.valediction,
            letter.signature,
            *letter.copies,
        ]
    )


class _Page:
    """Drawing helpers over one fpdf2 document (units: pt, origin top-left)."""

    def __init__(self, layout: Layout, letter: Letter) -> None:
        FPDF = import_fpdf().FPDF  # noqa: N806 - heavy: loaded on first render

        self.layout = layout
        pdf = FPDF(
            orientation="portrait", unit="pt", format=(layout.page_width, layout.page_height)
        )
        pdf.set_margins(layout.margin_left, layout.margin_top, layout.margin_right)
        pdf.set_auto_page_break(True, margin=layout.margin_bottom)
        pdf.c_margin = 0
        self.missing = setup_fonts(pdf, _all_text(letter), styles=("",))
        self.pdf = pdf
        self._shaping = False

    def shaping_for(self, text: str) -> None:
        """HarfBuzz shaping (and bidi) only for text that needs it: it is many times slower."""
        want = needs_shaping(text)
        if want != self._shaping:
            self.pdf.set_text_shaping(want)
            self._shaping = want

    def font(self, size: float) -> None:
        """Only the regular face is embedded (each face costs ~17 ms to subset per letter);
        ``line`` draws bold as a synthetic bold of it, with the same advances."""
        self.pdf.set_font(FAMILY, "", size)

    def width(self, text: str, size: float) -> float:
        """The advance of ``text`` at ``size``, bold or not (see ``font``)."""
        self.font(size)
        self.shaping_for(text)
        return float(self.pdf.get_string_width(text))

    def line(
        self,
        text: str,
        x: float,
        baseline: float,
        w: float,
        size: float,
        style: str = "",
        align: str = "L",
    ) -> None:
        """One line of text with its baseline at ``baseline``."""
        self.font(size)
        self.shaping_for(text)
        height = size * 1.2
        # fpdf2 puts a cell's baseline at top + h/2 + 0.3 * size.
        self.pdf.set_xy(x, baseline - height / 2 - 0.3 * size)
        if "B" in style:
            # A synthetic bold: the regular outlines filled and stroked with a hairline.
            with self.pdf.local_context(
                text_mode="FILL_STROKE", draw_color=0, line_width=size * SYNTHETIC_BOLD
            ):
                self.pdf.cell(w, height, text, align=align)
        else:
            self.pdf.cell(w, height, text, align=align)

    def paragraph(
        self, text: str, size: float = BODY_SIZE, style: str = "", rtl: bool | None = None
    ) -> None:
        """A paragraph set ragged, from the right if it is right-to-left (by default: if its
        first strong character is)."""
        self.font(size)
        self.shaping_for(text)
        align = "R" if (is_rtl(text) if rtl is None else rtl) else "L"
        self.pdf.set_x(self.layout.margin_left)
        self.pdf.multi_cell(
            self.layout.text_width,
            size * BODY_LEADING,
            text,
            align=align,
            new_x="LMARGIN",
            new_y="NEXT",
        )

    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.4) -> None:
        self.pdf.set_draw_color(RULE_GREY)
        self.pdf.set_line_width(width)
        self.pdf.line(x1, y1, x2, y2)


def _wrap(page: _Page, text: str, size: float, width: float) -> list[str]:
    """Greedy word wrap of one line of the sender's block; a word wider than ``width`` is an
    error (it would run off the page)."""
    if page.width(text, size) <= width:
        return [text]  # as typed: Canada Post's two spaces before the postal code stay
    out: list[str] = []
    current = ""
    for word in text.split():
        if page.width(word, size) > width:
            raise RenderError.coded("render.sender-word-long")
        candidate = f"{current} {word}" if current else word
        if current and page.width(candidate, size) > width:
            out.append(current)
            current = word
        else:
            current = candidate
    return [*out, current] if current else out


def _draw_sender(page: _Page, letter: Letter) -> float:
    """The sender's block; returns the y just below it.

    A line too wide for the block first narrows the whole block's type (down to MIN_SHRINK),
    then wraps; a block too tall for the space above the window is an error.
    """
    layout = page.layout
    box = layout.sender_box
    y = box.y
    lines: list[tuple[str, float, str, float]] = []
    if letter.sender_name.strip():
        lines.append((letter.sender_name.strip(), NAME_SIZE, "B", NAME_SIZE * 1.3))
    lines.extend(
        (text.strip(), SENDER_SIZE, "", SENDER_PITCH)
        for text in letter.sender_address
        if text.strip()
    )
    if not lines:
        return y
    widest = max(page.width(text, size) / box.w for text, size, _style, _ in lines)
    # Text of zero width (only marks or invisible characters) needs no narrowing.
    shrink = max(MIN_SHRINK, min(1.0, 1 / widest)) if widest > 0 else 1.0
    laid: list[tuple[str, float, str, float]] = []
    for text, size, style, pitch in lines:
        for part in _wrap(page, text, size * shrink, box.w):
            laid.append((part, size * shrink, style, pitch))
    needed = sum(pitch for *_, pitch in laid)
    if needed > box.h + 0.5 and not layout.date_below_sender:
        over = int((needed - box.h) / SENDER_PITCH + 0.999)
        raise RenderError.coded("render.sender-lines", lines=len(laid), most=len(laid) - over)
    for text, size, style, pitch in laid:
        baseline = y + size * 0.95
        page.line(text, box.x, baseline, box.w, size, style, align=layout.sender_align)
        y += pitch
    return y


def _draw_return_line(page: _Page, letter: Letter) -> None:
    """DIN 5008: the sender in one small line at the foot of the window's return zone."""
    area = page.layout.return_area
    if area is None:
        return
    parts = list(letter.return_lines)
    if not parts:
        return
    candidates = [" · ".join(parts)]
    if len(parts) > 2:
        candidates.append(" · ".join([parts[0], parts[-1]]))
    size = RETURN_SIZE
    for text in candidates:
        size = RETURN_SIZE
        while size >= RETURN_MIN_SIZE and page.width(text, size) > area.w:
            size -= 0.5
        if size >= RETURN_MIN_SIZE:
            baseline = area.bottom - 2.5 * PT_PER_MM
            page.line(text, area.x, baseline, area.w, size)
            return
    # The sender block at the top of the page still carries the full address.


def _split_line(text: str, fits: Callable[[str], bool]) -> list[str]:
    """A long address line split where the post expects it: after a comma, else at a space."""
    out: list[str] = []
    rest = text.strip()
    while rest and not fits(rest):
        cut = -1
        for separator in (", ", " "):
            positions = [
                i
                for i in range(len(rest))
                if rest.startswith(separator, i) and fits(rest[: i + len(separator)].rstrip())
            ]
            if positions:
                cut = positions[-1] + len(separator)
                break
        if cut <= 0:
            break  # one unbreakable word: let fit_address say it is too long
        out.append(rest[:cut].rstrip())
        rest = rest[cut:].strip()
    return [*out, rest] if rest else out


def window_address(lines: Sequence[str], area: Rect, width_of: Any) -> tuple[list[str], AddressFit]:
    """The address lines as they will stand in the window, and their fit.

    A line too wide for the window even at a small size is split after a comma or at a space
    (the country line stays whole) before giving up.
    """
    try:
        return list(lines), fit_address(lines, area, width_of)
    except AddressDoesNotFitError as first_error:
        problem = first_error
    # Wrap for the largest type size at which the wrapped address fits (fewer, longer lines
    # at smaller sizes), keeping the first problem to report if none does.
    size = ADDRESS_SIZE
    while size >= ADDRESS_MIN_SIZE - 1e-9:

        def fits(text: str, at: float = size) -> bool:
            return bool(width_of(text, at) <= area.w)

        wrapped: list[str] = []
        for line in lines:
            wrapped.extend(_split_line(line, fits))
        if wrapped != list(lines):
            try:
                return wrapped, fit_address(wrapped, area, width_of)
            except AddressDoesNotFitError as exc:
                problem = exc
        size = round(size - 0.5, 2)
    raise problem


def _draw_address(page: _Page, letter: Letter) -> AddressFit:
    area = page.layout.address_area
    lines, fit = window_address(letter.recipient, area, lambda text, size: page.width(text, size))
    baseline = fit.first_baseline
    for text in lines:
        page.line(text, area.x, baseline, area.w, fit.size)
        baseline += fit.pitch
    return fit


def _draw_date(page: _Page, letter: Letter, sender_bottom: float) -> float:
    if not letter.date:
        return sender_bottom
    box = page.layout.date_box
    y = sender_bottom + BODY_SIZE if page.layout.date_below_sender else box.y
    baseline = y + BODY_SIZE * 0.95
    page.line(
        letter.date,
        box.x,
        baseline,
        box.w,
        BODY_SIZE,
        align="L" if page.layout.date_below_sender else "R",
    )
    return baseline + BODY_SIZE * 0.4


def _draw_fold_marks(page: _Page) -> None:
    for y in page.layout.fold_marks:
        page.rule(FOLD_MARK_X, y, FOLD_MARK_X + FOLD_MARK_LENGTH, y)
    if page.layout.hole_mark is not None:
        # DIN 5008's hole mark (Lochmarke): a longer rule at the middle of the page's height.
        y = page.layout.hole_mark
        page.rule(FOLD_MARK_X, y, FOLD_MARK_X + HOLE_MARK_LENGTH, y)


@dataclass
class _Para:
    """A body paragraph broken into lines; ``gap_after`` is the space that follows it."""

    lines: list[str]
    rtl: bool
    gap_after: float = 0.0
    keep_with_next: bool = False


def body_width(layout: Layout, size: float = BODY_SIZE) -> float:
    """The measure of the body: MEASURE_CHARS average characters at ``size``, or the page's
    text width if that is narrower (60-75 characters a line read best)."""
    return min(layout.text_width, MEASURE_CHARS * AVERAGE_CHAR_EM * size)


def _paragraph_lines(page: _Page, text: str, size: float, width: float) -> list[str]:
    page.font(size)
    if needs_shaping(text):
        # Bidirectional or shaped text: fpdf2's own breaking measures shaped runs correctly.
        page.shaping_for(text)
        from fpdf.enums import MethodReturnValue

        out: Any = page.pdf.multi_cell(
            width, size, text, dry_run=True, output=MethodReturnValue.LINES
        )
        return [str(line) for line in out]
    page.shaping_for("")
    return list(_plain_lines(page.pdf.current_font, text, size, width))


_unit_widths: dict[tuple[str, str], float] = {}
_line_cache: dict[tuple[str, str, float, float], tuple[str, ...]] = {}
_CACHE_LIMIT = 4096


def _plain_lines(font: Any, text: str, size: float, width: float) -> tuple[str, ...]:
    """Lines of a paragraph drawn without shaping, measured with the font's advance widths (as
    fpdf2's get_string_width does) unit by unit. Both the widths and the lines are cached by
    font: a warm letter costs almost nothing here."""
    key = (font.fontkey, text, size, width)
    found = _line_cache.get(key)
    if found is not None:
        return found
    widths = font.cw

    def width_of(unit: str) -> float:
        unit_key = (font.fontkey, unit)
        units = _unit_widths.get(unit_key)
        if units is None:
            units = sum(widths[ord(c)] for c in unit)
            if len(_unit_widths) < 50 * _CACHE_LIMIT:
                _unit_widths[unit_key] = units
        return float(units) * size / 1000

    lines = tuple(break_lines(text, width, width_of))
    if len(_line_cache) >= _CACHE_LIMIT:
        _line_cache.clear()
    _line_cache[key] = lines
    return lines


def _body_paragraphs(page: _Page, letter: Letter, width: float) -> list[_Para]:
    rtl = language_is_rtl(letter.language)
    paras: list[_Para] = []
    if letter.salutation:
        paras.append(_Para(_paragraph_lines(page, letter.salutation, BODY_SIZE, width), rtl))
    for text in letter.paragraphs:
        for part in text.split("\n\n"):
            if part.strip():
                lines = _paragraph_lines(page, part.strip(), BODY_SIZE, width)
                paras.append(_Para(lines, is_rtl(part)))
    return paras


def _draw_lines(page: _Page, para: _Para, x: float, y: float, width: float, pitch: float) -> float:
    """Draws a paragraph's lines with the first line's top at ``y``; returns the y below it."""
    for text in para.lines:
        baseline = y + pitch / 2 + 0.3 * BODY_SIZE
        page.line(text, x, baseline, width, BODY_SIZE, align="R" if para.rtl else "L")
        y += pitch
    return y


def _draw_body(page: _Page, letter: Letter, top: float) -> None:
    """The salutation, the body, the valediction with room to sign, the name and any "cc:".

    A short letter is not left hanging at the top of the page: the leading, the space between
    paragraphs, the space above the salutation and the room to sign grow (within limits) so
    the page looks filled.
    """
    layout = page.layout
    pdf = page.pdf
    x = layout.margin_left
    bottom = layout.page_height - layout.margin_bottom
    rtl = language_is_rtl(letter.language)

    def paragraphs(width: float) -> tuple[list[_Para], list[_Para], _Para | None, list[_Para]]:
        body = _body_paragraphs(page, letter, width)
        closing = [
            _Para(_paragraph_lines(page, text, BODY_SIZE, width), rtl)
            for text in (letter.valediction,)
            if text
        ]
        signature = (
            _Para(_paragraph_lines(page, letter.signature, BODY_SIZE, width), rtl)
            if letter.signature
            else None
        )
        copies = [
            _Para(_paragraph_lines(page, line, BODY_SIZE, width), rtl) for line in letter.copies
        ]
        return body, closing, signature, copies

    def height(leading: float, gap: float, signing: float) -> float:
        pitch = BODY_SIZE * leading
        lines = sum(len(p.lines) for p in (*body, *closing, *copy_paras))
        lines += len(signature.lines) if signature else 0
        gaps = len(body) * gap + (gap if copy_paras else 0)
        return lines * pitch + gaps + signing

    # The measure that reads best, unless the letter fits on the page only on a wider one.
    widest = min(layout.text_width, WIDEST_MEASURE_CHARS * AVERAGE_CHAR_EM * BODY_SIZE)
    for width in dict.fromkeys((body_width(layout), widest, layout.text_width)):
        body, closing, signature, copy_paras = paragraphs(width)
        if height(MIN_LEADING, MIN_PARAGRAPH_GAP, MIN_SIGNING_SPACE) <= bottom - top:
            break

    natural = height(BODY_LEADING, PARAGRAPH_GAP, SIGNING_SPACE)
    slack = bottom - top - natural
    if slack >= 0:
        # How much of the room to give: all of the extra leading and spacing if the page can
        # take it, a share of it otherwise; what is left stays below the letter.
        most = height(MAX_LEADING, MAX_PARAGRAPH_GAP, MAX_SIGNING_SPACE) - natural + MAX_LOWER_TOP
        share = max(0.0, min(1.0, slack / most)) if most > 0 else 0.0
        leading = BODY_LEADING + share * (MAX_LEADING - BODY_LEADING)
        gap = PARAGRAPH_GAP + share * (MAX_PARAGRAPH_GAP - PARAGRAPH_GAP)
        signing = SIGNING_SPACE + share * (MAX_SIGNING_SPACE - SIGNING_SPACE)
    else:
        # A long letter: the spacing gives up just what it must, never below its minimum.
        least = natural - height(MIN_LEADING, MIN_PARAGRAPH_GAP, MIN_SIGNING_SPACE)
        squeeze = min(1.0, -slack / least) if least > 0 else 1.0
        leading = BODY_LEADING - squeeze * (BODY_LEADING - MIN_LEADING)
        gap = PARAGRAPH_GAP - squeeze * (PARAGRAPH_GAP - MIN_PARAGRAPH_GAP)
        signing = SIGNING_SPACE - squeeze * (SIGNING_SPACE - MIN_SIGNING_SPACE)
        share = 0.0
    y = top + share * MAX_LOWER_TOP
    pitch = BODY_SIZE * leading

    def room_for(n_lines: int, extra: float = 0.0) -> None:
        nonlocal y
        if y + n_lines * pitch + extra > bottom + 0.01:
            pdf.add_page()
            y = layout.margin_top

    for para in body:
        for line_no, text in enumerate(para.lines):
            # Two lines at least together at a page break (no widow, no orphan).
            left = len(para.lines) - line_no
            room_for(min(2, left) if line_no in (0, len(para.lines) - 2) else 1)
            y = _draw_lines(page, _Para([text], para.rtl), x, y, width, pitch)
        y += gap
    # The valediction, the space to sign and the printed name stay together.
    sign_lines = sum(len(p.lines) for p in closing) + (len(signature.lines) if signature else 0)
    room_for(sign_lines, signing)
    for para in closing:
        y = _draw_lines(page, para, x, y, width, pitch)
    y += signing
    if signature:
        y = _draw_lines(page, signature, x, y, width, pitch)
    if copy_paras:
        y += gap
        for para in copy_paras:
            room_for(len(para.lines))
            y = _draw_lines(page, para, x, y, width, pitch)
    pdf.set_y(min(y, bottom))


def render_letter(
    letter: Letter, layout: Layout, created: dt.datetime | None = None
) -> RenderResult:
    """Lay out ``letter`` on ``layout``; the result says how many pages it took.

    ``created`` fixes the document's creation date (for reproducible output); default: now.
    Raises RenderError (AddressDoesNotFitError, ...) when the letter cannot be laid out at all.
    """
    page = _Page(layout, letter)
    pdf = page.pdf
    pdf.set_title(letter.title)
    if letter.subject:
        pdf.set_subject(letter.subject)
    if letter.sender_name:
        pdf.set_author(letter.sender_name)
    pdf.set_lang(letter.language)
    pdf.set_creator(CREATOR)
    pdf.set_producer(CREATOR)
    pdf.set_creation_date(created or dt.datetime.now(dt.UTC))
    pdf.add_page()
    _draw_fold_marks(page)
    sender_bottom = _draw_sender(page, letter)
    _draw_return_line(page, letter)
    fit = _draw_address(page, letter)
    date_bottom = _draw_date(page, letter, sender_bottom)
    top = layout.body_top
    if layout.date_below_sender:
        top = max(top, date_bottom + 2 * BODY_SIZE)
    _draw_body(page, letter, top)
    data = bytes(pdf.output())
    for font in pdf.fonts.values():  # fpdf2's own add_font leaves its font files open
        ttfont = getattr(font, "ttfont", None)
        if ttfont is not None:
            ttfont.close()
    return RenderResult(
        pdf=data,
        page_count=pdf.page,
        address_box=fit.box,
        address_size=fit.size,
        missing_characters=page.missing,
    )


def export_letter(
    letter: Letter,
    layout: Layout,
    path: Path,
    *,
    allow_overflow: bool = False,
    created: dt.datetime | None = None,
) -> RenderResult:
    """Render ``letter`` and write it to ``path`` atomically.

    Raises LetterTooLong (nothing written) when it needs more than one page, unless
    ``allow_overflow``; OSError when the file cannot be written (the old file, if any, intact).
    """
    result = render_letter(letter, layout, created=created)
    if not result.fits_one_page and not allow_overflow:
        raise LetterTooLong(result.page_count)
    write_bytes_atomic(Path(path), result.pdf)
    return result
