#!/usr/bin/env python3
"""Benchmarks of `interview`: start-up, a whole piped interview, export; each beside a Python peer.

    python3 Benchmarks/bench.py --interview .build/release/interview [--full] [--out Benchmarks/results.md]

Every command runs N times (after one unmeasured warm-up run); the tables give the median and
the minimum wall time (time.perf_counter around the child process) and the child's peak RSS
(ru_maxrss from wait4, taken by the small helper Benchmarks/rusage/spawn.c, see there why).
Standard library only, plus PyYAML for the peers and for reading the grid. No timing is
asserted anywhere: the tables say which targets are met, the exit status does not depend on it.
Exit status: 0 when every run behaved (exit 0, expected journal and output), 1 otherwise.
"""

import argparse
import csv
import datetime
import hashlib
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

try:
    import yaml
except ImportError:  # pragma: no cover - reported clearly, the peers need it too
    sys.exit("bench.py needs PyYAML: apt-get install python3-yaml (or pip install pyyaml)")

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PEER_INTERVIEW = HERE / "peer" / "interview_peer.py"
PEER_EXPORT = HERE / "peer" / "export_peer.py"
PEER_SUMMARY = HERE / "peer" / "summary_peer.py"
HELLO = HERE / "hello" / "main.swift"
SPAWN = HERE / "rusage" / "spawn.c"

# Repetitions (after one warm-up run) per mode.
REPS = {
    "quick": {"start": 20, "interview": 7, "export_small": 3, "export_large": 2, "export_large_warmup": 0},
    "full": {"start": 40, "interview": 15, "export_small": 10, "export_large": 5, "export_large_warmup": 1},
}
SENTENCE = "Une réponse en une phrase, avec des accents « comme ceci » et un émoji 🌱."


class Failure(Exception):
    """A benchmark whose command could not run as expected."""


# ---------------------------------------------------------------------------------------------
# Running and measuring


class Sample:
    def __init__(self, wall, rss_kib, code, cpu):
        self.wall, self.rss_kib, self.code, self.cpu = wall, rss_kib, code, cpu


class Runner:
    """Runs a command with given stdin, measuring wall time and the child's peak RSS."""

    def __init__(self, work):
        self.work = work
        self.report = work / "rusage.txt"
        self.helper = self._compile_helper()

    def _compile_helper(self):
        target = self.work / "rusage-spawn"
        for compiler in ("cc", "clang", "gcc"):
            if shutil.which(compiler):
                result = subprocess.run([compiler, "-O2", "-o", str(target), str(SPAWN)], capture_output=True)
                if result.returncode == 0:
                    return target
        print("warning: no C compiler: peak RSS is measured from bench.py itself and includes "
              "its own peak (an upper bound only)", file=sys.stderr)
        return None

    def run(self, command, stdin=b"", cwd=None, stdout_path=None):
        """One run: returns a Sample; stdout goes to stdout_path (or is discarded), stderr likewise."""
        read_end, write_end = os.pipe()
        try:
            if len(stdin) > 60000:
                raise ValueError("stdin larger than a pipe buffer")
            os.write(write_end, stdin)
        finally:
            os.close(write_end)
        out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
        err = open(str(stdout_path) + ".err", "wb") if stdout_path else subprocess.DEVNULL
        argv = [str(self.helper), str(self.report)] + list(map(str, command)) if self.helper else list(map(str, command))
        if self.report.exists():
            self.report.unlink()
        try:
            start = time.perf_counter()
            child = subprocess.Popen(argv, stdin=read_end, stdout=out, stderr=err, cwd=cwd)
            _, status, usage = os.wait4(child.pid, 0)
            wall = time.perf_counter() - start
            child.returncode = os.waitstatus_to_exitcode(status)
        finally:
            os.close(read_end)
            if stdout_path:
                out.close()
                err.close()
        if self.helper:
            if not self.report.exists():  # the command could not be started
                return Sample(wall, 0, child.returncode or 127, 0.0)
            fields = dict(part.split("=") for part in self.report.read_text().split())
            return Sample(wall, int(fields["maxrss_kib"]), int(fields["exit"]), int(fields["cpu_us"]) / 1e6)
        return Sample(wall, usage.ru_maxrss, child.returncode, usage.ru_utime + usage.ru_stime)


class Result:
    """The runs of one benchmark row, or why it has none."""

    def __init__(self, name, samples=None, unavailable=None, note="", count=None):
        self.name, self.samples, self.unavailable, self.note, self.count = name, samples or [], unavailable, note, count

    @property
    def ok(self):
        return self.unavailable is None and bool(self.samples)

    @property
    def median(self):
        return statistics.median(s.wall for s in self.samples)

    @property
    def minimum(self):
        return min(s.wall for s in self.samples)

    @property
    def cpu(self):
        return statistics.median(s.cpu for s in self.samples)

    @property
    def rss_mib(self):
        return max(s.rss_kib for s in self.samples) / 1024


def measure(runner, name, reps, make_run, check=None, warmup=1):
    """Runs make_run(i) warmup times unmeasured then reps times; check(sample, i) raises Failure when wrong."""
    samples = []
    try:
        for i in range(reps + warmup):
            sample = make_run(i)
            if check:
                check(sample, i)
            elif sample.code != 0:
                raise Failure(f"exit {sample.code}")
            if i >= warmup:
                samples.append(sample)
    except Failure as failure:
        return Result(name, unavailable=str(failure))
    print(f"  {name}: median {fmt_ms(statistics.median(s.wall for s in samples))}", file=sys.stderr)
    return Result(name, samples)


def measure_together(runner, rows, reps, warmup=1):
    """Like measure, for several rows at once: each round runs every row once, in turn, so that
    a machine that gets busier or quieter during the run weighs on every row alike.

    rows: (name, make_run, check) triples; returns their Results in the same order."""
    samples = {name: [] for name, _, _ in rows}
    failures = {}
    for i in range(reps + warmup):
        for name, make_run, check in rows:
            if name in failures:
                continue
            try:
                sample = make_run(i)
                if check:
                    check(sample, i)
                elif sample.code != 0:
                    raise Failure(f"exit {sample.code}")
            except Failure as failure:
                failures[name] = str(failure)
                continue
            if i >= warmup:
                samples[name].append(sample)
    results = []
    for name, _, _ in rows:
        if name in failures:
            results.append(Result(name, unavailable=failures[name]))
        else:
            print(f"  {name}: median {fmt_ms(statistics.median(s.wall for s in samples[name]))}", file=sys.stderr)
            results.append(Result(name, samples[name]))
    return results


# ---------------------------------------------------------------------------------------------
# The grid and the answers typed for it


def answer_lines(grid):
    """One valid answer (lines of input) for every question of the grid, in order.

    Relevance is not simulated: in the built-in grid every `when` is satisfied by answering
    everything `oui` and non-empty, so every question is asked. A grid where that is not true
    makes the run stop at the first misplaced answer, and the check on the journal says so.
    """
    lines = []
    for section in grid["sections"]:
        for question in section["questions"]:
            kind = question["type"]
            if kind == "text":
                lines.append(SENTENCE)
            elif kind == "list":
                lines += ["Premier élément de la liste", "Deuxième élément, avec « guillemets »", ""]
            elif kind in ("integer", "year", "money", "percent", "decimal"):
                value = {"year": 2001, "money": 125000, "decimal": 12.5}.get(kind, 12)
                low, high = question.get("min"), question.get("max")
                if low is not None and value < low:
                    value = low
                if high is not None and value > high:
                    value = high
                text = str(value)
                lines.append(text.replace(".", ",") if grid.get("language", "fr") == "fr" else text)
            elif kind == "date":
                lines.append("2021-07-01")
            elif kind in ("choice",):
                lines.append("1")
            elif kind in ("multichoice", "rank"):
                lines.append("1 2")
            elif kind == "yesno":
                lines.append("oui")
            elif kind == "email":
                lines.append("x@y.org")
            elif kind == "phone":
                lines.append("418-723-0355")
            elif kind == "url":
                lines.append("https://example.org")
            else:
                raise Failure(f"no benchmark answer for type {kind} ({question['id']})")
    return ("\n".join(lines) + "\n").encode("utf-8")


def expected_events(grid):
    """Events a complete run writes: one answer per question, a draft per list item, complete."""
    count = 1
    for section in grid["sections"]:
        for question in section["questions"]:
            count += 1 + (2 if question["type"] == "list" else 0)
    return count


def read_journal(path):
    with open(path, encoding="utf-8") as file:
        return [json.loads(line) for line in file]


# ---------------------------------------------------------------------------------------------
# The benchmarks


def bench_start(runner, work, binary, reps, hello):
    """(a) start → first prompt → exit, beside --help, the Python peer, bare Swift and /bin/true,
    run in turn round after round."""
    print("start-up and first prompt", file=sys.stderr)
    responses = work / "start-responses"
    peer_responses = work / "start-peer-responses"
    out = work / "start.out"
    # The grid the binary itself uses: the copy `interview new` keeps in responses/.grids/ (so the
    # peer and the piped input always match the binary), made by one run before the rounds.
    runner.run([binary, "new", "--case", "bench-grid", "--responses", responses], stdout_path=out)
    grid_copies = sorted((responses / ".grids").glob("*.yaml")) if responses.exists() else []
    grid_path = grid_copies[0] if grid_copies else REPO / "grids" / "territoires-nourriciers.yaml"

    def interview_first(i):
        sample = runner.run([binary, "new", "--case", f"bench-{i}", "--responses", responses], stdout_path=out)
        if sample.code != 0:
            raise Failure(f"exit {sample.code}: {first_line(str(out) + '.err')}")
        if "1. " not in out.read_text(encoding="utf-8", errors="replace"):
            raise Failure("no first prompt on stdout")
        return sample

    def peer_first(i):
        sample = runner.run([sys.executable, PEER_INTERVIEW, "--grid", grid_path, "--case", f"bench-{i}",
                             "--responses", peer_responses], stdout_path=out)
        if sample.code != 0:
            raise Failure(f"exit {sample.code}: {first_line(str(out) + '.err')}")
        if "1. " not in out.read_text(encoding="utf-8"):
            raise Failure("no first prompt on stdout")
        return sample

    rows = [
        ("interview new (first prompt, end of input)", interview_first, lambda s, i: None),
        ("Python peer (first prompt, end of input)", peer_first, lambda s, i: None),
        ("interview --help", lambda i: runner.run([binary, "--help"]), None),
    ]
    if hello:
        rows.append(("bare Swift program (print, swiftc -O)", lambda i: runner.run([hello]), None))
    rows += [
        ("python3 -c pass (interpreter start)", lambda i: runner.run([sys.executable, "-c", "pass"]), None),
        ("/bin/true (process floor)", lambda i: runner.run(["/bin/true"]), None),
    ]
    results = measure_together(runner, rows, reps)
    if not hello:
        results.insert(3, Result("bare Swift program (print, swiftc -O)", unavailable="swiftc failed"))
    return results, grid_path


def bench_interview(runner, work, binary, reps, grid_path):
    """(b, c) a whole interview on the built-in grid, piped, every answer fsync'd; and the peer."""
    print("whole piped interview", file=sys.stderr)
    grid = yaml.safe_load(grid_path.read_text(encoding="utf-8"))
    answers = answer_lines(grid)
    events = expected_events(grid)
    rows = []
    for name, responses, command in (
        ("interview new (piped, fsync per event)", work / "run-responses",
         lambda case, responses: [binary, "new", "--case", case, "--responses", responses]),
        ("Python peer (same input, fsync per event)", work / "run-peer-responses",
         lambda case, responses: [sys.executable, PEER_INTERVIEW, "--grid", grid_path, "--case", case,
                                  "--responses", responses]),
    ):
        out = work / "run.out"

        def one(i, responses=responses, command=command, out=out):
            case = f"run-{i:03d}"
            sample = runner.run(command(case, responses), stdin=answers, stdout_path=out)
            if sample.code != 0:
                raise Failure(f"exit {sample.code}: {first_line(str(out) + '.err')}")
            journal = read_journal(responses / f"{case}.jsonl")
            if len(journal) - 1 != events or journal[-1].get("event") != "complete":
                raise Failure(f"journal has {len(journal) - 1} events (expected {events}, last 'complete')")
            return sample

        rows.append((name, one, lambda s, i: None))
    # Ours and the peer's in turn, round after round (see measure_together).
    results = measure_together(runner, rows, reps)
    for result in results:
        result.count = events
    source = work / "run-responses"
    return results, (source if (source / "run-000.jsonl").exists() else None)


def make_cases(source, folder, count):
    """`count` copies of the journal run-000 (case id and UUID renewed) with the grid copies."""
    folder.mkdir()
    shutil.copytree(source / ".grids", folder / ".grids")
    lines = (source / "run-000.jsonl").read_bytes().split(b"\n", 1)
    header, body = json.loads(lines[0]), lines[1]
    for n in range(1, count + 1):
        header["case"] = f"case-{n:05d}"
        header["uuid"] = str(uuid.uuid4())
        text = json.dumps(header, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
        fd = os.open(folder / f"case-{n:05d}.jsonl", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, text + b"\n" + body)
        finally:
            os.close(fd)


def count_csv_rows(path):
    with open(path, encoding="utf-8", newline="") as file:
        return sum(1 for _ in csv.reader(file)) - 1


def count_json_records(path):
    with open(path, encoding="utf-8") as file:
        text = file.read().strip()
    if not text:
        return 0
    if text.startswith("["):
        return len(json.loads(text))
    return sum(1 for line in text.splitlines() if line.strip())


def bench_export(runner, work, binary, reps_by_size, warmup_by_size, source, sizes):
    """(d) export --all to CSV and JSON of 1 000 and 10 000 completed cases; and the peer."""
    print("export", file=sys.stderr)
    results = []
    if source is None:
        for size in sizes:
            for name in ("interview export csv", "interview export json", "Python peer export csv"):
                results.append(Result(f"{name}, {size:,} cases".replace(",", " "), unavailable="no journal to copy"))
        return results
    missing = {}
    for size in sizes:
        folder = work / f"export-{size}"
        started = time.perf_counter()
        make_cases(source, folder, size)
        print(f"  {size} cases written in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        label = f"{size:,}".replace(",", " ")
        reps = reps_by_size[size]
        for fmt in ("csv", "json"):
            name = f"interview export {fmt}, {label} cases"
            if fmt in missing:
                results.append(Result(name, unavailable=missing[fmt]))
                continue
            output = work / f"export.{fmt}"

            def one(i, fmt=fmt, output=output, folder=folder):
                if output.exists():
                    output.unlink()
                sample = runner.run([binary, "export", "--all", "--format", fmt, "--responses", folder,
                                     "--output", output], stdout_path=work / "export.out")
                if sample.code != 0:
                    raise Failure(f"not available (exit {sample.code}: {first_line(str(work / 'export.out.err'))})")
                found = count_csv_rows(output) if fmt == "csv" else count_json_records(output)
                if found != size:
                    raise Failure(f"output has {found} records, expected {size}")
                return sample

            result = measure(runner, name, reps, one, check=lambda s, i: None, warmup=warmup_by_size[size])
            if not result.ok and result.unavailable.startswith("not available"):
                missing[fmt] = result.unavailable
            result.count = size
            results.append(result)
        output = work / "peer.csv"

        def peer(i, output=output, folder=folder):
            sample = runner.run([sys.executable, PEER_EXPORT, "--responses", folder, "--output", output],
                                stdout_path=work / "peer.out")
            if sample.code != 0:
                raise Failure(f"exit {sample.code}: {first_line(str(work / 'peer.out.err'))}")
            if count_csv_rows(output) != size:
                raise Failure("peer output has the wrong number of rows")
            return sample

        result = measure(runner, f"Python peer export csv, {label} cases", reps, peer, check=lambda s, i: None,
                         warmup=warmup_by_size[size])
        result.count = size
        results.append(result)
        shutil.rmtree(folder)
    return results


def make_study_cases(source, folder, count):
    """`count` coded cases made from the journal run-000: each with its own legal status and staff
    count, and every text answer and list item coded whole with one or two codebook ids (theme
    or theme.code, chosen by the case's number), as `interview code` writes them."""
    folder.mkdir()
    shutil.copytree(source / ".grids", folder / ".grids")
    lines = (source / "run-000.jsonl").read_text(encoding="utf-8").splitlines()
    header = json.loads(lines[0])
    events = [json.loads(line) for line in lines[1:] if line.strip()]
    grid_path = next((folder / ".grids").glob("*.yaml"))
    grid = yaml_load(grid_path)
    choices = {q["id"]: [c["id"] if isinstance(c, dict) else c for c in q.get("choices", [])]
               for s in grid["sections"] for q in s["questions"] if q["type"] == "choice"}
    ids = []
    for theme in grid.get("codebook", []):
        ids.append(theme["id"])
        ids += [f"{theme['id']}.{code['id']}" for code in theme.get("codes", [])]
    # Only text answers and list items are coded (as `interview code` offers them), not e-mails or dates.
    types = {q["id"]: q["type"] for s in grid["sections"] for q in s["questions"]}
    texts = []
    for event in events:
        if event.get("event") == "answer" and types.get(event.get("question")) not in ("text", "list"):
            continue
        if event.get("event") == "answer" and isinstance(event.get("value"), str) and event["question"] not in choices:
            texts.append((event["question"], "answer", None, event["value"]))
        elif event.get("event") == "answer" and isinstance(event.get("value"), list):
            texts += [(event["question"], "item", k + 1, item) for k, item in enumerate(event["value"])]
    dump = lambda obj: json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for n in range(1, count + 1):
        header["case"] = f"case-{n:05d}"
        header["uuid"] = str(uuid.uuid4())
        out = [dump(header)]
        for event in events:
            if event.get("event") == "answer" and event["question"] in choices and choices[event["question"]]:
                options = choices[event["question"]]
                event = dict(event, value=options[n % len(options)])
            elif event.get("event") == "answer" and event["question"] == "nb_employes":
                event = dict(event, value=n % 47)
            out.append(dump(event))
        for k, (question, part, index, text) in enumerate(texts):
            if (n + k) % 3 == 0:
                continue  # not every passage is coded
            codes = [ids[(n + k) % len(ids)]] + ([ids[(n * 7 + k) % len(ids)]] if (n + k) % 4 == 0 else [])
            event = {"at": "2026-11-30T10:00:00.000Z", "event": "code", "question": question, "part": part,
                     "start": 0, "end": len(text), "text": text, "codes": codes, "coder": "ana"}
            if index is not None:
                event["index"] = index
            out.append(dump(event))
        fd = os.open(folder / f"case-{n:05d}.jsonl", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, ("\n".join(out) + "\n").encode("utf-8"))
        finally:
            os.close(fd)


def yaml_load(path):
    import yaml
    with open(path, encoding="utf-8") as file:
        return yaml.safe_load(file)


def bench_study(runner, work, binary, reps_by_size, warmup_by_size, source, sizes):
    """(e) summary (JSON) and book (HTML) of 1 000 and 10 000 coded cases; the peer's summary."""
    print("study", file=sys.stderr)
    results = []
    names = ("interview summary json", "interview summary csv (themes)", "interview book html", "interview export qdpx",
             "Python peer summary json")
    if source is None:
        return [Result(f"{name}, {size:,} cases".replace(",", " "), unavailable="no journal to copy")
                for size in sizes for name in names]
    for size in sizes:
        folder = work / f"study-{size}"
        started = time.perf_counter()
        make_study_cases(source, folder, size)
        print(f"  {size} coded cases written in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        label = f"{size:,}".replace(",", " ")
        commands = {
            "interview summary json": lambda out, folder=folder: [binary, "summary", "--format", "json", "--responses", folder,
                                                                 "--output", out],
            # The same count as the peer's, written as the themes table alone (the JSON also quotes every segment).
            "interview summary csv (themes)": lambda out, folder=folder: [binary, "summary", "--format", "csv", "--table", "themes",
                                                                         "--responses", folder, "--output", out],
            "interview book html": lambda out, folder=folder: [binary, "book", "--format", "html", "--responses", folder,
                                                              "--output", out],
            "interview export qdpx": lambda out, folder=folder: [binary, "export", "--all", "--format", "qdpx", "--responses",
                                                                folder, "--output", out],
            "Python peer summary json": lambda out, folder=folder: [sys.executable, PEER_SUMMARY, "--responses", folder,
                                                                   "--output", out],
        }
        outputs = {}
        for name in names:
            output = work / f"study-out-{len(outputs)}"
            outputs[name] = output

            def one(i, name=name, output=output):
                if output.exists():
                    output.unlink()
                sample = runner.run(commands[name](output), stdout_path=work / "study.out")
                if sample.code != 0:
                    raise Failure(f"not available (exit {sample.code}: {first_line(str(work / 'study.out.err'))})")
                if not output.exists() or output.stat().st_size == 0:
                    raise Failure("no output written")
                return sample

            result = measure(runner, f"{name}, {label} cases", reps_by_size[size], one, check=lambda s, i: None,
                             warmup=warmup_by_size[size])
            result.count = size
            results.append(result)
        ours, table, peer = (outputs["interview summary json"], outputs["interview summary csv (themes)"],
                             outputs["Python peer summary json"])
        if ours.exists() and peer.exists():
            counted = json.loads(peer.read_text(encoding="utf-8"))
            check_same_counts(json.loads(ours.read_text(encoding="utf-8")), counted)
            if table.exists():
                check_same_table(table, counted)
        shutil.rmtree(folder)
    return results


def check_same_table(path, peer):
    """The themes table (CSV, a row per theme and code over all sections) counts what the peer counts."""
    with open(path, encoding="utf-8", newline="") as file:
        rows = [row for row in csv.DictReader(file) if row["section"] == ""]
    if not rows:
        raise SystemExit("bench.py: the themes table has no rows")
    for row in rows:
        expected = peer["themes"].get(row["id"], {"mentions": 0, "cases": 0})
        if (int(row["mentions"]), int(row["cases"])) != (expected["mentions"], expected["cases"]):
            raise SystemExit(f"bench.py: themes table, {row['id']}: {row['mentions']} mentions / {row['cases']} cases, "
                             f"the peer {expected['mentions']} / {expected['cases']}")


def check_same_counts(ours, peer):
    """Our summary and the peer's count the same cases and, theme by theme, the same mentions."""
    if ours.get("cases") != peer["cases"]:
        raise SystemExit(f"bench.py: summary counts {ours.get('cases')} cases, the peer {peer['cases']}")
    for theme in ours.get("themes", []):
        expected = peer["themes"].get(theme["id"], {"mentions": 0, "cases": 0})
        if (theme["mentions"], theme["cases"]) != (expected["mentions"], expected["cases"]):
            raise SystemExit(f"bench.py: theme {theme['id']}: {theme['mentions']} mentions / {theme['cases']} cases, "
                             f"the peer {expected['mentions']} / {expected['cases']}")


# ---------------------------------------------------------------------------------------------
# Reporting


def first_line(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as file:
            for line in file:
                if line.strip():
                    return line.strip()[:160]
    except OSError:
        pass
    return "no message"


def fmt_ms(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.2f} s"


def fmt_s(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def table(headers, rows):
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" if i == 0 else "---:" for i in range(len(headers))) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def by_name(results, prefix):
    return next((r for r in results if r.name.startswith(prefix) and r.ok), None)


def cpu_ratio(ours, theirs):
    return f"{ours.cpu / theirs.cpu:.3f}" if theirs.cpu > 0 else "—"


def verdict(value, target, smaller_is_better=True):
    met = value <= target if smaller_is_better else value >= target
    return "yes" if met else "**no**"


def loadavg():
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "unknown"


def machine():
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return model


def filesystem(path):
    """The type of the file system holding path (fsync costs depend on it)."""
    best, kind = "", "unknown"
    try:
        for line in Path("/proc/mounts").read_text().splitlines():
            fields = line.split()
            if str(path).startswith(fields[1]) and len(fields[1]) >= len(best):
                best, kind = fields[1], fields[2]
    except OSError:
        pass
    return kind


def git_revision():
    try:
        head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "Sources", "Package.swift"],
                               capture_output=True, text=True)
        if head.returncode == 0:
            return head.stdout.strip() + (" + uncommitted changes in Sources" if dirty.stdout.strip() else "")
    except OSError:
        pass
    return "unknown"


def throughput_table(results):
    """The table of rows measured over many cases: times, cases per second, peak memory."""
    rows = []
    for r in results:
        if r.ok:
            rows.append([r.name, fmt_s(r.median), fmt_s(r.minimum), fmt_s(r.cpu),
                         f"{r.count / r.median:,.0f}".replace(",", " "), f"{r.rss_mib:.1f} MiB"])
        else:
            rows.append([r.name, r.unavailable, "", "", "", ""])
    return table(["command", "median", "min", "CPU (median)", "cases/s (median)", "peak RSS"], rows)


def render(binary, mode, work, load_before, start, interview, export, reps, study=()):
    out = []
    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
    digest = hashlib.sha256(Path(binary).read_bytes()).hexdigest()[:12]
    out.append("# Benchmark results\n")
    out.append(f"- Date: {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}")
    out.append(f"- Machine: {os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {machine()}, "
               f"Linux {platform.release()}, load average {load_before} before the run and {loadavg()} after")
    out.append(f"- Binary: `{binary}` (interview {version}, sha256 {digest}…), source {git_revision()}")
    out.append(f"- Working files on {filesystem(work)} (fsync cost depends on it); Python {platform.python_version()}")
    out.append(f"- Mode: {mode}: each row is {reps['start']} (start-up), {reps['interview']} (interview), "
               f"{reps['export_small']} / {reps['export_large']} (export 1 000 / 10 000) runs after one warm-up run "
               f"({'none' if not reps['export_large_warmup'] else 'one'} for 10 000 cases, whose files were just "
               "written); "
               "start-up rows, and the two interview rows, run in turn round after round, so that changes in "
               "the machine's load weigh on each alike; "
               "wall time around the child process; peak RSS is the largest ru_maxrss of the runs.\n")

    out.append("## Start-up: start → first prompt → exit\n")
    rows = []
    for r in start:
        if r.ok:
            rows.append([r.name, fmt_ms(r.median), fmt_ms(r.minimum), fmt_ms(r.cpu), f"{r.rss_mib:.1f} MiB"])
        else:
            rows.append([r.name, r.unavailable, "", "", ""])
    out.append(table(["command", "median", "min", "CPU (median)", "peak RSS"], rows))
    first, peer, swift = by_name(start, "interview new"), by_name(start, "Python peer"), by_name(start, "bare Swift")
    targets = []
    if first and peer:
        ratio = first.median / peer.median
        targets.append(["first prompt ÷ Python peer's first prompt", f"{ratio:.3f} (1/{1 / ratio:.1f})",
                        cpu_ratio(first, peer), "≤ 1/10", verdict(ratio, 0.1)])
    if first and swift:
        ratio = first.median / swift.median
        targets.append(["first prompt ÷ bare Swift program start", f"{ratio:.2f}×", cpu_ratio(first, swift),
                        "≤ ~2×", verdict(ratio, 2.0)])

    out.append("\n## A whole interview, piped, every event fsync'd\n")
    rows = []
    for r in interview:
        if r.ok:
            rows.append([r.name, fmt_s(r.median), fmt_s(r.minimum), fmt_s(r.cpu), str(r.count),
                         f"{r.median / r.count * 1000:.2f} ms", f"{r.rss_mib:.1f} MiB"])
        else:
            rows.append([r.name, r.unavailable, "", "", "", "", ""])
    out.append(table(["command", "median", "min", "CPU (median)", "journal events", "per saved event (median ÷ events)",
                      "peak RSS"], rows))
    ours, peer = by_name(interview, "interview new"), by_name(interview, "Python peer")
    if ours and peer:
        ratio = ours.median / peer.median
        targets.append(["whole piped interview ÷ Python peer", f"{ratio:.3f} (1/{1 / ratio:.1f})",
                        cpu_ratio(ours, peer), "≤ 1/5", verdict(ratio, 0.2)])

    out.append("\n## Export of completed cases (`export --all`)\n")
    out.append(throughput_table(export))
    for fmt in ("csv", "json"):
        rows_fmt = [r for r in export if r.ok and r.name.startswith(f"interview export {fmt}")]
        if not rows_fmt:
            targets.append([f"export {fmt}", "not available", "", "≥ 2 000 cases/s, faster than peer, flat memory",
                            "—"])
            continue
        slowest = min(r.count / r.median for r in rows_fmt)
        targets.append([f"export {fmt}: slowest cases/s", f"{slowest:,.0f}".replace(",", " "), "", "≥ 2 000/s",
                        verdict(slowest, 2000, smaller_is_better=False)])
        for r in rows_fmt:
            size_label = r.name.split(", ", 1)[1]
            peer_row = by_name(export, f"Python peer export csv, {size_label}")
            if peer_row:
                ratio = r.median / peer_row.median
                targets.append([f"export {fmt} ÷ Python peer (csv), {size_label}", f"{ratio:.3f}",
                                cpu_ratio(r, peer_row), "< 1", verdict(ratio, 0.999)])
        if len(rows_fmt) >= 2:
            small, large = rows_fmt[0], rows_fmt[-1]
            growth = large.rss_mib / small.rss_mib
            targets.append([f"export {fmt}: peak RSS at {large.count:,} ÷ at {small.count:,} cases".replace(",", " "),
                            f"{growth:.2f}×", "", "flat (≤ 1.25×)", verdict(growth, 1.25)])

    out.append("\n## The study: summary and book of coded cases\n")
    out.append(throughput_table(study))
    for name in ("interview summary json", "interview summary csv (themes)", "interview book html", "interview export qdpx"):
        found = [r for r in study if r.ok and r.name.startswith(name)]
        for r in found:
            size_label = r.name.split(", ", 1)[1]
            peer_row = by_name(study, f"Python peer summary json, {size_label}")
            if peer_row and name.startswith("interview summary"):
                ratio = r.median / peer_row.median
                targets.append([f"{name.removeprefix('interview ')} ÷ Python peer, {size_label}", f"{ratio:.3f}",
                                cpu_ratio(r, peer_row), "< 1", verdict(ratio, 0.999)])
        if len(found) >= 2:
            small, large = found[0], found[-1]
            per_case = (large.median / large.count) / (small.median / small.count)
            targets.append([f"{name}: time per case at {large.count:,} ÷ at {small.count:,}".replace(",", " "),
                            f"{per_case:.2f}×", "", "linear (≤ 1.25×)", verdict(per_case, 1.25)])
            growth = large.rss_mib / small.rss_mib
            targets.append([f"{name}: peak RSS at {large.count:,} ÷ at {small.count:,} cases".replace(",", " "),
                            f"{growth:.2f}×", "", "flat (≤ 1.25×)", verdict(growth, 1.25)])

    out.append("\n## Targets\n")
    out.append(table(["comparison", "wall (medians)", "CPU (medians)", "target", "met (wall)"], targets))
    out.append("\nTargets are judged on median wall time. CPU is user + system time of the child: on a "
               "loaded machine it is steadier than wall time, but it leaves out time spent waiting for the "
               "disk (fsync).")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------


def compile_hello(work):
    swiftc = shutil.which("swiftc")
    if not swiftc:
        return None
    target = work / "hello"
    result = subprocess.run([swiftc, "-O", str(HELLO), "-o", str(target)], capture_output=True, cwd=work)
    return target if result.returncode == 0 else None


def main():
    parser = argparse.ArgumentParser(description="Benchmarks of interview beside Python peers.")
    parser.add_argument("--interview", required=True, help="the interview binary (a release build)")
    parser.add_argument("--out", default=str(HERE / "results.md"), help="where to write the results table")
    parser.add_argument("--full", action="store_true", help="more repetitions (slower, steadier)")
    parser.add_argument("--workdir", help="a folder for the temporary files (default: a new one in $TMPDIR)")
    parser.add_argument("--sizes", default="1000,10000", help="export sizes, comma-separated (default 1000,10000)")
    args = parser.parse_args()

    binary = Path(args.interview).resolve()
    if not os.access(binary, os.X_OK):
        sys.exit(f"bench.py: {binary} is not an executable (build with swift build -c release)")
    mode = "full" if args.full else "quick"
    reps = REPS[mode]
    sizes = [int(size) for size in args.sizes.split(",")]
    reps_by_size = {size: reps["export_small"] if size <= 1000 else reps["export_large"] for size in sizes}
    warmup_by_size = {size: 1 if size <= 1000 else reps["export_large_warmup"] for size in sizes}
    base = Path(args.workdir).resolve() if args.workdir else None
    work = Path(tempfile.mkdtemp(prefix="interview-bench-", dir=base))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    signal.signal(signal.SIGHUP, lambda *_: sys.exit(129))
    load_before = loadavg()
    began = time.perf_counter()
    try:
        runner = Runner(work)
        hello = compile_hello(work)
        start, grid_path = bench_start(runner, work, binary, reps["start"], hello)
        interview, source = bench_interview(runner, work, binary, reps["interview"], grid_path)
        export = bench_export(runner, work, binary, reps_by_size, warmup_by_size, source, sizes)
        study = bench_study(runner, work, binary, reps_by_size, warmup_by_size, source, sizes)
        text = render(binary, mode, work, load_before, start, interview, export, reps, study)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    Path(args.out).write_text(text, encoding="utf-8")
    print(text)
    print(f"({time.perf_counter() - began:.0f} s; written to {args.out})", file=sys.stderr)
    broken = [r for r in start + interview + export + study
              if not r.ok and not (r.unavailable or "").startswith("not available")]
    for r in broken:
        print(f"bench.py: {r.name}: {r.unavailable}", file=sys.stderr)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
