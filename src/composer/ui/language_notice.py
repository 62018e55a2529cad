"""The notice above the letter: what a language switch did with the writer's own wording."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from composer.model.draft import BlockKind, LanguageChange, demand_index
from composer.model.templates import LANGUAGES


class LanguageNotice(QFrame):
    """An inline notice above the letter: what a language switch did with the writer's edits."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("letterNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)  # a note's colours, from the theme
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        layout = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        close = QToolButton(self)
        close.setText(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss this notice"))
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def _block_name(self, key: str) -> str:
        index = demand_index(key)
        if index is not None:
            return self.tr("demand {number}").format(number=index + 1)
        names = {
            BlockKind.DATE.value: self.tr("the date"),
            BlockKind.SALUTATION.value: self.tr("the greeting"),
            BlockKind.OPENING.value: self.tr("the opening"),
            BlockKind.CLOSING.value: self.tr("the closing paragraph"),
            BlockKind.VALEDICTION.value: self.tr("the sign-off"),
        }
        return names.get(key, key)

    def _language_name(self, code: str) -> str:
        names = {
            "en": self.tr("English"),
            "fr": self.tr("French"),
            "es": self.tr("Spanish"),
            "de": self.tr("German"),
            "ru": self.tr("Russian"),
        }
        return names.get(code, LANGUAGES.get(code, code))

    def tell(self, change: LanguageChange, language: str, previous: str) -> str:
        """Say what a language switch did; shown when it set wording aside or brought it back.

        Returns the first sentence, for the status bar."""
        name, old_name = self._language_name(language), self._language_name(previous)
        messages = [self.tr("Your letter is now in {language}.").format(language=name)]
        if change.set_aside:
            parts = ", ".join(self._block_name(key) for key in change.set_aside)
            messages.append(
                self.tr(
                    "Your own wording of {parts} is in {old}, so those paragraphs now show the "
                    "{language} text. Your wording is kept: it comes back if you switch back to "
                    "{old}."
                ).format(parts=parts, old=old_name, language=name)
            )
        if change.restored:
            parts = ", ".join(self._block_name(key) for key in change.restored)
            messages.append(
                self.tr("Your own {language} wording of {parts} is back.").format(
                    language=name, parts=parts
                )
            )
        if change.set_aside or change.restored:
            messages.append(
                self.tr("Check that your personal paragraph suits a {language} letter.").format(
                    language=name
                )
            )
        self.label.setText(" ".join(messages))
        self.setVisible(bool(change.set_aside or change.restored))
        return messages[0]

    def tell_undone(self, language: str) -> str:
        """The status bar's words when undo or redo changed the letter's language."""
        return self.tr("Your letter is in {language} again.").format(
            language=self._language_name(language)
        )
