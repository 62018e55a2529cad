"""The application icon, built from the PNG sizes shipped in resources/icons/hicolor."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from composer import APP_ID
from composer.resource_files import resource, resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The Letter Composer icon at every shipped size (Qt picks the nearest for each use)."""
    icon = QIcon()
    for size in ICON_SIZES:
        relative = f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        if resource(relative).is_file():
            icon.addFile(str(resource_path(relative)), QSize(size, size))
    return icon
