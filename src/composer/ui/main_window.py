"""The composer window: the case on the left; demands, the writer's details and the letter right."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from composer import paths
from composer.model.case import Case
from composer.model.draft import Draft, Sender
from composer.model.library import DEFAULT_CASE_ID
from composer.model.templates import LANGUAGES
from composer.render.layouts import LAYOUTS
from composer.ui import dialogs
from composer.ui.about_you import AboutYouForm
from composer.ui.accessibility import FocusRing, name_fields_by_their_labels
from composer.ui.case_library import CaseLibrary
from composer.ui.case_view import CaseView
from composer.ui.demands_panel import DemandsPanel
from composer.ui.draft_editor import DraftEditor
from composer.ui.drops import FileDrops
from composer.ui.event import EventController
from composer.ui.guide import Guide
from composer.ui.language_notice import LanguageNotice
from composer.ui.letter_edits import LetterEdits
from composer.ui.menus import Menus
from composer.ui.page_check import PageCheck
from composer.ui.print_actions import PrintActions
from composer.ui.recipient_choice import RecipientChooser
from composer.ui.sender_preview import SenderPreview
from composer.ui.session import Autosaver
from composer.ui.shortcuts import WindowShortcuts
from composer.ui.spelling import SpellCheck
from composer.ui.text_size import TextSize
from composer.ui.theme import readable_palette
from composer.ui.window_fit import WindowFit
from composer.ui.window_state import WindowState

SPELLING_DELAY_MS = 1500  # the dictionaries load once the window is up and the page checked


def _layouts() -> dict[str, str]:
    """Layout ids and their labels (the layouts module is geometry only: no fpdf)."""
    return {layout_id: layout.label for layout_id, layout in LAYOUTS.items()}


def _icon(name: str, fallback: str) -> QIcon:
    """The desktop theme's icon ``name``, else the style's standard icon ``fallback`` (QStyle's
    Python enums take some 7 ms to create: only made when a theme lacks the icon)."""
    icon = QIcon.fromTheme(name)
    if icon.isNull():
        from PySide6.QtWidgets import QStyle

        icon = QApplication.style().standardIcon(getattr(QStyle.StandardPixmap, fallback))
    return icon


class MainWindow(QMainWindow):
    """One writer, one case, one letter."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Letter Composer"))
        self.setObjectName("mainWindow")
        self._case: Case  # read by window_state.read_settings; the draft made in _start_letter
        self._case_ref = DEFAULT_CASE_ID
        self._draft: Draft
        self._layout_id = "us-letter"
        self._restored_geometry = False
        self._spelling_started = False  # the dictionaries load once the window is up
        self._autosaver = Autosaver(self._autosave_state, self)
        self._ending = False  # end_session: the system is closing the app

        self.cases = CaseLibrary(self)
        self.printing = PrintActions(self)
        self.drops = FileDrops(self)
        self.window_state = WindowState(self)
        self.page_check = PageCheck(self)
        self.fit = WindowFit(self)
        self.edits = LetterEdits(self)  # the letter's editing slots
        self.menus = Menus(self)

        self._create_widgets()
        self._create_actions()
        self.events = EventController(self)  # Event ▸ …, the writer view, the count
        self.case_menu, self.event_menu = self.menus.build_menus()
        self.tool_bar, self.case_button = self.menus.build_tool_bar(self.case_menu)
        self._create_status_bar()
        self.shortcuts = WindowShortcuts(self)
        self.shortcuts.update()
        self._connect_signals()
        self._set_tab_order()
        self.drops.watch()
        self.focus_ring = FocusRing(self)
        name_fields_by_their_labels(self)
        self._use_palette()
        self.window_state.read_settings()
        self.text_size.restore()
        self._start_letter()
        self.events.apply()
        self.case_view.setFocus()

    # ================================================================== construction

    def _create_widgets(self) -> None:
        self.case_view = CaseView(self)

        self.language_combo = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.layout_combo = QComboBox(self)
        self.layout_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.layout_combo.setMinimumContentsLength(10)
        short_names = {
            "us-letter": self.tr("Letter (US/Canada), window envelope"),
            "a4-din5008-b": self.tr("A4, DIN 5008 form B"),
            "a4-din5008-a": self.tr("A4, DIN 5008 form A"),
        }
        for layout_id, label in _layouts().items():
            self.layout_combo.addItem(short_names.get(layout_id, label), layout_id)
            self.layout_combo.setItemData(
                self.layout_combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole
            )
        choices = QGroupBox(self.tr("Letter settings"), self)
        choices_form = QFormLayout(choices)
        choices_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        choices_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.recipient_choice = RecipientChooser(self)
        for text, combo in (
            (self.tr("Lan&guage:"), self.language_combo),
            (self.tr("&Paper:"), self.layout_combo),
            (self.tr("Wr&ite to:"), self.recipient_choice),
        ):
            buddy = QLabel(text, choices)
            buddy.setBuddy(combo)
            choices_form.addRow(buddy, combo)
        self._choices_form = choices_form

        self.demands_panel = DemandsPanel(self)
        self.about_you = AboutYouForm(self)

        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        self.guide = Guide(middle)
        middle_layout.addWidget(self.guide)
        middle_layout.addWidget(self.demands_panel)
        middle_layout.addWidget(self.about_you)
        middle_layout.addWidget(choices)  # the coordinator's settings, after the writer's part
        middle_layout.addStretch(1)
        self.middle_scroll = QScrollArea(self)
        self.middle_scroll.setWidget(middle)
        self.middle_scroll.setWidgetResizable(True)
        self.middle_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.middle_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus
        self.middle_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fit.case_column()
        self.fit.middle_column()

        self.editor = DraftEditor(self)
        self.spell_check = SpellCheck([self.editor, self.about_you.personal_edit], self)
        draft_pane = QWidget(self)
        draft_layout = QVBoxLayout(draft_pane)
        draft_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(
            self.tr(
                "<b>Your &letter</b> — click anywhere in it to change the "
                "words. This is what will be printed."
            ),
            draft_pane,
        )
        heading.setWordWrap(True)
        heading.setBuddy(self.editor)
        heading.setContentsMargins(4, 6, 4, 0)
        draft_layout.addWidget(heading)
        self.notice = LanguageNotice(draft_pane)
        self.notice_label = self.notice.label
        draft_layout.addWidget(self.notice)
        self.sender_preview = SenderPreview(draft_pane)
        draft_layout.addWidget(self.sender_preview)
        draft_layout.addWidget(self.editor, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.case_view)
        self.splitter.addWidget(self.middle_scroll)
        self.splitter.addWidget(draft_pane)
        for index, stretch in enumerate((3, 3, 4)):
            self.splitter.setStretchFactor(index, stretch)
        self.setCentralWidget(self.splitter)

    def _action(
        self,
        icon: QIcon | None,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(icon)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.export_act = self._action(
            _icon("document-save-as", "SP_DialogSaveButton"),
            self.tr("&Export PDF…"),
            self.printing.export_pdf,
            QKeySequence("Ctrl+E"),
            self.tr("Save the letter as a PDF to print or send"),
        )
        self.print_act = self._action(
            _icon("document-print", "SP_FileIcon"),
            self.tr("&Print…"),
            self.printing.print_letter,
            key.Print,
            self.tr("Print the letter: the same page as Export PDF"),
        )
        self.preview_act = self._action(
            _icon("document-print-preview", "SP_FileDialogContentsView"),
            self.tr("Print Pre&view…"),
            self.printing.print_preview,
            QKeySequence("Ctrl+Shift+P"),
            self.tr("See the page as it will be printed"),
        )
        # Print Envelope ▸ one action per size (ids as composer.render.envelope has them).
        self.envelope_acts: dict[str, QAction] = {}
        for size_id, text in (
            ("10", self.tr("#&10 Envelope (9.5 × 4.125 in)…")),
            ("dl", self.tr("&DL Envelope (220 × 110 mm)…")),
            ("c5", self.tr("&C5 Envelope (229 × 162 mm)…")),
        ):
            self.envelope_acts[size_id] = self._action(
                None, text, functools.partial(self.printing.print_envelope, size_id)
            )
        self.return_address_act = QAction(self.tr("&Return Address on Envelope"), self)
        self.return_address_act.setCheckable(True)
        self.return_address_act.setChecked(True)
        self.return_address_act.setStatusTip(
            self.tr("Print your name and address in the envelope's top left corner")
        )
        self.new_act = self._action(
            _icon("document-new", "SP_FileIcon"),
            self.tr("&New Letter"),
            self.new_letter,
            key.New,
            self.tr("Clear the letter and start again"),
        )
        self.open_case_act = self._action(
            _icon("document-open", "SP_DialogOpenButton"),
            self.tr("&Open Case…"),
            self.cases.open_case,
            key.Open,
            self.tr("Choose another case from the case library"),
        )
        self.open_case_file_act = self._action(
            None,
            self.tr("Open Case &File…"),
            self.cases.open_case_file,
            QKeySequence("Ctrl+Shift+O"),
            self.tr("Write a letter for a case saved as a .toml file"),
        )
        self.import_ua_act = self._action(
            QIcon.fromTheme("document-import"),
            self.tr("&Import Urgent Action…"),
            self.cases.import_urgent_action,
            QKeySequence("Ctrl+I"),
            self.tr("Make a case from an Urgent Action saved as text, a web page or a PDF"),
        )
        self.paste_ua_act = self._action(
            QIcon.fromTheme("edit-paste"),
            self.tr("&Paste Urgent Action"),
            self.cases.paste_urgent_action,
            QKeySequence("Ctrl+Shift+V"),
            self.tr("Make a case from an Urgent Action copied from a web page or an e-mail"),
        )
        self.edit_case_act = self._action(
            None,
            self.tr("&Edit This Case…"),
            self.cases.edit_case,
            None,
            self.tr("Correct this case's text, demands or addresses"),
        )
        self.export_pack_act = self._action(
            None,
            self.tr("E&xport Case Pack…"),
            self.cases.export_case_pack,
            None,
            self.tr("Put cases in one .lcpack file to copy to other computers"),
        )
        self.import_pack_act = self._action(
            None,
            self.tr("Import Case Pac&k…"),
            self.cases.import_case_pack,
            None,
            self.tr("Add the cases of a .lcpack file to this computer"),
        )
        self.undo_act = self._action(
            _icon("edit-undo", "SP_ArrowBack"), self.tr("&Undo"), self.editor.undo, key.Undo
        )
        self.redo_act = self._action(
            _icon("edit-redo", "SP_ArrowForward"), self.tr("&Redo"), self.editor.redo, key.Redo
        )
        self.undo_act.setEnabled(False)
        self.redo_act.setEnabled(False)
        self.reword_act = self._action(
            None,
            self.tr("Another &Wording"),
            self.edits.reword_paragraph,
            QKeySequence("Ctrl+Shift+W"),
            self.tr(
                "Write the paragraph the cursor is in with other words (Undo brings them back)"
            ),
        )
        self.quit_act = self._action(
            _icon("application-exit", "SP_DialogCloseButton"),
            self.tr("&Quit"),
            self.close,
            key.Quit,
        )
        self.about_act = self._action(None, self.tr("&About Letter Composer"), self.show_about)
        self.sheet_act = self._action(
            None,
            self.tr("Print &Handwriting Sheet…"),
            self.printing.print_handwriting_sheet,
            None,
            self.tr("The address, demands and key facts in large type, for writing by hand"),
        )
        self.text_size = TextSize(self)
        self.guide_act = self._action(
            None,
            self.tr("Show the &Three Steps"),
            self.guide.show_again,
            None,
            self.tr("Show the three steps at the top of the middle column again"),
        )

    def _create_status_bar(self) -> None:
        self.fit_label = QLabel(self)
        self.fit_label.setAccessibleName(self.tr("Page check"))
        self.statusBar().addPermanentWidget(self.fit_label)
        self.statusBar().showMessage(self.tr("Ready"), 3000)

    def _connect_signals(self) -> None:
        doc = self.editor.document()
        doc.undoAvailable.connect(self.undo_act.setEnabled)
        doc.redoAvailable.connect(self.redo_act.setEnabled)
        self.edits.connect_signals()

    def _set_tab_order(self) -> None:
        """As a writer goes: read the case, tick demands, about you, the letter; then the
        coordinator's language and paper."""
        chain: list[QWidget] = [
            self.case_view,
            *self.demands_panel.checkboxes(),
            self.about_you.name_edit,
            self.about_you.address_edit,
            self.about_you.town_edit,
            self.about_you.postal_code_edit,
            self.about_you.country_edit,
            self.about_you.personal_edit,
            self.about_you.initials_box,
            self.about_you.remember_box,
            self.editor,
            self.language_combo,
            self.layout_combo,
            self.recipient_choice,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _set_combo(combo: QComboBox, data: str) -> None:
        index = combo.findData(data)
        if index >= 0 and index != combo.currentIndex():
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    # ================================================================== the letter

    def _start_letter(self, draft: Draft | None = None) -> None:
        """Show the current case and ``draft`` (a new one if None) in every pane."""
        if draft is None:
            language = self.language_combo.currentData() or "en"
            draft = Draft.new(self._case, str(language), self.about_you.current_sender())
            personal = self.about_you.personal()
            if personal:
                draft.set_personal(personal)
        self._draft = draft
        self.case_view.show_case(self._case)
        self.fit.tool_bar()
        self._order_languages()
        self._set_combo(self.language_combo, draft.language)
        self.sender_preview.show_lines(draft.sender_lines(), bool(draft.sender.name.strip()))
        self.edits.show_demands()
        self.recipient_choice.set_case(self._case, draft.recipient_index)
        offered = self.recipient_choice.offers_a_choice()
        self._choices_form.setRowVisible(self.recipient_choice, offered)
        self.editor.set_draft(draft)
        self.notice.hide()

    def _order_languages(self) -> None:
        """The languages the case asks for first (its preferred languages), then the others."""
        preferred = [code for code in self._case.languages if code in LANGUAGES]
        order = preferred + [code for code in LANGUAGES if code not in preferred]
        combo = self.language_combo
        if [combo.itemData(i) for i in range(combo.count())] == order:
            return
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for code in order:
            combo.addItem(LANGUAGES[code], code)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    @property
    def draft(self) -> Draft:
        return self._draft

    @property
    def case(self) -> Case:
        return self._case

    @property
    def layout_id(self) -> str:
        return self._layout_id

    def _autosave_state(self) -> dict[str, Any]:
        # A writer who did not ask to be remembered leaves no name or address on disk.
        keep_sender = self.about_you.remember_box.isChecked()
        draft = self._draft.to_dict(keep_sender=keep_sender)
        return {"case": self._case_ref, "layout": self._layout_id, "draft": draft}

    def fit_text(self) -> str:
        return self.fit_label.text()

    def check_fit_now(self) -> None:
        self.page_check.check_now()

    def reword_paragraph(self) -> None:
        self.edits.reword_paragraph()

    @Slot()
    def new_letter(self) -> None:
        if self._has_unsaved_work() and not dialogs.confirm_new_letter(self):
            return
        self._fresh_letter()
        self.statusBar().showMessage(self.tr("A new letter."), 5000)

    @Slot()
    def next_writer(self) -> None:
        """The next writer: their own fresh wording, the last writer's details gone (unless
        remembered) and nothing of theirs left in the data folder; the cursor in Name."""
        self._fresh_letter()
        self.about_you.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.statusBar().showMessage(self.tr("Ready for the next writer."), 8000)

    def _fresh_letter(self) -> None:
        self._autosaver.clear()
        self.about_you.initials_box.setChecked(False)
        if not self.about_you.remember_box.isChecked():
            self.about_you.set_sender(Sender())
        self.about_you.set_personal("")
        self._start_letter()
        self.editor.document().setModified(False)
        self.about_you.name_edit.setFocus()  # the first thing a new writer types

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit.tool_bar()

    @Slot()
    def show_about(self) -> None:
        from composer import __version__

        dialogs.show_info(
            self,
            self.tr("About Letter Composer"),
            self.tr(
                "Letter Composer {version}\n\nWrite, address and print letters for Urgent Actions, "
                "fully offline."
            ).format(version=__version__),
        )

    def _has_unsaved_work(self) -> bool:
        return self.editor.document().isModified()

    # ================================================================== the window's parts

    def suggested_pdf_path(self, today: dt.date | None = None) -> Path:
        return self.printing.suggested_pdf_path(today)

    def open_library_case(self, case_id: str) -> bool:
        return self.cases.open_library_case(case_id)

    def open_path(self, path: Path) -> bool:
        return self.cases.open_path(path)

    def offer_restore(self) -> bool:
        return self.window_state.offer_restore()

    @Slot()
    def end_session(self) -> None:
        """The system ends the app (SIGTERM, logout): close as a normal close would, without a
        question nobody is there to answer. An unfinished letter stays in its safety copy
        (without the details of a writer who did not ask to be remembered) and is offered
        back at the next start."""
        self._ending = True
        self.window_state.write_settings()
        if self._has_unsaved_work():
            self._autosaver.save_now()
        else:
            self._autosaver.clear()
        self._autosaver.release()
        self.close()

    # ================================================================== events

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.drops.drag_move(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.drops.drag_move(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.drops.drop(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit.tool_bar()  # sizes are final only now
        if not self.page_check.timer.isActive() and not self.fit_label.text():
            self.page_check.schedule()
        if not self._spelling_started:
            self._spelling_started = True
            QTimer.singleShot(SPELLING_DELAY_MS, self, self.spell_check.dictionaries.start)

    def _use_palette(self) -> None:
        """The application's palette, its placeholder text made readable (WCAG AA)."""
        self.setPalette(readable_palette(QApplication.palette()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._use_palette()
            self.page_check.restyle()
        if event.type() == QEvent.Type.FontChange:  # View ▸ Larger Text
            QTimer.singleShot(0, self, self.fit.to_text_size)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._ending:  # end_session has kept what must be kept
            event.accept()
            return
        if self._has_unsaved_work() and not dialogs.confirm_close(self):
            event.ignore()
            return
        saved = self.window_state.write_settings()
        cleared = self._autosaver.clear()
        self._autosaver.release()
        if not (saved and cleared):
            # A read-only or full data folder: the window still closes, and says what stayed.
            folder = paths.user_data_dir()
            lines = []
            if not saved:
                lines.append(
                    self.tr(
                        "Your settings could not be saved: the folder {folder} cannot be "
                        "written to."
                    ).format(folder=folder)
                )
            if not cleared:
                lines.append(
                    self.tr(
                        "The safety copy of your letter, with your name and address, could not be "
                        "removed from {folder}. If this computer is shared, delete it there."
                    ).format(folder=folder)
                )
            dialogs.show_error(
                self, self.tr("Letter Composer could not tidy up"), "\n\n".join(lines)
            )
        event.accept()
