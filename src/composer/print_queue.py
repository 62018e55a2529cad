"""Printing through CUPS with its command-line tools (``lp``, ``lpstat``, ``lpoptions``).

Qt-free: the command line and, on Linux and macOS, the window print through here. The PDF itself
goes to the queue, so the text stays vector and the page is exactly the exported one. Every
command runs without a shell, with a timeout, in the C locale (so its output can be read), and
every failure is a :class:`PrinterError` whose message is one line a writer can act on.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from composer.model.paper import PAPER_SIZES_PT, paper_name_for_size

DEFAULT_TIMEOUT = 10.0  # seconds; a local CUPS answers in milliseconds

# Other spellings of the same media (IPP names, PWG self-describing names, lower case).
_MEDIA_ALIASES = {
    "letter": "Letter",
    "na_letter": "Letter",
    "na_letter_8.5x11in": "Letter",
    "usletter": "Letter",
    "legal": "Legal",
    "na_legal": "Legal",
    "na_legal_8.5x14in": "Legal",
    "a4": "A4",
    "iso_a4": "A4",
    "iso_a4_210x297mm": "A4",
    "a5": "A5",
    "iso_a5": "A5",
    "iso_a5_148x210mm": "A5",
    "env10": "Env10",
    "na_number-10": "Env10",
    "na_number-10_4.125x9.5in": "Env10",
    "envdl": "EnvDL",
    "iso_dl": "EnvDL",
    "iso_dl_110x220mm": "EnvDL",
    "envc5": "EnvC5",
    "iso_c5": "EnvC5",
    "iso_c5_162x229mm": "EnvC5",
}

_OPTION_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]*$")
_JOB_ID = re.compile(r"request id is (\S+)")


class PrinterError(Exception):
    """Printing failed; ``str(error)`` is one line to show the writer."""


class LpMissingError(PrinterError):
    """The CUPS command-line tools are not installed (or not on PATH)."""


class PrintServerError(PrinterError):
    """The print server (CUPS) is not running or did not answer."""


class NoPrintersError(PrinterError):
    """No printer queue is installed."""


class UnknownPrinterError(PrinterError):
    """The named queue does not exist."""

    def __init__(self, message: str, *, printer: str, known: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.printer = printer
        self.known = tuple(known)


class QueueStoppedError(PrinterError):
    """The queue is stopped (disabled): a job would wait there, unprinted."""


class QueueRejectingError(PrinterError):
    """The queue does not accept jobs."""


class JobRejectedError(PrinterError):
    """The print server refused the job."""


@dataclass(frozen=True)
class Printer:
    """A print queue as ``lpstat`` reports it."""

    name: str
    is_default: bool = False
    state: str = "idle"  # "idle", "printing" or "stopped"
    accepting: bool = True
    reason: str = ""  # why it is stopped or rejecting, as the administrator wrote it

    @property
    def stopped(self) -> bool:
        return self.state == "stopped"

    @property
    def ready(self) -> bool:
        return not self.stopped and self.accepting

    def status_text(self) -> str:
        """A short English status: "ready", "stopped", "not accepting jobs", ..."""
        parts = []
        if self.stopped:
            parts.append("stopped")
        if not self.accepting:
            parts.append("not accepting jobs")
        if not parts:
            parts.append("printing" if self.state == "printing" else "ready")
        text = ", ".join(parts)
        return f"{text} ({self.reason})" if self.reason and not self.ready else text


# --------------------------------------------------------------------------- running the tools


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["LC_ALL"] = "C"
    env["LANG"] = "C"
    env.pop("LANGUAGE", None)
    return env


def _run(
    args: Sequence[str], *, stdin: bytes | None = None, timeout: float = DEFAULT_TIMEOUT
) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            list(args), input=stdin, capture_output=True, timeout=timeout, env=_env(), check=False
        )
    except FileNotFoundError as exc:
        raise LpMissingError(
            f"Printing needs CUPS, and its '{args[0]}' command was not found; "
            "install CUPS or export a PDF instead"
        ) from exc
    except subprocess.TimeoutExpired as exc:
        raise PrintServerError(
            f"The print server did not answer within {timeout:g} s ('{args[0]}')"
        ) from exc


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def _first_line(data: bytes) -> str:
    for line in _text(data).splitlines():
        line = line.strip()
        if line:
            # Drop the tool's own prefix ("lp: ", "lpstat: ").
            return re.sub(r"^(lp|lpstat|lpoptions): ", "", line)
    return ""


def _check_scheduler(result: subprocess.CompletedProcess[bytes]) -> None:
    message = _text(result.stderr) + _text(result.stdout)
    if "Scheduler is not running" in message or "Unable to connect to server" in message:
        raise PrintServerError("The print server (CUPS) is not running")


# --------------------------------------------------------------------------- queues


def _queue_names(timeout: float) -> list[str]:
    result = _run(["lpstat", "-e"], timeout=timeout)
    _check_scheduler(result)
    if result.returncode != 0 and "No destinations" not in _text(result.stderr):
        raise PrintServerError(f"Could not list the printers: {_first_line(result.stderr)}")
    return [line.strip() for line in _text(result.stdout).splitlines() if line.strip()]


def default_printer_name(*, timeout: float = DEFAULT_TIMEOUT) -> str | None:
    """The user's default queue (``lpstat -d``: LPDEST/PRINTER, lpoptions, then the system's)."""
    result = _run(["lpstat", "-d"], timeout=timeout)
    _check_scheduler(result)
    match = re.search(r"destination:\s*(\S+)", _text(result.stdout))
    return match.group(1) if match else None


def _parse_states(text: str) -> dict[str, tuple[str, str]]:
    """``lpstat -p`` output to {queue: (state, reason)}."""
    states: dict[str, tuple[str, str]] = {}
    current = ""
    for line in text.splitlines():
        match = re.match(r"^printer (\S+) (.*)$", line)
        if match:
            current, rest = match.group(1), match.group(2)
            if "disabled" in rest:
                state = "stopped"
            elif "now printing" in rest:
                state = "printing"
            else:
                state = "idle"
            states[current] = (state, "")
        elif current and line.startswith(("\t", " ")) and line.strip():
            state, reason = states[current]
            if (
                not reason
                and line.strip() != "reason unknown"
                and not line.strip().startswith(("Description:", "Alerts:"))
            ):
                states[current] = (state, line.strip())
    return states


def _parse_accepting(text: str) -> dict[str, tuple[bool, str]]:
    """``lpstat -a`` output to {queue: (accepting, reason)}."""
    accepting: dict[str, tuple[bool, str]] = {}
    current = ""
    for line in text.splitlines():
        match = re.match(r"^(\S+) (not )?accepting requests", line)
        if match:
            current = match.group(1)
            accepting[current] = (match.group(2) is None, "")
        elif current and line.startswith(("\t", " ")) and line.strip():
            ok, reason = accepting[current]
            if not reason and line.strip() != "reason unknown":
                accepting[current] = (ok, line.strip())
    return accepting


def list_printers(*, timeout: float = DEFAULT_TIMEOUT) -> list[Printer]:
    """Every queue, the default first marked, with its state. Empty when none is installed."""
    names = _queue_names(timeout)
    if not names:
        return []
    default = default_printer_name(timeout=timeout)
    states = _parse_states(_text(_run(["lpstat", "-p"], timeout=timeout).stdout))
    accepting = _parse_accepting(_text(_run(["lpstat", "-a"], timeout=timeout).stdout))
    printers = []
    for name in names:
        state, state_reason = states.get(name, ("idle", ""))
        ok, accept_reason = accepting.get(name, (True, ""))
        reason = state_reason if state == "stopped" else accept_reason if not ok else ""
        printers.append(
            Printer(name=name, is_default=name == default, state=state, accepting=ok, reason=reason)
        )
    return printers


def get_printer(name: str | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> Printer:
    """The named queue, or the default one; raises when there is none or it is unknown."""
    printers = list_printers(timeout=timeout)
    if not printers:
        raise NoPrintersError(
            "No printer is installed; add one in the system settings, or export a PDF instead"
        )
    if name is None:
        for printer in printers:
            if printer.is_default:
                return printer
        if len(printers) == 1:
            return printers[0]
        names = ", ".join(p.name for p in printers)
        raise UnknownPrinterError(
            f"No default printer is set; choose one of: {names}",
            printer="",
            known=[p.name for p in printers],
        )
    for printer in printers:
        if printer.name == name:
            return printer
    for printer in printers:  # CUPS queue names are case-insensitive
        if printer.name.lower() == name.lower():
            return printer
    names = ", ".join(p.name for p in printers)
    raise UnknownPrinterError(
        f"There is no printer named '{name}' (printers: {names})",
        printer=name,
        known=[p.name for p in printers],
    )


def check_ready(printer: Printer) -> None:
    """Raise when a job sent to ``printer`` would not print."""
    if printer.stopped:
        why = f": {printer.reason}" if printer.reason else ""
        raise QueueStoppedError(f"The printer '{printer.name}' is stopped{why}")
    if not printer.accepting:
        why = f": {printer.reason}" if printer.reason else ""
        raise QueueRejectingError(f"The printer '{printer.name}' is not accepting jobs{why}")


# --------------------------------------------------------------------------- paper


def normalize_media(media: str) -> str:
    """A CUPS/IPP media name in the PPD spelling ("A4", "Letter", "Env10"), or as given."""
    key = media.strip()
    return _MEDIA_ALIASES.get(key.lower(), key)


def default_media(printer: str, *, timeout: float = DEFAULT_TIMEOUT) -> str | None:
    """The paper the queue uses when a job names none ("A4", "Letter", ...), if it says."""
    result = _run(["lpoptions", "-p", printer, "-l"], timeout=timeout)
    _check_scheduler(result)
    for line in _text(result.stdout).splitlines():
        key = line.split(":", 1)[0].split("/", 1)[0].strip()
        if key in ("PageSize", "media") and ":" in line:
            for choice in line.split(":", 1)[1].split():
                if choice.startswith("*"):
                    return normalize_media(choice[1:])
    result = _run(["lpoptions", "-p", printer], timeout=timeout)
    match = re.search(r"(?:^|\s)media(?:-default)?=(\S+)", _text(result.stdout))
    if match:
        return normalize_media(match.group(1).split(",")[0])
    return None


@dataclass(frozen=True)
class PaperMismatch:
    """The queue's paper differs from the document's."""

    printer: str
    printer_paper: str  # "A4"
    document_paper: str  # "Letter"

    def message(self) -> str:
        return (
            f"The printer '{self.printer}' uses {self.printer_paper} paper but the letter is "
            f"laid out for {self.document_paper}"
        )


def paper_mismatch(
    printer: str, width_pt: float, height_pt: float, *, timeout: float = DEFAULT_TIMEOUT
) -> PaperMismatch | None:
    """A :class:`PaperMismatch` when the queue's default paper is not the document's."""
    document = paper_name_for_size(width_pt, height_pt)
    queue = default_media(printer, timeout=timeout)
    if document is None or queue is None or queue not in PAPER_SIZES_PT:
        return None
    if queue == document:
        return None
    return PaperMismatch(printer=printer, printer_paper=queue, document_paper=document)


# --------------------------------------------------------------------------- jobs


def _option_args(options: Mapping[str, str]) -> list[str]:
    args: list[str] = []
    for key, value in options.items():
        value = str(value)
        if not _OPTION_NAME.match(key) or not value or any(c.isspace() for c in value):
            raise ValueError(f"not a valid print option: {key}={value!r}")
        args += ["-o", f"{key}={value}"]
    return args


def print_pdf(
    pdf: bytes | Path,
    printer: str | None = None,
    *,
    copies: int = 1,
    options: Mapping[str, str] | None = None,
    title: str = "Letter",
    timeout: float = DEFAULT_TIMEOUT,
) -> str:
    """Send a PDF (its bytes or a file) to a queue; return the job id ("PDF-12").

    ``printer`` None means the default queue. ``options`` are CUPS job options such as
    ``media`` ("Letter", "A4"), ``sides`` ("one-sided", "two-sided-long-edge") and
    ``page-ranges`` ("1-2"). The page is never scaled: ``print-scaling=none`` unless given.
    The queue is checked first, so a stopped or rejecting queue is reported, not left to wait.
    """
    if copies < 1:
        raise ValueError("copies must be at least 1")
    target = get_printer(printer, timeout=timeout)
    check_ready(target)
    opts = {"print-scaling": "none", **(options or {})}
    args = [
        "lp",
        "-d",
        target.name,
        "-n",
        str(copies),
        "-t",
        title or "Letter",
        *_option_args(opts),
    ]
    if isinstance(pdf, Path):
        if not pdf.is_file():
            raise PrinterError(f"No such file to print: {pdf}")
        args += ["--", str(pdf)]
        stdin = None
    else:
        if not pdf.startswith(b"%PDF"):
            raise ValueError("print_pdf needs PDF bytes")
        stdin = pdf  # lp reads the document from standard input when no file is named
    result = _run(args, stdin=stdin, timeout=timeout)
    _check_scheduler(result)
    match = _JOB_ID.search(_text(result.stdout))
    if result.returncode != 0 or not match:
        reason = _first_line(result.stderr) or _first_line(result.stdout) or "no reason given"
        if "does not exist" in reason:
            raise UnknownPrinterError(
                f"There is no printer named '{target.name}'", printer=target.name
            )
        if "not accepting" in reason:
            raise QueueRejectingError(f"The printer '{target.name}' is not accepting jobs")
        raise JobRejectedError(f"The printer '{target.name}' refused the job: {reason}")
    return match.group(1)
