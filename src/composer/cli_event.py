"""Event commands: ``sheet`` (handwriting sheet), ``batch`` (sign-up sheet), ``report`` (count)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from composer.cli import EXIT_ERROR, EXIT_OK, CommandError
from composer.cli_locale import default_language_from_locale, default_layout_from_locale
from composer.model.library import load_case


def _layout_ids() -> tuple[str, ...]:
    from composer.render.layouts import LAYOUTS

    return tuple(LAYOUTS)


def _cmd_sheet(args: argparse.Namespace) -> int:
    from composer.model.draft import Draft
    from composer.model.sheet import build_sheet
    from composer.model.templates import LANGUAGES
    from composer.render.layouts import get_layout
    from composer.render.pdf import RenderError
    from composer.render.sheet import export_sheet

    case = load_case(args.case)
    language = args.language or default_language_from_locale()
    if language not in LANGUAGES:
        raise CommandError(
            f"--language {language}: letters can be written in {', '.join(LANGUAGES)}"
        )
    layout = get_layout(args.layout or default_layout_from_locale())
    output = Path(args.output)
    if output.is_dir():
        raise CommandError(f"cannot write {output}: it is a folder")
    draft = Draft.new(case, language)
    try:
        export_sheet(build_sheet(draft), layout, output)
    except RenderError as exc:
        raise CommandError(f"{exc}; nothing was written") from exc
    except OSError as exc:
        raise CommandError(f"cannot write {output}: {exc.strerror or exc}") from exc
    print(f"{output}: the handwriting sheet, 1 page, {layout.label}")
    return EXIT_OK


def _add_sheet(sub: Any) -> None:
    p = sub.add_parser(
        "sheet",
        help="write a handwriting sheet (address, demands, key facts in large type)",
        description="Write a one-page handwriting sheet for writers who prefer a pen.",
    )
    p.add_argument("--case", required=True, metavar="ID|FILE", help="a case id or a case file")
    p.add_argument("--language", default=None, metavar="L", help="the letter's language")
    p.add_argument("--layout", choices=_layout_ids(), default=None, help="the paper")
    p.add_argument("--output", required=True, metavar="FILE.pdf", help="the PDF to write")
    p.set_defaults(handler=_cmd_sheet)


def _cmd_batch(args: argparse.Namespace) -> int:
    from composer.batch import default_workers, run_batch
    from composer.model import event, recipients
    from composer.model.signup import SignupError, parse, read_text
    from composer.model.templates import LANGUAGES
    from composer.render.layouts import get_layout

    case = load_case(args.case)
    try:
        choice = recipients.parse_choice(args.recipient, len(recipients.addressees(case)))
    except ValueError as exc:
        raise CommandError(f"--recipient: {exc}") from exc
    language = args.language or default_language_from_locale()
    if language not in LANGUAGES:
        raise CommandError(
            f"--language {language}: letters can be written in {', '.join(LANGUAGES)}"
        )
    try:
        signup = parse(read_text(Path(args.writers)), frozenset(LANGUAGES))
    except SignupError as exc:
        raise CommandError(f"{args.writers}: {exc}") from exc
    output_dir = Path(args.output_dir)
    if output_dir.exists() and not output_dir.is_dir():
        raise CommandError(f"{output_dir} is a file, not a folder")
    running = event.load()
    try:
        result = run_batch(
            case,
            signup,
            get_layout(args.layout or default_layout_from_locale()),
            output_dir,
            language=language,
            choice=choice,
            event=running.name if running else "",
            workers=default_workers(len(signup.writers)),
        )
    except OSError as exc:
        raise CommandError(f"cannot write in {output_dir}: {exc.strerror or exc}") from exc
    for problem in result.problems:
        print(f"letter-composer: {args.writers}: {problem}", file=sys.stderr)
    if result.count_error:
        print(f"letter-composer: warning: not counted: {result.count_error}", file=sys.stderr)
    writers = len(result.written)
    print(
        f"wrote {writers} PDF(s) ({result.letters} letter(s)) to {output_dir}"
        + (f"; {len(result.problems)} row(s) failed" if result.problems else "")
    )
    return EXIT_OK if result.ok else EXIT_ERROR


def _add_batch(sub: Any) -> None:
    p = sub.add_parser(
        "batch",
        help="write one letter per writer of a sign-up sheet (CSV)",
        description="Write one PDF per writer of a sign-up sheet, each with its own wording. "
        "The CSV header is name,address,town,language,note; address lines are separated "
        "by ';'.",
    )
    p.add_argument("--case", required=True, metavar="ID|FILE", help="a case id or a case file")
    p.add_argument("--writers", required=True, metavar="FILE.csv", help="the sign-up sheet")
    p.add_argument("--layout", choices=_layout_ids(), default=None, help="the paper")
    p.add_argument(
        "--recipient",
        default="1",
        metavar="N|all",
        help="the recipient (1-based), or 'all' for one page per recipient (default: 1)",
    )
    p.add_argument(
        "--language",
        default=None,
        metavar="L",
        help="the language of rows that name none (default: from the locale, else en)",
    )
    p.add_argument("--output-dir", required=True, metavar="DIR", help="where to write the PDFs")
    p.set_defaults(handler=_cmd_batch)


def _cmd_report(args: argparse.Namespace) -> int:
    from composer.model import count

    since = None
    if args.since:
        try:
            since = dt.date.fromisoformat(args.since)
        except ValueError as exc:
            raise CommandError(f"--since {args.since}: give a date as YYYY-MM-DD") from exc
    try:
        report = count.report(event=args.event or "", since=since)
    except count.CountError as exc:
        raise CommandError(str(exc)) from exc
    if args.pdf:
        from composer.render.layouts import get_layout
        from composer.render.report import export_report

        paper = get_layout(default_layout_from_locale()).paper
        try:
            export_report(report, Path(args.pdf), paper=paper)
        except OSError as exc:
            raise CommandError(f"cannot write {args.pdf}: {exc.strerror or exc}") from exc
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    elif args.csv:
        sys.stdout.write(report.csv_text())
    else:
        scope = f" at {report.event}" if report.event else ""
        scope += f" since {since.isoformat()}" if since else ""
        print(f"{report.total} letter(s) made{scope}")
        for case_id, title, n in report.by_case:
            print(f"  {n:5d}  {case_id}\t{title}")
        if report.by_language:
            print("by language: " + ", ".join(f"{k} {n}" for k, n in report.by_language))
        if report.by_recipient:
            print("by recipient: " + "; ".join(f"{k or '?'} {n}" for k, n in report.by_recipient))
    return EXIT_OK


def _add_report(sub: Any) -> None:
    p = sub.add_parser(
        "report",
        help="how many letters were made, per case (from the count)",
        description="How many letters were made, per case, language and recipient. No names "
        "are ever counted.",
    )
    p.add_argument("--json", action="store_true", help="print as JSON (total, cases, ...)")
    p.add_argument("--csv", action="store_true", help="print as CSV")
    p.add_argument("--pdf", metavar="FILE.pdf", help="also write the one-page report as a PDF")
    p.add_argument("--event", metavar="NAME", help="only this event's letters")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only letters made from this day on")
    p.set_defaults(handler=_cmd_report)


ADDERS: list[Callable[[Any], None]] = [_add_sheet, _add_batch, _add_report]
