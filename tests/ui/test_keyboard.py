"""The window by keyboard only: shortcuts from every field, Alt-letters, Tab order, focus."""

from __future__ import annotations

import contextlib
import functools
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMenu,
    QScrollArea,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from composer.model.importer import import_text
from composer.ui.accessibility import FocusRing
from composer.ui.import_review import CaseReviewDialog
from composer.ui.main_window import MainWindow
from composer.ui.theme import contrast
from palettes import PALETTES

ROOT = Path(__file__).resolve().parents[2]
# A pasted appeal with a recipient and gaps: the review frames fields to check.
SKETCH = """URGENT ACTION
FREE THE JOURNALIST

Write to:
Minister of Justice
Main Street 1
Capital

Dear Minister,
"""


def fields(window: MainWindow) -> list[QWidget]:
    """Every control a writer can put the cursor in."""
    you = window.about_you
    return [
        window.case_view,
        *window.demands_panel.checkboxes(),
        you.name_edit,
        you.address_edit,
        you.town_edit,
        you.personal_edit,
        you.remember_box,
        window.language_combo,
        window.layout_combo,
        window.editor,
    ]


def has_focus(field: QWidget) -> bool:
    return QApplication.focusWidget() is field


def window_shortcuts(window: MainWindow) -> dict[str, QAction]:
    """Each window action's shortcut, but undo and redo (a field's own undo comes first)."""
    found = {}
    for action in window.findChildren(QAction):
        if action in (window.undo_act, window.redo_act):
            continue
        for sequence in action.shortcuts():
            if sequence[0].key().value >= 0x01000000:
                continue  # a media key (Zoom In on some keyboards): QTest cannot type it
            found[sequence.toString()] = action
    return found


@pytest.fixture
def active_window(window: MainWindow, qtbot: QtBot) -> MainWindow:
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def test_every_window_shortcut_works_from_every_field(
    active_window: MainWindow, qtbot: QtBot
) -> None:
    window = active_window
    shortcuts = window_shortcuts(window)
    for key in ("Ctrl+E", "Ctrl+P", "Ctrl+N", "Ctrl+O", "Ctrl+I", "Ctrl+Shift+P"):
        assert key in shortcuts, f"no action has {key}"
    fired: list[QAction] = []
    for action in set(shortcuts.values()):
        action.triggered.disconnect()  # the test only counts: no dialog, no quitting
        action.triggered.connect(lambda *_args, action=action: fired.append(action))
    missed = []
    for field in fields(window):
        field.setFocus()
        qtbot.waitUntil(functools.partial(has_focus, field))
        for text, action in shortcuts.items():
            before = len(fired)
            sequence = QKeySequence(text)[0]
            qtbot.keyClick(field, sequence.key(), sequence.keyboardModifiers())
            if fired[before:] != [action]:
                missed.append(f"{text} in {field.accessibleName() or type(field).__name__}")
    assert not missed


def test_a_field_keeps_its_own_undo(active_window: MainWindow, qtbot: QtBot) -> None:
    name = active_window.about_you.name_edit
    name.setFocus()
    qtbot.keyClicks(name, "Ada")
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert name.text() == ""


# ------------------------------------------------------------------ under X11 (Xvfb)

XCB_SCRIPT = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from composer.ui.main_window import MainWindow
w = MainWindow()
w.show()
QTest.qWaitForWindowExposed(w)
w.activateWindow()
assert QTest.qWaitForWindowActive(w), "no active window"
fired = []
for action in (w.export_act, w.print_act, w.new_act):
    action.triggered.disconnect()
    action.triggered.connect(lambda *a, t=action.text(): fired.append(t))
you = w.about_you
for field in (you.name_edit, you.town_edit, you.address_edit, you.personal_edit, w.editor):
    field.setFocus()
    QApplication.processEvents()
    for key in (Qt.Key.Key_E, Qt.Key.Key_P, Qt.Key.Key_N):
        before = len(fired)
        QTest.keyClick(field, key, Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
        print(field.accessibleName(), chr(key.value), len(fired) - before, sep="|")
"""


@contextlib.contextmanager
def x_display() -> Iterator[str]:
    """COMPOSER_TEST_DISPLAY if set (a running Xvfb), else a new Xvfb on a free display."""
    given = os.environ.get("COMPOSER_TEST_DISPLAY")
    if given:
        yield given
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb not found: apt-get install -y xvfb (see shared TESTING.md)")
    number = next(n for n in range(420, 500) if not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1366x768x24", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def run_under_x11(script: str, data: Path) -> subprocess.CompletedProcess[str]:
    """``script`` run by Python on an X display (Qt's xcb platform), its data in ``data``;
    skips the test where this machine has no X11 platform plugin."""
    with x_display() as display:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "LETTER_COMPOSER_DATA": str(data),
        }
        out = subprocess.run(
            [sys.executable, "-c", script],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
        )
    if "Could not load the Qt platform plugin" in out.stderr:
        pytest.skip(f"no X11 platform plugin here: {out.stderr[-300:]}")
    return out


def test_ctrl_e_exports_from_name_and_town_under_x11(tmp_path: Path) -> None:
    """Under X11 a line edit takes Ctrl+E as "end of line"; the window's Export PDF wins."""
    out = run_under_x11(XCB_SCRIPT, tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.split("\n")
    results = [line.split("|") for line in lines if line.strip()]
    assert len(results) == 15, out.stdout
    missed = [f"Ctrl+{key} in {name}" for name, key, count in results if count != "1"]
    assert not missed, out.stdout


TYPING_SCRIPT = """
import subprocess
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from composer.ui.main_window import MainWindow
w = MainWindow()
w.show()
QTest.qWaitForWindowExposed(w)
w.activateWindow()
assert QTest.qWaitForWindowActive(w), "no active window"
w.language_combo.setCurrentIndex(w.language_combo.findData("fr"))
w.editor.setFocus()
w.editor.moveCursor(QTextCursor.MoveOperation.End)
QApplication.processEvents()
before = w.editor.document().toRawText()
keys = " Pourquoi? Il dit \\"l'ONU\\" : 10:30."
typing = subprocess.Popen(["xdotool", "type", "--delay", "15", keys])
while typing.poll() is None:
    QTest.qWait(20)
QTest.qWait(200)
print(ascii(w.editor.document().toRawText()[len(before):]))
"""


def test_quotes_and_french_spacing_from_real_keys_under_x11(tmp_path: Path) -> None:
    """Keys typed on an X11 keyboard (xdotool) come out as the page prints them."""
    if shutil.which("xdotool") is None:
        pytest.skip("xdotool not found: apt-get install -y xdotool")
    out = run_under_x11(TYPING_SCRIPT, tmp_path)
    assert out.returncode == 0, out.stderr
    typed = out.stdout.strip().splitlines()[-1]
    assert typed == ascii(" Pourquoi\u202f? Il dit «\xa0l’ONU\xa0»\xa0: 10:30."), out.stdout


# ------------------------------------------------------------------ Alt-letters

ACCELERATOR = re.compile(r"&([^&\s])")
FRENCH_QM = ROOT / "resources" / "translations" / "letter-composer_fr.qm"


def _key(text: str) -> str | None:
    found = ACCELERATOR.search(text)
    return found.group(1).casefold() if found else None


def _duplicates(texts: list[str]) -> dict[str, list[str]]:
    by_key: dict[str, list[str]] = {}
    for text in texts:
        key = _key(text)
        if key is not None:
            by_key.setdefault(key, []).append(text)
    return {key: found for key, found in by_key.items() if len(found) > 1}


def _menus(window: MainWindow) -> list[QMenu]:
    found: list[QMenu] = []
    pending = [action.menu() for action in window.menuBar().actions()]
    while pending:
        menu = pending.pop()
        if isinstance(menu, QMenu):
            found.append(menu)
            pending.extend(action.menu() for action in menu.actions() if action.menu())
    return found


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    if request.param == "en":
        yield "en"
        return
    ours, qts = QTranslator(), QTranslator()
    assert ours.load(str(FRENCH_QM))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert qts.load(QLocale("fr_CA"), "qtbase", "_", folder)
    qapp.installTranslator(ours)  # in the app's order: Qt's own is asked first
    qapp.installTranslator(qts)
    yield "fr"
    qapp.removeTranslator(qts)
    qapp.removeTranslator(ours)


def test_alt_letters_are_unique_in_every_menu_and_among_the_labels(
    qtbot: QtBot, language: str
) -> None:
    """Alt+letter picks one thing: in each menu; and the menu bar's titles with the window's
    labels, checkboxes and buttons (Alt+L must not be both a menu and a field)."""
    window = MainWindow()
    qtbot.addWidget(window)
    if language == "fr":
        assert window.export_act.text() == "&Exporter en PDF…"  # the translator is in use
    problems = []
    menus = _menus(window)
    assert len(menus) >= 6, "File, Print Envelope, Edit, View, Case, Help"
    for menu in menus:
        texts = [action.text() for action in menu.actions() if not action.isSeparator()]
        assert all(_key(text) for text in texts), f"{menu.title()}: an item has no Alt-letter"
        if duplicates := _duplicates(texts):
            problems.append(f"menu {menu.title()}: {duplicates}")
    window_level = [action.text() for action in window.menuBar().actions()]
    window_level += [label.text() for label in window.findChildren(QLabel) if label.buddy()]
    window_level += [button.text() for button in window.findChildren(QAbstractButton)]
    window_level += [box.title() for box in window.findChildren(QGroupBox)]
    if duplicates := _duplicates(window_level):
        problems.append(f"menu bar and labels: {duplicates}")
    assert not problems
    labelled = {label.buddy() for label in window.findChildren(QLabel) if label.buddy()}
    for field in (window.about_you.name_edit, window.language_combo, window.layout_combo):
        assert field in labelled, f"{field.accessibleName()} has no label with an Alt-letter"


def test_labelled_fields_announce_their_label(qtbot: QtBot, language: str) -> None:
    """A screen reader says "Language", not the combo box's value "English"."""
    window = MainWindow()
    qtbot.addWidget(window)
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None:
            continue
        words = label.text().replace("&", "")
        words = re.sub(r"<[^>]+>", "", words).split("—")[0].strip(" :\u00a0")
        assert buddy.accessibleName(), f"{words!r}: its field has no accessible name"
        if isinstance(buddy, QComboBox):
            assert buddy.accessibleName() == words
            assert buddy.accessibleName() != buddy.currentText()


# ------------------------------------------------------------------ Tab, focus, New Letter


def test_new_letter_puts_the_cursor_in_name(active_window: MainWindow, qtbot: QtBot) -> None:
    window = active_window
    window.editor.setFocus()
    window.new_act.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.about_you.name_edit)


def test_name_is_a_few_tabs_from_the_start(active_window: MainWindow, qtbot: QtBot) -> None:
    """Start: the case has the keyboard; then the demands, then Name."""
    window = active_window
    assert QApplication.focusWidget() is window.case_view
    tabs = 0
    while QApplication.focusWidget() is not window.about_you.name_edit and tabs < 20:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        tabs += 1
    assert tabs == len(window.demands_panel.checkboxes()) + 1


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_control_shows_a_focus_ring(
    active_window: MainWindow, qtbot: QtBot, qapp: QApplication, theme: str
) -> None:
    """Wherever the keyboard is, a ring in the focus colour (3:1 against the window) goes
    round it: the case text, demand rows (their checkbox has no text of its own), fields."""
    before = qapp.palette()
    qapp.setPalette(PALETTES[theme]())
    try:
        window = active_window
        ring = window.focus_ring
        window_colour = window.palette().color(QPalette.ColorRole.Window)
        for field in fields(window):
            field.setFocus()
            qtbot.waitUntil(functools.partial(has_focus, field))
            window.middle_scroll.ensureWidgetVisible(field)
            qtbot.waitUntil(ring.isVisible)
            target = ring.target()
            assert target is not None
            assert target is field or target.isAncestorOf(field)
            image = window.grab().toImage()
            corner = ring.mapTo(window, ring.rect().topLeft())
            ratio = image.devicePixelRatio()
            pixel = image.pixelColor(int((corner.x() + 1) * ratio), int((corner.y() + 1) * ratio))
            assert contrast(pixel, window_colour) >= 3.0, (field.accessibleName(), theme)
    finally:
        qapp.setPalette(before)


def test_qts_file_dialog_speaks_french(qtbot: QtBot, language: str) -> None:
    """Qt's own file dialog (used where there is no native one) has no English left in French."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(None, "Export")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    english = {"&Look in:", "Files of &type:", "File &name:"}
    if language == "fr":
        assert not labels & english, labels
        assert "&Regarder dans\u00a0:" in labels
    else:
        assert english <= labels


def reachable(dialog: QDialog) -> list[QWidget]:
    """Every control of ``dialog`` the keyboard can reach (a form may scroll)."""
    return [
        widget
        for widget in dialog.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.isVisibleTo(dialog)
        and widget.isEnabled()
        and widget.focusProxy() is None  # a tab widget hands the keyboard to its tab bar
        and not isinstance(widget, (QScrollArea, QScrollBar))
    ]


def _dialogs() -> dict[str, Callable[[], QDialog]]:
    from composer.model.library import list_cases, load_case
    from composer.ui.batch_dialog import BatchDialog
    from composer.ui.case_picker import CasePickerDialog
    from composer.ui.event_dialog import StartEventDialog
    from composer.ui.pack_export import PackExportDialog
    from composer.ui.report_dialog import ReportDialog

    return {
        "import review": lambda: CaseReviewDialog(import_text(SKETCH)),
        "start event": lambda: StartEventDialog(None, "kalesnikava", "a4"),
        "case picker": lambda: CasePickerDialog(list_cases()),
        "pack export": lambda: PackExportDialog(list_cases()),
        "batch": lambda: BatchDialog(None, load_case("kalesnikava"), "a4", "en", None),
        "report": lambda: ReportDialog(None, ""),
    }


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize(
    "kind", ["import review", "start event", "case picker", "pack export", "batch", "report"]
)
def test_every_dialog_shows_a_focus_ring(
    qtbot: QtBot, qapp: QApplication, theme: str, kind: str
) -> None:
    """The dialogs, by keyboard: the window's ring goes round every field, list, checkbox and
    button, scrolled into view or not, in the focus colour (3:1 against the dialog)."""
    before = qapp.palette()
    qapp.setPalette(PALETTES[theme]())
    try:
        dialog = _dialogs()[kind]()
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        ring = dialog.findChild(FocusRing)
        assert ring is not None
        dialog_colour = dialog.palette().color(QPalette.ColorRole.Window)
        scroll = dialog.findChild(QScrollArea)
        reached = reachable(dialog)
        assert len(reached) >= 3
        if isinstance(dialog, CaseReviewDialog):
            assert len(reached) >= 12 and dialog.title_edit in reached
            assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel) in reached
        for field in reached:
            if scroll is not None and scroll.widget().isAncestorOf(field):
                scroll.ensureWidgetVisible(field)
            field.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(functools.partial(has_focus, field))
            qtbot.waitUntil(ring.isVisible)
            target = ring.target()
            assert target is not None and (target is field or target.isAncestorOf(field))
            QApplication.processEvents()
            image = dialog.grab().toImage()
            corner = ring.mapTo(dialog, ring.rect().topLeft())
            ratio = image.devicePixelRatio()
            pixel = image.pixelColor(int((corner.x() + 1) * ratio), int((corner.y() + 1) * ratio))
            name = field.accessibleName() or type(field).__name__
            assert contrast(pixel, dialog_colour) >= 3.0, (kind, name, theme)
    finally:
        qapp.setPalette(before)
