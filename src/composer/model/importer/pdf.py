"""PDF files: the text of each page with its paragraphs rebuilt from the lines' positions.

pypdf (imported only when a PDF comes) lays each page out as text in which a vertical gap
becomes a blank line; lines that run to the right margin are joined with the next one, so a
wrapped paragraph comes back as the one line it was before it was laid out. A PDF therefore
reads like the same text saved as a file.

Hostile PDFs are refused before pypdf decodes them: at most MAX_PDF_PAGES pages, and every
content stream is decompressed here first, within MAX_PDF_STREAM_BYTES per stream and
MAX_PDF_DECODED_BYTES for the whole file (a small file can hold streams that inflate to
gigabytes and take minutes to lay out).
"""

from __future__ import annotations

import io
import logging
import re
import warnings
import zlib
from typing import Any

from composer.model.importer.result import UAImportError

MAX_PDF_PAGES = 60
# A UA page draws in well under 200 kB. pypdf lays out about half a megabyte of dense text
# operators a second, so these caps bound the worst accepted file to a few seconds (on a
# worker thread, with Cancel) and refuse the rest before any work is done.
MAX_PDF_STREAM_BYTES = 1024 * 1024
MAX_PDF_DECODED_BYTES = 4 * 1024 * 1024
MAX_TEXT_CHARS = 150_000


def extract_pdf_text(data: bytes) -> str:
    """The text of a PDF, page after page, paragraphs separated by blank lines."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import FileNotDecryptedError, PdfReadError
    except ImportError as exc:  # pragma: no cover - pypdf is a dependency
        raise UAImportError.coded("import.needs-package", kind="PDF", package="pypdf") from exc

    # pypdf reports what it repaired through logging (even as errors); the user gets one
    # clear message from us instead, so it is silenced while we read.
    pypdf_logger = logging.getLogger("pypdf")
    old_level = pypdf_logger.level
    pypdf_logger.setLevel(logging.CRITICAL + 1)
    pages: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except Exception as exc:
                    raise UAImportError.coded("import.pdf-encrypted") from exc
                if not opened:
                    raise UAImportError.coded("import.pdf-password")
            count = len(reader.pages)
            if count > MAX_PDF_PAGES:
                raise UAImportError.coded(
                    "import.pdf-too-many-pages", pages=count, most=MAX_PDF_PAGES
                )
            budget = [MAX_PDF_DECODED_BYTES]
            for page in reader.pages:
                _check_streams(page, budget)
            total = 0
            for page in reader.pages:
                text = _page_text(page)
                total += len(text)
                if total > MAX_TEXT_CHARS:
                    raise UAImportError.coded("import.pdf-too-much-text")
                pages.append(text)
        except UAImportError:
            raise
        except FileNotDecryptedError as exc:
            raise UAImportError.coded("import.pdf-password") from exc
        except (PdfReadError, Exception) as exc:
            raise UAImportError.coded("import.pdf-damaged") from exc
        finally:
            pypdf_logger.setLevel(old_level)
    text = "\n\f\n".join(pages)
    if not text.strip():
        raise UAImportError.coded("import.pdf-scanned")
    return text


# --------------------------------------------------------------------------- limits


def _check_streams(page: Any, budget: list[int]) -> None:
    """Decode the page's content streams (and its forms') within the caps, or refuse."""
    seen: set[int] = set()
    stack: list[tuple[Any, int]] = [(page, 0)]
    while stack:
        holder, depth = stack.pop()
        contents = holder.get("/Contents") if depth == 0 else holder
        for stream in _streams(contents):
            key = id(stream)
            if key in seen:
                continue
            seen.add(key)
            budget[0] -= _decoded_size(stream, min(MAX_PDF_STREAM_BYTES, budget[0]))
        if depth >= 3:
            continue
        try:
            resources = holder.get("/Resources")
            xobjects = resources.get_object().get("/XObject") if resources else None
            if xobjects:
                for ref in xobjects.get_object().values():
                    obj = ref.get_object()
                    if obj.get("/Subtype") == "/Form" and id(obj) not in seen:
                        stack.append((obj, depth + 1))
        except AttributeError:
            continue


def _streams(contents: Any) -> list[Any]:
    if contents is None:
        return []
    obj = contents.get_object()
    if isinstance(obj, list):
        return [item.get_object() for item in obj]
    return [obj]


def _decoded_size(stream: Any, cap: int) -> int:
    """The stream's decoded size; UAImportError when it would pass ``cap``."""
    raw = getattr(stream, "_data", b"") or b""
    filters = stream.get("/Filter") if hasattr(stream, "get") else None
    names = [
        str(f) for f in (filters if isinstance(filters, list) else [filters] if filters else [])
    ]
    mb = max(1, cap // (1024 * 1024))
    if not names:
        size = len(raw)
    elif names[0] in ("/FlateDecode", "/Fl"):
        inflater = zlib.decompressobj()
        try:
            out = inflater.decompress(raw, cap + 1)
        except zlib.error:
            return len(raw)  # pypdf's own repair decides; it cannot inflate much from this
        size = len(out)
        if size > cap or inflater.unconsumed_tail:
            raise UAImportError.coded("import.pdf-too-much-drawing", mb=mb)
        # further filters (a predictor, ASCII85 after Flate) do not grow the data much
    elif names[0] in ("/ASCIIHexDecode", "/AHx", "/ASCII85Decode", "/A85"):
        size = len(raw)
    else:  # LZW, run-length and the like: up to ~130 times larger
        size = len(raw) * 130
    if size > cap:
        raise UAImportError.coded("import.pdf-too-much-drawing", mb=mb)
    return size


# --------------------------------------------------------------------------- layout


_LABEL_START = re.compile(r"^\(?[\w][\w .'-]{0,28}:\s")
_SPACE_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")
_BULLET_START = re.compile(r"^\s*(?:[•◦▪‣⁃●○■□➢➤►▶✓✔\-–—*]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s")


def _page_text(page: Any) -> str:
    try:
        laid_out = page.extract_text(extraction_mode="layout", layout_mode_space_vertically=True)
    except TypeError:  # pragma: no cover - pypdf before 3.17 has no layout mode
        return str(page.extract_text() or "")
    return rebuild_paragraphs(str(laid_out or ""))


def rebuild_paragraphs(laid_out: str) -> str:
    """Text laid out as on the page (vertical gaps as blank lines, lines padded to their place)
    as paragraphs: the common indent goes, blank lines are kept, and a line that reaches the
    right margin is joined with the next when that one continues the sentence."""
    lines = [line.rstrip() for line in laid_out.split("\n")]
    body = [line for line in lines if line.strip()]
    if not body:
        return ""
    indent = min(len(line) - len(line.lstrip()) for line in body)
    lines = [line[indent:] if line.strip() else "" for line in lines]
    widths = sorted(_width(line) for line in lines if line.strip())
    # The right margin: where the longest ordinary lines end (the 90th percentile, so that a
    # centred running header or a table does not set it).
    margin = widths[min(len(widths) - 1, int(len(widths) * 0.9))]
    out: list[str] = []
    joining = False
    for line in lines:
        if not line.strip():
            out.append("")
            joining = False
            continue
        lead = len(line) - len(line.lstrip())
        text = _SPACE_RUN.sub(" ", line.strip()) if lead < 20 else line
        if (
            joining
            and out
            and not _BULLET_START.match(line)
            and not _LABEL_START.match(text)  # "E-Mail: ...", "Salutation: ..." start afresh
            and (text[:1].islower() or _continues(out[-1]))
        ):
            out[-1] = out[-1] + " " + text.strip()
        else:
            out.append(text)
        joining = margin >= 50 and _width(line) >= 0.85 * margin and lead < 20
    return "\n".join(out)


def _width(line: str) -> float:
    """A line's width in average characters: capitals are about a third wider."""
    return len(line) + 0.3 * sum(1 for ch in line if ch.isupper())


def _continues(previous: str) -> bool:
    """A wrapped line's paragraph goes on: the line before did not end a sentence or a field."""
    return not previous.rstrip().endswith((".", "!", "?", ":", ";", ")"))
