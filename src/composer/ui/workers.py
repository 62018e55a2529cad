"""Results of worker threads handed back to the window's objects safely.

A worker that emits a signal of the object that started it crashes the app if the window has
deleted that object meanwhile (a closed window, the next test): the emit runs on the worker
thread while the object is torn down on the GUI thread. Workers emit on the relay instead, an
object that lives as long as the app; each receiver takes the results that carry its ticket,
and Qt drops a deleted receiver's connection, so a late result goes nowhere.
"""

from __future__ import annotations

import contextlib
import itertools

from PySide6.QtCore import QObject, Signal


class _Relay(QObject):
    result = Signal(int, object)  # the receiver's ticket, the worker's result


_relay: _Relay | None = None
_tickets = itertools.count(1)


def relay() -> _Relay:
    """The app's relay, made on first use on the GUI thread (by a receiver's constructor)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


def ticket() -> int:
    """A number that marks one receiver's results."""
    return next(_tickets)


def hand_back(ticket: int, result: object) -> None:
    """From a worker thread: ``result`` for the receiver holding ``ticket``."""
    found = _relay  # made by the receiver's constructor; never made here, off the GUI thread
    if found is not None:
        with contextlib.suppress(RuntimeError):  # the app is ending: the relay has gone
            found.result.emit(ticket, result)
