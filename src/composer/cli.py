"""The command line: any error is one clear line on stderr and a non-zero exit, no traceback."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer import __version__
from composer.cli_locale import default_language_from_locale, default_layout_from_locale
from composer.model.case import CaseError, Recipient
from composer.model.file_kinds import FileKind, file_kind
from composer.model.library import DEFAULT_CASE_ID, load_case
from composer.model.paper import paper_name_for_size

if TYPE_CHECKING:
    from composer.model.draft import Draft
    from composer.model.importer import ImportResult
    from composer.model.letter import Letter
    from composer.model.paper import EnvelopeSize
    from composer.render.layouts import Layout
    from composer.render.letters import Rendered

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """An error to tell the user in one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _cmd_cases(args: argparse.Namespace) -> int:
    from composer.model.library import list_cases

    rows = [
        {
            "id": entry.id,
            "title": entry.title,
            "deadline": entry.deadline.isoformat() if entry.deadline else None,
            "deadline_passed": entry.deadline_passed,
            "builtin": entry.builtin,
            **({"error": entry.error} if entry.error else {}),
        }
        for entry in list_cases()
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            note = " (deadline passed)" if row["deadline_passed"] else ""
            kind = "built-in" if row["builtin"] else "mine"
            if row.get("error"):
                note = f" (cannot be read: {row['error']})"
            print(f"{row['id']}\t{kind}\t{row['title']}{note}")
    return EXIT_OK


def _add_cases(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("cases", help="list the cases")
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.set_defaults(handler=_cmd_cases)


def import_result_json(result: ImportResult) -> dict[str, Any]:
    """The case of an import as the documented JSON (``import --json``)."""
    case = result.case

    def person(rec: Recipient) -> dict[str, Any]:
        return {
            "name": rec.name,
            "title": rec.title,
            "organisation": rec.organisation,
            "address_lines": list(rec.address_lines),
            "country": rec.country,
            "salutation": rec.salutation_in(case.language, case.language),
            "salutations": dict(rec.salutation),
            "email": rec.email,
            "fax": rec.fax,
        }

    return {
        "id": case.id,
        "title": case.title,
        "language": case.language,
        "country": case.country,
        "people": list(case.people),
        "summary": case.summary,
        "action_intro": case.action_intro,
        "demands": [d.in_language(case.language, case.language) for d in case.demands],
        "recipients": [person(r) for r in case.recipients],
        "copies_to": [person(r) for r in case.copies_to],
        "languages": list(case.languages),
        "deadline": case.deadline.isoformat() if case.deadline else None,
        "deadline_note": case.deadline_note,
        "ua_number": case.ua_number,
        "index": case.index,
        "issued": case.issued.isoformat() if case.issued else None,
        "model_letter": case.model_letter,
        "background": [{"heading": s.heading, "text": s.text} for s in case.background],
        "source": case.source,
        "warnings": [
            {"field": w.field, "kind": w.kind.value, "code": w.code, "message": w.message}
            for w in result.warnings
        ],
    }


def _cmd_import(args: argparse.Namespace) -> int:
    from composer.model.importer import ImportResult, UAImportError, import_file
    from composer.model.library import add_user_case, all_case_ids

    if file_kind(args.file) is FileKind.PACK:
        raise CommandError(
            f"{args.file} is a case pack: use `letter-composer pack import {args.file}`"
        )
    try:
        result = import_file(Path(args.file), taken_ids=all_case_ids())
    except UAImportError as exc:
        raise CommandError(f"cannot import {args.file}: {exc}") from exc
    case = result.case
    if args.save:
        case = add_user_case(case)
        result = ImportResult(case, result.warnings)
    if args.json:
        print(json.dumps(import_result_json(result), ensure_ascii=False, indent=2))
    else:
        print(f"{case.title}")
        print(
            f"  id: {case.id}; {len(case.demands)} demands; {len(case.recipients)} "
            f"recipient(s); deadline: {case.deadline.isoformat() if case.deadline else '?'}"
        )
        for warning in result.warnings:
            print(f"  warning: {warning}")
        if args.save:
            print(f"  saved to the library as '{case.id}'")
    return EXIT_OK


def _add_import(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "import", help="read an Urgent Action (PDF, Word, e-mail, web page or text) as a case"
    )
    p.add_argument("file", metavar="FILE", help="the Urgent Action: a .txt or .pdf file")
    p.add_argument("--json", action="store_true", help="print the case as JSON")
    p.add_argument("--save", action="store_true", help="add the case to your library")
    p.set_defaults(handler=_cmd_import)


def _cmd_pack(args: argparse.Namespace) -> int:
    from composer.model.packs import PackError, export_pack, import_pack

    try:
        if args.pack_command == "export":
            output = FileKind.PACK.with_suffix(Path(args.output))
            written = export_pack(args.cases, output)
            print(f"wrote {len(written)} case(s) to {output}: {', '.join(written)}")
            return EXIT_OK
        result = import_pack(Path(args.pack), overwrite=(lambda ids: ids) if args.replace else None)
    except PackError as exc:
        raise CommandError(str(exc)) from exc
    for case_id in result.added:
        print(f"added {case_id}")
    for case_id in result.replaced:
        print(f"replaced {case_id}")
    for old, new in result.renamed.items():
        print(f"added {new} (a changed copy of the built-in case {old})")
    for case_id in result.skipped_builtins:
        print(f"skipped {case_id} (the same as the built-in case)")
    for name in result.templates:
        print(f"added template {name}")
    for case_id in result.kept:
        print(
            f"kept your case {case_id}: the pack has a different one "
            "(run again with --replace to replace it)",
            file=sys.stderr,
        )
    return EXIT_OK


def _add_pack(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("pack", help="carry cases to other laptops in a .lcpack file")
    pack_sub = p.add_subparsers(
        dest="pack_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    e = pack_sub.add_parser("export", help="write cases (and custom templates) to a pack")
    e.add_argument("--output", "-o", required=True, metavar="FILE.lcpack")
    e.add_argument("cases", nargs="+", metavar="CASE", help="case ids (see `cases`)")
    i = pack_sub.add_parser("import", help="add the cases of a pack to your library")
    i.add_argument("pack", metavar="FILE.lcpack")
    i.add_argument(
        "--replace",
        action="store_true",
        help="replace your cases that have the same id as one in the pack",
    )
    p.set_defaults(handler=_cmd_pack)


# Each command adds its own parser; order is the order of `--help`.
_ADDERS: list[Callable[[argparse._SubParsersAction[_Parser]], None]] = [
    _add_cases,
    _add_import,
    _add_pack,
]


def commands() -> frozenset[str]:
    """The subcommands the parser knows (a file named like one is not opened in the window)."""
    parser = build_parser()
    for action in parser._subparsers._group_actions if parser._subparsers else ():
        if isinstance(action, argparse._SubParsersAction):
            return frozenset(action.choices)
    return frozenset()


# --------------------------------------------------------------------------- export


def deadline_passed_note(deadline: dt.date) -> str:
    """One sentence for stderr: the action's deadline passed, and when."""
    return (
        f"this Urgent Action's deadline passed on {deadline:%B} {deadline.day}, "
        f"{deadline.year}; check for an update before you send the letter"
    )


def _say_if_expired(draft: Draft) -> None:
    """After a letter went out: a note on stderr if the action's deadline has passed."""
    deadline = draft.case.deadline
    if deadline is not None and draft.case.deadline_passed():
        print(f"letter-composer: note: {deadline_passed_note(deadline)}", file=sys.stderr)


def _draft_from_args(args: argparse.Namespace) -> tuple[Draft, Layout]:
    """The letter the letter options describe, and its layout (shared by export and print).

    ``args.choice`` is set to the ``--recipient`` choice (an index, or None for all)."""
    from composer.model import recipients
    from composer.model.draft import Draft, Sender
    from composer.render.layouts import get_layout

    case = load_case(args.case)
    count = len(case.demands)
    for n in args.omit_demand:
        if not 1 <= n <= count:
            raise CommandError(f"--omit-demand {n}: the case has {count} demands (1 to {count})")
    if count and len(set(args.omit_demand)) == count:
        raise CommandError("every demand is left out: the letter would ask for nothing")
    language = args.language or default_language_from_locale()
    layout = get_layout(args.layout or default_layout_from_locale())
    sender = Sender(
        name=args.sender_name.strip(),
        address_lines=tuple(line.strip() for line in args.sender_address if line.strip()),
        town=args.sender_town.strip(),
        postal_code=args.sender_postal_code.strip(),
        country=args.sender_country.strip(),
    )
    try:
        args.choice = recipients.parse_choice(
            getattr(args, "recipient", "1") or "1", len(recipients.addressees(case))
        )
    except ValueError as exc:
        raise CommandError(f"--recipient: {exc}") from exc
    draft = Draft.new(case, language=language, sender=sender)
    if args.choice:
        draft.set_recipient(args.choice)
    for n in args.omit_demand:
        draft.set_demand(n - 1, False)
    if args.personal_note:
        draft.set_personal(args.personal_note.strip())
    return draft, layout


def _warn_about(letter: Letter) -> None:
    """Say, before the letter is written or printed, what will not come out as on screen."""
    from composer.model.templates import take_wording_warnings
    from composer.render.fonts import unprintable_characters

    for warning in take_wording_warnings():
        print(f"letter-composer: warning: {warning}", file=sys.stderr)
    missing = unprintable_characters(letter)
    if missing:
        codes = " ".join(f"U+{ord(c):04X}" for c in missing)
        print(
            f"letter-composer: warning: no font here can draw {' '.join(missing)} ({codes}); "
            "they are left out of the letter",
            file=sys.stderr,
        )


def record_letters(draft: Draft, choice: int | None, kind: str) -> None:
    """Count the letters made (never who made them); a failure is a warning, not an error."""
    from composer.model import count, event, recipients

    running = event.load()
    try:
        count.record(
            recipients.made(draft, choice, count.Kind(kind), running.name if running else "")
        )
    except count.CountError as exc:
        print(f"letter-composer: warning: the letter was not counted: {exc}", file=sys.stderr)


def _cmd_export(args: argparse.Namespace) -> int:
    from composer.model import recipients
    from composer.render.letters import export_letters
    from composer.render.pdf import RenderError

    draft, layout = _draft_from_args(args)
    _warn_about(draft.letter())
    output = Path(args.output)
    if output.is_dir():
        raise CommandError(f"cannot write {output}: it is a folder")
    letters = recipients.letters_for(draft, args.choice)
    try:
        if getattr(args, "envelope", False):
            result = _export_with_envelope(letters, layout, output, args)
        else:
            result = export_letters(letters, layout, output)
    except RenderError as exc:
        raise CommandError(f"{exc}; nothing was written") from exc
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise CommandError(f"cannot write {output}: {reason}") from exc
    record_letters(draft, args.choice, "export")
    pages = "1 page" if result.page_count == 1 else f"{result.page_count} pages"
    envelope = ""
    if getattr(args, "envelope", False):
        envelope = ", then the envelope page" if len(letters) == 1 else ", then the envelopes"
    print(f"{output}: {pages}, {layout.label}{envelope}")
    _say_if_expired(draft)
    return EXIT_OK


def _add_letter_options(p: argparse.ArgumentParser) -> None:
    """The options that describe a letter (shared by export and print)."""
    from composer.model.templates import LANGUAGES
    from composer.render.layouts import LAYOUTS

    p.add_argument(
        "--case",
        default=DEFAULT_CASE_ID,
        metavar="ID|FILE",
        help=f"a built-in case id or a .toml case file (default: {DEFAULT_CASE_ID})",
    )
    p.add_argument("--sender-name", default="", metavar="NAME", help="your name, as you sign")
    p.add_argument(
        "--sender-address",
        action="append",
        default=[],
        metavar="LINE",
        help="a line of your address (repeat for each line)",
    )
    p.add_argument(
        "--sender-town",
        default="",
        metavar="TOWN",
        help="your town (and province), for the return address and the opening sentence",
    )
    p.add_argument("--sender-postal-code", default="", metavar="CODE", help="your postal code")
    p.add_argument(
        "--sender-country",
        default="",
        metavar="COUNTRY",
        help="your country: printed when the letter goes abroad; sets the form of the date",
    )
    p.add_argument(
        "--personal-note", default="", metavar="TEXT", help="a paragraph in your own words"
    )
    p.add_argument(
        "--omit-demand",
        action="append",
        type=int,
        default=[],
        metavar="N",
        help="leave out the case's N-th demand (1-based; repeatable)",
    )
    p.add_argument(
        "--language",
        choices=tuple(LANGUAGES),
        default=None,
        help="the letter's language (default: from the locale, else en)",
    )
    p.add_argument(
        "--layout",
        choices=tuple(LAYOUTS),
        default=None,
        help="page and envelope window (default: from the locale's territory: "
        "us-letter for Canada and the US, a4-din5008-b elsewhere)",
    )
    p.add_argument(
        "--recipient",
        default="1",
        metavar="N|all",
        help="the case's N-th recipient (1-based; copies-to follow the recipients), or 'all' "
        "for one letter per recipient, one page each, in order (default: 1)",
    )


def _add_export(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "export",
        help="write a case's letter as a PDF, addressed for a window envelope",
        description="Write a case's letter as a one-page PDF addressed for a window envelope.",
    )
    _add_letter_options(p)
    p.add_argument("--output", required=True, metavar="FILE.pdf", help="the PDF to write")
    _add_envelope_options(p, "add the envelope as a second page")
    p.set_defaults(handler=_cmd_export)


_ADDERS.append(_add_export)


# --------------------------------------------------------------------------- printing


def _printer_error(exc: Exception) -> CommandError:
    return CommandError(str(exc))


def _cmd_printers(args: argparse.Namespace) -> int:
    from composer import print_queue

    try:
        printers = print_queue.list_printers()
        papers = {p.name: print_queue.default_media(p.name) for p in printers}
    except print_queue.PrinterError as exc:
        raise _printer_error(exc) from exc
    if args.json:
        rows = [
            {
                "name": p.name,
                "default": p.is_default,
                "state": p.state,
                "accepting": p.accepting,
                "ready": p.ready,
                "reason": p.reason,
                "paper": papers[p.name],
            }
            for p in printers
        ]
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
    from composer import print_queue

    try:
        return print_queue.print_pdf(data, printer, copies=copies, options=options, title=title)
    except print_queue.PrinterError as exc:
        raise _printer_error(exc) from exc


def _envelope_for(
    letters: Sequence[Letter], args: argparse.Namespace, paper_width: float
) -> tuple[bytes, EnvelopeSize]:
    """The letters' envelopes (one page each, in order) and their size (--envelope-size, or
    by paper)."""
    from composer.render.envelope import default_envelope_for_paper, get_envelope_size
    from composer.render.letters import render_envelopes

    size = (
        get_envelope_size(args.envelope_size)
        if args.envelope_size
        else default_envelope_for_paper(paper_width)
    )
    pdf = render_envelopes(
        letters,
        size.id,
        return_address=not args.no_return_address,
        title=f"{letters[0].title} (envelope)",
    )
    return pdf, size


def _export_with_envelope(
    letters: Sequence[Letter], layout: Layout, output: Path, args: argparse.Namespace
) -> Rendered:
    """The letters, then their envelopes, written atomically."""
    from composer.atomic import write_bytes_atomic
    from composer.render.envelope import append_pages
    from composer.render.letters import render_letters

    result = render_letters(letters, layout)
    envelope, _size = _envelope_for(letters, args, layout.page_width)
    write_bytes_atomic(output, append_pages(result.pdf, envelope))
    return result


def _letter_to_print(
    args: argparse.Namespace,
) -> tuple[bytes, Layout, list[Letter], Draft]:
    """The letters' PDF (exactly what export writes), its layout, the letters and the draft."""
    from composer.model import recipients
    from composer.render.letters import render_letters
    from composer.render.pdf import RenderError

    draft, layout = _draft_from_args(args)
    letters = recipients.letters_for(draft, args.choice)
    _warn_about(letters[0])
    try:
        result = render_letters(letters, layout)
    except RenderError as exc:
        raise CommandError(f"{exc}; nothing was printed") from exc
    return result.pdf, layout, letters, draft


def _cmd_print(args: argparse.Namespace) -> int:
    from composer import print_queue

    if args.copies < 1:
        raise CommandError("--copies must be at least 1")
    letters: list[Letter] = []
    draft: Draft | None = None
    if args.pdf is not None:
        if args.envelope:
            raise CommandError("--envelope needs the letter options (a case), not --pdf")
        try:
            data = Path(args.pdf).read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {args.pdf}: {exc.strerror or exc}") from exc
        width, height = _pdf_page_size(data)
        title = Path(args.pdf).stem
    else:
        data, layout, letters, draft = _letter_to_print(args)
        width, height = layout.page_width, layout.page_height
        title = letters[0].title

    try:
        printer = print_queue.get_printer(args.printer)
        print_queue.check_ready(printer)
        mismatch = print_queue.paper_mismatch(printer.name, width, height)
    except print_queue.PrinterError as exc:
        raise _printer_error(exc) from exc
    if mismatch and not (args.force or getattr(args, "layout", None)):
        raise CommandError(
            f"{mismatch.message()}; choose the layout for that paper with "
            "--layout, or print on the letter's paper anyway with --force"
        )
    if mismatch:
        print(
            f"letter-composer: note: {mismatch.message()}; printing on "
            f"{mismatch.document_paper} paper as asked",
            file=sys.stderr,
        )
    options: dict[str, str] = {}
    paper = paper_name_for_size(width, height)
    if paper:
        options["media"] = paper  # the letter's own paper, never scaled to another
    if args.sides:
        options["sides"] = args.sides
    if args.pages:
        options["page-ranges"] = args.pages
    job = _send(data, printer.name, args.copies, options, title)
    if draft is not None:
        record_letters(draft, args.choice, "print")
    what = "the letter" if len(letters) <= 1 else f"{len(letters)} letters"
    print(f"Sent {what} to {printer.name} (job {job})")
    if args.envelope and letters:
        envelope, size = _envelope_for(letters, args, width)
        job = _send(
            envelope, printer.name, args.copies, {"media": size.media}, f"{title} (envelope)"
        )
        if len(letters) == 1:
            print(
                f"Sent the {size.name} envelope to {printer.name} (job {job}); "
                "feed an envelope into the printer"
            )
        else:
            print(
                f"Sent {len(letters)} {size.name} envelopes to {printer.name} (job {job}), in "
                "the letters' order; feed the envelopes into the printer"
            )
    if draft is not None:
        _say_if_expired(draft)
    return EXIT_OK


def _add_envelope_options(p: argparse.ArgumentParser, envelope_help: str) -> None:
    p.add_argument("--envelope", action="store_true", help=envelope_help)
    p.add_argument(
        "--envelope-size",
        choices=["10", "dl", "c5"],
        help="#10, DL or C5 (default: #10 for Letter paper, DL for A4)",
    )
    p.add_argument(
        "--no-return-address", action="store_true", help="leave the envelope's return address blank"
    )


def _add_print_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--printer",
        metavar="NAME",
        help="the queue to print to (default: the default printer; see `letter-composer printers`)",
    )
    p.add_argument("--copies", type=int, default=1, metavar="N", help="copies of each page")
    p.add_argument(
        "--sides",
        choices=["one-sided", "two-sided-long-edge", "two-sided-short-edge"],
        help="duplex printing",
    )
    p.add_argument("--pages", metavar="RANGE", help="pages to print, such as 1 or 1-2")
    _add_envelope_options(p, "also print the envelope, as a second job (feed an envelope)")
    p.add_argument(
        "--force",
        action="store_true",
        help="print even when the printer's paper differs from the letter's",
    )


def _add_print(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "print",
        help="print a case's letter (and its envelope) on a printer",
        description="Print a case's letter, exactly as export writes it, on a CUPS printer.",
    )
    _add_letter_options(p)
    p.add_argument("--pdf", metavar="FILE", help="print this PDF as it is, instead of a letter")
    _add_print_options(p)
    p.set_defaults(handler=_cmd_print)


_ADDERS += [_add_printers, _add_print]


def build_parser() -> _Parser:
    parser = _Parser(
        prog="letter-composer",
        description="Write letters for Urgent Actions. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    from composer import cli_event  # sheet, batch, report: the event's commands

    for add in (*_ADDERS, *cli_event.ADDERS):
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
