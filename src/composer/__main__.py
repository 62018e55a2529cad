"""Entry point: no arguments opens the window; a subcommand runs on the command line."""

from __future__ import annotations

import gc
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or (len(args) == 1 and not args[0].startswith("-") and _is_openable(args[0])):
        # No garbage collection while the window is built: its hundred-odd passes over the
        # objects the imports create cost about 10 ms and free next to nothing (run_gui turns
        # it back on once the window is shown).
        gc.disable()
        _import_the_domain_before_qt()
        from composer.ui.app import run_gui  # Qt loads only for the window

        return int(run_gui(args))
    from composer.cli import run

    return run(args)


def _import_the_domain_before_qt() -> None:
    """Import what the first window needs from the domain (Jinja2, Babel, the case library)
    before PySide6. Once imported, PySide6 sends every import through its ``__feature__`` hook,
    which reads the source of each new module: about 20 ms of the start for these hundred
    modules, saved by importing them first."""
    import composer.model.draft
    import composer.model.event
    import composer.model.library
    import composer.model.naming
    import composer.model.recipients
    import composer.render.layouts  # noqa: F401


def _is_openable(arg: str) -> bool:
    """A file given alone (a double-clicked case or pack) opens in the window."""
    from composer.cli import commands
    from composer.model.file_kinds import FileKind, file_kind

    return arg not in commands() and (
        file_kind(arg) in (FileKind.CASE, FileKind.PACK) or Path(arg).is_file()
    )


def main_gui() -> int:
    return main([])


if __name__ == "__main__":
    sys.exit(main())
