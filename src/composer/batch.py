"""A batch of letters from an event's sign-up sheet: one PDF per writer, each its own wording.

Qt-free, shared by ``letter-composer batch`` and the window's batch dialog. A row that cannot be
made (no name, unknown language, too long for one page) is reported with its line number and
the other rows are still made. Every letter made is counted (kind "batch"); no name is stored.

On the command line the letters are laid out by several processes at once where the system
can fork a single-threaded process (Linux, the BSDs); the window makes them one by one.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from composer.model import count, recipients
from composer.model.case import Case
from composer.model.draft import Draft, Sender
from composer.model.naming import letter_path
from composer.model.signup import RowProblem, Signup, Writer
from composer.render.layouts import Layout

MAX_WORKERS = 4
ROWS_PER_WORKER = 8  # fewer rows than this per process: starting the process does not pay


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


@dataclass(frozen=True)
class _Job:
    case: Case
    writer: Writer
    language: str
    choice: recipients.Choice
    layout: Layout
    path: Path
    day: dt.date
    event: str


@dataclass(frozen=True)
class _Done:
    job: _Job
    problem: RowProblem | None  # None when the letter was made
    made: tuple[count.Made, ...] = ()


def writer_draft(case: Case, writer: Writer, language: str, recipient: int) -> Draft:
    sender = Sender(writer.name, writer.address_lines, writer.town)
    draft = Draft.new(case, writer.language or language, sender)
    if recipient:
        draft.set_recipient(recipient)
    if writer.note:
        draft.set_personal(writer.note)
    return draft


def _make(job: _Job) -> _Done:
    """One writer's PDF (in this process or a worker)."""
    from composer.render.letters import export_letters
    from composer.render.pdf import LetterTooLong, RenderError

    first = 0 if job.choice is None else job.choice
    draft = writer_draft(job.case, job.writer, job.language, first)
    letters = recipients.letters_for(draft, job.choice, job.day)
    line = job.writer.line
    try:
        export_letters(letters, job.layout, job.path)
    except LetterTooLong:
        return _Done(job, RowProblem.coded("signup.too-long", line=line))
    except RenderError as exc:
        return _Done(job, RowProblem(line, str(exc), exc.code, exc.params))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return _Done(
            job, RowProblem.coded("signup.cannot-write", line=line, path=job.path, reason=reason)
        )
    made = recipients.made(draft, job.choice, count.Kind.BATCH, job.event)
    return _Done(job, None, tuple(made))


def _single_threaded() -> bool:
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False  # no way to tell: never fork a process that may have threads


def default_workers(rows: int) -> int:
    """How many processes a command-line batch of ``rows`` letters uses."""
    if sys.platform == "darwin" or "fork" not in multiprocessing.get_all_start_methods():
        return 1  # macOS's system libraries are not safe across fork; Windows has none
    if not _single_threaded():
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS, rows // ROWS_PER_WORKER))


def _results(jobs: list[_Job], workers: int) -> Iterator[_Done]:
    if workers <= 1 or len(jobs) < 2:
        for job in jobs:
            yield _make(job)
        return
    # The first letter here: fpdf2 and the fonts are loaded once, and every worker inherits them.
    yield _make(jobs[0])
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_make, jobs[1:], chunksize=2)


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
    workers: int = 1,
) -> BatchResult:
    """Make one PDF per writer in ``output_dir``. ``progress(done, total)`` is called before
    each row and after the last; returning False cancels (the letters made so far stay)."""
    result = BatchResult(problems=list(signup.problems))
    total = len(signup.writers)
    output_dir.mkdir(parents=True, exist_ok=True)
    day = today or dt.date.today()
    reserved: set[str] = set()  # names handed out, so no two writers share one
    jobs = [
        _Job(
            case,
            writer,
            language,
            choice,
            layout,
            letter_path(output_dir, case.id, writer.name, day, reserved),
            day,
            event,
        )
        for writer in signup.writers
    ]
    made: list[count.Made] = []
    done = 0
    if progress is not None and not progress(0, total):
        result.cancelled = True
    else:
        for outcome in _results(jobs, workers):
            done += 1
            if outcome.problem is not None:
                result.problems.append(outcome.problem)
            else:
                result.written.append(outcome.job.path)
                result.letters += len(outcome.made)
                made += outcome.made
            if progress is not None and not progress(done, total) and done < total:
                result.cancelled = True
                break
    result.problems.sort(key=lambda p: p.line)
    try:
        count.record(made)
    except count.CountError as exc:
        result.count_error = str(exc)
    return result
