"""Print… and Print Preview for the window: the same pages as Export PDF.

The window hands over the letter's PDF bytes (what Export PDF writes) and the layout's paper
size. :class:`PrintController` opens the platform's print dialog (printer, copies, pages,
duplex); where the platform prints through CUPS (Linux, macOS) it sends the PDF itself to the
chosen queue with the dialog's options (composer.print_queue), so the text stays vector. Elsewhere
it renders the pages with QtPdf at the printer's resolution. It never scales a page: when the
printer's paper differs from the letter's, it asks first and offers to switch the layout. When
printing cannot happen (no printer, a stopped queue, a refused job) it says so and offers
"Export PDF Instead". It never touches the draft; the returned :class:`PrintResult` tells the
window what to do next.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from composer import print_queue
from composer.model.paper import A4, LETTER, paper_name_for_size
from composer.ui.dialogs import run_modal as exec_dialog

PREVIEW_DPI = 150  # enough for a sharp preview; the printer itself gets its full resolution
STRIP_PIXELS = 8_000_000  # render the page in bands of at most this many pixels (32 MB)

# Papers the layouts and envelopes use, by their names in composer.model.paper.
_QT_PAGE_SIZES = {
    LETTER: QPageSize.PageSizeId.Letter,
    A4: QPageSize.PageSizeId.A4,
    "Legal": QPageSize.PageSizeId.Legal,
    "A5": QPageSize.PageSizeId.A5,
    "Env10": QPageSize.PageSizeId.Envelope10,
    "EnvDL": QPageSize.PageSizeId.EnvelopeDL,
    "EnvC5": QPageSize.PageSizeId.EnvelopeC5,
}


def _make_readable(dialog: QPrintPreviewDialog, parent: QWidget | None) -> None:
    """Open the preview large enough to read (most of the screen) with the page fitted to the
    window's width: Qt's default is a small window showing a whole page at 40 %."""
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        dialog.resize(max(640, int(room.width() * 0.8)), max(480, int(room.height() * 0.9)))
    view = dialog.findChild(QPrintPreviewWidget)
    if view is not None:
        view.fitToWidth()


def ask(box: QMessageBox) -> QMessageBox.ButtonRole:
    """Show a question; return the role of the button pressed. Tests replace this."""
    box.exec()
    clicked = box.clickedButton()
    return box.buttonRole(clicked) if clicked is not None else QMessageBox.ButtonRole.RejectRole


def available_printers() -> list[QPrinterInfo]:
    """The printers Qt sees (through CUPS on Linux and macOS). Tests replace this."""
    return list(QPrinterInfo.availablePrinters())


def prints_through_cups() -> bool:
    """Linux, the BSDs and macOS print through CUPS: there the PDF itself goes to the queue."""
    return not sys.platform.startswith("win")


class PrintOutcome(Enum):
    PRINTED = "printed"  # sent to the printer
    CANCELLED = "cancelled"  # the writer closed a dialog
    SWITCH_LAYOUT = "switch-layout"  # switch the letter to ``PrintResult.paper``, then print again
    EXPORT_INSTEAD = "export-instead"  # printing failed; the writer chose Export PDF Instead
    FAILED = "failed"  # printing failed; the writer closed the message


@dataclass(frozen=True)
class PrintResult:
    outcome: PrintOutcome
    printer: str = ""
    job_id: str = ""  # CUPS job id ("PDF-12") when the PDF went to a queue
    paper: str = ""  # for SWITCH_LAYOUT: the printer's paper ("A4", "Letter")
    error: str = ""  # what went wrong, one line (English, from composer.print_queue)


def _open_document(pdf: bytes, parent: QObject) -> QPdfDocument:
    """The PDF as a QPdfDocument; its buffer is its child, so deleting it frees both."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise ValueError("the letter's PDF could not be read")
    return document


def paint_pages(
    printer: QPrinter, document: QPdfDocument, first: int = 1, last: int = 0, dpi: int | None = None
) -> int:
    """Draw pages ``first``..``last`` (1-based; 0 = to the end) of ``document`` onto
    ``printer``, each at the printer's resolution (or ``dpi``), edge to edge, unscaled.
    Returns the number of pages drawn."""
    count = document.pageCount()
    last = count if last <= 0 else min(last, count)
    first = max(1, first)
    if first > last:
        return 0
    printer.setFullPage(True)  # page coordinates are the paper's, not the printable area's
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("could not start printing")
    try:
        for number in range(first, last + 1):
            if number > first:
                printer.newPage()
            _paint_page(painter, printer, document, number - 1, dpi)
    finally:
        painter.end()
    return last - first + 1


def _paint_page(
    painter: QPainter, printer: QPrinter, document: QPdfDocument, index: int, dpi: int | None
) -> None:
    size_pt = document.pagePointSize(index)
    resolution = dpi or printer.resolution()
    width = max(1, round(size_pt.width() * resolution / 72))
    height = max(1, round(size_pt.height() * resolution / 72))
    target = printer.pageLayout().fullRectPixels(printer.resolution())
    scale_x = target.width() / width if dpi else 1.0
    scale_y = target.height() / height if dpi else 1.0
    strip = max(1, STRIP_PIXELS // width)
    for top in range(0, height, strip):
        rows = min(strip, height - top)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(QSize(width, height))
        options.setScaledClipRect(QRect(0, top, width, rows))
        image = document.render(index, QSize(width, rows), options)
        if dpi:
            painter.drawImage(
                QRect(0, round(top * scale_y), round(width * scale_x), round(rows * scale_y) + 1),
                image,
            )
        else:
            painter.drawImage(0, top, image)


class PrintController(QObject):
    """Print… and Print Preview for one window. Create once; call :meth:`print_letter`, whose
    PrintResult says what happened and what the window should do next."""

    def __init__(self, parent: QWidget | None = None, *, use_cups: bool | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._use_cups = prints_through_cups() if use_cups is None else use_cups
        self.last_printer: QPrinter | None = None  # what the last dialog was given (tests)

    # ------------------------------------------------------------------ public

    def print_letter(
        self, pdf: bytes, page_size_pt: tuple[float, float], title: str = ""
    ) -> PrintResult:
        """Ask where to print the letter and print it. Never raises for printing trouble."""
        return self._print(pdf, page_size_pt, title, envelope=False)

    def print_envelope(
        self, pdf: bytes, page_size_pt: tuple[float, float], title: str = ""
    ) -> PrintResult:
        """Print an envelope (composer.render.envelope) on envelope media. There is no paper
        question: the writer feeds the envelope; a failure offers Export PDF Instead too."""
        return self._print(pdf, page_size_pt, title, envelope=True)

    def _print(
        self, pdf: bytes, page_size_pt: tuple[float, float], title: str, *, envelope: bool
    ) -> PrintResult:
        if not available_printers():
            return self._failed(
                "",
                self.tr("No printer is installed."),
                self.tr(
                    "Add a printer in the system settings, or export the letter as a PDF "
                    "and print it later."
                ),
                "no printer installed",
            )
        document = _open_document(pdf, self)
        try:
            return self._print_document(pdf, document, page_size_pt, title, envelope=envelope)
        finally:
            document.close()
            document.deleteLater()

    def _print_document(
        self,
        pdf: bytes,
        document: QPdfDocument,
        page_size_pt: tuple[float, float],
        title: str,
        *,
        envelope: bool,
    ) -> PrintResult:
        paper = paper_name_for_size(*page_size_pt) or ""
        printer = self._new_printer(paper, page_size_pt)
        printer.setDocName(title or self.tr("Letter"))
        printer.setFromTo(0, 0)
        dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle(self.tr("Print Envelope") if envelope else self.tr("Print Letter"))
        options = dialog.options()
        options |= QAbstractPrintDialog.PrintDialogOption.PrintPageRange
        options |= QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies
        options &= ~QAbstractPrintDialog.PrintDialogOption.PrintSelection
        options &= ~QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage
        dialog.setOptions(options)
        dialog.setMinMax(1, max(1, document.pageCount()))
        self.last_printer = printer
        accepted = exec_dialog(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return PrintResult(PrintOutcome.CANCELLED)

        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            # "Print to File (PDF)": the file gets exactly the exported pages.
            return self._save_pdf(pdf, printer)

        name = printer.printerName()
        mismatch = None if envelope else self._paper_mismatch(printer, name, paper, page_size_pt)
        if mismatch is not None:
            choice = self._ask_paper(name, mismatch, paper)
            if choice is not None:
                return choice

        first, last = self._page_range(printer)
        not_printed = (
            self.tr("The envelope was not printed.")
            if envelope
            else self.tr("The letter was not printed.")
        )
        if self._use_cups:
            return self._send_to_cups(pdf, printer, name, paper, (first, last), title, not_printed)
        try:
            paint_pages(printer, document, first, last)
        except RuntimeError as exc:
            return self._failed(
                name,
                not_printed,
                self.tr("The printer “%1” could not be started.").replace("%1", name),
                str(exc),
            )
        return PrintResult(PrintOutcome.PRINTED, printer=name)

    def preview(self, pdf: bytes, page_size_pt: tuple[float, float]) -> None:
        """Print Preview: the same pages, drawn from the same PDF."""
        document = _open_document(pdf, self)
        paper = paper_name_for_size(*page_size_pt) or ""
        printer = self._new_printer(paper, page_size_pt)
        dialog = QPrintPreviewDialog(printer, self._parent)
        dialog.setWindowTitle(self.tr("Print Preview"))
        dialog.paintRequested.connect(lambda target: paint_pages(target, document, dpi=PREVIEW_DPI))
        _make_readable(dialog, self._parent)
        self.last_printer = printer
        try:
            exec_dialog(dialog)
        finally:
            dialog.deleteLater()
            document.close()
            document.deleteLater()

    # ------------------------------------------------------------------ steps

    def _new_printer(self, paper: str, page_size_pt: tuple[float, float]) -> QPrinter:
        default = QPrinterInfo.defaultPrinter()
        if default.isNull():
            available = available_printers()
            default = available[0] if available else default
        printer = (
            QPrinter(default, QPrinter.PrinterMode.HighResolution)
            if not default.isNull()
            else QPrinter(QPrinter.PrinterMode.HighResolution)
        )
        size = (
            QPageSize(_QT_PAGE_SIZES[paper])
            if paper in _QT_PAGE_SIZES
            else QPageSize(
                QSize(round(page_size_pt[0]), round(page_size_pt[1])),
                "Letter",
                QPageSize.SizeMatchPolicy.ExactMatch,
            )
        )
        orientation = (
            QPageLayout.Orientation.Landscape
            if page_size_pt[0] > page_size_pt[1]
            else QPageLayout.Orientation.Portrait
        )
        printer.setPageSize(size)
        printer.setPageOrientation(orientation)
        printer.setFullPage(True)
        return printer

    def _paper_mismatch(
        self, printer: QPrinter, name: str, paper: str, page_size_pt: tuple[float, float]
    ) -> str | None:
        """The printer's paper when it is not the letter's, else None."""
        if not paper:
            return None
        chosen = printer.pageLayout().pageSize().id()
        for known, qt_id in _QT_PAGE_SIZES.items():
            if qt_id == chosen and known != paper:
                return known  # the writer picked another paper in the dialog
        if self._use_cups:
            try:
                mismatch = print_queue.paper_mismatch(name, *page_size_pt)
            except print_queue.PrinterError:
                mismatch = None
            return mismatch.printer_paper if mismatch else None
        info = QPrinterInfo.printerInfo(name)
        default_id = info.defaultPageSize().id()
        for known, qt_id in _QT_PAGE_SIZES.items():
            if qt_id == default_id and known != paper:
                return known
        return None

    def _ask_paper(self, name: str, printer_paper: str, paper: str) -> PrintResult | None:
        """Ask before printing on the wrong paper; None means print on the letter's paper."""
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Paper Size"))
        box.setText(
            self.tr("The printer “%1” uses %2 paper, but the letter is laid out for %3.")
            .replace("%1", name)
            .replace("%2", printer_paper)
            .replace("%3", paper)
        )
        box.setInformativeText(
            self.tr(
                "Printed as it is, the address may miss the envelope window. Lay the letter out "
                "for %1 paper instead?"
            ).replace("%1", printer_paper)
        )
        switch = box.addButton(
            self.tr("Switch to %1").replace("%1", printer_paper), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            self.tr("Print on %1 Anyway").replace("%1", paper), QMessageBox.ButtonRole.ApplyRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(switch)
        role = ask(box)
        box.deleteLater()
        if role == QMessageBox.ButtonRole.AcceptRole:
            return PrintResult(PrintOutcome.SWITCH_LAYOUT, printer=name, paper=printer_paper)
        if role == QMessageBox.ButtonRole.ApplyRole:
            return None
        return PrintResult(PrintOutcome.CANCELLED, printer=name)

    @staticmethod
    def _page_range(printer: QPrinter) -> tuple[int, int]:
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            return printer.fromPage(), printer.toPage()
        return 1, 0

    def _send_to_cups(
        self,
        pdf: bytes,
        printer: QPrinter,
        name: str,
        paper: str,
        pages: tuple[int, int],
        title: str,
        not_printed: str,
    ) -> PrintResult:
        first, last = pages
        options: dict[str, str] = {}
        if paper:
            options["media"] = paper
        duplex = printer.duplex()
        if duplex == QPrinter.DuplexMode.DuplexLongSide:
            options["sides"] = "two-sided-long-edge"
        elif duplex == QPrinter.DuplexMode.DuplexShortSide:
            options["sides"] = "two-sided-short-edge"
        elif duplex == QPrinter.DuplexMode.DuplexNone:
            options["sides"] = "one-sided"
        if (first, last) != (1, 0):
            options["page-ranges"] = f"{first}-{last}" if last else f"{first}-"
        if printer.collateCopies() and printer.copyCount() > 1:
            options["collate"] = "true"
        try:
            job = print_queue.print_pdf(
                pdf,
                name,
                copies=max(1, printer.copyCount()),
                options=options,
                title=title or "Letter",
            )
        except print_queue.PrinterError as exc:
            return self._failed(name, not_printed, self._explain(exc, name), str(exc))
        return PrintResult(PrintOutcome.PRINTED, printer=name, job_id=job)

    def _explain(self, exc: print_queue.PrinterError, name: str) -> str:
        texts: list[tuple[type[print_queue.PrinterError], Callable[[], str]]] = [
            (
                print_queue.LpMissingError,
                lambda: self.tr("Printing needs CUPS, which is not installed on this computer."),
            ),
            (
                print_queue.PrintServerError,
                lambda: self.tr("The print service (CUPS) is not running or did not answer."),
            ),
            (print_queue.NoPrintersError, lambda: self.tr("No printer is installed.")),
            (
                print_queue.UnknownPrinterError,
                lambda: self.tr("There is no printer named “%1”.").replace("%1", name),
            ),
            (
                print_queue.QueueStoppedError,
                lambda: self.tr("The printer “%1” is stopped.").replace("%1", name),
            ),
            (
                print_queue.QueueRejectingError,
                lambda: self.tr("The printer “%1” is not accepting jobs.").replace("%1", name),
            ),
            (
                print_queue.JobRejectedError,
                lambda: self.tr("The printer “%1” refused the letter.").replace("%1", name),
            ),
        ]
        for kind, text in texts:
            if isinstance(exc, kind):
                return text()
        return self.tr("The printer “%1” could not print the letter.").replace("%1", name)

    def _failed(self, name: str, text: str, informative: str, error: str) -> PrintResult:
        """Say why nothing was printed; offer Export PDF Instead. The draft is untouched."""
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Print"))
        box.setText(text)
        box.setInformativeText(
            informative
            + " "
            + self.tr("Your letter is safe: you can export it as a PDF and print it later.")
        )
        if error:
            box.setDetailedText(error)
        export = box.addButton(self.tr("Export PDF Instead…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(export)
        role = ask(box)
        box.deleteLater()
        if role == QMessageBox.ButtonRole.AcceptRole:
            return PrintResult(PrintOutcome.EXPORT_INSTEAD, printer=name, error=error)
        return PrintResult(PrintOutcome.FAILED, printer=name, error=error)

    def _save_pdf(self, pdf: bytes, printer: QPrinter) -> PrintResult:
        from pathlib import Path

        from composer.atomic import write_bytes_atomic

        path = Path(printer.outputFileName())
        try:
            write_bytes_atomic(path, pdf)
        except OSError as exc:
            return self._failed(
                "",
                self.tr("The letter was not saved."),
                self.tr("“%1” could not be written.").replace("%1", str(path)),
                exc.strerror or str(exc),
            )
        return PrintResult(PrintOutcome.PRINTED, printer=str(path))
