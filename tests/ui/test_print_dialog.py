"""The window's print path: the print dialog accepted programmatically, a real cups-pdf queue,
and the printed page read back by OCR; the preview; the messages when printing cannot happen."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from composer import print_queue
from composer.ui import printing as ui_printing
from composer.ui.main_window import MainWindow
from composer.ui.printing import PrintController, PrintOutcome
from cups_support import (
    ADDRESS,
    LETTER_PHRASES,
    QUEUE,
    assert_phrases,
    existing_outputs,
    make_pdf,
    ocr_page,
    page_size_pt,
    require_cups,
    run_tool,
    scratch_queue,
    wait_for_output,
    wait_for_title,
)

LETTER = (612.0, 792.0)
A4 = (595.28, 841.89)
PHRASES = [
    *ADDRESS,
    "Dear Minister,",
    "incommunicado detention",
    "Maryia Kalesnikava",
    "Alice Writer",
]


class Dialogs:
    """Stands in for the person at the screen: accepts the print dialog with a printer and
    answers each message box with a button role, recording what was shown."""

    def __init__(
        self,
        monkeypatch: pytest.MonkeyPatch,
        printer: str = QUEUE,
        answers: list[QMessageBox.ButtonRole] | None = None,
        before_accept: Any = None,
    ) -> None:
        self.printer = printer
        self.answers = list(answers or [])
        self.before_accept = before_accept
        self.dialogs: list[QDialog] = []
        self.titles: list[str] = []
        self.messages: list[tuple[str, str]] = []
        monkeypatch.setattr(ui_printing, "exec_dialog", self.exec_dialog)
        monkeypatch.setattr(ui_printing, "ask", self.ask)

    def exec_dialog(self, dialog: QDialog) -> int:
        self.dialogs.append(dialog)
        self.titles.append(dialog.windowTitle())
        printer: QPrinter = dialog.printer()  # type: ignore[attr-defined]
        printer.setPrinterName(self.printer)
        assert printer.printerName() == self.printer
        if self.before_accept:
            self.before_accept(printer)
        return QDialog.DialogCode.Accepted

    def ask(self, box: QMessageBox) -> QMessageBox.ButtonRole:
        self.messages.append((box.text(), box.informativeText()))
        assert self.answers, f"unexpected question: {box.text()}"
        return self.answers.pop(0)


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def queue_paper() -> str:
    return print_queue.default_media(QUEUE) or "A4"


@pytest.mark.printing
def test_print_on_matching_paper_through_cups(
    monkeypatch: pytest.MonkeyPatch, window: QWidget
) -> None:
    require_cups()
    paper = queue_paper()
    size = A4 if paper == "A4" else LETTER
    dialogs = Dialogs(monkeypatch)  # no question expected: the papers match
    controller = PrintController(window, use_cups=True)
    before = existing_outputs()
    result = controller.print_letter(make_pdf(paper.lower()), size, title="Letter to the Minister")
    assert result.outcome is PrintOutcome.PRINTED, result
    assert result.printer == QUEUE and result.job_id.startswith(f"{QUEUE}-")
    assert dialogs.messages == []
    out = wait_for_output(result.job_id, before)
    expected = (595, 842) if paper == "A4" else (612, 792)
    assert tuple(round(v) for v in page_size_pt(out)) == expected
    assert_phrases(ocr_page(out), PHRASES)


@pytest.mark.printing
def test_paper_mismatch_offers_to_switch_layout(
    monkeypatch: pytest.MonkeyPatch, window: QWidget
) -> None:
    require_cups()
    other, size = ("Letter", LETTER) if queue_paper() == "A4" else ("A4", A4)
    dialogs = Dialogs(monkeypatch, answers=[QMessageBox.ButtonRole.AcceptRole])
    controller = PrintController(window, use_cups=True)
    sent = record_jobs(monkeypatch)
    result = controller.print_letter(make_pdf(other.lower()), size)
    assert result.outcome is PrintOutcome.SWITCH_LAYOUT
    assert result.paper == queue_paper()
    text, informative = dialogs.messages[0]
    assert text == (
        f"The printer “{QUEUE}” uses {queue_paper()} paper, but the letter is laid out for {other}."
    )
    assert "envelope window" in informative
    assert sent == []  # nothing was printed


@pytest.mark.printing
def test_paper_mismatch_print_anyway_keeps_the_letters_paper(
    monkeypatch: pytest.MonkeyPatch, window: QWidget
) -> None:
    require_cups()
    other, size = ("letter", LETTER) if queue_paper() == "A4" else ("a4", A4)
    Dialogs(monkeypatch, answers=[QMessageBox.ButtonRole.ApplyRole])
    before = existing_outputs()
    result = PrintController(window, use_cups=True).print_letter(make_pdf(other), size)
    assert result.outcome is PrintOutcome.PRINTED
    out = wait_for_output(result.job_id, before)
    assert tuple(round(v) for v in page_size_pt(out)) == tuple(round(v) for v in size)


@pytest.mark.printing
@pytest.mark.slow
def test_rendered_pages_path_through_a_real_queue(
    monkeypatch: pytest.MonkeyPatch, window: QWidget
) -> None:
    """Where the platform does not print through CUPS (Windows), the pages are rendered with
    QtPdf at the printer's resolution; here Qt's own CUPS engine carries them to the queue."""
    require_cups()
    paper = queue_paper()
    # 300 dpi keeps Ghostscript's work small here; a real printer gets its own resolution.
    Dialogs(monkeypatch, before_accept=lambda printer: printer.setResolution(300))
    title = f"lc-qt-{uuid.uuid4().hex[:8]}"  # Qt sends the job itself: found by its title
    result = PrintController(window, use_cups=False).print_letter(
        make_pdf(paper.lower()), A4 if paper == "A4" else LETTER, title=title
    )
    assert result.outcome is PrintOutcome.PRINTED and result.job_id == ""
    out = wait_for_title(title)
    assert_phrases(ocr_page(out), PHRASES)


def record_jobs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the jobs composer.print_queue sends from now on (it still sends them)."""
    jobs: list[str] = []
    real = print_queue.print_pdf

    def send(*args: Any, **kwargs: Any) -> str:
        job = real(*args, **kwargs)
        jobs.append(job)
        return job

    monkeypatch.setattr(print_queue, "print_pdf", send)
    return jobs


@pytest.mark.printing
def test_printer_gone_while_the_dialog_was_open(
    monkeypatch: pytest.MonkeyPatch, window: QWidget
) -> None:
    require_cups()
    with scratch_queue("LC-Gone-" + uuid.uuid4().hex[:6]) as name:
        dialogs = Dialogs(
            monkeypatch,
            printer=name,
            answers=[QMessageBox.ButtonRole.AcceptRole],
            before_accept=lambda _printer: run_tool("lpadmin", "-x", name),
        )
        controller = PrintController(window, use_cups=True)
        pdf = make_pdf("a4" if queue_paper() == "A4" else "letter")
        result = controller.print_letter(pdf, A4 if queue_paper() == "A4" else LETTER)
    assert result.outcome is PrintOutcome.EXPORT_INSTEAD
    text, informative = dialogs.messages[0]
    assert text == "The letter was not printed."
    assert informative.startswith(f"There is no printer named “{name}”.")
    assert "export it as a PDF" in informative
    assert result.error.startswith(f"There is no printer named '{name}'")


@pytest.mark.printing
def test_stopped_queue(monkeypatch: pytest.MonkeyPatch, window: QWidget) -> None:
    require_cups()
    with scratch_queue("LC-Stop-" + uuid.uuid4().hex[:6]) as name:
        run_tool("cupsdisable", "-r", "paper jam", name)
        dialogs = Dialogs(monkeypatch, printer=name, answers=[QMessageBox.ButtonRole.RejectRole])
        pdf = make_pdf("a4")
        result = PrintController(window, use_cups=True).print_letter(pdf, A4)
    assert result.outcome is PrintOutcome.FAILED
    assert dialogs.messages[0][1].startswith(f"The printer “{name}” is stopped.")
    assert result.error == f"The printer '{name}' is stopped: paper jam"


@pytest.mark.printing
def test_qt_sees_the_cups_queue(qtbot: QtBot) -> None:
    """Qt's print support (its CUPS plugin from PySide6-Essentials) lists the queue."""
    require_cups()
    names = [info.printerName() for info in ui_printing.available_printers()]
    assert QUEUE in names


def test_no_printer_installed(monkeypatch: pytest.MonkeyPatch, window: QWidget) -> None:
    monkeypatch.setattr(ui_printing, "available_printers", list)
    dialogs = Dialogs(monkeypatch, answers=[QMessageBox.ButtonRole.AcceptRole])
    controller = PrintController(window)
    result = controller.print_letter(make_pdf(), LETTER)
    assert result.outcome is PrintOutcome.EXPORT_INSTEAD
    assert dialogs.dialogs == []  # no print dialog for no printer
    assert dialogs.messages[0][0] == "No printer is installed."


def test_cancel_prints_nothing(monkeypatch: pytest.MonkeyPatch, window: QWidget) -> None:
    monkeypatch.setattr(ui_printing, "available_printers", lambda: [QPrinterInfo()])
    monkeypatch.setattr(ui_printing, "exec_dialog", lambda dialog: QDialog.DialogCode.Rejected)
    sent: list[Any] = []
    monkeypatch.setattr(print_queue, "print_pdf", lambda *a, **k: sent.append(a))
    result = PrintController(window, use_cups=True).print_letter(make_pdf(), LETTER)
    assert result.outcome is PrintOutcome.CANCELLED and sent == []


def test_dialog_offers_pages_copies_and_the_letters_paper(
    monkeypatch: pytest.MonkeyPatch, window: QWidget
) -> None:
    monkeypatch.setattr(ui_printing, "available_printers", lambda: [QPrinterInfo()])
    seen: dict[str, Any] = {}

    def look(dialog: QDialog) -> int:
        printer = dialog.printer()  # type: ignore[attr-defined]
        seen["range"] = (dialog.minPage(), dialog.maxPage())  # type: ignore[attr-defined]
        seen["paper"] = printer.pageLayout().pageSize().id()
        seen["full"] = printer.fullPage()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ui_printing, "exec_dialog", look)
    PrintController(window).print_letter(make_pdf(), LETTER)
    assert seen == {"range": (1, 1), "paper": QPageSize.PageSizeId.Letter, "full": True}


def test_print_to_file_writes_the_exported_pages(
    monkeypatch: pytest.MonkeyPatch, window: QWidget, tmp_path: Path
) -> None:
    monkeypatch.setattr(ui_printing, "available_printers", lambda: [QPrinterInfo()])
    target = tmp_path / "printed.pdf"

    def to_file(dialog: QDialog) -> int:
        printer = dialog.printer()  # type: ignore[attr-defined]
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ui_printing, "exec_dialog", to_file)
    pdf = make_pdf()
    result = PrintController(window).print_letter(pdf, LETTER)
    assert result.outcome is PrintOutcome.PRINTED
    assert target.read_bytes() == pdf


def test_rendered_pages_keep_size_and_text(qtbot: QtBot, tmp_path: Path) -> None:
    """The non-CUPS path draws each page at the printer's resolution, edge to edge."""
    from composer.ui.printing import _open_document, paint_pages

    widget = QWidget()
    qtbot.addWidget(widget)
    document = _open_document(make_pdf(), widget)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    printer.setResolution(300)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    assert paint_pages(printer, document) == 1
    out = tmp_path / "out.pdf"
    assert tuple(round(v) for v in page_size_pt(out)) == (612, 792)
    if run_tool("which", "tesseract").returncode == 0:
        assert_phrases(ocr_page(out), ["Dear Minister,", "Maryia Kalesnikava", "BELARUS"])


def test_preview_shows_the_same_pages(monkeypatch: pytest.MonkeyPatch, window: QWidget) -> None:
    monkeypatch.setattr(ui_printing, "available_printers", list)
    seen: dict[str, Any] = {}

    def show(dialog: QDialog) -> int:
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        preview.updatePreview()
        seen["pages"] = preview.pageCount()
        seen["title"] = dialog.windowTitle()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ui_printing, "exec_dialog", show)
    controller = PrintController(window)
    controller.preview(make_pdf(), LETTER)
    assert seen["pages"] == 1 and seen["title"] == "Print Preview"
    assert controller.last_printer is not None
    assert controller.last_printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter


# --------------------------------------------------------------------------- from the window


@pytest.fixture
def main_window(qtbot: QtBot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def sign(window: MainWindow, qtbot: QtBot, name: str) -> None:
    window.about_you.name_edit.clear()
    qtbot.keyClicks(window.about_you.name_edit, name)
    assert window.draft.sender.name == name


def choose_layout(window: MainWindow, layout_id: str) -> None:
    window.layout_combo.setCurrentIndex(window.layout_combo.findData(layout_id))
    assert window.layout_id == layout_id


def layout_for_queue() -> tuple[str, tuple[int, int]]:
    return ("a4-din5008-b", (595, 842)) if queue_paper() == "A4" else ("us-letter", (612, 792))


@pytest.mark.printing
@pytest.mark.slow
def test_window_prints_the_letter(
    monkeypatch: pytest.MonkeyPatch, main_window: MainWindow, qtbot: QtBot
) -> None:
    """Ctrl+P in the window, the dialog accepted, the page read back from the queue."""
    require_cups()
    sign(main_window, qtbot, "Cecilia Penn")
    layout_id, expected = layout_for_queue()
    choose_layout(main_window, layout_id)
    dialogs = Dialogs(monkeypatch)
    before = existing_outputs()
    jobs = record_jobs(monkeypatch)
    main_window.print_act.trigger()
    assert len(dialogs.dialogs) == 1 and dialogs.messages == []
    # The built-in case's deadline has passed: the status bar says so after the printer's name.
    assert main_window.statusBar().currentMessage().startswith(f"Sent to {QUEUE} (this action")
    [job] = jobs
    out = wait_for_output(job, before)
    assert tuple(round(v) for v in page_size_pt(out)) == expected
    assert_phrases(ocr_page(out), [*LETTER_PHRASES, "Cecilia Penn"])


@pytest.mark.printing
def test_window_switches_the_layout_to_the_printers_paper(
    monkeypatch: pytest.MonkeyPatch, main_window: MainWindow, qtbot: QtBot
) -> None:
    require_cups()
    wanted, expected = layout_for_queue()
    choose_layout(main_window, "us-letter" if wanted != "us-letter" else "a4-din5008-b")
    text_before = main_window.draft.to_dict()
    dialogs = Dialogs(monkeypatch, answers=[QMessageBox.ButtonRole.AcceptRole])
    before = existing_outputs()
    jobs = record_jobs(monkeypatch)
    main_window.print_act.trigger()
    # Asked once; the layout switched; the dialog opened again and the letter printed once.
    assert len(dialogs.messages) == 1 and len(dialogs.dialogs) == 2
    assert main_window.layout_id == wanted
    assert main_window.draft.to_dict() == text_before
    [job] = jobs
    out = wait_for_output(job, before)
    assert tuple(round(v) for v in page_size_pt(out)) == expected


@pytest.mark.printing
def test_window_keeps_the_draft_when_the_printer_is_gone(
    monkeypatch: pytest.MonkeyPatch, main_window: MainWindow, qtbot: QtBot, answers: Any
) -> None:
    require_cups()
    sign(main_window, qtbot, "Dora Inkwell")
    choose_layout(main_window, layout_for_queue()[0])
    draft_before = main_window.draft.to_dict()
    text_before = main_window.editor.toPlainText()
    with scratch_queue("LC-Gone-" + uuid.uuid4().hex[:6]) as name:
        dialogs = Dialogs(
            monkeypatch,
            printer=name,
            answers=[QMessageBox.ButtonRole.AcceptRole],
            before_accept=lambda _printer: run_tool("lpadmin", "-x", name),
        )
        main_window.print_act.trigger()
    assert dialogs.messages[0][0] == "The letter was not printed."
    assert dialogs.messages[0][1].startswith(f"There is no printer named “{name}”.")
    # "Export PDF Instead…" went on to Export PDF (its save dialog, answered: cancel).
    assert any(asked.startswith("save:") for asked in answers.asked)
    assert main_window.draft.to_dict() == draft_before
    assert main_window.editor.toPlainText() == text_before


def test_window_print_preview(monkeypatch: pytest.MonkeyPatch, main_window: MainWindow) -> None:
    seen: dict[str, Any] = {}

    def show(dialog: QDialog) -> int:
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        preview.updatePreview()
        seen["pages"] = preview.pageCount()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ui_printing, "exec_dialog", show)
    main_window.preview_act.trigger()
    assert seen == {"pages": 1}


@pytest.mark.printing
def test_window_prints_an_envelope(
    monkeypatch: pytest.MonkeyPatch, main_window: MainWindow, qtbot: QtBot
) -> None:
    require_cups()
    sign(main_window, qtbot, "Eve Quill")
    main_window.about_you.address_edit.setPlainText("7 Rue des Lilas\nMontréal QC  H2X 1Y4")
    dialogs = Dialogs(monkeypatch)  # no paper question for an envelope
    before = existing_outputs()
    jobs = record_jobs(monkeypatch)
    main_window.envelope_acts["10"].trigger()
    assert dialogs.messages == [] and len(dialogs.dialogs) == 1
    assert dialogs.titles == ["Print Envelope"]
    assert main_window.statusBar().currentMessage() == (
        f"Envelope sent to {QUEUE}: feed a #10 envelope"
    )
    [job] = jobs
    out = wait_for_output(job, before)
    assert tuple(round(v) for v in page_size_pt(out)) == (297, 684)  # #10, fed short edge
    assert_phrases(
        ocr_page(out, rotated=True),
        [
            "Eve Quill",
            "7 Rue des Lilas",
            "AIR MAIL",
            "PAR AVION",
            "Lt.-Gen. Ivan Kubrakou",
            "Minsk 220030",
            "BELARUS",
        ],
    )


def test_window_envelope_without_return_address(
    monkeypatch: pytest.MonkeyPatch, main_window: MainWindow, qtbot: QtBot
) -> None:
    sign(main_window, qtbot, "Eve Quill")
    main_window.about_you.address_edit.setPlainText("7 Rue des Lilas")
    main_window.return_address_act.setChecked(False)
    sent: list[bytes] = []
    monkeypatch.setattr(
        PrintController,
        "print_envelope",
        lambda self, pdf, size, title="": (
            sent.append(pdf) or ui_printing.PrintResult(PrintOutcome.CANCELLED)
        ),
    )
    main_window.envelope_acts["dl"].trigger()
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(sent[0])) as doc:
        page = doc.pages[0]
        assert (round(page.width), round(page.height)) == (624, 312)
        text = page.extract_text()
    assert "Eve Quill" not in text and "AIR MAIL / PAR AVION" in text
    assert text.rstrip().endswith("BELARUS")
