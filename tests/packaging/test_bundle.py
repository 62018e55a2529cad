"""The installed app: the PyInstaller folder runs alone, offline, and the .deb installs cleanly.

Slow: the session builds `dist/letter-composer/` and its .deb once with `packaging/build.py`
(about a minute), and reuses them while none of their inputs changed (a content hash in
build/bundle-inputs.sha256). Each run of the app gets an empty HOME, no network (`unshare -n`,
where available) and a minimal environment, as on a fresh laptop.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_DIR = ROOT / "dist" / "letter-composer"
EXE = APP_DIR / "letter-composer"
QT = APP_DIR / "_internal" / "PySide6" / "Qt"
APP_ID = "org.lettercomposer.LetterComposer"
STAMP = ROOT / "build" / "bundle-inputs.sha256"
SIZE_LIMIT_MB = 250

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle and .deb"),
]


def _inputs_digest() -> str:
    """What the bundle is built from: our code, resources, packaging and the installed packages."""
    digest = hashlib.sha256()
    for top in ("src", "resources", "packaging"):
        for path in sorted((ROOT / top).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode())
                digest.update(path.read_bytes())
    digest.update((ROOT / "pyproject.toml").read_bytes())
    freeze = subprocess.run(
        [sys.executable, "-m", "pip", "freeze", "--all"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    digest.update(freeze.encode())
    return digest.hexdigest()


def _deb() -> Path | None:
    found = sorted((ROOT / "dist").glob("letter-composer_*_*.deb"))
    return found[-1] if found else None


@pytest.fixture(scope="session")
def bundle() -> Path:
    """dist/letter-composer/ and its .deb, built once (or reused when nothing changed)."""
    digest = _inputs_digest()
    fresh = (
        EXE.is_file()
        and _deb() is not None
        and STAMP.is_file()
        and STAMP.read_text().strip() == digest
    )
    if not fresh:
        STAMP.unlink(missing_ok=True)
        result = subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "build.py"), "--fast"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        STAMP.parent.mkdir(parents=True, exist_ok=True)
        STAMP.write_text(digest + "\n")
    return APP_DIR


def _unshare_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, check=False)
    return probe.returncode == 0


NO_NETWORK = _unshare_works()


def run_app(
    args: Sequence[str],
    home: Path,
    *,
    extra_env: dict[str, str] | None = None,
    exe: Path | str = EXE,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run the app as a fresh user would: empty HOME, minimal environment, no network."""
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
        **(extra_env or {}),
    }
    cmd = ["env", "-i", *(f"{k}={v}" for k, v in env.items()), str(exe), *args]
    if NO_NETWORK:
        cmd = ["unshare", "-n", *cmd]
    return subprocess.run(
        cmd, cwd=home, capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture()
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def test_the_bundle_runs_cut_off_from_the_network() -> None:
    """The runs below happen without a network (`unshare -n`): a server listening on this
    machine's loopback is out of reach from inside the wrapper. Skipped where the wrapper
    cannot work (no root or user namespaces)."""
    if not NO_NETWORK:
        pytest.skip("unshare -n is unavailable here (needs root or user namespaces)")
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        reach = f"import socket; socket.create_connection(('127.0.0.1', {port}), timeout=5)"
        outside = subprocess.run([sys.executable, "-c", reach], capture_output=True, timeout=30)
        inside = subprocess.run(
            ["unshare", "-n", sys.executable, "-c", reach], capture_output=True, timeout=30
        )
    assert outside.returncode == 0, outside.stderr
    assert inside.returncode != 0 and b"Error" in inside.stderr


def test_bundle_holds_resources_plugins_and_no_extras(bundle: Path) -> None:
    """Resources are data in composer/resources; print support and QtPdf in; unused Qt out."""
    internal = bundle / "_internal"
    res = internal / "composer" / "resources"
    assert (res / "cases" / "kalesnikava.toml").is_file()
    assert any((res / "fonts").glob("*.ttf"))
    # What letters derive from the fonts, made by the build (composer.render.derive).
    assert (res / "fonts" / "derived" / "MANIFEST").is_file()
    assert any((res / "fonts" / "derived").glob("NotoSerif-Regular-*.ttf"))
    assert (res / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert not any(res.rglob("*.py")), "resources are data, not code"
    assert (QT / "plugins" / "printsupport" / "libcupsprintersupport.so").is_file()
    assert (QT / "plugins" / "platforms" / "libqxcb.so").is_file()
    assert (QT / "plugins" / "platforms" / "libqoffscreen.so").is_file()
    assert (QT / "lib" / "libQt6Pdf.so.6").is_file()
    assert (internal / "PySide6" / "QtPdf.abi3.so").is_file()
    for unused in ("QtNetwork", "QtQml", "QtQuick", "QtWebEngineCore", "Qt3DCore", "QtMultimedia"):
        assert not (internal / "PySide6" / f"{unused}.abi3.so").exists(), unused
    for unused_lib in ("Qml", "Quick", "WebEngineCore", "3DCore", "Multimedia"):
        assert not (QT / "lib" / f"libQt6{unused_lib}.so.6").exists(), unused_lib
    assert not [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]


def test_bundle_is_under_size_limit(bundle: Path) -> None:
    """The one-folder app stays under 250 MB."""
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size / 1e6 < SIZE_LIMIT_MB, f"{size / 1e6:.0f} MB"


def _build_module() -> Any:
    spec = importlib.util.spec_from_file_location("lc_build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return build


def test_bundle_finds_the_system_libraries_it_leaves_out(bundle: Path) -> None:
    """Every library Qt's xcb and print plugins need resolves here (the .deb Depends on them)."""
    assert _build_module().unresolved_libraries(bundle) == {}


def test_deb_depends_on_exactly_the_system_libraries_the_bundle_links(bundle: Path) -> None:
    """Each library a bundled file links and the bundle lacks comes from a package in Depends
    (Wayland's in Recommends), and Depends names nothing the bundle does not link."""
    if shutil.which("objdump") is None or shutil.which("dpkg") is None:
        pytest.skip("needs objdump (binutils) and dpkg")
    build = _build_module()
    needed = build.system_packages_needed(bundle)
    depends = {build._package_name(entry) for entry in build.DEPENDS}
    recommends = set(build.RECOMMENDS)
    unknown = needed.pop("?", set())
    assert all(name.startswith("libwayland-") for name in unknown), unknown
    missing = {pkg: libs for pkg, libs in needed.items() if pkg not in depends | recommends}
    assert missing == {}, f"add to DEPENDS in packaging/build.py: {missing}"
    extra = depends - set(needed) - build.DEPENDS_BY_BUILD_HOST
    assert extra == set(), "DEPENDS names packages the bundle does not link"
    deb = _deb()
    assert deb is not None
    control = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True, check=True
    ).stdout
    assert control.startswith(f"libc6 (>= {build.glibc_floor(bundle)}), "), control


def test_bundle_runs_the_command_line(bundle: Path, home: Path) -> None:
    """`--version` and `cases` run from the folder app with no Python and an empty HOME."""
    version = run_app(["--version"], home)
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("letter-composer ")
    cases = run_app(["cases"], home)
    assert cases.returncode == 0, cases.stderr
    assert "kalesnikava" in cases.stdout
    assert "Traceback" not in cases.stderr


def test_bundle_exports_the_kalesnikava_letter(bundle: Path, home: Path) -> None:
    """The bundle writes the Kalesnikava letter as a PDF, offline, with its shipped fonts."""
    help_text = run_app(["--help"], home).stdout
    if " export" not in help_text:
        pytest.skip("the export command has not landed on this branch yet")
    result = run_app(
        ["export", "--case", "kalesnikava", "--sender-name", "Test", "--output", "x.pdf"], home
    )
    assert result.returncode == 0, result.stderr
    pdf = home / "x.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    for expected in ("BELARUS", "Dear Minister", "Test"):
        assert expected in text
    # A fresh user's first letter read the cut-down, parsed font the build made: none cut here.
    assert not [p.name for p in home.rglob("*") if p.suffix in (".ttf", ".pickle")]


def test_bundle_reads_a_case_file_with_our_extension(bundle: Path, home: Path) -> None:
    """A case shared as a .lccase file (the type the desktop entry opens) is read as a case."""
    help_text = run_app(["export", "--help"], home).stdout
    if "--case" not in help_text:
        pytest.skip("the export command has not landed on this branch yet")
    shutil.copy(ROOT / "resources" / "cases" / "kalesnikava.toml", home / "shared.lccase")
    result = run_app(
        ["export", "--case", "shared.lccase", "--sender-name", "Test", "--output", "y.pdf"], home
    )
    assert result.returncode == 0, result.stderr
    assert (home / "y.pdf").read_bytes().startswith(b"%PDF")


def test_bundle_lists_the_printers(bundle: Path, home: Path) -> None:
    """`printers` reaches CUPS from the bundle (its unix socket needs no network)."""
    if " printers" not in run_app(["--help"], home).stdout:
        pytest.skip("the printers command has not landed on this branch yet")
    if shutil.which("lpstat") is None:
        pytest.skip("no CUPS client tools here (Debian package cups-client)")
    result = run_app(["printers"], home)
    assert "Traceback" not in result.stderr, result.stderr
    queues = subprocess.run(["lpstat", "-e"], capture_output=True, text=True, check=False)
    if queues.returncode != 0 or not queues.stdout.strip():
        assert result.returncode != 0 and result.stderr.startswith("letter-composer: ")
        return
    assert result.returncode == 0, result.stderr
    for queue in queues.stdout.split():
        assert queue in result.stdout


def test_bundle_opens_the_window_offscreen(bundle: Path, home: Path) -> None:
    """With no arguments the bundle opens its window (offscreen) and quits once it is shown."""
    if not (ROOT / "src" / "composer" / "ui" / "app.py").is_file():
        pytest.skip("the window (composer.ui.app.run_gui) has not landed on this branch yet")
    result = run_app(
        [],
        home,
        extra_env={"LETTER_COMPOSER_QUIT_AFTER_START": "1", "LETTER_COMPOSER_QUIT_TIMEOUT": "60"},
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, (
        f"exit {result.returncode}; does run_gui call "
        f"composer.ui.smoke.install_quit_after_start(app)?\n{result.stderr[-2000:]}"
    )
    assert "window shown: Letter Composer" in result.stdout


def test_desktop_entry_and_mime_types_are_valid() -> None:
    """desktop-file-validate accepts the desktop entry; it opens both of our file types."""
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate not installed (Debian package desktop-file-utils)")
    entry = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
    result = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    text = entry.read_text(encoding="utf-8")
    assert "application/x-letter-composer-pack" in text
    assert "application/x-letter-composer-case" in text
    import xml.etree.ElementTree as ET

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(ROOT / "packaging" / "linux" / f"{APP_ID}.xml").getroot()
    globs = {
        t.get("type"): [g.get("pattern") for g in t.findall("m:glob", ns)]
        for t in mime.findall("m:mime-type", ns)
    }
    assert globs == {
        "application/x-letter-composer-case": ["*.lccase"],
        "application/x-letter-composer-pack": ["*.lcpack"],
    }


def dpkg(*args: str) -> subprocess.CompletedProcess[str]:
    """Run dpkg, waiting (up to 2 min) while another process holds its lock (apt, a colleague)."""
    deadline = time.monotonic() + 120
    while True:
        result = subprocess.run(["dpkg", *args], capture_output=True, text=True, check=False)
        if "lock" not in result.stderr or time.monotonic() > deadline:
            return result
        time.sleep(2)


@pytest.fixture()
def installed_deb(bundle: Path) -> Iterator[Path]:
    """The .deb installed with dpkg for the test, and purged afterwards."""
    if shutil.which("dpkg") is None or os.geteuid() != 0:
        pytest.skip("installing a .deb needs dpkg and root")
    if (
        subprocess.run(
            ["dpkg", "-s", "letter-composer"], capture_output=True, check=False
        ).returncode
        == 0
    ):
        pytest.skip("letter-composer is already installed on this machine; not touching it")
    deb = _deb()
    assert deb is not None
    result = dpkg("-i", str(deb))
    try:
        assert result.returncode == 0, result.stdout + result.stderr
        yield deb
    finally:
        dpkg("-P", "letter-composer")


def test_deb_installs_runs_and_removes_cleanly(installed_deb: Path, home: Path) -> None:
    """dpkg -i puts the app in /opt with a launcher, desktop entry, MIME types and icons;
    the launcher works; dpkg -r and -P take every file away again."""
    listing = subprocess.run(
        ["dpkg", "-L", "letter-composer"], capture_output=True, text=True, check=True
    ).stdout.split()
    expected = [
        "/opt/letter-composer/letter-composer",
        "/usr/bin/letter-composer",
        f"/usr/share/applications/{APP_ID}.desktop",
        f"/usr/share/mime/packages/{APP_ID}.xml",
        f"/usr/share/icons/hicolor/48x48/apps/{APP_ID}.png",
        f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
    ]
    for path in expected:
        assert path in listing, path
        assert Path(path).exists(), path
    version = run_app(["--version"], home, exe="/usr/bin/letter-composer")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip().startswith("letter-composer ")
    globs = Path("/usr/share/mime/globs2")
    if globs.is_file():  # update-mime-database ran (dpkg trigger or our postinst)
        assert "application/x-letter-composer-pack:*.lcpack" in globs.read_text()

    removed = dpkg("-r", "letter-composer")
    assert removed.returncode == 0, removed.stdout + removed.stderr
    purged = dpkg("-P", "letter-composer")
    assert purged.returncode == 0, purged.stdout + purged.stderr
    for path in expected:
        assert not Path(path).exists() and not Path(path).is_symlink(), path
    assert not Path("/opt/letter-composer").exists()
    assert (
        subprocess.run(
            ["dpkg", "-s", "letter-composer"], capture_output=True, check=False
        ).returncode
        != 0
    )


def test_bundle_imports_urgent_actions_as_text_and_word(bundle: Path, home: Path) -> None:
    """The importer's country and language names (Babel data for the appeals' languages) and
    python-docx are in the bundle: a UA imports from the folder app as text and as .docx."""
    import docx

    source = ROOT / "tests" / "data" / "ua" / "kalesnikava-urgent-action.txt"
    text = source.read_text(encoding="utf-8")
    (home / "ua.txt").write_text(text, encoding="utf-8")
    document = docx.Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph.strip())
    document.save(str(home / "ua.docx"))
    for name in ("ua.txt", "ua.docx"):
        result = run_app(["import", name, "--json"], home)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        assert "Kalesnikava" in result.stdout and "Belarus" in result.stdout
