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
from composer.atomic import write_bytes_atomic
from composer.model import count, recipients
from composer.model.naming import letter_path
from composer.render.layouts import get_layout, layout_for_paper
from composer.ui import dialogs
from composer.ui.messages import error_text

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
        """``<case>-<initials>-<date>-<n>.pdf``, the first ``n`` no letter has yet."""
        writer = self._window.about_you.details().name
        return letter_path(paths.documents_dir(), self._window._case.id, writer, today)

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
        self._export_asked()

    def _export_asked(self) -> None:
        """Export PDF once the writer has answered the questions before it (no request, a
        passed deadline, characters no font draws): after a failed print, Export PDF Instead
        comes here, so nothing the writer answered for Print is asked again."""
        window = self._window
        # At an event: straight into the event's folder, under a name no other letter has.
        path = window.events.letter_path(window._case.id, window.about_you.details().name)
        if path is None:
            path = dialogs.ask_save_path(window, self.suggested_pdf_path())
        if path is None:
            return
        from composer.render.letters import export_letters
        from composer.render.pdf import LetterTooLong, RenderError

        error: tuple[str, str] | None = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        choice = window.recipient_choice.choice()
        try:
            letters = recipients.letters_for(window._draft, choice)
            export_letters(letters, get_layout(window._layout_id), path)
        except LetterTooLong:
            error = (
                self.tr("The letter is too long"),
                self.tr(
                    "Your letter does not fit on one page, so it was not saved. Shorten it (or "
                    "untick a demand) and export again."
                ),
            )
        except RenderError as exc:
            error = (self.tr("The letter cannot be laid out"), error_text(exc))
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
        window.events.letter_made(window._draft, choice, count.Kind.EXPORT)
        window.editor.document().setModified(False)
        window.statusBar().showMessage(
            self._with_deadline_note(self.tr("Saved {path}").format(path=path)), 10000
        )
        after = dialogs.offer_open_pdf(window, path)
        if after is dialogs.AfterExport.OPEN_PDF:
            dialogs.open_url(QUrl.fromLocalFile(str(path)))
        elif after is dialogs.AfterExport.OPEN_FOLDER:
            dialogs.open_url(QUrl.fromLocalFile(str(path.parent)))
        elif after is dialogs.AfterExport.NEXT_WRITER:
            window.next_writer()

    def _print_controller(self) -> PrintController:
        if self._printer is None:
            from composer.ui.printing import PrintController  # QtPdf loads on first print

            self._printer = PrintController(self._window)
        return self._printer

    def _letter_pdf(self, title: str) -> tuple[bytes, tuple[float, float]] | None:
        """The letter's PDF (one page per chosen recipient), exactly what Export PDF writes, and
        its paper size in points."""
        from composer.render.letters import render_letters  # fpdf2 loads here, once
        from composer.render.pdf import LetterTooLong, RenderError

        window = self._window
        layout = get_layout(window._layout_id)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        too_long = False
        try:
            letters = recipients.letters_for(window._draft, window.recipient_choice.choice())
            result = render_letters(letters, layout)
        except LetterTooLong:
            too_long = True
        except RenderError as exc:
            dialogs.show_error(window, title, error_text(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        if too_long:
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
                window = self._window
                choice = window.recipient_choice.choice()
                window.events.letter_made(window._draft, choice, count.Kind.PRINT)
                sent = self.tr("Sent to {printer}").format(printer=result.printer)
                window.statusBar().showMessage(self._with_deadline_note(sent), 10000)
                if window.events.running and dialogs.offer_next_writer(window, sent):
                    window.next_writer()
            elif result.outcome is PrintOutcome.EXPORT_INSTEAD:
                self._export_asked()  # Print asked what Export PDF asks
            return

    def print_envelope(self, size_id: str) -> None:
        """Print the envelope for this letter: the recipient where the post reads it, the
        country last in capitals, the writer's return address (unless switched off)."""
        from composer.render.envelope import get_envelope_size
        from composer.render.letters import render_envelopes

        # One envelope per letter, in the letters' order (all recipients: one each).
        window = self._window
        letters = recipients.letters_for(window._draft, window.recipient_choice.choice())
        if not all(letter.recipient for letter in letters):
            dialogs.show_error(
                window,
                self.tr("Print Envelope"),
                self.tr("This letter has no recipient address."),
            )
            return
        if not self._printable_or_confirmed(printing=True):
            return
        size = get_envelope_size(size_id)
        pdf = render_envelopes(
            letters,
            size.id,
            return_address=window.return_address_act.isChecked(),
            title=self.tr("Envelope"),
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

    @Slot()
    def print_handwriting_sheet(self) -> None:
        """The handwriting sheet for this case, language and recipient, on the printer."""
        from composer.ui.handwriting import sheet_pdf

        window = self._window
        made = sheet_pdf(window, window._draft, get_layout(window._layout_id))
        if made is None:
            return
        from composer.ui.printing import PrintOutcome

        result = self._print_controller().print_letter(*made, title=self.tr("Handwriting sheet"))
        if result.outcome is PrintOutcome.EXPORT_INSTEAD:
            suggested = paths.documents_dir() / f"{window._case.id}-handwriting-sheet.pdf"
            path = dialogs.ask_save_path(window, suggested)
            if path is None:
                return
            try:
                write_bytes_atomic(path, made[0])
            except OSError as exc:
                dialogs.show_error(
                    window,
                    self.tr("Could not save the PDF"),
                    self.tr("The PDF could not be saved in {path}: {reason}.").format(
                        path=path, reason=exc.strerror or exc
                    ),
                )
