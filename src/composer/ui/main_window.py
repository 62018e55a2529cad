"""The composer window: the case on the left; demands, the writer's details and the letter right."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QMimeData,
    QObject,
    QRect,
    QSize,
    Qt,
    QTime,
    QTimer,
    QUrl,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from composer import paths
from composer.model.case import Case, CaseError
from composer.model.draft import (
    BlockKind,
    Draft,
    LanguageChange,
    Sender,
    demand_index,
    demand_key,
)
from composer.model.file_kinds import FileKind, file_kind
from composer.model.library import (
    DEFAULT_CASE_ID,
    add_user_case,
    all_case_ids,
    is_builtin,
    list_cases,
    load_builtin,
    load_case,
    load_case_file,
    open_case,
    save_user_case,
    user_case_ids,
)
from composer.model.templates import LANGUAGES
from composer.render.layouts import LAYOUTS, default_layout_id, get_layout, layout_for_paper
from composer.ui import dialogs
from composer.ui.about_you import AboutYouForm
from composer.ui.case_view import CaseView
from composer.ui.demands_panel import DemandsPanel
from composer.ui.draft_editor import DraftEditor
from composer.ui.session import Autosaver, OrphanDraft, app_settings, orphaned_drafts

FIT_CHECK_DELAY_MS = 600
CASE_BUTTON_MAX_CHARS = 48


def dropped_file(mime: QMimeData) -> Path | None:
    """The one local file a drag carries, or None (several files, a web link, plain text)."""
    if not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    return Path(urls[0].toLocalFile())


def _layouts() -> dict[str, str]:
    """Layout ids and their labels (the layouts module is geometry only: no fpdf)."""
    return {layout_id: layout.label for layout_id, layout in LAYOUTS.items()}


def _default_layout() -> str:
    """Letter paper in Canada and the US, A4 elsewhere (the system's territory tells; with
    none, the same default as the command line)."""
    locale = QLocale()
    territory = QLocale.territoryToCode(locale.territory()) if locale.territory() else ""
    return default_layout_id(territory)


def _default_letter_language() -> str:
    """The system's language where letters can be written in it (French in Quebec), else
    English."""
    code = QLocale().name().split("_", 1)[0]
    return code if code in LANGUAGES else "en"


def _icon(name: str, fallback: QStyle.StandardPixmap) -> QIcon:
    style = QApplication.style()
    return QIcon.fromTheme(name, style.standardIcon(fallback))


class MainWindow(QMainWindow):
    """One writer, one case, one letter."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Letter Composer"))
        self.setObjectName("mainWindow")
        self._case: Case  # read in _read_settings, with the draft made in _start_letter
        self._case_ref = DEFAULT_CASE_ID
        self._draft: Draft
        self._layout_id = "us-letter"
        self._restored_geometry = False
        self._autosaver = Autosaver(self._autosave_state, self)
        self._ending = False  # end_session: the system is closing the app
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(FIT_CHECK_DELAY_MS)
        self._fit_timer.timeout.connect(self._check_fit)

        self._create_widgets()
        self._create_actions()
        self._create_menus()
        self._create_tool_bar()
        self._create_status_bar()
        self._connect_signals()
        self._set_tab_order()
        self._watch_drops()
        self._read_settings()
        self._start_letter()

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
        choices = QGroupBox(self.tr("Your letter"), self)
        choices_form = QFormLayout(choices)
        choices_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        choices_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, combo in (
            (self.tr("&Language:"), self.language_combo),
            (self.tr("&Paper:"), self.layout_combo),
        ):
            buddy = QLabel(text, choices)
            buddy.setBuddy(combo)
            choices_form.addRow(buddy, combo)

        self.demands_panel = DemandsPanel(self)
        self.about_you = AboutYouForm(self)

        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.addWidget(choices)
        middle_layout.addWidget(self.demands_panel)
        middle_layout.addWidget(self.about_you)
        middle_layout.addStretch(1)
        self.middle_scroll = QScrollArea(self)
        self.middle_scroll.setWidget(middle)
        self.middle_scroll.setWidgetResizable(True)
        self.middle_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.middle_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Never narrower than its content: the splitter then takes the room from the other panes
        # instead of cutting off the demands and the form (large fonts, small screens).
        scroll_bar = self.middle_scroll.verticalScrollBar().sizeHint().width()
        self.middle_scroll.setMinimumWidth(middle.minimumSizeHint().width() + scroll_bar + 2)

        self.editor = DraftEditor(self)
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
        self.notice = self._create_notice(draft_pane)
        draft_layout.addWidget(self.notice)
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

    def _create_notice(self, parent: QWidget) -> QFrame:
        """An inline notice above the letter: what a language switch did with the writer's edits."""
        frame = QFrame(parent)
        frame.setObjectName("letterNotice")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet("#letterNotice { background-color: #fff4ce; color: #3d2e00; }")
        layout = QHBoxLayout(frame)
        self.notice_label = QLabel(frame)
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        close = QToolButton(frame)
        close.setText(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss this notice"))
        close.clicked.connect(frame.hide)
        layout.addWidget(self.notice_label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        frame.hide()
        return frame

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
        sp = QStyle.StandardPixmap
        key = QKeySequence.StandardKey
        self.export_act = self._action(
            _icon("document-save-as", sp.SP_DialogSaveButton),
            self.tr("&Export PDF…"),
            self.export_pdf,
            QKeySequence("Ctrl+E"),
            self.tr("Save the letter as a PDF to print or send"),
        )
        self.print_act = self._action(
            _icon("document-print", sp.SP_FileIcon),
            self.tr("&Print…"),
            self.print_letter,
            key.Print,
            self.tr("Print the letter: the same page as Export PDF"),
        )
        self.preview_act = self._action(
            _icon("document-print-preview", sp.SP_FileDialogContentsView),
            self.tr("Print Pre&view…"),
            self.print_preview,
            QKeySequence("Ctrl+Shift+P"),
            self.tr("See the page as it will be printed"),
        )
        self._printer: Any = None  # composer.ui.printing.PrintController, made on first use
        # Print Envelope ▸ one action per size (ids as composer.render.envelope has them).
        self.envelope_acts: dict[str, QAction] = {}
        for size_id, text in (
            ("10", self.tr("#10 Envelope (9.5 × 4.125 in)…")),
            ("dl", self.tr("DL Envelope (220 × 110 mm)…")),
            ("c5", self.tr("C5 Envelope (229 × 162 mm)…")),
        ):
            self.envelope_acts[size_id] = self._action(
                None, text, functools.partial(self.print_envelope, size_id)
            )
        self.return_address_act = QAction(self.tr("Return Address on Envelope"), self)
        self.return_address_act.setCheckable(True)
        self.return_address_act.setChecked(True)
        self.return_address_act.setStatusTip(
            self.tr("Print your name and address in the envelope's top left corner")
        )
        self.new_act = self._action(
            _icon("document-new", sp.SP_FileIcon),
            self.tr("&New Letter"),
            self.new_letter,
            key.New,
            self.tr("Clear the letter and start again"),
        )
        self.open_case_act = self._action(
            _icon("document-open", sp.SP_DialogOpenButton),
            self.tr("&Open Case…"),
            self.open_case,
            key.Open,
            self.tr("Choose another case from the case library"),
        )
        self.open_case_file_act = self._action(
            None,
            self.tr("Open Case &File…"),
            self.open_case_file,
            QKeySequence("Ctrl+Shift+O"),
            self.tr("Write a letter for a case saved as a .toml file"),
        )
        self.import_ua_act = self._action(
            QIcon.fromTheme("document-import"),
            self.tr("&Import Urgent Action…"),
            self.import_urgent_action,
            QKeySequence("Ctrl+I"),
            self.tr("Make a case from an Urgent Action saved as text, a web page or a PDF"),
        )
        self.paste_ua_act = self._action(
            QIcon.fromTheme("edit-paste"),
            self.tr("&Paste Urgent Action"),
            self.paste_urgent_action,
            QKeySequence("Ctrl+Shift+V"),
            self.tr("Make a case from an Urgent Action copied from a web page or an e-mail"),
        )
        self.edit_case_act = self._action(
            None,
            self.tr("&Edit This Case…"),
            self.edit_case,
            None,
            self.tr("Correct this case's text, demands or addresses"),
        )
        self.export_pack_act = self._action(
            None,
            self.tr("E&xport Case Pack…"),
            self.export_case_pack,
            None,
            self.tr("Put cases in one .lcpack file to copy to other computers"),
        )
        self.import_pack_act = self._action(
            None,
            self.tr("Import Case Pac&k…"),
            self.import_case_pack,
            None,
            self.tr("Add the cases of a .lcpack file to this computer"),
        )
        self.undo_act = self._action(
            _icon("edit-undo", sp.SP_ArrowBack), self.tr("&Undo"), self.editor.undo, key.Undo
        )
        self.redo_act = self._action(
            _icon("edit-redo", sp.SP_ArrowForward), self.tr("&Redo"), self.editor.redo, key.Redo
        )
        self.undo_act.setEnabled(False)
        self.redo_act.setEnabled(False)
        self.quit_act = self._action(
            _icon("application-exit", sp.SP_DialogCloseButton),
            self.tr("&Quit"),
            self.close,
            key.Quit,
        )
        self.about_act = self._action(None, self.tr("&About Letter Composer"), self.show_about)

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_act)
        file_menu.addSeparator()
        file_menu.addAction(self.export_act)
        file_menu.addAction(self.print_act)
        file_menu.addAction(self.preview_act)
        envelope_menu = file_menu.addMenu(self.tr("Print &Envelope"))
        for action in self.envelope_acts.values():
            envelope_menu.addAction(action)
        envelope_menu.addSeparator()
        envelope_menu.addAction(self.return_address_act)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_act)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_act)
        edit_menu.addAction(self.redo_act)
        self.case_menu = self.menuBar().addMenu(self.tr("&Case"))
        self.case_menu.setObjectName("caseMenu")
        self.case_menu.addAction(self.open_case_act)
        self.case_menu.addAction(self.open_case_file_act)
        self.case_menu.addSeparator()
        self.case_menu.addAction(self.import_ua_act)
        self.case_menu.addAction(self.paste_ua_act)
        self.case_menu.addSeparator()
        self.case_menu.addAction(self.edit_case_act)
        self.case_menu.addSeparator()
        self.case_menu.addAction(self.export_pack_act)
        self.case_menu.addAction(self.import_pack_act)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_act)

    def _create_tool_bar(self) -> None:
        self.tool_bar = self.addToolBar(self.tr("Letter"))
        self.tool_bar.setObjectName("letterToolBar")
        self.tool_bar.setMovable(False)
        self.tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # Which case is open; a click opens the case library, the arrow the Case menu.
        self.case_button = QToolButton(self.tool_bar)
        self.case_button.setObjectName("caseButton")
        self.case_button.setAccessibleName(self.tr("Current case"))
        self.case_button.setIcon(self.open_case_act.icon())
        self.case_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.case_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.case_button.setMenu(self.case_menu)
        self.case_button.clicked.connect(self.open_case)
        self.tool_bar.addWidget(self.case_button)
        self.tool_bar.addSeparator()
        self.tool_bar.addAction(self.export_act)
        self.tool_bar.addAction(self.print_act)
        self.tool_bar.addSeparator()
        self.tool_bar.addAction(self.new_act)
        self.tool_bar.addAction(self.undo_act)
        self.tool_bar.addAction(self.redo_act)

    def _create_status_bar(self) -> None:
        self.fit_label = QLabel(self)
        self.fit_label.setAccessibleName(self.tr("Page check"))
        self.statusBar().addPermanentWidget(self.fit_label)
        self.statusBar().showMessage(self.tr("Ready"), 3000)

    def _connect_signals(self) -> None:
        doc = self.editor.document()
        doc.undoAvailable.connect(self.undo_act.setEnabled)
        doc.redoAvailable.connect(self.redo_act.setEnabled)
        self.editor.draft_edited.connect(self._on_draft_edited)
        self.demands_panel.demand_toggled.connect(self._on_demand_toggled)
        self.about_you.sender_changed.connect(self._on_sender_changed)
        self.about_you.personal_changed.connect(self._on_personal_changed)
        self.about_you.remember_changed.connect(self._on_remember_changed)
        self.language_combo.currentIndexChanged.connect(self._on_language_chosen)
        self.layout_combo.currentIndexChanged.connect(self._on_layout_chosen)
        self._autosaver.failed.connect(self._on_autosave_failed)

    def _set_tab_order(self) -> None:
        """Case, letter choices, demands, about you, then the letter itself."""
        chain: list[QWidget] = [
            self.case_view,
            self.language_combo,
            self.layout_combo,
            *self.demands_panel.checkboxes(),
            self.about_you.name_edit,
            self.about_you.address_edit,
            self.about_you.town_edit,
            self.about_you.personal_edit,
            self.about_you.remember_box,
            self.editor,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ================================================================== settings

    def _read_settings(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry", QByteArray(), QByteArray)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self._restored_geometry = self.restoreGeometry(geometry)
        if not self._restored_geometry:
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen else QRect(0, 0, 1280, 720)
            if available.width() < 1500 or available.height() < 950:
                # A laptop screen: use all of it (the case, the choices and the letter share it).
                self.setGeometry(available)
            else:
                self.resize(QSize(1400, 900))
        state = settings.value("window/splitter", QByteArray(), QByteArray)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        else:
            width = max(self.width(), 900)
            self.splitter.setSizes([int(width * 0.3), int(width * 0.3), int(width * 0.4)])

        case_ref = str(settings.value("letter/case", DEFAULT_CASE_ID) or DEFAULT_CASE_ID)
        try:
            self._case = load_case(case_ref)
            self._case_ref = case_ref
        except CaseError:
            self._case = load_builtin(DEFAULT_CASE_ID)
            self._case_ref = DEFAULT_CASE_ID
        language = str(settings.value("letter/language", "") or "")
        if language not in LANGUAGES:
            language = _default_letter_language()
        self._set_combo(self.language_combo, language)
        layout_id = str(settings.value("letter/layout", "") or "")
        if self.layout_combo.findData(layout_id) < 0:
            layout_id = _default_layout()
        self._layout_id = layout_id
        self._set_combo(self.layout_combo, layout_id)

        remember = settings.value("details/remember", False, bool)
        self.about_you.remember_box.blockSignals(True)
        self.about_you.remember_box.setChecked(bool(remember))
        self.about_you.remember_box.blockSignals(False)
        if remember:
            address = settings.value("details/address", [], list)
            address = address if isinstance(address, list) else []
            self.about_you.set_sender(
                Sender(
                    str(settings.value("details/name", "") or ""),
                    tuple(str(line) for line in address),
                    str(settings.value("details/town", "") or ""),
                )
            )

    def _write_settings(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("letter/case", self._case_ref)
        settings.setValue("letter/language", self._draft.language)
        settings.setValue("letter/layout", self._layout_id)
        self._write_details(settings)
        settings.sync()

    def _write_details(self, settings: Any) -> None:
        remember = self.about_you.remember_box.isChecked()
        settings.setValue("details/remember", remember)
        if remember:
            sender = self.about_you.current_sender()
            settings.setValue("details/name", sender.name)
            settings.setValue("details/address", list(sender.address_lines))
            settings.setValue("details/town", sender.town)
        else:
            for key in ("details/name", "details/address", "details/town"):
                settings.remove(key)

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
        self._show_case_name()
        self._set_combo(self.language_combo, draft.language)
        self._show_demands()
        self.editor.set_draft(draft)
        self.notice.hide()

    def _show_demands(self) -> None:
        draft = self._draft
        texts = [draft.demand_text(i) for i in range(len(self._case.demands))]
        included = [draft.block(demand_key(i)).included for i in range(len(texts))]
        intro = self._case.action_intro if draft.language == self._case.language else ""
        had = len(self.demands_panel.rows)
        self.demands_panel.set_demands(texts, included, intro)
        if had != len(texts):
            self._set_tab_order()

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

    # ================================================================== slots: editing

    @Slot()
    def _on_draft_edited(self) -> None:
        draft = self._draft
        self.demands_panel.set_included(
            [draft.block(demand_key(i)).included for i in range(len(self._case.demands))]
        )
        self.about_you.set_personal(draft.block("personal").text)
        if self.editor.document().isModified():  # a letter nobody touched is not offered back
            self._autosaver.schedule()
        self._fit_timer.start()

    @Slot(int, bool)
    def _on_demand_toggled(self, index: int, included: bool) -> None:
        self.editor.set_demand_included(index, included)
        if not self._draft.makes_a_request():
            self.statusBar().showMessage(
                self.tr("No demand is ticked: your letter makes no request."), 8000
            )

    @Slot(object)
    def _on_sender_changed(self, sender: Sender) -> None:
        changed = self._draft.set_sender(sender)
        for key in changed:
            self.editor.replace_block_text(key, self._draft.block(key).text, merge_tag="sender")
        self._autosaver.schedule()
        self._fit_timer.start()

    @Slot(str)
    def _on_personal_changed(self, text: str) -> None:
        self.editor.replace_block_text("personal", text, merge_tag="personal")

    @Slot(bool)
    def _on_remember_changed(self, remember: bool) -> None:
        settings = app_settings()
        self._write_details(settings)
        settings.sync()
        if remember:
            self.statusBar().showMessage(
                self.tr("Your name and address will be remembered on this computer."), 6000
            )
        else:
            self.statusBar().showMessage(
                self.tr("Your name and address will be forgotten when you close the app."), 6000
            )

    @Slot(int)
    def _on_language_chosen(self, index: int) -> None:
        language = str(self.language_combo.itemData(index))
        if language == self._draft.language:
            return
        previous = self._draft.language
        was_modified = self.editor.document().isModified()
        change = self._draft.set_language(language)
        self.editor.set_draft(self._draft)
        # Reloading the document marks it unchanged; the writer's work (some of it now set aside
        # for the other language) is not, so closing must still ask.
        self.editor.document().setModified(was_modified or bool(change.set_aside))
        self._show_demands()
        self._tell_language_change(change, language, previous)
        self._autosaver.schedule()
        self._fit_timer.start()

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
        names = {"en": self.tr("English"), "fr": self.tr("French")}
        return names.get(code, LANGUAGES.get(code, code))

    def _tell_language_change(self, change: LanguageChange, language: str, previous: str) -> None:
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
        self.notice_label.setText(" ".join(messages))
        self.notice.setVisible(bool(change.set_aside or change.restored))
        self.statusBar().showMessage(messages[0], 8000)

    @Slot(int)
    def _on_layout_chosen(self, index: int) -> None:
        self._layout_id = str(self.layout_combo.itemData(index))
        self.layout_combo.setToolTip(
            str(self.layout_combo.itemData(index, Qt.ItemDataRole.ToolTipRole) or "")
        )
        self._autosaver.schedule()
        self._fit_timer.start(0)

    @Slot(str)
    def _on_autosave_failed(self, reason: str) -> None:
        self.statusBar().showMessage(
            self.tr("Could not keep a safety copy of your letter: {reason}").format(reason=reason),
            10000,
        )

    # ================================================================== slots: page check

    @Slot()
    def _check_fit(self) -> None:
        from composer.render.pdf import RenderError, render_letter  # fpdf2 loads here, once

        try:
            result = render_letter(self._draft.letter(), get_layout(self._layout_id))
        except RenderError as exc:
            self.fit_label.setText(self.tr("⚠ {problem}").format(problem=exc))
            self.fit_label.setStyleSheet("color: #a4262c; font-weight: bold;")
            return
        if result.fits_one_page:
            self.fit_label.setText(self.tr("✓ Fits on one page"))
            self.fit_label.setStyleSheet("")
        else:
            self.fit_label.setText(self.tr("⚠ Too long for one page: shorten your letter"))
            self.fit_label.setStyleSheet("color: #a4262c; font-weight: bold;")

    def fit_text(self) -> str:
        return self.fit_label.text()

    def check_fit_now(self) -> None:
        self._fit_timer.stop()
        self._check_fit()

    # ================================================================== slots: actions

    def suggested_pdf_path(self, today: dt.date | None = None) -> Path:
        day = (today or dt.date.today()).isoformat()
        return paths.documents_dir() / f"{self._case.id}-{day}.pdf"

    @Slot()
    def export_pdf(self) -> None:
        if not self._draft.makes_a_request() and not dialogs.confirm_no_request(self):
            return
        path = dialogs.ask_save_path(self, self.suggested_pdf_path())
        if path is None:
            return
        from composer.render.pdf import LetterTooLong, RenderError, export_letter

        error: tuple[str, str] | None = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            export_letter(self._draft.letter(), get_layout(self._layout_id), path)
        except LetterTooLong:
            error = (
                self.tr("The letter is too long"),
                self.tr(
                    "Your letter does not fit on one page, so it was not saved. Shorten it (or "
                    "untick a demand) and export again."
                ),
            )
        except RenderError as exc:
            error = (self.tr("The letter cannot be laid out"), str(exc))
        except OSError as exc:
            error = (
                self.tr("Could not save the PDF"),
                self.tr(
                    "The PDF could not be saved in {path}: {reason}. Choose another folder, such "
                    "as your Documents folder."
                ).format(path=path, reason=exc.strerror or exc),
            )
        finally:
            QApplication.restoreOverrideCursor()
        if error is not None:
            dialogs.show_error(self, *error)
            return
        self.editor.document().setModified(False)
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 10000)
        choice = dialogs.offer_open_pdf(self, path)
        if choice is dialogs.AfterExport.OPEN_PDF:
            dialogs.open_url(QUrl.fromLocalFile(str(path)))
        elif choice is dialogs.AfterExport.OPEN_FOLDER:
            dialogs.open_url(QUrl.fromLocalFile(str(path.parent)))

    # ================================================================== printing

    def _print_controller(self) -> Any:
        if self._printer is None:
            from composer.ui.printing import PrintController  # QtPdf loads on first print

            self._printer = PrintController(self)
        return self._printer

    def _letter_pdf(self, title: str) -> tuple[bytes, tuple[float, float]] | None:
        """The letter's PDF, exactly what Export PDF writes, and its paper size in points."""
        from composer.render.pdf import RenderError, render_letter  # fpdf2 loads here, once

        layout = get_layout(self._layout_id)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = render_letter(self._draft.letter(), layout)
        except RenderError as exc:
            dialogs.show_error(self, title, str(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        if not result.fits_one_page:
            dialogs.show_error(
                self,
                self.tr("The letter is too long"),
                self.tr(
                    "Your letter does not fit on one page, so it was not printed. Shorten it (or "
                    "untick a demand) and print again."
                ),
            )
            return None
        return result.pdf, (layout.page_width, layout.page_height)

    def _switch_to_paper(self, paper: str) -> bool:
        """Lay the letter out for ``paper`` ("A4", "Letter"); False if no layout has it."""
        layout_id = layout_for_paper(paper)
        index = self.layout_combo.findData(layout_id) if layout_id else -1
        if index < 0:
            return False
        self.layout_combo.setCurrentIndex(index)  # the layout slot saves and re-checks the fit
        return True

    @Slot()
    def print_letter(self) -> None:
        """Print…: the print dialog, then the same page as Export PDF. The draft is untouched."""
        from composer.ui.printing import PrintOutcome

        if not self._draft.makes_a_request() and not dialogs.confirm_no_request(self):
            return
        for _attempt in range(2):  # once more after switching the layout to the printer's paper
            made = self._letter_pdf(self.tr("Print"))
            if made is None:
                return
            pdf, size = made
            result = self._print_controller().print_letter(pdf, size, title=self._case.title)
            if result.outcome is PrintOutcome.SWITCH_LAYOUT and self._switch_to_paper(result.paper):
                self.statusBar().showMessage(
                    self.tr("The letter is now laid out for {paper} paper.").format(
                        paper=result.paper
                    ),
                    10000,
                )
                continue
            if result.outcome is PrintOutcome.PRINTED:
                self.statusBar().showMessage(
                    self.tr("Sent to {printer}").format(printer=result.printer), 10000
                )
            elif result.outcome is PrintOutcome.EXPORT_INSTEAD:
                self.export_pdf()
            return

    def print_envelope(self, size_id: str) -> None:
        """Print the envelope for this letter: the recipient where the post reads it, the
        country last in capitals, the writer's return address (unless switched off)."""
        from composer.render.envelope import get_envelope_size, render_envelope

        letter = self._draft.letter()
        if not letter.recipient:
            dialogs.show_error(
                self, self.tr("Print Envelope"), self.tr("This letter has no recipient address.")
            )
            return
        return_lines = None
        if self.return_address_act.isChecked() and letter.sender_address:
            return_lines = [line for line in (letter.sender_name, *letter.sender_address) if line]
        size = get_envelope_size(size_id)
        pdf = render_envelope(
            list(letter.recipient),
            return_lines,
            size,
            title=self.tr("Envelope"),
            language=letter.language,
        )
        result = self._print_controller().print_envelope(
            pdf, (size.width_pt, size.height_pt), title=self.tr("Envelope")
        )
        from composer.ui.printing import PrintOutcome

        if result.outcome is PrintOutcome.PRINTED:
            self.statusBar().showMessage(
                self.tr("Envelope sent to {printer}: feed a {size} envelope").format(
                    printer=result.printer, size=size.name
                ),
                10000,
            )

    @Slot()
    def print_preview(self) -> None:
        made = self._letter_pdf(self.tr("Print Preview"))
        if made is not None:
            self._print_controller().preview(*made)

    @Slot()
    def new_letter(self) -> None:
        if self._has_unsaved_work() and not dialogs.confirm_new_letter(self):
            return
        self._autosaver.clear()
        if not self.about_you.remember_box.isChecked():
            self.about_you.set_sender(Sender())
        self.about_you.set_personal("")
        self._start_letter()
        self.statusBar().showMessage(self.tr("A new letter."), 5000)

    # ================================================================== the case library

    def _show_case_name(self) -> None:
        """The case button says which case is open (shortened; the tooltip has all of it)."""
        title = self._case.title
        short = (
            title
            if len(title) <= CASE_BUTTON_MAX_CHARS
            else (title[: CASE_BUTTON_MAX_CHARS - 1].rstrip() + "…")
        )
        self.case_button.setText(self.tr("Case: {title}").format(title=short))
        self.case_button.setToolTip(
            self.tr("{title}\n\nClick to choose another case.").format(title=title)
        )
        self.case_button.setAccessibleDescription(title)

    def _library_case_id(self) -> str | None:
        """The open case's id when it is in the case library (not a case file opened by path)."""
        return self._case.id if self._case_ref == self._case.id else None

    def switch_case(self, case: Case, reference: str) -> bool:
        """Show ``case`` with a new letter, as start-up does; False if the writer keeps theirs.

        ``reference`` is what start-up and the autosave reopen it by: a library id or a path.
        A letter with the writer's changes is never cleared without asking.
        """
        if self._has_unsaved_work() and not dialogs.confirm_switch_case(self, case.title):
            return False
        self._case, self._case_ref = case, reference
        self.about_you.set_personal("")
        self._start_letter()
        self._autosaver.clear()  # the old letter's copy; the new letter has nothing to keep yet
        settings = app_settings()  # the last case, as start-up reads it
        settings.setValue("letter/case", reference)
        settings.sync()
        self._fit_timer.start()
        return True

    def open_library_case(self, case_id: str) -> bool:
        """Open a case of the library by id; False if it cannot be read or the writer says no."""
        try:
            case = open_case(case_id)
        except CaseError as exc:
            dialogs.show_error(self, self.tr("Cannot open this case"), str(exc))
            return False
        return self.switch_case(case, case.id)

    @Slot()
    def open_case(self) -> None:
        """Open Case…: the case library (duplicate and delete are in there too)."""
        from composer.ui.case_picker import pick_case

        case_id = pick_case(self, current_id=self._library_case_id())
        if case_id is None:
            return
        if case_id == self._library_case_id():
            self.statusBar().showMessage(self.tr("This case is already open."), 5000)
            return
        if self.open_library_case(case_id):
            self.statusBar().showMessage(
                self.tr("Opened “{title}”.").format(title=self._case.title), 8000
            )

    @Slot()
    def open_case_file(self) -> None:
        path = dialogs.ask_case_file(self, paths.documents_dir())
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open a file double-clicked, dropped or given on the command line, by its kind.

        A case pack is imported, an Urgent Action (text, web page, PDF) is imported after
        review, a case file (.toml) is opened. True if something was imported or opened.
        """
        path = Path(path)
        kind = file_kind(path)
        if kind is FileKind.PACK:
            return self._import_pack(path)
        if kind is FileKind.UA:
            return self._import_ua(path)
        if kind is None:
            dialogs.show_error(
                self,
                self.tr("Cannot open this file"),
                self.tr(
                    "Letter Composer cannot open {name}. It opens Urgent Actions (text, web pages "
                    "and PDF files), case files (.toml) and case packs (.lcpack)."
                ).format(name=path.name),
            )
            return False
        try:
            case = load_case_file(path)
        except CaseError as exc:
            dialogs.show_error(self, self.tr("Cannot open this case"), str(exc))
            return False
        return self.switch_case(case, str(path.resolve()))

    # ------------------------------------------------------------------ importing

    def _open_saved_case(self, case: Case) -> None:
        """After an import or an edit is saved: show that case, and say where it is."""
        if self.switch_case(case, case.id):
            self.statusBar().showMessage(
                self.tr("“{title}” is saved in your case library and open.").format(
                    title=case.title
                ),
                10000,
            )
        else:
            self.statusBar().showMessage(
                self.tr(
                    "“{title}” is saved in your case library. Open it with Case ▸ Open Case… when "
                    "your letter is done."
                ).format(title=case.title),
                15000,
            )

    def _save_new_case(self, case: Case | None) -> bool:
        """Add a reviewed case to the library and open it; False if cancelled or not saved."""
        if case is None:
            return False
        try:
            saved = add_user_case(case)
        except (CaseError, OSError) as exc:
            dialogs.show_error(self, self.tr("Cannot save the case"), str(exc))
            return False
        self._open_saved_case(saved)
        return True

    def _import_ua(self, path: Path) -> bool:
        from composer.ui.import_review import review_file

        return self._save_new_case(review_file(path, self, taken_ids=all_case_ids()))

    @Slot()
    def import_urgent_action(self) -> None:
        """Import Urgent Action…: a text, web page or PDF file, reviewed, then saved."""
        from composer.ui.import_review import file_dialog_filter

        path = dialogs.ask_import_file(self, paths.documents_dir(), file_dialog_filter())
        if path is not None:
            self._import_ua(path)

    @Slot()
    def paste_urgent_action(self) -> None:
        """Paste Urgent Action: the clipboard's text (or a copied file), reviewed, then saved."""
        from composer.ui.import_review import review_text

        mime = QGuiApplication.clipboard().mimeData()
        copied_file = dropped_file(mime) if mime is not None else None
        if copied_file is not None:  # a file copied in the file manager
            self.open_path(copied_file)
            return
        text = ""
        if mime is not None:
            text = mime.text() if mime.hasText() else mime.html() if mime.hasHtml() else ""
        if not text.strip():
            dialogs.show_error(
                self,
                self.tr("Paste Urgent Action"),
                self.tr(
                    "The clipboard has no text. Select the Urgent Action's text in the web page, "
                    "PDF or e-mail, copy it (Ctrl+C), then choose Paste Urgent Action again."
                ),
            )
            return
        self._save_new_case(review_text(text, self, taken_ids=all_case_ids()))

    @Slot()
    def edit_case(self) -> None:
        """Edit This Case…: the review dialog on the open case; built-ins are saved as a copy."""
        from composer.ui.import_review import review_case

        edited = review_case(self._case, self)
        if edited is None:
            return
        in_library = (
            self._library_case_id() is not None
            and not is_builtin(self._case.id)
            and self._case.id in user_case_ids()
        )
        try:
            if in_library:
                save_user_case(edited)
                saved = edited
            else:
                saved = add_user_case(edited)
        except (CaseError, OSError) as exc:
            dialogs.show_error(self, self.tr("Cannot save the case"), str(exc))
            return
        if not in_library:
            reason = (
                self.tr("Built-in cases cannot be changed")
                if is_builtin(self._case.id)
                else self.tr("This case was opened from a file")
            )
            dialogs.show_info(
                self,
                self.tr("Saved as your own copy"),
                self.tr(
                    "{reason}, so your changes are saved in your case library as a copy of "
                    "it: “{title}”."
                ).format(reason=reason, title=saved.title),
            )
        self._open_saved_case(saved)

    # ------------------------------------------------------------------ case packs

    @Slot()
    def export_case_pack(self) -> None:
        """Export Case Pack…: tick cases, choose where, write one .lcpack file."""
        from composer.model.packs import PackError, export_pack
        from composer.ui.pack_export import choose_pack_cases

        case_ids = choose_pack_cases(self, list_cases(), current_id=self._library_case_id())
        if not case_ids:
            return
        name = (
            f"{case_ids[0]}.lcpack"
            if len(case_ids) == 1
            else f"cases-{dt.date.today().isoformat()}.lcpack"
        )
        path = dialogs.ask_pack_save_path(self, paths.documents_dir() / name)
        if path is None:
            return
        try:
            written = export_pack(case_ids, path)
        except (PackError, CaseError, OSError) as exc:
            dialogs.show_error(self, self.tr("Cannot export the case pack"), str(exc))
            return
        self.statusBar().showMessage(
            self.tr("Saved {count} case(s) in {path}").format(count=len(written), path=path), 10000
        )

    @Slot()
    def import_case_pack(self) -> None:
        path = dialogs.ask_pack_file(self, paths.documents_dir())
        if path is not None:
            self._import_pack(path)

    def _titles(self, case_ids: tuple[str, ...]) -> str:
        titles = []
        for case_id in case_ids:
            try:
                titles.append(f"• {open_case(case_id).title}")
            except CaseError:
                titles.append(f"• {case_id}")
        return "\n".join(titles)

    def _import_pack(self, path: Path) -> bool:
        """Import a pack (one message if it is refused), say what it did, open its one case."""
        from composer.ui.pack_import import import_pack_interactive

        result = import_pack_interactive(path, self)
        if result is None:
            return False  # the pack was refused, with its own message; nothing was written
        parts = []
        if result.added:
            parts.append(
                self.tr("Added to your case library:\n{titles}").format(
                    titles=self._titles(result.added)
                )
            )
        if result.replaced:
            parts.append(
                self.tr("Replaced with the pack's version:\n{titles}").format(
                    titles=self._titles(result.replaced)
                )
            )
        if result.kept:
            parts.append(
                self.tr("Your own version kept:\n{titles}").format(titles=self._titles(result.kept))
            )
        if result.skipped_builtins:
            parts.append(
                self.tr("Already part of Letter Composer:\n{titles}").format(
                    titles=self._titles(result.skipped_builtins)
                )
            )
        if result.templates:
            parts.append(
                self.tr("Letter wordings added: {count}").format(count=len(result.templates))
            )
        new = result.added + result.replaced
        if len(new) > 1:
            parts.append(self.tr("Open one with Case ▸ Open Case… (Ctrl+O)."))
        if not parts:
            parts.append(self.tr("Nothing was added: you already have everything in it."))
        dialogs.show_info(self, self.tr("Case pack imported"), "\n\n".join(parts))
        if len(new) == 1 and self.open_library_case(new[0]):
            self.statusBar().showMessage(
                self.tr("Opened “{title}” from the case pack.").format(title=self._case.title),
                10000,
            )
        elif self._library_case_id() in result.replaced and not self._has_unsaved_work():
            self.open_library_case(self._case.id)  # show the pack's version of the open case
        return True

    # ------------------------------------------------------------------ drag and drop

    def _watch_drops(self) -> None:
        """Files dropped anywhere on the window come here, not into the letter as a link."""
        self.setAcceptDrops(True)
        for widget in self.findChildren(QWidget):
            if widget.acceptDrops():
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
            and isinstance(event, QDropEvent)
            and event.mimeData().hasUrls()
            and any(url.isLocalFile() for url in event.mimeData().urls())
        ):
            if isinstance(event, QDragMoveEvent):  # a drag enter is a drag move too
                self.dragMoveEvent(event)
            else:
                self.dropEvent(event)
            return True
        return super().eventFilter(watched, event)

    def _drop_kind(self, event: QDropEvent) -> tuple[Path | None, FileKind | None]:
        path = dropped_file(event.mimeData())
        if path is None or path.is_dir():
            return path, None
        return path, file_kind(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.dragMoveEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        _path, kind = self._drop_kind(event)
        if kind is not None:
            event.acceptProposedAction()
            return
        event.ignore()
        if event.type() == QEvent.Type.DragEnter and event.mimeData().hasUrls():
            self.statusBar().showMessage(
                self.tr(
                    "Drop one Urgent Action (text, web page or PDF), case file (.toml) or case pack "  # noqa: E501
                    "(.lcpack)."
                ),
                6000,
            )

    def dropEvent(self, event: QDropEvent) -> None:
        path, kind = self._drop_kind(event)
        if path is None or kind is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # Open it once the drop is over: the file manager is not kept waiting on our dialogs.
        QTimer.singleShot(0, self, functools.partial(self.open_path, path))

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

    # ================================================================== restore after a crash

    def offer_restore(self) -> bool:
        """Offer back a letter whose window is gone (a crash, a kill, a logout); True if one
        was restored. A copy that cannot be restored is set aside once, with a message."""
        restored = False
        for orphan in orphaned_drafts():
            if restored:
                orphan.leave()  # another one: offered at the next start
                continue
            try:
                if orphan.data is None:
                    raise ValueError(self.tr("the file cannot be read"))
                case_ref = str(orphan.data.get("case", DEFAULT_CASE_ID))
                case = load_case(case_ref)
                draft = Draft.from_dict(orphan.data["draft"], case)
            except (CaseError, ValueError) as exc:
                where = orphan.set_aside()
                dialogs.show_error(
                    self,
                    self.tr("Cannot restore a letter"),
                    self.tr(
                        "A letter kept when Letter Composer last closed cannot be restored "
                        "({problem}). It was set aside in {folder} and will not be offered "
                        "again."
                    ).format(problem=exc, folder=where.parent if where else "-"),
                )
                continue
            if not dialogs.offer_restore(self, self._when(orphan), _first_words(draft)):
                orphan.discard()
                continue
            self._restore(case, case_ref, draft, orphan.data)
            orphan.discard()
            self._autosaver.save_now()  # now this window's own copy
            restored = True
        return restored

    def _when(self, orphan: OrphanDraft) -> str:
        if orphan.saved_at is None:
            return self.tr("at an unknown time")
        stamp = orphan.saved_at.astimezone() if orphan.saved_at.tzinfo else orphan.saved_at
        moment = QDateTime(
            QDate(stamp.year, stamp.month, stamp.day),
            QTime(stamp.hour, stamp.minute, stamp.second),
        )
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)

    def _restore(self, case: Case, case_ref: str, draft: Draft, data: dict[str, Any]) -> None:
        self._case, self._case_ref = case, case_ref
        layout_id = str(data.get("layout", self._layout_id))
        if self.layout_combo.findData(layout_id) >= 0:
            self._layout_id = layout_id
            self._set_combo(self.layout_combo, layout_id)
        if draft.sender != Sender():  # a writer who asked to be remembered
            self.about_you.set_sender(draft.sender)
        else:
            draft.set_sender(self.about_you.current_sender())
        self._start_letter(draft)
        self.about_you.set_personal(draft.block("personal").text)
        self.editor.document().setModified(True)
        self.statusBar().showMessage(self.tr("Your letter is back."), 8000)

    @Slot()
    def end_session(self) -> None:
        """The system ends the app (SIGTERM, logout): close as a normal close would, without a
        question nobody is there to answer. An unfinished letter stays in its safety copy
        (without the details of a writer who did not ask to be remembered) and is offered
        back at the next start."""
        self._ending = True
        self._write_settings()
        if self._has_unsaved_work():
            self._autosaver.save_now()
        else:
            self._autosaver.clear()
        self._autosaver.release()
        self.close()

    # ================================================================== events

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fit_timer.isActive() and not self.fit_label.text():
            self._fit_timer.start(FIT_CHECK_DELAY_MS)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._ending:  # end_session has kept what must be kept
            event.accept()
            return
        if self._has_unsaved_work() and not dialogs.confirm_close(self):
            event.ignore()
            return
        self._write_settings()
        self._autosaver.clear()
        self._autosaver.release()
        event.accept()


def _first_words(draft: Draft, count: int = 12) -> str:
    """The opening words of the letter's body, for the restore offer."""
    body = (
        b.text
        for b in draft.visible_blocks()
        if b.kind in (BlockKind.OPENING, BlockKind.PERSONAL, BlockKind.DEMAND) and b.text.strip()
    )
    words = " ".join(body).split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")
