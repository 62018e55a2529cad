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

MESSAGES: Mapping[str, str] = {**CASE_MESSAGES, **RENDER_MESSAGES}


def english(code: str, params: Mapping[str, object]) -> str:
    """The English sentence for ``code`` with ``params`` filled in."""
    return MESSAGES[code].format(**params)
