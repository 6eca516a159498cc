#!/usr/bin/env python3
"""The Python peer of `interview summary --format json`, for the benchmarks.

What a research assistant would write to count a study: read every `<responses>/*.jsonl`
journal, replay its events (the last event about a question wins; the last coding of a
segment by a coder wins), keep the cases whose publication consent is yes, load each grid copy
once with PyYAML, then count: answers per option of every choice, multichoice and yes/no
question, min/median/max of every number question, and for every theme and code of the
codebook the coded segments (mentions) and distinct cases, by section.

    python3 summary_peer.py --responses DIR --output summary.json
"""

import argparse
import glob
import json
import os
import statistics

import yaml

NUMERIC = {"integer", "decimal", "percent", "money", "year"}
CLOSED = {"choice", "multichoice", "yesno"}


def replay(path):
    """The header, the answers and the codings in force of one journal."""
    with open(path, encoding="utf-8") as file:
        lines = file.read().splitlines()
    header = json.loads(lines[0])
    answers, codings = {}, {}
    for number, line in enumerate(lines[1:], 2):
        try:
            event = json.loads(line)
        except json.JSONDecodeError:
            if number == len(lines):
                break
            raise SystemExit(f"{path}:{number}: not a JSON line")
        kind = event.get("event")
        if kind == "answer":
            answers[event["question"]] = event["value"]
        elif kind in ("special", "skip", "clear"):
            answers.pop(event["question"], None)
        elif kind == "code":
            key = (event.get("question"), event["part"], event.get("index"), event["start"], event["end"], event.get("coder"))
            codings[key] = event
    return header, answers, codings


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", default="responses")
    parser.add_argument("--output", required=True)
    args = parser.parse_args()

    grids, counts, numbers, mentions = {}, {}, {}, {}
    cases = excluded = 0
    for path in sorted(glob.glob(os.path.join(args.responses, "*.jsonl"))):
        header, answers, codings = replay(path)
        sha = header["grid_sha256"]
        if sha not in grids:
            with open(os.path.join(args.responses, ".grids", sha + ".yaml"), encoding="utf-8") as file:
                grid = yaml.safe_load(file)
            questions = {q["id"]: (q, s["id"]) for s in grid["sections"] for q in s["questions"]}
            codes = set()
            for theme in grid.get("codebook", []):
                codes.add(theme["id"])
                codes.update(f"{theme['id']}.{code['id']}" for code in theme.get("codes", []))
            grids[sha] = (grid, questions, codes)
        grid, questions, codes = grids[sha]
        publication = (grid.get("consent") or {}).get("publication")
        if publication and answers.get(publication) is not True:
            excluded += 1
            continue
        cases += 1
        for qid, (question, _) in questions.items():
            value = answers.get(qid)
            if question["type"] in CLOSED and value is not None:
                for option in (value if isinstance(value, list) else [value]):
                    key = (qid, str(option).lower())
                    counts[key] = counts.get(key, 0) + 1
            elif question["type"] in NUMERIC and isinstance(value, (int, float)) and not isinstance(value, bool):
                numbers.setdefault(qid, []).append(value)
        segments = {}
        for event in codings.values():
            qid = event.get("question")
            value = answers.get(qid)
            text = value if event["part"] == "answer" and isinstance(value, str) else (
                value[event["index"] - 1] if event["part"] == "item" and isinstance(value, list)
                and 0 < event["index"] <= len(value) else None)
            if text is None or text[event["start"]:event["end"]] != event["text"]:
                continue
            place = (qid, event["part"], event.get("index"), event["start"], event["end"])
            rows = segments.setdefault(place, set())
            for code in event["codes"]:
                if code in codes:
                    rows.add(code)
                    rows.add(code.split(".")[0])
        for (qid, *_), rows in segments.items():
            section = questions[qid][1] if qid in questions else None
            for row in rows:
                entry = mentions.setdefault(row, {"mentions": 0, "cases": set(), "by_section": {}})
                entry["mentions"] += 1
                entry["cases"].add(header["case"])
                by = entry["by_section"].setdefault(section, {"mentions": 0, "cases": set()})
                by["mentions"] += 1
                by["cases"].add(header["case"])

    result = {
        "cases": cases, "excluded": excluded,
        "options": {f"{q}={o}": n for (q, o), n in sorted(counts.items())},
        "numbers": {q: {"n": len(v), "min": min(v), "median": statistics.median(v), "max": max(v)}
                    for q, v in sorted(numbers.items())},
        "themes": {row: {"mentions": e["mentions"], "cases": len(e["cases"]),
                         "by_section": {str(s): {"mentions": b["mentions"], "cases": len(b["cases"])}
                                        for s, b in e["by_section"].items()}}
                   for row, e in sorted(mentions.items())},
    }
    with open(args.output, "w", encoding="utf-8") as file:
        json.dump(result, file, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
