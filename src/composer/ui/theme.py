"""Colours from the palette, never hard-coded, and readable in light, dark and high-contrast
themes: WCAG 2 contrast ratios, and the few colours the window derives from palette roles."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

TEXT_CONTRAST = 4.5  # WCAG AA for text
NON_TEXT_CONTRAST = 3.0  # WCAG AA for a focus indicator or a control's outline


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""
    return (
        0.2126 * _channel(color.redF())
        + 0.7152 * _channel(color.greenF())
        + 0.0722 * _channel(color.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def blend(front: QColor, back: QColor) -> QColor:
    """``front`` (maybe translucent) painted over the opaque ``back``."""
    alpha = front.alphaF()
    return QColor.fromRgbF(
        front.redF() * alpha + back.redF() * (1 - alpha),
        front.greenF() * alpha + back.greenF() * (1 - alpha),
        front.blueF() * alpha + back.blueF() * (1 - alpha),
    )


def readable(color: QColor, background: QColor, minimum: float = TEXT_CONTRAST) -> QColor:
    """``color``, darkened or lightened (hue kept) until it reaches ``minimum`` on
    ``background``."""
    color = blend(color, background)
    if contrast(color, background) >= minimum:
        return color
    towards_dark = luminance(background) > 0.18
    hue, saturation, lightness = color.hslHueF(), color.hslSaturationF(), color.lightnessF()
    for _ in range(100):
        lightness = max(0.0, lightness - 0.01) if towards_dark else min(1.0, lightness + 0.01)
        candidate = QColor.fromHslF(max(hue, 0.0), saturation, lightness)
        if contrast(candidate, background) >= minimum:
            return candidate
    return QColor("black") if towards_dark else QColor("white")


def warning_color(palette: QPalette) -> QColor:
    """A red that reads as a warning on the window's background, at AA contrast."""
    background = palette.color(QPalette.ColorRole.Window)
    red = QColor("#c42b1c") if luminance(background) > 0.18 else QColor("#ff99a4")
    return readable(red, background)


def check_color(palette: QPalette) -> QColor:
    """The frame round a field to check (an import's doubtful or missing field): the warning
    red, which a focus ring in the highlight colour cannot be mistaken for, at 3:1 on the
    window's background and on the fields' own."""
    frame = warning_color(palette)
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        frame = readable(frame, palette.color(role), NON_TEXT_CONTRAST)
    return frame


def accent_color(palette: QPalette) -> QColor:
    """A drawn mark that is not text (a chart's bars): the highlight colour, at 3:1 on the
    window's background."""
    return readable(
        palette.color(QPalette.ColorRole.Highlight),
        palette.color(QPalette.ColorRole.Window),
        NON_TEXT_CONTRAST,
    )


def focus_color(palette: QPalette) -> QColor:
    """The focus ring: the highlight colour where it stands out from the window, else text."""
    window = palette.color(QPalette.ColorRole.Window)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    if contrast(highlight, window) >= NON_TEXT_CONTRAST:
        return highlight
    return readable(highlight, window, NON_TEXT_CONTRAST)


def readable_palette(palette: QPalette) -> QPalette:
    """``palette`` with its placeholder text (often half-transparent grey, 3:1 or less) made
    readable on the fields' background."""
    fixed = QPalette(palette)
    for group in (
        QPalette.ColorGroup.Active,
        QPalette.ColorGroup.Inactive,
        QPalette.ColorGroup.Disabled,
    ):
        base = palette.color(group, QPalette.ColorRole.Base)
        placeholder = palette.color(group, QPalette.ColorRole.PlaceholderText)
        fixed.setColor(group, QPalette.ColorRole.PlaceholderText, readable(placeholder, base))
    return fixed


def html_color(color: QColor) -> str:
    """A colour for Qt's rich text ("#rrggbb")."""
    return color.name(QColor.NameFormat.HexRgb)


def mark_warning(widget: QWidget, warning: bool) -> None:
    """Show ``widget``'s text in bold warning red (readable on its background), or as usual."""
    font = widget.font()
    font.setBold(warning)
    widget.setFont(font)
    if not warning:
        widget.setPalette(QPalette())  # inherit the window's again
        return
    parent = widget.parentWidget()
    palette = QPalette(parent.palette() if parent is not None else widget.palette())
    palette.setColor(QPalette.ColorRole.WindowText, warning_color(palette))
    widget.setPalette(palette)
