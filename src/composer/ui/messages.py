"""The domain's errors in the window's language: each code of composer.model.messages has a
translatable sentence here (the same English), filled in with the error's parameters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from composer.model.case import CaseError


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
        "render.too-long": translate(
            "Messages",
            "the letter does not fit on one page (it needs {pages}); shorten it or leave out a "
            "paragraph",
        ),
    }


def error_text(error: Exception) -> str:
    """What the window shows for ``error``: its sentence in the interface language, with
    where it happened (file, line, field) for a case; the English sentence for an error
    that has no code."""
    code = getattr(error, "code", "")
    template = _sentences().get(code) if code else None
    if template is None:
        return str(error)
    try:
        text = template.format(**getattr(error, "params", {}))
    except (KeyError, IndexError, ValueError):
        return str(error)
    if isinstance(error, CaseError):
        translate = QCoreApplication.translate
        where = [error.source] if error.source else []
        if error.line is not None:
            where.append(translate("Messages", "line {line}").format(line=error.line))
        subject = f"{error.field}: " if error.field else ""
        text = f"{', '.join(where)}: {subject}{text}" if where else f"{subject}{text}"
    return text
