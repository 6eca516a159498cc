#!/usr/bin/env bash
# Builds the libFuzzer targets and fuzzes each one for SECONDS (default 60).
#
#   Fuzz/run.sh [SECONDS] [grid|journal|condition|number]...
#
# Each target starts from its seed corpus (Fuzz/corpus/<name>/, kept in git) plus what earlier
# runs found (Fuzz/.build/corpus/<name>/, where new inputs go), with its dictionary
# (Fuzz/dict/<name>.dict). Crashing inputs are written to Fuzz/crashes/<name>/ and the run goes
# on (libFuzzer's fork mode with -ignore_crashes), so one known bug does not hide the next.
# The full log of a target is Fuzz/.build/fuzz-<name>.log.
#
# Exit status: 0 when no new crash was written, 1 when one was, 2 on a usage or build error.
# Environment: FUZZ_NO_BUILD=1 skips the build; SWIFT (default: swift) names the toolchain driver.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
swift="${SWIFT:-swift}"
seconds="${1:-60}"
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(grid journal condition number)

if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "usage: Fuzz/run.sh [SECONDS] [grid|journal|condition|number]..." >&2
    exit 2
fi

# -sanitize=fuzzer links libFuzzer (which brings main) and instruments the Swift code;
# -parse-as-library keeps the single source file of each target from being a main file;
# -Xcc -fsanitize=fuzzer-no-link,address instruments Yams' C YAML parser too (coverage + ASan).
build_flags=(-c debug --package-path "$here"
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
    -Xcc -fsanitize=fuzzer-no-link,address)

if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
    # SwiftPM keeps the old file list of the main package here when files are added to it or
    # removed from it (the build then fails with "cannot find type … in scope"): start the
    # build description afresh whenever that list changed. The found corpus is kept.
    stamp="$here/.build/sources.list"
    sources="$(cd "$here/.." && find Sources -name '*.swift' | sort)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$sources" ]; then
        rm -rf "$here/.build/build.db" "$here/.build/debug.yaml" "$here/.build/debug" "$here"/.build/*-unknown-linux-gnu
        mkdir -p "$here/.build" && printf '%s' "$sources" >"$stamp"
    fi
    echo "Building the fuzz targets (debug, fuzzer + address sanitizers)…" >&2
    # (gold warns about every ASan helper symbol it cannot export: noise, filtered out.)
    "$swift" build "${build_flags[@]}" 2>&1 | grep -v "Cannot export local symbol" >&2
    if [ "${PIPESTATUS[0]}" -ne 0 ]; then
        echo "Fuzz/run.sh: the build failed" >&2
        exit 2
    fi
fi
bin="$("$swift" build "${build_flags[@]}" --show-bin-path)" || exit 2

# Swift's own crash handler would print a slow backtrace before libFuzzer sees the signal.
export SWIFT_BACKTRACE=enable=no
# Swift runtime allocations that live for the whole process are not leaks.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"

status=0
for name in "${targets[@]}"; do
    case "$name" in
        grid) executable="FuzzGridLoader" ;;
        journal) executable="FuzzJournalReader" ;;
        condition) executable="FuzzCondition" ;;
        number) executable="FuzzNumber" ;;
        *) echo "Fuzz/run.sh: unknown target '$name' (grid, journal, condition or number)" >&2; exit 2 ;;
    esac
    work="$here/.build/corpus/$name"
    crashes="$here/crashes/$name"
    log="$here/.build/fuzz-$name.log"
    mkdir -p "$work" "$crashes"
    before="$(find "$crashes" -type f | wc -l)"
    echo "Fuzzing $executable for ${seconds}s (log: ${log#"$here"/})…" >&2
    (cd "$here" && "$bin/$executable" "$work" "corpus/$name" \
        -dict="dict/$name.dict" \
        -max_total_time="$seconds" \
        -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="$crashes/" \
        -print_final_stats=1) >"$log" 2>&1
    after="$(find "$crashes" -type f | wc -l)"
    # The last progress line of fork mode: "#RUNS: cov: C ft: F corp: N exec/s: E oom/timeout/crash: …".
    stats="$(grep -E '^#[0-9]+: cov:' "$log" | tail -1)"
    runs="$(sed -E 's/^#([0-9]+):.*/\1/' <<<"$stats")"
    rate="$(sed -E 's/.*exec\/s: ([0-9]+).*/\1/' <<<"$stats")"
    cov="$(sed -E 's/.*cov: ([0-9]+).*/\1/' <<<"$stats")"
    problems="$(sed -E 's/.*oom\/timeout\/crash: ([0-9\/]+).*/\1/' <<<"$stats")"
    average="?"
    [ -n "$runs" ] && average=$((runs / seconds))
    echo "$executable: ${runs:-?} runs in ${seconds}s (${average} exec/s on average, ${rate:-?} in the last job), coverage ${cov:-?}, oom/timeout/crash ${problems:-?}, $((after - before)) new file(s) in crashes/$name/"
    if [ "$after" -gt "$before" ]; then
        status=1
        grep -E "Fatal error|ERROR: (libFuzzer|AddressSanitizer)" "$log" | sort | uniq -c | sort -rn | head -10
    fi
done
exit "$status"
