"""Event ▸ Start Event…: the dialog where the coordinator names the event, chooses its cases and
sets the PIN. Imported when the coordinator opens it, not at start-up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from composer.model.event import Event, EventError
from composer.model.library import list_cases
from composer.model.templates import LANGUAGES
from composer.render.layouts import LAYOUTS
from composer.ui.accessibility import FocusRing
from composer.ui.messages import error_text
from composer.ui.theme import mark_warning


class StartEventDialog(QDialog):
    """Name, date, place, the cases offered, fixed choices, the coordinator's PIN."""

    def __init__(self, parent: QWidget | None, current_case: str, suggested_layout: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start an Event"))
        self.started: Event | None = None
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Event name"))
        self.name_edit.setPlaceholderText(self.tr("For example: Write for Rights, Guelph Library"))
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.place_edit = QLineEdit(self)
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.cases_list = QListWidget(self)
        self.cases_list.setAccessibleName(self.tr("Cases offered"))
        # A long title (longer still in French) wraps within the list's width, never asking
        # for sideways scrolling on a netbook; its tooltip shows it whole too.
        self.cases_list.setWordWrap(True)
        self.cases_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.cases_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for entry in list_cases():
            if entry.error:
                continue
            title = entry.title
            if entry.deadline_passed:
                title = self.tr("{title} (deadline passed)").format(title=title)
            item = QListWidgetItem(title, self.cases_list)
            item.setToolTip(title)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = entry.id == current_case
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("Each writer chooses"), "")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.layout_combo = QComboBox(self)
        self.layout_combo.addItem(self.tr("Each writer chooses"), "")
        for layout_id, page in LAYOUTS.items():
            self.layout_combo.addItem(page.label, layout_id)
        self.layout_combo.setCurrentIndex(max(self.layout_combo.findData(suggested_layout), 0))
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setAccessibleName(self.tr("Folder for the letters"))
        self.folder_edit.setPlaceholderText(self.tr("A folder named after the event"))
        browse = QToolButton(self)
        browse.setText(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QWidget(self)
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.folder_edit, 1)
        folder_layout.addWidget(browse)
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setAccessibleName(self.tr("Coordinator's PIN"))
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setPlaceholderText(self.tr("At least 4 digits"))
        self.pin_again_edit = QLineEdit(self)
        self.pin_again_edit.setAccessibleName(self.tr("The PIN again"))
        self.pin_again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("event_error")
        self.error_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Place:"), self.place_edit)
        form.addRow(self.tr("&Cases offered:"), self.cases_list)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("Pap&er:"), self.layout_combo)
        folder_label = QLabel(self.tr("Letters &folder:"), self)
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("Coordinator's P&IN:"), self.pin_edit)
        form.addRow(self.tr("PIN a&gain:"), self.pin_again_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start the Event"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "During the event, writers see only the event's cases, About you and the letter. "
                "The case library and these settings are behind Event ▸ Coordinator… and the PIN."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.focus_ring = FocusRing(self)  # where the keyboard is, as in the main window

    def case_ids(self) -> tuple[str, ...]:
        ids = []
        for row in range(self.cases_list.count()):
            item = self.cases_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(ids)

    def set_cases(self, case_ids: tuple[str, ...]) -> None:
        for row in range(self.cases_list.count()):
            item = self.cases_list.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in case_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    @Slot()
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the event's letters"))
        if folder:
            self.folder_edit.setText(folder)

    def _problem(self) -> str:
        """What the dialog itself checks; Event.start checks the rest (name, cases, PIN) and
        says it with a code, translated here."""
        if self.pin_edit.text().strip() != self.pin_again_edit.text().strip():
            return self.tr("The two PINs differ: type the same PIN twice.")
        return ""

    def _show_problem(self, text: str) -> None:
        """What stops the event, in bold warning red read from the palette (composer.ui.theme)."""
        self.error_label.setText(text)
        mark_warning(self.error_label, True)

    def accept(self) -> None:
        day = self.date_edit.date().toPython()
        try:
            started = Event.start(
                self.name_edit.text(),
                day if isinstance(day, dt.date) else dt.date.today(),
                self.pin_edit.text(),
                place=self.place_edit.text(),
                case_ids=self.case_ids(),
                language=str(self.language_combo.currentData() or ""),
                layout=str(self.layout_combo.currentData() or ""),
            )
        except EventError as exc:
            self._show_problem(error_text(exc))
            return
        problem = self._problem()
        if problem:
            self._show_problem(problem)
            return
        folder = self.folder_edit.text().strip()
        self.started = started.with_folder(Path(folder)) if folder else started
        super().accept()
