"""Benchmark: `letter-composer batch` of 100 letters from a sign-up sheet (goal: under 3 s).

Plain script (not collected by pytest):

    .venv/bin/python tests/benchmarks/bench_batch.py [--runs 5] [--rows 100]

Prints, for a sign-up sheet of N writers (a third in French) and the Kalesnikava case:
  * the whole `batch` process: wall and CPU seconds (user + system), medians over the runs,
    and peak memory;
  * beside it, measured in the same run, N one-letter `render_letter` calls in one process (the
    renderer alone, fonts already parsed): what the batch costs beyond laying out the letters.
The machine's load average is printed too: on a shared machine, wall time follows the load
while CPU time does not.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NAMES = ("Margaret Thompson", "Anne-Marie Côté", "Bob Okafor", "Élise Tremblay", "Ravi Patel")


def write_signup(path: Path, rows: int) -> None:
    lines = ["name,address,town,language,note"]
    for n in range(rows):
        language = "fr" if n % 3 == 0 else "en"
        lines.append(f"{NAMES[n % 5]} {n},{n} Elm Street;Guelph ON  N1H 3T5,Guelph,{language},")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run_batch(signup: Path, out: Path, data: Path) -> tuple[float, float, float]:
    script = Path(sys.executable).with_name("letter-composer")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "composer"]
    cmd += ["batch", "--case", "kalesnikava", "--writers", str(signup), "--output-dir", str(out)]
    env = {**os.environ, "LETTER_COMPOSER_DATA": str(data), "LANG": "en_CA.UTF-8"}
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"batch failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def render_only(rows: int) -> tuple[float, float]:
    from composer.model.draft import Draft, Sender
    from composer.model.library import load_builtin
    from composer.render.layouts import get_layout
    from composer.render.pdf import render_letter

    case, layout = load_builtin("kalesnikava"), get_layout("us-letter")
    render_letter(Draft.new(case, "en").letter(), layout)  # fonts parsed once, as in a batch
    letters = [
        Draft.new(
            case,
            "fr" if n % 3 == 0 else "en",
            Sender(f"{NAMES[n % 5]} {n}", (f"{n} Elm Street",), "Guelph"),
        ).letter()
        for n in range(rows)
    ]
    start, cpu = time.perf_counter(), time.process_time()
    for letter in letters:
        render_letter(letter, layout)
    return time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        signup = folder / "signup.csv"
        write_signup(signup, args.rows)
        walls, cpus, rss, renders, render_cpus = [], [], [], [], []
        for _ in range(args.runs):
            wall, cpu, peak = run_batch(signup, folder / "out", folder / "data")
            walls.append(wall), cpus.append(cpu), rss.append(peak)
            made = len(list((folder / "out").glob("*.pdf")))
            assert made == args.rows, made
            render_wall, render_cpu = render_only(args.rows)
            renders.append(render_wall), render_cpus.append(render_cpu)
    load = os.getloadavg()[0]
    print(f"batch of {args.rows} letters, {args.runs} runs, load average {load:.2f}:")
    print(
        f"  `letter-composer batch` process  {statistics.median(walls):6.2f} s wall median "
        f"(min {min(walls):.2f}), {statistics.median(cpus):.2f} s CPU, "
        f"{max(rss):.0f} MB peak   (goal < 3 s)"
    )
    print(
        f"  render_letter x {args.rows} in-process  {statistics.median(renders):6.2f} s wall "
        f"median (min {min(renders):.2f}), {statistics.median(render_cpus):.2f} s CPU"
    )


if __name__ == "__main__":
    main()
