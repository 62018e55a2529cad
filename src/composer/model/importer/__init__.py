"""Reading an Urgent Action into a Case, with warnings: from a saved e-mail (.eml), a PDF, a
Word file (.docx), a web page or text, in English, French, Spanish, German or Dutch.

Appeals come in many shapes: the international UA (a running header, "URGENT ACTION", an
address block ending with "Salutation:", a model letter), a section's web page ("urging him
to:" bullets, "Write to:"), a typewritten 1990s UA ("APPEALS TO:", "Telegrams:"), a group's
blog post, a church page with a letter for each of several officials, a model letter in
another language than its page. The parser finds each part by its marker or its structure
(an address block before a salutation, a country before a title's colon, a request in the
first person), with lexicons for each language, never by its position; a guess is reported
as a warning for the review. Text it cannot place goes into the background, never into the
bin.

Everything here is linear in the size of the text, and input is capped (MAX_FILE_BYTES,
MAX_TEXT_CHARS, the PDF's pages and drawing data, the Word file's unpacked size), so an
import returns quickly even for hostile input.

The package is split by concern: ``containers`` (bytes to text, with ``pdf``, ``mail`` and
``word``), ``patterns`` (markers), ``lexicons`` (countries, languages), ``units`` (text as
paragraphs and bullets), ``recipients`` (with ``address_lines``: what a line of an address
looks like), ``titles`` (a page's heading versus the case's title), ``fields`` (everything
else) and ``pipeline`` (the import itself). Callers use only the names re-exported here.
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
from composer.model.importer.lexicons import (
    country_name,
    guess_language,
    language_code,
    language_name,
)
from composer.model.importer.patterns import (
    find_date,
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
