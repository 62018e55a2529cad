"""Word files (.docx), through python-docx: paragraphs and table cells in reading order, list
paragraphs as bullets, line breaks kept.

A .docx is a zip archive; its members' declared sizes are checked before anything is inflated
(Python's zipfile never inflates a member past its declared size), so a small file that would
inflate to gigabytes is refused at once.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from composer.model.importer.result import UAImportError

MAX_DOCX_MEMBERS = 2000
MAX_DOCX_XML_BYTES = 20 * 1024 * 1024  # the document's text and markup; pictures do not count
_SHORT = 60
_GAP = 80  # twentieths of a point: a gap of 4 pt reads as a new paragraph


def looks_like_docx(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04" and b"word/" in data[:200_000]


def docx_text(data: bytes) -> str:
    """The text of a Word document, paragraphs separated by blank lines."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise UAImportError.coded("import.word-damaged") from exc
    if len(infos) > MAX_DOCX_MEMBERS:
        raise UAImportError.coded("import.word-too-many-parts")
    xml_bytes = sum(i.file_size for i in infos if i.filename.endswith((".xml", ".rels")))
    if xml_bytes > MAX_DOCX_XML_BYTES:
        raise UAImportError.coded(
            "import.word-too-much-text", most=MAX_DOCX_XML_BYTES // (1024 * 1024)
        )
    if not any(i.filename == "word/document.xml" for i in infos):
        raise UAImportError.coded("import.zip-not-word")
    try:
        import docx
    except ImportError as exc:  # pragma: no cover - python-docx is a dependency
        raise UAImportError.coded(
            "import.needs-package", kind="Word", package="python-docx"
        ) from exc
    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = list(_paragraphs(document))
    except UAImportError:
        raise
    except Exception as exc:
        raise UAImportError.coded("import.word-damaged") from exc
    return _join(paragraphs)


def _paragraphs(document: Any) -> list[tuple[str, int | None]]:
    """Body paragraphs and table cells in document order, each with the space Word leaves
    after it (in twentieths of a point, None when the document does not say); list items are
    marked as bullets."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    default = _default_space_after(document)
    out: list[tuple[str, int | None]] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            out.append((_paragraph(block), _space_after(block, default)))
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    out.extend((_paragraph(p), _space_after(p, default)) for p in cell.paragraphs)
                    out.append(("", None))
    return out


def _space_after(paragraph: Any, default: int | None) -> int | None:
    """The paragraph's space after and the next one's before are what makes a visible gap;
    Word's own default is "after", set on the paragraph, its style chain or the document."""
    value = paragraph.paragraph_format.space_after
    style = paragraph.style
    while value is None and style is not None:
        value = style.paragraph_format.space_after
        style = style.base_style
    return int(value.pt * 20) if value is not None else default


def _default_space_after(document: Any) -> int | None:
    from docx.oxml.ns import qn

    spacing = document.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:pPrDefault')}/{qn('w:pPr')}/{qn('w:spacing')}"
    )
    after = spacing.get(qn("w:after")) if spacing is not None else None
    return int(after) if after is not None and after.isdigit() else None


def _paragraph(paragraph: Any) -> str:
    text = str(paragraph.text).replace("\t", " ")
    style = str(getattr(paragraph.style, "name", "") or "")
    numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
    if text.strip() and (numbered or style.lower().startswith("list")):
        return "• " + text.strip()
    return text


def _join(paragraphs: list[tuple[str, int | None]]) -> str:
    """Paragraphs as the reader sees them: a blank line where Word leaves a gap (space after
    of 4 points or more, or an empty paragraph). A document that says nothing of its spacing
    gets a blank line between paragraphs, except in runs of short lines (an address)."""
    if any(space is not None for _, space in paragraphs):
        out = []
        for text, space in paragraphs:
            out.append(text)
            if text.strip() and (space or 0) >= _GAP:
                out.append("")
        return "\n".join(out)
    out = []
    previous = ""
    for text, _ in paragraphs:
        if not text.strip():
            out.append("")
            previous = ""
            continue
        address_run = (
            previous
            and len(previous) <= _SHORT
            and len(text) <= _SHORT
            and "\n" not in text
            and not previous.endswith((".", "!", "?"))
            and not text.startswith("• ")
        )
        if out and not address_run and out[-1] != "":
            out.append("")
        out.append(text)
        previous = text
    return "\n".join(out)
