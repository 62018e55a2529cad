"""The command line: any error is one clear line on stderr and a non-zero exit, no traceback."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

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


# Each command adds its own parser; order is the order of `--help`.
_ADDERS: list[Callable[[argparse._SubParsersAction[_Parser]], None]] = [_add_cases]
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
