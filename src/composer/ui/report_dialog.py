"""Event ▸ Report…: letters made per case (a bar chart drawn with Qt's painter), per language and
per recipient; exported as CSV or as a one-page PDF for the section's report form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, Slot
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from composer.atomic import write_bytes_atomic, write_text_atomic
from composer.model import count
from composer.model.templates import LANGUAGES
from composer.ui import dialogs
from composer.ui.accessibility import FocusRing
from composer.ui.dialogs import run_modal as _exec_dialog
from composer.ui.messages import error_text
from composer.ui.theme import accent_color


def _ask_save(parent: QWidget, title: str, suggested: Path, name_filter: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), name_filter)
    return Path(name) if name else None


class BarChart(QWidget):
    """Horizontal bars, one per row, the label on the left and the number at the bar's end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Letters per case"))

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        self.rows = rows
        self.setAccessibleDescription(
            "; ".join(f"{label}: {n}" for label, n in rows)  # what a screen reader says
        )
        self.updateGeometry()
        self.update()

    def _pitch(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:
        return QSize(520, max(len(self.rows), 1) * self._pitch() + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        pitch = self._pitch()
        label_w = int(self.width() * 0.45)
        number_w = metrics.horizontalAdvance("00000") + 8
        room = max(self.width() - label_w - number_w - 8, 10)
        top = max((n for _label, n in self.rows), default=1) or 1
        bar = accent_color(self.palette())  # 3:1 on the background in any theme
        for i, (label, n) in enumerate(self.rows):
            y = i * pitch + 2
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 8)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(0, y, label_w - 8, pitch), Qt.AlignmentFlag.AlignVCenter, text)
            length = max(room * n / top, 2.0)
            painter.fillRect(QRectF(label_w, y + 4, length, pitch - 8), bar)
            painter.drawText(
                QRectF(label_w + length + 6, y, number_w, pitch),
                Qt.AlignmentFlag.AlignVCenter,
                str(n),
            )
        painter.end()


class ReportDialog(QDialog):
    def __init__(self, parent: QWidget | None, event_name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letter-Writing Report"))
        self.report: count.Report | None = None
        self.scope_combo = QComboBox(self)
        self.scope_combo.setAccessibleName(self.tr("Which letters"))
        self.scope_combo.addItem(self.tr("All events"), "")
        try:
            names = count.events()
        except count.CountError:
            names = []
        for name in dict.fromkeys([event_name, *names]):
            if name:
                self.scope_combo.addItem(name, name)
        self.scope_combo.setCurrentIndex(max(self.scope_combo.findData(event_name), 0))
        self.total_label = QLabel(self)
        self.total_label.setAccessibleName(self.tr("Letters made"))
        font = self.total_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.total_label.setFont(font)
        self.chart = BarChart(self)
        self.languages_label = QLabel(self)
        self.languages_label.setAccessibleName(self.tr("Per language"))
        self.languages_label.setWordWrap(True)
        self.recipients_label = QLabel(self)
        self.recipients_label.setAccessibleName(self.tr("Per recipient"))
        self.recipients_label.setWordWrap(True)
        self.recipients_label.setTextFormat(Qt.TextFormat.PlainText)
        self.languages_label.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.addRow(self.tr("&Show:"), self.scope_combo)
        self.csv_button = QPushButton(self.tr("Export &CSV…"), self)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.csv_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.total_label)
        heading = QLabel(self.tr("<b>Letters per case</b>"), self)
        layout.addWidget(heading)
        layout.addWidget(self.chart)
        layout.addWidget(QLabel(self.tr("<b>Per language</b>"), self))
        layout.addWidget(self.languages_label)
        layout.addWidget(QLabel(self.tr("<b>Per recipient</b>"), self))
        layout.addWidget(self.recipients_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.scope_combo.currentIndexChanged.connect(self.refresh)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.resize(640, 480)
        self.focus_ring = FocusRing(self)  # where the keyboard is, as in the main window
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        try:
            report = count.report(event=str(self.scope_combo.currentData() or ""))
        except count.CountError as exc:
            self.report = None
            self.total_label.setText(
                self.tr("The count cannot be read: {reason}").format(reason=error_text(exc))
            )
            self.chart.set_rows([])
            return
        self.report = report
        if report.total == 1:
            self.total_label.setText(self.tr("1 letter made"))
        else:
            self.total_label.setText(self.tr("{count} letters made").format(count=report.total))
        self.chart.set_rows([(title or cid, n) for cid, title, n in report.by_case])
        self.languages_label.setText(
            ", ".join(f"{LANGUAGES.get(code, code)}: {n}" for code, n in report.by_language) or "—"
        )
        self.recipients_label.setText(
            "\n".join(f"{name or '?'}: {n}" for name, n in report.by_recipient) or "—"
        )
        self.csv_button.setEnabled(True)
        self.pdf_button.setEnabled(True)

    def _suggested(self, suffix: str) -> Path:
        from composer import paths

        scope = str(self.scope_combo.currentData() or "") or "all-events"
        from composer.model.naming import folder_name

        return paths.documents_dir() / f"{folder_name(scope)} report{suffix}"

    @Slot()
    def export_csv(self) -> None:
        if self.report is None:
            return
        path = _ask_save(
            self, self.tr("Export the report as CSV"), self._suggested(".csv"),
            self.tr("CSV files (*.csv)"),
        )  # fmt: skip
        if path is None:
            return
        try:
            write_text_atomic(path, self.report.csv_text())
        except OSError as exc:
            self._failed(path, exc)

    @Slot()
    def export_pdf(self) -> None:
        if self.report is None:
            return
        path = _ask_save(
            self, self.tr("Export the report as PDF"), self._suggested(".pdf"),
            self.tr("PDF documents (*.pdf)"),
        )  # fmt: skip
        if path is None:
            return
        from composer.render.report import render_report

        language = "fr" if self.locale().name().startswith("fr") else "en"
        try:
            write_bytes_atomic(path, render_report(self.report, language))
        except OSError as exc:
            self._failed(path, exc)

    def _failed(self, path: Path, exc: OSError) -> None:
        dialogs.show_error(
            self,
            self.tr("The report was not saved"),
            self.tr("{path} could not be written: {reason}.").format(
                path=path, reason=exc.strerror or exc
            ),
        )


def show_report(parent: QWidget, event_name: str = "") -> ReportDialog:
    dialog = ReportDialog(parent, event_name)
    _exec_dialog(dialog)
    return dialog
