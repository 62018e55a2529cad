"""Errors a writer may see carry a code and parameters besides their English sentence, so the
window can say them in its own language (composer.ui.messages); the command line prints the
English sentence, ``str(error)``, as before.

Each code's English template lives here, once; the window keeps a translatable copy of each,
and a test checks that the two agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self

CASE_MESSAGES: Mapping[str, str] = {
    "case.not-found": "there is no case called '{case}'",
    "case.no-file": "no such file: {path}",
    "case.is-folder": "{path} is a folder, not a case file",
    "case.not-utf8": "{path} is not a UTF-8 text file",
    "case.unreadable": "cannot read {path}: {reason}",
    "case.bad-id": "'{case}' is not a valid case id",
    "case.builtin-overwrite": (
        "'{case}' is a built-in case and cannot be overwritten; save it under another id"
    ),
    "case.exists": "a case called '{case}' already exists",
    "case.builtin-delete": "'{case}' is a built-in case and cannot be deleted",
    "case.cannot-delete": "cannot delete {path}: {reason}",
    "case.not-a-file": "{path} is not a file, so it cannot be a case",
    "case.too-large": "{path} is far larger than a case file",
    "case.not-toml": "not valid TOML ({detail})",
    "case.too-deep": "not a case: its data is nested far too deeply",
    # A case file's fields: said after the field's name ("title: is missing").
    "case.unknown-field": "is not a field of a case (a typo?)",
    "case.field-missing": "is missing",
    "case.field-empty": "must not be empty",
    "case.not-text": "must be text, written in quotes",
    "case.not-text-list": "must be a list of text",
    "case.not-localized": 'must be text or a table of text by language (en = "...")',
    "case.not-date": "must be a date written as YYYY-MM-DD",
    "case.not-tables": "must be written as [[{key}]] tables",
    "case.bad-pronoun": 'must be "she", "he" or "they"',
    "case.bad-demand-kind": 'must be "release" or left out',
    "case.id-device": (
        "'{case}' is a name Windows keeps for a device; choose another, like 'case-{case}'"
    ),
    "case.id-shape": "must be lower-case letters, digits and dashes, like 'kalesnikava'",
    "case.file-name": (
        "the file name '{name}' cannot name a case (lower-case letters, digits and dashes "
        "only); rename it '{suggested}'"
    ),
}

RENDER_MESSAGES: Mapping[str, str] = {
    "render.no-recipient": "the letter has no recipient address",
    "render.address-lines": (
        "the recipient's address has {lines} lines; at most {most} fit in the envelope window"
    ),
    "render.address-line-long": (
        "a line of the recipient's address is too long for the envelope window"
    ),
    "render.sender-word-long": "a word in the sender's name or address is too long for the page",
    "render.sender-lines": (
        "the sender's name and address take {lines} lines; at most {most} fit above the "
        "envelope window"
    ),
    "render.no-one": "there is no recipient to write to",
    "render.sheet-too-long": "the handwriting sheet does not fit on one page",
    "render.too-long": (
        "the letter does not fit on one page (it needs {pages}); shorten it or leave out a "
        "paragraph"
    ),
}

# The importer: what it could not find, or found doubtfully (a warning beside a field of the
# review), in a volunteer's words; a recipient's or copy's warnings name it by {number}.
IMPORT_WARNINGS: Mapping[str, str] = {
    "import.no-title": "No title was found: please write one.",
    "import.title-from-page": "This may be the web page’s heading, not the appeal’s title.",
    "import.title-from-subject": (
        "The title was taken from the e-mail’s subject or the web page’s title: check it."
    ),
    "import.no-summary": "No summary was found.",
    "import.no-demands": "No demands were found: add what the appeal asks for.",
    "import.demands-cut": (
        "The text ends inside the list of demands, or the last one looks cut off: check that "
        "none is missing."
    ),
    "import.demands-no-intro": (
        "No sentence like “… urging him to:” comes before the list: check that these are the "
        "demands."
    ),
    "import.demands-from-letter": "The demands were taken from the sample letter: check them.",
    "import.demands-from-text": (
        "The demands were taken from requests in the text (“I urge you to …”): check them."
    ),
    "import.no-deadline": "No deadline was found.",
    "import.no-language": (
        "No preferred language was given: the appeal’s own language is assumed."
    ),
    "import.no-country": "The country is not clear.",
    "import.title-from-person": (
        "The title was made from the country and the person the appeal is about: check it."
    ),
    "import.title-from-person-heading": (
        "The title was made from the country and the person the appeal is about; "
        "“{heading}” looks like the web page’s or newsletter’s heading."
    ),
    "import.title-from-person-subject": (
        "The title was made from the country and the person the appeal is about, not from "
        "the e-mail’s subject or the page’s title (“{heading}”)."
    ),
    "import.country-from-text": (
        "The country was taken from the countries the text names: check it."
    ),
    "import.country-of-recipients": (
        "The recipients are in different countries; the one the text names most was "
        "taken: check it."
    ),
    "import.letter-no-closing": "The sample letter has no closing: the appeal may be cut short.",
    "import.text-unplaced": (
        "Some text could not be placed: it is kept at the end of the background, under “{heading}”."
    ),
    "import.no-recipients": "No one to write to was found: add the name and address.",
    "import.recipient.no-name": "No name was found for recipient {number}.",
    "import.recipient.no-title": (
        "No official title was recognised for recipient {number}: check the name and title."
    ),
    "import.recipient.no-address": "No postal address was found for recipient {number}.",
    "import.recipient.no-country": "No country was found for recipient {number}.",
    "import.recipient.country-from-title": (
        "The country of recipient {number} was taken from the official title: check the address."
    ),
    "import.recipient.no-salutation": "No greeting (“Dear …”) was found for recipient {number}.",
    "import.recipient.unmarked": (
        "Recipient {number} was found without “Write to” before it: check the name and address."
    ),
    "import.recipient.unlabelled": (
        "Recipient {number} was found without “Write to” or a greeting: check it."
    ),
    "import.copy.no-name": "No name was found for copy {number}.",
    "import.copy.no-title": (
        "No official title was recognised for copy {number}: check the name and title."
    ),
    "import.copy.no-address": "No postal address was found for copy {number}.",
    "import.copy.no-country": "No country was found for copy {number}.",
    "import.copy.country-from-title": (
        "The country of copy {number} was taken from the official title: check the address."
    ),
}

# The importer's refusals: a file or text that cannot be read as an Urgent Action at all.
IMPORT_ERRORS: Mapping[str, str] = {
    "import.no-such-file": "no such file: {path}",
    "import.is-folder": "{path} is a folder, not a file",
    "import.unreadable": "cannot read {path}: {reason}",
    "import.failed": "{name} could not be read",
    "import.file-too-large": (
        "the file is {size} MB; an Urgent Action is far smaller (at most {most} MB)"
    ),
    "import.named-file-too-large": (
        "{name} is {size} MB; an Urgent Action is far smaller (at most {most} MB)"
    ),
    "import.text-too-long": (
        "the text has {chars} characters; an Urgent Action has a few thousand (at most {most})"
    ),
    "import.empty-file": "the file is empty",
    "import.no-text": "there is no text to import",
    "import.empty-web-page": "the web page holds no text to import",
    "import.binary": (
        "this file cannot be read as an appeal; save it as PDF, Word (.docx), e-mail (.eml), "
        "web page or text"
    ),
    "import.unknown-document": (
        "this kind of document cannot be read; save the appeal as PDF, Word (.docx), web page "
        "or text"
    ),
    "import.bad-utf16": "the text in the file is damaged; save the appeal again, as PDF or text",
    "import.mail-unreadable": "the e-mail cannot be read",
    "import.mail-empty": "the e-mail has no text to import (and no attached appeal)",
    "import.word-damaged": "the Word file is damaged or incomplete",
    "import.word-too-many-parts": "the Word file holds far too many parts to be an Urgent Action",
    "import.word-too-much-text": (
        "the Word file holds far more text than an Urgent Action (more than {most} MB once "
        "unpacked)"
    ),
    "import.zip-not-word": "this is a zip archive, not a Word document (.docx)",
    "import.needs-package": "reading {kind} files needs the {package} package",
    "import.pdf-encrypted": "the PDF is encrypted; save an unprotected copy",
    "import.pdf-password": "the PDF is protected by a password; save an unprotected copy first",
    "import.pdf-too-many-pages": (
        "the PDF has {pages} pages; an Urgent Action has a few (at most {most} are read)"
    ),
    "import.pdf-too-much-text": "the PDF holds far more text than an Urgent Action",
    "import.pdf-too-much-drawing": (
        "the PDF’s pages hold far more drawing data than an Urgent Action (more than {mb} MB "
        "to draw); save or print the appeal again as a simpler PDF"
    ),
    "import.pdf-damaged": "the PDF is damaged or incomplete",
    "import.pdf-scanned": (
        "no text could be read from the PDF: it looks like a scan (a picture of the pages); "
        "ask for the text, or copy it from the web page or e-mail"
    ),
}

IMPORT_MESSAGES: Mapping[str, str] = {**IMPORT_WARNINGS, **IMPORT_ERRORS}

# Starting an event (the Start Event dialog shows these as they are: whole sentences).
EVENT_MESSAGES: Mapping[str, str] = {
    "event.no-name": "Give the event a name.",
    "event.no-cases": "Choose at least one case for the event.",
    "event.short-pin": "The coordinator's PIN must be at least 4 digits.",
    "event.damaged": "the event file is damaged ({detail})",
}

# Case packs: exporting, and refusing a pack that is unsafe or unusable ({error} is another
# coded error, said in the window's language too).
PACK_MESSAGES: Mapping[str, str] = {
    "pack.not-a-part": "template {name} is not a part of a letter ({parts})",
    "pack.template-unusable": "template {name} cannot be used: {error}",
    "pack.none-chosen": "choose at least one case to export",
    "pack.cannot-write": "cannot write {path}: {reason}",
    "pack.unsafe-path": "the pack holds a file with an unsafe path: {name!r}",
    "pack.too-many-files": "the pack holds {files} files; a pack holds at most {most}",
    "pack.symlink": "the pack holds a symbolic link: {name}",
    "pack.encrypted": "the pack is encrypted",
    "pack.compression": (
        "the pack uses a compression Letter Composer does not read ({name}); case packs are "
        "plain zip files (deflate)"
    ),
    "pack.zip-bomb": "the pack unpacks to far more data than cases need (a zip bomb?)",
    "pack.ratio": "the pack is compressed suspiciously well (a zip bomb?)",
    "pack.twice": "the pack holds {name} twice",
    "pack.not-utf8": "{name} in the pack is not UTF-8 text",
    "pack.is-folder": "{path} is a folder, not a case pack",
    "pack.no-file": "no such file: {path}",
    "pack.not-a-file": "{path} is not a file, so it cannot be a case pack",
    "pack.too-large": "{name} is {size} MB; a case pack is far smaller",
    "pack.changed": "{name} changed while it was being read; try again",
    "pack.unreadable": "cannot read {path}: {reason}",
    "pack.not-zip": "{name} is not a case pack (a damaged or foreign zip file)",
    "pack.no-manifest": "{name} is not a case pack (it has no manifest.json)",
    "pack.manifest-json": "the pack's manifest is not valid JSON ({detail})",
    "pack.manifest-deep": "the pack's manifest is nested far too deeply",
    "pack.foreign": "{name} is not a Letter Composer case pack",
    "pack.newer": (
        "the pack is format version {version}; this Letter Composer reads version {supported} "
        "(update the app)"
    ),
    "pack.manifest-malformed": (
        "the pack's manifest is malformed (cases and templates must be lists)"
    ),
    "pack.case-name-device": (
        "the pack holds a case named {name}; its id is a name Windows keeps for a device; "
        "choose another, like 'case-{case}'"
    ),
    "pack.case-name-shape": (
        "the pack holds a case named {name}; its id must be lower-case letters, digits and "
        "dashes, like 'kalesnikava'"
    ),
    "pack.invalid-case": "the pack holds an invalid case: {error}",
    "pack.id-mismatch": "{name}: the case's id is '{found}', not '{expected}'",
    "pack.stray-file": "the pack holds a file that is not a case or a template: {name}",
    "pack.manifest-mismatch": "the pack's manifest does not match its contents",
    "pack.empty": "{name} holds no cases",
    "pack.cannot-save-case": "the pack's case {case} cannot be saved: {error}",
    "pack.import-failed": "the pack could not be imported ({reason}); nothing was changed",
    "pack.import-failed-in": (
        "the pack could not be imported ({reason} in {folder}); nothing was changed"
    ),
}

# Why a custom wording (a letter template) cannot be used: a phrase after its name.
WORDING_MESSAGES: Mapping[str, str] = {
    "wording.outside-limits": "a wording ran outside its limits",
    "wording.too-many-steps": "it takes too many steps",
    "wording.number-too-large": "it computes a number far too large for a letter",
    "wording.builds-too-much": "it builds far too much text",
    "wording.pad-by-value": "it pads text to a width given as a value",
    "wording.pad-huge": "it pads text to a huge width",
    "wording.range": "it asks for a range of more than {most} numbers",
    "wording.filter-too-much": "it asks a filter for far too much",
    "wording.recursive-loop": "it uses a recursive loop",
    "wording.writes-too-much": "it writes far too much text",
    "wording.format": "it formats text in a way letters do not need",
    "wording.internals": "it refers to Python internals (names with '__')",
    "wording.too-long": "it is too long to be a letter part",
    "wording.invalid": "it is not a valid template ({detail})",
    "wording.nested": "it is nested far too deeply",
    "wording.refused": "{detail}",
    "wording.calls-itself": "it calls itself too deeply",
    "wording.fails": "it fails: {detail}",
    "wording.leaves-out": "it leaves out the {part}",
}

# A sign-up sheet for a batch of letters: the whole file refused, or one row left out (said
# after "line N:"), or one writer's letter that could not be made.
SIGNUP_MESSAGES: Mapping[str, str] = {
    "signup.no-file": "no such file: {path}",
    "signup.is-folder": "{path} is a folder, not a CSV file",
    "signup.unreadable": "cannot read {path}: {reason}",
    "signup.not-utf8": (
        '{path} is not UTF-8 text (byte {byte}); save the sign-up sheet as "CSV UTF-8" and try '
        "again"
    ),
    "signup.empty": "the sign-up sheet is empty",
    "signup.bad-header": "line 1: {detail}",
    "signup.missing-column": "line 1: the header must be {columns} (no '{column}' column)",
    "signup.unknown-column": "line 1: unknown column '{column}'; the header is {columns}",
    "signup.row-not-csv": "cannot be read as CSV ({detail})",
    "signup.row-cells": "has {cells} cells; the header has {columns}",
    "signup.no-name": "the name is missing",
    "signup.unknown-language": (
        "unknown language '{language}' (letters can be written in {languages})"
    ),
    "signup.too-long": "the letter is too long for one page",
    "signup.cannot-write": "cannot write {path}: {reason}",
}

# A letter kept for restoring after a crash, or a language asked for.
DRAFT_MESSAGES: Mapping[str, str] = {
    "draft.damaged": "the saved draft is damaged ({detail})",
    "draft.unknown-language": "letters can be written in {languages}, not '{language}'",
}

# The letter count (count.sqlite3 in the data folder).
COUNT_MESSAGES: Mapping[str, str] = {
    "count.newer": (
        "the letter count in {path} was made by a newer Letter Composer; update this one"
    ),
    "count.cannot-open": "cannot open the letter count in {path}: {detail}",
    "count.cannot-use": "cannot use the letter count in {path}: {detail}",
}

MESSAGES: Mapping[str, str] = {
    **CASE_MESSAGES,
    **RENDER_MESSAGES,
    **IMPORT_MESSAGES,
    **EVENT_MESSAGES,
    **PACK_MESSAGES,
    **WORDING_MESSAGES,
    **SIGNUP_MESSAGES,
    **COUNT_MESSAGES,
    **DRAFT_MESSAGES,
}


def english(code: str, params: Mapping[str, object]) -> str:
    """The English sentence for ``code`` with ``params`` filled in."""
    return MESSAGES[code].format(**params)


class CodedError(Exception):
    """An error a writer or coordinator may see: its English sentence (``str(error)``, what
    the command line prints), and the ``code`` and ``params`` the window translates. A
    parameter may itself be a coded error (the reason a pack's case is refused)."""

    def __init__(
        self, message: str, *, code: str = "", params: Mapping[str, object] | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.params: dict[str, object] = dict(params or {})

    @classmethod
    def coded(cls, code: str, **params: object) -> Self:
        """The error for ``code``, in English, with its parameters."""
        return cls(english(code, params), code=code, params=params)


class CodedValueError(CodedError, ValueError):
    """A coded error that is a ValueError (bad input, not a failure of the program)."""
