"""Import a case pack from the window: one message for a bad pack, a question before replacing.

Use::

    result = import_pack_interactive(path, parent)   # None if the pack was refused
    if result is not None:
        refresh the case list (result.added, result.replaced, ...)

The questions and messages go through ``_ask_replace`` and ``_show_error``, which tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from composer.model.case import CaseError
from composer.model.packs import PackError, PackImport, import_pack
from composer.ui import dialogs
from composer.ui.messages import error_text

# lupdate finds translate("context", "text") calls; a wrapper would hide the strings.
translate = QCoreApplication.translate


def _ask_replace(parent: QWidget | None, case_ids: tuple[str, ...]) -> set[str]:
    """Ask once for all conflicting cases: replace them all, or keep the user's."""
    if not case_ids:
        return set()
    question = translate(
        "PackImport",
        "The pack holds cases you already have, changed:\n\n"
        "{ids}\n\nReplace your cases with the pack's?",
    ).format(ids="\n".join(case_ids))
    answer = QMessageBox.question(
        parent,
        translate("PackImport", "Replace cases?"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return set(case_ids) if answer == QMessageBox.StandardButton.Yes else set()


def import_pack_interactive(path: Path, parent: QWidget | None = None) -> PackImport | None:
    """Validate and import a pack; a bad pack gets one message and changes nothing."""
    try:
        return import_pack(Path(path), overwrite=lambda ids: _ask_replace(parent, ids))
    except (PackError, CaseError, OSError) as exc:
        dialogs.show_error(
            parent, translate("PackImport", "Cannot import the case pack"), error_text(exc)
        )
        return None
