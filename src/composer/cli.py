"""The command line: any error is one clear line on stderr and a non-zero exit, no traceback."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer import __version__
from composer.model.case import CaseError, Recipient

if TYPE_CHECKING:
    from composer.model.importer import ImportResult

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
            "name": rec.name, "title": rec.title, "organisation": rec.organisation,
            "address_lines": list(rec.address_lines), "country": rec.country,
            "salutation": rec.salutation_in(case.language, case.language),
            "salutations": dict(rec.salutation), "email": rec.email, "fax": rec.fax,
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
        "warnings": [{"field": w.field, "kind": w.kind.value, "message": w.message}
                     for w in result.warnings],
    }


def _cmd_import(args: argparse.Namespace) -> int:
    from composer.model.importer import ImportResult, UAImportError, import_file
    from composer.model.library import add_user_case, all_case_ids

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
        print(f"  id: {case.id}; {len(case.demands)} demands; {len(case.recipients)} "
              f"recipient(s); deadline: {case.deadline.isoformat() if case.deadline else '?'}")
        for warning in result.warnings:
            print(f"  warning: {warning}")
        if args.save:
            print(f"  saved to the library as '{case.id}'")
    return EXIT_OK


def _add_import(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("import", help="read an Urgent Action (text or PDF) as a case")
    p.add_argument("file", metavar="FILE", help="the Urgent Action: a .txt or .pdf file")
    p.add_argument("--json", action="store_true", help="print the case as JSON")
    p.add_argument("--save", action="store_true", help="add the case to your library")
    p.set_defaults(handler=_cmd_import)


def _cmd_pack(args: argparse.Namespace) -> int:
    from composer.model.packs import PackError, export_pack, import_pack

    try:
        if args.pack_command == "export":
            output = Path(args.output)
            if output.suffix != ".lcpack":
                output = output.with_name(output.name + ".lcpack")
            written = export_pack(args.cases, output)
            print(f"wrote {len(written)} case(s) to {output}: {', '.join(written)}")
            return EXIT_OK
        result = import_pack(Path(args.pack), replace=(lambda ids: ids) if args.replace else None)
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
        print(f"kept your case {case_id}: the pack has a different one "
              "(run again with --replace to replace it)", file=sys.stderr)
    return EXIT_OK


def _add_pack(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("pack", help="carry cases to other laptops in a .lcpack file")
    pack_sub = p.add_subparsers(dest="pack_command", metavar="ACTION", parser_class=_Parser,
                                required=True)
    e = pack_sub.add_parser("export", help="write cases (and custom templates) to a pack")
    e.add_argument("--output", "-o", required=True, metavar="FILE.lcpack")
    e.add_argument("cases", nargs="+", metavar="CASE", help="case ids (see `cases`)")
    i = pack_sub.add_parser("import", help="add the cases of a pack to your library")
    i.add_argument("pack", metavar="FILE.lcpack")
    i.add_argument("--replace", action="store_true",
                   help="replace your cases that have the same id as one in the pack")
    p.set_defaults(handler=_cmd_pack)


# Each command adds its own parser; order is the order of `--help`.
_ADDERS: list[Callable[[argparse._SubParsersAction[_Parser]], None]] = [
    _add_cases, _add_import, _add_pack,
]
COMMANDS = frozenset({"cases", "export", "print", "printers", "import", "pack", "help"})


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
