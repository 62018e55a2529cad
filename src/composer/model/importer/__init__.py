"""Reading an Urgent Action (web-page text, e-mail text or PDF) into a Case, with warnings.

Two real shapes are known (shared/samples): a section's web page ("urging him to:" bullets,
"Write to:", "Salutation:", headed background sections, "until November 1, 2024") and the
international UA PDF ("URGENT ACTION" heading, a recipient block ending with "Salutation:", a model
letter, "PREFERRED LANGUAGE TO ADDRESS TARGET", "PLEASE TAKE ACTION ... UNTIL:", "ADDITIONAL
INFORMATION"). The parser finds each part by its marker, not its position, so pasted, reflowed or
re-ordered text still imports. Text it cannot place goes into the background, never into the bin.

Everything here is linear in the size of the text, and input is capped (MAX_FILE_BYTES,
MAX_TEXT_CHARS), so an import returns quickly even for hostile input.

The package is split by concern: ``containers`` (bytes to text, with ``pdf``, ``mail`` and
``word``), ``patterns`` (markers and lexicons), ``units`` (text as paragraphs and bullets),
``recipients``, ``fields`` (everything else) and ``pipeline`` (the import itself). Callers use
only the names re-exported here.
"""

from composer.model.case import slugify, unique_id
from composer.model.importer.containers import (
    MAX_FILE_BYTES,
    MAX_TEXT_CHARS,
    decode_text,
    html_to_text,
    normalise,
    read_container,
    strip_mail,
)
from composer.model.importer.patterns import (
    country_name,
    find_date,
    guess_language,
    language_code,
    language_name,
)
from composer.model.importer.pdf import MAX_PDF_PAGES, extract_pdf_text
from composer.model.importer.pipeline import import_bytes, import_file, import_text
from composer.model.importer.result import ImportResult, ImportWarning, UAImportError, WarningKind
from composer.model.importer.units import UNPLACED_HEADING

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_PDF_PAGES",
    "MAX_TEXT_CHARS",
    "UNPLACED_HEADING",
    "ImportResult",
    "ImportWarning",
    "UAImportError",
    "WarningKind",
    "country_name",
    "decode_text",
    "extract_pdf_text",
    "find_date",
    "guess_language",
    "html_to_text",
    "import_bytes",
    "import_file",
    "import_text",
    "language_code",
    "language_name",
    "normalise",
    "read_container",
    "slugify",
    "strip_mail",
    "unique_id",
]
