"""Starting the app: an unexpected error becomes a clear dialog, never a bare traceback."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from composer.ui import app


def test_an_unexpected_error_is_a_dialog(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(
        (box.windowTitle(), box.text(), box.detailedText())) or 0)
    try:
        raise RuntimeError("the printer caught fire")
    except RuntimeError as exc:
        app._excepthook(type(exc), exc, exc.__traceback__)
    title, text, details = shown[0]
    assert title == "Something went wrong"
    assert "the printer caught fire" in text
    assert "safety copy" in text
    assert "Traceback" in details
    assert "RuntimeError" in capsys.readouterr().err
