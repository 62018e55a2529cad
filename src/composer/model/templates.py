"""The letter's template parts: Jinja2, sandboxed, strict, one file per wording.

Templates come from the shipped ``resources/templates/<language>/`` and from case packs (custom
wordings, in the user data folder): they are data, never code, so they run in a
``SandboxedEnvironment`` with ``StrictUndefined``; custom wordings run in the counted, limited
one of ``composer.model.sandbox`` and only ever add to the shipped wordings.
A part has one or more wordings, ``<part>-1.j2``, ``<part>-2.j2``, ... so that two writers'
letters need not be identical.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from hashlib import sha1
from pathlib import Path
from types import CodeType
from typing import TYPE_CHECKING, Any

import jinja2
from jinja2 import FileSystemBytecodeCache, StrictUndefined, Template, TemplateError
from jinja2.bccache import Bucket
from jinja2.sandbox import SandboxedEnvironment

from composer import paths
from composer.model.sandbox import (
    MAX_SOURCE_CHARS,
    SandboxError,
    compile_limited,
    render_limited,
)
from composer.model.typography import french_a, french_de
from composer.resource_files import resource

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "de": "Deutsch",
    "ru": "Русский",
}
PARTS = ("date", "salutation", "opening", "demand", "closing", "valediction")
_VARIANT_RE = re.compile(r"^(?P<part>[a-z]+)-(?P<n>\d+)\.j2$")


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


def clause(text: str) -> str:
    """A demand as a clause inside a longer sentence: 'End her ...' -> 'end her ...'."""
    return lcfirst(text.strip()).rstrip(".!").rstrip()


def colon(text: str) -> str:
    """A Spanish salutation ends with a colon ("Señor Ministro:")."""
    text = text.rstrip().rstrip(",").rstrip()
    return text if not text or text[-1] in ":;!" else f"{text}:"


# The filters a letter template may use, here and in case packs' templates.
FILTERS = {
    "lcfirst": lcfirst,
    "nocomma": nocomma,
    "comma": comma,
    "colon": colon,
    "clause": clause,
    "de": french_de,
    "a": french_a,
}


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


@dataclass(frozen=True)
class _Wordings:
    """A language's wordings: each part's shipped ones first, then the custom ones."""

    by_part: dict[str, tuple[str, ...]]
    shipped: dict[str, int]  # how many of each part's wordings are shipped
    names: dict[str, str]  # a custom wording's source -> its file ("en/demand-4.j2")


@lru_cache(maxsize=16)
def _wordings_cached(
    language: str, custom: Path, stamp: tuple[tuple[str, float], ...]
) -> _Wordings:
    folder = resource(f"templates/{language}")
    if not folder.is_dir():
        raise LetterTemplateError(f"no letter templates for language '{language}'")
    shipped = {
        part: [text for _, text in sorted(items.items())]
        for part, items in _read_folder(folder.iterdir()).items()
    }
    missing = [part for part in PARTS if part not in shipped]
    if missing:
        raise LetterTemplateError(f"letter templates for '{language}' lack: {', '.join(missing)}")
    # A custom wording only ever adds to a part, even when its file has a shipped wording's
    # name; one that does not compile in the limited sandbox is left out, with a warning.
    found = {part: list(texts) for part, texts in shipped.items()}
    names: dict[str, str] = {}
    for part, wordings in _read_custom(custom, language).items():
        for number, text in sorted(wordings.items()):
            name = f"{language}/{part}-{number}.j2"
            if part not in found or text in found[part]:
                continue
            try:
                compile_limited(text, FILTERS)
            except SandboxError as exc:
                _warn(name, str(exc))
                continue
            found[part].append(text)
            names[text] = name
    return _Wordings(
        {part: tuple(texts) for part, texts in found.items()},
        {part: len(texts) for part, texts in shipped.items()},
        names,
    )


def _read_custom(folder: Path, language: str) -> dict[str, dict[int, str]]:
    """The custom wordings in ``folder``; a file that cannot be read is left out, with a
    warning, rather than stopping every letter."""
    found: dict[str, dict[int, str]] = {}
    try:
        entries = sorted(folder.iterdir()) if folder.is_dir() else []
    except OSError:
        return found
    for entry in entries:
        match = _VARIANT_RE.match(entry.name)
        if not match:
            continue
        try:
            if not entry.is_file():
                continue
            if entry.stat().st_size > 4 * MAX_SOURCE_CHARS:
                raise SandboxError.coded("wording.too-long")
            text = entry.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError, SandboxError) as exc:
            reason = str(exc) if isinstance(exc, SandboxError) else "it cannot be read as text"
            _warn(f"{language}/{entry.name}", reason)
            continue
        found.setdefault(match["part"], {})[int(match["n"])] = text
    return found


def _wordings(language: str) -> _Wordings:
    custom = _custom_folder(language)
    stamp: tuple[tuple[str, float], ...] = ()
    try:
        if custom.is_dir():
            stamp = tuple(sorted((p.name, p.stat().st_mtime) for p in custom.glob("*.j2")))
    except OSError:
        stamp = (("?", 0.0),)  # unreadable now: read again (and find nothing) next time
    return _wordings_cached(language, custom, stamp)


def _sources(language: str) -> dict[str, tuple[str, ...]]:
    """The template sources of a language, by part, in wording order (shipped, then custom)."""
    return _wordings(language).by_part


# --------------------------------------------------------------------------- custom wordings


@dataclass(frozen=True)
class WordingWarning:
    """A custom wording left out for a shipped one, and why."""

    name: str  # "en/demand-4.j2", below the user's templates folder
    reason: str  # "it takes too many steps"

    def __str__(self) -> str:
        return f"the custom wording {self.name} was left out: {self.reason}; a standard one is used"


_warnings: dict[WordingWarning, None] = {}  # not yet told, in order, without repeats


def _warn(name: str, reason: str) -> None:
    _warnings[WordingWarning(name, reason)] = None


def take_wording_warnings() -> list[WordingWarning]:
    """Custom wordings left out since the last call (each told once)."""
    taken = list(_warnings)
    _warnings.clear()
    return taken


def _first_letter_free(text: str) -> str:
    """A text to look for whatever a template did to its first letter and its final stop."""
    return nocomma(text).rstrip(".!").strip()[1:]


def render_custom(part: str, source: str, context: Mapping[str, Any]) -> str:
    """Render a custom wording of ``part`` in the limited sandbox; SandboxError if it fails,
    goes beyond a limit, or leaves out what the part is there to say (the demand, the date,
    the recipient's salutation)."""
    text = _tidy(render_limited(source, context, FILTERS))
    must_say = {
        "demand": context.get("demand", ""),
        "date": context.get("date", ""),
        "salutation": context.get("salutation", ""),
    }.get(part, "")
    wanted = _first_letter_free(must_say) if isinstance(must_say, str) else ""
    if wanted and wanted.casefold() not in text.casefold():
        raise SandboxError.coded("wording.leaves-out", part=part)
    return text


def available_languages() -> list[str]:
    return [code for code in LANGUAGES if resource(f"templates/{code}").is_dir()]


def variant_count(language: str, part: str) -> int:
    return len(_sources(language)[part])


def shipped_count(language: str, part: str) -> int:
    """How many of the part's wordings are shipped; the rest (numbered after them) are custom."""
    return _wordings(language).shipped.get(part, 0)


@lru_cache(maxsize=256)
def _compiled(source: str) -> Template:
    """Compile a template source once: the window re-renders parts on every keystroke of a name."""
    return _ENV.template_class.from_code(_ENV, _code(source), _ENV.make_globals(None))


def _environment_key(env: SandboxedEnvironment) -> str:
    """What the Python code Jinja2 makes of a source depends on, besides the source."""
    settings = (
        type(env).__module__,
        type(env).__qualname__,
        jinja2.__version__,
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        repr(env.autoescape),
        env.finalize is not None,
        sorted(env.extensions),
        sorted(env.filters),
        sorted(env.tests),
        sorted(getattr(env, "intercepted_binops", ())),
        sorted(getattr(env, "intercepted_unops", ())),
    )
    return sha1(repr(settings).encode(), usedforsecurity=False).hexdigest()[:16]


_ENV_KEY = _environment_key(_ENV)


@lru_cache(maxsize=1)
def _bytecode_cache(folder: Path) -> FileSystemBytecodeCache | None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(str(folder), "%s.jinja")


def _code(source: str) -> CodeType:
    """The shipped wording compiled by Jinja2, kept in the cache folder by Jinja2's own bytecode
    cache: the next process reads it instead of compiling again. The code is keyed by the
    source's checksum and the environment's settings and runs in the same sandboxed, strict
    environment as a fresh compile; a cache that cannot be read or written is only slower."""
    cache = _bytecode_cache(paths.user_cache_dir() / "templates")
    if cache is None:
        return _ENV.compile(source)
    checksum = cache.get_source_checksum(source)
    bucket = Bucket(_ENV, cache.get_cache_key(f"{_ENV_KEY}:{checksum}"), checksum)
    try:
        cache.load_bytecode(bucket)
    except Exception:  # a damaged file: compiled again and written anew
        bucket.reset()
    if isinstance(bucket.code, CodeType):
        return bucket.code
    code: CodeType = _ENV.compile(source)
    bucket.code = code
    with contextlib.suppress(OSError):
        cache.dump_bytecode(bucket)
    return code


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
    return _tidy(text)


def _tidy(text: str) -> str:
    return " ".join(text.split()) if "\n" not in text.strip() else text.strip()


def render_part(
    language: str,
    part: str,
    variant: int,
    context: Mapping[str, Any],
    *,
    fallback: Callable[[], int] | None = None,
) -> str:
    """Render wording ``variant`` of ``part``. A custom wording that fails or goes beyond a
    limit is left out (with a warning, see take_wording_warnings) for a shipped one: wording
    ``fallback()`` if given (one no neighbour uses; asked only then), else one picked from
    ``variant``."""
    wordings = _wordings(language)
    if part not in wordings.by_part:
        raise LetterTemplateError(f"no '{part}' template for '{language}'")
    options = wordings.by_part[part]
    index = variant % len(options)
    shipped = wordings.shipped[part]
    if index >= shipped:
        source = options[index]
        try:
            return render_custom(part, source, context)
        except SandboxError as exc:
            _warn(wordings.names.get(source, f"{language}/{part}"), str(exc))
            index = fallback() % shipped if fallback is not None else index % shipped
    return render_source(options[index], context)
