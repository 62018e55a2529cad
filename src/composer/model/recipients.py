"""Several recipients: the officials a case names, then its copies-to, one letter each.

A recipient is chosen by its place in that list (0-based here; the command line counts from 1),
or ``ALL`` for one complete letter per recipient, each with its own address and salutation.
"""

from __future__ import annotations

import datetime as dt

from composer.model import count
from composer.model.case import Case, Recipient
from composer.model.draft import Draft
from composer.model.letter import Letter

ALL: None = None  # the choice "all recipients"
Choice = int | None


def addressees(case: Case) -> tuple[Recipient, ...]:
    """Everyone a letter may go to: the recipients, then the copies-to, in the case's order."""
    return (*case.recipients, *case.copies_to)


def label(recipient: Recipient) -> str:
    """How a list or the report names a recipient: "Ivan Kubrakou, Minister of the Interior"."""
    parts = [recipient.name, recipient.title or recipient.organisation]
    return ", ".join(p.strip() for p in parts if p and p.strip()) or recipient.country


def is_copy(case: Case, index: int) -> bool:
    return index >= len(case.recipients)


def parse_choice(text: str, count: int) -> Choice:
    """``"all"`` or a number from 1 to ``count``; raises ValueError with a sentence."""
    value = text.strip().lower()
    if value == "all":
        return ALL
    if count == 0:
        raise ValueError("the case names no recipient")
    try:
        number = int(value)
    except ValueError:
        raise ValueError(f"--recipient must be a number from 1 to {count} or 'all'") from None
    if not 1 <= number <= count:
        if count == 1:
            raise ValueError("the case has one recipient: choose 1 or 'all'")
        raise ValueError(f"the case has {count} recipients: choose 1 to {count} or 'all'")
    return number - 1


def indices(case: Case, choice: Choice, current: int = 0) -> list[int]:
    count = len(addressees(case))
    if choice is ALL:
        return list(range(count))
    return [min(max(choice, 0), max(count - 1, 0))] if count else [current]


def letters_for(draft: Draft, choice: Choice, today: dt.date | None = None) -> list[Letter]:
    """One letter per chosen recipient, in order. The draft's own recipient keeps the writer's
    edits of the address and salutation; every other one gets its own."""
    letters: list[Letter] = []
    for index in indices(draft.case, choice, draft.recipient_index):
        if index == draft.recipient_index:
            letters.append(draft.letter(today))
            continue
        other = Draft.from_dict(draft.to_dict(), draft.case)  # the writer's draft is untouched
        other.set_recipient(index)
        letters.append(other.letter(today))
    return letters


def recipient_labels(draft: Draft, choice: Choice) -> list[str]:
    """The report's name for each letter ``letters_for`` makes, in the same order."""
    everyone = addressees(draft.case)
    return [
        label(everyone[i]) if i < len(everyone) else ""
        for i in indices(draft.case, choice, draft.recipient_index)
    ]


def made(draft: Draft, choice: Choice, kind: count.Kind, event: str = "") -> list[count.Made]:
    """What the count records for the letters ``letters_for`` makes: no name, no text."""
    return [
        count.Made(draft.case.id, draft.language, kind, name, event, draft.case.title)
        for name in recipient_labels(draft, choice)
    ]
