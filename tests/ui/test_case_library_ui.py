"""The case library through the real window, as a coordinator would use it.

Import an Urgent Action (file, clipboard, drop), see it in the window, refuse bad input with one
message, carry cases to another laptop in a pack, and never lose a letter when switching case.
Every dialog is answered by the test (tests/ui/conftest.py closes any the test does not drive).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QTextBrowser, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from composer import paths
from composer.model.importer import import_file
from composer.model.library import add_user_case, is_builtin, load_builtin, open_case, user_case_ids
from composer.model.packs import read_pack
from composer.ui import app, case_picker, import_review, pack_export
from composer.ui.case_picker import CasePickerDialog
from composer.ui.import_review import CaseReviewDialog
from composer.ui.main_window import MainWindow
from composer.ui.pack_export import PackExportDialog
from composer.ui.session import app_settings

DATA = Path(__file__).resolve().parents[1] / "data" / "ua"
SEED = DATA / "kalesnikava-urgent-action.txt"
HONDURAS = DATA / "honduras-copinh-2017.txt"


@dataclasses.dataclass(frozen=True)
class Expected:
    case_id: str
    title: str
    demands: tuple[str, ...]
    recipient: tuple[str, ...]  # lines of the recipient's address in the letter
    highlighted: frozenset[str]


SAMPLES = {
    "kalesnikava": (
        SEED,
        Expected(
            "maryia-kalesnikava",
            "Belarus: End the torturous isolation of Maryia Kalesnikava",
            (
                "Ensure that Maryia Kalesnikava is released immediately and unconditionally.",
                "End her incommunicado detention and allow her contact with the outside world.",
                "Stop all forms of torture and ill-treatment against her.",
                "Provide her with the adequate medical care she urgently needs.",
            ),
            ("Lt.-Gen. Ivan Kubrakou", "Vul. Haradski Val 4", "Minsk 220030"),
            frozenset({"languages"}),
        ),
    ),
    "honduras": (
        HONDURAS,
        Expected(
            "berta-zuniga-caceres",
            "ARMED ATTACK AGAINST MEMBERS OF COPINH",
            (
                "Ensure that COPINH members have all the protection they ask for.",
                "Publicly recognize the legitimate human rights work done by their organization.",
            ),
            ("General de División Julián Pacheco", "Minister of Security", "Tegucigalpa"),
            frozenset({"demands"}),
        ),
    ),
}


# ---------------------------------------------------------------------------------- helpers


def named(window: QWidget, cls: type, name: str) -> Any:
    children: list[QWidget] = window.findChildren(cls)
    found = [w for w in children if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} widgets named {name!r}"
    return found[0]


def background(window: MainWindow) -> str:
    return str(named(window, QTextBrowser, "Case background").toPlainText())


def letter(window: MainWindow) -> str:
    return str(named(window, QTextEdit, "Letter draft").toPlainText())


def demand_boxes(window: MainWindow) -> list[str]:
    return [box.accessibleName() for box in window.demands_panel.checkboxes()]


def library(folder: Path | None = None) -> dict[str, bytes]:
    """Every file of the case library (and custom templates), to check nothing changed."""
    root = folder or paths.user_data_dir()
    found = {}
    for sub in ("cases", "templates"):
        if (root / sub).is_dir():
            found.update(
                {
                    p.relative_to(root).as_posix(): p.read_bytes()
                    for p in sorted((root / sub).rglob("*"))
                    if p.is_file()
                }
            )
    return found


@pytest.fixture
def reviews(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> list[CaseReviewDialog]:
    """The review dialog is shown and the coordinator clicks Save; the dialogs are kept."""
    shown: list[CaseReviewDialog] = []

    def save(dialog: QDialog) -> int:
        assert isinstance(dialog, CaseReviewDialog)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(import_review, "_exec_dialog", save)
    return shown


def pick(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, case_id: str) -> None:
    """The case picker: the coordinator selects ``case_id`` and clicks Open."""

    def choose(dialog: QDialog) -> int:
        assert isinstance(dialog, CasePickerDialog)
        qtbot.addWidget(dialog)
        dialog.select(case_id)
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(case_picker, "_exec_dialog", choose)


def drag_and_drop(target: QWidget, path: Path | list[Path]) -> bool:
    """Drag files from a file manager onto ``target`` and drop them; True if the drop was taken.

    As Qt does: a drag enter first (a widget that refuses it never gets the drop), then the drop.
    """
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in (path if isinstance(path, list) else [path])])
    point = QPointF(target.width() / 2, target.height() / 2)
    enter = QDragEnterEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def type_in_letter(qtbot: QtBot, window: MainWindow, text: str) -> None:
    editor = window.editor
    block = editor._blocks_of("opening")[-1]
    cursor = editor.textCursor()
    cursor.setPosition(block.position() + block.length() - 1)
    editor.setTextCursor(cursor)
    editor.setFocus()
    qtbot.keyClicks(editor, text)


def assert_shows(window: MainWindow, expected: Expected) -> None:
    """The case is open everywhere: case pane, demands, letter, the case button, settings."""
    assert window.case.id == expected.case_id
    assert expected.title in background(window)
    assert demand_boxes(window) == list(expected.demands)
    assert all(box.isChecked() for box in window.demands_panel.checkboxes())
    text = letter(window)
    for line in expected.recipient:
        assert line in text
    assert expected.demands[0][1:-1] in text  # "I urge you to ensure that ..."
    assert expected.title[:20] in window.case_button.text()
    assert app_settings().value("letter/case") == expected.case_id  # start-up reopens it


# ---------------------------------------------------------------------------------- the menu


def test_case_menu_has_every_library_action(window: MainWindow) -> None:
    menu = window.case_menu
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "Open Case…",
        "Open Case File…",
        "Import Urgent Action…",
        "Paste Urgent Action",
        "Edit This Case…",
        "Export Case Pack…",
        "Import Case Pack…",
    ]
    assert window.open_case_act.shortcut().toString() == "Ctrl+O"
    assert window.import_ua_act.shortcut().toString() == "Ctrl+I"
    assert window.paste_ua_act.shortcut().toString() == "Ctrl+Shift+V"
    assert window.case_button.menu() is menu
    assert window.case_button.text() == "Case: Belarus: End the torturous isolation of Maryia…"


# ---------------------------------------------------------------------------------- importing


@pytest.mark.parametrize("sample", list(SAMPLES))
def test_import_action_reviews_saves_and_opens_the_case(
    window: MainWindow, answers: Any, reviews: list[CaseReviewDialog], qtbot: QtBot, sample: str
) -> None:
    path, expected = SAMPLES[sample]
    answers.import_file = path
    window.import_ua_act.trigger()
    assert "import-file" in answers.asked
    (dialog,) = reviews
    assert dialog.highlighted_fields() == expected.highlighted  # what the coordinator checks
    assert expected.case_id in user_case_ids()
    assert open_case(expected.case_id).title == expected.title
    assert_shows(window, expected)
    assert "saved in your case library and open" in window.statusBar().currentMessage()
    assert answers.errors == []

    # Start-up (the next evening) opens the same case.
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.case.id == expected.case_id


def test_cancelled_review_saves_nothing(
    window: MainWindow, answers: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_review, "_exec_dialog", lambda d: QDialog.DialogCode.Rejected)
    answers.import_file = HONDURAS
    window.import_ua_act.trigger()
    assert user_case_ids() == []
    assert window.case.id == "kalesnikava"
    answers.import_file = None  # the file dialog cancelled
    window.import_ua_act.trigger()
    assert window.case.id == "kalesnikava" and answers.errors == []


def test_importing_twice_keeps_both(
    window: MainWindow, answers: Any, reviews: list[CaseReviewDialog]
) -> None:
    answers.import_file = HONDURAS
    window.import_ua_act.trigger()
    window.import_ua_act.trigger()
    assert user_case_ids() == ["berta-zuniga-caceres", "berta-zuniga-caceres-2"]
    assert window.case.id == "berta-zuniga-caceres-2"


def test_paste_urgent_action_from_the_clipboard(
    window: MainWindow, reviews: list[CaseReviewDialog]
) -> None:
    QGuiApplication.clipboard().setText(HONDURAS.read_text(encoding="utf-8"))
    window.paste_ua_act.trigger()
    assert len(reviews) == 1
    assert_shows(window, SAMPLES["honduras"][1])


@pytest.mark.parametrize("content", ["", "   \n\t "])
def test_paste_with_no_text_says_so(
    window: MainWindow, answers: Any, reviews: list[CaseReviewDialog], content: str
) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    if content:
        clipboard.setText(content)
    window.paste_ua_act.trigger()
    assert reviews == []
    assert len(answers.errors) == 1
    assert "The clipboard has no text" in answers.errors[0][1]
    assert library() == {} and window.case.id == "kalesnikava"


def test_paste_of_text_too_long_for_an_urgent_action_says_why(
    window: MainWindow, answers: Any, reviews: list[CaseReviewDialog]
) -> None:
    QGuiApplication.clipboard().setText("Free them now. " * 12_000)  # no UA is this long
    window.paste_ua_act.trigger()
    assert reviews == [] and len(answers.errors) == 1
    assert answers.errors[0][0] == "Cannot import"
    assert library() == {}


# ---------------------------------------------------------------------------------- drops


@pytest.mark.parametrize("where", ["window", "letter", "case pane"])
def test_dropping_an_urgent_action_imports_it(
    window: MainWindow, qtbot: QtBot, reviews: list[CaseReviewDialog], where: str
) -> None:
    """Dropped anywhere (even on the letter) it is imported; the letter gets no file link."""
    before = letter(window)
    target = {
        "window": window,
        "letter": window.editor.viewport(),
        "case pane": window.case_view.viewport(),
    }[where]
    assert drag_and_drop(target, HONDURAS)
    qtbot.waitUntil(lambda: window.case.id == "berta-zuniga-caceres")
    assert_shows(window, SAMPLES["honduras"][1])
    assert "file:" not in letter(window) and before != letter(window)


def test_dropping_a_case_file_opens_it(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    from composer.model.case import case_to_toml

    shared = dataclasses.replace(
        load_builtin("kalesnikava"), id="shared-case", title="Shared: a case from a friend"
    )
    path = tmp_path / "shared.lccase"
    path.write_text(case_to_toml(shared), encoding="utf-8")
    assert drag_and_drop(window, path)
    qtbot.waitUntil(lambda: window.case.id == "shared-case")
    assert "Shared: a case from a friend" in background(window)
    assert library() == {}  # opened from where it is, not copied into the library


@pytest.mark.parametrize("name", ["letter.odt", "photo.jpg", "folder", "two files"])
def test_other_drops_are_refused(
    window: MainWindow, answers: Any, tmp_path: Path, reviews: list[CaseReviewDialog], name: str
) -> None:
    if name == "folder":
        dropped: Path | list[Path] = tmp_path
    elif name == "two files":
        dropped = [SEED, HONDURAS]
    else:
        dropped = tmp_path / name
        dropped.write_bytes(b"PK\x03\x04 something")
    before = letter(window)
    assert not drag_and_drop(window, dropped)
    assert not drag_and_drop(window.editor.viewport(), dropped)
    assert "Drop one Urgent Action" in window.statusBar().currentMessage()
    assert reviews == [] and answers.errors == []
    assert letter(window) == before and library() == {}


# ---------------------------------------------------------------------------------- bad input


def _bad_input(kind: str, tmp_path: Path) -> Path:
    path = (
        tmp_path
        / {
            "empty": "empty.txt",
            "binary": "binary.txt",
            "missing": "missing.txt",
            "too big": "huge.txt",
            "damaged PDF": "ua.pdf",
            "folder": "folder.txt",
        }[kind]
    )
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "binary":
        path.write_bytes(bytes(range(256)) * 64)
    elif kind == "too big":
        with path.open("wb") as handle:
            handle.truncate(21 * 1024 * 1024)
    elif kind == "damaged PDF":
        path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n" * 3)
    elif kind == "folder":
        path.mkdir()
    return path


BAD_KINDS = ["empty", "binary", "missing", "too big", "damaged PDF", "folder"]


@pytest.mark.parametrize("route", ["Import…", "drop", "command line"])
@pytest.mark.parametrize("kind", BAD_KINDS)
def test_bad_input_gets_one_message_and_changes_nothing(
    window: MainWindow,
    answers: Any,
    qtbot: QtBot,
    tmp_path: Path,
    reviews: list[CaseReviewDialog],
    kind: str,
    route: str,
) -> None:
    add_user_case(dataclasses.replace(load_builtin("kalesnikava"), id="mine", title="Mine"))
    before = library()
    path = _bad_input(kind, tmp_path)
    if route == "Import…":
        answers.import_file = path
        window.import_ua_act.trigger()
    elif route == "drop":
        if kind == "folder":
            assert not drag_and_drop(window, path)  # a folder is not even taken
            return
        assert drag_and_drop(window, path)
        qtbot.waitUntil(lambda: len(answers.errors) > 0)
    else:
        app._after_show(window, path)
        qtbot.waitUntil(lambda: len(answers.errors) > 0)
    assert len(answers.errors) == 1, answers.errors
    title, message = answers.errors[0]
    assert title == "Cannot import" and message.strip()
    assert "Traceback" not in message and "\n" not in message.strip()
    assert reviews == []
    assert library() == before
    assert window.case.id == "kalesnikava"


# ---------------------------------------------------------------------------------- packs


def test_pack_exported_on_one_laptop_imports_on_another(
    window: MainWindow, answers: Any, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    honduras = add_user_case(import_file(HONDURAS).case)
    chosen: list[list[str]] = []

    def tick(dialog: QDialog) -> int:
        assert isinstance(dialog, PackExportDialog)
        qtbot.addWidget(dialog)
        assert dialog.chosen_ids() == ["kalesnikava"]  # the open case, ticked to start with
        assert not dialog.export_button.isEnabled() or dialog.chosen_ids()
        dialog.set_checked([])
        assert not dialog.export_button.isEnabled()  # nothing ticked: nothing to export
        dialog.set_checked(["kalesnikava", honduras.id])
        chosen.append(dialog.chosen_ids())
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(pack_export, "_exec_dialog", tick)
    pack = tmp_path / "usb stick" / "november"
    pack.parent.mkdir()
    answers.pack_save_path = pack.with_suffix(".lcpack")
    window.export_pack_act.trigger()
    assert sorted(chosen[0]) == sorted(["kalesnikava", honduras.id])
    assert any(item.startswith("pack-save:cases-") for item in answers.asked)
    assert {c.id for c in read_pack(pack.with_suffix(".lcpack")).cases} == {
        "kalesnikava",
        honduras.id,
    }
    assert "Saved 2 case(s)" in window.statusBar().currentMessage()

    # The other laptop: its own empty data folder, its own window.
    other = tmp_path / "other-laptop"
    monkeypatch.setenv("LETTER_COMPOSER_DATA", str(other))
    assert library(other) == {}
    second = MainWindow()
    qtbot.addWidget(second)
    answers.pack_file = pack.with_suffix(".lcpack")
    second.import_pack_act.trigger()
    summary = [item for item in answers.asked if item.startswith("info:")]
    assert summary and "ARMED ATTACK AGAINST MEMBERS OF COPINH" in summary[-1]
    assert "Already part of Letter Composer" in summary[-1]  # the built-in, unchanged
    assert user_case_ids() == [honduras.id]
    assert open_case(honduras.id) == honduras  # identical on both laptops
    assert second.case.id == honduras.id  # the pack's one new case is opened
    assert "from the case pack" in second.statusBar().currentMessage()
    assert "COPINH" in background(second)
    assert answers.errors == []


def test_a_pack_given_on_the_command_line_is_imported(
    window: MainWindow, answers: Any, qtbot: QtBot, tmp_path: Path
) -> None:
    from composer.model.packs import export_pack

    mine = add_user_case(
        dataclasses.replace(load_builtin("kalesnikava"), id="mine", title="Mine: a case to carry")
    )
    pack = tmp_path / "mine.lcpack"
    export_pack([mine.id], pack)
    (paths.user_cases_dir() / "mine.toml").unlink()
    app._after_show(window, pack)  # what `letter-composer mine.lcpack` does once shown
    qtbot.waitUntil(lambda: window.case.id == "mine")
    assert "Mine: a case to carry" in background(window)
    assert app._local_path(QUrl.fromLocalFile(str(pack)).toString()) == pack


def test_a_refused_pack_dropped_on_the_window_gets_one_message(
    window: MainWindow, answers: Any, qtbot: QtBot, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.lcpack"
    bad.write_bytes(b"this is no zip file")
    assert drag_and_drop(window, bad)
    qtbot.waitUntil(lambda: len(answers.errors) > 0)
    assert answers.errors == [("Cannot import the case pack", answers.errors[0][1])]
    assert library() == {}


# ---------------------------------------------------------------------------------- switching


def test_open_case_switches_and_remembers(
    window: MainWindow, answers: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    honduras = add_user_case(import_file(HONDURAS).case)
    pick(monkeypatch, qtbot, honduras.id)
    window.open_case_act.trigger()
    assert not any(item.startswith("switch:") for item in answers.asked)  # nothing to lose
    assert_shows(window, SAMPLES["honduras"][1])
    pick(monkeypatch, qtbot, "kalesnikava")
    window.open_case_act.trigger()
    assert window.case.id == "kalesnikava"
    assert app_settings().value("letter/case") == "kalesnikava"


def test_switching_case_with_edits_asks_first(
    window: MainWindow, answers: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    honduras = add_user_case(import_file(HONDURAS).case)
    type_in_letter(qtbot, window, " My grandmother was a prisoner too.")
    pick(monkeypatch, qtbot, honduras.id)

    answers.switch_case = False  # "Cancel": the letter stays, word for word
    window.open_case_act.trigger()
    assert answers.asked[-1] == f"switch:{honduras.title}"
    assert window.case.id == "kalesnikava"
    assert "My grandmother was a prisoner too." in letter(window)
    assert app_settings().value("letter/case") in (None, "kalesnikava")

    answers.switch_case = True  # "Open the Case"
    window.open_case_act.trigger()
    assert window.case.id == honduras.id
    assert "My grandmother" not in letter(window)


def test_an_import_while_writing_keeps_the_letter_if_asked(
    window: MainWindow, answers: Any, qtbot: QtBot, reviews: list[CaseReviewDialog]
) -> None:
    type_in_letter(qtbot, window, " Please.")
    answers.switch_case = False
    answers.import_file = HONDURAS
    window.import_ua_act.trigger()
    assert "berta-zuniga-caceres" in user_case_ids()  # saved all the same
    assert window.case.id == "kalesnikava" and " Please." in letter(window)
    assert "Open it with Case ▸ Open Case…" in window.statusBar().currentMessage()


# ---------------------------------------------------------------------------------- editing


def _edit_summary(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, summary: str) -> None:
    def edit(dialog: QDialog) -> int:
        assert isinstance(dialog, CaseReviewDialog)
        qtbot.addWidget(dialog)
        assert dialog.highlighted_fields() == set()
        dialog.summary_edit.setPlainText(summary)
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(import_review, "_exec_dialog", edit)


def test_editing_a_builtin_case_saves_a_copy_and_says_so(
    window: MainWindow, answers: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    builtin = load_builtin("kalesnikava")
    _edit_summary(monkeypatch, qtbot, "Our group's own summary.")
    window.edit_case_act.trigger()
    assert any(item.startswith("info:Built-in cases cannot be changed") for item in answers.asked)
    assert user_case_ids() == ["kalesnikava-2"]
    assert window.case.id == "kalesnikava-2"
    assert "Our group's own summary." in background(window)
    assert load_builtin("kalesnikava") == builtin and is_builtin("kalesnikava")


def test_editing_a_user_case_saves_it_in_place(
    window: MainWindow, answers: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = add_user_case(dataclasses.replace(load_builtin("kalesnikava"), id="mine"))
    assert window.open_library_case(mine.id)
    _edit_summary(monkeypatch, qtbot, "Shorter.")
    window.edit_case_act.trigger()
    assert user_case_ids() == ["mine"]
    assert open_case("mine").summary == "Shorter."
    assert window.case.summary == "Shorter." and "Shorter." in background(window)
    assert not any(item.startswith("info:") for item in answers.asked)


def test_a_case_that_cannot_be_saved_gets_one_message(
    window: MainWindow, answers: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = add_user_case(dataclasses.replace(load_builtin("kalesnikava"), id="mine"))
    window.open_library_case(mine.id)
    _edit_summary(monkeypatch, qtbot, "Shorter.")

    def refuse(case: Any, **kwargs: Any) -> Any:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("composer.ui.case_library.save_user_case", refuse)
    window.edit_case_act.trigger()
    assert answers.errors == [("Cannot save the case", "[Errno 28] No space left on device")]
    assert open_case("mine") == mine and window.case == mine


def test_a_new_case_leaves_no_letter_to_restore(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After switching case, the untouched new letter is not offered back after a crash."""
    type_in_letter(qtbot, window, " Words.")
    window._autosaver.save_now()
    assert window._autosaver.path.exists()
    mine = add_user_case(dataclasses.replace(load_builtin("kalesnikava"), id="mine"))
    assert window.open_library_case(mine.id)
    assert not window._autosaver.pending()
    assert not window._autosaver.path.exists()


def test_case_button_and_shortcuts_reach_the_library(
    window: MainWindow, answers: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A click on the case button opens the picker; the shortcuts work from inside the letter."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    mine = add_user_case(dataclasses.replace(load_builtin("kalesnikava"), id="mine", title="Mine"))
    pick(monkeypatch, qtbot, mine.id)
    qtbot.mouseClick(window.case_button, Qt.MouseButton.LeftButton)
    assert window.case.id == "mine"
    assert window.case_button.text() == "Case: Mine"

    window.editor.setFocus()
    pick(monkeypatch, qtbot, "kalesnikava")
    qtbot.keyClick(window.editor, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.case.id == "kalesnikava"
    before = letter(window)
    qtbot.keyClick(window.editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert "import-file" in answers.asked
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(
        window.editor,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert answers.errors and "clipboard has no text" in answers.errors[-1][1]
    assert letter(window) == before  # the shortcuts typed nothing into the letter


def test_a_lone_case_or_pack_argument_opens_the_window() -> None:
    from composer.__main__ import _is_openable

    assert _is_openable("shared.lccase") and _is_openable("month.lcpack")
    assert _is_openable("case.toml") and not _is_openable("import")
