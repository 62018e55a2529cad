"""The Urgent Action importer: both real shapes field by field, encodings, PDFs, bad input."""

from __future__ import annotations

import datetime as dt
import io
import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.model.importer import (
    MAX_FILE_BYTES,
    UNPLACED_HEADING,
    ImportResult,
    UAImportError,
    WarningKind,
    decode_text,
    import_bytes,
    import_file,
    import_text,
)
from ua_samples import (
    HONDURAS,
    HONDURAS_DEMANDS,
    SEED,
    SEED_DEMANDS,
    check_seed,
    demands,
    make_pdf,
)


def check_honduras(result: ImportResult, *, from_pdf: bool = False) -> None:
    case = result.case
    assert case.title == "ARMED ATTACK AGAINST MEMBERS OF COPINH"
    assert case.id == "berta-zuniga-caceres"
    assert case.country == "Honduras"
    assert case.ua_number == "60/16"
    assert case.index == "AMR 37/6674/2017"
    assert case.issued == dt.date(2017, 7, 5)
    assert case.people == (
        "Berta Zuniga Cáceres",
        "Sotero Chavarría Fúnez",
        "José Asunción Martínez",
    )
    assert case.summary.startswith("On 30 June unknown assailants attacked Berta Zuniga Cáceres")
    assert case.summary.endswith("The safety of COPINH members remains at risk.")
    assert case.action_intro.startswith("TAKE ACTION: WRITE A LETTER")
    (rec,) = case.recipients
    assert rec.title == "Minister of Security"
    assert rec.name == "General de División Julián Pacheco"
    assert rec.address_lines == (
        "Secretaría de Estado en el Despacho de Seguridad, Aldea el Ocotal",
        "Antiguo Local de la Academia Nacional de Policía ANAPO",
        "Tegucigalpa",
    )
    assert rec.country == "Honduras"
    assert rec.email == "comunicacionCNDS@gmail.com"
    assert rec.salutation == {"en": "Dear Minister", "es": "Estimado Señor Secretario de Seguridad"}
    assert case.languages == ("es",)
    assert case.deadline == dt.date(2017, 8, 16)
    assert "after the deadline" in case.deadline_note
    assert case.model_letter.startswith("Dear Minister,\n\nI am concerned to hear")
    assert case.model_letter.endswith("Yours sincerely,")
    assert "I urge you to ensure" in case.model_letter
    assert demands(result) == HONDURAS_DEMANDS
    assert [s.heading for s in case.background] == ["Additional information"]
    info = case.background[0].text
    assert info.startswith("Members of COPINH and Berta Cáceres’ relatives")
    assert "west Honduras.\n\nCOPINH has been fighting" in info
    assert info.endswith("in connection with their work.")
    # Page furniture is gone, and only the demands are flagged (they were derived).
    everything = repr(case)
    assert "Further information on UA" not in everything
    if not from_pdf:
        assert [(w.field, w.kind) for w in result.warnings] == [("demands", WarningKind.DERIVED)]
    else:
        assert "demands" in result.warned_fields()


def test_seed_web_page_imports_every_field() -> None:
    """The section's web page (the seed) imports fully."""
    check_seed(import_text(SEED, source="seed.txt"))


def test_honduras_pdf_text_imports_every_field() -> None:
    """The international UA (pdftotext -layout) imports fully, demands from the model letter."""
    check_honduras(import_text(HONDURAS))


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "cp1252"]
)
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_encodings_and_line_endings(encoding: str, newline: str) -> None:
    """Whatever a Windows or Mac user saved, the same case comes back."""
    text = HONDURAS.replace("\n", newline)
    if encoding == "utf-16-le-bom":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        data = b"\xfe\xff" + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    check_honduras(import_bytes(data))


def test_seed_in_cp1252_with_crlf() -> None:
    """The seed's curly quotes and dashes survive Windows-1252 and CRLF."""
    check_seed(import_bytes(SEED.replace("\n", "\r\n").encode("cp1252")))


def test_pasted_email_text() -> None:
    """Hard-wrapped e-mail text with other bullets, non-breaking spaces and straight quotes."""
    wrapped = []
    for line in SEED.splitlines():
        line = line.replace("•", "*").replace("’", "'").replace(" ", "\u00a0", 3)
        wrapped.extend(
            textwrap.wrap(
                line,
                72,
                break_on_hyphens=False,
                subsequent_indent="  " if line.strip().startswith("*") else "",
            )
            or [""]
        )
    result = import_text("\n".join(wrapped))
    assert demands(result) == SEED_DEMANDS
    assert result.case.recipients[0].name == "Lt.-Gen. Ivan Kubrakou"
    assert result.case.deadline == dt.date(2024, 11, 1)
    assert result.case.summary.endswith("puts her life in real danger.")


@pytest.mark.parametrize("bullet", ["•", "-", "*", "–", "1.", "1)", "a)"])
def test_bullet_styles(bullet: str) -> None:
    """•, -, *, dashes and numbered lists all make demands."""
    text = SEED
    for n, _ in enumerate(SEED_DEMANDS, start=1):
        mark = bullet.replace("1", str(n)).replace("a", "abcd"[n - 1])
        text = text.replace("  • ", f"{mark} ", 1)
    assert demands(import_text(text)) == SEED_DEMANDS


def test_several_recipients_and_copies() -> None:
    """Several recipients (each with a salutation) and a copies-to block are all kept."""
    text = textwrap.dedent("""\
        Country: Free the two journalists

        The two journalists were detained on 3 May 2025 for their reporting.

        Write to the authorities urging them to:
        • Release the journalists immediately.
        • Drop all charges.

        Write to:
        President Jane Doe
        Office of the President
        1 Palace Road
        Capital City, Kenya
        Salutation: Your Excellency,

        Attorney General John Roe
        State Law Office
        Harambee Avenue
        Nairobi, Kenya
        Salutation: Dear Attorney General,

        Copies to:
        High Commissioner Ann Smith
        High Commission of Kenya
        415 Laurier Ave E
        Ottawa ON K1N 6R4
        Canada

        Please take action before 30 June 2025.
        """)
    result = import_text(text)
    case = result.case
    assert [r.name for r in case.recipients] == ["President Jane Doe", "Attorney General John Roe"]
    assert [r.salutation for r in case.recipients] == [
        {"en": "Your Excellency,"},
        {"en": "Dear Attorney General,"},
    ]
    assert case.recipients[1].address_lines == ("State Law Office", "Harambee Avenue", "Nairobi")
    assert [r.country for r in case.recipients] == ["Kenya", "Kenya"]
    (copy,) = case.copies_to
    assert copy.name == "High Commissioner Ann Smith"
    assert copy.country == "Canada"
    assert case.deadline == dt.date(2025, 6, 30)
    assert demands(result) == ["Release the journalists immediately.", "Drop all charges."]


def test_unplaced_text_goes_to_background_with_a_warning() -> None:
    """Text the importer cannot place is kept in the background, never dropped."""
    text = SEED.replace("Write to:", "A note that fits nowhere in particular, really.\n\nWrite to:")
    result = import_text(text)
    unplaced = [s for s in result.case.background if s.heading == UNPLACED_HEADING]
    assert unplaced and "fits nowhere" in unplaced[0].text
    assert "background" in result.warned_fields()


def test_missing_fields_are_named() -> None:
    """A bare paragraph imports, with a warning naming each field it could not find."""
    result = import_text("Someone is in danger and needs our help. Please write.")
    assert {"title", "demands", "recipients", "deadline"} <= result.warned_fields()
    assert result.case.summary or result.case.background


def test_ids_are_unique() -> None:
    """The id is a slug of the person (or title), made unique against ids already taken."""
    result = import_text(SEED, taken_ids={"maryia-kalesnikava", "maryia-kalesnikava-2"})
    assert result.case.id == "maryia-kalesnikava-3"


def test_truncated_text_warns_about_demands() -> None:
    """Text cut off inside the list of demands says so."""
    cut = SEED[: SEED.index("Stop all forms")]
    result = import_text(cut)
    assert demands(result) == SEED_DEMANDS[:2]
    assert "demands" in result.warned_fields()


# --------------------------------------------------------------------------- PDF


@pytest.fixture(scope="module")
def honduras_pdf() -> bytes:
    return make_pdf(HONDURAS)


def test_honduras_as_pdf(honduras_pdf: bytes, tmp_path: Path) -> None:
    """The same UA as a real PDF file (text read with pypdf) imports fully."""
    path = tmp_path / "ua.pdf"
    path.write_bytes(honduras_pdf)
    result = import_file(path)
    check_honduras(result, from_pdf=True)
    assert result.case.source == "Imported from ua.pdf"


def test_encrypted_pdf_is_refused(honduras_pdf: bytes, tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(honduras_pdf)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "locked.pdf"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(UAImportError, match="password"):
        import_file(path)


def test_owner_only_encrypted_pdf_opens(honduras_pdf: bytes) -> None:
    """A PDF with only an owner password (no password to open) imports as usual."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(honduras_pdf)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    check_honduras(import_bytes(buffer.getvalue()), from_pdf=True)


@pytest.mark.parametrize("keep", [0.5, 0.1, 0.02])
def test_truncated_pdf_is_refused_or_partial(honduras_pdf: bytes, keep: float) -> None:
    """A truncated PDF gives a clear error, or whatever text survives (never a crash)."""
    data = honduras_pdf[: int(len(honduras_pdf) * keep)]
    try:
        result = import_bytes(data)
    except UAImportError as exc:
        assert "PDF" in str(exc)
    else:
        assert result.case.title


# --------------------------------------------------------------------------- bad input


def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    """Each bad input the coordinator may hand the importer, as a path."""
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\n\t\n")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 64)
    with (tmp_path / "huge.txt").open("wb") as handle:
        handle.truncate(20 * 1024 * 1024)  # 20 MB (sparse: cheap to make)
    (tmp_path / "folder").mkdir()
    pdf = make_pdf("URGENT ACTION\nA TITLE\nSome text.")
    (tmp_path / "truncated.pdf").write_bytes(pdf[:200])
    (tmp_path / "notreally.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    return {
        "empty": tmp_path / "empty.txt",
        "blank": tmp_path / "blank.txt",
        "binary": tmp_path / "binary.bin",
        "huge": tmp_path / "huge.txt",
        "folder": tmp_path / "folder",
        "missing": tmp_path / "missing.txt",
        "truncated pdf": tmp_path / "truncated.pdf",
        "garbage pdf": tmp_path / "notreally.pdf",
    }


@pytest.mark.parametrize(
    "kind",
    ["empty", "blank", "binary", "huge", "folder", "missing", "truncated pdf", "garbage pdf"],
)
def test_bad_input_is_one_clear_error(tmp_path: Path, kind: str) -> None:
    path = bad_inputs(tmp_path)[kind]
    with pytest.raises(UAImportError) as info:
        import_file(path)
    message = str(info.value)
    assert message and "\n" not in message and "Traceback" not in message


def test_too_much_text_is_refused() -> None:
    with pytest.raises(UAImportError, match="characters"):
        import_text("word " * 100_000)
    with pytest.raises(UAImportError, match="MB"):
        import_bytes(b"x" * (MAX_FILE_BYTES + 1))


def test_decode_refuses_binary() -> None:
    with pytest.raises(UAImportError):
        decode_text(b"\x00\x01\x02\x03" * 100)


# --------------------------------------------------------------------------- properties


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("’", "'").split())


def _reflow(text: str, width: int) -> str:
    """Hard-wrap long lines as an e-mail client would (short lines stay as they are)."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        bullet = bool(re.match(r"\s*([•\-*]|\d\.)\s", line))
        out.extend(
            textwrap.wrap(
                line,
                width,
                break_on_hyphens=False,
                break_long_words=False,
                subsequent_indent="   " if bullet else "",
            )
        )
    return "\n".join(out)


def _shuffle_sections(text: str, order: list[int]) -> str:
    sections = re.split(r"\n\s*\n", text)
    keyed = sorted(range(len(sections)), key=lambda i: order[i % len(order)] * 1000 + i)
    return "\n\n".join(sections[i] for i in keyed)


_BULLETS = ["•", "-", "*", "◦", "–"]
_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252"]


@st.composite
def mangled(draw: st.DrawFn) -> tuple[str, str, bytes, bool]:
    """(sample name, mangled text, its bytes, truncated?)"""
    name = draw(st.sampled_from(["seed", "honduras"]))
    text = SEED if name == "seed" else HONDURAS
    if draw(st.booleans()):
        bullet = draw(st.sampled_from(_BULLETS))
        text = text.replace("•", bullet)
    if draw(st.booleans()):
        text = _reflow(text, draw(st.integers(min_value=25, max_value=100)))
    if draw(st.booleans()):
        text = _shuffle_sections(text, draw(st.lists(st.integers(0, 50), min_size=1, max_size=40)))
    truncated = draw(st.booleans())
    if truncated:
        text = text[: draw(st.integers(min_value=1, max_value=len(text)))]
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    if draw(st.booleans()):
        text = text.replace(" ", "\u00a0", draw(st.integers(0, 30)))
    encoding = draw(st.sampled_from(_ENCODINGS))
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:  # '◦' has no place in cp1252: a user could not save it so
        data = text.encode("utf-8")
    return name, text, data, truncated


@settings(max_examples=120, deadline=1000, suppress_health_check=[HealthCheck.too_slow])
@given(mangled())
def test_mangled_uas_never_crash_or_lose_demands_silently(
    sample: tuple[str, str, bytes, bool],
) -> None:
    """Reflowed, re-encoded, re-bulleted, shuffled, truncated: no crash, within a second
    (the hypothesis deadline), and every demand found in the clean text is found again unless
    a warning names the demands."""
    name, text, data, truncated = sample
    expected = SEED_DEMANDS if name == "seed" else HONDURAS_DEMANDS
    try:
        result = import_bytes(data)
    except UAImportError as exc:
        # Only text cut down to nothing importable may be refused, in one line.
        assert truncated and "\n" not in str(exc), exc
        return
    found = {_norm(d) for d in demands(result)}
    warned = "demands" in result.warned_fields()
    for demand in expected:
        if truncated and _norm(demand) not in _norm(text) and name == "seed":
            continue  # the demand is no longer in the text at all
        assert _norm(demand) in found or warned, (demand, found, result.warnings)


@settings(max_examples=60, deadline=1000)
@given(st.text(max_size=3000))
def test_arbitrary_text_never_crashes(text: str) -> None:
    """Any text at all: a result or one clear error, within a second."""
    try:
        result = import_text(text)
    except UAImportError as exc:
        assert "\n" not in str(exc)
    else:
        assert result.case.title
        assert re.match(r"^[a-z0-9][a-z0-9-]{0,63}$", result.case.id)


def test_forwarded_and_quoted_email() -> None:
    """A forwarded e-mail, quoted with '> ' and with a note on top, still imports the UA."""
    mail = (
        "---------- Forwarded message ---------\nFrom: Coordinator <c@example.org>\n"
        "Date: Mon, 7 Oct 2024\nSubject: Fwd: UA Belarus\nTo: group@example.org\n\n" + SEED
    )
    quoted = "Hi all, see below.\n\n" + "\n".join("> " + line for line in mail.split("\n"))
    result = import_text(quoted)
    assert result.case.title == "Belarus: End the torturous isolation of Maryia Kalesnikava"
    assert demands(result) == SEED_DEMANDS
    assert result.case.recipients[0].name == "Lt.-Gen. Ivan Kubrakou"
    assert result.case.summary.startswith("Maryia Kalesnikava has been")
    # The note is not lost: it is kept as unplaced text, with a warning.
    assert result.case.background[-1].text == "Hi all, see below."
    assert "background" in result.warned_fields()


def test_title_from_the_subject_when_the_text_has_none() -> None:
    body = SEED.split("\n", 1)[1]  # without its title line
    mail = "From: a@example.org\nSubject: Fwd: Free Maryia Kalesnikava\n\n" + body
    result = import_text(mail)
    assert result.case.title == "Free Maryia Kalesnikava"
    assert "title" in result.warned_fields()


def test_name_and_pronoun_line() -> None:
    text = HONDURAS.replace(
        "Name: Berta Zuniga Cáceres, Sotero Chavarría Fúnez, José Asunción Martínez",
        "NAME AND PRONOUN: Berta Zuniga Cáceres (she/her)",
    )
    assert import_text(text).case.people == ("Berta Zuniga Cáceres",)


def seed_as_web_page() -> str:
    """The seed as its web page's HTML (headings, a list, <br> lines, script and style)."""
    import html

    out = [
        "<!DOCTYPE html><html><head><title>Urgent Action | Section</title>"
        "<style>p { color: red }</style><script>var x = '<p>not text</p>';</script>"
        "</head><body><nav><a href='/'>Home</a></nav>"
    ]
    for para in SEED.split("\n\n"):
        para = para.strip()
        if not para:
            continue
        if "•" in para:
            items = "".join(
                f"<li>{html.escape(line.strip().lstrip('• '))}</li>" for line in para.splitlines()
            )
            out.append(f"<ul>{items}</ul>")
        elif len(para) < 70 and not para.endswith((".", ":")) and "Belarus" not in para:
            out.append(f"<h2>{html.escape(para)}</h2>")
        else:
            out.append(f"<p>{html.escape(para).replace(chr(10), '<br>')}</p>")
    out.append("</body></html>")
    return "\n".join(out)


def test_saved_web_page() -> None:
    """A web page saved as HTML imports like its text; scripts and styles are not text."""
    page = seed_as_web_page().replace("<nav><a href='/'>Home</a></nav>", "")
    result = import_text(page)
    case = result.case
    assert case.title == "Belarus: End the torturous isolation of Maryia Kalesnikava"
    assert demands(result) == SEED_DEMANDS
    assert case.recipients[0].address_lines == ("Vul. Haradski Val 4", "Minsk 220030")
    assert [s.heading for s in case.background] == [
        "Arrest and sentencing",
        "Health concerns & political reprisals",
        "Inhumane prison conditions",
    ]
    assert "not text" not in repr(case) and "color" not in repr(case)


def test_recipient_without_markers_before_the_model_letter() -> None:
    """A newer international UA: no "Salutation:", the address just above "Dear ...",
    office and name on one line; the model letter's greeting is the salutation."""
    text = textwrap.dedent("""\
        URGENT ACTION
        STUDENT AT RISK OF EXECUTION
        Student Ahmad Rezaei, 21, is at risk of execution after a grossly unfair trial.

        TAKE ACTION: WRITE AN APPEAL IN YOUR OWN WORDS OR USE THIS MODEL LETTER

        Head of the Judiciary, Gholamhossein Mohseni Ejei
        c/o Embassy of Iran to the European Union
        Avenue Franklin Roosevelt No. 15, 1050 Bruxelles
        Belgium

        Dear Mr Gholamhossein Mohseni Ejei,

        I urge you to immediately quash his conviction and death sentence and release him.
        I also call on you to grant him access to his family and a lawyer of his choosing.

        Yours sincerely,

        PREFERRED LANGUAGE TO ADDRESS TARGET: Persian, English
        PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: 28 April 2023

        NAME AND PRONOUN: Ahmad Rezaei (he/him)
        """)
    result = import_text(text)
    (rec,) = result.case.recipients
    assert (rec.title, rec.name, rec.country) == (
        "Head of the Judiciary",
        "Gholamhossein Mohseni Ejei",
        "Belgium",
    )
    assert rec.address_lines == (
        "c/o Embassy of Iran to the European Union",
        "Avenue Franklin Roosevelt No. 15, 1050 Bruxelles",
    )
    assert rec.salutation == {"en": "Dear Mr Gholamhossein Mohseni Ejei,"}
    assert demands(result) == [
        "Immediately quash his conviction and death sentence and release him.",
        "Grant him access to his family and a lawyer of his choosing.",
    ]
    assert result.case.languages == ("fa", "en")
    assert result.case.people == ("Ahmad Rezaei",)
    assert "recipients" in result.warned_fields()  # found without markers: doubtful


@pytest.fixture(scope="module")
def small_pdf() -> bytes:
    return make_pdf(HONDURAS)


@settings(
    max_examples=40,
    deadline=1000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), max_size=20),
    st.floats(0.05, 1),
)
def test_damaged_pdfs_never_crash(
    small_pdf: bytes, caplog: pytest.LogCaptureFixture, flips: list[tuple[float, int]], keep: float
) -> None:
    """A PDF with bytes flipped and cut short: a result or one clear error, never a crash, and
    no log output from pypdf (it would be extra lines on the command line's stderr)."""
    caplog.clear()
    data = bytearray(small_pdf)
    for where, value in flips:
        data[int(where * len(data))] = value
    try:
        import_bytes(bytes(data[: max(8, int(len(data) * keep))]))
    except UAImportError as exc:
        assert "\n" not in str(exc)
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]
