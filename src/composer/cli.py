"""The command line: any error is one clear line on stderr and a non-zero exit, no traceback."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from composer import __version__
from composer.model.case import CaseError
from composer.model.library import builtin_case_ids, load_builtin

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """An error to tell the user in one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _cmd_cases(args: argparse.Namespace) -> int:
    rows = []
    for case_id in builtin_case_ids():
        case = load_builtin(case_id)
        rows.append({
            "id": case.id,
            "title": case.title,
            "deadline": case.deadline.isoformat() if case.deadline else None,
            "deadline_passed": case.deadline_passed(),
            "builtin": True,
        })
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            note = " (deadline passed)" if row["deadline_passed"] else ""
            print(f"{row['id']}\t{row['title']}{note}")
    return EXIT_OK


def _add_cases(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("cases", help="list the cases")
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.set_defaults(handler=_cmd_cases)


# --------------------------------------------------------------------------- printing


def _printer_error(exc: Exception) -> CommandError:
    return CommandError(str(exc))


def _cmd_printers(args: argparse.Namespace) -> int:
    from composer import printing

    try:
        printers = printing.list_printers()
        papers = {p.name: printing.default_media(p.name) for p in printers}
    except printing.PrinterError as exc:
        raise _printer_error(exc) from exc
    if args.json:
        rows = [{"name": p.name, "default": p.is_default, "state": p.state,
                 "accepting": p.accepting, "ready": p.ready, "reason": p.reason,
                 "paper": papers[p.name]} for p in printers]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not printers:
        raise CommandError("No printer is installed; add one in the system settings")
    width = max(len(p.name) for p in printers)
    for p in printers:
        mark = "*" if p.is_default else " "
        paper = f"  {papers[p.name]}" if papers[p.name] else ""
        default = "  (default)" if p.is_default else ""
        print(f"{mark} {p.name:<{width}}  {p.status_text()}{paper}{default}")
    return EXIT_OK


def _add_printers(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("printers", help="list the printers (* marks the default)")
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.set_defaults(handler=_cmd_printers)


def _pdf_page_size(data: bytes) -> tuple[float, float]:
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.lstrip()[:5] == b"%PDF-":
        raise CommandError("Not a PDF file")
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings are not ours to show
    try:
        box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    except (PdfReadError, IndexError, ValueError) as exc:
        raise CommandError(f"Not a PDF that can be printed: {exc}") from exc
    return float(box.width), float(box.height)


def _send(data: bytes, printer: str, copies: int, options: dict[str, str], title: str) -> str:
    from composer import printing

    try:
        return printing.print_pdf(data, printer, copies=copies, options=options, title=title)
    except printing.PrinterError as exc:
        raise _printer_error(exc) from exc


def _cmd_print(args: argparse.Namespace) -> int:
    from composer import printing
    from composer.render.envelope import default_envelope_for_paper, get_envelope_size

    if args.copies < 1:
        raise CommandError("--copies must be at least 1")
    if args.pdf is None:
        raise CommandError("Nothing to print: give --pdf FILE")
    try:
        data = Path(args.pdf).read_bytes()
    except OSError as exc:
        raise CommandError(f"Cannot read {args.pdf}: {exc.strerror or exc}") from exc
    width, height = _pdf_page_size(data)
    title = Path(args.pdf).stem
    recipient: list[str] | None = None
    return_lines: list[str] | None = None
    if args.envelope:
        raise CommandError("--envelope needs a letter made from a case, not --pdf")

    try:
        printer = printing.get_printer(args.printer)
        printing.check_ready(printer)
        mismatch = printing.paper_mismatch(printer.name, width, height)
    except printing.PrinterError as exc:
        raise _printer_error(exc) from exc
    if mismatch and not (args.force or getattr(args, "layout", None)):
        raise CommandError(f"{mismatch.message()}; choose the layout for that paper with "
                           "--layout, or print on the letter's paper anyway with --force")
    options: dict[str, str] = {}
    paper = printing.paper_name_for_size(width, height)
    if paper:
        options["media"] = paper  # the letter's own paper, never scaled to another
    if args.sides:
        options["sides"] = args.sides
    if args.pages:
        options["page-ranges"] = args.pages
    job = _send(data, printer.name, args.copies, options, title)
    print(f"Sent {title} to {printer.name} (job {job})")
    if recipient:
        size = (get_envelope_size(args.envelope_size) if args.envelope_size
                else default_envelope_for_paper(width))
        from composer.render.envelope import render_envelope

        envelope = render_envelope(recipient, return_lines, size)
        job = _send(envelope, printer.name, args.copies, {"media": size.media},
                    f"{title} envelope")
        print(f"Sent the {size.name} envelope to {printer.name} (job {job}); "
              "feed an envelope into the printer")
    return EXIT_OK


def _add_print_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--printer", metavar="NAME", help="the queue to print to (default: the "
                   "default printer; see `letter-composer printers`)")
    p.add_argument("--copies", type=int, default=1, metavar="N", help="copies of each page")
    p.add_argument("--sides", choices=["one-sided", "two-sided-long-edge",
                                       "two-sided-short-edge"], help="duplex printing")
    p.add_argument("--pages", metavar="RANGE", help="pages to print, such as 1 or 1-2")
    p.add_argument("--envelope", action="store_true",
                   help="also print the envelope, as a second job (feed an envelope)")
    p.add_argument("--envelope-size", choices=["10", "dl", "c5"],
                   help="#10, DL or C5 (default: #10 for Letter paper, DL for A4)")
    p.add_argument("--no-return-address", action="store_true",
                   help="leave the envelope's return address blank")
    p.add_argument("--force", action="store_true",
                   help="print even when the printer's paper differs from the letter's")


def _add_print(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("print", help="print a letter (and its envelope)")
    p.add_argument("--pdf", metavar="FILE", help="print this PDF as it is")
    _add_print_options(p)
    p.set_defaults(handler=_cmd_print)


# Each command adds its own parser; order is the order of `--help`.
_ADDERS: list[Callable[[argparse._SubParsersAction[_Parser]], None]] = [_add_cases]
_ADDERS += [_add_printers, _add_print]
COMMANDS = frozenset({"cases", "export", "print", "printers", "import", "help"})


def build_parser() -> _Parser:
    parser = _Parser(
        prog="letter-composer",
        description="Write letters for Urgent Actions. With no command, opens the window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for add in _ADDERS:
        add(sub)
    return parser


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(handler(args))
    except (CommandError, CaseError) as exc:
        print(f"letter-composer: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
