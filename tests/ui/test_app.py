"""Starting the app: an unexpected error becomes a clear dialog, never a bare traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from composer.ui import app


def test_an_unexpected_error_is_a_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: shown.append((box.windowTitle(), box.text(), box.detailedText())) or 0,
    )
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


def test_a_file_open_event_opens_the_case(qtbot: QtBot, tmp_path: Path) -> None:
    """macOS: a double-clicked case file reaches the running app as a FileOpen event."""
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from composer.ui.main_window import MainWindow

    case_file = tmp_path / "mine.lccase"
    case_file.write_text('id = "mine"\ntitle = "A case of my own"\n', encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    handler = app.FileOpenHandler(window, window)
    instance = QApplication.instance()
    assert instance is not None
    instance.installEventFilter(handler)
    try:
        QApplication.sendEvent(instance, QFileOpenEvent(str(case_file)))
    finally:
        instance.removeEventFilter(handler)
    assert "A case of my own" in window.case_view.toPlainText()
