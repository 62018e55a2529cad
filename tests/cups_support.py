"""Helpers for tests that print through a real CUPS server and read back what came out.

`tests/cups_server.sh` (run as root by tests/run.sh and CI) starts cupsd with a cups-pdf queue
named PDF. cups-pdf passes each job through Ghostscript, which turns the fonts into Type 3
glyphs without usable text, so the output is read the way a person would: rendered with
pdftoppm at 200 dpi and read back with tesseract.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import pwd
import re
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

QUEUE = os.environ.get("LC_CUPS_QUEUE", "PDF")
_OUTPUTS: list[Path] = []  # what the tests printed; removed when the test run ends
JOB_TIMEOUT = 90.0  # seconds for cups-pdf (Ghostscript) to finish one job on a busy machine


def run_tool(*args: str, timeout: float = 15) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    return subprocess.run(
        list(args), capture_output=True, text=True, timeout=timeout, env=env, check=False
    )


@functools.cache
def cups_skip_reason() -> str | None:
    """Why the printing tests cannot run here, or None when a PDF queue is ready."""
    for tool in ("lp", "lpstat", "lpoptions"):
        if shutil.which(tool) is None:
            return f"'{tool}' not found: apt-get install -y cups printer-driver-cups-pdf"
    for tool, package in (("pdftoppm", "poppler-utils"), ("tesseract", "tesseract-ocr-eng")):
        if shutil.which(tool) is None:
            return f"'{tool}' not found: apt-get install -y {package}"
    if "scheduler is running" not in run_tool("lpstat", "-r").stdout:
        return "CUPS is not running: run tests/cups_server.sh as root"
    if run_tool("lpstat", "-v", QUEUE).returncode != 0:
        return f"no CUPS queue named {QUEUE}: run tests/cups_server.sh as root"
    if "cups-pdf:" not in run_tool("lpstat", "-v", QUEUE).stdout:
        return f"the CUPS queue {QUEUE} is not a cups-pdf queue"
    try:
        output_dir()
    except OSError as exc:
        return f"cups-pdf output folder unknown: {exc}"
    return None


def require_cups() -> None:
    reason = cups_skip_reason()
    if reason:
        pytest.skip(reason)


def require_root() -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root to add a scratch CUPS queue")


def output_dir() -> Path:
    """Where cups-pdf writes this user's jobs (`Out` in /etc/cups/cups-pdf.conf)."""
    out = "${HOME}/PDF"
    conf = Path("/etc/cups/cups-pdf.conf")
    for line in conf.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] == "Out":
            out = parts[1]
    user = pwd.getpwuid(os.geteuid())
    return Path(out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name))


def existing_outputs() -> dict[Path, int]:
    """The PDFs in cups-pdf's folder with their modification times (a job with the same title
    as an earlier one overwrites its file)."""
    folder = output_dir()
    if not folder.is_dir():
        return {}
    return {path: path.stat().st_mtime_ns for path in folder.glob("*.pdf")}


def wait_for_outputs(
    job_ids: list[str], before: dict[Path, int], timeout: float = JOB_TIMEOUT
) -> list[Path]:
    """Wait for several jobs; their PDFs, in the order of ``job_ids``."""
    deadline = time.monotonic() + timeout
    return [wait_for_output(job, before, max(1.0, deadline - time.monotonic())) for job in job_ids]


def _wait_completed(job_id: str, deadline: float) -> None:
    printer = job_id.rsplit("-", 1)[0]
    while time.monotonic() < deadline:
        pending = run_tool("lpstat", "-W", "not-completed", "-o", printer).stdout
        if not any(line.split()[:1] == [job_id] for line in pending.splitlines()):
            return
        time.sleep(0.2)
    pytest.fail(f"job {job_id} did not complete in time")


def _found(path: Path) -> Path:
    _OUTPUTS.append(path)
    return path


def wait_for_output(job_id: str, before: dict[Path, int], timeout: float = JOB_TIMEOUT) -> Path:
    """Wait until ``job_id`` has completed and return the PDF cups-pdf wrote for it.

    The PDF queue labels its files with the job number (tests/cups_server.sh sets cups-pdf's
    Label option), so the file is found exactly; on a queue without labels, the newest file
    that changed since ``before`` is taken (right unless another run prints at the same time).
    """
    deadline = time.monotonic() + timeout
    _wait_completed(job_id, deadline)
    number = job_id.rsplit("-", 1)[1]
    while time.monotonic() < deadline:
        labelled = sorted(output_dir().glob(f"job_{number}-*.pdf"))
        if labelled:
            return _found(labelled[0])
        if not _queue_labels_jobs():
            now = existing_outputs()
            new = sorted((mtime, path) for path, mtime in now.items() if before.get(path) != mtime)
            if new:
                return _found(new[-1][1])
        time.sleep(0.2)
    pytest.fail(f"job {job_id} completed but cups-pdf wrote no file for it in {output_dir()}")


def wait_for_title(title: str, timeout: float = JOB_TIMEOUT) -> Path:
    """The PDF of the job titled ``title`` (a unique title: for jobs whose id is unknown, such
    as those Qt sends itself), once its job has completed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        matches = [p for p in output_dir().glob("*.pdf") if title in p.name]
        if matches:
            match = re.match(r"job_(\d+)-", matches[0].name)
            if match:
                _wait_completed(f"{QUEUE}-{match.group(1)}", deadline)
            return _found(matches[0])
        time.sleep(0.2)
    pytest.fail(f"no PDF titled {title!r} appeared in {output_dir()}")


@functools.cache
def _queue_labels_jobs() -> bool:
    return "Label=1" in run_tool("lpoptions", "-p", QUEUE).stdout.split()


@atexit.register
def _remove_outputs() -> None:
    for path in _OUTPUTS:
        with contextlib.suppress(OSError):
            path.unlink()


def ocr_page(pdf: Path, page: int = 1, dpi: int = 200, *, rotated: bool = False) -> str:
    """The page as a person would read it: rendered with pdftoppm, read with tesseract."""
    stem = pdf.parent / f".ocr-{uuid.uuid4().hex}"
    try:
        run_tool(
            "pdftoppm",
            "-q",
            "-r",
            str(dpi),
            "-png",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(stem),
            timeout=60,
        )
        png = stem.with_suffix(".png")
        assert png.exists(), f"pdftoppm rendered nothing from {pdf}"
        # A page turned on its side (an envelope on portrait media) needs tesseract's
        # orientation detection (--psm 1).
        psm = ["--psm", "1"] if rotated else []
        result = run_tool("tesseract", str(png), "-", *psm, timeout=120)
        return result.stdout
    finally:
        stem.with_suffix(".png").unlink(missing_ok=True)


def words(text: str) -> list[str]:
    return re.findall(r"[\w'’.-]+", text)


def assert_phrases(text: str, phrases: list[str]) -> None:
    """Every phrase appears in the OCR text, compared word by word (spacing and line breaks
    as OCR gives them do not matter; a lone letter is never the whole proof). A word the
    letter broke after its hyphen ("ill-" / "treatment") is read whole again."""
    flat = " ".join(words(re.sub(r"(?<=\w-)\s*\n\s*(?=\w)", "", text))).lower()
    missing = [p for p in phrases if " ".join(words(p)).lower() not in flat]
    assert not missing, f"not found in the printed page: {missing}\n--- OCR ---\n{text}"


def page_size_pt(pdf: Path, page: int = 1) -> tuple[float, float]:
    out = run_tool("pdfinfo", "-f", str(page), "-l", str(page), str(pdf)).stdout
    match = re.search(r"Page\s+\d+ size:\s*([\d.]+) x ([\d.]+) pts", out) or re.search(
        r"Page size:\s*([\d.]+) x ([\d.]+) pts", out
    )
    assert match, out
    return float(match.group(1)), float(match.group(2))


@contextmanager
def scratch_queue(name: str) -> Iterator[str]:
    """A cups-pdf queue that exists for the test only (root only)."""
    require_root()
    ppd = "lsb/usr/cups-pdf/CUPS-PDF_noopt.ppd"
    result = run_tool("lpadmin", "-p", name, "-v", "cups-pdf:/", "-E", "-m", ppd)
    if result.returncode != 0:
        pytest.skip(f"could not add a scratch queue: {result.stderr.strip()}")
    try:
        yield name
    finally:
        run_tool("cancel", "-a", name)
        run_tool("lpadmin", "-x", name)


ADDRESS = [
    "Lt.-Gen. Ivan Kubrakou",
    "Minister of the Interior",
    "4 Gorodskoi Val St.",
    "Minsk 220030",
    "BELARUS",
]


def make_pdf(paper: str = "letter", lines: list[str] | None = None) -> bytes:
    """A one-page letter-like PDF with the shipped serif font (stands in for the renderer)."""
    from fpdf import FPDF

    from composer.resource_files import resource_path

    pdf = FPDF(unit="pt", format=paper)
    pdf.add_font("serif", "", str(resource_path("fonts/NotoSerif-Regular.ttf")))
    pdf.add_page()
    pdf.set_font("serif", size=12)
    pdf.set_xy(0.6875 * 72, 2.1875 * 72)
    pdf.multi_cell(300, 15, "\n".join(lines or ADDRESS))
    pdf.set_xy(72, 320)
    pdf.multi_cell(
        450,
        15,
        "Dear Minister,\n\nI urge you to end the incommunicado detention "
        "of Maryia Kalesnikava.\n\nYours sincerely,\n\nAlice Writer",
    )
    return bytes(pdf.output())


# What the built-in case's letter must show on paper: the address, the salutation, the key
# words of each demand and the writer's name.
LETTER_PHRASES = [
    "Lt.-Gen. Ivan Kubrakou",
    "Minister of the Interior",
    "Minsk 220030",
    "BELARUS",
    "Dear Minister,",
    "released immediately and unconditionally",
    "incommunicado detention",
    "torture and ill-treatment",
    "adequate medical care",
]
