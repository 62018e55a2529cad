"""The limited sandbox custom wordings run in: honest wordings render, hostile ones are
refused in a few words, quickly and in little memory, whatever the machine's load."""

from __future__ import annotations

import tracemalloc
from typing import Any

import pytest

from composer.model.sandbox import OPERATION_BUDGET, SandboxError, render_limited
from composer.model.templates import FILTERS

CONTEXT: dict[str, Any] = {
    "language": "en",
    "people": "Maryia Kalesnikava",
    "situation": "has been imprisoned since 2020",
    "country": "Belarus",
    "case": {"title": "Belarus: End the isolation", "country": "Belarus"},
    "sender": {"name": "Margaret Thompson", "town": "Guelph"},
    "recipient": {"name": "Lt.-Gen. Ivan Kubrakou", "title": "Minister of the Interior"},
    "salutation": "Dear Minister,",
    "date": "November 30, 2026",
    "demand": "Release her immediately.",
}
LOOP3 = "{% for a in X %}{% for b in X %}{% for c in X %}{% endfor %}{% endfor %}{% endfor %}"

HONEST = {
    "I urge you to {{ demand | lcfirst }}": "I urge you to release her immediately.",
    "{% if sender.town %}From {{ sender.town }}, {% endif %}{{ date }}": (
        "From Guelph, November 30, 2026"
    ),
    "{{ salutation | nocomma }}, {{ people ~ '!' }}": "Dear Minister, Maryia Kalesnikava!",
    "{{ people.split(' ')|first|upper }} {{ '%s and %s' % ('A', 'B') }}": "MARYIA A and B",
    "{% for p in ['one', 'two'] %}{{ loop.index }}={{ p|title }} {% endfor %}": "1=One 2=Two ",
    "{{ '{} in {}'.format(sender.name, sender.town) }}": "Margaret Thompson in Guelph",
    "{% macro w(x) %}<{{ x }}>{% endmacro %}{{ w(country) }}": "<Belarus>",
    "{% set ns = namespace(n=0) %}{% for i in range(5) %}{% set ns.n = ns.n + i %}{% endfor %}"
    "{{ ns.n }}": "10",
    "{{ range(3)|map('string')|join(', ') }} {{ (2 ** 10) // 3 }}": "0, 1, 2 341",
}

HOSTILE: dict[str, tuple[str, str]] = {
    "three nested loops": (LOOP3.replace("X", "range(1000)"), "too many steps"),
    "loops over a string": (
        "{% set s = 'x' * 1000 %}" + LOOP3.replace("X", "s"),
        "too many steps",
    ),
    "namespace in nested loops": (
        "{% set ns = namespace(a=1) %}{% for i in range(1000) %}{% for j in range(1000) %}"
        "{% set ns.a = j %}{% endfor %}{% endfor %}",
        "too many steps",
    ),
    "slice into a billion parts": ("{{ range(3)|slice(1000000000)|list }}", "far too much"),
    "batch filled to a billion": ("{{ range(3)|batch(1000000000, 'x')|list }}", "far too much"),
    "arithmetic bomb": ("{{ 'x' * 10000 * 10000 * 5 }}", "far too much text"),
    "power": ("{{ 10 ** 100000 }}", "number far too large"),
    "repeated products": ("{% set n = 99999 %}{{ n*n*n*n*n*n*n*n }}", "number far too large"),
    "namespace doubling": (
        "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
        "{% endfor %}",
        "far too much text",
    ),
    "doubling by ~": ("{% set s = 'x' * 10000 %}" + "{% set s = s ~ s %}" * 30, "far too much"),
    "doubling by +": ("{% set s = 'x' * 10000 %}" + "{% set s = s + s %}" * 30, "far too much"),
    "list doubling": (
        "{% set s = 'x' * 10000 %}{% set l = [s] %}{% set l = l + l %}{% set l = l + l %}{{ l }}",
        "far too much text",
    ),
    "list literal": (
        "{% set s = 'x' * 10000 %}{% set l = [s, s, s, s, s, s] %}{{ l|length }}",
        "far too much",
    ),
    "list product": ("{% set l = ['x' * 10000] * 100000 %}", "far too much text"),
    "replace method": ("{{ ('x' * 10000).replace('x', 'y' * 10000) }}", "far too much text"),
    "replace filter": ("{{ ('x' * 10000)|replace('x', 'y' * 10000) }}", "far too much text"),
    "replace the empty string": ("{{ ('x' * 200)|replace('', 'y' * 200) }}", "far too much"),
    "join filter": ("{{ ('y' * 10000)|join('z' * 10000) }}", "far too much text"),
    "join method": ("{{ ('z' * 10000).join('y' * 10000) }}", "far too much text"),
    "join of a map": ("{{ range(1000)|map('string')|join('x' * 10000) }}", "far too much text"),
    "center method": ("{{ 'x'.center(1000000000) }}", "unsafe"),
    "center filter": ("{{ 'x'|center(1000000000) }}", "No filter named 'center'"),
    "indent filter": ("{{ ('\\n' * 10000)|indent(1000) }}", "No filter named 'indent'"),
    "wordwrap filter": ("{{ 'x'|wordwrap(1, wrapstring='y' * 10000) }}", "No filter named"),
    "printf width": ("{{ '%1000000000s' % 'x' }}", "huge width"),
    "printf precision": ("{{ '%.1000000f' % 1.0 }}", "huge width"),
    "printf width by name": ("{{ '%(a)1000000000s' % {'a': 1} }}", "huge width"),
    "format width": ("{{ '{:>1000000000}'.format('x') }}", "huge width"),
    "format width as a value": ("{{ '{0:{1}}'.format('x', 1000000000) }}", "width given"),
    "format filter width": ("{{ '%1000000000s'|format('x') }}", "huge width"),
    "repr of a big list": ("{{ '%s' % (['x' * 10000] * 2,) }}", "far too much text"),
    "output in a loop": ("{% for i in range(1000) %}{{ 'x' * 10000 }}{% endfor %}", "too much"),
    "captured by set": (
        "{% set c %}{% for i in range(1000) %}{{ 'x' * 10000 }}{% endfor %}{% endset %}",
        "writes far too much",
    ),
    "captured by filter block": (
        "{% filter upper %}{% for i in range(1000) %}{{ 'x' * 100 }}{% endfor %}{% endfilter %}",
        "writes far too much",
    ),
    "captured by call block": (
        "{% macro m() %}{{ caller() }}{{ caller() }}{% endmacro %}{% call m() %}"
        "{% for i in range(1000) %}{{ 'y' * 100 }}{% endfor %}{% endcall %}",
        "writes far too much",
    ),
    "macro default": (
        "{% macro m(a='x' * 10000 * 10000) %}{{ a }}{% endmacro %}{{ m() }}",
        "far too much text",
    ),
    "sort of a big list": ("{{ (range(1000)|list * 20)|sort|length }}", "far too much text"),
    "dict of big values": (
        "{{ dict(a='x' * 10000, b='x' * 10000, c='x' * 10000)|length }}",
        "far too much text",
    ),
    "upper that grows": ("{{ ('ß' * 15000)|upper|length }}", "far too much text"),
    "binary recursion": (
        "{% macro f(n) %}{{ f(n) }}{{ f(n) }}{% endmacro %}{{ f(1) }}",
        "calls itself",
    ),
    "recursive loop": ("{% for x in [1] recursive %}{{ loop([1]) }}{% endfor %}", "recursive"),
    "huge range": ("{{ range(0, 10 ** 12)|list|length }}", "range of more than 1000"),
    "division by zero": ("{{ 1 / 0 }}", "division by zero"),
    "failing assertion": ("{{ 'x'|truncate(5, end='y' * 19000) }}", "it fails"),
    "unknown name": ("{{ nothing }}", "'nothing' is undefined"),
    "python internals": ("{{ ''.__class__ }}", "Python internals"),
    "internals via attr": ("{{ ''|attr('_' * 2 ~ 'class' ~ '_' * 2) }}", "unsafe"),
    "type methods": ("{{ dict.mro() }}", "unsafe"),
    "lipsum": ("{{ lipsum(1000000) }}", "'lipsum' is undefined"),
    "include": ("{% include 'x' %}", "no loader"),
    "deep parentheses": ("{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}", "nested far too"),
    "deep ifs": ("{% if 1 %}" * 300 + "x" + "{% endif %}" * 300, "nested far too deeply"),
    "deep loops": ("{% for a in [1] %}" * 25 + "x" + "{% endfor %}" * 25, "not a valid"),
    "source too long": ("{{ people }}" * 6000, "too long to be a letter part"),
}


@pytest.mark.parametrize("source", sorted(HONEST))
def test_honest_wordings_render(source: str) -> None:
    assert render_limited(source, CONTEXT, FILTERS) == HONEST[source]


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_wordings_are_refused_in_a_few_words_and_little_memory(kind: str) -> None:
    source, reason = HOSTILE[kind]
    tracemalloc.start()
    try:
        with pytest.raises(SandboxError) as refused:
            render_limited(source, CONTEXT, FILTERS)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert reason in str(refused.value)
    assert "\n" not in str(refused.value)
    assert peak < 16 * 1024 * 1024, f"{peak / 1e6:.0f} MB"


def test_the_budget_is_counted_so_the_verdict_never_depends_on_the_machine() -> None:
    """A loop well within the budget renders; twice as many steps are refused: the limit is a
    count of steps (a few per turn of a loop), not seconds."""
    loop = "{% for i in range(10) %}{% for j in range(N) %}.{% endfor %}{% endfor %}"
    within = OPERATION_BUDGET // 100  # ten times this many turns, four steps each: 40%
    assert render_limited(loop.replace("N", str(within)), CONTEXT, FILTERS) == "." * 10 * within
    with pytest.raises(SandboxError, match="too many steps"):
        render_limited(loop.replace("N", str(within * 4)), CONTEXT, FILTERS)
