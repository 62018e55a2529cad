"""The window fitted to its screen and text size: the toolbar's buttons all in view, the middle
column never cut."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

if TYPE_CHECKING:
    from composer.ui.main_window import MainWindow

CASE_BUTTON_MAX_CHARS = 48


class WindowFit(QObject):
    """Re-fits the window when its width, its text size or the open case changes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._fitted_for: tuple[int, str, str, bool] | None = None  # the toolbar's last fit

    def show_case_name(self, max_chars: int = CASE_BUTTON_MAX_CHARS) -> None:
        """The case button says which case is open (shortened; the tooltip has all of it)."""
        title = self._window._case.title
        short = title if len(title) <= max_chars else (title[: max_chars - 1].rstrip() + "…")
        self._window.case_button.setText(self.tr("Case: {title}").format(title=short))
        self._window.case_button.setToolTip(
            self.tr("{title}\n\nClick to choose another case.").format(title=title)
        )
        self._window.case_button.setAccessibleDescription(title)

    def middle_column(self) -> None:
        """Never narrower than its content: the splitter then takes the room from the other
        panes instead of cutting off the demands and the form (large text, small screens)."""
        middle = self._window.middle_scroll.widget()
        if middle is None:
            return
        scroll_bar = self._window.middle_scroll.verticalScrollBar().sizeHint().width()
        self._window.middle_scroll.setMinimumWidth(
            middle.minimumSizeHint().width() + scroll_bar + 2
        )

    def case_column(self) -> None:
        """Wide enough for a title's longest words at any text size (a narrow French window
        squeezed it until "Kalesnikava" broke in two); the letter gives up the room."""
        view = self._window.case_view
        self._window.case_view.setMinimumWidth(view.fontMetrics().averageCharWidth() * 30)

    def to_text_size(self) -> None:
        self.case_column()
        self.middle_column()
        self.tool_bar()

    def tool_bar(self) -> None:
        """Every toolbar button stays in view on a narrow window (1024 px, 150 % scaling): the
        buttons' words go under their icons, then only the icons are left (their names are in
        the tooltips and menus), then the case's title gets shorter."""
        bar, width = self._window.tool_bar, self._window.width() - 8
        fitted_for = (
            width,
            self._window._case.title,
            self._window.font().key(),
            self._window.isVisible(),
        )
        if fitted_for == self._fitted_for:
            return
        self._fitted_for = fitted_for
        styles = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
            Qt.ToolButtonStyle.ToolButtonTextUnderIcon,
            Qt.ToolButtonStyle.ToolButtonIconOnly,
        )
        for chars in (CASE_BUTTON_MAX_CHARS, 32, 20, 12):
            self.show_case_name(chars)
            for style in styles:
                bar.setToolButtonStyle(style)
                if bar.sizeHint().width() <= width:
                    return
