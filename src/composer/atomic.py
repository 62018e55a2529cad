"""Atomic file writes: the new file appears whole or not at all; a good old file is never lost."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    Raises OSError (with the reason) when the folder is missing or not writable; then nothing
    at ``path`` has changed and no temporary file is left behind.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # Keep the user's permissions on a file we replace.
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, path.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def write_files_together(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write several files all or nothing: every one is written in full to a temporary file
    beside its target first, then all are renamed into place.

    Raises OSError (with the reason) if any write or rename fails; then every file is as it
    was before (a replaced file gets its old content back, a new one is removed), the folders
    this call made are removed again, and no temporary file is left behind.
    """
    staged: list[tuple[Path, str]] = []
    made_folders: list[Path] = []
    done: list[tuple[Path, bytes | None]] = []
    try:
        for path, data in files:
            missing = [p for p in (path.parent, *path.parent.parents) if not p.exists()]
            path.parent.mkdir(parents=True, exist_ok=True)
            made_folders.extend(reversed(missing))
            fd, tmp_name = tempfile.mkstemp(
                prefix=f".{path.name}.", suffix=".part", dir=path.parent
            )
            staged.append((path, tmp_name))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp_name, 0o666 & ~umask)
        for path, tmp_name in staged:
            old = path.read_bytes() if path.exists() else None
            os.replace(tmp_name, path)
            done.append((path, old))
    except BaseException:
        for path, old in reversed(done):
            with contextlib.suppress(OSError):
                if old is None:
                    path.unlink()
                else:
                    write_bytes_atomic(path, old)
        for _, tmp_name in staged:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        for folder in reversed(made_folders):
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
