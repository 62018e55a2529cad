"""The limited Jinja2 environment custom (case-pack and user) letter wordings run in.

A custom wording is data from outside. Jinja2's sandbox keeps it away from Python's internals,
but not from running long or building huge values, so this environment also counts: every
call, filter, operator, attribute lookup, loop step and piece of output spends one unit of an
operation budget; every value a template builds is measured before (where the size is known in
advance) or right after it is made; ``range`` gives at most ``RANGE_CAP`` numbers; the text a
render writes (including text captured by ``{% set %}`` blocks and macros) is capped. Every
limit is counted, never timed, so a wording is accepted or refused the same way on a busy
laptop as on an idle one, by the import check and at every render alike.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextvars import ContextVar
from functools import lru_cache
from typing import Any, cast

from jinja2 import StrictUndefined, Template, TemplateError, nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace

from composer.model.messages import CodedError, CodedValueError

OPERATION_BUDGET = 20_000  # a real wording uses tens; the budget is what a render may spend
MAX_VALUE_CHARS = 20_000  # the largest string (or the sum of a list's strings) a template makes
MAX_OUTPUT_CHARS = 20_000  # the rendered wording
MAX_WRITTEN_CHARS = 4 * MAX_OUTPUT_CHARS  # all text written, captured blocks and macros included
MAX_INT = 10**12  # a number in a letter; larger ones are refused before they are used
MAX_FORMAT_WIDTH = 200  # "%200s", "{:>200}": padding a template may ask for
RANGE_CAP = 1000
MAX_SOURCE_CHARS = 64_000

# Filters a letter wording may use: those whose result is no bigger than what goes in, give or
# take a little. ("center", "indent", "wordwrap", "urlize", "pprint", "random" and the like
# either multiply text or make a letter differ at every render.)
_JINJA_FILTERS = frozenset(
    {
        "abs", "attr", "batch", "capitalize", "count", "d", "default", "dictsort", "e",
        "escape", "first", "float", "forceescape", "format", "groupby", "int", "items",
        "join", "last", "length", "list", "lower", "map", "max", "min", "reject",
        "rejectattr", "replace", "reverse", "round", "safe", "select", "selectattr", "slice",
        "sort", "string", "striptags", "sum", "title", "trim", "truncate", "unique", "upper",
        "wordcount",
    }
)  # fmt: skip
# Methods of strings, dicts and lists a wording may call (none of them multiplies text).
_STR_METHODS = frozenset(
    {
        "capitalize", "casefold", "count", "endswith", "find", "format", "index", "isalnum",
        "isalpha", "isdigit", "islower", "isnumeric", "isspace", "istitle", "isupper", "join",
        "lower", "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind",
        "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip",
        "swapcase", "title", "upper",
    }
)  # fmt: skip
_CONTAINER_METHODS = frozenset({"get", "items", "keys", "values", "index", "count"})
_FORMAT_NUMBER = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")


class LimitError(CodedError):
    """A custom wording went beyond a limit (the message says which, in a few words)."""


class SandboxError(CodedValueError):
    """A custom wording that cannot be used: unsafe, broken, or beyond a limit (a phrase that
    follows its name; its code lets the window say it in its own language)."""

    @classmethod
    def beyond(cls, limit: LimitError) -> SandboxError:
        """The wording went beyond ``limit``."""
        return cls(str(limit), code=limit.code, params=limit.params)


# --------------------------------------------------------------------------- counting


class _Budget:
    __slots__ = ("operations", "written")

    def __init__(self) -> None:
        self.operations = OPERATION_BUDGET
        self.written = 0


_budget: ContextVar[_Budget | None] = ContextVar("lc_template_budget", default=None)


def _spend(units: int = 1) -> None:
    budget = _budget.get()
    if budget is None:  # only renders through render_limited() run these templates
        raise LimitError.coded("wording.outside-limits")
    budget.operations -= units
    if budget.operations < 0:
        raise LimitError.coded("wording.too-many-steps")


def _size(value: Any, limit: int = MAX_VALUE_CHARS) -> int:
    """How much text a value holds (strings and the strings in containers), up to ``limit``+1."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, int) and not isinstance(value, bool):
        if abs(value) > MAX_INT:
            raise LimitError.coded("wording.number-too-large")
        return 1
    if isinstance(value, list | tuple | set | frozenset | dict):
        total = 0
        items: Iterable[Any] = value.items() if isinstance(value, dict) else value
        for item in items:
            total += 1 + _size(item, limit - total)
            if total > limit:
                break
        return total
    return 1


def _check(value: Any) -> Any:
    if _size(value) > MAX_VALUE_CHARS:
        raise LimitError.coded("wording.builds-too-much")
    return value


def _check_format(template: str) -> None:
    """Refuse a printf or str.format pattern that pads to a huge width."""
    widths: list[str] = []
    for match in _FORMAT_NUMBER.finditer(template):
        widths += [g for g in match.groups() if g]
    try:
        for _, _, spec, _ in string.Formatter().parse(template):
            if spec and "{" in spec:  # '{0:{1}}': a width given as an argument, unchecked
                raise LimitError.coded("wording.pad-by-value")
            widths += re.findall(r"\d+", spec or "")
    except ValueError:
        pass  # a malformed pattern fails in the sandbox's own formatter
    if any(w == "*" or int(w) > MAX_FORMAT_WIDTH for w in widths):
        raise LimitError.coded("wording.pad-huge")


def _counted(items: Iterable[Any]) -> Iterator[Any]:
    """Iterate, spending one unit per item and refusing a stream of too much text."""
    total = 0
    for item in items:
        _spend()
        total += _size(item)
        if total > MAX_VALUE_CHARS:
            raise LimitError.coded("wording.builds-too-much")
        yield item


def _limited_range(*args: int) -> Iterator[int]:
    numbers = range(*args)
    if len(numbers) > RANGE_CAP:
        raise LimitError.coded("wording.range", most=RANGE_CAP)
    return _counted(numbers)


def _limited_replace(text: str, old: str, new: str, count: int = -1) -> str:
    hits = text.count(old) if old else len(text) + 1
    if count >= 0:
        hits = min(hits, count)
    if len(text) + hits * max(0, len(new) - len(old)) > MAX_VALUE_CHARS:
        raise LimitError.coded("wording.builds-too-much")
    return text.replace(old, new, count)


def _before_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse an operation whose result would be too big before Python builds it."""
    too_big = False
    if operator == "*":
        too_big = any(
            isinstance(seq, str | list | tuple)
            and isinstance(times, int)
            and _size(seq) * max(times, 0) > MAX_VALUE_CHARS
            for seq, times in ((left, right), (right, left))
        )
    elif operator == "**" and isinstance(right, int) and isinstance(left, int):
        if right > 256 or abs(left).bit_length() * max(right, 0) > 256:
            raise LimitError.coded("wording.number-too-large")
    elif operator == "%" and isinstance(left, str):
        _check_format(left)
    elif operator == "+":
        too_big = _size(left) + _size(right) > MAX_VALUE_CHARS
    if too_big:
        raise LimitError.coded("wording.builds-too-much")


class _LimitedNamespace(Namespace):
    """``namespace()``: its attributes are checked like every other value."""

    def __setitem__(self, name: str, value: Any) -> None:
        _spend()
        _check(value)
        super().__setitem__(name, value)


# --------------------------------------------------------------------------- the environment


def _joined_size(separator: str, items: list[Any]) -> None:
    if sum(_size(i) for i in items) + len(separator) * max(len(items) - 1, 0) > MAX_VALUE_CHARS:
        raise LimitError.coded("wording.builds-too-much")


def _value_index(func: Callable[..., Any]) -> int:
    """Where the filtered value sits among a filter's arguments (after a passed context)."""
    return 1 if getattr(func, "jinja_pass_arg", None) is not None else 0


def _guard_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    lazy = name in ("map", "select", "reject", "selectattr", "rejectattr", "batch", "slice")
    takes_iterable = name in ("join", "sort", "unique", "sum", "min", "max", "list", "reverse")
    at = _value_index(func)

    def guarded(*args: Any, **kwargs: Any) -> Any:
        _spend()
        for arg in (*args[at + 1 :], *kwargs.values()):
            # A count or width (batch, slice, truncate, round...) sizes what the filter builds.
            if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_VALUE_CHARS:
                raise LimitError.coded("wording.filter-too-much")
        given = list(args)
        if takes_iterable and len(given) > at and not isinstance(given[at], str | Mapping):
            given[at] = list(_counted(given[at]))  # a finite, counted copy for C to work on
        rest = given[at:]
        if name == "replace" and len(rest) >= 3 and all(isinstance(a, str) for a in rest[:3]):
            count = rest[3] if len(rest) > 3 else kwargs.get("count")
            _limited_replace(rest[0], rest[1], rest[2], -1 if count is None else int(count))
        elif name == "join" and rest:
            separator = rest[1] if len(rest) > 1 else kwargs.get("d", "")
            _joined_size(str(separator), rest[0])
        elif name == "format" and rest and isinstance(rest[0], str):
            _check_format(rest[0])
        result = func(*given, **kwargs)
        if lazy:
            return _counted(result)
        return _check(result)

    guarded.__dict__.update(getattr(func, "__dict__", {}))  # keeps jinja2's pass_* marker
    return guarded


def _limited_join(separator: str, items: Any) -> str:
    parts = list(_counted(items))
    _joined_size(separator, parts)
    return separator.join(parts)


class _LimitTransformer:
    """Rewrites a parsed template so that loops, concatenation, literals and output count."""

    def __init__(self) -> None:
        self.hook = nodes.EnvironmentAttribute

    def _call(self, hook: str, args: list[nodes.Expr], node: nodes.Node) -> nodes.Call:
        call = nodes.Call(self.hook(hook), args, [], None, None)
        call.set_lineno(node.lineno or 1)
        return call

    def visit(self, node: nodes.Node) -> nodes.Node:
        for field in node.fields:
            value = getattr(node, field, None)
            if isinstance(value, nodes.Node):
                setattr(node, field, self.visit(value))
            elif isinstance(value, list):
                setattr(
                    node, field, [self.visit(v) if isinstance(v, nodes.Node) else v for v in value]
                )
        return self.rewrite(node)

    def rewrite(self, node: nodes.Node) -> nodes.Node:
        if isinstance(node, nodes.For):
            if node.recursive:
                raise LimitError.coded("wording.recursive-loop")
            node.iter = self._call("lc_iterate", [cast(nodes.Expr, node.iter)], node)
        elif isinstance(node, nodes.Concat):
            return self._call("lc_concat", list(node.nodes), node)
        elif isinstance(node, nodes.List | nodes.Dict) or (
            isinstance(node, nodes.Tuple) and node.ctx == "load"
        ):
            return self._call("lc_value", [cast(nodes.Expr, node)], node)
        elif isinstance(node, nodes.Output):
            node.nodes = [
                self._call(
                    "lc_write",
                    [nodes.Const(child.data) if isinstance(child, nodes.TemplateData) else child],
                    child,
                )
                for child in node.nodes
            ]
        return node


class LimitedEnvironment(ImmutableSandboxedEnvironment):
    """A sandbox with StrictUndefined that counts what a template does (see the module doc)."""

    intercepted_binops = frozenset({"+", "-", "*", "/", "//", "%", "**"})
    intercepted_unops = frozenset({"-", "+"})

    def __init__(self, filters: Mapping[str, Callable[..., Any]]) -> None:
        super().__init__(
            undefined=StrictUndefined,
            autoescape=False,
            keep_trailing_newline=False,
            trim_blocks=True,
        )
        chosen = {k: v for k, v in self.filters.items() if k in _JINJA_FILTERS}
        chosen.update(filters)
        self.filters = {name: _guard_filter(name, func) for name, func in chosen.items()}
        self.globals = {
            "range": _limited_range,
            "dict": dict,
            "namespace": _LimitedNamespace,
        }
        # Reached only through nodes.EnvironmentAttribute, which template text cannot name.
        self.lc_iterate = _counted
        self.lc_value = _check
        self.lc_concat = self._concat
        self.lc_write = self._write

    # -- the rewritten template's hooks

    @staticmethod
    def _concat(*parts: Any) -> str:
        _spend()
        texts = [str(_check(p)) for p in parts]
        if sum(map(len, texts)) > MAX_VALUE_CHARS:
            raise LimitError.coded("wording.builds-too-much")
        return "".join(texts)

    @staticmethod
    def _write(value: Any) -> str:
        _spend()
        if _size(value) > MAX_VALUE_CHARS:
            raise LimitError.coded("wording.writes-too-much")
        text = str(value)
        budget = _budget.get()
        assert budget is not None  # _spend() refused otherwise
        budget.written += len(text)
        if budget.written > MAX_WRITTEN_CHARS:
            raise LimitError.coded("wording.writes-too-much")
        return text

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        try:
            _LimitTransformer().visit(tree)
        except LimitError as exc:
            raise SandboxError.beyond(exc) from exc
        return tree

    # -- what the sandbox intercepts

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if not super().is_safe_attribute(obj, attr, value):
            return False
        if callable(value):
            if isinstance(obj, str):
                return attr in _STR_METHODS
            if isinstance(obj, dict | list | tuple):
                return attr in _CONTAINER_METHODS
            return not isinstance(obj, int | float | bytes | set | frozenset)
        return True

    def getattr(self, obj: Any, attribute: str) -> Any:
        _spend()
        value = super().getattr(obj, attribute)
        if attribute == "replace" and isinstance(obj, str) and callable(value):
            return lambda old, new, count=-1: _limited_replace(obj, old, new, count)
        if attribute == "join" and isinstance(obj, str) and callable(value):
            return lambda items: _limited_join(obj, items)
        return value

    def getitem(self, obj: Any, argument: Any) -> Any:
        _spend()
        return super().getitem(obj, argument)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _spend()
        _before_binop(operator, left, right)
        return _check(super().call_binop(context, operator, left, right))

    def call_unop(self, context: Any, operator: str, arg: Any) -> Any:
        _spend()
        return super().call_unop(context, operator, arg)

    def format_string(self, *args: Any, **kwargs: Any) -> str:  # pragma: no cover - old jinja2
        raise LimitError.coded("wording.format")

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        pattern = value.__self__

        def checked(*args: Any, **kwargs: Any) -> str:
            _check_format(pattern)
            return str(_check(wrapped(*args, **kwargs)))

        return checked

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        _spend()
        for arg in (*args, *kwargs.values()):
            if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_INT:
                raise LimitError.coded("wording.number-too-large")
        return _check(super().call(__context, __obj, *args, **kwargs))


# --------------------------------------------------------------------------- rendering

_ENVIRONMENTS: dict[int, LimitedEnvironment] = {}


def environment(filters: Mapping[str, Callable[..., Any]]) -> LimitedEnvironment:
    """The limited environment with the letter's own filters (one per filter set)."""
    key = id(filters)
    env = _ENVIRONMENTS.get(key)
    if env is None:
        env = _ENVIRONMENTS[key] = LimitedEnvironment(filters)
    return env


def check_source(source: str) -> None:
    """Refuse, before compiling, what no letter wording needs."""
    if "__" in source:
        raise SandboxError.coded("wording.internals")
    if len(source) > MAX_SOURCE_CHARS:
        raise SandboxError.coded("wording.too-long")


@lru_cache(maxsize=256)
def _compiled(env: LimitedEnvironment, source: str) -> Template:
    return env.from_string(source)


def compile_limited(source: str, filters: Mapping[str, Callable[..., Any]]) -> Template:
    """Compile a custom wording in the limited environment; SandboxError if it cannot be."""
    check_source(source)
    try:
        return _compiled(environment(filters), source)
    except SandboxError:
        raise
    except TemplateError as exc:
        raise SandboxError.coded("wording.invalid", detail=str(exc)) from exc
    except (RecursionError, MemoryError) as exc:  # a parser fed a pathological nesting
        raise SandboxError.coded("wording.nested") from exc
    except Exception as exc:  # e.g. Python's "too many statically nested blocks"
        raise SandboxError.coded("wording.invalid", detail=str(exc)) from exc


def render_limited(
    source: str, context: Mapping[str, Any], filters: Mapping[str, Callable[..., Any]]
) -> str:
    """Render a custom wording within the limits; SandboxError (a short reason) otherwise."""
    template = compile_limited(source, filters)
    token = _budget.set(_Budget())
    try:
        text = template.render(**context)
    except LimitError as exc:
        raise SandboxError.beyond(exc) from exc
    except TemplateError as exc:  # SecurityError and UndefinedError are TemplateErrors
        raise SandboxError.coded("wording.refused", detail=str(exc)) from exc
    except RecursionError as exc:
        raise SandboxError.coded("wording.calls-itself") from exc
    except Exception as exc:  # untrusted: any failure leaves the wording out
        raise SandboxError.coded("wording.fails", detail=str(exc) or type(exc).__name__) from exc
    finally:
        _budget.reset(token)
    if len(text) > MAX_OUTPUT_CHARS:
        raise SandboxError.coded("wording.writes-too-much")
    return text
