"""The shipped icon: an SVG source and PNGs at every hicolor size, usable by Qt."""

from __future__ import annotations

import struct

import pytest
from PySide6.QtGui import QImage

from composer import APP_ID
from composer.resource_files import read_bytes, resource, resource_path
from composer.ui.icons import ICON_SIZES, app_icon


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_has_its_size(size: int) -> None:
    """Each hicolor PNG is square at the size its folder names."""
    image = QImage(str(resource_path(f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png")))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_svg_source_is_shipped() -> None:
    """The SVG source is a real SVG (it doubles as the scalable hicolor icon)."""
    assert b"<svg" in read_bytes("icons/letter-composer.svg")


def test_ico_holds_windows_sizes() -> None:
    """The .ico for Windows holds 16 to 256 px images."""
    data = read_bytes("icons/letter-composer.ico")
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


def test_app_icon_has_every_size(qapp: object) -> None:
    """The window's icon offers every shipped size."""
    icon = app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} == set(ICON_SIZES)
    assert resource("icons/letter-composer.icns").is_file()
