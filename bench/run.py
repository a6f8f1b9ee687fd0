#!/usr/bin/env python3
"""policysite benchmark: the same generated corpus built by policysite, Hugo and MkDocs, alternating.

usage: bench/run.py [--sizes 1000,10000] [--runs 5] [--mkdocs-max 10000] [--out bench/results-latest.md]

For every corpus size it builds the corpus with each tool `--runs` times, alternating the tools so that
machine noise hits all of them alike, and reports the median wall time, the median peak RSS (of the
tool's process, from wait4) and the ratios policysite/Hugo and policysite/MkDocs. It also measures
`policysite check` on the largest corpus, the bundled content build through ./policysite (JVM start-up
included), and, when `policysite serve` exists, the time from saving an edit to the rebuilt file.
Corpora come from gen_pages.py (a copy of ../shared/bench/gen_pages.py: same seed, same bytes).
"""
import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import socket
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
JAR = os.path.join(ROOT, "target", "policysite.jar")
# the launcher users run: it builds the jar when needed and starts the JVM with the settings measured here
LAUNCHER = os.path.join(ROOT, "policysite")


def run(cmd, cwd=None, env=None, ok=(0,)):
    """Runs cmd, returns (seconds, peak RSS in MB, exit code). Output is discarded."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        try:
            _, status, usage = os.wait4(p.pid, 0)
        except KeyboardInterrupt:
            p.kill()
            raise
        elapsed = time.perf_counter() - start
        rc = os.waitstatus_to_exitcode(status)
        if rc not in ok:
            err.seek(0)
            print(f"  ! {' '.join(cmd)} exited {rc}: {err.read().decode(errors='replace')[-2000:]}", file=sys.stderr)
    return elapsed, usage.ru_maxrss / 1024.0, rc


def ensure_tools(need_mkdocs):
    missing = [t for t in (["hugo"] + (["mkdocs"] if need_mkdocs else [])) if shutil.which(t) is None]
    if missing and os.geteuid() == 0:
        pkgs = {"hugo": ["hugo"], "mkdocs": ["mkdocs", "python3-markdown-include"]}
        names = [p for t in missing for p in pkgs[t]]
        print(f"installing {' '.join(names)} with apt-get ...", file=sys.stderr)
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq"] + names, check=True,
                       env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"), stdout=subprocess.DEVNULL)
    for t in ["hugo"] + (["mkdocs"] if need_mkdocs else []):
        if shutil.which(t) is None:
            sys.exit(f"{t} is not installed (apt-get install hugo mkdocs python3-markdown-include)")
    # the launcher builds the jar if the sources are newer and records its class-data archive on first use
    subprocess.run([LAUNCHER, "--version"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def tool_version(cmd):
    try:
        r = subprocess.run(cmd, capture_output=True, text=True)
        return (r.stdout.strip() or r.stderr.strip()).splitlines()[0]
    except Exception:
        return "?"


def make_corpus(base, n):
    """One corpus dir per size with three views on the same pages: hugo/, mkdocs/, policysite/."""
    d = os.path.join(base, f"n{n}")
    content = os.path.join(d, "hugo", "content")
    subprocess.run([sys.executable, os.path.join(HERE, "gen_pages.py"), content, str(n)], check=True,
                   stdout=subprocess.DEVNULL)
    for f in ("hugo.toml",):
        shutil.copy(os.path.join(HERE, "hugo-site", f), os.path.join(d, "hugo", f))
    shutil.copytree(os.path.join(HERE, "hugo-site", "layouts"), os.path.join(d, "hugo", "layouts"), dirs_exist_ok=True)
    # MkDocs and policysite read the same Markdown files in place
    with open(os.path.join(d, "mkdocs.yml"), "w") as f:
        f.write("site_name: Bench\ndocs_dir: hugo/content\nsite_dir: out-mkdocs\nuse_directory_urls: true\n")
    with open(os.path.join(d, "policysite.yaml"), "w") as f:
        f.write("site_name: Bench\ndocs_dir: hugo/content\nsite_dir: out-policysite\n")
    return d


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_edit_times(base, edits):
    """Starts `policysite serve` on a copy of the bundled content, saves an edit to a page `edits` times and
    measures each time from the save until the server returns the page with the edit."""
    if edits <= 0:
        return []
    work = os.path.join(base, "serve")
    shutil.rmtree(work, ignore_errors=True)
    for d in ("content", "templates"):
        shutil.copytree(os.path.join(ROOT, d), os.path.join(work, d))
    port = free_port()
    proc = subprocess.Popen([LAUNCHER, "serve", "--config", "content/policysite.yaml", "--dev-addr", f"127.0.0.1:{port}"],
                            cwd=work, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    times = []
    try:
        line = proc.stdout.readline()
        if "Serving on" not in line:
            print(f"  ! serve did not start: {line!r}", file=sys.stderr)
            return []
        page = os.path.join(work, "content", "aws", "role-chaining.md")
        url = f"http://127.0.0.1:{port}/aws/role-chaining/"
        original = open(page, encoding="utf-8").read()
        for i in range(edits):
            token = f"edit-{i}-{time.time_ns()}"
            time.sleep(0.3)  # the watcher debounces bursts of saves; one save at a time here
            start = time.perf_counter()
            with open(page, "w", encoding="utf-8") as f:
                f.write(original + f"\n\nBenchmark {token}.\n")
            while time.perf_counter() - start < 10:
                try:
                    with urllib.request.urlopen(url, timeout=2) as r:
                        if token in r.read().decode("utf-8", "replace"):
                            times.append(time.perf_counter() - start)
                            break
                except OSError:
                    pass
                time.sleep(0.002)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return times


def median(xs):
    return statistics.median(xs) if xs else float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--mkdocs-max", type=int, default=10000,
                    help="largest corpus MkDocs is run on (10,000 pages take it about a minute)")
    ap.add_argument("--mkdocs-runs", type=int, default=1)
    ap.add_argument("--out", default=os.path.join(HERE, "results-latest.md"))
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--serve-edits", type=int, default=10, help="edits timed while `policysite serve` runs (0: skip)")
    a = ap.parse_args()
    sizes = [int(s) for s in a.sizes.split(",")]
    ensure_tools(need_mkdocs=a.mkdocs_max > 0)
    base = a.workdir or tempfile.mkdtemp(prefix="psbench-")
    ps = [LAUNCHER]
    rows = []
    extra = []
    for n in sizes:
        d = make_corpus(base, n)
        tools = {
            "policysite": (ps + ["build", "-q", "--config", "policysite.yaml"], d),
            "hugo": (["hugo", "--quiet", "--destination", os.path.join(d, "out-hugo")], os.path.join(d, "hugo")),
        }
        if n <= a.mkdocs_max:
            tools["mkdocs"] = (["mkdocs", "build", "-q"], d)
        results = {t: [] for t in tools}
        # the first build of a fresh corpus creates every output folder and file: reported, not in the medians
        # (the same tool rebuilding its site is the everyday case, and what the runs below measure)
        first = {}
        for t, (cmd, cwd) in tools.items():
            if t == "mkdocs":
                continue  # MkDocs rebuilds from scratch every time: its measured runs are first builds
            secs, rss, rc = run(cmd, cwd=cwd)
            first[t] = secs if rc == 0 else float("nan")
            print(f"  n={n} first build {t}: {secs:.2f} s, {rss:.0f} MB", file=sys.stderr)
        for r in range(a.runs):
            for t, (cmd, cwd) in tools.items():
                if t == "mkdocs" and r >= a.mkdocs_runs:
                    continue
                secs, rss, rc = run(cmd, cwd=cwd)
                if rc == 0:
                    results[t].append((secs, rss))
                print(f"  n={n} run {r + 1} {t}: {secs:.2f} s, {rss:.0f} MB", file=sys.stderr)
        med = {t: (median([s for s, _ in v]), median([m for _, m in v]), len(v)) for t, v in results.items()}
        if "mkdocs" in med:
            first["mkdocs"] = med["mkdocs"][0]
        rows.append((n, med, first))
        if n == max(sizes):
            checks = [run(ps + ["check", "--format", "text", "--config", "policysite.yaml"], cwd=d, ok=(0, 1))
                      for _ in range(a.runs)]
            extra.append(("`policysite check` on %d pages" % n, median([c[0] for c in checks]),
                          median([c[1] for c in checks])))
    # the bundled content through the launcher: JVM start-up and AppCDS included
    subprocess.run([os.path.join(ROOT, "policysite"), "build", "-q"], cwd=ROOT, stdout=subprocess.DEVNULL)
    small = [run([os.path.join(ROOT, "policysite"), "build", "-q"], cwd=ROOT) for _ in range(a.runs)]
    extra.append(("`./policysite build` (bundled content)", median([s for s, _, _ in small]),
                  median([m for _, m, _ in small])))
    edits = serve_edit_times(base, a.serve_edits)
    if edits:
        extra.append((f"`serve`: save of a page -> new page served (bundled content, median of {len(edits)})",
                       median(edits), float("nan")))

    lines = []
    lines.append(f"Command: `python3 bench/run.py --sizes {a.sizes} --runs {a.runs} --mkdocs-max {a.mkdocs_max}`  ")
    lines.append(f"Date: {datetime.date.today().isoformat()}; machine: {os.cpu_count()} cores, "
                 f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB, {platform.platform()}  ")
    lines.append(f"Tools: {tool_version(ps + ['--version'])}; {tool_version(['hugo', 'version'])}; "
                 f"{tool_version(['mkdocs', '--version']) if shutil.which('mkdocs') else 'mkdocs not run'}; "
                 f"{tool_version(['java', '-version'])}")
    lines.append("")
    lines.append("| pages | policysite s | Hugo s | MkDocs s | policysite/Hugo | policysite/MkDocs | RSS policysite MB | RSS Hugo MB | RSS MkDocs MB |")
    lines.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, med, _ in rows:
        ps, hu, mk = med.get("policysite"), med.get("hugo"), med.get("mkdocs")
        def f(x, i):
            return f"{x[i]:.2f}" if x and x[2] else "—"
        def mb(x):
            return f"{x[1]:.0f}" if x and x[2] else "—"
        ratio_h = f"{ps[0] / hu[0]:.2f}" if ps and hu and ps[2] and hu[2] else "—"
        if ps and mk and ps[2] and mk[2]:
            r = ps[0] / mk[0]
            ratio_m = f"{r:.2f} ({1 / r:.1f}x faster)" if r < 1 else f"{r:.2f} ({r:.1f}x slower)"
        else:
            ratio_m = "—"
        lines.append(f"| {n} | {f(ps, 0)} | {f(hu, 0)} | {f(mk, 0)} | {ratio_h} | {ratio_m} | {mb(ps)} | {mb(hu)} | {mb(mk)} |")
    lines.append("")
    for n, _, first in rows:
        lines.append(f"First build of the fresh {n}-page corpus (every file created, not in the medians): "
                     + ", ".join(f"{t} {s:.2f} s" for t, s in first.items()) + ".")
    if len(rows) >= 2 and rows[0][1].get("policysite") and rows[-1][1].get("policysite"):
        (n1, m1, _), (n2, m2, _) = rows[0], rows[-1]
        lines.append("")
        lines.append(f"Scaling: policysite {n2 // n1}x the pages took {m2['policysite'][0] / m1['policysite'][0]:.1f}x the time "
                     f"(Hugo {m2['hugo'][0] / m1['hugo'][0]:.1f}x).")
    lines.append("")
    lines.append("| other measurement | median s | peak RSS MB |")
    lines.append("|---|---:|---:|")
    for name, secs, rss in extra:
        lines.append(f"| {name} | {secs:.3f} | {'—' if rss != rss else f'{rss:.0f}'} |")
    text = "\n".join(lines) + "\n"
    with open(a.out, "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
