#!/usr/bin/env python3
"""The Python peer of `interview export --all --format csv`, for the benchmarks.

What a research assistant would write to get one CSV row per case: read every
`<responses>/*.jsonl` journal (one JSON document per line), replay its events (the last
event about a question wins), load each case's grid copy `<responses>/.grids/<sha256>.yaml`
once with PyYAML for the column order, and write the table with the csv module.

    python3 export_peer.py --responses DIR --output cases.csv
"""

import argparse
import csv
import glob
import json
import os

import yaml

SPECIAL = {"dont_know": "NSP", "refused": "refus"}


def cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    return str(value)


def replay(path):
    """The header and the last state of every question of one journal."""
    with open(path, encoding="utf-8") as file:
        lines = file.read().splitlines()
    header = json.loads(lines[0])
    answers, status = {}, "in_progress"
    for number, line in enumerate(lines[1:], 2):
        try:
            event = json.loads(line)
        except json.JSONDecodeError:
            if number == len(lines):  # a torn last line is ignored
                break
            raise SystemExit(f"{path}:{number}: not a JSON line")
        kind = event.get("event")
        if kind == "answer":
            answers[event["question"]] = cell(event["value"])
        elif kind == "special":
            answers[event["question"]] = SPECIAL.get(event.get("answer"), event.get("answer", ""))
        elif kind in ("skip", "clear"):
            answers.pop(event["question"], None)
        elif kind == "complete":
            status = "completed"
    return header, answers, status


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", default="responses")
    parser.add_argument("--output", required=True)
    args = parser.parse_args()

    journals = sorted(glob.glob(os.path.join(args.responses, "*.jsonl")))
    grids = {}
    cases = []
    for path in journals:
        header, answers, status = replay(path)
        sha = header["grid_sha256"]
        if sha not in grids:
            with open(os.path.join(args.responses, ".grids", sha + ".yaml"), encoding="utf-8") as file:
                grids[sha] = yaml.safe_load(file)
        cases.append((header, answers, status))

    columns = []
    for grid in grids.values():
        for section in grid["sections"]:
            for question in section["questions"]:
                if question["id"] not in columns:
                    columns.append(question["id"])

    with open(args.output, "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["case", "uuid", "grid", "grid_version", "status", "started"] + columns)
        for header, answers, status in cases:
            writer.writerow([header["case"], header["uuid"], header["grid"], header["grid_version"], status,
                             header["started"]] + [answers.get(column, "") for column in columns])


if __name__ == "__main__":
    main()
