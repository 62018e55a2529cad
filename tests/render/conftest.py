"""Letters for the renderer's tests, made by hand (the renderer takes any Letter)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from composer.model.letter import Letter
from composer.render.layouts import LAYOUTS, Layout, get_layout
from composer.render.pdf import RenderResult, render_letter

CREATED = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)

DEMANDS = (
    "I urge you to ensure that Maryia Kalesnikava is released immediately and unconditionally.",
    "I call on you to end her incommunicado detention and allow her contact with the outside "
    "world.",
    "I respectfully ask you to stop all forms of torture and ill-treatment against her.",
    "I urge you to provide her with the adequate medical care she urgently needs.",
)

KALESNIKAVA = Letter(
    language="en",
    title="Belarus: End the torturous isolation of Maryia Kalesnikava",
    subject="Belarus: End the torturous isolation of Maryia Kalesnikava",
    sender_name="Margaret Thompson",
    sender_address=("42 Elm Street", "Guelph ON  N1H 3T5", "Canada"),
    date="November 26, 2026",
    recipient=(
        "Lt.-Gen. Ivan Kubrakou",
        "Minister of the Interior",
        "Vul. Haradski Val 4",
        "Minsk 220030",
        "BELARUS",
    ),
    salutation="Dear Minister,",
    paragraphs=(
        "I am writing to you from Guelph, Ontario, to ask for your urgent attention to the case "
        "of Maryia Kalesnikava, who has been imprisoned since September 2020 for her peaceful "
        "role in the 2020 election and the protests that followed.",
        "As a retired nurse, I am alarmed that she weighs only 45 kilograms and is denied the "
        "medical care she needs.",
        *DEMANDS,
        "I trust that you will give this matter your urgent attention, and I thank you for "
        "considering my letter.",
    ),
    valediction="Yours sincerely,",
    signature="Margaret Thompson",
)

# Writers' names in four scripts, each as words (pypdf gives right-to-left words in visual order).
NAMES = {
    "Cyrillic": "Мария Колесникова",
    "Greek": "Ελένη Παπαδοπούλου",
    "Hebrew": "מרים כהן",
    "Arabic": "مريم الحسيني",
}
HEBREW_PARAGRAPH = "אני כותבת אליך כדי להביע את דאגתי העמוקה לגורלה של מריה קולסניקובה."
ARABIC_PARAGRAPH = "أكتب إليكم للتعبير عن قلقي العميق بشأن ماريا كاليسنيكافا."


@pytest.fixture
def letter() -> Letter:
    return KALESNIKAVA


def _make(**changes: Any) -> Letter:
    return replace(KALESNIKAVA, **changes)


@pytest.fixture
def make_letter() -> Callable[..., Letter]:
    """The Kalesnikava letter with some fields changed."""
    return _make


@pytest.fixture
def names() -> dict[str, str]:
    return NAMES


@pytest.fixture
def demands() -> tuple[str, ...]:
    return DEMANDS


@pytest.fixture
def created() -> dt.datetime:
    return CREATED


@pytest.fixture(scope="session", params=sorted(LAYOUTS))
def rendered(request: pytest.FixtureRequest) -> tuple[Layout, RenderResult]:
    """The Kalesnikava letter rendered on each layout (once per test session)."""
    layout = get_layout(request.param)
    return layout, render_letter(KALESNIKAVA, layout, created=CREATED)


def _multiscript() -> Letter:
    """Writers' names in Cyrillic, Greek, Hebrew and Arabic, and a Hebrew and an Arabic
    paragraph."""
    return _make(
        sender_name=NAMES["Cyrillic"],
        sender_address=(NAMES["Greek"], NAMES["Hebrew"], NAMES["Arabic"]),
        paragraphs=(HEBREW_PARAGRAPH, ARABIC_PARAGRAPH, *KALESNIKAVA.paragraphs),
        signature=NAMES["Cyrillic"],
    )


@pytest.fixture
def multiscript_letter() -> Letter:
    return _multiscript()


@pytest.fixture(scope="session")
def multiscript_pdfs() -> dict[str, bytes]:
    """The multi-script letter on each layout."""
    return {
        lid: render_letter(_multiscript(), get_layout(lid), created=CREATED).pdf
        for lid in sorted(LAYOUTS)
    }


@pytest.fixture(scope="session")
def derived_fonts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What the build derives from the shipped fonts (composer.render.derive), made afresh."""
    from composer.render import derive

    folder = tmp_path_factory.mktemp("derived") / "derived"
    assert derive.main(["--into", str(folder)]) == 0
    return folder
