"""What an import gives back: the case, and warnings about fields found doubtfully or not at all."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from composer.model.case import (
    Case,
)
from composer.model.messages import CodedValueError


class UAImportError(CodedValueError):
    """The input cannot be read as an Urgent Action at all; the message is one clear line.

    ``code`` and ``params`` (composer.model.messages) let the window say it in its language."""


class WarningKind(StrEnum):
    MISSING = "missing"  # not found; the field is empty or a placeholder
    DOUBTFUL = "doubtful"  # found, but the importer guessed
    DERIVED = "derived"  # built from other text (demands from the model letter)


@dataclass(frozen=True)
class ImportWarning:
    """One field the importer could not find, or found doubtfully."""

    field: str  # "title", "demands", "recipients[0].country", ...
    message: str  # the English sentence of ``code``
    kind: WarningKind = WarningKind.MISSING
    code: str = ""  # composer.model.messages: the window says it in its own language
    params: Mapping[str, object] = dataclasses.field(default_factory=dict, compare=False)

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
