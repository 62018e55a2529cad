"""The domain's errors in the window's language: codes and parameters, translated."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from composer.model.case import CaseError
from composer.model.library import load_case
from composer.model.messages import MESSAGES
from composer.render.pdf import LetterTooLong, RenderError
from composer.ui.main_window import MainWindow
from composer.ui.messages import _sentences, error_text

ROOT = Path(__file__).resolve().parents[2]
FRENCH_QM = ROOT / "resources" / "translations" / "letter-composer_fr.qm"


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(FRENCH_QM))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_every_code_has_a_window_sentence_with_the_same_english() -> None:
    assert _sentences() == dict(MESSAGES)


def test_every_code_the_domain_raises_is_known() -> None:
    sources = [
        *(ROOT / "src/composer/model").glob("*.py"),
        *(ROOT / "src/composer/render").glob("*.py"),
    ]
    raised = {
        code
        for path in sources
        for code in re.findall(r"\.coded\(\s*\"([a-z.-]+)\"", path.read_text(encoding="utf-8"))
    }
    assert raised, "no coded errors found"
    assert raised <= set(MESSAGES), raised - set(MESSAGES)


def test_english_is_the_domains_own_sentence() -> None:
    with pytest.raises(CaseError) as caught:
        load_case("no-such-case")
    assert error_text(caught.value) == str(caught.value) == "there is no case called 'no-such-case'"
    assert error_text(LetterTooLong(2)) == str(LetterTooLong(2))


def test_errors_speak_french(french: None) -> None:
    with pytest.raises(CaseError) as caught:
        load_case("no-such-case")
    assert error_text(caught.value) == "il n’y a pas de cas nommé «\u00a0no-such-case\u00a0»"
    error = RenderError.coded("render.address-lines", lines=9, most=6)
    assert error_text(error) == (
        "l’adresse du destinataire compte 9 lignes\u00a0; la fenêtre de l’enveloppe en "
        "contient 6 au plus"
    )
    where = CaseError.coded("case.bad-id", field="id", source="x.toml", line=3, case="A B")
    assert error_text(where) == (
        "x.toml, ligne 3: id: «\u00a0A B\u00a0» n’est pas un identifiant de cas valide"
    )


def test_the_window_shows_a_case_error_in_french(french: None, qtbot: QtBot, answers: Any) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_library_case("no-such-case")
    _title, text = answers.errors[-1]
    assert text == "il n’y a pas de cas nommé «\u00a0no-such-case\u00a0»"


def test_an_error_without_a_code_is_shown_as_it_is() -> None:
    assert error_text(OSError("disk full")) == "disk full"
