"""composer.print_queue: queues, paper, jobs; the real ones go through a cups-pdf queue."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from composer import print_queue
from composer.model.paper import paper_name_for_size
from cups_support import (
    ADDRESS,
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
)

# --------------------------------------------------------------------------- without CUPS


def test_parse_lpstat_states() -> None:
    text = (
        "printer LCTEST disabled since Thu Nov 26 11:30:00 2026 -\n\tpaper jam\n"
        "printer PDF is idle.  enabled since Thu Nov 26 11:29:06 2026\n"
        "printer Busy now printing Busy-3.  enabled since Thu Nov 26 2026\n"
    )
    assert print_queue._parse_states(text) == {
        "LCTEST": ("stopped", "paper jam"),
        "PDF": ("idle", ""),
        "Busy": ("printing", ""),
    }
    text = (
        "LCTEST not accepting requests since Thu Nov 26 -\n\treason unknown\n"
        "PDF accepting requests since Thu Nov 26 11:29:06 2026\n"
    )
    assert print_queue._parse_accepting(text) == {"LCTEST": (False, ""), "PDF": (True, "")}


def test_paper_names() -> None:
    assert paper_name_for_size(612, 792) == "Letter"
    assert paper_name_for_size(595.28, 841.89) == "A4"
    assert paper_name_for_size(684, 297) == "Env10"  # landscape envelope
    assert paper_name_for_size(100, 100) is None
    assert print_queue.normalize_media("na_letter_8.5x11in") == "Letter"
    assert print_queue.normalize_media("iso_a4_210x297mm") == "A4"
    assert print_queue.normalize_media("Custom.4x6in") == "Custom.4x6in"


def test_options_are_checked() -> None:
    assert print_queue._option_args({"media": "A4", "sides": "two-sided-long-edge"}) == [
        "-o",
        "media=A4",
        "-o",
        "sides=two-sided-long-edge",
    ]
    with pytest.raises(ValueError):
        print_queue._option_args({"media": "A4 -o x=y"})
    with pytest.raises(ValueError):
        print_queue._option_args({"-d": "x"})


def test_lp_missing_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(print_queue.LpMissingError) as info:
        print_queue.list_printers()
    assert "CUPS" in str(info.value) and "\n" not in str(info.value)
    with pytest.raises(print_queue.PrinterError):
        print_queue.print_pdf(make_pdf(), "PDF")


def _fake_tool(folder: Path, name: str, script: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    path.chmod(0o755)


def test_no_printers_installed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # A stand-in lpstat: a CUPS with no queue says "No destinations added." on -p/-a.
    _fake_tool(
        tmp_path,
        "lpstat",
        'case "$1" in -d) echo "no system default destination";;'
        ' -e) ;; *) echo "lpstat: No destinations added." >&2; exit 1;; esac\n',
    )
    monkeypatch.setenv("PATH", str(tmp_path))
    assert print_queue.list_printers() == []
    with pytest.raises(print_queue.NoPrintersError, match="No printer is installed"):
        print_queue.print_pdf(make_pdf())


def test_scheduler_not_running(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fake_tool(tmp_path, "lpstat", 'echo "lpstat: Scheduler is not running." >&2; exit 1\n')
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(print_queue.PrintServerError, match="not running"):
        print_queue.list_printers()


# --------------------------------------------------------------------------- real CUPS


@pytest.mark.printing
def test_lists_the_pdf_queue() -> None:
    require_cups()
    printers = {p.name: p for p in print_queue.list_printers()}
    assert QUEUE in printers
    assert printers[QUEUE].ready
    assert print_queue.default_media(QUEUE) in ("A4", "Letter")


@pytest.mark.printing
def test_unknown_printer() -> None:
    require_cups()
    with pytest.raises(print_queue.UnknownPrinterError) as info:
        print_queue.print_pdf(make_pdf(), "NoSuchPrinter-" + uuid.uuid4().hex[:6])
    message = str(info.value)
    assert "There is no printer named 'NoSuchPrinter-" in message
    assert QUEUE in message and "\n" not in message


@pytest.mark.printing
def test_stopped_and_rejecting_queues() -> None:
    require_cups()
    with scratch_queue("LC-Scratch-" + uuid.uuid4().hex[:6]) as name:
        run_tool("cupsdisable", "-r", "paper jam", name)
        printer = print_queue.get_printer(name)
        assert printer.stopped and not printer.ready
        with pytest.raises(print_queue.QueueStoppedError, match="is stopped: paper jam"):
            print_queue.print_pdf(make_pdf(), name)
        run_tool("cupsenable", name)
        run_tool("cupsreject", name)
        with pytest.raises(print_queue.QueueRejectingError, match="not accepting jobs"):
            print_queue.print_pdf(make_pdf(), name)


@pytest.mark.printing
def test_rejected_job() -> None:
    require_cups()
    with scratch_queue("LC-Quota-" + uuid.uuid4().hex[:6]) as name:
        # A quota of 1 KiB a week: the first job uses it up, the print server refuses the next.
        run_tool("lpadmin", "-p", name, "-o", "job-quota-period=604800", "-o", "job-k-limit=1")
        # The first job is held (never printed: a late file from it would confuse the tests
        # that read cups-pdf's folder after this one).
        run_tool("lp", "-d", name, "-H", "indefinite", "--", "/etc/hostname")
        with pytest.raises(print_queue.JobRejectedError, match=f"'{name}' refused the job: Quota"):
            print_queue.print_pdf(make_pdf(), name)


@pytest.mark.printing
def test_print_bytes_through_cups_pdf_and_read_it_back() -> None:
    require_cups()
    before = existing_outputs()
    job = print_queue.print_pdf(
        make_pdf("letter"), QUEUE, options={"media": "Letter"}, title="lc-test-letter"
    )
    assert job.startswith(f"{QUEUE}-")
    out = wait_for_output(job, before)
    width, height = page_size_pt(out)
    assert (round(width), round(height)) == (612, 792)
    text = ocr_page(out)
    assert_phrases(
        text,
        [
            *ADDRESS,
            "Dear Minister,",
            "incommunicado detention",
            "Maryia Kalesnikava",
            "Alice Writer",
        ],
    )


@pytest.mark.printing
def test_print_a4_file_path(tmp_path: Path) -> None:
    require_cups()
    before = existing_outputs()
    path = tmp_path / "a4-test.pdf"
    path.write_bytes(make_pdf("a4"))
    job = print_queue.print_pdf(path, QUEUE, options={"media": "A4"})
    out = wait_for_output(job, before)
    width, height = page_size_pt(out)
    assert (round(width), round(height)) == (595, 842)


@pytest.mark.printing
def test_paper_mismatch() -> None:
    require_cups()
    queue_paper = print_queue.default_media(QUEUE)
    letter = print_queue.paper_mismatch(QUEUE, 612, 792)
    a4 = print_queue.paper_mismatch(QUEUE, 595.28, 841.89)
    if queue_paper == "A4":
        assert a4 is None
        assert letter is not None and letter.message() == (
            f"The printer '{QUEUE}' uses A4 paper but the letter is laid out for Letter"
        )
    else:
        assert letter is None and a4 is not None
