#!/usr/bin/env python3
"""Kill soak for `interview`: kill -9 at random moments of interviews typed at a real terminal.

Each run starts `interview new --grid petite.yaml --case c<N>` on a fresh pseudo-terminal
(pty.fork), answers the small grid's prompts one by one, and after a random number k of prompts
has appeared does one random thing at the last one (nothing, types part of the answer, types the
answer and Enter, or that and part of the next answer), waits 0-20 ms and sends SIGKILL.
Sometimes (--startup-share) it kills the program before the first prompt instead.

Then it checks what README.md ("What is saved, and when") and docs/journal-format.md promise:
  * every answer whose NEXT prompt had appeared is in the journal;
  * every complete line of the journal is a JSON object (only a torn tail may follow the last \\n);
  * `interview resume c<N>` with empty stdin exits 0, sets a torn tail aside in
    c<N>.jsonl.torn-* (and says so), and leaves a journal whose every line is JSON ending in \\n;
  * a kill before the header was written leaves no journal, or an empty one that `resume`
    refuses with exit 65 and a message, and that `delete --yes` removes.

The choices come from a seeded generator: the seed is printed, and --seed SEED replays them
(the timing of the kill itself cannot be replayed exactly). Exits 1 when a run breaks a promise;
the folder of the failing cases is kept and printed.

Usage: scripts/kill_soak.py --binary .build/debug/interview [--runs 500] [--seed N]
       (scripts/kill-soak.sh finds or builds the binary and calls this)
"""

import argparse
import json
import os
import pty
import random
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time

GRID = """grid: petite
version: 1
language: fr
title: "Petite grille"
objectives:
  - Vérifier le programme de bout en bout.
sections:
  - id: org
    title: "L'organisme"
    label: Organisme
    questions:
      - id: nom
        text: "Nom de l'organisme?"
        type: text
        required: true
      - id: defis
        text: "Principaux défis?"
        type: list
      - id: financement
        text: "Financement solidaire?"
        type: yesno
      - id: sources
        text: "Si oui, lesquelles?"
        type: text
        when: financement == yes
      - id: statut
        text: "Statut?"
        type: choice
        choices: [Coopérative, OBNL, Entreprise privée]
      - id: employes
        text: "Nombre d'employés?"
        type: integer
        unit: employé·e·s
"""

# (texts awaited in order, the last being the prompt itself; what is typed there)
PROMPTS = [
    (["1. Nom de l'organisme?", "› "], "Coop du Fjord"),
    (["2. Principaux défis?", "  1› "], "Défi A"),
    (["  2› "], "Défi B"),
    (["  3› "], ""),
    (["3. Financement solidaire?", "› "], "oui"),
    (["4. Si oui, lesquelles?", "› "], "Fiducie"),
    (["5. Statut?", "› "], "2"),
    (["6. Nombre d'employés?", "› "], "12"),
]
ACTIONS = ["waiting", "typing part", "enter", "enter and go on"]


class Terminal:
    """The program on a pseudo-terminal, with expect() over its output."""

    def __init__(self, argv, env, cwd):
        pid, fd = pty.fork()
        if pid == 0:  # child: stdin/stdout/stderr are the slave, which is the controlling tty
            try:
                import fcntl
                import termios
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
                for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGPIPE):
                    signal.signal(number, signal.SIG_DFL)
                os.chdir(cwd)
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.buffer = b""
        self.offset = 0
        self.status = None

    def expect(self, text, timeout=10.0):
        needle = text.encode()
        deadline = time.monotonic() + timeout
        while True:
            found = self.buffer.find(needle, self.offset)
            if found >= 0:
                self.offset = found + len(needle)
                return
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"expected {text!r}; got {self.buffer[self.offset:][-400:]!r}")
            ready, _, _ = select.select([self.fd], [], [], min(left, 0.05))
            if ready:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:
                    chunk = b""
                if not chunk:
                    raise EOFError(f"output ended before {text!r}: {self.buffer[self.offset:][-400:]!r}")
                self.buffer += chunk

    def send(self, text):
        os.write(self.fd, text.encode())

    def kill(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        _, status = os.waitpid(self.pid, 0)
        self.status = os.waitstatus_to_exitcode(status)
        os.close(self.fd)
        return self.status


def read_journal(path):
    """(complete lines decoded, numbers of bad lines, tail bytes after the last newline)."""
    with open(path, "rb") as handle:
        data = handle.read()
    lines, bad = [], []
    parts = data.split(b"\n")
    for number, line in enumerate(parts[:-1], start=1):
        try:
            value = json.loads(line)
            if not isinstance(value, dict):
                raise ValueError("not an object")
            lines.append(value)
        except ValueError:
            bad.append(number)
    return data, lines, bad, parts[-1]


def is_torn(tail):
    if not tail:
        return False
    try:
        json.loads(tail)
        return False
    except ValueError:
        return True


def missing_answers(confirmed, events):
    def answers(question):
        return [e for e in events if e.get("event") == "answer" and e.get("question") == question]

    def drafts(question):
        return [e for e in events if e.get("event") == "draft" and e.get("question") == question]

    problems = []
    if confirmed >= 1 and not any(e.get("value") == "Coop du Fjord" for e in answers("nom")):
        problems.append("the answer to nom is missing")
    if confirmed >= 2 and not (any(e.get("items") == ["Défi A"] for e in drafts("defis"))
                               or any((e.get("value") or [None])[0] == "Défi A" for e in answers("defis"))):
        problems.append("the first item of defis is missing")
    if confirmed >= 3 and not (any(e.get("items") == ["Défi A", "Défi B"] for e in drafts("defis"))
                               or any(e.get("value") == ["Défi A", "Défi B"] for e in answers("defis"))):
        problems.append("the second item of defis is missing")
    if confirmed >= 4 and not any(e.get("value") == ["Défi A", "Défi B"] for e in answers("defis")):
        problems.append("the answer to defis is missing")
    if confirmed >= 5 and not any(e.get("value") is True for e in answers("financement")):
        problems.append("the answer to financement is missing")
    if confirmed >= 6 and not any(e.get("value") == "Fiducie" for e in answers("sources")):
        problems.append("the answer to sources is missing")
    if confirmed >= 7 and not any(e.get("value") == "obnl" for e in answers("statut")):
        problems.append("the answer to statut is missing")
    return problems


def run_program(binary, arguments, env, cwd):
    return subprocess.run([binary] + arguments, stdin=subprocess.DEVNULL, capture_output=True,
                          env=env, cwd=cwd, timeout=30)


def trapped(result):
    return result.returncode in (-4, -5, -6, -11, 132, 133, 134, 139) or b"Fatal error" in result.stderr


def soak_once(run, rng, binary, folder, env, stats, startup_share):
    case = f"c{run}"
    responses = env["INTERVIEW_RESPONSES"]
    journal = os.path.join(responses, case + ".jsonl")
    problems = []
    argv = [binary, "new", "--grid", os.path.join(folder, "petite.yaml"), "--case", case]

    if rng.random() < startup_share:
        delay = rng.randint(0, 20)
        label = f"run {run}: kill at start-up after {delay} ms"
        terminal = Terminal(argv, env, folder)
        time.sleep(delay / 1000)
        terminal.kill()
        stats["startup"] += 1
        if not os.path.exists(journal):
            return label, problems
        data, lines, bad, tail = read_journal(journal)
        if not data:
            stats["empty journal"] += 1
            resumed = run_program(binary, ["resume", case], env, folder)
            if resumed.returncode != 65 or trapped(resumed):
                problems.append(f"resume of an empty journal exited {resumed.returncode}: {resumed.stderr!r}")
            deleted = run_program(binary, ["delete", case, "--yes"], env, folder)
            if deleted.returncode != 0:
                problems.append(f"delete of an empty journal exited {deleted.returncode}: {deleted.stderr!r}")
            return label, problems
        confirmed, action = 0, "start-up"
    else:
        appeared = rng.randint(1, len(PROMPTS))
        action = rng.choice(ACTIONS)
        cut = rng.randint(0, 20)
        delay = rng.randint(0, 20)
        label = f"run {run}: {appeared} prompt(s), then {action} (cut {cut}), kill after {delay} ms"
        terminal = Terminal(argv, env, folder)
        try:
            for index in range(appeared):
                for text in PROMPTS[index][0]:
                    terminal.expect(text)
                if index < appeared - 1:
                    terminal.send(PROMPTS[index][1] + "\r")
            last = PROMPTS[appeared - 1][1]
            if action == "typing part":
                terminal.send(last[:max(1, cut % (len(last) + 1))])
            elif action == "enter":
                terminal.send(last + "\r")
            elif action == "enter and go on":
                terminal.send(last + "\r")
                following = PROMPTS[appeared][1] if appeared < len(PROMPTS) else "/revoir"
                terminal.send(following[:max(1, cut % (len(following) + 1))])
            time.sleep(delay / 1000)
        except (TimeoutError, EOFError) as error:
            problems.append(f"the interview did not go as expected: {error}")
        status = terminal.kill()
        completed_possible = appeared == len(PROMPTS) and action in ("enter", "enter and go on")
        if status != -signal.SIGKILL and not (completed_possible and status == 0):
            problems.append(f"exit status {status} instead of SIGKILL")
        confirmed = appeared - 1

    data, lines, bad, tail = read_journal(journal)
    if bad:
        problems.append(f"lines {bad} of the journal are not JSON objects")
    if not lines or lines[0].get("case") != case:
        problems.append("line 1 is not the header of the case")
    for problem in missing_answers(confirmed, lines[1:]):
        problems.append(f"after the kill: {problem}")
    torn = is_torn(tail)
    if torn:
        stats["torn"] += 1

    resumed = run_program(binary, ["resume", case], env, folder)
    if resumed.returncode != 0 or trapped(resumed):
        problems.append(f"resume exited {resumed.returncode}: {resumed.stderr.decode(errors='replace')}")
    torn_files = [name for name in os.listdir(responses) if name.startswith(case + ".jsonl.torn-")]
    if torn:
        if len(torn_files) != 1:
            problems.append(f"the torn tail was not set aside: {torn_files}")
        elif b".torn-" not in resumed.stderr:
            problems.append("resume did not report the torn tail")
        else:
            with open(os.path.join(responses, torn_files[0]), "rb") as handle:
                if handle.read() != tail:
                    problems.append("the torn file does not hold exactly the torn bytes")
    elif torn_files:
        problems.append(f"files set aside although nothing was torn: {torn_files}")
    after, after_lines, after_bad, after_tail = read_journal(journal)
    if after_bad or after_tail:
        problems.append("after resume the journal is not whole JSON lines ending in a newline")
    if not after.startswith(data[:len(data) - len(tail)]):
        problems.append("resume changed the complete lines")
    if after_lines and after_lines[-1].get("event") not in ("pause", "complete"):
        problems.append(f"after resume the last event is {after_lines[-1]}")
    for problem in missing_answers(confirmed, after_lines[1:]):
        problems.append(f"after resume: {problem}")
    return label, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True, help="the built interview executable")
    parser.add_argument("--runs", type=int, default=500)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--startup-share", type=float, default=0.1,
                        help="share of runs killed before the first prompt (default 0.1)")
    options = parser.parse_args()

    binary = os.path.abspath(options.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"kill_soak: {binary} is not an executable; build it first (swift build).")
    seed = options.seed if options.seed is not None else int(time.time() * 1000)
    print(f"kill soak: {options.runs} runs, seed {seed} (replay with --seed {seed})", flush=True)
    rng = random.Random(seed)

    folder = tempfile.mkdtemp(prefix="interview-kill-soak-")
    responses = os.path.join(folder, "responses")
    os.mkdir(responses)
    with open(os.path.join(folder, "petite.yaml"), "w", encoding="utf-8") as handle:
        handle.write(GRID)
    env = {"HOME": folder, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color",
           "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "INTERVIEW_RESPONSES": responses}

    stats = {"torn": 0, "startup": 0, "empty journal": 0}
    failures = 0
    started = time.monotonic()
    for run in range(1, options.runs + 1):
        label, problems = soak_once(run, rng, binary, folder, env, stats, options.startup_share)
        if problems:
            failures += 1
            print(f"FAIL seed {seed}, {label}:", flush=True)
            for problem in problems:
                print(f"    {problem}", flush=True)
        if run % 50 == 0:
            print(f"  {run} runs, {failures} failing, {time.monotonic() - started:.0f} s", flush=True)

    print(f"kill soak: {options.runs} runs in {time.monotonic() - started:.0f} s, {failures} failing; "
          f"{stats['torn']} torn tail(s), {stats['startup']} start-up kill(s), "
          f"{stats['empty journal']} empty journal(s) left by a start-up kill; seed {seed}")
    if failures:
        print(f"kill soak: the cases are kept in {folder}")
        sys.exit(1)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
