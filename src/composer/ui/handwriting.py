"""File ▸ Print Handwriting Sheet…: the sheet's PDF for the open letter (composer.render.sheet)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from composer.model.draft import Draft
from composer.model.sheet import build_sheet
from composer.render.layouts import Layout
from composer.ui import dialogs
from composer.ui.messages import error_text


def sheet_pdf(
    parent: QWidget, draft: Draft, layout: Layout
) -> tuple[bytes, tuple[float, float]] | None:
    """The sheet for ``draft``'s case, language and recipient, and its paper size in points."""
    from composer.render.pdf import RenderError
    from composer.render.sheet import render_sheet

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pdf = render_sheet(build_sheet(draft), layout)
    except RenderError as exc:
        dialogs.show_error(
            parent, QCoreApplication.translate("handwriting", "Handwriting sheet"), error_text(exc)
        )
        return None
    finally:
        QApplication.restoreOverrideCursor()
    return pdf, (layout.page_width, layout.page_height)
