"""What outlives the window: the autosaved letter after a kill, start-up, files given to open."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from composer import paths
from composer.model.case import case_to_toml
from composer.model.library import delete_user_case, load_builtin, save_user_case, user_case_ids
from composer.model.packs import export_pack
from composer.ui import dialogs
from composer.ui.main_window import MainWindow

# Runs the real window offscreen, types into the letter as a writer would, and keeps running.
TYPING_APP = textwrap.dedent("""
    import sys
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from composer.ui.main_window import MainWindow

    app = QApplication(sys.argv)
    window = MainWindow()
    window.show()
    QTest.qWaitForWindowExposed(window)
    QTest.keyClicks(window.about_you.name_edit, "Ann Smith")
    window.demands_panel.checkboxes()[2].click()
    block = window.editor._blocks_of("opening")[0]
    cursor = window.editor.textCursor()
    cursor.setPosition(block.position())
    window.editor.setTextCursor(cursor)
    QTest.keyClicks(window.editor, "My own words before the crash. ")
    print("typed", flush=True)
    app.exec()
""")


def _env(data: Path) -> dict[str, str]:
    env = dict(os.environ, LETTER_COMPOSER_DATA=str(data), QT_QPA_PLATFORM="offscreen")
    env.pop("LETTER_COMPOSER_QUIT_AFTER_START", None)
    return env


def _copies() -> list[Path]:
    """The safety copies in the data folder (one per window that has something to keep)."""
    return sorted(paths.autosave_dir().glob("draft-*.json"))


def _autosaved(words: str) -> bool:
    for path in _copies():
        try:
            if words in path.read_text(encoding="utf-8"):
                return True
        except (FileNotFoundError, ValueError):
            pass
    return False


def _killed(window: MainWindow) -> None:
    """As if ``window``'s process had died: its lock goes, its safety copy stays."""
    window._autosaver.release()
    window.hide()


def test_autosave_survives_a_killed_process(qtbot: QtBot, user_data: Path, answers: Any) -> None:
    """Type, get killed (SIGKILL), start again: the letter is offered back, whole, but the
    name of a writer who did not ask to be remembered was never written to disk."""
    with subprocess.Popen(
        [sys.executable, "-c", TYPING_APP],
        env=_env(user_data),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            qtbot.waitUntil(lambda: _autosaved("My own words before the crash."), timeout=30000)
        finally:
            proc.send_signal(signal.SIGKILL)
            _, errors = proc.communicate(timeout=10)
    assert proc.returncode == -signal.SIGKILL, errors
    assert not _autosaved("Ann Smith")

    answers.restore = True
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.offer_restore()
    assert "restore" in answers.asked
    assert "My own words before the crash." in answers.restore_seen[0]
    text = window.editor.toPlainText()
    assert "My own words before the crash. " in text
    assert window.about_you.name_edit.text() == ""
    assert "Ann Smith" not in text
    assert not window.demands_panel.checkboxes()[2].isChecked()
    assert "torture" not in text
    # The restored letter keeps working: the unticked demand comes back, the name goes in.
    window.demands_panel.checkboxes()[2].click()
    assert "torture" in window.editor.toPlainText()
    qtbot.keyClicks(window.about_you.name_edit, "Ann Smith")
    assert window.editor.toPlainText().rstrip().endswith("Ann Smith")


def test_a_remembered_writer_comes_back_with_the_letter(qtbot: QtBot, answers: Any) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.about_you.remember_box.setChecked(True)
    qtbot.keyClicks(first.about_you.name_edit, "Ann Smith")
    qtbot.keyClicks(first.about_you.personal_edit, "Mine.")
    first._autosaver.save_now()
    assert _autosaved("Ann Smith")
    _killed(first)

    answers.restore = True
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.offer_restore()
    assert second.about_you.name_edit.text() == "Ann Smith"
    assert second.editor.toPlainText().rstrip().endswith("Ann Smith")
    first.editor.document().setModified(False)


def test_declining_the_offer_forgets_the_autosave(qtbot: QtBot, answers: Any) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    qtbot.keyClicks(first.about_you.personal_edit, "Mine.")
    qtbot.waitUntil(lambda: _autosaved("Mine."), timeout=5000)
    _killed(first)

    second = MainWindow()
    qtbot.addWidget(second)
    answers.restore = False
    assert not second.offer_restore()
    assert _copies() == []
    assert "Mine." not in second.editor.toPlainText()
    first.editor.document().setModified(False)


def test_a_running_window_keeps_its_own_copy(qtbot: QtBot, answers: Any) -> None:
    """Two windows at once: neither offers the other's letter back, nor deletes its copy."""
    first = MainWindow()
    qtbot.addWidget(first)
    qtbot.keyClicks(first.about_you.personal_edit, "First writer.")
    first._autosaver.save_now()
    second = MainWindow()
    qtbot.addWidget(second)
    assert not second.offer_restore()
    assert "restore" not in answers.asked
    qtbot.keyClicks(second.about_you.personal_edit, "Second writer.")
    second._autosaver.save_now()
    assert len(_copies()) == 2
    second.close()  # the stand-in dialog says "close anyway"
    assert _autosaved("First writer.") and not _autosaved("Second writer.")
    first.editor.document().setModified(False)


def test_continuous_typing_still_gets_a_safety_copy(qtbot: QtBot, window: MainWindow) -> None:
    """The copy waits for a pause, but never longer than its maximum delay."""
    from composer.ui.session import Autosaver

    saver = Autosaver(lambda: {"draft": {"typed": True}}, window, delay_ms=60_000, max_wait_ms=200)
    with qtbot.waitSignal(saver.saved, timeout=5000):
        for _ in range(400):  # a change every 10 ms restarts the one-minute wait each time
            saver.schedule()
            qtbot.wait(10)
            if saver.path.exists():
                break
    assert json.loads(saver.path.read_text(encoding="utf-8"))["draft"] == {"typed": True}
    saver.clear()
    saver.release()


def test_nothing_is_offered_after_a_clean_quit(qtbot: QtBot, answers: Any) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    qtbot.keyClicks(first.about_you.personal_edit, "Mine.")
    qtbot.waitUntil(lambda: bool(_copies()), timeout=5000)
    first.close()  # the stand-in dialog says "close anyway"
    assert "close" in answers.asked
    assert _copies() == []
    second = MainWindow()
    qtbot.addWidget(second)
    assert not second.offer_restore()
    assert "restore" not in answers.asked


def test_new_letter_clears_the_autosave(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.about_you.personal_edit, "Mine.")
    qtbot.waitUntil(lambda: bool(_copies()), timeout=5000)
    window.new_act.trigger()
    assert _copies() == []


@pytest.mark.parametrize(
    "content",
    ["{not json", '{"format": 1, "case": "kalesnikava", "draft": {"seed": Infinity}}', "[" * 5000],
    ids=["not json", "infinite seed", "deeply nested"],
)
def test_a_damaged_autosave_is_set_aside_once(qtbot: QtBot, answers: Any, content: str) -> None:
    """A copy that cannot be restored gets one message, then is never offered again."""
    damaged = paths.autosave_dir() / "draft-1-dead.json"
    damaged.parent.mkdir(parents=True)
    damaged.write_text(content, encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.offer_restore()
    assert "restore" not in answers.asked
    assert [title for title, _ in answers.errors] == ["Cannot restore a letter"]
    assert (paths.autosave_dir() / "unreadable" / damaged.name).read_text() == content
    assert _copies() == []
    again = MainWindow()
    qtbot.addWidget(again)
    assert not again.offer_restore()
    assert len(answers.errors) == 1


# The app through its own entry point; the steps run once the window is up.
SHUTDOWN_APP = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from composer.__main__ import main
    from composer.ui.main_window import MainWindow

    app = QApplication(sys.argv)

    def steps():
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        QTest.keyClicks(window.about_you.name_edit, "Ann Smith")
        QTest.keyClicks(window.about_you.town_edit, "Guelph")
        QTest.keyClicks(window.about_you.personal_edit, "Words before the shutdown.")
        print("typed", flush=True)

    QTimer.singleShot(300, steps)
    sys.exit(main([]))
""")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_shutdown_ends_the_app_cleanly(
    qtbot: QtBot, user_data: Path, answers: Any, signum: int
) -> None:
    """The laptop is shut down under the app: it exits 0, keeps the letter for next time,
    and leaves the name and town of a writer who did not ask to be remembered nowhere."""
    with subprocess.Popen(
        [sys.executable, "-c", SHUTDOWN_APP],
        env=_env(user_data),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "typed"
            qtbot.waitUntil(lambda: bool(list(paths.autosave_dir().glob("*.lock"))), timeout=10000)
            proc.send_signal(signum)
            _, errors = proc.communicate(timeout=20)
        finally:
            proc.kill()
    assert proc.returncode == 0, errors
    assert "Traceback" not in errors
    assert list(paths.autosave_dir().glob("*.lock")) == []
    assert _autosaved("Words before the shutdown.")
    for path in user_data.rglob("*"):
        if path.is_file():
            content = path.read_text(encoding="utf-8", errors="replace")
            assert "Ann Smith" not in content and "Guelph" not in content, path

    answers.restore = True
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.offer_restore()
    assert "Words before the shutdown." in window.editor.toPlainText()


def test_cancelling_close_keeps_the_letter(qtbot: QtBot, window: MainWindow, answers: Any) -> None:
    qtbot.keyClicks(window.about_you.personal_edit, "Mine.")
    answers.close = False
    window.close()
    assert window.isVisible()
    answers.close = True


def test_start_up_loads_no_pdf_library(user_data: Path) -> None:
    """fpdf2 and pypdf load when first needed, never while the window opens; nor do the
    spell-check dictionaries' library (loaded once the window is up) and the dialogs the first
    window does not show."""
    code = textwrap.dedent("""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication(sys.argv)
        from composer.ui.main_window import MainWindow
        window = MainWindow()
        window.show()
        app.processEvents()
        later = ("fpdf", "pypdf", "uharfbuzz", "pdfplumber", "spellchecker",
                 "composer.model.importer",
                 "composer.ui.event_dialog", "composer.ui.import_review",
                 "composer.ui.report_dialog", "composer.ui.batch_dialog")
        print(sorted(m for m in later if m in sys.modules))
    """)
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=_env(user_data),
        text=True,
        capture_output=True,
        timeout=60,
        check=True,
    ).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_quit_after_start_hook(user_data: Path) -> None:
    """LETTER_COMPOSER_QUIT_AFTER_START=1: the window opens and the app exits with 0."""
    env = dict(_env(user_data), LETTER_COMPOSER_QUIT_AFTER_START="1")
    result = subprocess.run(
        [sys.executable, "-m", "composer"], env=env, text=True, capture_output=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_garbage_collection_is_back_on_once_the_window_shows(user_data: Path) -> None:
    """The entry point turns collection off while the window is built; once it has shown, the
    app collects again (a session without it would keep every cycle it ever made)."""
    code = textwrap.dedent("""
        import gc
        from composer.__main__ import main
        code = main([])
        print(code, gc.isenabled())
    """)
    env = dict(_env(user_data), LETTER_COMPOSER_QUIT_AFTER_START="1")
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, text=True, capture_output=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "0 True"


def test_a_case_file_opens_in_the_window(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """A double-clicked .toml case opens; a pack gets a clear message."""
    text = (
        case_to_toml(load_builtin("kalesnikava"))
        .replace('id = "kalesnikava"', 'id = "copy-case"')
        .replace("Belarus: End the torturous", "Copy: End the torturous")
    )
    case_file = tmp_path / "copy.toml"
    case_file.write_text(text, encoding="utf-8")
    assert window.open_path(case_file)
    assert window.case.id == "copy-case"
    assert "Copy: End the torturous" in window.case_view.toPlainText()
    assert window.suggested_pdf_path().name.startswith("copy-case-")


def test_a_double_clicked_pack_goes_into_the_library(
    window: MainWindow, tmp_path: Path, answers: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pack made on another laptop adds its case; a broken pack gets one message."""
    case = dataclasses.replace(load_builtin("kalesnikava"), id="copy-case", title="Copy")
    save_user_case(case)
    pack = tmp_path / "month.lcpack"
    export_pack(["copy-case"], pack)
    delete_user_case("copy-case")
    assert window.open_path(pack)
    assert "info:Added to your case library:\n• Copy" in answers.asked
    assert "copy-case" in user_case_ids()
    assert window.case.id == "copy-case"  # the pack's one case is opened

    refused: list[str] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, title, message, details="": refused.append(title)
    )
    broken = tmp_path / "broken.lcpack"
    broken.write_bytes(b"not a zip")
    assert not window.open_path(broken)
    assert refused == ["Cannot import the case pack"]


def test_a_bad_case_file_gets_a_clear_message(
    window: MainWindow, tmp_path: Path, answers: Any
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("id = 3\n", encoding="utf-8")
    assert not window.open_path(bad)
    assert len(answers.errors) == 1 and "id" in answers.errors[0][1]
    assert window.case.id == "kalesnikava"


def test_autosave_file_is_plain_json(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.demands_panel.checkboxes()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window._autosaver.path.exists(), timeout=5000)
    data = json.loads(window._autosaver.path.read_text(encoding="utf-8"))
    assert data["case"] == "kalesnikava"
    assert data["draft"]["blocks"][5]["key"] == "demand-0"
    assert data["draft"]["blocks"][5]["included"] is False


def test_an_untouched_letter_is_not_autosaved(window: MainWindow, qtbot: QtBot) -> None:
    """Only a letter the writer changed is kept for a restore; one change starts the clock."""
    assert not window._autosaver.pending()
    qtbot.mouseClick(window.demands_panel.checkboxes()[1], Qt.MouseButton.LeftButton)
    assert window._autosaver.pending()
