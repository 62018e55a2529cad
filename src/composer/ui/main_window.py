"""The composer window: the case on the left; demands, the writer's details and the letter right."""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import importlib.util
import itertools
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QSize, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QKeySequence, QShowEvent
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
from composer.model.draft import BlockKind, Draft, LanguageChange, Sender
from composer.model.library import DEFAULT_CASE_ID, load_builtin, load_case, load_case_file
from composer.model.templates import LANGUAGES
from composer.ui import dialogs
from composer.ui.about_you import AboutYouForm
from composer.ui.case_view import CaseView
from composer.ui.demands_panel import DemandsPanel
from composer.ui.draft_editor import DraftEditor
from composer.ui.session import Autosaver, app_settings

FIT_CHECK_DELAY_MS = 600

# The three page layouts, used until composer.render.layouts is importable.
_FALLBACK_LAYOUTS = {
    "us-letter": "US Letter, #9 or #10 window envelope",
    "a4-din5008-b": "A4, DIN 5008 form B (DL/C6/5/C5 window envelope)",
    "a4-din5008-a": "A4, DIN 5008 form A (DL/C6/5/C5 window envelope)",
}


def _layouts() -> dict[str, str]:
    """Layout ids and their labels (the layouts module is geometry only: no fpdf)."""
    try:
        from composer.render.layouts import LAYOUTS
    except ImportError:
        return dict(_FALLBACK_LAYOUTS)
    return {layout_id: str(getattr(layout, "label", layout_id))
            for layout_id, layout in LAYOUTS.items()}


def _default_layout() -> str:
    locale = QLocale()
    territory = QLocale.territoryToCode(locale.territory()) if locale.territory() else ""
    try:
        from composer.render.layouts import default_layout_id
    except ImportError:
        return "us-letter" if territory in ("US", "CA") else "a4-din5008-b"
    return str(default_layout_id(territory))


def renderer_available() -> bool:
    """Whether the PDF renderer has landed (found without importing fpdf)."""
    try:
        return importlib.util.find_spec("composer.render.pdf") is not None
    except (ImportError, ValueError):
        return False


def _renderer() -> ModuleType:
    """composer.render.pdf, imported on first use (it brings fpdf2)."""
    return importlib.import_module("composer.render.pdf")


def _icon(name: str, fallback: QStyle.StandardPixmap) -> QIcon:
    style = QApplication.style()
    return QIcon.fromTheme(name, style.standardIcon(fallback))


class MainWindow(QMainWindow):
    """One writer, one case, one letter."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Letter Composer"))
        self.setObjectName("mainWindow")
        self._case: Case = load_builtin(DEFAULT_CASE_ID)
        self._case_ref = DEFAULT_CASE_ID
        self._draft: Draft = Draft.new(self._case)
        self._layout_id = "us-letter"
        self._restored_geometry = False
        self._autosaver = Autosaver(self._autosave_state, self)
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
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.layout_combo.setMinimumContentsLength(16)
        for layout_id, label in _layouts().items():
            self.layout_combo.addItem(self.tr(label), layout_id)
        choices = QGroupBox(self.tr("Your letter"), self)
        choices_form = QFormLayout(choices)
        choices_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        choices_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, combo in ((self.tr("&Language:"), self.language_combo),
                            (self.tr("&Paper:"), self.layout_combo)):
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

        self.editor = DraftEditor(self)
        draft_pane = QWidget(self)
        draft_layout = QVBoxLayout(draft_pane)
        draft_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("<b>Your &letter</b> — click anywhere in it to change the "
                                 "words. This is what will be printed."), draft_pane)
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

    def _action(self, icon: QIcon | None, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
                tip: str = "") -> QAction:
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
            _icon("document-save-as", sp.SP_DialogSaveButton), self.tr("&Export PDF…"),
            self.export_pdf, QKeySequence("Ctrl+E"),
            self.tr("Save the letter as a PDF to print or send"))
        self.print_act = self._action(
            _icon("document-print", sp.SP_FileIcon), self.tr("&Print…"),
            self._print_unavailable, key.Print)
        self.print_act.setEnabled(False)
        self.print_act.setToolTip(self.tr("Printing arrives with the printing module"))
        self.print_act.setStatusTip(self.print_act.toolTip())
        self.new_act = self._action(
            _icon("document-new", sp.SP_FileIcon), self.tr("&New Letter"), self.new_letter,
            key.New, self.tr("Clear the letter and start again"))
        self.open_case_act = self._action(
            _icon("document-open", sp.SP_DialogOpenButton), self.tr("&Open Case File…"),
            self.open_case_file, key.Open,
            self.tr("Write a letter for a case saved as a .toml file"))
        self.undo_act = self._action(_icon("edit-undo", sp.SP_ArrowBack), self.tr("&Undo"),
                                     self.editor.undo, key.Undo)
        self.redo_act = self._action(_icon("edit-redo", sp.SP_ArrowForward), self.tr("&Redo"),
                                     self.editor.redo, key.Redo)
        self.undo_act.setEnabled(False)
        self.redo_act.setEnabled(False)
        self.quit_act = self._action(
            _icon("application-exit", sp.SP_DialogCloseButton), self.tr("&Quit"), self.close,
            key.Quit)
        self.about_act = self._action(None, self.tr("&About Letter Composer"), self.show_about)

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_act)
        file_menu.addAction(self.open_case_act)
        file_menu.addSeparator()
        file_menu.addAction(self.export_act)
        file_menu.addAction(self.print_act)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_act)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_act)
        edit_menu.addAction(self.redo_act)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_act)

    def _create_tool_bar(self) -> None:
        self.tool_bar = self.addToolBar(self.tr("Letter"))
        self.tool_bar.setObjectName("letterToolBar")
        self.tool_bar.setMovable(False)
        self.tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
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
        chain: list[QWidget] = [self.case_view, self.language_combo, self.layout_combo,
                                *self.demands_panel.checkboxes(), self.about_you.name_edit,
                                self.about_you.address_edit, self.about_you.town_edit,
                                self.about_you.personal_edit, self.about_you.remember_box,
                                self.editor]
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
            available = screen.availableGeometry().size() if screen else QSize(1280, 720)
            self.resize(QSize(min(1400, int(available.width() * 0.92)),
                              min(900, int(available.height() * 0.9))))
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
            language = "fr" if self._case.language == "fr" else "en"
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
            self.about_you.set_sender(Sender(
                str(settings.value("details/name", "") or ""),
                tuple(str(line) for line in address),
                str(settings.value("details/town", "") or "")))

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
        self._set_combo(self.language_combo, draft.language)
        self._show_demands()
        self.editor.set_draft(draft)
        self.notice.hide()

    def _show_demands(self) -> None:
        draft = self._draft
        texts = [draft.demand_text(i) for i in range(len(self._case.demands))]
        included = [draft.block(f"demand-{i}").included for i in range(len(texts))]
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
        return {"case": self._case_ref, "layout": self._layout_id, "draft": self._draft.to_dict()}

    # ================================================================== slots: editing

    @Slot()
    def _on_draft_edited(self) -> None:
        draft = self._draft
        self.demands_panel.set_included(
            [draft.block(f"demand-{i}").included for i in range(len(self._case.demands))])
        self.about_you.set_personal(draft.block("personal").text)
        self._autosaver.schedule()
        self._fit_timer.start()

    @Slot(int, bool)
    def _on_demand_toggled(self, index: int, included: bool) -> None:
        self.editor.set_demand_included(index, included)
        if not self._draft.makes_a_request():
            self.statusBar().showMessage(
                self.tr("No demand is ticked: your letter makes no request."), 8000)

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
                self.tr("Your name and address will be remembered on this computer."), 6000)
        else:
            self.statusBar().showMessage(
                self.tr("Your name and address will be forgotten when you close the app."), 6000)

    @Slot(int)
    def _on_language_chosen(self, index: int) -> None:
        language = str(self.language_combo.itemData(index))
        if language == self._draft.language:
            return
        previous = self._draft.language
        change = self._draft.set_language(language)
        self.editor.set_draft(self._draft)
        self._show_demands()
        self._tell_language_change(change, language, previous)
        self._autosaver.schedule()
        self._fit_timer.start()

    def _block_name(self, key: str) -> str:
        if key.startswith("demand-"):
            return self.tr("demand {number}").format(number=int(key.split("-", 1)[1]) + 1)
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

    def _tell_language_change(self, change: LanguageChange, language: str,
                              previous: str) -> None:
        name, old_name = self._language_name(language), self._language_name(previous)
        messages = [self.tr("Your letter is now in {language}.").format(language=name)]
        if change.set_aside:
            parts = ", ".join(self._block_name(key) for key in change.set_aside)
            messages.append(self.tr(
                "Your own wording of {parts} is in {old}, so those paragraphs now show the "
                "{language} text. Your wording is kept: it comes back if you switch back to "
                "{old}.").format(parts=parts, old=old_name, language=name))
        if change.restored:
            parts = ", ".join(self._block_name(key) for key in change.restored)
            messages.append(self.tr("Your own {language} wording of {parts} is back.").format(
                language=name, parts=parts))
        if change.set_aside or change.restored:
            messages.append(self.tr("Check that your personal paragraph suits a {language} "
                                    "letter.").format(language=name))
        self.notice_label.setText(" ".join(messages))
        self.notice.setVisible(bool(change.set_aside or change.restored))
        self.statusBar().showMessage(messages[0], 8000)

    @Slot(int)
    def _on_layout_chosen(self, index: int) -> None:
        self._layout_id = str(self.layout_combo.itemData(index))
        self._autosaver.schedule()
        self._fit_timer.start(0)

    @Slot(str)
    def _on_autosave_failed(self, reason: str) -> None:
        self.statusBar().showMessage(
            self.tr("Could not keep a safety copy of your letter: {reason}").format(
                reason=reason), 10000)

    # ================================================================== slots: page check

    @Slot()
    def _check_fit(self) -> None:
        if not renderer_available():
            self.fit_label.setText("")
            return
        try:
            from composer.render.layouts import get_layout

            result = _renderer().render_letter(self._draft.letter(),
                                               get_layout(self._layout_id))
        except Exception as exc:  # the page check must never break writing
            self.fit_label.setText(self.tr("Page check failed: {error}").format(error=exc))
            return
        if getattr(result, "fits_one_page", True):
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
        if not renderer_available():
            dialogs.show_error(self, self.tr("Export PDF"),
                               self.tr("PDF export arrives with the PDF renderer."))
            return
        if not self._draft.makes_a_request() and not dialogs.confirm_no_request(self):
            return
        path = dialogs.ask_save_path(self, self.suggested_pdf_path())
        if path is None:
            return
        from composer.render.layouts import get_layout

        renderer = _renderer()
        error: tuple[str, str] | None = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            renderer.export_letter(self._draft.letter(), get_layout(self._layout_id), path)
        except renderer.LetterTooLong:
            error = (self.tr("The letter is too long"), self.tr(
                "Your letter does not fit on one page, so it was not saved. Shorten it (or "
                "untick a demand) and export again."))
        except OSError as exc:
            error = (self.tr("Could not save the PDF"), self.tr(
                "The PDF could not be saved in {path}: {reason}. Choose another folder, such "
                "as your Documents folder.").format(path=path, reason=exc.strerror or exc))
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

    @Slot()
    def _print_unavailable(self) -> None:
        self.statusBar().showMessage(self.print_act.toolTip(), 5000)

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

    @Slot()
    def open_case_file(self) -> None:
        path = dialogs.ask_case_file(self, paths.documents_dir())
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open a double-clicked file: a .toml case in the window; a pack is the library's job."""
        if path.suffix.lower() == ".lcpack":
            dialogs.show_info(self, self.tr("Case pack"), self.tr(
                "{name} is a case pack. Case packs are added with the case library "
                "(Import…), which is not part of this version yet.").format(name=path.name))
            return False
        try:
            case = load_case_file(path)
        except CaseError as exc:
            dialogs.show_error(self, self.tr("Cannot open this case"), str(exc))
            return False
        if self._has_unsaved_work() and not dialogs.confirm_new_letter(self):
            return False
        self._autosaver.clear()
        self._case = case
        self._case_ref = str(path.resolve())
        self.about_you.set_personal("")
        self._start_letter()
        return True

    @Slot()
    def show_about(self) -> None:
        from composer import __version__

        dialogs.show_info(self, self.tr("About Letter Composer"), self.tr(
            "Letter Composer {version}\n\nWrite, address and print letters for Urgent Actions, "
            "fully offline.").format(version=__version__))

    def _has_unsaved_work(self) -> bool:
        return self.editor.document().isModified()

    # ================================================================== restore after a crash

    def offer_restore(self) -> bool:
        """Offer back a letter autosaved before a crash or a kill; True if it was restored."""
        data = Autosaver.load()
        if data is None:
            if Autosaver.path().exists():
                self._autosaver.clear()  # unreadable: nothing to offer
            return False
        when = str(data.get("saved_at", ""))
        with contextlib.suppress(ValueError):
            when = dt.datetime.fromisoformat(when).strftime("%Y-%m-%d %H:%M")
        if not dialogs.offer_restore(self, when):
            self._autosaver.clear()
            return False
        try:
            case_ref = str(data.get("case", DEFAULT_CASE_ID))
            case = load_case(case_ref)
            draft = Draft.from_dict(data["draft"], case)
        except (CaseError, ValueError) as exc:
            dialogs.show_error(self, self.tr("Cannot restore the letter"), str(exc))
            return False
        self._case, self._case_ref = case, case_ref
        layout_id = str(data.get("layout", self._layout_id))
        if self.layout_combo.findData(layout_id) >= 0:
            self._layout_id = layout_id
            self._set_combo(self.layout_combo, layout_id)
        self.about_you.set_sender(draft.sender)
        self._start_letter(draft)
        self.about_you.set_personal(draft.block("personal").text)
        self.editor.document().setModified(True)
        self.statusBar().showMessage(self.tr("Your letter is back."), 8000)
        return True

    # ================================================================== events

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fit_timer.isActive() and not self.fit_label.text():
            self._fit_timer.start(FIT_CHECK_DELAY_MS)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._has_unsaved_work() and not dialogs.confirm_close(self):
            event.ignore()
            return
        self._write_settings()
        self._autosaver.clear()
        event.accept()
