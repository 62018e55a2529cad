"""Benchmark: `letter-composer export` against LibreOffice, measured in the same run.

Plain script (not collected by pytest):

    .venv/bin/python tests/benchmarks/bench_export.py [--runs 7] [--batch 100]

Prints, for one one-page letter (the Kalesnikava case):
  * `letter-composer export` as a whole process vs `soffice --headless --convert-to pdf` of the
    same letter written as a flat ODF text (.fodt), alternating, medians and ratio
    (goal: export 2.5x faster or better), export measured twice: with its cache folder warm
    (what every letter after a laptop's first one finds: the cut-down fonts, the parsed fonts,
    the compiled wordings, the day's date) and with an empty cache folder of its own each run
    (a clean machine's first letter: it reads what the install derived from the fonts, the
    cut-down and parsed fonts, see composer.render.derive);
  * peak memory (max RSS) of each process (goal for export: under 150 MB);
  * in-process render time per letter, cold (first letter: fonts parsed) and warm
    (goal: under 25 ms), and a batch of N letters, each with its own writer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

SENDER = ("Margaret Thompson", ("42 Elm Street", "Guelph ON  N1H 3T5"), "Guelph, Ontario")
# The peer measured in the same run; figures go with the machine's load, both alternate.


def run_measured(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float, float, int]:
    """Run ``cmd``; returns (wall seconds, CPU seconds (user + system), peak RSS in MB, exit
    status), CPU and RSS counting the process and the children it waited for."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.stderr is not None:
        err = proc.stderr.read().decode(errors="replace")
        proc.stderr.close()
        if proc.returncode:
            print(f"  ! {' '.join(cmd[:3])}... exited {proc.returncode}: {err.strip()[:200]}")
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, usage.ru_maxrss / 1024, proc.returncode


def compile_package() -> str:
    """Compile composer's modules to bytecode, as an installed app has them (pip compiles a
    wheel's modules on install; the PyInstaller bundle and the .deb carry only bytecode). An
    editable checkout writes them on its first run, unless PYTHONDONTWRITEBYTECODE is set (as
    in some shells and sandboxes): then every start compiles composer's sources again."""
    import compileall
    import importlib

    folders = [
        Path(str(importlib.import_module(name).__file__)).parent
        for name in ("composer", "composer.resources")  # resources/ sits apart in a checkout
    ]
    ok = all(compileall.compile_dir(folder, quiet=1) for folder in folders)
    writes = "off" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "on"
    state = "compiled" if ok else "NOT all compiled"
    return f"composer's bytecode {state} before timing (Python's own .pyc writing: {writes})"


def derived_fonts() -> str:
    """Whether the install made what letters derive from the fonts (composer.render.derive, as
    make-venv.sh and the bundle's build do): a clean machine's first letter then reads it."""
    from composer.render import fonts

    state = (
        "shipped" if fonts._shipped() is not None else "NOT made (python -m composer.render.derive)"
    )
    return f"fonts' derived files ({fonts.derived_folder()}): {state}"


def export_command() -> list[str]:
    script = Path(sys.executable).with_name("letter-composer")
    return [str(script)] if script.exists() else [sys.executable, "-m", "composer"]


def the_letter() -> object:
    from composer.model.draft import Draft, Sender
    from composer.model.library import load_builtin

    draft = Draft.new(
        load_builtin("kalesnikava"),
        language="en",
        seed=7,
        sender=Sender(SENDER[0], SENDER[1], SENDER[2]),
    )
    return draft.letter()


def write_fodt(letter: object, path: Path) -> None:
    """The same letter as a one-page flat ODF text document, US Letter, 11 pt Noto Serif."""
    from composer.model.letter import Letter

    assert isinstance(letter, Letter)

    def para(text: str, style: str = "Body") -> str:
        return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'

    body = [
        para(letter.sender_name, "Name"),
        *(para(x, "Small") for x in letter.sender_address),
        para(""),
        para(letter.date, "Right"),
        para(""),
        *(para(x, "Address") for x in letter.recipient),
        para(""),
        para(letter.salutation),
        *(para(x) for x in letter.paragraphs),
        para(letter.valediction),
        para(""),
        para(""),
        para(letter.signature),
    ]
    path.write_text(
        f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Noto Serif" svg:font-family="'Noto Serif'"
   xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
 </office:font-face-decls>
 <office:styles>
  <style:style style:name="Body" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="7pt" fo:line-height="138%"/>
   <style:text-properties style:font-name="Noto Serif" fo:font-size="11pt"/>
  </style:style>
  <style:style style:name="Name" style:family="paragraph" style:parent-style-name="Body">
   <style:paragraph-properties fo:margin-bottom="0pt"/>
   <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Body">
   <style:paragraph-properties fo:margin-bottom="0pt" fo:line-height="120%"/>
   <style:text-properties fo:font-size="9.5pt"/>
  </style:style>
  <style:style style:name="Address" style:family="paragraph" style:parent-style-name="Body">
   <style:paragraph-properties fo:margin-bottom="0pt" fo:line-height="120%"/>
  </style:style>
  <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Body">
   <style:paragraph-properties fo:text-align="end"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="Letter">
   <style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in"
    fo:margin-top="0.75in" fo:margin-bottom="0.75in" fo:margin-left="1in"
    fo:margin-right="1in"/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="Letter"/>
 </office:master-styles>
 <office:body><office:text>
  {"".join(body)}
 </office:text></office:body>
</office:document>
""",
        encoding="utf-8",
    )


def pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


Sample = tuple[float, float, float]  # wall s, CPU s, peak RSS MB


def bench_processes(runs: int, work: Path) -> dict[str, list[Sample]]:
    letter = the_letter()
    fodt = work / "letter.fodt"
    write_fodt(letter, fodt)
    env = {**os.environ, "LANG": "en_CA.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    ours = [
        *export_command(),
        "export",
        "--case",
        "kalesnikava",
        "--language",
        "en",
        "--layout",
        "us-letter",
        "--sender-name",
        SENDER[0],
        *(a for line in SENDER[1] for a in ("--sender-address", line)),
        "--sender-town",
        SENDER[2],
        "--output",
        str(work / "ours.pdf"),
    ]
    soffice = shutil.which("soffice")
    peer: list[str] | None = None
    if soffice is None:
        print("soffice not found, peer skipped")
    else:
        profile = work / "lo-profile"
        peer = [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work / "lo"),
            str(fodt),
        ]
    results: dict[str, list[Sample]] = {"export": [], "export, empty cache": [], "soffice": []}
    # One untimed run of each: LibreOffice builds its user profile on its first start, and
    # letter-composer fills its cache folder (what a laptop's first letter does once); both
    # warm the page cache. Each "empty cache" run then gets a new, empty cache folder.
    env["LETTER_COMPOSER_CACHE"] = str(work / "cache")
    run_measured(ours, work, env)
    if peer:
        run_measured(peer, work, env)
    for run in range(runs):  # alternating, so all see the same machine load
        wall, cpu, rss, status = run_measured(ours, work, env)
        if status == 0:
            results["export"].append((wall, cpu, rss))
        if peer:
            wall, cpu, rss, status = run_measured(peer, work, env)
            if status == 0:
                results["soffice"].append((wall, cpu, rss))
        cold_env = {**env, "LETTER_COMPOSER_CACHE": str(work / f"empty-cache-{run}")}
        wall, cpu, rss, status = run_measured(ours, work, cold_env)
        if status == 0:
            results["export, empty cache"].append((wall, cpu, rss))
    print(f"  export wrote {pdf_pages(work / 'ours.pdf')} page(s)", end="")
    if peer and (work / "lo" / "letter.pdf").exists():
        print(f"; soffice wrote {pdf_pages(work / 'lo' / 'letter.pdf')} page(s)")
    else:
        print()
    return results


def bench_in_process(batch: int) -> tuple[float, list[float], list[float], float, float, float]:
    """(cold first render s, warm wall s per letter, warm CPU s per letter, batch wall s,
    batch CPU s, fpdf import s)."""
    from dataclasses import replace

    from composer.model.letter import Letter
    from composer.render.layouts import get_layout

    letter = the_letter()
    assert isinstance(letter, Letter)
    layout = get_layout("us-letter")
    created = dt.datetime(2026, 11, 26, tzinfo=dt.UTC)
    from composer.render.fpdf_import import import_fpdf

    t0 = time.perf_counter()
    import_fpdf()  # timed: what the first letter of a process pays once (as the app imports it)
    t_import = time.perf_counter() - t0
    from composer.render.pdf import render_letter

    t0 = time.perf_counter()
    render_letter(letter, layout, created=created)
    cold = time.perf_counter() - t0
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(30):
        w0, c0 = time.perf_counter(), time.process_time()
        render_letter(letter, layout, created=created)
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    writers = [
        replace(
            letter,
            sender_name=f"Writer {n:03d}",
            signature=f"Writer {n:03d}",
            sender_address=(f"{n} Elm Street", "Guelph ON  N1H 3T5"),
        )
        for n in range(batch)
    ]
    t0, c0 = time.perf_counter(), time.process_time()
    for one in writers:
        result = render_letter(one, layout, created=created)
        assert result.fits_one_page
    batch_wall = time.perf_counter() - t0
    batch_cpu = time.process_time() - c0
    return cold, walls, cpus, batch_wall, batch_cpu, t_import


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each process")
    parser.add_argument("--batch", type=int, default=100, help="letters in the batch")
    args = parser.parse_args()
    print(
        f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}; "
        f"{args.runs} alternating runs"
    )
    print(compile_package())
    print(derived_fonts())
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        work = Path(tmp)
        (work / "lo").mkdir()
        results = bench_processes(args.runs, work)
    print("\nwhole process: wall s (median, min), CPU s user+sys (median), peak RSS MB (max)")

    def show(label: str, samples: list[Sample]) -> tuple[float, float]:
        wall = statistics.median(s[0] for s in samples)
        cpu = statistics.median(s[1] for s in samples)
        print(
            f"  {label:26} wall {wall:6.3f} (min {min(s[0] for s in samples):.3f})"
            f"   CPU {cpu:6.3f}   peak RSS {max(s[2] for s in samples):6.1f} MB"
        )
        return wall, cpu

    peer = results["soffice"]
    shown = {
        label: show(f"export, {label}", results[key])
        for label, key in (("warm cache", "export"), ("empty cache", "export, empty cache"))
        if results[key]
    }
    if peer:
        pwall, pcpu = show("soffice --convert-to pdf", peer)
        for label, (wall, cpu) in shown.items():
            ours = results["export" if label == "warm cache" else "export, empty cache"]
            print(
                f"  ratio soffice / export, {label:11} wall {pwall / wall:5.2f}x (min/min "
                f"{min(s[0] for s in peer) / min(s[0] for s in ours):.2f}x)   "
                f"CPU {pcpu / cpu:5.2f}x   (goal >= 2.5x)"
            )
    if shown:
        print("  export peak RSS goal: < 150 MB")
    cold, walls, cpus, batch_wall, batch_cpu, t_import = bench_in_process(args.batch)
    print("\nin process (one letter, us-letter)")
    print(f"  import fpdf2 (lean)      {t_import * 1000:7.1f} ms (once per process)")
    print(f"  first letter (cold)      {cold * 1000:7.1f} ms (first in its process)")
    print(
        f"  per letter, warm         {statistics.median(walls) * 1000:7.1f} ms wall median, "
        f"{statistics.median(cpus) * 1000:.1f} ms CPU median, min "
        f"{min(walls) * 1000:.1f} ms   (goal < 25 ms)"
    )
    print(
        f"  batch of {args.batch} letters      {batch_wall:7.3f} s wall = "
        f"{batch_wall / args.batch * 1000:.1f} ms per letter; CPU {batch_cpu:.3f} s = "
        f"{batch_cpu / args.batch * 1000:.1f} ms per letter"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
