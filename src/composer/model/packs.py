"""Case packs: the month's cases (and custom letter templates) in one .lcpack zip file.

A pack carries cases from a coordinator's laptop to laptops with no internet. It is data from
outside, so importing validates everything before writing anything: member names (no ``..``,
absolute paths, backslashes or symlinks), sizes (a zip bomb is refused by its declared and
actual sizes, its compression ratio and its number of entries), the manifest, every case file,
and every template (compiled and rendered in a Jinja2 ``SandboxedEnvironment`` with
``StrictUndefined`` and sample data; anything reaching for Python internals is refused).

Layout::

    manifest.json            {"format": "letter-composer-pack", "version": 1,
                              "cases": ["id", ...], "templates": ["en/opening-4.j2", ...]}
    cases/<id>.toml          one case each
    templates/<lang>/<part>-<n>.j2
"""

from __future__ import annotations

import io
import json
import re
import stat
import zipfile
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from dataclasses import replace as with_changes
from pathlib import Path, PurePosixPath
from typing import Any

from composer import paths
from composer.atomic import write_bytes_atomic, write_files_together
from composer.model.case import (
    Case,
    CaseError,
    case_from_toml,
    case_id_code,
    case_to_toml,
    unique_id,
)
from composer.model.library import (
    builtin_case_ids,
    load_builtin,
    open_case,
    user_case_ids,
    user_case_path,
)
from composer.model.messages import CodedValueError

PACK_FORMAT = "letter-composer-pack"
PACK_VERSION = 1
MAX_PACK_BYTES = 20 * 1024 * 1024
MAX_ENTRIES = 500
MAX_MEMBER_BYTES = 1024 * 1024
MAX_TOTAL_BYTES = 20 * 1024 * 1024
MAX_RATIO = 100
_TEMPLATE_NAME_RE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z]{2,4})?/[a-z]+-\d{1,3}\.j2$")


class PackError(CodedValueError):
    """A pack that cannot be exported or imported; the message is one clear line (its code
    lets the window say it in its own language)."""


def templates_dir() -> Path:
    """Custom letter templates: ``<user data>/templates/<language>/<part>-<n>.j2``."""
    return paths.user_data_dir() / "templates"


def custom_templates() -> dict[str, str]:
    """The user's custom templates, by name relative to templates_dir() ("en/opening-4.j2").

    One that cannot be read as text, or that no other laptop would accept, stays behind
    (letters already leave it out here).
    """
    folder = templates_dir()
    found: dict[str, str] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*/*.j2")):
        name = path.relative_to(folder).as_posix()
        if not (_TEMPLATE_NAME_RE.match(name) and path.is_file() and not path.is_symlink()):
            continue
        try:
            source = path.read_text(encoding="utf-8")
            check_template(name, source)
        except (OSError, UnicodeDecodeError, PackError):
            continue
        found[name] = source
    return found


# --------------------------------------------------------------------------- templates


def _sample_context() -> dict[str, Any]:
    return {
        "language": "en",
        "people": "Maryia Kalesnikava",
        "situation": "has been imprisoned since 2020",
        "facts": "She is a prisoner of conscience.",
        "pronoun": "she",
        "release": False,
        "country": "Belarus",
        "case": {
            "title": "Belarus: End the torturous isolation of Maryia Kalesnikava",
            "country": "Belarus",
        },
        "sender": {
            "name": "Ann Writer",
            "town": "Guelph",
            "postal_code": "N1H 3T5",
            "country": "Canada",
        },
        "recipient": {"name": "Lt.-Gen. Ivan Kubrakou", "title": "Minister of the Interior"},
        "salutation": "Dear Minister,",
        "date": "November 26, 2026",
        "demand": "Ensure that Maryia Kalesnikava is released immediately.",
    }


def check_template(name: str, source: str) -> None:
    """Render a template with sample data in the same limited sandbox, with the same limits, as
    letters render it; PackError if it is unsafe or unusable (it reaches for Python internals,
    uses an unknown name, runs away, or leaves out what its part is there to say)."""
    from composer.model.sandbox import SandboxError
    from composer.model.templates import PARTS, render_custom

    part = PurePosixPath(name).stem.rpartition("-")[0]
    if part not in PARTS:
        raise PackError.coded("pack.not-a-part", name=name, parts=", ".join(PARTS))
    context = _sample_context()
    context["language"] = PurePosixPath(name).parts[0]
    try:
        render_custom(part, source, context)
    except SandboxError as exc:
        raise PackError.coded("pack.template-unusable", name=name, error=exc) from exc


# --------------------------------------------------------------------------- export


def export_pack(
    case_ids: Collection[str], output: Path, *, include_templates: bool = True
) -> list[str]:
    """Write the cases (built-in or the user's) and custom templates to ``output`` atomically.

    Returns the ids written. A failure leaves any existing file at ``output`` untouched.
    """
    if not case_ids:
        raise PackError.coded("pack.none-chosen")
    cases: list[Case] = []
    for case_id in dict.fromkeys(case_ids):
        cases.append(open_case(case_id))
    templates = custom_templates() if include_templates else {}
    manifest = {
        "format": PACK_FORMAT,
        "version": PACK_VERSION,
        "cases": [c.id for c in cases],
        "templates": sorted(templates),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
        for case in cases:
            archive.writestr(f"cases/{case.id}.toml", case_to_toml(case))
        for name, text in sorted(templates.items()):
            archive.writestr(f"templates/{name}", text)
    try:
        write_bytes_atomic(Path(output), buffer.getvalue())
    except OSError as exc:
        raise PackError.coded(
            "pack.cannot-write", path=output, reason=exc.strerror or str(exc)
        ) from exc
    return [c.id for c in cases]


# --------------------------------------------------------------------------- import


@dataclass(frozen=True)
class Pack:
    """A validated pack, read fully into memory; nothing has been written yet."""

    cases: tuple[Case, ...]
    templates: Mapping[str, str]
    conflicts: tuple[str, ...]  # ids of the user's cases that the pack would replace
    same_as_builtin: tuple[str, ...]  # built-in cases the pack carries unchanged (skipped)
    renamed_builtins: Mapping[str, str] = field(default_factory=dict)  # changed built-in -> new id


@dataclass(frozen=True)
class PackImport:
    """What an import did."""

    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()  # conflicts the user chose not to replace
    skipped_builtins: tuple[str, ...] = ()
    renamed: Mapping[str, str] = field(default_factory=dict)
    templates: tuple[str, ...] = ()


def _safe_member_name(name: str) -> PurePosixPath:
    if "\\" in name or "\0" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise PackError.coded("pack.unsafe-path", name=name)
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or any(p in ("", ".") for p in path.parts):
        raise PackError.coded("pack.unsafe-path", name=name)
    return path


def _read_members(archive: zipfile.ZipFile) -> dict[str, bytes]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise PackError.coded("pack.too-many-files", files=len(infos), most=MAX_ENTRIES)
    declared = 0
    for info in infos:
        _safe_member_name(info.filename)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackError.coded("pack.symlink", name=info.filename)
        if info.flag_bits & 0x1:
            raise PackError.coded("pack.encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            # zipfile inflates bzip2 and LZMA members whole, whatever their declared size (a
            # 2 KB member can become 4 GB before any check): packs are stored or deflated.
            raise PackError.coded("pack.compression", name=info.filename)
        declared += info.file_size
        if info.file_size > MAX_MEMBER_BYTES or declared > MAX_TOTAL_BYTES:
            raise PackError.coded("pack.zip-bomb")
        if (
            info.compress_size
            and info.file_size / info.compress_size > MAX_RATIO
            and info.file_size > 64 * 1024
        ):
            raise PackError.coded("pack.ratio")
    members: dict[str, bytes] = {}
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        if info.filename in members:
            raise PackError.coded("pack.twice", name=info.filename)
        # Never trust the declared size: read at most one byte more than allowed.
        with archive.open(info) as handle:
            data = handle.read(MAX_MEMBER_BYTES + 1)
        total += len(data)
        if len(data) > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
            raise PackError.coded("pack.zip-bomb")
        members[info.filename] = data
    return members


def _text(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackError.coded("pack.not-utf8", name=name) from exc


def read_pack(path: Path) -> Pack:
    """Open and validate a pack completely; PackError (one line) if anything is wrong."""
    path = Path(path)
    if path.is_dir():
        raise PackError.coded("pack.is-folder", path=path)
    if not path.exists():
        raise PackError.coded("pack.no-file", path=path)
    if not path.is_file():  # a device (/dev/zero), a pipe: never read it to its end
        raise PackError.coded("pack.not-a-file", path=path)
    try:
        size = path.stat().st_size
        if size > MAX_PACK_BYTES:
            raise PackError.coded("pack.too-large", name=path.name, size=round(size / 1e6))
        with path.open("rb") as handle:
            data = handle.read(size)
            if handle.read(1):
                raise PackError.coded("pack.changed", name=path.name)
    except OSError as exc:
        raise PackError.coded(
            "pack.unreadable", path=path, reason=exc.strerror or str(exc)
        ) from exc
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = _read_members(archive)
    except PackError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
        RuntimeError,
    ) as exc:
        raise PackError.coded("pack.not-zip", name=path.name) from exc
    return _validate(members, path.name)


def _validate(members: dict[str, bytes], label: str) -> Pack:
    if "manifest.json" not in members:
        raise PackError.coded("pack.no-manifest", name=label)
    try:
        manifest = json.loads(_text("manifest.json", members.pop("manifest.json")))
    except json.JSONDecodeError as exc:
        raise PackError.coded("pack.manifest-json", detail=exc.msg) from exc
    except RecursionError as exc:
        raise PackError.coded("pack.manifest-deep") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != PACK_FORMAT:
        raise PackError.coded("pack.foreign", name=label)
    version = manifest.get("version")
    if not isinstance(version, int) or version > PACK_VERSION or version < 1:
        raise PackError.coded("pack.newer", version=version, supported=PACK_VERSION)
    listed_cases = manifest.get("cases", [])
    listed_templates = manifest.get("templates", [])
    if not (
        isinstance(listed_cases, list)
        and all(isinstance(x, str) for x in listed_cases)
        and isinstance(listed_templates, list)
        and all(isinstance(x, str) for x in listed_templates)
    ):
        raise PackError.coded("pack.manifest-malformed")

    cases: list[Case] = []
    templates: dict[str, str] = {}
    for name, data in members.items():
        parts = PurePosixPath(name).parts
        if len(parts) == 2 and parts[0] == "cases" and name.endswith(".toml"):
            case_id = parts[1].removesuffix(".toml")
            if case_id_code(case_id) == "case.id-device":
                raise PackError.coded("pack.case-name-device", name=name, case=case_id)
            if case_id_code(case_id):
                raise PackError.coded("pack.case-name-shape", name=name)
            try:
                case = case_from_toml(_text(name, data), source=name)
            except CaseError as exc:
                raise PackError.coded("pack.invalid-case", error=exc) from exc
            if case.id != case_id:
                raise PackError.coded(
                    "pack.id-mismatch", name=name, found=case.id, expected=case_id
                )
            cases.append(case)
        elif parts[0] == "templates" and _TEMPLATE_NAME_RE.match("/".join(parts[1:])):
            template_name = "/".join(parts[1:])
            source = _text(name, data)
            check_template(template_name, source)
            templates[template_name] = source
        else:
            raise PackError.coded("pack.stray-file", name=name)
    if sorted(listed_cases) != sorted(c.id for c in cases) or sorted(listed_templates) != sorted(
        templates
    ):
        raise PackError.coded("pack.manifest-mismatch")
    if not cases and not templates:
        raise PackError.coded("pack.empty", name=label)

    builtins = set(builtin_case_ids())
    user = set(user_case_ids())
    same: list[str] = []
    renamed: dict[str, str] = {}
    taken = builtins | user | {c.id for c in cases}
    for case in cases:
        if case.id in builtins:
            if case == load_builtin(case.id):
                same.append(case.id)
            else:
                new_id = unique_id(case.id, taken)
                taken.add(new_id)
                renamed[case.id] = new_id
    conflicts = tuple(sorted(c.id for c in cases if c.id in user))
    return Pack(tuple(cases), templates, conflicts, tuple(same), renamed)


def _free_template_path(path: Path, planned: Collection[Path] = ()) -> Path:
    """The next wording number of the part, above the user's, the shipped and the ``planned``
    ones, so that a pack's wording never takes the place of another."""
    from composer.resource_files import resource

    part, _, number = path.stem.rpartition("-")
    pattern = re.compile(rf"^{re.escape(part)}-(\d+)\.j2$")
    names = [p.name for p in path.parent.glob("*.j2")]
    names += [p.name for p in planned if p.parent == path.parent]
    shipped = resource(f"templates/{path.parent.name}")
    if shipped.is_dir():
        names += [entry.name for entry in shipped.iterdir()]
    numbers = [int(m.group(1)) for m in map(pattern.match, names) if m]
    if number.isdigit() and int(number) > max(numbers, default=0):
        return path  # the pack's own number, free and above every other: keep it
    return path.parent / f"{part}-{max(numbers, default=0) + 1}.j2"


ReplaceChoice = Collection[str] | Callable[[tuple[str, ...]], Collection[str]] | None


def import_pack(path: Path, overwrite: ReplaceChoice = None) -> PackImport:
    """Validate the pack, then write its cases and templates into the user's library.

    ``overwrite`` says which of the user's cases with the same id as a pack case are replaced:
    a set of ids, or a callback given the conflicting ids (the window asks the user there),
    or None (replace none: those pack cases are not imported). Nothing is written unless the
    whole pack is valid.
    """
    pack = read_pack(path)
    chosen = set(overwrite(pack.conflicts) if callable(overwrite) else (overwrite or ()))
    added: list[str] = []
    replaced: list[str] = []
    kept: list[str] = []
    writes: list[tuple[Path, bytes]] = []
    for case in pack.cases:
        if case.id in pack.same_as_builtin:
            continue
        if case.id in pack.renamed_builtins:
            case = with_changes(case, id=pack.renamed_builtins[case.id])
        if case.id in pack.conflicts and case.id not in chosen:
            kept.append(case.id)
            continue
        text = case_to_toml(case)
        try:
            case_from_toml(text, source=f"{case.id}.toml")  # never write what cannot be read
        except CaseError as exc:
            raise PackError.coded("pack.cannot-save-case", case=case.id, error=exc) from exc
        writes.append((user_case_path(case.id), text.encode("utf-8")))
        (replaced if case.id in pack.conflicts else added).append(case.id)
    written: list[str] = []
    planned: set[Path] = set()
    for name, source in sorted(pack.templates.items()):
        target = templates_dir() / name
        if any(
            other.read_text(encoding="utf-8", errors="replace") == source
            for other in target.parent.glob("*.j2")
            if other.is_file()
        ) or source in (text.decode("utf-8") for p, text in writes if p.parent == target.parent):
            continue  # already here (perhaps under another number)
        # A pack's wording only ever adds one: it takes the next number free of the user's,
        # the shipped and this import's wordings of the part.
        target = _free_template_path(target, planned)
        planned.add(target)
        writes.append((target, source.encode("utf-8")))
        written.append(target.relative_to(templates_dir()).as_posix())
    try:
        write_files_together(writes)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if exc.filename:
            raise PackError.coded(
                "pack.import-failed-in", reason=reason, folder=Path(exc.filename).parent
            ) from exc
        raise PackError.coded("pack.import-failed", reason=reason) from exc
    return PackImport(
        tuple(added),
        tuple(replaced),
        tuple(kept),
        pack.same_as_builtin,
        dict(pack.renamed_builtins),
        tuple(written),
    )
