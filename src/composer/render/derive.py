"""Make, once at build or install time, what every letter derives from the shipped fonts.

    python -m composer.render.derive [--into FOLDER]

A clean machine's first letter would otherwise cut the font down to its characters with
fontTools' subsetter, parse the cut-down font with fpdf2 and read the fonts' character maps:
most of that process's time. They depend only on the shipped fonts, fontTools' and fpdf2's
versions and this module's recipe, so the build (packaging/letter-composer.spec), the install
(packaging/make-venv.sh) and CI (tests/run.sh) make them here, into ``resources/fonts/derived``
(by default, wherever the installed resources are), read-only for the app afterwards.
``composer.render.fonts`` reads them first, then the user's cache folder, then makes what it
lacks; the manifest keys the folder to the versions and each file to its SHA-256 (see there).

What is made: every shipped font's character map; the regular and bold faces cut down to the
usual repertoire of a letter (Latin and typographic marks, and with Russian's Cyrillic), and
to that of each built-in case's letters in each letter language. A letter with other
characters (a writer's name in another script) is cut on its first use, as before.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import sys
import tempfile
from pathlib import Path

from composer.render import fonts
from composer.render.fpdf_import import import_fpdf

_KINDS = (".codes", ".ttf", ".pickle")
_SEEDS = range(12)  # letters per case and language: their wordings, hence their characters
_DAY = dt.date(2026, 1, 1)  # the date's characters are the usual ones whatever the day


def _letter_texts() -> list[str]:
    """The text of the built-in cases' letters in every letter language, with a few wordings."""
    from composer.model.draft import Draft
    from composer.model.library import builtin_case_ids, load_builtin
    from composer.model.sender import Sender
    from composer.model.templates import available_languages
    from composer.render.pdf import letter_text

    sender = Sender("A", ("1 Street",), "Town", "A1A 1A1", "Canada")
    texts: list[str] = []
    for case_id in builtin_case_ids():
        case = load_builtin(case_id)
        for language in available_languages():
            for seed in _SEEDS:
                draft = Draft.new(case, language=language, sender=sender, seed=seed, date=_DAY)
                texts.append(letter_text(draft.letter(today=_DAY)))
    return texts


def _make(cache: Path) -> None:
    """Fill the cache folder ``cache`` as letters would, without the shipped files."""
    before = os.environ.get("LETTER_COMPOSER_CACHE")
    os.environ["LETTER_COMPOSER_CACHE"] = str(cache)
    fonts._shipped_manifest[:] = [None]  # make everything, read nothing shipped
    try:
        _cut()
    finally:
        fonts._shipped_manifest.clear()  # read again when next asked
        if before is None:
            del os.environ["LETTER_COMPOSER_CACHE"]
        else:
            os.environ["LETTER_COMPOSER_CACHE"] = before


def _cut() -> None:
    """Every character map, and the faces cut down to the usual repertoires (see above)."""
    FPDF = import_fpdf().FPDF  # noqa: N806 - fpdf2's class
    for face in (*fonts.MAIN_FACES, *fonts.FALLBACK_FACES):
        fonts.coverage(face)
    texts = ["", "Ж", *_letter_texts()]  # the usual repertoire, with Cyrillic, the letters
    done: set[str] = set()
    for face in fonts.MAIN_FACES:
        if face.style not in ("", "B"):  # the faces letters, envelopes and sheets embed
            continue
        for text in texts:
            name = fonts._program_name(face, fonts._repertoire(face, text))
            if name in done:
                continue
            done.add(name)
            fonts.register(FPDF(unit="pt"), face, text)


def build(into: Path) -> list[str]:
    """Make the derived files in ``into`` (replacing what is there); returns their names."""
    into = into.resolve()
    into.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="derive-", dir=into.parent) as tmp:
        work = Path(tmp)
        _make(work / "cache")
        made = work / "derived"
        made.mkdir()
        lines = [
            fonts._MANIFEST_HEAD,
            fonts.derivation_key(),
            f"fpdf2 {import_fpdf().__version__}",
        ]
        names = sorted(p.name for p in (work / "cache" / "fonts").iterdir() if p.suffix in _KINDS)
        for name in names:
            data = (work / "cache" / "fonts" / name).read_bytes()
            (made / name).write_bytes(data)
            lines.append(f"{hashlib.sha256(data).hexdigest()} {name}")
        lines.append(".")
        (made / fonts.MANIFEST).write_text("\n".join(lines) + "\n", encoding="utf-8")
        old = work / "old"
        if into.exists():
            into.rename(old)
        made.rename(into)
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--into",
        type=Path,
        default=None,
        help="the folder to make (default: fonts/derived in the installed resources)",
    )
    args = parser.parse_args(argv)
    into = args.into or fonts.derived_folder()
    try:
        names = build(into)
    except OSError as exc:
        print(f"derive: cannot write {into}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"derive: {len(names)} files in {into}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
