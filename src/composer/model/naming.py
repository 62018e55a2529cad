"""Names of exported letters that never collide: ``<case>-<initials>-<date>-<n>.pdf``.

Forty writers share one laptop and one folder: each letter gets the first free number for its
case, writer's initials and day, so nobody is ever asked to replace another writer's letter.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from pathlib import Path

_SEPARATORS = re.compile(r"[\s\-‐‑–—_.'’]+")
_MAX_INITIALS = 4


def initials(name: str) -> str:
    """Lower-case ASCII initials of a name: "Anne-Marie Côté" -> "amc"; "" for no name."""
    letters = []
    for word in _SEPARATORS.split(name.strip()):
        folded = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
        first = next((c for c in folded if c.isalnum()), "")
        if first:
            letters.append(first.lower())
    return "".join(letters[:_MAX_INITIALS])


def letter_stem(case_id: str, writer: str, day: dt.date) -> str:
    parts = [case_id, initials(writer), day.isoformat()]
    return "-".join(p for p in parts if p)


def free_path(
    folder: Path, stem: str, suffix: str = ".pdf", reserved: set[str] | None = None
) -> Path:
    """``folder/<stem>-<n><suffix>`` with the first ``n`` from 1 that no file has (nor is in
    ``reserved``, the names a batch has already handed out; the new name is added to it)."""
    taken = set()
    pattern = re.compile(rf"^{re.escape(stem)}-(\d+){re.escape(suffix)}$")
    try:
        for entry in os.scandir(folder):
            match = pattern.match(entry.name)
            if match:
                taken.add(int(match.group(1)))
    except FileNotFoundError:
        pass
    n = 1
    while n in taken or (reserved is not None and f"{stem}-{n}{suffix}" in reserved):
        n += 1
    name = f"{stem}-{n}{suffix}"
    if reserved is not None:
        reserved.add(name)
    return folder / name


def letter_path(
    folder: Path,
    case_id: str,
    writer: str,
    day: dt.date | None = None,
    reserved: set[str] | None = None,
) -> Path:
    """The next free file name for a writer's letter in ``folder``."""
    stem = letter_stem(case_id, writer, day or dt.date.today())
    return free_path(folder, stem, reserved=reserved)


def folder_name(text: str) -> str:
    """A folder name for an event: its name without the characters file systems refuse."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", text).strip(" .")
    return re.sub(r"\s+", " ", cleaned)[:80] or "Event"


def signing_initials(name: str) -> str:
    """How a writer signs with initials only: "Anne-Marie Côté" -> "A.-M. C."."""
    words = []
    for word in name.split():
        parts = [p for p in re.split(r"[-‐‑]", word) if p]
        initials_of = [next((c.upper() for c in p if c.isalpha()), "") for p in parts]
        joined = "-".join(f"{c}." for c in initials_of if c)
        if joined:
            words.append(joined)
    return " ".join(words)
