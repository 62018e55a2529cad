"""The "To:" choice: one of the case's recipients (then its copies-to), or all of them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from composer.model import recipients
from composer.model.case import Case

ALL_DATA = -1  # the item "All recipients" (recipients.ALL is None, which a combo cannot hold)


class RecipientChooser(QComboBox):
    """Shown only when the case names more than one recipient."""

    chosen = Signal(object)  # an index into recipients.addressees(case), or None for all

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Write to"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self.currentIndexChanged.connect(self._emit)
        self._quiet = False

    def set_case(self, case: Case, index: int = 0) -> None:
        """List ``case``'s recipients and select ``index`` (no signal)."""
        self._quiet = True
        try:
            self.clear()
            everyone = recipients.addressees(case)
            for i, person in enumerate(everyone):
                name = recipients.label(person)
                if recipients.is_copy(case, i):
                    name = self.tr("Copy: {name}").format(name=name)
                self.addItem(name, i)
                self.setItemData(i, "\n".join(person.envelope_lines()), Qt.ItemDataRole.ToolTipRole)
            if len(everyone) > 1:
                self.addItem(
                    self.tr("All {count} recipients (one letter each)").format(count=len(everyone)),
                    ALL_DATA,
                )
            self.setCurrentIndex(min(max(index, 0), max(self.count() - 1, 0)))
        finally:
            self._quiet = False

    def choice(self) -> recipients.Choice:
        data = self.currentData()
        if data is None:
            return 0
        return recipients.ALL if int(data) == ALL_DATA else int(data)

    def choose(self, choice: recipients.Choice) -> None:
        """Select a recipient (or all), as if the writer had."""
        index = self.findData(ALL_DATA if choice is None else choice)
        if index >= 0:
            self.setCurrentIndex(index)

    def offers_a_choice(self) -> bool:
        return self.count() > 1

    @Slot(int)
    def _emit(self, _index: int) -> None:
        if not self._quiet and self.currentIndex() >= 0:
            self.chosen.emit(self.choice())
