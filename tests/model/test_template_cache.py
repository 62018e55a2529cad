"""Compiled wordings kept between runs (Jinja2's bytecode cache in the cache folder): the same
letters, the same sandbox, and a damaged cache is only compiled again."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.model import templates
from composer.model.draft import Draft, Sender
from composer.model.library import load_builtin
from composer.model.templates import LANGUAGES, LetterTemplateError, render_source

SENDER = Sender("Margaret Thompson", ("42 Elm Street", "Guelph ON  N1H 3T5"), "Guelph, Ontario")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LETTER_COMPOSER_CACHE", str(tmp_path))
    return tmp_path / "templates"


def letters() -> list[str]:
    """Letters in every language with fresh compiled templates (as a new process has)."""
    templates._compiled.cache_clear()
    case = load_builtin("kalesnikava")
    return [
        "\n".join(Draft.new(case, language=lang, seed=seed, sender=SENDER).letter().paragraphs)
        for lang in LANGUAGES
        for seed in range(6)
    ]


def test_the_next_run_reads_the_compiled_wordings_and_writes_the_same_letters(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = letters()
    kept = sorted(cache.glob("*.jinja"))
    assert len(kept) > 20
    stamps = [p.stat().st_mtime_ns for p in kept]

    def no_compiling(*args: object, **kwargs: object) -> None:
        raise AssertionError("a kept wording was compiled again")

    with monkeypatch.context() as patched:
        patched.setattr(templates._ENV, "compile", no_compiling)
        assert letters() == first
    assert [p.stat().st_mtime_ns for p in kept] == stamps

    for path in kept:
        path.write_bytes(path.read_bytes()[:30])  # damaged: compiled again, written anew
    assert letters() == first
    with monkeypatch.context() as patched:
        patched.setattr(templates._ENV, "compile", no_compiling)
        assert letters() == first


def test_a_cache_folder_that_cannot_be_made_only_compiles_each_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setenv("LETTER_COMPOSER_CACHE", str(tmp_path / "file"))
    assert letters()


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("{{ ''.__class__.__mro__ }}", "unsafe"),
        ("{{ cycler.__init__.__globals__ }}", "unsafe"),
        ("Dear {{ nobody }},", "undefined"),
    ],
)
def test_kept_code_runs_in_the_same_sandbox(cache: Path, source: str, message: str) -> None:
    for _ in range(2):  # compiled, then read from the cache folder
        templates._compiled.cache_clear()
        with pytest.raises(LetterTemplateError, match=message):
            render_source(source, {"name": "Ann"})
    assert any(cache.glob("*.jinja"))
