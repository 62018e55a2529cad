"""Choose a case: open actions first, past deadlines marked, built-in or mine; duplicate/delete.

Use::

    case_id = pick_case(parent, current_id="kalesnikava")   # wired to the library; None if closed

or build ``CasePickerDialog(entries)`` with ``library.list_cases()`` and connect its signals:
``case_chosen(str)``, ``duplicate_requested(str)``, ``delete_requested(str)``; after doing the work,
give it fresh entries with ``set_entries``. The dialog itself does no file I/O.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from composer.model.case import CaseError
from composer.model.library import CaseEntry, delete_user_case, duplicate_case, list_cases
from composer.ui import dialogs
from composer.ui.accessibility import FocusRing
from composer.ui.dialogs import push_button as _button
from composer.ui.dialogs import run_modal as _exec_dialog
from composer.ui.messages import error_text
from composer.ui.theme import readable

ID_ROLE = Qt.ItemDataRole.UserRole
# What pick_case returns when the writer asks for a new case instead of one in the list.
IMPORT_REQUESTED = ":import"
PASTE_REQUESTED = ":paste"


def _confirm(parent: QWidget | None, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


class CasePickerDialog(QDialog):
    """A list of cases to choose from; emits what the user asks for."""

    case_chosen = Signal(str)  # (case_id) the case to open
    duplicate_requested = Signal(str)  # (case_id) make a user copy of it
    delete_requested = Signal(str)  # (case_id) delete this user case (already confirmed)

    def __init__(
        self,
        entries: Sequence[CaseEntry],
        parent: QWidget | None = None,
        *,
        current_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a case"))
        self.resize(640, 420)
        self.focus_ring = FocusRing(self)  # where the keyboard is, as in the main window
        self.tree = QTreeWidget()
        self.tree.setObjectName("case_list")
        self.tree.setAccessibleName(self.tr("Cases"))
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Case"), self.tr("Deadline"), self.tr("Kind")])
        self.tree.itemDoubleClicked.connect(self._open)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.open_button = _button(self.tr("Open"), self._open)
        self.open_button.setDefault(True)
        self.duplicate_button = _button(self.tr("Duplicate"), self._duplicate)
        self.delete_button = _button(self.tr("Delete"), self._delete)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        new_hint = QLabel(
            self.tr(
                "A new Urgent Action? Import it from a file (text, web page or PDF), or copy its "
                "text in the web page or e-mail and paste it."
            )
        )
        new_hint.setWordWrap(True)
        self.import_button = _button(
            self.tr("&Import Urgent Action…"), lambda: self._finish(IMPORT_REQUESTED)
        )
        self.paste_button = _button(
            self.tr("&Paste Urgent Action"), lambda: self._finish(PASTE_REQUESTED)
        )
        new_row = QHBoxLayout()
        new_row.addWidget(new_hint, 1)
        new_row.addWidget(self.import_button)
        new_row.addWidget(self.paste_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.notice)
        layout.addLayout(new_row)
        layout.addLayout(buttons)
        self._entries: dict[str, CaseEntry] = {}
        self.chosen_id: str | None = None
        self.set_entries(entries, current_id=current_id)

    def set_entries(self, entries: Sequence[CaseEntry], *, current_id: str | None = None) -> None:
        """Show these entries, in the order given (``list_cases`` puts open actions first)."""
        previous = current_id or self.current_id()
        self.tree.clear()
        self._entries = {e.id: e for e in entries}
        palette = self.tree.palette()
        muted = QBrush(
            readable(
                palette.color(QPalette.ColorRole.PlaceholderText),
                palette.color(QPalette.ColorRole.Base),
            )
        )
        for entry in entries:
            if entry.error:
                deadline = self.tr("cannot be read")
            elif entry.deadline is None:
                deadline = self.tr("no deadline")
            elif entry.deadline_passed:
                deadline = self.tr("{date} (deadline passed)").format(
                    date=entry.deadline.isoformat()
                )
            else:
                deadline = entry.deadline.isoformat()
            kind = self.tr("Built-in") if entry.builtin else self.tr("Mine")
            item = QTreeWidgetItem([entry.title, deadline, kind])
            item.setData(0, ID_ROLE, entry.id)
            problem = error_text(entry.failure) if entry.failure else entry.error
            item.setToolTip(0, problem or entry.id)
            if not entry.is_open:
                for column in range(3):
                    item.setForeground(column, muted)
            else:
                font = QFont(item.font(0))
                font.setBold(True)
                item.setFont(0, font)
            self.tree.addTopLevelItem(item)
            if entry.id == previous:
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.tree.resizeColumnToContents(1)
        self.tree.setColumnWidth(0, max(320, self.tree.columnWidth(0)))
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else str(item.data(0, ID_ROLE))

    def current_entry(self) -> CaseEntry | None:
        case_id = self.current_id()
        return None if case_id is None else self._entries.get(case_id)

    def select(self, case_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, ID_ROLE) == case_id:
                self.tree.setCurrentItem(item)

    def _finish(self, choice: str) -> None:
        self.chosen_id = choice
        self.accept()

    @Slot()
    def _update_buttons(self) -> None:
        entry = self.current_entry()
        self.open_button.setEnabled(entry is not None and not entry.error)
        self.duplicate_button.setEnabled(entry is not None and not entry.error)
        self.delete_button.setEnabled(entry is not None and not entry.builtin)
        if entry is not None and entry.deadline_passed:
            self.notice.setText(
                self.tr(
                    "The deadline of this action has passed. Letters may still help: check with "
                    "your group for an update before writing."
                )
            )
        else:
            self.notice.setText("")

    @Slot()
    def _open(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.error:
            return
        self.chosen_id = entry.id
        self.case_chosen.emit(entry.id)
        self.accept()

    @Slot()
    def _duplicate(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.duplicate_requested.emit(entry.id)

    @Slot()
    def _delete(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.builtin:
            return
        question = self.tr("Delete the case “{title}”? This cannot be undone.").format(
            title=entry.title
        )
        if _confirm(self, self.tr("Delete case"), question):
            self.delete_requested.emit(entry.id)


def pick_case(
    parent: QWidget | None = None, *, current_id: str | None = None, today: dt.date | None = None
) -> str | None:
    """Show the picker wired to the library; the chosen case id, or None if closed."""
    dialog = CasePickerDialog(list_cases(today), parent, current_id=current_id)
    title = QCoreApplication.translate("CasePicker", "Case library")

    def duplicate(case_id: str) -> None:
        try:
            copy = duplicate_case(case_id)
        except (CaseError, OSError) as exc:
            dialogs.show_error(dialog, title, error_text(exc))
            return
        dialog.set_entries(list_cases(today), current_id=copy.id)

    def delete(case_id: str) -> None:
        try:
            delete_user_case(case_id)
        except CaseError as exc:
            dialogs.show_error(dialog, title, error_text(exc))
        dialog.set_entries(list_cases(today))

    dialog.duplicate_requested.connect(duplicate)
    dialog.delete_requested.connect(delete)
    if _exec_dialog(dialog) != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen_id
