#!/usr/bin/env bash
# Writes Sources/Grid/DefaultGrid+Compiled.swift from grids/territoires-nourriciers.yaml.
# Run it after editing the built-in grid; DefaultGridCompiledTests fails until then.
# (An edited grid still works without it: it is parsed at start-up, only more slowly.)
set -euo pipefail
cd "$(dirname "$0")/.."
REGENERATE_DEFAULT_GRID=1 swift test --filter "DefaultGridCompiledTests/compiledEqualsDecoded"
swift test --filter DefaultGridCompiledTests
