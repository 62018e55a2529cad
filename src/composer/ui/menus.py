"""The window's menu bar and tool bar, built from the actions the window owns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

if TYPE_CHECKING:
    from composer.ui.main_window import MainWindow


class Menus(QObject):
    """Puts the window's actions in its menus (File, Edit, Case, Event, View, Help) and on its
    tool bar (the current case's button, export, print, new, undo, redo)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def build_menus(self) -> tuple[QMenu, QMenu]:
        """The Case and Event menus, which the window keeps."""
        window = self._window
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(window.new_act)
        file_menu.addAction(window.events.next_writer_act)
        file_menu.addSeparator()
        file_menu.addAction(window.export_act)
        file_menu.addAction(window.print_act)
        file_menu.addAction(window.preview_act)
        envelope_menu = file_menu.addMenu(self.tr("Print Envel&ope"))
        for action in window.envelope_acts.values():
            envelope_menu.addAction(action)
        envelope_menu.addSeparator()
        envelope_menu.addAction(window.return_address_act)
        file_menu.addAction(window.sheet_act)
        file_menu.addSeparator()
        file_menu.addAction(window.quit_act)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(window.undo_act)
        edit_menu.addAction(window.redo_act)
        edit_menu.addSeparator()
        edit_menu.addAction(window.reword_act)
        case_menu = bar.addMenu(self.tr("&Case"))
        case_menu.setObjectName("caseMenu")
        case_menu.addAction(window.open_case_act)
        case_menu.addAction(window.open_case_file_act)
        case_menu.addSeparator()
        case_menu.addAction(window.import_ua_act)
        case_menu.addAction(window.paste_ua_act)
        case_menu.addSeparator()
        case_menu.addAction(window.edit_case_act)
        case_menu.addSeparator()
        case_menu.addAction(window.export_pack_act)
        case_menu.addAction(window.import_pack_act)
        event_menu = bar.addMenu(self.tr("E&vent"))
        window.events.fill_menu(event_menu)
        view_menu = bar.addMenu(self.tr("Vie&w"))
        view_menu.addAction(window.text_size.larger_act)
        view_menu.addAction(window.text_size.smaller_act)
        view_menu.addAction(window.text_size.normal_act)
        view_menu.addSeparator()
        view_menu.addAction(window.guide_act)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(window.about_act)
        return case_menu, event_menu

    def build_tool_bar(self, case_menu: QMenu) -> tuple[QToolBar, QToolButton]:
        """The tool bar and its current case's button, which the window keeps."""
        window = self._window
        tool_bar = window.addToolBar(self.tr("Letter"))
        tool_bar.setObjectName("letterToolBar")
        tool_bar.setMovable(False)
        tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # Which case is open; a click opens the case library, the arrow the Case menu.
        button = QToolButton(tool_bar)
        button.setObjectName("caseButton")
        button.setAccessibleName(self.tr("Current case"))
        button.setIcon(window.open_case_act.icon())
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.setMenu(case_menu)
        button.clicked.connect(window.cases.open_case)
        tool_bar.addWidget(button)
        tool_bar.addSeparator()
        tool_bar.addAction(window.export_act)
        tool_bar.addAction(window.print_act)
        tool_bar.addSeparator()
        tool_bar.addAction(window.new_act)
        tool_bar.addAction(window.undo_act)
        tool_bar.addAction(window.redo_act)
        return tool_bar, button
