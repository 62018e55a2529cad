"""The start-up smoke switch used by the installer tests and the start-up benchmark."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from composer.ui import smoke


def test_does_nothing_without_the_variable(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A normal start is untouched."""
    monkeypatch.delenv(smoke.QUIT_AFTER_START_ENV, raising=False)
    assert smoke.install_quit_after_start(qapp) is False


def test_quits_after_first_window(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With the variable set, the first shown window ends the event loop with exit code 0."""
    monkeypatch.setenv(smoke.QUIT_AFTER_START_ENV, "1")
    assert smoke.install_quit_after_start(qapp) is True
    window = QWidget()
    window.setWindowTitle("Letter Composer")
    window.show()
    try:
        assert qapp.exec() == 0
    finally:
        window.close()
        smoke.uninstall_quit_after_start(qapp)
    assert "window shown: Letter Composer" in capsys.readouterr().out


def test_window_shown_before_arming_counts(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Armed just before exec(), a window that is already visible ends the loop too."""
    monkeypatch.setenv(smoke.QUIT_AFTER_START_ENV, "1")
    window = QWidget()
    window.show()
    try:
        assert smoke.install_quit_after_start(qapp) is True
        assert qapp.exec() == 0
    finally:
        window.close()
        smoke.uninstall_quit_after_start(qapp)


def test_gives_up_without_a_window(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    """No window at all: exit code 3 instead of hanging."""
    monkeypatch.setenv(smoke.QUIT_AFTER_START_ENV, "1")
    monkeypatch.setenv(smoke.QUIT_TIMEOUT_ENV, "0.05")
    assert smoke.install_quit_after_start(qapp) is True
    try:
        assert qapp.exec() == smoke.EXIT_NO_WINDOW
    finally:
        smoke.uninstall_quit_after_start(qapp)
