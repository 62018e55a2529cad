"""The corpus of real appeals (tests/data/appeals): each text in every container a coordinator
receives, made at test time, and the score of an import against the hand-written expectations.

Containers: the text as saved, a multipart e-mail as a mail program writes it (quoted-printable,
and base64 forwarded inside another message), a PDF laid out by fpdf2 (long lines wrapped, so
the reader must rebuild paragraphs), a Word .docx and a saved web page.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import Any

from composer.model.importer import ImportResult

ROOT = Path(__file__).resolve().parents[1]
APPEALS = ROOT / "tests" / "data" / "appeals"
FONT = ROOT / "resources" / "fonts" / "NotoSerif-Regular.ttf"


@dataclass(frozen=True)
class Appeal:
    name: str
    text: str
    expected: dict[str, Any]
    source: str


def load_corpus() -> list[Appeal]:
    appeals = []
    for path in sorted(APPEALS.glob("*.txt")):
        meta = tomllib.loads(path.with_suffix(".toml").read_text(encoding="utf-8"))
        appeals.append(
            Appeal(path.stem, path.read_text(encoding="utf-8"), meta["expected"], meta["source"])
        )
    return appeals


# --------------------------------------------------------------------------- containers


def _paragraph_html(text: str) -> str:
    blocks = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [html.escape(line.strip()) for line in block.split("\n") if line.strip()]
        if lines:
            blocks.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(blocks)


def make_html(text: str, title: str = "Amnesty group - Urgent Actions") -> bytes:
    """A saved web page: site navigation, a script, the text in paragraphs, a footer."""
    page = (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title>"
        "<script>var tracking = {'page': 'ua'}; document.write('<p>Cookie banner</p>');</script>"
        "<style>p { margin: 0 }</style></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
        f"<main><article>\n{_paragraph_html(text)}\n</article></main>"
        "<footer><p>&copy; 2024 Local group</p></footer></body></html>"
    )
    return page.encode("utf-8")


def make_eml(text: str, *, encoding: str = "quoted-printable", forwarded: bool = False) -> bytes:
    """A multipart/alternative message (text and HTML) as a mail program saves it; with
    ``forwarded`` it is attached (message/rfc822) to a short covering note."""
    inner = EmailMessage()
    inner["From"] = "Urgent Action Office <ua@example.org>"
    inner["To"] = "Network <network@example.org>"
    inner["Subject"] = "Urgent Action: please write now"
    inner["Date"] = "Tue, 02 Jan 2024 09:00:00 +0000"
    inner["MIME-Version"] = "1.0"
    cte = "base64" if encoding == "base64" else "quoted-printable"
    inner.set_content(text, charset="utf-8", cte=cte)
    inner.add_alternative(
        f"<html><body>{_paragraph_html(text)}</body></html>", subtype="html", cte=cte
    )
    if not forwarded:
        return inner.as_bytes(policy=SMTP)
    outer = EmailMessage()
    outer["From"] = "Coordinator <coord@example.org>"
    outer["To"] = "Group <group@example.org>"
    outer["Subject"] = "Fwd: Urgent Action: please write now"
    outer["Date"] = "Wed, 03 Jan 2024 10:00:00 +0000"
    outer.set_content("Hi all, the appeal for this month is below. Thanks!\n")
    outer.add_attachment(inner)
    return outer.as_bytes(policy=SMTP)


def make_pdf(text: str) -> bytes:
    """A one-column A4 PDF: each line as found, long ones wrapped at the margin, a gap
    between paragraphs (as a section's PDF lays them out)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("Serif", "", str(FONT))
    pdf.set_font("Serif", size=10)
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    for line in text.split("\n"):
        if not line.strip():
            pdf.ln(3)
            continue
        pdf.multi_cell(0, 5, line.strip(), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def make_docx(text: str) -> bytes:
    """A Word file as Word writes it: 8 pt after each paragraph, a line break for each line
    inside one, bullets as list paragraphs."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].paragraph_format.space_after = Pt(8)  # as Word's own template
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if all(re.match(r"^[•\-*]\s+", line) for line in lines):
            for line in lines:
                document.add_paragraph(re.sub(r"^[•\-*]\s+", "", line), style="List Bullet")
            continue
        paragraph = document.add_paragraph()
        for i, line in enumerate(lines):
            run = paragraph.add_run(line)
            if i < len(lines) - 1:
                run.add_break()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


CONTAINERS: dict[str, tuple[str, Callable[[str], bytes]]] = {
    "text": (".txt", lambda text: text.encode("utf-8")),
    "eml-qp": (".eml", make_eml),
    "eml-base64-fwd": (".eml", lambda text: make_eml(text, encoding="base64", forwarded=True)),
    "pdf": (".pdf", make_pdf),
    "docx": (".docx", make_docx),
    "html": (".html", make_html),
}


# --------------------------------------------------------------------------- scoring


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").casefold().split()).strip(" ,:;.")


def _same(found: str, expected: str) -> bool:
    return _norm(found) == _norm(expected)


def score(result: ImportResult, expected: dict[str, Any]) -> dict[str, bool]:
    """Each expected field: found as a volunteer would want it (True) or not (False)."""
    case = result.case
    recipients = case.recipients
    first = recipients[0] if recipients else None
    demands = [d.in_language(case.language, case.language) for d in case.demands]
    checks: dict[str, bool] = {}
    for key, want in expected.items():
        if key == "title_has":
            ok = all(_norm(w) in _norm(case.title) for w in want)
        elif key == "country":
            ok = _same(case.country, want)
        elif key == "language":
            ok = case.language == want
        elif key == "recipients":
            ok = len(recipients) == want
        elif key == "recipient_name":
            ok = first is not None and _same(first.name, want)
        elif key == "recipient_title":
            ok = first is not None and _same(first.title, want)
        elif key == "recipient_country":
            ok = first is not None and _same(first.country, want)
        elif key == "salutation":
            ok = first is not None and any(_same(s, want) for s in first.salutation.values())
        elif key == "demands":
            ok = len(demands) >= want if want else not demands
        elif key == "demand_has":
            ok = any(all(_norm(w) in _norm(d) for w in want) for d in demands)
        elif key == "deadline":
            ok = case.deadline == (want if isinstance(want, dt.date) else None)
        elif key == "ua_number":
            ok = case.ua_number.replace(" ", "") == want
        elif key == "languages":
            ok = list(case.languages) == list(want)
        else:  # pragma: no cover - a typo in a TOML file
            raise KeyError(key)
        checks[key] = ok
    return checks


def case_words(result: ImportResult) -> set[str]:
    """Every word the imported case holds, anywhere (to check that no text was lost)."""
    texts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                walk(getattr(value, name))

    walk(result.case)
    for date in (result.case.deadline, result.case.issued):
        if date is not None:
            texts.append(date.strftime("%B %d %Y"))
    return set(re.findall(r"\w{4,}", " ".join(texts).casefold()))


# Words of the labels the importer reads and turns into fields ("Salutation:", "Write to:",
# "PREFERRED LANGUAGE TO ADDRESS TARGET:", "Issue date:", "His Excellency"), and of the
# boilerplate it drops ("Here's what you can do", "You can also write in your own language").
LABEL_WORDS = frozenset(
    [
        "salutation",
        "salutations",
        "subject",
        "email",
        "e-mail",
        "fax",
        "index",
        "issue",
        "date",
        "further",
        "information",
        "gender",
        "name",
        "names",
        "pronouns",
        "preferred",
        "language",
        "languages",
        "address",
        "adresse",
        "target",
        "urgent",
        "action",
        "write",
        "appelle",
        "inhalt",
        "excellency",
        "monsieur",
        "madame",
        "republic",
        "kingdom",
        "arab",
        "here",
        "what",
        "also",
        "both",
        "third",
        "spanish",
        "tratamiento",
        "envía",
        "llamamientos",
    ]
)


def source_words(text: str) -> set[str]:
    return set(re.findall(r"\w{4,}", text.casefold())) - LABEL_WORDS
