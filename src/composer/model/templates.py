"""The letter's template parts: Jinja2, sandboxed, strict, one file per wording.

Templates come from the shipped ``resources/templates/<language>/`` and, later, from case packs:
they are data, never code, so they run in a ``SandboxedEnvironment`` with ``StrictUndefined``.
A part has one or more wordings, ``<part>-1.j2``, ``<part>-2.j2``, ... so that two writers'
letters need not be identical.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from composer import paths
from composer.resource_files import resource

LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français"}
PARTS = ("date", "salutation", "opening", "demand", "closing", "valediction")
_VARIANT_RE = re.compile(r"^(?P<part>[a-z]+)-(?P<n>\d+)\.j2$")
_FRENCH_VOWEL_START = re.compile(r"^[aeiouyàâäéèêëîïôöûùüÿœæh]", re.IGNORECASE)


class LetterTemplateError(ValueError):
    """A template that is missing, malformed, or tried something a letter template may not do."""


def lcfirst(text: str) -> str:
    """'Ensure that...' -> 'ensure that...', but leave 'UN', 'Maryia', 'I' alone."""
    if not text:
        return text
    first_word = text.split(" ", 1)[0]
    if len(first_word) > 1 and (first_word.isupper() or first_word[1:].lower() != first_word[1:]):
        return text
    return text[0].lower() + text[1:]


def nocomma(text: str) -> str:
    return text.rstrip().rstrip(",").rstrip()


def comma(text: str) -> str:
    """A salutation ends with a comma ("Dear Minister,") unless it has its own mark."""
    text = text.rstrip()
    return text if not text or text[-1] in ",:;!" else f"{text},"


def french_de(text: str) -> str:
    """French 'de' before an infinitive, elided before a vowel or mute h: 'd’accorder'."""
    return f"d’{text}" if _FRENCH_VOWEL_START.match(text) else f"de {text}"


def french_a(text: str) -> str:
    return f"à {text}"


# The filters a letter template may use, here and in case packs' templates.
FILTERS = {"lcfirst": lcfirst, "nocomma": nocomma, "comma": comma, "de": french_de, "a": french_a}


def _environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False, trim_blocks=True
    )
    env.filters.update(FILTERS)
    return env


_ENV = _environment()


def _read_folder(entries: Iterable[Traversable | Path]) -> dict[str, dict[int, str]]:
    found: dict[str, dict[int, str]] = {}
    for entry in entries:
        match = _VARIANT_RE.match(entry.name)
        if match and entry.is_file():
            found.setdefault(match["part"], {})[int(match["n"])] = entry.read_text(encoding="utf-8")
    return found


def _custom_folder(language: str) -> Path:
    """Custom wordings, e.g. from a case pack: ``<user data>/templates/<language>/``."""
    return paths.user_data_dir() / "templates" / language


@lru_cache(maxsize=16)
def _sources_cached(
    language: str, custom: Path, stamp: tuple[tuple[str, float], ...]
) -> dict[str, tuple[str, ...]]:
    folder = resource(f"templates/{language}")
    if not folder.is_dir():
        raise LetterTemplateError(f"no letter templates for language '{language}'")
    found = _read_folder(folder.iterdir())
    # A custom file adds a wording, or replaces the shipped one of the same name. One that does
    # not even compile is left out rather than breaking every letter.
    for part, wordings in _read_folder(custom.iterdir() if custom.is_dir() else ()).items():
        for number, text in wordings.items():
            try:
                _ENV.parse(text)
            except TemplateError:
                continue
            found.setdefault(part, {})[number] = text
    missing = [part for part in PARTS if part not in found]
    if missing:
        raise LetterTemplateError(f"letter templates for '{language}' lack: {', '.join(missing)}")
    return {part: tuple(text for _, text in sorted(items.items())) for part, items in found.items()}


def _sources(language: str) -> dict[str, tuple[str, ...]]:
    """The template sources of a language, by part, in wording order (shipped, then custom)."""
    custom = _custom_folder(language)
    stamp: tuple[tuple[str, float], ...] = ()
    if custom.is_dir():
        stamp = tuple(sorted((p.name, p.stat().st_mtime) for p in custom.glob("*.j2")))
    return _sources_cached(language, custom, stamp)


def available_languages() -> list[str]:
    return [code for code in LANGUAGES if resource(f"templates/{code}").is_dir()]


def variant_count(language: str, part: str) -> int:
    return len(_sources(language)[part])


@lru_cache(maxsize=256)
def _compiled(source: str) -> Template:
    """Compile a template source once: the window re-renders parts on every keystroke of a name."""
    return _ENV.from_string(source)


def render_source(source: str, context: Mapping[str, Any]) -> str:
    """Render one template source in the sandbox; any failure is a LetterTemplateError."""
    try:
        template = _compiled(source)
        text = template.render(**context)
    except TemplateError as exc:  # SecurityError and UndefinedError are TemplateErrors
        raise LetterTemplateError(f"the letter template cannot be used: {exc}") from exc
    except (
        ArithmeticError,
        LookupError,
        TypeError,
        ValueError,
        AttributeError,
        RecursionError,
    ) as exc:  # the sandbox's range cap, bad filters, 1/0 ...
        raise LetterTemplateError(f"the letter template failed: {exc}") from exc
    return " ".join(text.split()) if "\n" not in text.strip() else text.strip()


def render_part(language: str, part: str, variant: int, context: Mapping[str, Any]) -> str:
    sources = _sources(language)
    if part not in sources:
        raise LetterTemplateError(f"no '{part}' template for '{language}'")
    options = sources[part]
    return render_source(options[variant % len(options)], context)
