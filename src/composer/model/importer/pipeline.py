"""The import itself: a file, bytes or text in; a case with warnings out."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from composer.model.case import BackgroundSection
from composer.model.importer.containers import (
    _HTML_START_RE,
    MAX_FILE_BYTES,
    MAX_TEXT_CHARS,
    _is_binary,
    html_to_text,
    normalise,
    read_container,
    strip_mail,
)
from composer.model.importer.fields import (
    _country_from_recipients_or_prose,
    _demands_from_letter,
    _find_demands,
    _find_model_letter,
    _find_simple_fields,
    _find_summary_and_background,
    _find_title,
    _finish,
)
from composer.model.importer.lexicons import (
    guess_language,
    language_evidence,
)
from composer.model.importer.recipients import _find_recipients
from composer.model.importer.result import ImportResult, UAImportError, WarningKind
from composer.model.importer.titles import heading_not_case, retitle_page_heading
from composer.model.importer.units import UNPLACED_HEADING, _Found, _strip_page_furniture, _units


def import_bytes(data: bytes, *, source: str = "", taken_ids: Collection[str] = ()) -> ImportResult:
    """Import from the bytes of a file: PDF, Word, saved e-mail, web page or text."""
    if len(data) > MAX_FILE_BYTES:
        raise UAImportError.coded(
            "import.file-too-large",
            size=round(len(data) / 1e6),
            most=MAX_FILE_BYTES // (1024 * 1024),
        )
    if not data.strip():
        raise UAImportError.coded("import.empty-file")
    text, subject = read_container(data, source)
    return import_text(text, source=source, taken_ids=taken_ids, title_hint=subject)


def import_file(path: Path, *, taken_ids: Collection[str] = ()) -> ImportResult:
    """Import the Urgent Action in a file (PDF, .docx, .eml, web page or text); UAImportError
    says why it cannot."""
    path = Path(path)
    try:
        if path.is_dir():
            raise UAImportError.coded("import.is-folder", path=path)
        if not path.exists():
            raise UAImportError.coded("import.no-such-file", path=path)
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UAImportError.coded(
                "import.named-file-too-large",
                name=path.name,
                size=round(size / 1e6),
                most=MAX_FILE_BYTES // (1024 * 1024),
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise UAImportError.coded(
            "import.unreadable", path=path, reason=exc.strerror or exc
        ) from exc
    return import_bytes(data, source=path.name, taken_ids=taken_ids)


def _page_language(found: _Found, language: str) -> str:
    """The appeal's own language is that of its prose (summary, background), not of a model
    letter it quotes: an English letter on a Dutch page makes a Dutch case."""
    prose = " ".join(
        [
            found.title,
            *found.summary,
            *(s.text for s in found.background if s.heading != UNPLACED_HEADING),
        ]
    )
    guessed, evidence = language_evidence(prose)
    return guessed if evidence >= 4 else language


def import_text(
    text: str, *, source: str = "", taken_ids: Collection[str] = (), title_hint: str = ""
) -> ImportResult:
    """Import an Urgent Action from its text (web page, e-mail or PDF text)."""
    if len(text) > MAX_TEXT_CHARS:
        raise UAImportError.coded("import.text-too-long", chars=len(text), most=MAX_TEXT_CHARS)
    text = normalise(text)
    if not text.strip():
        raise UAImportError.coded("import.no-text")
    if _is_binary(text):
        raise UAImportError.coded("import.binary")
    page_title = ""
    if _HTML_START_RE.match(text[:2000]):
        text, page_title = html_to_text(text)
        if not text.strip():
            raise UAImportError.coded("import.empty-web-page")
    text, pasted_subject = strip_mail(text)
    subject = pasted_subject or title_hint or page_title
    found = _Found()
    language = guess_language(text)
    lines = _strip_page_furniture(text, found)
    units = _units(lines)
    if not units:
        raise UAImportError.coded("import.no-text")

    _find_title(units, found)
    # a page's <title> that is the site's name ("Amnesty group - Urgent Actions") is no hint
    if not found.title and subject and not heading_not_case(subject, text):
        found.title = subject
        found.title_from_hint = True
        found.warn("title", "import.title-from-subject", WarningKind.DOUBTFUL)
    _find_simple_fields(units, found)
    _find_demands(units, found)
    _find_recipients(units, found, language)
    _find_model_letter(units, found)
    _find_summary_and_background(units, found)

    if not found.demands and found.model_letter:
        found.demands = _demands_from_letter(found.model_letter)
        found.demand_language = guess_language(found.model_letter)
        if found.demands:
            found.warn("demands", "import.demands-from-letter", WarningKind.DERIVED)
    if not found.demands:
        # requests in the first person ("I urge you to", "je vous demande de") are a letter's
        # wherever they stand: a second letter, a petition, a quoted letter
        found.demands = _demands_from_letter(text)
        found.demand_language = language
        if found.demands:
            found.warn("demands", "import.demands-from-text", WarningKind.DERIVED)
    language = _page_language(found, language)
    if not found.country:
        _country_from_recipients_or_prose(found)
    retitle_page_heading(found, text)
    if pasted_subject and found.title != pasted_subject:
        # a pasted message's subject ("Accion urgente. Indice AI: AMR-37/012/10") is kept
        found.background.insert(0, BackgroundSection("Subject of the e-mail", pasted_subject))
    return _finish(found, language, source, taken_ids)
