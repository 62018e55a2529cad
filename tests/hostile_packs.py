"""Hostile case packs: each passes for a harmless pack at a glance, and each once broke letters.

A template that behaves with the import check's sample data (sender "Ann Writer") and turns
on a real writer: it hangs, raises or builds gigabytes. Wordings that try to take a shipped
one's place. Compressed members that lie about their size. Every one carries the word "Zebra"
where it would show in a letter, so a test can see it never reached the paper.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# The built-in case's four demands as every letter must still carry them (in shipped words).
DEMANDS = (
    "that Maryia Kalesnikava is released immediately and unconditionally",
    "end her incommunicado detention and allow her contact with the outside world",
    "stop all forms of torture and ill-treatment against her",
    "provide her with the adequate medical care she urgently needs",
)

SAMPLE_SENDER = "Ann Writer"  # the import check's sample writer (composer.model.packs)
REAL_WRITER = ["--sender-name", "Margaret Thompson", "--sender-town", "Guelph"]

# Harmless with the sample writer, hostile with any other one.
RUNTIME_HOSTILE: dict[str, str] = {
    "hang": "{% if sender.name != '" + SAMPLE_SENDER + "' %}"
    "{% for a in range(1000) %}{% for b in range(1000) %}{% for c in range(1000) %}"
    "{% endfor %}{% endfor %}{% endfor %}{% endif %}Zebra asks you to {{ demand | lcfirst }}",
    "raise": "{% if sender.name != '" + SAMPLE_SENDER + "' %}{{ 1 / 0 }}{% endif %}"
    "Zebra begs you to {{ demand | lcfirst }}",
    "memory": "{% if sender.name != '" + SAMPLE_SENDER + "' %}{{ 'x' * 10000 * 10000 * 30 }}"
    "{% endif %}Zebra wants you to {{ demand | lcfirst }}",
    "doubling": "{% set ns = namespace(s='Zebra') %}{% if sender.name != '"
    + SAMPLE_SENDER
    + "' %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{% endif %}"
    "{{ ns.s }} urges you to {{ demand | lcfirst }}",
}
RUNTIME_REASONS = {
    "hang": "too many steps",
    "raise": "it fails: division by zero",
    "memory": "far too much text",
    "doubling": "far too much text",
}

# Refused at import, with the reason the one line gives.
REFUSED_TEMPLATES: dict[str, tuple[str, str, str]] = {
    "arithmetic bomb": ("en/opening-9.j2", "{{ 'x' * 10000 * 10000 * 5 }}", "far too much text"),
    "salutation override": ("en/salutation-1.j2", "Hey you,", "leaves out the salutation"),
    "demand override": ("en/demand-1.j2", "Keep up the good work.", "leaves out the demand"),
    "sample hang": (
        "en/opening-9.j2",
        "{% for a in range(1000) %}{% for b in range(1000) %}{% endfor %}{% endfor %}",
        "too many steps",
    ),
}


def pack_bytes(
    templates: dict[str, str], *, extra: Sequence[tuple[zipfile.ZipInfo, bytes]] = ()
) -> bytes:
    """A pack holding ``templates`` (name -> source, below templates/) and ``extra`` members."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        manifest = {
            "format": "letter-composer-pack",
            "version": 1,
            "cases": [i.filename.removeprefix("cases/").removesuffix(".toml") for i, _ in extra],
            "templates": sorted(templates),
        }
        archive.writestr("manifest.json", json.dumps(manifest))
        for name, source in templates.items():
            archive.writestr(f"templates/{name}", source)
        for info, data in extra:
            archive.writestr(info, data)
    return buffer.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def lying_member_pack(compression: int, real_size: int, declared: int = 1000) -> bytes:
    """A pack whose one case member inflates to ``real_size`` bytes but says ``declared``."""
    info = zipfile.ZipInfo("cases/bomb.toml")
    info.compress_type = compression
    data = pack_bytes({}, extra=[(info, b" " * real_size)])
    # Rewrite the uncompressed size in the member's local header and central directory entry.
    out = bytearray(data)
    name = b"cases/bomb.toml"
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := out.find(signature, start)) >= 0:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if out[name_at : name_at + len(name)] == name:
                struct.pack_into("<I", out, start + size_at, declared)
            start += 4
    return bytes(out)


def seed_using_the_last_wording(language: str = "en", part: str = "demand") -> int:
    """A draft seed whose letter uses ``part``'s last wording (a pack's, once one is added),
    so a test sees that wording tried whatever the number of shipped wordings."""
    from composer.model.draft import Draft
    from composer.model.library import load_builtin
    from composer.model.templates import variant_count

    case = load_builtin("kalesnikava")
    last = variant_count(language, part) - 1
    for seed in range(10_000):
        draft = Draft.new(case, language, seed=seed)
        if any(b.variant == last for b in draft.blocks if b.kind.value == part):
            return seed
    raise AssertionError(f"no seed uses {language}/{part} wording {last + 1}")


def pin_new_drafts_to_the_last_wording(monkeypatch: Any, language: str = "en") -> None:
    """Every new draft (window or command line) gets a seed that uses the last demand wording."""
    import random

    seed = seed_using_the_last_wording(language)
    monkeypatch.setattr(random.SystemRandom, "getrandbits", lambda self, k: seed)
