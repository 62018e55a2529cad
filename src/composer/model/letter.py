"""The finished letter as plain text parts: what the draft hands to the renderer and printer."""

from __future__ import annotations

from dataclasses import dataclass, fields

from composer.model.plain_text import without_direction_controls


@dataclass(frozen=True)
class Letter:
    """A letter ready to lay out. Every field is final text; the renderer adds no words.

    ``paragraphs`` are the body between the salutation and the valediction, in order
    (opening, personal paragraph, demands, closing), empty ones already left out.
    """

    language: str  # BCP 47 tag of the letter's language: "en", "fr", ...
    title: str  # document title (PDF metadata)
    sender_name: str
    sender_address: tuple[str, ...]
    date: str
    recipient: tuple[str, ...]  # the address block; the country, in capitals, last
    salutation: str
    paragraphs: tuple[str, ...]
    valediction: str  # "Yours sincerely,"
    signature: str  # the writer's printed name under the space to sign
    subject: str = ""  # PDF metadata subject (the case title)
    copies: tuple[str, ...] = ()  # "cc: ..." lines below the signature, when the case lists copies

    @property
    def return_lines(self) -> tuple[str, ...]:
        """The writer's name and address, as the envelope's return address and DIN 5008's
        return line give them (empty lines left out)."""
        return tuple(line for line in (self.sender_name, *self.sender_address) if line)

    def __post_init__(self) -> None:
        # The last gate before paper: no direction override reaches the renderer.
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, str):
                object.__setattr__(self, item.name, without_direction_controls(value))
            elif isinstance(value, tuple):
                cleaned = tuple(
                    without_direction_controls(v) if isinstance(v, str) else v for v in value
                )
                object.__setattr__(self, item.name, cleaned)
