"""The command line: any error is one clear line on stderr and a non-zero exit, no traceback."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from composer import __version__
from composer.model.case import CaseError
from composer.model.library import DEFAULT_CASE_ID, builtin_case_ids, load_builtin, load_case

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


# Each command adds its own parser; order is the order of `--help`.
_ADDERS: list[Callable[[argparse._SubParsersAction[_Parser]], None]] = [_add_cases]
COMMANDS = frozenset({"cases", "export", "print", "printers", "import", "help"})


# --------------------------------------------------------------------------- export

LAYOUT_IDS = ("us-letter", "a4-din5008-b", "a4-din5008-a")
LETTER_LANGUAGES = ("en", "fr")


def locale_tag(category: str = "LC_PAPER") -> str:
    """The locale the user set for ``category``: LC_ALL, then the category, then LANG."""
    for name in ("LC_ALL", category, "LANG"):
        value = os.environ.get(name, "").strip()
        if value:
            return value
    return ""


def locale_parts(tag: str) -> tuple[str, str]:
    """('fr', 'CA') from 'fr_CA.UTF-8@euro'; ('', '') for 'C', 'POSIX' or nonsense."""
    base = tag.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    if base in ("", "C", "POSIX"):
        return "", ""
    from babel import Locale, UnknownLocaleError

    try:
        parsed = Locale.parse(base, sep="_")
    except (ValueError, UnknownLocaleError):
        head, _, tail = base.partition("_")
        return head.lower(), tail.upper()
    return parsed.language or "", parsed.territory or ""


def default_layout_from_locale() -> str:
    """Letter paper in Canada, the US and the other Letter countries; A4 elsewhere.

    With no territory set at all (the "C" locale), US Letter: the first users are Canadian.
    """
    from composer.render.layouts import DEFAULT_LAYOUT_ID, default_layout_id

    _, territory = locale_parts(locale_tag("LC_PAPER"))
    return default_layout_id(territory) if territory else DEFAULT_LAYOUT_ID


def default_language_from_locale() -> str:
    language, _ = locale_parts(locale_tag("LC_MESSAGES"))
    return language if language in LETTER_LANGUAGES else "en"


def _cmd_export(args: argparse.Namespace) -> int:
    from composer.model.draft import Draft, Sender
    from composer.render.layouts import get_layout
    from composer.render.pdf import RenderError, export_letter

    case = load_case(args.case)
    count = len(case.demands)
    for n in args.omit_demand:
        if not 1 <= n <= count:
            raise CommandError(f"--omit-demand {n}: the case has {count} demands (1 to {count})")
    if count and len(set(args.omit_demand)) == count:
        raise CommandError("every demand is left out: the letter would ask for nothing")
    language = args.language or default_language_from_locale()
    layout = get_layout(args.layout or default_layout_from_locale())
    sender = Sender(name=args.sender_name.strip(),
                    address_lines=tuple(line.strip() for line in args.sender_address
                                        if line.strip()),
                    town=args.sender_town.strip())
    draft = Draft.new(case, language=language, sender=sender)
    for n in args.omit_demand:
        draft.set_demand(n - 1, False)
    if args.personal_note:
        draft.set_personal(args.personal_note.strip())
    output = Path(args.output)
    if output.is_dir():
        raise CommandError(f"cannot write {output}: it is a folder")
    try:
        result = export_letter(draft.letter(), layout, output)
    except RenderError as exc:
        raise CommandError(f"{exc}; nothing was written") from exc
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise CommandError(f"cannot write {output}: {reason}") from exc
    pages = "1 page" if result.page_count == 1 else f"{result.page_count} pages"
    print(f"{output}: {pages}, {layout.label}")
    return EXIT_OK


def _add_export(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "export", help="write a case's letter as a PDF, addressed for a window envelope",
        description="Write a case's letter as a one-page PDF addressed for a window envelope.")
    p.add_argument("--case", default=DEFAULT_CASE_ID, metavar="ID|FILE",
                   help=f"a built-in case id or a .toml case file (default: {DEFAULT_CASE_ID})")
    p.add_argument("--sender-name", default="", metavar="NAME", help="your name, as you sign")
    p.add_argument("--sender-address", action="append", default=[], metavar="LINE",
                   help="a line of your address (repeat for each line)")
    p.add_argument("--sender-town", default="", metavar="TOWN",
                   help="the town you write from, for the opening sentence")
    p.add_argument("--personal-note", default="", metavar="TEXT",
                   help="a paragraph in your own words")
    p.add_argument("--omit-demand", action="append", type=int, default=[], metavar="N",
                   help="leave out the case's N-th demand (1-based; repeatable)")
    p.add_argument("--language", choices=LETTER_LANGUAGES, default=None,
                   help="the letter's language (default: from the locale, else en)")
    p.add_argument("--layout", choices=LAYOUT_IDS, default=None,
                   help="page and envelope window (default: from the locale's territory: "
                        "us-letter for Canada and the US, a4-din5008-b elsewhere)")
    p.add_argument("--output", required=True, metavar="FILE.pdf", help="the PDF to write")
    p.set_defaults(handler=_cmd_export)


_ADDERS.append(_add_export)


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
