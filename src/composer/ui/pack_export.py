"""Choose the cases to put in a case pack: a checkable list of the library.

Use::

    ids = choose_pack_cases(parent, library.list_cases(), current_id="kalesnikava")
    if ids:
        packs.export_pack(ids, path)     # the window asks for the path

``_exec_dialog`` runs the dialog; tests replace it (and tick boxes on the real dialog).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.model.library import CaseEntry
from composer.ui.accessibility import FocusRing
from composer.ui.dialogs import run_modal as _exec_dialog

ID_ROLE = Qt.ItemDataRole.UserRole


class PackExportDialog(QDialog):
    """The library's cases with a box each; ``chosen_ids()`` are the ticked ones, in list order."""

    def __init__(
        self,
        entries: Sequence[CaseEntry],
        parent: QWidget | None = None,
        *,
        checked: Collection[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a case pack"))
        self.resize(560, 420)
        self.focus_ring = FocusRing(self)  # where the keyboard is, as in the main window
        intro = QLabel(
            self.tr(
                "Tick the cases to carry to other computers. The pack also holds "
                "your own letter wordings, if you have any."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.case_list = QListWidget(self)
        self.case_list.setObjectName("pack_cases")
        self.case_list.setAccessibleName(self.tr("Cases to export"))
        intro.setBuddy(self.case_list)
        for entry in entries:
            if entry.error:
                continue  # a file the library cannot read cannot go in a pack
            label = entry.title
            if entry.deadline_passed:
                label = self.tr("{title} (deadline passed)").format(title=entry.title)
            if not entry.builtin:
                label = self.tr("{title} — mine").format(title=label)
            item = QListWidgetItem(label, self.case_list)
            item.setData(ID_ROLE, entry.id)
            item.setToolTip(entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if entry.id in checked else Qt.CheckState.Unchecked
            )
        self.case_list.itemChanged.connect(self._update_buttons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.all_button = self.buttons.addButton(
            self.tr("Select All"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.all_button.clicked.connect(self.select_all)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.case_list, 1)
        layout.addWidget(self.buttons)
        self._update_buttons()

    def items(self) -> list[QListWidgetItem]:
        return [
            item
            for i in range(self.case_list.count())
            if (item := self.case_list.item(i)) is not None
        ]

    def set_checked(self, case_ids: Collection[str]) -> None:
        for item in self.items():
            item.setCheckState(
                Qt.CheckState.Checked if item.data(ID_ROLE) in case_ids else Qt.CheckState.Unchecked
            )

    def chosen_ids(self) -> list[str]:
        return [
            str(item.data(ID_ROLE))
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    @Slot()
    def select_all(self) -> None:
        self.set_checked([str(item.data(ID_ROLE)) for item in self.items()])

    @Slot()
    def _update_buttons(self) -> None:
        self.export_button.setEnabled(bool(self.chosen_ids()))

    @Slot()
    def accept(self) -> None:
        if self.chosen_ids():
            super().accept()


def choose_pack_cases(
    parent: QWidget | None, entries: Sequence[CaseEntry], *, current_id: str | None = None
) -> list[str] | None:
    """The ids of the cases to export (the open case ticked to start with); None if cancelled."""
    dialog = PackExportDialog(entries, parent, checked=[current_id] if current_id else [])
    try:
        if _exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen_ids() or None
    finally:
        dialog.deleteLater()
