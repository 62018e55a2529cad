"""Urgent Action cases: the data model, and reading and writing it as human-editable TOML."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import unicodedata
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import tomli_w

from composer.model.messages import english
from composer.model.plain_text import without_direction_controls

# Text that may exist in several languages: the case's own language first, translations after.
Localized = dict[str, str]

# Names Windows keeps for devices: a case file called con.toml cannot be made or read there.
WINDOWS_DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))}
)
CASE_ID_RE = re.compile(
    rf"^(?!(?:{'|'.join(sorted(WINDOWS_DEVICE_NAMES))})$)[a-z0-9][a-z0-9-]{{0,63}}$"
)


def case_id_code(case_id: str) -> str | None:
    """Why ``case_id`` cannot name a case, as a code of composer.model.messages (its one
    parameter is ``case``), or None if it can."""
    if case_id in WINDOWS_DEVICE_NAMES:
        return "case.id-device"
    if not CASE_ID_RE.match(case_id):
        return "case.id-shape"
    return None


def slugify(text: str) -> str:
    """A case id from a name or title: ASCII letters, digits and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > 48:
        slug = slug[:48].rsplit("-", 1)[0]
    return slug or "imported-case"


def unique_id(base: str, taken: Collection[str]) -> str:
    """A case id from ``base`` that is not in ``taken`` (a number is added if needed)."""
    base = slugify(base)[:56].strip("-") or "imported-case"
    if base in WINDOWS_DEVICE_NAMES:
        base = f"case-{base}"
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


PRONOUNS = frozenset({"", "she", "he", "they"})
DEMAND_KINDS = frozenset({"", "release"})


class CaseError(ValueError):
    """A case file that cannot be used; the message names the field and, where known, the line."""

    def __init__(
        self,
        message: str,
        *,
        field: str = "",
        line: int | None = None,
        source: str = "",
        code: str = "",
        params: Mapping[str, object] | None = None,
    ) -> None:
        where = []
        if source:
            where.append(source)
        if line is not None:
            where.append(f"line {line}")
        prefix = ", ".join(where)
        subject = f"{field}: " if field else ""
        super().__init__(f"{prefix}: {subject}{message}" if prefix else f"{subject}{message}")
        self.field = field
        self.line = line
        self.source = source
        self.message = message  # without where it happened
        self.code = code  # composer.model.messages: the window says it in its own language
        self.params: dict[str, object] = dict(params or {})

    @classmethod
    def coded(
        cls,
        code: str,
        *,
        field: str = "",
        line: int | None = None,
        source: str = "",
        **params: object,
    ) -> CaseError:
        """The error for ``code`` (composer.model.messages), in English, with its parameters."""
        return cls(
            english(code, params), field=field, line=line, source=source, code=code, params=params
        )


def pick(text: Localized, language: str, fallback: str) -> str:
    """The text in ``language``, else in ``fallback`` (the case's language), else any."""
    if language in text:
        return text[language]
    if fallback in text:
        return text[fallback]
    return next(iter(text.values()), "")


@dataclass(frozen=True)
class Demand:
    """One thing the writer asks the official to do, as the UA states it (an imperative)."""

    text: Localized
    # "release" for the demand to free the person: the other demands may be asked "pending
    # her release"; empty for any other demand.
    kind: str = ""

    def in_language(self, language: str, fallback: str) -> str:
        return pick(self.text, language, fallback)


@dataclass(frozen=True)
class Recipient:
    """An official to write to (or a diplomat to copy)."""

    name: str
    title: str = ""
    organisation: str = ""
    address_lines: tuple[str, ...] = ()
    country: str = ""
    salutation: Localized = field(default_factory=dict)
    email: str = ""
    fax: str = ""

    def salutation_in(self, language: str, fallback: str) -> str:
        return pick(self.salutation, language, fallback)

    def envelope_lines(self) -> list[str]:
        """The address as the post reads it: no blank lines, the country in capitals, last."""
        lines = [self.name, self.title, self.organisation, *self.address_lines]
        lines = [line.strip() for line in lines if line and line.strip()]
        if self.country.strip():
            lines.append(self.country.strip().upper())
        return lines


@dataclass(frozen=True)
class BackgroundSection:
    heading: str
    text: str


@dataclass(frozen=True)
class Case:
    """Everything an Urgent Action holds."""

    id: str
    title: str
    language: str = "en"
    country: str = ""
    people: tuple[str, ...] = ()
    summary: str = ""
    # One clause saying what is happening to the people, used by the letter's opening
    # ("..., who {situation}."); per language.
    situation: Localized = field(default_factory=dict)
    # One or two sentences of the case's facts for the letter's opening, per language.
    facts: Localized = field(default_factory=dict)
    # The people's names as written in a language (Cyrillic in a Russian letter), per language.
    names: Localized = field(default_factory=dict)
    # "she", "he" or "they": lets the wording say "pending her release"; empty if unknown.
    pronoun: str = ""
    action_intro: str = ""
    demands: tuple[Demand, ...] = ()
    recipients: tuple[Recipient, ...] = ()
    copies_to: tuple[Recipient, ...] = ()
    languages: tuple[str, ...] = ()
    deadline: dt.date | None = None
    deadline_note: str = ""
    ua_number: str = ""
    index: str = ""
    issued: dt.date | None = None
    source: str = ""
    background: tuple[BackgroundSection, ...] = ()
    model_letter: str = ""

    @property
    def recipient(self) -> Recipient | None:
        return self.recipients[0] if self.recipients else None

    def deadline_passed(self, today: dt.date | None = None) -> bool:
        if self.deadline is None:
            return False
        return (today or dt.date.today()) > self.deadline

    def people_text(self, conjunction: str = "and", language: str = "") -> str:
        if language in self.names:
            return self.names[language]
        names = list(self.people)
        if len(names) <= 1:
            return names[0] if names else ""
        return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


# --------------------------------------------------------------------------- TOML reading


def _line_of(text: str, key_path: str) -> int | None:
    """Best-effort line number of a key in the TOML source (tomllib reports none for types)."""
    last = key_path.rsplit(".", 1)[-1]
    last = re.sub(r"\[\d+\]$", "", last)
    table = key_path.split(".", 1)[0]
    table = re.sub(r"\[\d+\]$", "", table)
    index_match = re.search(r"\[(\d+)\]", key_path)
    want_index = int(index_match.group(1)) if index_match else None
    seen = -1
    in_table = "." not in key_path
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line.startswith("[[") and line.strip("[] ") == table:
            seen += 1
            in_table = want_index is None or seen == want_index
            continue
        if line.startswith("[") and not line.startswith(f"[{table}"):
            in_table = "." not in key_path
        if in_table and re.match(rf"^{re.escape(last)}\s*=", line):
            return number
    return None


class _Reader:
    """Walks the parsed TOML, checking types and naming the field of any error."""

    def __init__(self, text: str, source: str) -> None:
        self.text = text
        self.source = source

    def fail(self, path: str, code: str, **params: object) -> CaseError:
        """The error ``code`` (composer.model.messages) about the field at ``path``."""
        return CaseError.coded(
            code, field=path, line=_line_of(self.text, path), source=self.source, **params
        )

    def string(
        self,
        data: Mapping[str, Any],
        key: str,
        path: str,
        *,
        required: bool = False,
        default: str = "",
    ) -> str:
        if key not in data:
            if required:
                raise self.fail(path, "case.field-missing")
            return default
        value = data[key]
        if not isinstance(value, str):
            raise self.fail(path, "case.not-text")
        if required and not value.strip():
            raise self.fail(path, "case.field-empty")
        return value.strip()

    def strings(self, data: Mapping[str, Any], key: str, path: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(path, "case.not-text-list")
        return tuple(v.strip() for v in value if v.strip())

    def localized(
        self, data: Mapping[str, Any], key: str, path: str, language: str, *, required: bool = False
    ) -> Localized:
        if key not in data:
            if required:
                raise self.fail(path, "case.field-missing")
            return {}
        value = data[key]
        if isinstance(value, str):
            if required and not value.strip():
                raise self.fail(path, "case.field-empty")
            return {language: value.strip()} if value.strip() else {}
        if isinstance(value, dict):
            result: Localized = {}
            for lang, text in value.items():
                if not isinstance(text, str):
                    raise self.fail(f"{path}.{lang}", "case.not-text")
                if text.strip():
                    result[lang] = text.strip()
            if required and not result:
                raise self.fail(path, "case.field-empty")
            return result
        raise self.fail(path, "case.not-localized")

    def date(self, data: Mapping[str, Any], key: str, path: str) -> dt.date | None:
        if key not in data:
            return None
        value = data[key]
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise self.fail(path, "case.not-date")

    def tables(self, data: Mapping[str, Any], key: str, path: str) -> list[Mapping[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(path, "case.not-tables", key=key)
        return value

    def recipient(self, data: Mapping[str, Any], path: str, language: str) -> Recipient:
        return Recipient(
            name=self.string(data, "name", f"{path}.name", required=True),
            title=self.string(data, "title", f"{path}.title"),
            organisation=self.string(data, "organisation", f"{path}.organisation"),
            address_lines=self.strings(data, "address", f"{path}.address"),
            country=self.string(data, "country", f"{path}.country"),
            salutation=self.localized(data, "salutation", f"{path}.salutation", language),
            email=self.string(data, "email", f"{path}.email"),
            fax=self.string(data, "fax", f"{path}.fax"),
        )


_KNOWN_KEYS = {
    "id",
    "title",
    "language",
    "country",
    "people",
    "summary",
    "situation",
    "facts",
    "names",
    "pronoun",
    "action_intro",
    "demands",
    "recipients",
    "copies_to",
    "languages",
    "deadline",
    "deadline_note",
    "ua_number",
    "index",
    "issued",
    "source",
    "background",
    "model_letter",
    "format",
}


def _without_direction_controls(value: Any) -> Any:
    """The parsed data with direction overrides taken out of every string (see plain_text)."""
    if isinstance(value, str):
        return without_direction_controls(value)
    if isinstance(value, Mapping):
        return {key: _without_direction_controls(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_without_direction_controls(item) for item in value]
    return value


def case_from_dict(data: Mapping[str, Any], *, text: str = "", source: str = "") -> Case:
    """Build and validate a case from parsed TOML (or JSON) data."""
    data = _without_direction_controls(data)
    r = _Reader(text, source)
    unknown = sorted(set(data) - _KNOWN_KEYS)
    if unknown:
        raise r.fail(unknown[0], "case.unknown-field")
    case_id = r.string(data, "id", "id", required=True)
    problem = case_id_code(case_id)
    if problem:
        raise r.fail("id", problem, case=case_id)
    language = r.string(data, "language", "language", default="en") or "en"
    pronoun = r.string(data, "pronoun", "pronoun")
    if pronoun not in PRONOUNS:
        raise r.fail("pronoun", "case.bad-pronoun")
    demands = []
    for i, item in enumerate(r.tables(data, "demands", "demands")):
        kind = r.string(item, "kind", f"demands[{i}].kind")
        if kind not in DEMAND_KINDS:
            raise r.fail(f"demands[{i}].kind", "case.bad-demand-kind")
        demands.append(
            Demand(r.localized(item, "text", f"demands[{i}].text", language, required=True), kind)
        )
    recipients = tuple(
        r.recipient(item, f"recipients[{i}]", language)
        for i, item in enumerate(r.tables(data, "recipients", "recipients"))
    )
    copies = tuple(
        r.recipient(item, f"copies_to[{i}]", language)
        for i, item in enumerate(r.tables(data, "copies_to", "copies_to"))
    )
    background = tuple(
        BackgroundSection(
            heading=r.string(item, "heading", f"background[{i}].heading"),
            text=r.string(item, "text", f"background[{i}].text", required=True),
        )
        for i, item in enumerate(r.tables(data, "background", "background"))
    )
    return Case(
        id=case_id,
        title=r.string(data, "title", "title", required=True),
        language=language,
        country=r.string(data, "country", "country"),
        people=r.strings(data, "people", "people"),
        summary=r.string(data, "summary", "summary"),
        situation=r.localized(data, "situation", "situation", language),
        facts=r.localized(data, "facts", "facts", language),
        names=r.localized(data, "names", "names", language),
        pronoun=pronoun,
        action_intro=r.string(data, "action_intro", "action_intro"),
        demands=tuple(demands),
        recipients=recipients,
        copies_to=copies,
        languages=r.strings(data, "languages", "languages"),
        deadline=r.date(data, "deadline", "deadline"),
        deadline_note=r.string(data, "deadline_note", "deadline_note"),
        ua_number=r.string(data, "ua_number", "ua_number"),
        index=r.string(data, "index", "index"),
        issued=r.date(data, "issued", "issued"),
        source=r.string(data, "source", "source"),
        background=background,
        model_letter=r.string(data, "model_letter", "model_letter"),
    )


def case_from_toml(text: str, *, source: str = "") -> Case:
    """Parse a case file; any problem raises CaseError naming the field and line."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise CaseError.coded(
            "case.not-toml",
            line=int(match.group(1)) if match else None,
            source=source,
            detail=exc,
        ) from exc
    except RecursionError as exc:  # tomllib recurses once per level of [[[...]]] or {a={...}}
        raise CaseError.coded("case.too-deep", source=source) from exc
    return case_from_dict(data, text=text, source=source)


# --------------------------------------------------------------------------- TOML writing


def _localized_out(text: Localized, language: str) -> str | dict[str, str]:
    if set(text) <= {language}:
        return text.get(language, "")
    return dict(text)


def _recipient_out(rec: Recipient, language: str) -> dict[str, Any]:
    out: dict[str, Any] = {"name": rec.name}
    for key in ("title", "organisation"):
        if getattr(rec, key):
            out[key] = getattr(rec, key)
    if rec.address_lines:
        out["address"] = list(rec.address_lines)
    if rec.country:
        out["country"] = rec.country
    if rec.salutation:
        out["salutation"] = _localized_out(rec.salutation, language)
    for key in ("email", "fax"):
        if getattr(rec, key):
            out[key] = getattr(rec, key)
    return out


def case_to_dict(case: Case) -> dict[str, Any]:
    """Plain data for TOML or JSON; empty fields are left out."""
    lang = case.language
    out: dict[str, Any] = {"id": case.id, "title": case.title, "language": lang}
    simple: Iterable[tuple[str, Any]] = (
        ("country", case.country),
        ("people", list(case.people)),
        ("summary", case.summary),
        ("situation", _localized_out(case.situation, lang) if case.situation else ""),
        ("facts", _localized_out(case.facts, lang) if case.facts else ""),
        ("names", dict(case.names)),
        ("pronoun", case.pronoun),
        ("action_intro", case.action_intro),
        ("languages", list(case.languages)),
        ("deadline", case.deadline),
        ("deadline_note", case.deadline_note),
        ("ua_number", case.ua_number),
        ("index", case.index),
        ("issued", case.issued),
        ("source", case.source),
        ("model_letter", case.model_letter),
    )
    for key, value in simple:
        if value:
            out[key] = value
    if case.demands:
        out["demands"] = [
            {"text": _localized_out(d.text, lang), **({"kind": d.kind} if d.kind else {})}
            for d in case.demands
        ]
    if case.recipients:
        out["recipients"] = [_recipient_out(r, lang) for r in case.recipients]
    if case.copies_to:
        out["copies_to"] = [_recipient_out(r, lang) for r in case.copies_to]
    if case.background:
        out["background"] = [
            {"heading": s.heading, "text": s.text} if s.heading else {"text": s.text}
            for s in case.background
        ]
    return out


def case_to_toml(case: Case) -> str:
    return tomli_w.dumps(case_to_dict(case), multiline_strings=True)
