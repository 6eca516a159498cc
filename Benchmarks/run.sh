#!/usr/bin/env bash
# Runs the benchmarks and writes Benchmarks/results.md (the table is printed too).
#
#   ./Benchmarks/run.sh            quick mode (a few minutes at most)
#   ./Benchmarks/run.sh --full     more repetitions, steadier numbers
#   INTERVIEW=/path/to/interview ./Benchmarks/run.sh    use that binary, build nothing
#
# Other arguments go to bench.py (see python3 Benchmarks/bench.py --help).
set -euo pipefail

cd "$(dirname "$0")/.."

if [[ -z "${INTERVIEW:-}" ]]; then
    swift build -c release --static-swift-stdlib
    INTERVIEW=.build/release/interview
fi
if [[ ! -x "$INTERVIEW" ]]; then
    echo "run.sh: $INTERVIEW is not an executable interview binary." >&2
    exit 66
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/interview-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

python3 Benchmarks/bench.py --interview "$INTERVIEW" --out Benchmarks/results.md --workdir "$work" "$@"
