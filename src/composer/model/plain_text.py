"""Text that reads the same on screen and on paper: no direction overrides or embeddings.

The explicit direction controls (LRE, RLE, PDF, LRO, RLO: U+202A-U+202E; LRI, RLI, FSI, PDI:
U+2066-U+2069) make a window show "Ann" while a PDF writer without the same bidi engine prints
"nnA", or the reverse. Letters never need them (the implicit marks U+200E/U+200F, which some
right-to-left text does need, stay): they are taken out wherever text enters the model.
"""

from __future__ import annotations

DIRECTION_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_DROP = dict.fromkeys(map(ord, DIRECTION_CONTROLS))


def without_direction_controls(text: str) -> str:
    """``text`` with every direction override, embedding and isolate taken out."""
    return text.translate(_DROP)


def has_direction_controls(text: str) -> bool:
    return any(ch in DIRECTION_CONTROLS for ch in text)
