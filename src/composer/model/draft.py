"""A letter draft: ordered blocks the writer owns.

The draft is a list of blocks (date, recipient, salutation, opening, personal paragraph, one block
per demand, closing, valediction, signature). Template parts fill each block once; from then on a
block the writer has edited is never regenerated. Unticking a demand hides its block and ticking
it again brings back the same text, in the case's order; nothing else changes.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from composer.model.case import Case, Recipient
from composer.model.letter import Letter
from composer.model.messages import CodedValueError
from composer.model.plain_text import without_direction_controls
from composer.model.sender import (
    Sender,
    date_locale,
    long_date,
    return_address,
    town_in_text,
)
from composer.model.templates import LANGUAGES, render_part, shipped_count, variant_count
from composer.model.typography import typeset, typeset_name


class DraftError(CodedValueError):
    """A draft that cannot be made or restored (a language no letter is written in, a saved
    draft that is damaged): one sentence, coded for the window."""


class BlockKind(StrEnum):
    DATE = "date"
    RECIPIENT = "recipient"
    SALUTATION = "salutation"
    OPENING = "opening"
    PERSONAL = "personal"
    DEMAND = "demand"
    CLOSING = "closing"
    VALEDICTION = "valediction"
    SIGNATURE = "signature"


# Blocks whose words come from a language's templates; the others are the writer's or the case's.
LANGUAGE_KINDS = frozenset(
    {
        BlockKind.DATE,
        BlockKind.SALUTATION,
        BlockKind.OPENING,
        BlockKind.DEMAND,
        BlockKind.CLOSING,
        BlockKind.VALEDICTION,
    }
)
# Blocks that have more than one wording to offer.
REWORDABLE_KINDS = frozenset(
    {BlockKind.OPENING, BlockKind.DEMAND, BlockKind.CLOSING, BlockKind.VALEDICTION}
)

# The "cc:" line's label, per language (a list of copies' recipients follows it).
COPIES_LABELS = {"en": "cc:", "fr": "c. c. :", "es": "c. c.:", "de": "Kopie an:", "ru": "Копия:"}
__all__ = ["Block", "BlockKind", "Draft", "LanguageChange", "Sender"]

_DEMAND_PREFIX = "demand-"


def demand_key(index: int) -> str:
    """The key of the block that holds the case's demand ``index`` (from 0): "demand-2"."""
    return f"{_DEMAND_PREFIX}{index}"


def demand_index(key: str) -> int | None:
    """The demand a block key names (``demand_key``'s inverse), or None for other blocks."""
    number = key.removeprefix(_DEMAND_PREFIX)
    return int(number) if number != key and number.isdigit() else None


@dataclass
class Block:
    key: str  # "opening", "demand-2", ...: stable across languages and toggles
    kind: BlockKind
    text: str
    generated: str  # what the templates last produced; text != generated means "edited"
    variant: int = 0
    included: bool = True
    # The writer's edits of this block in other languages, set aside on a language switch.
    edits_by_language: dict[str, str] = field(default_factory=dict)

    @property
    def edited(self) -> bool:
        return self.text != self.generated

    @property
    def demand_index(self) -> int | None:
        return demand_index(self.key) if self.kind is BlockKind.DEMAND else None


@dataclass(frozen=True)
class LanguageChange:
    """What a language switch did: edited blocks set aside, and ones restored."""

    set_aside: tuple[str, ...]
    restored: tuple[str, ...]


class Draft:
    """One writer's letter for one case."""

    def __init__(
        self,
        case: Case,
        language: str,
        sender: Sender,
        seed: int,
        blocks: list[Block],
        recipient_index: int = 0,
        date: dt.date | None = None,
    ) -> None:
        self.case = case
        self.language = language
        self.sender = sender
        self.seed = seed
        self.blocks = blocks
        self.recipient_index = recipient_index
        self.date = date  # None: the day the letter is printed

    # ------------------------------------------------------------------ construction

    @classmethod
    def new(
        cls,
        case: Case,
        language: str = "en",
        sender: Sender | None = None,
        seed: int | None = None,
        date: dt.date | None = None,
    ) -> Draft:
        if language not in LANGUAGES:
            raise DraftError.coded(
                "draft.unknown-language", languages=", ".join(LANGUAGES), language=language
            )
        draft = cls(
            case,
            language,
            sender or Sender(),
            random.SystemRandom().getrandbits(32) if seed is None else seed,
            [],
            0,
            date,
        )
        keys: list[tuple[str, BlockKind]] = [
            ("date", BlockKind.DATE),
            ("recipient", BlockKind.RECIPIENT),
            ("salutation", BlockKind.SALUTATION),
            ("opening", BlockKind.OPENING),
            ("personal", BlockKind.PERSONAL),
            *((demand_key(i), BlockKind.DEMAND) for i in range(len(case.demands))),
            ("closing", BlockKind.CLOSING),
            ("valediction", BlockKind.VALEDICTION),
            ("signature", BlockKind.SIGNATURE),
        ]
        for key, kind in keys:
            variant = draft._initial_variant(key, kind)
            text = draft._generate_text(kind, key, variant)
            draft.blocks.append(Block(key, kind, text, text, variant))
        return draft

    def _initial_variant(self, key: str, kind: BlockKind) -> int:
        if kind not in REWORDABLE_KINDS:
            return 0
        count = variant_count(self.language, kind.value)
        if kind is BlockKind.DEMAND:
            return self._demand_variants()[demand_index(key) or 0]
        return random.Random(f"{self.seed}:{key}").randrange(count)

    def _demand_variants(self) -> list[int]:
        """Each demand's wording: a shuffle of the language's wordings, so that no two demands
        share one (and whichever demands are ticked, no two neighbours open alike) as long as
        the language has as many wordings as the case has demands; beyond that they cycle.
        A custom wording (a case pack's) is always among those the demands use."""
        count = variant_count(self.language, BlockKind.DEMAND.value)
        shipped = min(count, shipped_count(self.language, BlockKind.DEMAND.value)) or count
        rng = random.Random(f"{self.seed}:demand")
        order = list(range(shipped))
        rng.shuffle(order)
        demands = max(1, len(self.case.demands))
        for custom in range(shipped, count):
            order.insert(rng.randrange(min(demands, len(order) + 1)), custom)
        return [order[i % count] for i in range(len(self.case.demands))]

    # ------------------------------------------------------------------ generation

    @property
    def recipient(self) -> Recipient | None:
        # The case's recipients, then its copies-to (composer.model.recipients.addressees).
        recipients = (*self.case.recipients, *self.case.copies_to)
        if not recipients:
            return None
        return recipients[min(self.recipient_index, len(recipients) - 1)]

    def _salutation(self) -> str:
        rec = self.recipient
        if rec is None:
            return ""
        if self.language in rec.salutation:
            return rec.salutation[self.language]
        if self.language == self.case.language:
            return next(iter(rec.salutation.values()), "")
        return ""  # the template's polite default in this language

    def _in_language(self, text: Mapping[str, str]) -> str:
        """A case text in the letter's language; the case's own only if that is the letter's."""
        if self.language in text:
            return text[self.language]
        if self.language == self.case.language:
            return next(iter(text.values()), "")
        return ""

    def _context(self, demand: str = "", release: bool = False) -> dict[str, Any]:
        case = self.case
        conjunction = {"fr": "et", "es": "y", "de": "und", "ru": "и"}.get(self.language, "and")
        return {
            "language": self.language,
            "people": case.people_text(conjunction, self.language) or case.title,
            "situation": self._in_language(case.situation),
            "facts": self._in_language(case.facts),
            "pronoun": case.pronoun,
            "release": release,
            "country": case.country,
            "case": {"title": case.title, "country": case.country},
            "sender": {
                "name": self.sender.name,
                "town": town_in_text(self.sender.town, self.language),
                "postal_code": self.sender.postal_code,
                "country": self.sender.country,
            },
            "recipient": {
                "name": self.recipient.name if self.recipient else "",
                "title": self.recipient.title if self.recipient else "",
            },
            "salutation": self._salutation(),
            "date": self.date_text(),
            "demand": demand,
        }

    def date_text(self, today: dt.date | None = None) -> str:
        day = self.date or today or dt.date.today()
        locale = date_locale(self.language, self.sender.country)
        return long_date(day, locale)

    def demand_text(self, index: int) -> str:
        """The case's demand in the letter's language (the case's own words if untranslated)."""
        return self.case.demands[index].in_language(self.language, self.case.language)

    def demand_translated(self, index: int) -> bool:
        return self.language in self.case.demands[index].text

    def _generate_text(self, kind: BlockKind, key: str, variant: int) -> str:
        if kind is BlockKind.RECIPIENT:
            rec = self.recipient
            return "\n".join(rec.envelope_lines()) if rec else ""
        if kind is BlockKind.PERSONAL:
            return ""
        if kind is BlockKind.SIGNATURE:
            return self.sender.name
        if kind is BlockKind.DEMAND:
            index = demand_index(key) or 0
            context = self._context(
                self.demand_text(index), release=self.case.demands[index].kind == "release"
            )
        else:
            context = self._context()
        fallback = None
        if kind is BlockKind.DEMAND:
            fallback = functools.partial(self._demand_fallback, key, variant)
        text = render_part(self.language, kind.value, variant, context, fallback=fallback)
        return typeset(without_direction_controls(text), self.language)

    def _demand_fallback(self, key: str, variant: int) -> int:
        """A shipped wording for a demand whose custom wording is left out: one that no other
        demand uses, so that neighbours still open differently."""
        part = BlockKind.DEMAND.value
        count = variant_count(self.language, part)
        shipped = shipped_count(self.language, part) or count
        index = demand_index(key) or 0
        planned = self._demand_variants()
        others = {v for i, v in enumerate(planned) if i != index}
        others |= {
            b.variant % count for b in self.blocks if b.kind is BlockKind.DEMAND and b.key != key
        }
        for step in range(shipped):
            candidate = (variant + step) % shipped
            if candidate not in others:
                return candidate
        return variant % shipped

    def _refresh(self, block: Block) -> bool:
        """Regenerate a block the writer has not edited; returns whether its text changed."""
        new = self._generate_text(block.kind, block.key, block.variant)
        if block.edited:
            block.generated = block.generated if block.kind is BlockKind.PERSONAL else new
            return False
        changed = block.text != new
        block.text = block.generated = new
        return changed

    # ------------------------------------------------------------------ queries

    def __iter__(self) -> Iterator[Block]:
        return iter(self.blocks)

    def block(self, key: str) -> Block:
        for block in self.blocks:
            if block.key == key:
                return block
        raise KeyError(key)

    def visible_blocks(self) -> list[Block]:
        """The blocks that make the letter, in order (unticked demands left out)."""
        return [b for b in self.blocks if b.included]

    def included_demands(self) -> list[int]:
        return [
            b.demand_index
            for b in self.blocks
            if b.kind is BlockKind.DEMAND and b.included and b.demand_index is not None
        ]

    def makes_a_request(self) -> bool:
        return any(b.text.strip() for b in self.blocks if b.kind is BlockKind.DEMAND and b.included)

    # ------------------------------------------------------------------ edits

    def set_text(self, key: str, text: str) -> None:
        self.block(key).text = without_direction_controls(text)

    def set_demand(self, index: int, included: bool) -> None:
        if not 0 <= index < len(self.case.demands):
            raise IndexError(f"the case has {len(self.case.demands)} demands, not {index + 1}")
        self.block(demand_key(index)).included = included

    def set_personal(self, text: str) -> None:
        self.set_text("personal", text)

    def set_sender(self, sender: Sender) -> list[str]:
        """Take new sender details; returns the keys of blocks whose text changed."""
        self.sender = sender
        return [
            b.key
            for b in self.blocks
            if b.kind in (BlockKind.SIGNATURE, BlockKind.OPENING, BlockKind.DATE)
            and self._refresh(b)
        ]

    def set_recipient(self, index: int) -> list[str]:
        """Address the letter to another recipient (recipients, then copies-to); the address
        and salutation become that recipient's own. Returns the keys of blocks that changed."""
        self.recipient_index = index
        changed = []
        for block in self.blocks:
            if block.kind in (BlockKind.RECIPIENT, BlockKind.SALUTATION):
                new = self._generate_text(block.kind, block.key, block.variant)
                if new != block.text:
                    changed.append(block.key)
                block.text = block.generated = new
            elif block.kind not in (BlockKind.PERSONAL, BlockKind.SIGNATURE) and self._refresh(
                block
            ):
                changed.append(block.key)
        return changed

    def reword(self, key: str) -> str:
        """Switch a block to its next wording (the writer's edits of it are replaced)."""
        block = self.block(key)
        if block.kind not in REWORDABLE_KINDS:
            raise ValueError(f"the {block.kind.value} has only one wording")
        count = variant_count(self.language, block.kind.value)
        taken = {b.variant for b in self.blocks if b.kind is BlockKind.DEMAND and b.key != key}
        step = 1
        if block.kind is BlockKind.DEMAND:
            # The next wording no other demand uses, if there is one.
            while step < count and (block.variant + step) % count in taken:
                step += 1
            step = step if step < count else 1
        block.variant = (block.variant + step) % count
        block.text = block.generated = self._generate_text(block.kind, key, block.variant)
        return block.text

    def set_language(self, language: str) -> LanguageChange:
        """Re-render the template parts in ``language``.

        Blocks the writer left alone are simply re-rendered. An edited block's wording belongs to
        the language it was written in: it is set aside and comes back when the writer switches
        back; the blocks that are the writer's own (personal paragraph, recipient, signature) stay.
        """
        if language not in LANGUAGES:
            raise DraftError.coded(
                "draft.unknown-language", languages=", ".join(LANGUAGES), language=language
            )
        if language == self.language:
            return LanguageChange((), ())
        set_aside: list[str] = []
        restored: list[str] = []
        old = self.language
        self.language = language
        for block in self.blocks:
            if block.kind not in LANGUAGE_KINDS:
                self._refresh(block)
                continue
            if block.edited:
                block.edits_by_language[old] = block.text
                set_aside.append(block.key)
            if block.kind is BlockKind.DEMAND:
                block.variant = self._initial_variant(block.key, block.kind)
            else:
                block.variant %= variant_count(language, block.kind.value)
            block.text = block.generated = self._generate_text(block.kind, block.key, block.variant)
            if language in block.edits_by_language:
                block.text = block.edits_by_language.pop(language)
                restored.append(block.key)
        return LanguageChange(tuple(set_aside), tuple(restored))

    # ------------------------------------------------------------------ output

    def letter(self, today: dt.date | None = None) -> Letter:
        lang = self.language
        body = [
            typeset(b.text.strip(), lang)
            for b in self.blocks
            if b.included
            and b.text.strip()
            and b.kind
            in (BlockKind.OPENING, BlockKind.PERSONAL, BlockKind.DEMAND, BlockKind.CLOSING)
        ]
        date_block = self.block("date")
        date = date_block.text
        if not date_block.edited and self.date is None:
            # An undated draft is dated the day it is printed, not the day it was begun.
            date = render_part(
                self.language,
                "date",
                date_block.variant,
                {**self._context(), "date": self.date_text(today)},
            )
        country = self.recipient.country if self.recipient else ""
        return Letter(
            language=lang,
            title=self.case.title,
            subject=self.case.title,
            sender_name=typeset_name(self.sender.name.strip()),
            sender_address=return_address(replace(self.sender, name=""), country),
            date=typeset(date.strip(), lang),
            recipient=tuple(
                line.strip() for line in self.block("recipient").text.splitlines() if line.strip()
            ),
            salutation=typeset(self.block("salutation").text.strip(), lang),
            paragraphs=tuple(body),
            valediction=typeset(self.block("valediction").text.strip(), lang),
            signature=typeset_name(self.block("signature").text.strip()),
            copies=self.copies_lines(),
        )

    def sender_lines(self) -> tuple[str, ...]:
        """The return address as it prints: name, address lines, town and postal code, and the
        country when the letter goes abroad (the window shows exactly these lines)."""
        rec = self.recipient
        return return_address(self.sender, rec.country if rec else "")

    def copies_lines(self) -> tuple[str, ...]:
        """The "cc:" line naming the case's copies (diplomats), or nothing."""
        copies = self.case.copies_to
        if not copies:
            return ()
        label = COPIES_LABELS.get(self.language, "cc:")
        names = [", ".join(p for p in (c.name, c.title or c.organisation) if p) for c in copies]
        return (typeset(f"{label} {'; '.join(names)}", self.language),)

    # ------------------------------------------------------------------ persistence

    def to_dict(self, *, keep_sender: bool = True) -> dict[str, Any]:
        """Plain data for the autosave file (JSON).

        With ``keep_sender=False`` (a writer who did not ask to be remembered, on a shared
        laptop) the data holds no name, address or town: the blocks made from them are left to
        be made again, and any of them the writer typed into the letter is taken out.
        """
        data: dict[str, Any] = {
            "format": 1,
            "case_id": self.case.id,
            "language": self.language,
            "seed": self.seed,
            "recipient_index": self.recipient_index,
            "date": self.date.isoformat() if self.date else None,
            "sender": {
                "name": self.sender.name,
                "address_lines": list(self.sender.address_lines),
                "town": self.sender.town,
                "postal_code": self.sender.postal_code,
                "country": self.sender.country,
            },
            "blocks": [
                {
                    "key": b.key,
                    "text": b.text,
                    "generated": b.generated,
                    "variant": b.variant,
                    "included": b.included,
                    "edits_by_language": dict(b.edits_by_language),
                }
                for b in self.blocks
            ],
        }
        if not keep_sender:
            data["sender"] = {}
            details = sorted(
                {
                    part.strip()
                    for part in (
                        self.sender.name,
                        *self.sender.address_lines,
                        self.sender.town,
                        self.sender.postal_code,
                    )
                    if part.strip()
                },
                key=len,
                reverse=True,  # "12 Elm Street" before "Elm"
            )
            for item in data["blocks"]:
                if item["text"] == item["generated"]:
                    del item["text"], item["generated"]  # made again from the (empty) sender
                else:
                    item["text"] = _without(item["text"], details)
                    item["generated"] = _without(item["generated"], details)
                item["edits_by_language"] = {
                    language: _without(text, details)
                    for language, text in item["edits_by_language"].items()
                }
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], case: Case) -> Draft:
        """Rebuild a saved draft on ``case``; blocks the case no longer has are dropped."""
        try:
            sender_data = data.get("sender", {})
            sender = Sender(
                str(sender_data.get("name", "")),
                tuple(str(x) for x in sender_data.get("address_lines", [])),
                str(sender_data.get("town", "")),
                str(sender_data.get("postal_code", "")),
                str(sender_data.get("country", "")),
            )
            date = dt.date.fromisoformat(data["date"]) if data.get("date") else None
            fresh = cls.new(
                case, str(data.get("language", "en")), sender, int(data.get("seed", 0)), date
            )
            fresh.recipient_index = int(data.get("recipient_index", 0))
            saved = {str(b["key"]): b for b in data.get("blocks", [])}
            for block in fresh.blocks:
                item = saved.get(block.key)
                if not isinstance(item, Mapping):
                    continue
                block.variant = int(item.get("variant", block.variant))
                if "generated" in item:
                    block.text = without_direction_controls(str(item.get("text", block.text)))
                    block.generated = without_direction_controls(str(item["generated"]))
                else:  # saved without the writer's details: made again from this draft's
                    fresh._refresh(block)
                block.included = bool(item.get("included", True))
                edits = item.get("edits_by_language", {})
                if isinstance(edits, Mapping):
                    block.edits_by_language = {str(k): str(v) for k, v in edits.items()}
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            # Any damage (a hand-edited file, "seed": Infinity) is one clear error.
            raise DraftError.coded("draft.damaged", detail=str(exc)) from exc
        fresh._refresh(fresh.block("date"))
        return fresh


def _without(text: str, details: list[str]) -> str:
    """``text`` with each of ``details`` (the writer's name, address lines, town) taken out."""
    for detail in details:
        text = text.replace(detail, "")
    return text
