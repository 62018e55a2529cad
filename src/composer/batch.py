"""A batch of letters from an event's sign-up sheet: one PDF per writer, each its own wording.

Qt-free, shared by ``letter-composer batch`` and the window's batch dialog. A row that cannot be
made (no name, unknown language, too long for one page) is reported with its line number and
the other rows are still made. Every letter made is counted (kind "batch"); no name is stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from composer.model import count, recipients
from composer.model.case import Case
from composer.model.draft import Draft, Sender
from composer.model.naming import letter_path
from composer.model.signup import RowProblem, Signup, Writer
from composer.render.layouts import Layout


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    letters: int = 0  # letters made (a writer with "all" recipients makes several)
    cancelled: bool = False
    count_error: str = ""  # the count could not be written: why

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled


def writer_draft(case: Case, writer: Writer, language: str, recipient: int) -> Draft:
    sender = Sender(writer.name, writer.address_lines, writer.town)
    draft = Draft.new(case, writer.language or language, sender)
    if recipient:
        draft.set_recipient(recipient)
    if writer.note:
        draft.set_personal(writer.note)
    return draft


def run_batch(
    case: Case,
    signup: Signup,
    layout: Layout,
    output_dir: Path,
    *,
    language: str,
    choice: recipients.Choice = 0,
    event: str = "",
    today: dt.date | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> BatchResult:
    """Make one PDF per writer in ``output_dir``. ``progress(done, total)`` is called before
    each row and after the last; returning False cancels (the letters made so far stay)."""
    from composer.render.letters import export_letters
    from composer.render.pdf import LetterTooLong, RenderError

    result = BatchResult(problems=list(signup.problems))
    total = len(signup.writers)
    output_dir.mkdir(parents=True, exist_ok=True)
    made: list[count.Made] = []
    day = today or dt.date.today()
    for done, writer in enumerate(signup.writers):
        if progress is not None and not progress(done, total):
            result.cancelled = True
            break
        draft = writer_draft(case, writer, language, 0 if choice is None else choice)
        letters = recipients.letters_for(draft, choice, day)
        path = letter_path(output_dir, case.id, writer.name, day)
        try:
            export_letters(letters, layout, path)
        except LetterTooLong:
            result.problems.append(RowProblem(writer.line, "the letter is too long for one page"))
            continue
        except RenderError as exc:
            result.problems.append(RowProblem(writer.line, str(exc)))
            continue
        except OSError as exc:
            result.problems.append(
                RowProblem(writer.line, f"cannot write {path}: {exc.strerror or exc}")
            )
            continue
        result.written.append(path)
        result.letters += len(letters)
        made += recipients.made(draft, choice, count.Kind.BATCH, event)
    else:
        if progress is not None:
            progress(total, total)
    result.problems.sort(key=lambda p: p.line)
    try:
        count.record(made)
    except count.CountError as exc:
        result.count_error = str(exc)
    return result
