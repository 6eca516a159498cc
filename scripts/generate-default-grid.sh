#!/usr/bin/env bash
# Writes Sources/Grid/Generated/DefaultGrid+Compiled.swift from grids/territoires-nourriciers.yaml.
# Run it after editing the built-in grid; DefaultGridCompiledTests fails until then.
# (An edited grid still works without it: it is parsed at start-up, only more slowly.)
#
# The GenerateDefaultGrid tool (Sources/GenerateDefaultGrid, not shipped) is built with
# GENERATING_DEFAULT_GRID, which leaves the generated file out of Grid (see
# Sources/Grid/DefaultGrid+NotCompiled.swift), so it works even when that file is out of date or
# no longer compiles; it is built in a folder of its own so the usual .build is not rebuilt.
set -euo pipefail
cd "$(dirname "$0")/.."
output=Sources/Grid/Generated/DefaultGrid+Compiled.swift
swift build --scratch-path .build/generate-default-grid -Xswiftc -DGENERATING_DEFAULT_GRID --product GenerateDefaultGrid
.build/generate-default-grid/debug/GenerateDefaultGrid "$output"
swift build --build-tests
swift test --skip-build --filter DefaultGridCompiledTests
