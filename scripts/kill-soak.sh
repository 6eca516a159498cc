#!/usr/bin/env bash
# Kill soak: kill -9 `interview` at random moments of interviews typed at a real terminal,
# hundreds of times, and check after each kill that every answer whose next prompt had
# appeared is in the journal, that the journal reads (only a torn tail may follow the last
# newline), and that `interview resume` repairs and pauses the case (exit 0).
#
# The longer local counterpart of Tests/EndToEndTests/CrashSafetyTests.swift (24 runs); the
# work is done by scripts/kill_soak.py (Python 3, pty.fork), whose header lists every check.
#
#   scripts/kill-soak.sh                      # 500 runs with .build/debug/interview
#   scripts/kill-soak.sh --runs 2000 --seed 42
#   INTERVIEW_BIN=.build/release/interview scripts/kill-soak.sh
#
# Builds the debug binary first when INTERVIEW_BIN is not given and it is missing. Prints the
# seed; exits 1 when a run breaks a promise, keeping that run's folder.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
binary="${INTERVIEW_BIN:-$root/.build/debug/interview}"

if [ ! -x "$binary" ]; then
    if [ -n "${INTERVIEW_BIN:-}" ]; then
        echo "kill-soak: INTERVIEW_BIN=$binary is not an executable." >&2
        exit 1
    fi
    echo "kill-soak: building $binary" >&2
    (cd "$root" && swift build --product interview)
fi

if ! command -v python3 >/dev/null 2>&1; then
    echo "kill-soak: python3 is needed; install it (apt-get install python3)." >&2
    exit 1
fi

exec python3 "$root/scripts/kill_soak.py" --binary "$binary" "$@"
