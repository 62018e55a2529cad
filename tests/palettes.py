"""Three palettes a writer's system may hand the window: light, dark and high contrast."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


def _palette(colours: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def light() -> QPalette:
    """Fusion's own light palette, as on a desktop without a theme."""
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


def dark() -> QPalette:
    """A dark palette as dark desktop themes set it (Breeze Dark's colours)."""
    role = QPalette.ColorRole
    return _palette(
        {
            role.Window: "#202326",
            role.WindowText: "#fcfcfc",
            role.Base: "#141618",
            role.AlternateBase: "#1d1f22",
            role.Text: "#fcfcfc",
            role.PlaceholderText: "#80fcfcfc",
            role.Button: "#292c30",
            role.ButtonText: "#fcfcfc",
            role.BrightText: "#ffffff",
            role.Highlight: "#3daee9",
            role.HighlightedText: "#fcfcfc",
            role.ToolTipBase: "#292c30",
            role.ToolTipText: "#fcfcfc",
            role.Link: "#1d99f3",
            role.LinkVisited: "#9b59b6",
            role.Light: "#40464c",
            role.Midlight: "#33373c",
            role.Mid: "#24272a",
            role.Dark: "#101112",
            role.Shadow: "#000000",
        },
        "#a1a9b1",
    )


def high_contrast() -> QPalette:
    """White on black, yellow highlight, as high-contrast themes do."""
    role = QPalette.ColorRole
    return _palette(
        {
            role.Window: "#000000",
            role.WindowText: "#ffffff",
            role.Base: "#000000",
            role.AlternateBase: "#1a1a1a",
            role.Text: "#ffffff",
            role.PlaceholderText: "#c0c0c0",
            role.Button: "#000000",
            role.ButtonText: "#ffffff",
            role.BrightText: "#ffffff",
            role.Highlight: "#ffff00",
            role.HighlightedText: "#000000",
            role.ToolTipBase: "#000000",
            role.ToolTipText: "#ffffff",
            role.Link: "#ffff00",
            role.LinkVisited: "#00ffff",
            role.Light: "#ffffff",
            role.Midlight: "#c0c0c0",
            role.Mid: "#808080",
            role.Dark: "#404040",
            role.Shadow: "#000000",
        },
        "#c0c0c0",
    )


PALETTES: dict[str, Callable[[], QPalette]] = {
    "light": light,
    "dark": dark,
    "high-contrast": high_contrast,
}


def use(name: str) -> QPalette:
    """Give the application palette ``name``; returns the one it had."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(PALETTES[name]())
    return before
