"""The domain's errors and the importer's warnings in the window's language: each code of
composer.model.messages has a translatable sentence here (the same English), filled in with
the error's or warning's parameters."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from composer.model.case import CaseError

if TYPE_CHECKING:  # the importer (its patterns take 0.1 s to compile) loads when first used
    from composer.model.importer import ImportWarning
    from composer.model.signup import RowProblem


def _sentences() -> dict[str, str]:
    """Code -> translated template (lupdate reads these literals; a test checks the English
    matches composer.model.messages)."""
    translate = QCoreApplication.translate
    return {
        "case.not-found": translate("Messages", "there is no case called '{case}'"),
        "case.no-file": translate("Messages", "no such file: {path}"),
        "case.is-folder": translate("Messages", "{path} is a folder, not a case file"),
        "case.not-utf8": translate("Messages", "{path} is not a UTF-8 text file"),
        "case.unreadable": translate("Messages", "cannot read {path}: {reason}"),
        "case.bad-id": translate("Messages", "'{case}' is not a valid case id"),
        "case.builtin-overwrite": translate(
            "Messages",
            "'{case}' is a built-in case and cannot be overwritten; save it under another id",
        ),
        "case.exists": translate("Messages", "a case called '{case}' already exists"),
        "case.builtin-delete": translate(
            "Messages", "'{case}' is a built-in case and cannot be deleted"
        ),
        "case.cannot-delete": translate("Messages", "cannot delete {path}: {reason}"),
        "case.not-a-file": translate("Messages", "{path} is not a file, so it cannot be a case"),
        "case.too-large": translate("Messages", "{path} is far larger than a case file"),
        "case.not-toml": translate("Messages", "not valid TOML ({detail})"),
        "case.too-deep": translate("Messages", "not a case: its data is nested far too deeply"),
        "case.unknown-field": translate("Messages", "is not a field of a case (a typo?)"),
        "case.field-missing": translate("Messages", "is missing"),
        "case.field-empty": translate("Messages", "must not be empty"),
        "case.not-text": translate("Messages", "must be text, written in quotes"),
        "case.not-text-list": translate("Messages", "must be a list of text"),
        "case.not-localized": translate(
            "Messages", 'must be text or a table of text by language (en = "...")'
        ),
        "case.not-date": translate("Messages", "must be a date written as YYYY-MM-DD"),
        "case.not-tables": translate("Messages", "must be written as [[{key}]] tables"),
        "case.bad-pronoun": translate("Messages", 'must be "she", "he" or "they"'),
        "case.bad-demand-kind": translate("Messages", 'must be "release" or left out'),
        "case.id-device": translate(
            "Messages",
            "'{case}' is a name Windows keeps for a device; choose another, like 'case-{case}'",
        ),
        "case.id-shape": translate(
            "Messages", "must be lower-case letters, digits and dashes, like 'kalesnikava'"
        ),
        "case.file-name": translate(
            "Messages",
            "the file name '{name}' cannot name a case (lower-case letters, digits and dashes "
            "only); rename it '{suggested}'",
        ),
        "render.no-recipient": translate("Messages", "the letter has no recipient address"),
        "render.address-lines": translate(
            "Messages",
            "the recipient's address has {lines} lines; at most {most} fit in the envelope window",
        ),
        "render.address-line-long": translate(
            "Messages", "a line of the recipient's address is too long for the envelope window"
        ),
        "render.sender-word-long": translate(
            "Messages", "a word in the sender's name or address is too long for the page"
        ),
        "render.sender-lines": translate(
            "Messages",
            "the sender's name and address take {lines} lines; at most {most} fit above the "
            "envelope window",
        ),
        "render.no-one": translate("Messages", "there is no recipient to write to"),
        "render.sheet-too-long": translate(
            "Messages", "the handwriting sheet does not fit on one page"
        ),
        "render.too-long": translate(
            "Messages",
            "the letter does not fit on one page (it needs {pages}); shorten it or leave out a "
            "paragraph",
        ),
        "import.no-title": translate("Messages", "No title was found: please write one."),
        "import.title-from-page": translate(
            "Messages", "This may be the web page’s heading, not the appeal’s title."
        ),
        "import.title-from-subject": translate(
            "Messages",
            "The title was taken from the e-mail’s subject or the web page’s title: check it.",
        ),
        "import.no-summary": translate("Messages", "No summary was found."),
        "import.no-demands": translate(
            "Messages", "No demands were found: add what the appeal asks for."
        ),
        "import.demands-cut": translate(
            "Messages",
            "The text ends inside the list of demands, or the last one looks cut off: check that "
            "none is missing.",
        ),
        "import.demands-no-intro": translate(
            "Messages",
            "No sentence like “… urging him to:” comes before the list: check that these are the "
            "demands.",
        ),
        "import.demands-from-letter": translate(
            "Messages", "The demands were taken from the sample letter: check them."
        ),
        "import.demands-from-text": translate(
            "Messages",
            "The demands were taken from requests in the text (“I urge you to …”): check them.",
        ),
        "import.no-deadline": translate("Messages", "No deadline was found."),
        "import.no-language": translate(
            "Messages", "No preferred language was given: the appeal’s own language is assumed."
        ),
        "import.no-country": translate("Messages", "The country is not clear."),
        "import.title-from-person": translate(
            "Messages",
            "The title was made from the country and the person the appeal is about: check it.",
        ),
        "import.title-from-person-heading": translate(
            "Messages",
            "The title was made from the country and the person the appeal is about; "
            "“{heading}” looks like the web page’s or newsletter’s heading.",
        ),
        "import.title-from-person-subject": translate(
            "Messages",
            "The title was made from the country and the person the appeal is about, not from "
            "the e-mail’s subject or the page’s title (“{heading}”).",
        ),
        "import.country-from-text": translate(
            "Messages", "The country was taken from the countries the text names: check it."
        ),
        "import.country-of-recipients": translate(
            "Messages",
            "The recipients are in different countries; the one the text names most was "
            "taken: check it.",
        ),
        "import.letter-no-closing": translate(
            "Messages", "The sample letter has no closing: the appeal may be cut short."
        ),
        "import.text-unplaced": translate(
            "Messages",
            "Some text could not be placed: it is kept at the end of the background, under "
            "“{heading}”.",
        ),
        "import.no-recipients": translate(
            "Messages", "No one to write to was found: add the name and address."
        ),
        "import.recipient.no-name": translate(
            "Messages", "No name was found for recipient {number}."
        ),
        "import.recipient.no-title": translate(
            "Messages",
            "No official title was recognised for recipient {number}: check the name and title.",
        ),
        "import.recipient.no-address": translate(
            "Messages", "No postal address was found for recipient {number}."
        ),
        "import.recipient.no-country": translate(
            "Messages", "No country was found for recipient {number}."
        ),
        "import.recipient.country-from-title": translate(
            "Messages",
            "The country of recipient {number} was taken from the official title: check the "
            "address.",
        ),
        "import.recipient.no-salutation": translate(
            "Messages", "No greeting (“Dear …”) was found for recipient {number}."
        ),
        "import.recipient.unmarked": translate(
            "Messages",
            "Recipient {number} was found without “Write to” before it: check the name and "
            "address.",
        ),
        "import.recipient.unlabelled": translate(
            "Messages", "Recipient {number} was found without “Write to” or a greeting: check it."
        ),
        "import.copy.no-name": translate("Messages", "No name was found for copy {number}."),
        "import.copy.no-title": translate(
            "Messages",
            "No official title was recognised for copy {number}: check the name and title.",
        ),
        "import.copy.no-address": translate(
            "Messages", "No postal address was found for copy {number}."
        ),
        "import.copy.no-country": translate("Messages", "No country was found for copy {number}."),
        "import.copy.country-from-title": translate(
            "Messages",
            "The country of copy {number} was taken from the official title: check the address.",
        ),
        "import.no-such-file": translate("Messages", "no such file: {path}"),
        "import.is-folder": translate("Messages", "{path} is a folder, not a file"),
        "import.unreadable": translate("Messages", "cannot read {path}: {reason}"),
        "import.failed": translate("Messages", "{name} could not be read"),
        "import.file-too-large": translate(
            "Messages", "the file is {size} MB; an Urgent Action is far smaller (at most {most} MB)"
        ),
        "import.named-file-too-large": translate(
            "Messages", "{name} is {size} MB; an Urgent Action is far smaller (at most {most} MB)"
        ),
        "import.text-too-long": translate(
            "Messages",
            "the text has {chars} characters; an Urgent Action has a few thousand (at most {most})",
        ),
        "import.empty-file": translate("Messages", "the file is empty"),
        "import.no-text": translate("Messages", "there is no text to import"),
        "import.empty-web-page": translate("Messages", "the web page holds no text to import"),
        "import.binary": translate(
            "Messages",
            "this file cannot be read as an appeal; save it as PDF, Word (.docx), e-mail (.eml), "
            "web page or text",
        ),
        "import.unknown-document": translate(
            "Messages",
            "this kind of document cannot be read; save the appeal as PDF, Word (.docx), web "
            "page or text",
        ),
        "import.bad-utf16": translate(
            "Messages", "the text in the file is damaged; save the appeal again, as PDF or text"
        ),
        "import.mail-unreadable": translate("Messages", "the e-mail cannot be read"),
        "import.mail-empty": translate(
            "Messages", "the e-mail has no text to import (and no attached appeal)"
        ),
        "import.word-damaged": translate("Messages", "the Word file is damaged or incomplete"),
        "import.word-too-many-parts": translate(
            "Messages", "the Word file holds far too many parts to be an Urgent Action"
        ),
        "import.word-too-much-text": translate(
            "Messages",
            "the Word file holds far more text than an Urgent Action (more than {most} MB once "
            "unpacked)",
        ),
        "import.zip-not-word": translate(
            "Messages", "this is a zip archive, not a Word document (.docx)"
        ),
        "import.needs-package": translate(
            "Messages", "reading {kind} files needs the {package} package"
        ),
        "import.pdf-encrypted": translate(
            "Messages", "the PDF is encrypted; save an unprotected copy"
        ),
        "import.pdf-password": translate(
            "Messages", "the PDF is protected by a password; save an unprotected copy first"
        ),
        "import.pdf-too-many-pages": translate(
            "Messages",
            "the PDF has {pages} pages; an Urgent Action has a few (at most {most} are read)",
        ),
        "import.pdf-too-much-text": translate(
            "Messages", "the PDF holds far more text than an Urgent Action"
        ),
        "import.pdf-too-much-drawing": translate(
            "Messages",
            "the PDF’s pages hold far more drawing data than an Urgent Action (more than {mb} MB "
            "to draw); save or print the appeal again as a simpler PDF",
        ),
        "import.pdf-damaged": translate("Messages", "the PDF is damaged or incomplete"),
        "import.pdf-scanned": translate(
            "Messages",
            "no text could be read from the PDF: it looks like a scan (a picture of the pages); "
            "ask for the text, or copy it from the web page or e-mail",
        ),
        "event.no-name": translate("Messages", "Give the event a name."),
        "event.no-cases": translate("Messages", "Choose at least one case for the event."),
        "event.short-pin": translate(
            "Messages", "The coordinator's PIN must be at least 4 digits."
        ),
        "event.damaged": translate("Messages", "the event file is damaged ({detail})"),
        "pack.not-a-part": translate(
            "Messages", "template {name} is not a part of a letter ({parts})"
        ),
        "pack.template-unusable": translate("Messages", "template {name} cannot be used: {error}"),
        "pack.none-chosen": translate("Messages", "choose at least one case to export"),
        "pack.cannot-write": translate("Messages", "cannot write {path}: {reason}"),
        "pack.unsafe-path": translate(
            "Messages", "the pack holds a file with an unsafe path: {name!r}"
        ),
        "pack.too-many-files": translate(
            "Messages", "the pack holds {files} files; a pack holds at most {most}"
        ),
        "pack.symlink": translate("Messages", "the pack holds a symbolic link: {name}"),
        "pack.encrypted": translate("Messages", "the pack is encrypted"),
        "pack.compression": translate(
            "Messages",
            "the pack uses a compression Letter Composer does not read ({name}); case packs are "
            "plain zip files (deflate)",
        ),
        "pack.zip-bomb": translate(
            "Messages", "the pack unpacks to far more data than cases need (a zip bomb?)"
        ),
        "pack.ratio": translate(
            "Messages", "the pack is compressed suspiciously well (a zip bomb?)"
        ),
        "pack.twice": translate("Messages", "the pack holds {name} twice"),
        "pack.not-utf8": translate("Messages", "{name} in the pack is not UTF-8 text"),
        "pack.is-folder": translate("Messages", "{path} is a folder, not a case pack"),
        "pack.no-file": translate("Messages", "no such file: {path}"),
        "pack.not-a-file": translate(
            "Messages", "{path} is not a file, so it cannot be a case pack"
        ),
        "pack.too-large": translate("Messages", "{name} is {size} MB; a case pack is far smaller"),
        "pack.changed": translate("Messages", "{name} changed while it was being read; try again"),
        "pack.unreadable": translate("Messages", "cannot read {path}: {reason}"),
        "pack.not-zip": translate(
            "Messages", "{name} is not a case pack (a damaged or foreign zip file)"
        ),
        "pack.no-manifest": translate(
            "Messages", "{name} is not a case pack (it has no manifest.json)"
        ),
        "pack.manifest-json": translate(
            "Messages", "the pack's manifest is not valid JSON ({detail})"
        ),
        "pack.manifest-deep": translate("Messages", "the pack's manifest is nested far too deeply"),
        "pack.foreign": translate("Messages", "{name} is not a Letter Composer case pack"),
        "pack.newer": translate(
            "Messages",
            "the pack is format version {version}; this Letter Composer reads version {supported} "
            "(update the app)",
        ),
        "pack.manifest-malformed": translate(
            "Messages", "the pack's manifest is malformed (cases and templates must be lists)"
        ),
        "pack.case-name-device": translate(
            "Messages",
            "the pack holds a case named {name}; its id is a name Windows keeps for a device; "
            "choose another, like 'case-{case}'",
        ),
        "pack.case-name-shape": translate(
            "Messages",
            "the pack holds a case named {name}; its id must be lower-case letters, digits and "
            "dashes, like 'kalesnikava'",
        ),
        "pack.invalid-case": translate("Messages", "the pack holds an invalid case: {error}"),
        "pack.id-mismatch": translate(
            "Messages", "{name}: the case's id is '{found}', not '{expected}'"
        ),
        "pack.stray-file": translate(
            "Messages", "the pack holds a file that is not a case or a template: {name}"
        ),
        "pack.manifest-mismatch": translate(
            "Messages", "the pack's manifest does not match its contents"
        ),
        "pack.empty": translate("Messages", "{name} holds no cases"),
        "pack.cannot-save-case": translate(
            "Messages", "the pack's case {case} cannot be saved: {error}"
        ),
        "pack.import-failed": translate(
            "Messages", "the pack could not be imported ({reason}); nothing was changed"
        ),
        "pack.import-failed-in": translate(
            "Messages", "the pack could not be imported ({reason} in {folder}); nothing was changed"
        ),
        "wording.outside-limits": translate("Messages", "a wording ran outside its limits"),
        "wording.too-many-steps": translate("Messages", "it takes too many steps"),
        "wording.number-too-large": translate(
            "Messages", "it computes a number far too large for a letter"
        ),
        "wording.builds-too-much": translate("Messages", "it builds far too much text"),
        "wording.pad-by-value": translate("Messages", "it pads text to a width given as a value"),
        "wording.pad-huge": translate("Messages", "it pads text to a huge width"),
        "wording.range": translate("Messages", "it asks for a range of more than {most} numbers"),
        "wording.filter-too-much": translate("Messages", "it asks a filter for far too much"),
        "wording.recursive-loop": translate("Messages", "it uses a recursive loop"),
        "wording.writes-too-much": translate("Messages", "it writes far too much text"),
        "wording.format": translate("Messages", "it formats text in a way letters do not need"),
        "wording.internals": translate(
            "Messages", "it refers to Python internals (names with '__')"
        ),
        "wording.too-long": translate("Messages", "it is too long to be a letter part"),
        "wording.invalid": translate("Messages", "it is not a valid template ({detail})"),
        "wording.nested": translate("Messages", "it is nested far too deeply"),
        "wording.refused": translate("Messages", "{detail}"),
        "wording.calls-itself": translate("Messages", "it calls itself too deeply"),
        "wording.fails": translate("Messages", "it fails: {detail}"),
        "wording.leaves-out": translate("Messages", "it leaves out the {part}"),
        "signup.no-file": translate("Messages", "no such file: {path}"),
        "signup.is-folder": translate("Messages", "{path} is a folder, not a CSV file"),
        "signup.unreadable": translate("Messages", "cannot read {path}: {reason}"),
        "signup.not-utf8": translate(
            "Messages",
            '{path} is not UTF-8 text (byte {byte}); save the sign-up sheet as "CSV UTF-8" and try '
            "again",
        ),
        "signup.empty": translate("Messages", "the sign-up sheet is empty"),
        "signup.bad-header": translate("Messages", "line 1: {detail}"),
        "signup.missing-column": translate(
            "Messages", "line 1: the header must be {columns} (no '{column}' column)"
        ),
        "signup.unknown-column": translate(
            "Messages", "line 1: unknown column '{column}'; the header is {columns}"
        ),
        "signup.row-not-csv": translate("Messages", "cannot be read as CSV ({detail})"),
        "signup.row-cells": translate("Messages", "has {cells} cells; the header has {columns}"),
        "signup.no-name": translate("Messages", "the name is missing"),
        "signup.unknown-language": translate(
            "Messages", "unknown language '{language}' (letters can be written in {languages})"
        ),
        "signup.too-long": translate("Messages", "the letter is too long for one page"),
        "signup.cannot-write": translate("Messages", "cannot write {path}: {reason}"),
        "draft.damaged": translate("Messages", "the saved draft is damaged ({detail})"),
        "draft.unknown-language": translate(
            "Messages", "letters can be written in {languages}, not '{language}'"
        ),
        "count.newer": translate(
            "Messages",
            "the letter count in {path} was made by a newer Letter Composer; update this one",
        ),
        "count.cannot-open": translate(
            "Messages", "cannot open the letter count in {path}: {detail}"
        ),
        "count.cannot-use": translate(
            "Messages", "cannot use the letter count in {path}: {detail}"
        ),
    }


def _filled(code: str, params: Mapping[str, object]) -> str | None:
    """The translated sentence for ``code`` with ``params``; None for an unknown code or a
    translation whose placeholders do not match."""
    template = _sentences().get(code) if code else None
    if template is None:
        return None
    said = {  # a reason that is itself a coded error is said in the same language
        name: error_text(value) if isinstance(value, Exception) else value
        for name, value in params.items()
    }
    try:
        return template.format(**said)
    except (KeyError, IndexError, ValueError):
        return None


def warning_text(warning: ImportWarning) -> str:
    """What the import review says for ``warning``, in the interface language (its English
    sentence when it has no code)."""
    return _filled(warning.code, warning.params) or warning.message


def problem_text(problem: RowProblem) -> str:
    """Why a row of a sign-up sheet made no letter, in the interface language."""
    return _filled(problem.code, problem.params) or problem.message


def error_text(error: Exception) -> str:
    """What the window shows for ``error``: its sentence in the interface language, with
    where it happened (file, line, field) for a case; the English sentence for an error
    that has no code."""
    text = _filled(getattr(error, "code", ""), getattr(error, "params", {}))
    if text is None:
        return str(error)
    if isinstance(error, CaseError):
        translate = QCoreApplication.translate
        where = [error.source] if error.source else []
        if error.line is not None:
            where.append(translate("Messages", "line {line}").format(line=error.line))
        said = translate("Messages", "{where}: {problem}")  # French puts a space before ':'
        if error.field:
            text = said.format(where=error.field, problem=text)
        if where:
            text = said.format(where=", ".join(where), problem=text)
    return text
