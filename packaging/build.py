"""Build Letter Composer's installable app: the PyInstaller folder and, on Linux, a .deb.

    python packaging/build.py            # dist/letter-composer/ and, on Linux, the .deb
    python packaging/build.py --no-deb   # the folder app only
    python packaging/build.py --deb-only # repackage an existing dist/letter-composer/
    python packaging/build.py --fast     # quick gzip -1 .deb instead of xz (tests)

Run it with the Python of a virtual environment that has the project's dependencies and
PyInstaller (`pip install -e '.[package]'`). The .deb needs `dpkg-deb` (dpkg), which every
Debian and Ubuntu system has; PyInstaller on Linux needs `objdump` (binutils).
Windows (Inno Setup) and macOS (.app, .dmg) installers are built by
.github/workflows/installers.yml on those platforms; this script only makes their folder app.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
APP_DIR = DIST / "letter-composer"
APP_ID = "org.lettercomposer.LetterComposer"
PACKAGE = "letter-composer"
INSTALL_DIR = "/opt/letter-composer"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# Libraries the bundle leaves to the system (see SYSTEM_LIBS in letter-composer.spec): what Qt's
# xcb platform, printing (CUPS), fonts and D-Bus need to open the window on a stock desktop.
DEPENDS = (
    "libc6",
    "libstdc++6",
    "libgcc-s1",
    "libgl1",
    "libegl1",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-glx0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0",
    "libcups2",
    # libQt6Core links zstd; libQt6Network (which libQt6Pdf links) links brotli and GSSAPI.
    "libzstd1",
    "libbrotli1",
    "libgssapi-krb5-2",
    # PyInstaller bundles these where the build machine has them, and some bundled libraries
    # then link them; where it has not, nothing links them. Named always, so the .deb is the
    # same (and complete) wherever it is built.
    "libxext6",
    "libxrender1",
)
# The packages of DEPENDS that a bundle built on a machine without them does not link.
DEPENDS_BY_BUILD_HOST = frozenset({"libxext6", "libxrender1"})
# Checked by tests/packaging/test_bundle.py against what the bundled files link (objdump).
# Wayland's only for Wayland sessions (without them Qt falls back to X11 through XWayland);
# cups-client gives lp/lpstat/lpoptions, through which composer.print_queue prints (export works
# without it).
RECOMMENDS = ("libwayland-client0", "libwayland-cursor0", "libwayland-egl1", "cups-client")

DESCRIPTION = """\
Write, address and print letters for human-rights Urgent Actions
 Letter Composer shows an Urgent Action beside a letter you make your own: tick the
 requests you want to make, add your name and a personal sentence, and print the
 letter addressed for a window envelope, or save it as a PDF. It works fully offline.
"""

# Refresh the desktop, MIME and icon caches where their tools exist. dpkg triggers do this on
# Debian and Ubuntu too; running them here covers the rest.
_REFRESH_CACHES = """\
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q /usr/share/applications || true
    fi
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database /usr/share/mime || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
    fi
"""


def _maintainer_script(condition: str) -> str:
    return f"#!/bin/sh\nset -e\nif {condition}; then\n{_REFRESH_CACHES}fi\nexit 0\n"


POSTINST = _maintainer_script('[ "$1" = "configure" ]')
POSTRM = _maintainer_script('[ "$1" = "remove" ] || [ "$1" = "purge" ]')

COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Letter Composer

Files: *
License: GPL-3.0-or-later

Files: opt/letter-composer/_internal/composer/resources/fonts/*
License: OFL-1.1
 See /opt/letter-composer/_internal/composer/resources/fonts/OFL.txt

Files: opt/letter-composer/_internal/PySide6/*
License: LGPL-3.0-only
 Qt and Qt for Python (PySide6), The Qt Company Ltd.
"""


class BuildError(Exception):
    """A build step failed; the message says which."""


def project_version() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def run(cmd: list[str], **kwargs: object) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kwargs)  # type: ignore[call-overload]


def build_folder_app() -> Path:
    """Run PyInstaller on the spec; return dist/letter-composer."""
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(PACKAGING / "letter-composer.spec"),
        ],
        cwd=ROOT,
    )
    exe = APP_DIR / ("letter-composer.exe" if os.name == "nt" else "letter-composer")
    if not exe.is_file():
        raise BuildError(f"PyInstaller made no {exe}")
    return APP_DIR


def debian_arch() -> str:
    try:
        out = subprocess.run(
            ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        out = ""
    return out or "amd64"


def deb_path(version: str | None = None) -> Path:
    return DIST / f"{PACKAGE}_{version or project_version()}_{debian_arch()}.deb"


def _with_glibc_floor(depends: tuple[str, ...], floor: str) -> list[str]:
    return [f"libc6 (>= {floor})" if entry == "libc6" else entry for entry in depends]


def _dir_size_kib(path: Path) -> int:
    total = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
    return (total + 1023) // 1024


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def build_deb(app_dir: Path = APP_DIR, *, fast: bool = False) -> Path:
    """Lay out the package tree under build/deb and pack it with dpkg-deb."""
    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb not found (install dpkg)")
    if not (app_dir / "letter-composer").is_file():
        raise BuildError(f"no folder app in {app_dir}: build it first")
    version = project_version()
    arch = debian_arch()
    root = BUILD / "deb" / f"{PACKAGE}_{version}_{arch}"
    shutil.rmtree(root, ignore_errors=True)

    shutil.copytree(app_dir, root / INSTALL_DIR.lstrip("/"), symlinks=True)
    launcher = root / "usr" / "bin" / PACKAGE
    launcher.parent.mkdir(parents=True)
    # The bootloader finds _internal/ through /proc/self/exe, so a symlink is enough.
    launcher.symlink_to(f"{INSTALL_DIR}/letter-composer")

    share = root / "usr" / "share"
    linux = PACKAGING / "linux"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(linux / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy2(linux / f"{APP_ID}.xml", share / "mime" / "packages" / f"{APP_ID}.xml")
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        dest = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        dest.mkdir(parents=True)
        shutil.copy2(icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png", dest)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons / "letter-composer.svg", scalable / f"{APP_ID}.svg")
    _write(share / "doc" / PACKAGE / "copyright", COPYRIGHT)

    control = root / "DEBIAN" / "control"
    _write(
        control,
        "\n".join(
            [
                f"Package: {PACKAGE}",
                f"Version: {version}",
                "Section: misc",
                "Priority: optional",
                f"Architecture: {arch}",
                "Maintainer: Letter Composer contributors <maintainers@lettercomposer.org>",
                f"Installed-Size: {_dir_size_kib(root)}",
                f"Depends: {', '.join(_with_glibc_floor(DEPENDS, glibc_floor(app_dir)))}",
                f"Recommends: {', '.join(RECOMMENDS)}",
                "Homepage: https://lettercomposer.org/",
                f"Description: {DESCRIPTION}",
            ]
        ).rstrip("\n")
        + "\n",
    )
    _write(root / "DEBIAN" / "postinst", POSTINST, 0o755)
    _write(root / "DEBIAN" / "postrm", POSTRM, 0o755)
    for path in root.rglob("*"):  # dpkg-deb refuses group/world-writable control files
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~0o022)

    out = deb_path(version)
    out.unlink(missing_ok=True)
    # xz packs smallest and every dpkg reads it, but takes minutes; gzip -1 takes seconds.
    compression = ["-Zgzip", "-z1"] if fast else ["-Zxz"]
    run(
        ["dpkg-deb", "--build", "--root-owner-group", *compression, str(root), str(out)],
        stdout=subprocess.DEVNULL,
    )
    return out


def unresolved_libraries(app_dir: Path = APP_DIR) -> dict[str, set[str]]:
    """Libraries the core of the bundle needs that this system cannot give it (via ldd)."""
    internal = app_dir / "_internal"
    qt = internal / "PySide6" / "Qt"
    core = [
        app_dir / "letter-composer",
        *sorted((qt / "lib").glob("libQt6*.so*")),
        qt / "plugins" / "platforms" / "libqxcb.so",
        qt / "plugins" / "platforms" / "libqoffscreen.so",
        qt / "plugins" / "printsupport" / "libcupsprintersupport.so",
    ]
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{qt / 'lib'}")
    missing: dict[str, set[str]] = {}
    for path in core:
        if not path.exists() or "Wayland" in path.name or "WlShell" in path.name:
            continue  # Wayland libraries are only Recommends
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if "not found" in line:
                missing.setdefault(line.split()[0], set()).add(path.name)
    return missing


def glibc_floor(app_dir: Path = APP_DIR) -> str:
    """The newest GLIBC_x.y symbol version any bundled file asks for (objdump -T).

    The bundle carries libpython and friends from the build machine, so it runs on a glibc at
    least as new as theirs: that becomes the .deb's `libc6 (>= x.y)`.
    """
    newest = (2, 17)
    for path in app_dir.rglob("*"):
        if (
            path.is_file()
            and not path.is_symlink()
            and (".so" in path.name or path.name == "letter-composer")
        ):
            out = subprocess.run(
                ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
            ).stdout
            for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", out):
                newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def _package_name(entry: str) -> str:
    return entry.split("(")[0].strip()


def system_packages_needed(app_dir: Path = APP_DIR) -> dict[str, set[str]]:
    """Debian packages giving the libraries that files in the bundle link to directly but the
    bundle does not hold: {package: {soname, ...}}. Needs objdump (binutils) and dpkg."""
    bundled = {p.name for p in app_dir.rglob("*.so*")}
    needed: set[str] = set()
    for path in app_dir.rglob("*"):
        if (
            not path.is_file()
            or path.is_symlink()
            or not (".so" in path.name or path.name == "letter-composer")
        ):
            continue
        out = subprocess.run(
            ["objdump", "-p", str(path)], capture_output=True, text=True, check=False
        ).stdout
        needed.update(
            line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")
        )
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    located: dict[str, str] = {}
    for line in cache.splitlines():
        name, _, target = line.strip().partition(" => ")
        soname = name.split(" ", 1)[0]
        if "x86-64" in name or "64" in name:
            located.setdefault(soname, target)
    packages: dict[str, set[str]] = {}
    for soname in sorted(needed - bundled):
        location = located.get(soname)
        owner = "?"
        if location:
            for candidate in (location, "/usr" + location, str(Path(location).resolve())):
                found = subprocess.run(
                    ["dpkg", "-S", candidate], capture_output=True, text=True, check=False
                )
                if found.returncode == 0:
                    owner = found.stdout.split(":", 1)[0].split(",")[0].strip()
                    break
        packages.setdefault(owner, set()).add(soname)
    return packages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--no-deb", action="store_true", help="build the folder app only")
    group.add_argument(
        "--deb-only",
        action="store_true",
        help="package an existing dist/letter-composer/ as a .deb",
    )
    parser.add_argument(
        "--fast", action="store_true", help="compress the .deb quickly (bigger file; for tests)"
    )
    args = parser.parse_args(argv)
    if sys.version_info < (3, 12) and not args.deb_only:
        # The bundle carries this interpreter: PySide6 6.12 on 3.11 aborts in long sessions.
        parser.error(
            f"build with Python 3.12 or newer (this is {sys.version.split()[0]}): "
            "bash packaging/make-venv.sh -e '.[package]' && .venv/bin/python packaging/build.py"
        )
    try:
        app_dir = APP_DIR if args.deb_only else build_folder_app()
        print(f"folder app: {app_dir} ({_dir_size_kib(app_dir) / 1024:.0f} MiB)")
        if sys.platform.startswith("linux"):
            missing = unresolved_libraries(app_dir)
            for lib, users in sorted(missing.items()):
                print(
                    f"warning: {lib} not found on this system (needed by "
                    f"{', '.join(sorted(users))}); the .deb's Depends must bring it"
                )
            if not args.no_deb:
                deb = build_deb(app_dir, fast=args.fast)
                print(f"package: {deb} ({deb.stat().st_size / 2**20:.0f} MiB)")
    except (BuildError, subprocess.CalledProcessError) as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
