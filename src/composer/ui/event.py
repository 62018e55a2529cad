"""The letter-writing event in the window: Event ▸ Start Event…, the writer view, the
coordinator's PIN, and the count of every letter the window makes.

During an event the window shows a writer only what they need (the event's cases, About you,
the letter); the case library and the coordinator's tools are behind Event ▸ Coordinator….
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QToolButton, QWidget

from composer.model import event as event_store
from composer.model.library import list_cases
from composer.model.naming import letter_path
from composer.ui import dialogs
from composer.ui.dialogs import run_modal as _exec_dialog
from composer.ui.messages import error_text

if TYPE_CHECKING:
    from composer.model import count, recipients
    from composer.model.draft import Draft
    from composer.model.event import Event
    from composer.ui.main_window import MainWindow


def _ask_pin(parent: QWidget) -> str | None:
    """The coordinator's PIN, or None when cancelled (tests replace this)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("event", "Coordinator"),
        QCoreApplication.translate("event", "The coordinator's PIN:"),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


class EventController(QObject):
    """The event's state in one window: actions, the writer view, the count."""

    changed = Signal()  # an event started, ended, or the coordinator locked or unlocked

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.current: Event | None = event_store.load()
        self.unlocked = False
        self._counted_draft: Draft | None = None
        self._counted: set[int | None] = set()
        self._create_actions()
        self._cases_menu = QMenu(window)

    # ------------------------------------------------------------------ actions and menu

    def _create_actions(self) -> None:
        w = self._window
        self.start_act = QAction(self.tr("&Start Event…"), w)
        self.start_act.setStatusTip(self.tr("Set this laptop up for a letter-writing event"))
        self.start_act.triggered.connect(self.start_event)
        self.coordinator_act = QAction(self.tr("&Coordinator…"), w)
        self.coordinator_act.setStatusTip(
            self.tr("The case library and the event's settings (asks for the PIN)")
        )
        self.coordinator_act.triggered.connect(self.unlock)
        self.writer_view_act = QAction(self.tr("Back to &Writer View"), w)
        self.writer_view_act.triggered.connect(self.lock)
        self.end_act = QAction(self.tr("&End Event"), w)
        self.end_act.triggered.connect(self.end_event)
        self.report_act = QAction(self.tr("&Report…"), w)
        self.report_act.setStatusTip(self.tr("How many letters were made, per case"))
        self.report_act.triggered.connect(self.show_report)
        self.batch_act = QAction(self.tr("&Batch from Sign-up Sheet…"), w)
        self.batch_act.setStatusTip(self.tr("One letter per writer of a sign-up sheet (CSV)"))
        self.batch_act.triggered.connect(self.run_batch)
        self.next_writer_act = QAction(self.tr("Ne&xt Writer"), w)
        self.next_writer_act.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.next_writer_act.setStatusTip(
            self.tr("Clear the writer's details and start a fresh letter for the next writer")
        )
        self.next_writer_act.triggered.connect(w.next_writer)

    def fill_menu(self, menu: QMenu) -> None:
        for action in (self.start_act, self.coordinator_act, self.writer_view_act):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.report_act)
        menu.addAction(self.batch_act)
        menu.addSeparator()
        menu.addAction(self.end_act)

    # ------------------------------------------------------------------ state

    @property
    def running(self) -> bool:
        return self.current is not None

    @property
    def writer_view(self) -> bool:
        return self.current is not None and not self.unlocked

    @property
    def event_name(self) -> str:
        return self.current.name if self.current else ""

    def apply(self) -> None:
        """Show the window as the event's state wants it (call after the window is built)."""
        w = self._window
        locked = self.writer_view
        for action in (
            w.open_case_act,
            w.open_case_file_act,
            w.import_ua_act,
            w.paste_ua_act,
            w.edit_case_act,
            w.export_pack_act,
            w.import_pack_act,
        ):
            action.setEnabled(not locked)
        w.case_menu.menuAction().setVisible(not locked)
        w.setAcceptDrops(not locked)
        self.start_act.setEnabled(not self.running)
        self.coordinator_act.setVisible(self.running)
        self.coordinator_act.setEnabled(locked)
        self.writer_view_act.setVisible(self.running and self.unlocked)
        self.end_act.setVisible(self.running)
        self.end_act.setEnabled(not locked)
        self.report_act.setEnabled(not locked)
        self.batch_act.setEnabled(not locked)
        self._fill_cases_menu()
        button = w.case_button
        if locked:
            button.setMenu(self._cases_menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        else:
            button.setMenu(w.case_menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        event = self.current
        for combo, fixed in (
            (w.language_combo, event.language if event else ""),
            (w.layout_combo, event.layout if event else ""),
        ):
            if fixed and combo.findData(fixed) >= 0:
                combo.setCurrentIndex(combo.findData(fixed))
            combo.setEnabled(not (locked and fixed))
        title = QCoreApplication.translate("MainWindow", "Letter Composer")
        if event is not None:
            title = self.tr("{event} — Letter Composer").format(event=event.name)
        w.setWindowTitle(title)
        self.changed.emit()

    def _fill_cases_menu(self) -> None:
        self._cases_menu.clear()
        if self.current is None:
            return
        titles = {entry.id: entry.title for entry in list_cases()}
        for case_id in self.current.case_ids:
            action = self._cases_menu.addAction(titles.get(case_id, case_id))
            action.triggered.connect(functools.partial(self._case_chosen, case_id))

    def _case_chosen(self, case_id: str) -> None:
        if case_id != self._window.case.id:
            self._window.open_library_case(case_id)

    # ------------------------------------------------------------------ start, lock, end

    @Slot()
    def start_event(self) -> bool:
        from composer.ui.event_dialog import StartEventDialog

        w = self._window
        dialog = StartEventDialog(w, w.case.id, w.layout_id)
        if _exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.started is None:
            return False
        started = dialog.started
        try:
            started.folder().mkdir(parents=True, exist_ok=True)
            event_store.save(started)
        except OSError as exc:
            dialogs.show_error(
                w,
                self.tr("The event could not be started"),
                self.tr("{path}: {reason}").format(
                    path=started.folder(), reason=exc.strerror or exc
                ),
            )
            return False
        self.current, self.unlocked = started, False
        if w.case.id not in started.case_ids:
            w.open_library_case(started.case_ids[0])
        self.apply()
        w.statusBar().showMessage(
            self.tr("The event “{name}” has started. Letters are saved in {folder}.").format(
                name=started.name, folder=started.folder()
            ),
            10000,
        )
        return True

    @Slot()
    def unlock(self) -> bool:
        if self.current is None:
            return False
        pin = _ask_pin(self._window)
        if pin is None:
            return False
        if not self.current.check_pin(pin):
            dialogs.show_error(
                self._window,
                self.tr("Coordinator"),
                self.tr("That is not the coordinator's PIN."),
            )
            return False
        self.unlocked = True
        self.apply()
        return True

    @Slot()
    def lock(self) -> None:
        self.unlocked = False
        self.apply()

    @Slot()
    def end_event(self) -> None:
        if self.writer_view:
            return
        name = self.event_name
        try:
            event_store.end()
        except OSError as exc:
            dialogs.show_error(self._window, self.tr("End Event"), str(exc.strerror or exc))
            return
        self.current, self.unlocked = None, False
        self.apply()
        self._window.statusBar().showMessage(
            self.tr("The event “{name}” has ended.").format(name=name), 8000
        )

    # ------------------------------------------------------------------ letters

    def letter_path(self, case_id: str, writer: str) -> Path | None:
        """During an event, the next free name in the event's folder; None otherwise."""
        if self.current is None:
            return None
        folder = self.current.folder()
        folder.mkdir(parents=True, exist_ok=True)
        return letter_path(folder, case_id, writer)

    def letter_made(self, draft: Draft, choice: recipients.Choice, kind: count.Kind) -> None:
        """Count a letter the window made (once, however often the same letter is saved or
        printed); a count that cannot be written is said in the status bar."""
        if draft is not self._counted_draft:
            self._counted_draft, self._counted = draft, set()
        if choice in self._counted:
            return
        from composer.model import count, recipients

        try:
            count.record(recipients.made(draft, choice, kind, self.event_name))
        except count.CountError as exc:
            self._window.statusBar().showMessage(
                self.tr("The letter was not counted: {reason}").format(reason=error_text(exc)),
                10000,
            )
            return
        self._counted.add(choice)

    # ------------------------------------------------------------------ coordinator tools

    @Slot()
    def show_report(self) -> None:
        from composer.ui.report_dialog import show_report

        show_report(self._window, self.event_name)

    @Slot()
    def run_batch(self) -> None:
        from composer.ui.batch_dialog import run_batch_dialog

        w = self._window
        folder = self.current.folder() if self.current else None
        run_batch_dialog(w, w.case, w.layout_id, w.draft.language, folder, self.event_name)
