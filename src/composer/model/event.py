"""A letter-writing event: its name, date and place, the cases offered, fixed choices, and the
coordinator's PIN (stored only as a salted hash). Kept in the data folder as JSON."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from composer import paths
from composer.atomic import write_text_atomic
from composer.model.messages import CodedValueError
from composer.model.naming import folder_name

EVENT_FORMAT = 1
_PIN_ROUNDS = 100_000


class EventError(CodedValueError):
    """An event that cannot be started or read; the message is one sentence (its code lets
    the window say it in its own language)."""


def hash_pin(pin: str, salt: str) -> str:
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), _PIN_ROUNDS)
    return digest.hex()


@dataclass(frozen=True)
class Event:
    name: str
    date: dt.date
    place: str = ""
    case_ids: tuple[str, ...] = ()  # the cases offered, in the coordinator's order
    language: str = ""  # "" lets each writer choose
    layout: str = ""  # "" lets each writer choose
    pin_salt: str = ""
    pin_hash: str = ""
    letters_folder: str = ""  # where letters are saved; "" for the default
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def start(
        cls,
        name: str,
        date: dt.date,
        pin: str,
        *,
        place: str = "",
        case_ids: tuple[str, ...] = (),
        language: str = "",
        layout: str = "",
    ) -> Event:
        if not name.strip():
            raise EventError.coded("event.no-name")
        if not case_ids:
            raise EventError.coded("event.no-cases")
        if len(pin.strip()) < 4 or not pin.strip().isdigit():
            raise EventError.coded("event.short-pin")
        salt = secrets.token_hex(16)
        return cls(
            name=name.strip(),
            date=date,
            place=place.strip(),
            case_ids=tuple(case_ids),
            language=language,
            layout=layout,
            pin_salt=salt,
            pin_hash=hash_pin(pin.strip(), salt),
        )

    def check_pin(self, pin: str) -> bool:
        if not self.pin_hash:
            return True
        return hmac.compare_digest(hash_pin(pin.strip(), self.pin_salt), self.pin_hash)

    def folder(self) -> Path:
        """The event's folder for letters: ``<Documents>/Letter Composer/<date> <name>``."""
        if self.letters_folder:
            return Path(self.letters_folder)
        name = folder_name(f"{self.date.isoformat()} {self.name}")
        return paths.documents_dir() / "Letter Composer" / name

    def with_folder(self, folder: Path) -> Event:
        return replace(self, letters_folder=str(folder))

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": EVENT_FORMAT,
            "name": self.name,
            "date": self.date.isoformat(),
            "place": self.place,
            "cases": list(self.case_ids),
            "language": self.language,
            "layout": self.layout,
            "pin_salt": self.pin_salt,
            "pin_hash": self.pin_hash,
            "letters_folder": self.letters_folder,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Event:
        try:
            return cls(
                name=str(data["name"]),
                date=dt.date.fromisoformat(str(data["date"])),
                place=str(data.get("place", "")),
                case_ids=tuple(str(c) for c in data.get("cases", [])),
                language=str(data.get("language", "")),
                layout=str(data.get("layout", "")),
                pin_salt=str(data.get("pin_salt", "")),
                pin_hash=str(data.get("pin_hash", "")),
                letters_folder=str(data.get("letters_folder", "")),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise EventError.coded("event.damaged", detail=str(exc)) from exc


def save(event: Event, path: Path | None = None) -> None:
    path = path or paths.event_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, json.dumps(event.to_dict(), ensure_ascii=False, indent=1))


def load(path: Path | None = None) -> Event | None:
    """The running event, or None (no event, or an unreadable file)."""
    path = path or paths.event_path()
    try:
        return Event.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return None


def end(path: Path | None = None) -> None:
    (path or paths.event_path()).unlink(missing_ok=True)
