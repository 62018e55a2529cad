"""The page check in the status bar: does the letter fit on one page?

Laying the letter out takes fpdf2 (a quarter of a second to load, tens of milliseconds a run), so
the check runs in a worker thread a moment after the writer stops typing; the window never waits
for it. Only the newest check's answer is shown.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Slot

from composer.model.letter import Letter
from composer.render.layouts import Layout, get_layout
from composer.ui import workers
from composer.ui.messages import error_text
from composer.ui.theme import mark_warning

if TYPE_CHECKING:
    from composer.ui.main_window import MainWindow

FIT_CHECK_DELAY_MS = 600

FITS, TOO_LONG, CANNOT, UNPRINTABLE = "fits", "too-long", "cannot", "unprintable"


def _outcome(letter: Letter, layout: Layout) -> tuple[str, str]:
    """(FITS / TOO_LONG / CANNOT / UNPRINTABLE, the reason or the characters no font has)."""
    from composer.render.fonts import unprintable_characters
    from composer.render.pdf import RenderError, render_letter  # fpdf2 loads here, once

    try:
        result = render_letter(letter, layout)
    except RenderError as exc:
        return CANNOT, error_text(exc)
    if missing := unprintable_characters(letter):
        return UNPRINTABLE, " ".join(missing)
    return (FITS if result.fits_one_page else TOO_LONG), ""


class PageCheck(QObject):
    """Schedules the check, runs it off the GUI thread, shows the answer in the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._generation = itertools.count(1)
        self._latest = 0
        self._warning = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FIT_CHECK_DELAY_MS)
        self.timer.timeout.connect(self._check_in_background)
        self._ticket = workers.ticket()
        workers.relay().result.connect(self._from_worker)

    def schedule(self, delay_ms: int | None = None) -> None:
        """Check a moment from now (the timer restarts while the writer types)."""
        if delay_ms is None:
            self.timer.start()
        else:
            self.timer.start(delay_ms)

    def check_now(self) -> None:
        """Check at once, on this thread (tests, benchmarks)."""
        self.timer.stop()
        self._latest = next(self._generation)
        self._show(self._latest, *_outcome(self._letter(), self._layout()))

    def _letter(self) -> Letter:
        letter = self._window.draft.letter()
        self._tell_wording_warnings()
        return letter

    def _tell_wording_warnings(self) -> None:
        """A custom wording left out for a shipped one is said in the status bar."""
        from composer.model.templates import take_wording_warnings

        for warning in take_wording_warnings():
            self._window.statusBar().showMessage(
                self.tr(
                    "The custom wording {name} cannot be used; a standard wording is used instead."
                ).format(name=warning.name),
                15000,
            )

    def _layout(self) -> Layout:
        return get_layout(self._window.layout_id)

    @Slot()
    def _check_in_background(self) -> None:
        generation = self._latest = next(self._generation)
        letter, layout = self._letter(), self._layout()  # plain frozen data: safe to hand over

        ticket = self._ticket

        def run() -> None:
            workers.hand_back(ticket, (generation, *_outcome(letter, layout)))

        QThreadPool.globalInstance().start(run)

    @Slot(int, object)
    def _from_worker(self, ticket: int, result: tuple[int, str, str]) -> None:
        if ticket == self._ticket:
            self._show(*result)

    def _show(self, generation: int, outcome: str, reason: str) -> None:
        if generation != self._latest:
            return  # the letter changed since: a newer check is on its way
        label = self._window.fit_label
        if outcome == CANNOT:
            label.setText(self.tr("⚠ {problem}").format(problem=reason))
        elif outcome == UNPRINTABLE:
            label.setText(self.tr("⚠ Cannot be printed: {characters}").format(characters=reason))
        elif outcome == FITS:
            label.setText(self.tr("✓ Fits on one page"))
        else:
            label.setText(self.tr("⚠ Too long for one page: shorten your letter"))
        self._warning = outcome != FITS
        self.restyle()

    def restyle(self) -> None:
        """A warning in the palette's readable red; after a theme change too."""
        mark_warning(self._window.fit_label, self._warning)
