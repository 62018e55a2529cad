"""Errors a writer may see carry a code and parameters besides their English sentence, so the
window can say them in its own language (composer.ui.messages); the command line prints the
English sentence, ``str(error)``, as before.

Each code's English template lives here, once; the window keeps a translatable copy of each,
and a test checks that the two agree.
"""

from __future__ import annotations

from collections.abc import Mapping

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

MESSAGES: Mapping[str, str] = {**CASE_MESSAGES, **RENDER_MESSAGES, **IMPORT_MESSAGES}


def english(code: str, params: Mapping[str, object]) -> str:
    """The English sentence for ``code`` with ``params`` filled in."""
    return MESSAGES[code].format(**params)
