#!/usr/bin/env python3
"""The Python peer of `interview new` with piped input, for the benchmarks.

What a research assistant would write in an afternoon to do the same job: load the YAML grid
with PyYAML, walk the questions in order (skipping those whose `when` is false), print each
question, read one line per answer from stdin (list items until an empty line), check the
answer against its type, and append every event to `<responses>/<case>.jsonl` as a JSON line,
fsync'd before the next prompt (list items as drafts, as `interview` does). End of input
pauses (exit 0); an invalid answer stops the run (exit 65).

Not a product: no navigation, commands, locking or recovery. It exists so the benchmark
compares `interview` with the obvious alternative doing the same disk work.

    python3 interview_peer.py --grid grids/territoires-nourriciers.yaml --case c1 --responses DIR < answers.txt
"""

import argparse
import datetime
import hashlib
import json
import os
import re
import sys
import uuid

import yaml

YES = {"oui", "o", "yes", "y"}
NO = {"non", "n", "no"}


def now():
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Journal:
    """Append-only JSON Lines file; every line is fsync'd before returning."""

    def __init__(self, path):
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o600)

    def append(self, record):
        data = (json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
        while data:
            written = os.write(self.fd, data)
            data = data[written:]
        os.fsync(self.fd)

    def close(self):
        os.close(self.fd)


def sync_directory(path):
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


TOKEN = re.compile(r"\s*(==|!=|<=|>=|<|>|\(|\)|\[|\]|,|\"[^\"]*\"|'[^']*'|-?\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_]*)")


def condition_to_python(text, question_ids):
    """Turns a grid `when` into a Python expression over `value(id)` and `answered(id)`."""
    out, position, in_brackets = [], 0, 0
    text = text.strip()
    while position < len(text):
        match = TOKEN.match(text, position)
        if not match:
            raise ValueError(f"cannot read condition {text!r}")
        token = match.group(1)
        position = match.end()
        if token == "[":
            in_brackets += 1
            out.append("(")
        elif token == "]":
            in_brackets -= 1
            out.append(",)")
        elif token in ("and", "or", "not", "in", "answered"):
            out.append(f" {token} ")
        elif token in ("yes", "oui"):
            out.append("True")
        elif token in ("no", "non"):
            out.append("False")
        elif token[0].isalpha() or token[0] == "_":
            if out and out[-1] == "(" and len(out) >= 2 and out[-2] == " answered ":
                out.append(repr(token))
            elif token in question_ids and not in_brackets:
                out.append(f"value({token!r})")
            else:
                out.append(repr(token))
        else:
            out.append(token)
    return "".join(out)


def relevant(condition, answers, question_ids):
    if not condition:
        return True
    expression = condition_to_python(condition, question_ids)
    try:
        return bool(eval(expression, {"__builtins__": {}},
                         {"value": answers.get, "answered": lambda q: answers.get(q) not in (None, [], "")}))
    except TypeError:  # comparing a missing answer with a number
        return False


def parse_number(text, integer):
    cleaned = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    cleaned = re.sub(r"[^0-9,.\-]+$", "", cleaned).replace(",", ".")
    number = float(cleaned)
    if integer:
        if not number.is_integer():
            raise ValueError("not a whole number")
        return int(number)
    return int(number) if number.is_integer() else number


def choice_ids(question):
    ids = []
    for choice in question.get("choices", []):
        if isinstance(choice, dict):
            ids.append((choice["id"], choice.get("label", choice["id"])))
        else:
            ids.append((re.sub(r"[^a-z0-9]+", "_", choice.lower()).strip("_"), choice))
    return ids


def numbers(text):
    return [int(part) for part in re.split(r"[\s,]+", text.strip()) if part]


def parse_answer(question, text, answers):
    """The typed value of one line, or ValueError with what is expected."""
    kind = question["type"]
    if kind == "text":
        return text
    if kind in ("integer", "year", "decimal", "money", "percent"):
        value = parse_number(text, integer=kind in ("integer", "year"))
        if "min" in question and value < question["min"]:
            raise ValueError(f"at least {question['min']}")
        if "max" in question and value > question["max"]:
            raise ValueError(f"at most {question['max']}")
        return value
    if kind == "date":
        return datetime.date.fromisoformat(text.strip()).isoformat()
    if kind == "yesno":
        word = text.strip().lower()
        if word in YES:
            return True
        if word in NO:
            return False
        raise ValueError("oui or non")
    if kind == "choice":
        options = choice_ids(question)
        if text.strip().isdigit() and 1 <= int(text) <= len(options):
            return options[int(text) - 1][0]
        for choice_id, label in options:
            if text.strip().lower() in (choice_id, label.lower()):
                return choice_id
        raise ValueError("a choice number or label")
    if kind == "multichoice":
        options = choice_ids(question)
        picked = numbers(text)
        if not picked or any(not 1 <= n <= len(options) for n in picked):
            raise ValueError("choice numbers")
        return [options[n - 1][0] for n in picked]
    if kind == "rank":
        items = answers.get(question["from"]) or []
        picked = numbers(text)
        if (not picked or len(set(picked)) != len(picked) or len(picked) > question.get("count", len(items))
                or any(not 1 <= n <= len(items) for n in picked)):
            raise ValueError("item numbers, most important first")
        return [items[n - 1] for n in picked]
    if kind == "email":
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", text.strip()):
            raise ValueError("an e-mail address")
        return text.strip()
    if kind == "phone":
        if len(re.sub(r"\D", "", text)) < 7:
            raise ValueError("a phone number")
        return text.strip()
    if kind == "url":
        if not re.fullmatch(r"https?://\S+", text.strip()):
            raise ValueError("a URL")
        return text.strip()
    raise ValueError(f"unknown type {kind}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grid", required=True)
    parser.add_argument("--case", required=True)
    parser.add_argument("--responses", default="responses")
    args = parser.parse_args()

    with open(args.grid, encoding="utf-8") as file:
        text = file.read()
    grid = yaml.safe_load(text)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()

    os.makedirs(os.path.join(args.responses, ".grids"), mode=0o700, exist_ok=True)
    copy = os.path.join(args.responses, ".grids", sha + ".yaml")
    if not os.path.exists(copy):
        with open(copy, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
    journal = Journal(os.path.join(args.responses, args.case + ".jsonl"))
    journal.append({"journal_format": 1, "case": args.case, "uuid": str(uuid.uuid4()), "grid": grid["grid"],
                    "grid_version": grid["version"], "grid_sha256": sha, "language": grid.get("language", "fr"),
                    "program": "interview_peer.py", "started": now()})
    sync_directory(args.responses)

    print(grid["title"])
    for number, objective in enumerate(grid.get("objectives", []), 1):
        print(f"  {number}. {objective}")
    questions = [(section, question) for section in grid["sections"] for question in section["questions"]]
    question_ids = {question["id"] for _, question in questions}
    answers = {}
    line_number = 0

    def read_line():
        nonlocal line_number
        line = sys.stdin.readline()
        if not line:
            return None
        line_number += 1
        return line.rstrip("\n")

    def pause():
        journal.append({"at": now(), "event": "pause"})
        print(f"Entretien en pause. Pour reprendre : interview resume {args.case}", file=sys.stderr)
        journal.close()
        sys.exit(0)

    for number, (section, question) in enumerate(questions, 1):
        if not (relevant(section.get("when"), answers, question_ids)
                and relevant(question.get("when"), answers, question_ids)):
            continue
        print(f"\n{section.get('label', section['title'])} · question {number} sur {len(questions)}"
              f" · {100 * (number - 1) // len(questions)} %")
        print(f"{number}. {question['text']}")
        for probe in question.get("probes", []):
            print(f"   ↳ {probe}")
        if "help" in question:
            print(f"   {question['help']}")
        for index, (choice_id, label) in enumerate(choice_ids(question), 1):
            print(f"   {index}. {label}")
        started = datetime.datetime.now()
        if question["type"] == "list":
            items = []
            while True:
                print(f"  {len(items) + 1}› ", end="", flush=True)
                line = read_line()
                if line is None:
                    pause()
                if not line.strip():
                    break
                items.append(line.strip())
                journal.append({"at": now(), "event": "draft", "question": question["id"], "items": items})
            value = items
        else:
            print("› ", end="", flush=True)
            line = read_line()
            if line is None:
                pause()
            if not line.strip():
                value = None
            else:
                try:
                    value = parse_answer(question, line.strip(), answers)
                except ValueError as error:
                    print(f"line {line_number}: invalid answer to {question['id']}: expected {error}", file=sys.stderr)
                    journal.close()
                    sys.exit(65)
        if value in (None, []):
            journal.append({"at": now(), "event": "skip", "question": question["id"]})
            continue
        answers[question["id"]] = value
        journal.append({"at": now(), "event": "answer", "question": question["id"], "value": value,
                        "seconds": round((datetime.datetime.now() - started).total_seconds(), 3)})
    journal.append({"at": now(), "event": "complete"})
    journal.close()
    print(f"Entretien terminé : {len(answers)} réponses.", file=sys.stderr)


if __name__ == "__main__":
    main()
