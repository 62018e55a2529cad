"""Render the app icon (resources/icons/letter-composer.svg) to the PNG, ICO and ICNS files we ship.

Run it after editing the SVG: ``python packaging/make_icons.py``. The outputs are committed, so
building the app needs neither this script nor Pillow. PNGs are drawn by Qt's own SVG renderer
(QtSvg, part of PySide6-Essentials); the .ico and .icns are packed from those PNGs with Pillow
(installed with the test extras, through pdfplumber).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "letter-composer.svg"
APP_ID = "org.lettercomposer.LetterComposer"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render_pngs() -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        sys.exit(f"make_icons: cannot read {SVG}")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        out = png_path(size)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out)):
            sys.exit(f"make_icons: cannot write {out}")
        print(out.relative_to(ROOT))


def pack_ico_icns() -> None:
    from PIL import Image

    largest = Image.open(png_path(512))
    # Pillow picks the exact-size PNG we rendered for each entry when given them as append_images.
    ico_images = [Image.open(png_path(s)) for s in ICO_SIZES]
    ico = ICONS / "letter-composer.ico"
    ico_images[-1].save(
        ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=ico_images[:-1]
    )
    print(ico.relative_to(ROOT))
    icns = ICONS / "letter-composer.icns"
    buf = io.BytesIO()
    largest.save(
        buf, format="ICNS", append_images=[Image.open(png_path(s)) for s in (16, 32, 64, 128, 256)]
    )
    icns.write_bytes(buf.getvalue())
    print(icns.relative_to(ROOT))


def main() -> int:
    render_pngs()
    pack_ico_icns()
    return 0


if __name__ == "__main__":
    sys.exit(main())
