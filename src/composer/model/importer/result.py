"""What an import gives back: the case, and warnings about fields found doubtfully or not at all."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from composer.model.case import (
    Case,
)


class UAImportError(ValueError):
    """The input cannot be read as an Urgent Action at all; the message is one clear line."""


class WarningKind(StrEnum):
    MISSING = "missing"  # not found; the field is empty or a placeholder
    DOUBTFUL = "doubtful"  # found, but the importer guessed
    DERIVED = "derived"  # built from other text (demands from the model letter)


@dataclass(frozen=True)
class ImportWarning:
    """One field the importer could not find, or found doubtfully."""

    field: str  # "title", "demands", "recipients[0].country", ...
    message: str
    kind: WarningKind = WarningKind.MISSING

    @property
    def top_field(self) -> str:
        """The case field this warning is about: "recipients" for "recipients[0].country"."""
        return re.split(r"[.\[]", self.field, maxsplit=1)[0]

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


@dataclass(frozen=True)
class ImportResult:
    case: Case
    warnings: tuple[ImportWarning, ...] = ()

    def warned_fields(self) -> set[str]:
        """Top-level case fields with a warning (for highlighting in a review)."""
        return {w.top_field for w in self.warnings}
