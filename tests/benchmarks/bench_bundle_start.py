"""Time from launch to a visible "Letter Composer" window: the PyInstaller bundle vs the project.

    python tests/benchmarks/bench_bundle_start.py [--runs 7] [--bundle dist/letter-composer]

Runs under its own Xvfb (a free display from :310 up) with the xcb platform, alternating
the two commands run by run, and prints each median and the ratio. "Visible" is what
`xdotool search --onlyvisible --name "Letter Composer"` sees (polled every 10 ms; its own
--sync waits 0.5 s between looks): the window is mapped.
Each command gets one untimed warm-up run first (disk cache). Also prints the bundle's size and
the ten largest entries of its _internal/ folder. Needs: Xvfb, xdotool; a built bundle
(`python packaging/build.py --no-deb`); the window (composer.ui.app.run_gui).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TITLE = "Letter Composer"


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Our own Xvfb on a free, unusual display number (low ones are shared by other tools)."""
    for number in range(310, 400):
        if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        display = f":{number}"
        # -noreset: without it the server resets whenever its last client leaves, and an app
        # connecting during that moment fails ("could not connect to display").
        xvfb = subprocess.Popen(
            ["Xvfb", display, "-noreset", "-screen", "0", "1280x720x24", "-nolisten", "tcp"],
            stderr=subprocess.DEVNULL,
        )
        env = {"DISPLAY": display, "PATH": "/usr/bin:/bin"}
        for _ in range(500):  # answering connections, not only started
            if xvfb.poll() is not None:
                break  # taken after all: try the next number
            if (
                subprocess.run(
                    ["xdotool", "getdisplaygeometry"], env=env, capture_output=True, check=False
                ).returncode
                == 0
            ):
                return xvfb, display
            time.sleep(0.01)
        if xvfb.poll() is None:
            xvfb.kill()
            xvfb.wait()
    sys.exit("bench_bundle_start: Xvfb did not start")


def time_to_window(cmd: list[str], env: dict[str, str], timeout: float = 60) -> float:
    start = time.perf_counter()
    app = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        # Our own polling: `xdotool search --sync` sleeps 0.5 s between looks, too coarse here.
        while True:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", TITLE],
                env=env,
                capture_output=True,
                check=False,
            )
            if found.returncode == 0 and found.stdout.strip():
                elapsed = time.perf_counter() - start
                break
            if app.poll() is not None or time.perf_counter() - start > timeout:
                app.kill()
                _, err = app.communicate()
                alive = (
                    subprocess.run(
                        ["xdotool", "getdisplaygeometry"], env=env, capture_output=True, check=False
                    ).returncode
                    == 0
                )
                sys.exit(
                    f"bench_bundle_start: no window from {cmd[0]} within {timeout:.0f} s"
                    f" (X server {'answers' if alive else 'gone'})"
                    f"\n{err.decode(errors='replace')[-2000:]}"
                )
            time.sleep(0.01)
    finally:
        if app.poll() is None:
            app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
    return elapsed


def bundle_size(bundle: Path) -> None:
    def size(path: Path) -> int:
        if path.is_file() and not path.is_symlink():
            return path.stat().st_size
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())

    print(f"bundle size: {size(bundle) / 2**20:.0f} MiB  ({bundle})")
    internal = bundle / "_internal"
    entries = sorted(((size(p), p) for p in internal.iterdir()), reverse=True)[:10]
    qt = internal / "PySide6" / "Qt"
    if qt.is_dir():
        entries += sorted(((size(p), p) for p in (qt / "lib").iterdir()), reverse=True)[:5]
    for nbytes, path in entries:
        print(f"  {nbytes / 2**20:7.1f} MiB  {path.relative_to(bundle)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "letter-composer")
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="interpreter with the project installed (default: this one)",
    )
    args = parser.parse_args()

    exe = args.bundle / "letter-composer"
    if not exe.is_file():
        sys.exit(f"bench_bundle_start: no bundle at {exe}; run python packaging/build.py --no-deb")
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            sys.exit(f"bench_bundle_start: {tool} not found (Debian: xvfb, xdotool)")
    if not (ROOT / "src" / "composer" / "ui" / "app.py").is_file():
        sys.exit("bench_bundle_start: the window (composer.ui.app) has not landed yet")
    bundle_size(args.bundle)

    xvfb, display = start_xvfb()
    try:
        with tempfile.TemporaryDirectory() as home:
            env = {
                "HOME": home,
                "PATH": "/usr/bin:/bin",
                "DISPLAY": display,
                "QT_QPA_PLATFORM": "xcb",
                "LANG": "C.UTF-8",
                "LETTER_COMPOSER_DATA": str(Path(home) / "data"),
            }
            commands = {
                "bundle": [str(exe)],
                "python -m composer": [args.python, "-m", "composer"],
            }
            times: dict[str, list[float]] = {name: [] for name in commands}
            for cmd in commands.values():  # warm-up, untimed
                time_to_window(cmd, env)
            for _ in range(args.runs):
                for name, cmd in commands.items():
                    times[name].append(time_to_window(cmd, env))
    finally:
        xvfb.terminate()
        xvfb.wait()

    print(f"time to a visible window, median of {args.runs} alternating runs (Xvfb {display}):")
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        spread = ", ".join(f"{v:.2f}" for v in values)
        print(f"  {name:20s} {medians[name]:.3f} s   ({spread})")
    ratio = medians["bundle"] / medians["python -m composer"]
    print(f"  bundle / python -m composer = {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
