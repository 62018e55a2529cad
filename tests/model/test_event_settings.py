"""An event: what the coordinator fixed, and the PIN (kept only as a salted hash)."""

from __future__ import annotations

import datetime as dt

import pytest

from composer import paths
from composer.model import event
from composer.model.event import Event, EventError


def test_an_event_is_saved_without_its_pin_and_checks_it() -> None:
    started = Event.start(
        "Write for Rights", dt.date(2026, 12, 10), "4821", place="Guelph", case_ids=("a", "b")
    )
    event.save(started)
    text = paths.event_path().read_text(encoding="utf-8")
    assert "4821" not in text
    loaded = event.load()
    assert loaded is not None and loaded.case_ids == ("a", "b")
    assert loaded.check_pin("4821") and not loaded.check_pin("1234")
    assert loaded.folder().name == "2026-12-10 Write for Rights"
    event.end()
    assert event.load() is None


@pytest.mark.parametrize(
    ("name", "pin", "cases", "message"),
    [("", "4821", ("a",), "name"), ("X", "12", ("a",), "4 digits"), ("X", "4821", (), "case")],
)
def test_an_event_needs_a_name_a_pin_and_a_case(
    name: str, pin: str, cases: tuple[str, ...], message: str
) -> None:
    with pytest.raises(EventError, match=message):
        Event.start(name, dt.date(2026, 12, 10), pin, case_ids=cases)
