"""The window facing hostile packs, unprintable characters, direction overrides and a
read-only data folder: the letter always comes out, and the writer is told what will not."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from composer.model.packs import import_pack
from composer.ui import dialogs
from composer.ui.dialogs import confirm_unprintable as real_confirm_unprintable
from composer.ui.main_window import MainWindow
from hostile_packs import (
    DEMANDS,
    REFUSED_TEMPLATES,
    RUNTIME_HOSTILE,
    pack_bytes,
    pin_new_drafts_to_the_last_wording,
    write,
)
from pdf_support import pdf_text


def start_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_text(widget: Any, text: str) -> None:
    """Type characters as a keyboard (or an input method) sends them, whatever they are."""
    for char in text:
        event = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(widget, event)


@pytest.mark.parametrize("kind", sorted(RUNTIME_HOSTILE))
def test_the_window_starts_and_exports_in_shipped_words_after_a_hostile_pack(
    qtbot: QtBot, answers: Any, tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Imported before the window starts (it used to say "Something went wrong" at every
    start), then drawn for the letter: the export has every demand and none of the pack."""
    pack = write(tmp_path / "p.lcpack", pack_bytes({"en/demand-20.j2": RUNTIME_HOSTILE[kind]}))
    import_pack(pack)
    pin_new_drafts_to_the_last_wording(monkeypatch)
    window = start_window(qtbot)
    qtbot.keyClicks(window.about_you.name_edit, "Margaret Thompson")
    window.check_fit_now()
    assert window.statusBar().currentMessage() == (
        "The custom wording en/demand-20.j2 cannot be used; a standard wording is used instead."
    )
    answers.save_path = tmp_path / "letter.pdf"

    window.export_act.trigger()

    assert answers.errors == []
    text = pdf_text(tmp_path / "letter.pdf")
    for demand in DEMANDS:
        assert demand in text
    assert "Zebra" not in text and "Margaret Thompson" in text


def test_hostile_packs_imported_through_the_window(
    qtbot: QtBot, answers: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Case ▸ Import Case Pack…: a refused pack is one message; an accepted hostile one is
    "added", and the next letter still exports with every demand."""
    window = start_window(qtbot)
    name, source, reason = REFUSED_TEMPLATES["salutation override"]
    answers.pack_file = write(tmp_path / "override.lcpack", pack_bytes({name: source}))
    window.import_pack_act.trigger()
    assert len(answers.errors) == 1 and reason in answers.errors[0][1]
    answers.errors.clear()
    answers.pack_file = write(
        tmp_path / "hang.lcpack", pack_bytes({"en/demand-20.j2": RUNTIME_HOSTILE["hang"]})
    )
    window.import_pack_act.trigger()
    assert "info:Letter wordings added: 1" in answers.asked
    pin_new_drafts_to_the_last_wording(monkeypatch)
    window.new_letter()
    qtbot.keyClicks(window.about_you.name_edit, "Margaret Thompson")
    answers.save_path = tmp_path / "letter.pdf"

    window.export_act.trigger()

    text = pdf_text(tmp_path / "letter.pdf")
    assert "Dear Minister," in text and "Hey you" not in text and "Zebra" not in text
    for demand in DEMANDS:
        assert demand in text


def test_the_window_names_characters_no_font_can_draw_before_export_and_print(
    qtbot: QtBot, answers: Any, tmp_path: Path
) -> None:
    window = start_window(qtbot)
    type_text(window.about_you.name_edit, "山田 花子 😀")
    window.check_fit_now()
    assert window.fit_text() == "⚠ Cannot be printed: 山 田 花 子 😀"
    answers.save_path = tmp_path / "letter.pdf"

    window.export_act.trigger()  # the writer cancels
    assert "unprintable:山 田 花 子 😀" in answers.asked
    assert not (tmp_path / "letter.pdf").exists()
    assert not any(q.startswith("save:") for q in answers.asked)

    answers.asked.clear()
    window.print_act.trigger()  # cancelled too: nothing goes to a printer
    assert answers.asked == ["unprintable:山 田 花 子 😀"]

    answers.unprintable_anyway = True
    window.export_act.trigger()
    text = pdf_text(tmp_path / "letter.pdf")
    assert not set("山田花子😀") & set(text) and "released immediately" in text


def test_export_instead_of_a_failed_print_asks_nothing_twice(
    qtbot: QtBot, answers: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Print finds no working printer; the writer chooses Export PDF Instead: the PDF is
    saved without asking again what Print already asked (the characters no font draws)."""
    from composer.ui.printing import PrintOutcome, PrintResult

    window = start_window(qtbot)
    type_text(window.about_you.name_edit, "山田 花子")
    window.check_fit_now()
    sent: list[bytes] = []

    class FailingPrinter:
        def print_letter(
            self, pdf: bytes, size: tuple[float, float], title: str = ""
        ) -> PrintResult:
            sent.append(pdf)
            return PrintResult(PrintOutcome.EXPORT_INSTEAD, "Office printer", error="offline")

    monkeypatch.setattr(window.printing, "_print_controller", lambda: FailingPrinter())
    answers.unprintable_anyway = True
    answers.save_path = tmp_path / "letter.pdf"
    window.print_act.trigger()
    assert len(sent) == 1
    # Each question once: the example case's passed deadline, the characters, where to save.
    assert [q.split(":")[0] for q in answers.asked] == [
        "expired",
        "unprintable",
        "save",
        "open-pdf",
    ]
    assert "unprintable:山 田 花 子" in answers.asked
    assert "released immediately" in pdf_text(tmp_path / "letter.pdf")


def test_the_question_names_the_characters_and_says_they_are_left_out(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QMessageBox] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box)
        go = next(b for b in box.buttons() if b.text() == "Print Anyway")
        assert isinstance(go, QPushButton)
        go.click()
        return 0

    monkeypatch.setattr(dialogs, "run_modal", answer)
    assert real_confirm_unprintable(None, "山 😀", printing=True) is True
    box = shown[0]
    assert box.windowTitle() == "Some characters cannot be printed"
    assert "these characters of your letter: 山 😀" in box.text()
    assert "They would be left out of the page" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)


def test_direction_overrides_typed_or_pasted_never_reach_screen_or_paper(
    qtbot: QtBot, answers: Any, tmp_path: Path
) -> None:
    """U+202E typed in the name and pasted into the letter: the field, the letter on screen and
    the PDF all read "Ann Writer" (it used to show one way on screen and the other on paper)."""
    window = start_window(qtbot)
    type_text(window.about_you.name_edit, "Ann \u202eWriter\u202c")
    QApplication.clipboard().setText("A friend \u2067from Guelph\u2069.")
    window.editor.setFocus()
    cursor = window.editor.textCursor()
    block = window.editor._blocks_of("closing")[-1]
    cursor.setPosition(block.position() + block.length() - 1)
    window.editor.setTextCursor(cursor)
    window.editor.paste()
    answers.save_path = tmp_path / "letter.pdf"

    window.export_act.trigger()

    assert window.about_you.name_edit.text() == "Ann Writer"
    on_screen = window.editor.toPlainText()
    assert "Ann Writer" in on_screen and "A friend from Guelph." in on_screen
    assert not any(
        ch in on_screen for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    )
    text = pdf_text(tmp_path / "letter.pdf")
    assert "Ann Writer" in text and "A friend from Guelph." in text


def test_a_case_file_with_overrides_shows_and_prints_them_plainly(
    qtbot: QtBot, answers: Any, tmp_path: Path
) -> None:
    import dataclasses

    from composer.model.case import case_to_toml
    from composer.model.library import open_case

    case = open_case("kalesnikava")
    rec = dataclasses.replace(case.recipients[0], name="Lt.-Gen. \u202eIvan Kubrakou\u202c")
    path = tmp_path / "rlo.toml"
    path.write_text(
        case_to_toml(dataclasses.replace(case, id="rlo", recipients=(rec,))), encoding="utf-8"
    )
    window = start_window(qtbot)
    assert window.open_path(path)
    assert "Lt.-Gen. Ivan Kubrakou" in window.editor.toPlainText()
    answers.save_path = tmp_path / "letter.pdf"
    window.export_act.trigger()
    assert "Lt.-Gen. Ivan Kubrakou" in pdf_text(tmp_path / "letter.pdf")


def _can_mount() -> bool:
    if shutil.which("unshare") is None or os.geteuid() != 0:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs tmpfs /mnt"], capture_output=True, check=False
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount(), reason="needs root and unshare -m (a private tmpfs)")
def test_a_read_only_data_folder_at_close_is_one_message(tmp_path: Path) -> None:
    """A read-only data folder (a locked-down lab account, a read-only share): the window
    starts, the letter is written, and at close one message says what could not be kept."""
    data = tmp_path / "data"
    data.mkdir()
    script = tmp_path / "close.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import os, subprocess
            subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", {str(data)!r}],
                           check=True)
            from PySide6.QtWidgets import QApplication
            app = QApplication([])
            from composer.ui import dialogs
            from composer.ui.main_window import MainWindow
            shown = []
            dialogs.show_error = lambda parent, title, text, details="": shown.append(text)
            dialogs.confirm_close = lambda parent: True
            subprocess.run(["mount", "-o", "remount,ro", {str(data)!r}], check=True)
            w = MainWindow(); w.show(); app.processEvents()
            w.about_you.name_edit.setText("Ann Smith")
            w._autosaver.save_now()
            w.close(); app.processEvents()
            print("closed" if not w.isVisible() else "open")
            print(*shown, sep="\\n")
            """
        ),
        encoding="utf-8",
    )
    env = {**os.environ, "LETTER_COMPOSER_DATA": str(data), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        ["unshare", "-m", sys.executable, str(script)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout.splitlines() == [
        "closed",
        f"Your settings could not be saved: the folder {data} cannot be written to.",
    ]


def test_a_safety_copy_that_cannot_be_removed_at_close_is_said(
    qtbot: QtBot, answers: Any, monkeypatch: pytest.MonkeyPatch, user_data: Path
) -> None:
    """The folder turned read-only while the letter was open (EROFS on the removal): the
    window still closes, and says the copy, with the writer's details, may remain."""
    import errno

    window = start_window(qtbot)
    qtbot.keyClicks(window.about_you.name_edit, "Ann Smith")
    window._autosaver.save_now()
    copy = window._autosaver.path
    assert copy.exists()
    real_unlink = Path.unlink

    def unlink(path: Path, missing_ok: bool = False) -> None:
        if path == copy:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        real_unlink(path, missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    assert window.close()
    assert answers.errors == [
        (
            "Letter Composer could not tidy up",
            f"The safety copy of your letter, with your name and address, could not be removed "
            f"from {user_data}. If this computer is shared, delete it there.",
        )
    ]
