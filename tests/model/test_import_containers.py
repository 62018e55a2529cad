"""Every container a coordinator receives gives the same Urgent Action as its text: saved
e-mails (quoted-printable, base64, other charsets, forwarded, attached PDF), PDFs (paragraphs
rebuilt from the lines' positions), Word files and web pages; hostile files are refused in one
clear sentence."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from appeal_corpus import CONTAINERS, load_corpus, make_docx, make_eml, make_html, make_pdf
from composer.model.importer import (
    MAX_PDF_PAGES,
    UAImportError,
    extract_pdf_text,
    import_bytes,
    import_file,
)
from ua_samples import HONDURAS, SEED, check_seed

CORPUS = {appeal.name: appeal for appeal in load_corpus()}
SHAPES = {
    path.stem: path.read_text(encoding="utf-8")
    for path in sorted((Path(__file__).resolve().parents[1] / "data" / "shapes").glob("*.txt"))
}


def fields(data: bytes, source: str) -> dict[str, object]:
    result = import_bytes(data, source=source)
    case = result.case
    return {
        "title": case.title,
        "title_warned": "title" in result.warned_fields(),
        "country": case.country,
        "language": case.language,
        "recipients": [(r.name, r.title, r.country, dict(r.salutation)) for r in case.recipients],
        "demands": [d.in_language(case.language, case.language) for d in case.demands],
        "deadline": case.deadline,
        "ua_number": case.ua_number,
        "languages": case.languages,
    }


@pytest.mark.parametrize("container", [c for c in CONTAINERS if c != "text"])
@pytest.mark.parametrize("name", sorted(CORPUS) + sorted(SHAPES))
def test_each_container_gives_what_the_text_gives(name: str, container: str) -> None:
    """Field for field, an appeal as e-mail, PDF, Word file or web page imports as its text."""
    text = CORPUS[name].text if name in CORPUS else SHAPES[name]
    suffix, make = CONTAINERS[container]
    from_text = fields(text.encode("utf-8"), name + ".txt")
    from_container = fields(make(text), name + suffix)
    if from_text.pop("title_warned"):  # the text has no title: a page's or mail's is a hint
        from_text.pop("title")
        from_container.pop("title")
    from_container.pop("title_warned")
    assert from_container == from_text


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_no_text_is_lost(name: str) -> None:
    """Every word of the appeal is somewhere in the case, but for the labels the importer
    reads ("Salutation:", "Write to:") and the forms it turns into fields."""
    from appeal_corpus import case_words, source_words

    text = CORPUS[name].text
    gone = source_words(text) - case_words(import_bytes(text.encode("utf-8"), source="a.txt"))
    assert len(gone) <= max(3, len(source_words(text)) // 30), sorted(gone)


def test_seed_as_quoted_printable_mail_in_latin1() -> None:
    message = EmailMessage()
    message["From"] = "UA <ua@example.org>"
    message["Subject"] = "Urgent Action Belarus"
    message["MIME-Version"] = "1.0"
    latin1 = SEED.translate(str.maketrans("\u2019\u2014\u2013\u2022\u201c\u201d", '\'---""'))
    latin1.encode("latin-1")  # a mail program would write this text in Latin-1
    message.set_content(latin1, charset="iso-8859-1", cte="quoted-printable")
    data = message.as_bytes(policy=SMTP)
    assert b"iso-8859-1" in data and b"=\r\n" in data  # really encoded on the wire
    result = import_bytes(data, source="ua.eml")
    check_seed(result)
    assert "MIME-Version" not in result.case.summary


def test_forwarded_base64_mail_keeps_no_header_and_no_gibberish() -> None:
    data = make_eml(SEED, encoding="base64", forwarded=True)
    case = import_bytes(data, source="fwd.eml").case
    assert case.title == "Belarus: End the torturous isolation of Maryia Kalesnikava"
    everything = " ".join(
        [case.title, case.summary, *(s.text for s in case.background), case.model_letter]
    )
    assert "Content-Type" not in everything
    assert "base64" not in everything
    assert "Hi all" in everything  # the forwarder's note is kept aside, not lost


def test_mail_with_the_appeal_as_attached_pdf(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "Section <s@example.org>"
    message["To"] = "group@example.org"
    message["Subject"] = "UA this week"
    message.set_content("Dear all, please find the new appeal attached.\n")
    from ua_samples import make_pdf as honduras_pdf

    message.add_attachment(
        honduras_pdf(HONDURAS), maintype="application", subtype="pdf", filename="UA.pdf"
    )
    path = tmp_path / "mail.eml"
    path.write_bytes(message.as_bytes(policy=SMTP))
    case = import_file(path).case
    assert case.title == "ARMED ATTACK AGAINST MEMBERS OF COPINH"
    assert case.recipients[0].name == "General de División Julián Pacheco"


def test_pdf_paragraphs_come_back_from_line_positions() -> None:
    text = CORPUS["netherlands-group-english-letter-2020"].text
    rebuilt = extract_pdf_text(make_pdf(text))
    # the long Dutch paragraph was wrapped over seven lines; it is one line again
    assert "onmiddellijk vrij te laten. Hij zit alleen maar vast" in rebuilt
    # the address stays one line each, and a blank line still separates the blocks
    assert "Madinat al-Rehab\nCAIRO\nARAB REPUBLIC OF EGYPT\n\nApeldoorn" in rebuilt


def test_docx_paragraphs_tables_and_lists() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Egypt: release the researcher")
    document.add_paragraph("Write to the public prosecutor urging him to:")
    document.add_paragraph("Release him immediately.", style="List Bullet")
    document.add_paragraph("Drop all charges.", style="List Bullet")
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "Write to:"
    table.cell(0, 0).add_paragraph("Public Prosecutor Hamada al-Sawi")
    table.cell(0, 0).add_paragraph("Office of the Public Prosecutor")
    table.cell(0, 0).add_paragraph("Cairo")
    table.cell(0, 0).add_paragraph("Egypt")
    table.cell(0, 0).add_paragraph("Salutation: Dear Counsellor,")
    out = io.BytesIO()
    document.save(out)
    case = import_bytes(out.getvalue(), source="ua.docx").case
    assert case.title == "Egypt: release the researcher"
    demands = [d.in_language(case.language, case.language) for d in case.demands]
    assert demands == ["Release him immediately.", "Drop all charges."]
    (rec,) = case.recipients
    assert (rec.name, rec.country) == ("Public Prosecutor Hamada al-Sawi", "Egypt")


def test_web_page_scripts_do_not_run_or_leak() -> None:
    case = import_bytes(make_html(SEED), source="ua.html").case
    assert "tracking" not in case.summary
    assert not any("Cookie banner" in s.text for s in case.background)
    check_seed_fields = import_bytes(make_html(SEED), source="ua.html")
    check_seed(check_seed_fields)


def test_docx_and_eml_round_trip_the_seed() -> None:
    check_seed(import_bytes(make_docx(SEED), source="ua.docx"))
    check_seed(import_bytes(make_eml(SEED), source="ua.eml"))


# --------------------------------------------------------------------------- hostile files


def _pdf_with_content(data: bytes, pages: int = 1) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = PdfWriter()
    for _ in range(pages):
        page = writer.add_blank_page(595, 842)
        stream = DecodedStreamObject()
        stream.set_data(data)
        page[NameObject("/Contents")] = writer._add_object(stream.flate_encode())
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_with_huge_content_streams_is_refused_in_one_sentence() -> None:
    bomb = _pdf_with_content(b"0 0 m 1 1 l S\n" * 4_000_000)  # 56 MB of drawing, ~100 kB file
    assert len(bomb) < 1_000_000
    with pytest.raises(UAImportError) as caught:
        import_bytes(bomb, source="bomb.pdf")
    message = str(caught.value)
    assert "drawing data" in message and "\n" not in message


def test_many_pages_just_under_the_page_cap_are_refused_together() -> None:
    """Each page under the per-stream cap, the file over the total: refused, not read."""
    pages = _pdf_with_content(b"0 0 m 1 1 l S\n" * 60_000, pages=6)  # 840 kB a page
    with pytest.raises(UAImportError, match="drawing data"):
        import_bytes(pages, source="pages.pdf")


def test_pdf_with_too_many_pages_is_refused() -> None:
    many = _pdf_with_content(b"BT ET\n", pages=MAX_PDF_PAGES + 1)
    with pytest.raises(UAImportError, match=f"{MAX_PDF_PAGES + 1} pages"):
        import_bytes(many, source="many.pdf")


def test_scanned_pdf_is_refused_clearly() -> None:
    scan = _pdf_with_content(b"q 595 0 0 842 0 0 cm Q\n")
    with pytest.raises(UAImportError, match="scan"):
        import_bytes(scan, source="scan.pdf")


def test_docx_that_inflates_to_gigabytes_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", " " * (30 * 1024 * 1024))
    assert len(out.getvalue()) < 200_000
    with pytest.raises(UAImportError, match="far more text"):
        import_bytes(out.getvalue(), source="bomb.docx")


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"PK\x03\x04" + b"\0" * 100, "cannot be read"),
        (
            b"From: a@b\nSubject: x\nContent-Type: multipart/mixed; boundary=zz\n\n--zz--\n",
            "no text",
        ),
    ],
)
def test_broken_containers_are_one_clear_error(data: bytes, words: str) -> None:
    with pytest.raises(UAImportError, match=words):
        import_bytes(data, source="x")


# --------------------------------------------------------------------------- damaged files

_MADE: dict[tuple[str, str], bytes] = {}


def _made(name: str, container: str) -> bytes:
    if (name, container) not in _MADE:
        _MADE[name, container] = CONTAINERS[container][1](CORPUS[name].text)
    return _MADE[name, container]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(sorted(CORPUS)),
    container=st.sampled_from(["eml-qp", "eml-base64-fwd", "pdf", "docx", "html"]),
    cut=st.floats(min_value=0.05, max_value=1.0),
    flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=12),
)
def test_damaged_containers_never_crash(
    name: str, container: str, cut: float, flips: list[tuple[float, int]]
) -> None:
    """A truncated or corrupted e-mail, PDF, Word file or page: an import or one clear
    sentence, never another exception."""
    data = bytearray(_made(name, container)[: max(1, int(len(_made(name, container)) * cut))])
    for where, value in flips:
        data[min(len(data) - 1, int(where * len(data)))] = value
    try:
        import_bytes(bytes(data), source=f"damaged{CONTAINERS[container][0]}")
    except UAImportError as exc:
        assert str(exc).strip() and "\n" not in str(exc)


def test_a_message_saved_from_a_mailbox_and_an_outlook_forward_in_german() -> None:
    body = (
        "Hallo zusammen, bitte schreibt alle.\n\n"
        "-----Ursprüngliche Nachricht-----\n"
        "Von: Amnesty <ua@example.org>\n"
        "Gesendet: Dienstag, 2. Januar 2024 09:00\n"
        "An: Gruppe <gruppe@example.org>\n"
        "Betreff: Urgent Action Belarus\n\n" + SEED
    )
    message = EmailMessage()
    message["From"] = "Koordination <k@example.org>"
    message["Subject"] = "WG: Urgent Action Belarus"
    message.set_content(body, cte="quoted-printable")
    data = b"From k@example.org Tue Jan  2 09:00:00 2024\n" + message.as_bytes(policy=SMTP)
    case = import_bytes(data, source="saved.eml").case
    assert case.title == "Belarus: End the torturous isolation of Maryia Kalesnikava"
    assert "Betreff" not in case.summary and "=\n" not in case.summary
    assert case.recipients[0].name == "Lt.-Gen. Ivan Kubrakou"
