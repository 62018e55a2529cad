"""The short guide at the top of the middle column: three numbered steps, not a wizard.

Shown until the writer dismisses it (remembered on this computer); View ▸ Show Guide brings it
back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from composer.ui.session import app_settings

SETTING = "guide/dismissed"


class Guide(QFrame):
    """1 read, 2 choose, 3 sign."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.label = QLabel(self)
        self.label.setObjectName("guideSteps")
        self.label.setForegroundRole(QPalette.ColorRole.Text)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setText(
            "<b>{title}</b><ol style='margin-left: -20px'><li>{read}</li><li>{choose}</li>"
            "<li>{sign}</li></ol>".format(
                title=self.tr("Three steps"),
                read=self.tr("<b>Read</b> the case on the left."),
                choose=self.tr(
                    "<b>Choose</b> what your letter asks for, and add your name under “About you”."
                ),
                sign=self.tr("<b>Sign</b>: print your letter (Ctrl+P), then sign it by hand."),
            )
        )
        self.label.setAccessibleName(self.tr("Three steps"))
        self.close_button = QToolButton(self)
        self.close_button.setText(self.tr("Got it"))
        self.close_button.setAccessibleName(self.tr("Hide the three steps"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(not app_settings().value(SETTING, False, bool))

    def dismiss(self) -> None:
        self.hide()
        settings = app_settings()
        settings.setValue(SETTING, True)
        settings.sync()
        self.dismissed.emit()

    def show_again(self) -> None:
        settings = app_settings()
        settings.remove(SETTING)
        settings.sync()
        self.show()
