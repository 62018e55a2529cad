"""Export PDF, Print…, Print Preview and Print Envelope for the window.

The window's letter is laid out here, exactly as Export PDF writes it, and handed to the
print controller (composer.ui.printing), which loads QtPdf on first use.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject, Qt, QUrl, Slot
from PySide6.QtWidgets import QApplication

from composer import paths
from composer.render.layouts import get_layout, layout_for_paper
from composer.ui import dialogs

if TYPE_CHECKING:
    from composer.ui.main_window import MainWindow
    from composer.ui.printing import PrintController


class PrintActions(QObject):
    """The window's letter as a PDF, on paper, and its envelope."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._printer: PrintController | None = None  # made on first use (it loads QtPdf)
        self._expired_asked: set[str] = set()  # cases whose passed deadline the writer has seen

    def suggested_pdf_path(self, today: dt.date | None = None) -> Path:
        day = (today or dt.date.today()).isoformat()
        return paths.documents_dir() / f"{self._window._case.id}-{day}.pdf"

    def _printable_or_confirmed(self, printing: bool) -> bool:
        """Before a letter goes to paper: ask if no font can draw some of its characters."""
        from composer.render.fonts import unprintable_characters

        missing = unprintable_characters(self._window._draft.letter())
        return not missing or dialogs.confirm_unprintable(self._window, " ".join(missing), printing)

    def _deadline_text(self) -> str:
        """The passed deadline in the window's language, or "" if it has not passed."""
        case = self._window._case
        if case.deadline is None or not case.deadline_passed():
            return ""
        day = QDate(case.deadline.year, case.deadline.month, case.deadline.day)
        return QLocale().toString(day, QLocale.FormatType.LongFormat)

    def _expired_confirmed(self) -> bool:
        """Before the first export (or print) of a case whose deadline passed, ask once."""
        deadline = self._deadline_text()
        case_id = self._window._case.id
        if not deadline or case_id in self._expired_asked:
            return True
        self._expired_asked.add(case_id)
        return dialogs.confirm_expired(self._window, deadline)

    def _with_deadline_note(self, message: str) -> str:
        deadline = self._deadline_text()
        if not deadline:
            return message
        return self.tr("{message} (this action's deadline passed on {date})").format(
            message=message, date=deadline
        )

    @Slot()
    def export_pdf(self) -> None:
        if not self._window._draft.makes_a_request() and not dialogs.confirm_no_request(
            self._window
        ):
            return
        if not self._expired_confirmed():
            return
        if not self._printable_or_confirmed(printing=False):
            return
        path = dialogs.ask_save_path(self._window, self.suggested_pdf_path())
        if path is None:
            return
        from composer.render.pdf import LetterTooLong, RenderError, export_letter

        error: tuple[str, str] | None = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            export_letter(self._window._draft.letter(), get_layout(self._window._layout_id), path)
        except LetterTooLong:
            error = (
                self.tr("The letter is too long"),
                self.tr(
                    "Your letter does not fit on one page, so it was not saved. Shorten it (or "
                    "untick a demand) and export again."
                ),
            )
        except RenderError as exc:
            error = (self.tr("The letter cannot be laid out"), str(exc))
        except OSError as exc:
            error = (
                self.tr("Could not save the PDF"),
                self.tr(
                    "The PDF could not be saved in {path}: {reason}. Choose another folder, such "
                    "as your Documents folder."
                ).format(path=path, reason=exc.strerror or exc),
            )
        finally:
            QApplication.restoreOverrideCursor()
        if error is not None:
            dialogs.show_error(self._window, *error)
            return
        self._window.editor.document().setModified(False)
        self._window.statusBar().showMessage(
            self._with_deadline_note(self.tr("Saved {path}").format(path=path)), 10000
        )
        choice = dialogs.offer_open_pdf(self._window, path)
        if choice is dialogs.AfterExport.OPEN_PDF:
            dialogs.open_url(QUrl.fromLocalFile(str(path)))
        elif choice is dialogs.AfterExport.OPEN_FOLDER:
            dialogs.open_url(QUrl.fromLocalFile(str(path.parent)))

    def _print_controller(self) -> PrintController:
        if self._printer is None:
            from composer.ui.printing import PrintController  # QtPdf loads on first print

            self._printer = PrintController(self._window)
        return self._printer

    def _letter_pdf(self, title: str) -> tuple[bytes, tuple[float, float]] | None:
        """The letter's PDF, exactly what Export PDF writes, and its paper size in points."""
        from composer.render.pdf import RenderError, render_letter  # fpdf2 loads here, once

        layout = get_layout(self._window._layout_id)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = render_letter(self._window._draft.letter(), layout)
        except RenderError as exc:
            dialogs.show_error(self._window, title, str(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        if not result.fits_one_page:
            dialogs.show_error(
                self._window,
                self.tr("The letter is too long"),
                self.tr(
                    "Your letter does not fit on one page, so it was not printed. Shorten it (or "
                    "untick a demand) and print again."
                ),
            )
            return None
        return result.pdf, (layout.page_width, layout.page_height)

    def _switch_to_paper(self, paper: str) -> bool:
        """Lay the letter out for ``paper`` ("A4", "Letter"); False if no layout has it."""
        layout_id = layout_for_paper(paper)
        index = self._window.layout_combo.findData(layout_id) if layout_id else -1
        if index < 0:
            return False
        self._window.layout_combo.setCurrentIndex(
            index
        )  # the layout slot saves and re-checks the fit
        return True

    @Slot()
    def print_letter(self) -> None:
        """Print…: the print dialog, then the same page as Export PDF. The draft is untouched."""
        from composer.ui.printing import PrintOutcome

        if not self._window._draft.makes_a_request() and not dialogs.confirm_no_request(
            self._window
        ):
            return
        if not self._expired_confirmed():
            return
        if not self._printable_or_confirmed(printing=True):
            return
        for _attempt in range(2):  # once more after switching the layout to the printer's paper
            made = self._letter_pdf(self.tr("Print"))
            if made is None:
                return
            pdf, size = made
            result = self._print_controller().print_letter(
                pdf, size, title=self._window._case.title
            )
            if result.outcome is PrintOutcome.SWITCH_LAYOUT and self._switch_to_paper(result.paper):
                self._window.statusBar().showMessage(
                    self.tr("The letter is now laid out for {paper} paper.").format(
                        paper=result.paper
                    ),
                    10000,
                )
                continue
            if result.outcome is PrintOutcome.PRINTED:
                self._window.statusBar().showMessage(
                    self._with_deadline_note(
                        self.tr("Sent to {printer}").format(printer=result.printer)
                    ),
                    10000,
                )
            elif result.outcome is PrintOutcome.EXPORT_INSTEAD:
                self.export_pdf()
            return

    def print_envelope(self, size_id: str) -> None:
        """Print the envelope for this letter: the recipient where the post reads it, the
        country last in capitals, the writer's return address (unless switched off)."""
        from composer.render.envelope import get_envelope_size, render_envelope

        letter = self._window._draft.letter()
        if not letter.recipient:
            dialogs.show_error(
                self._window,
                self.tr("Print Envelope"),
                self.tr("This letter has no recipient address."),
            )
            return
        if not self._printable_or_confirmed(printing=True):
            return
        return_lines = None
        if self._window.return_address_act.isChecked() and letter.sender_address:
            return_lines = [line for line in (letter.sender_name, *letter.sender_address) if line]
        size = get_envelope_size(size_id)
        pdf = render_envelope(
            list(letter.recipient),
            return_lines,
            size,
            title=self.tr("Envelope"),
            language=letter.language,
        )
        result = self._print_controller().print_envelope(
            pdf, (size.width_pt, size.height_pt), title=self.tr("Envelope")
        )
        from composer.ui.printing import PrintOutcome

        if result.outcome is PrintOutcome.PRINTED:
            self._window.statusBar().showMessage(
                self.tr("Envelope sent to {printer}: feed a {size} envelope").format(
                    printer=result.printer, size=size.name
                ),
                10000,
            )

    @Slot()
    def print_preview(self) -> None:
        made = self._letter_pdf(self.tr("Print Preview"))
        if made is not None:
            self._print_controller().preview(*made)
