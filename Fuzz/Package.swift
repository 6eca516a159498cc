// swift-tools-version:5.4
// Tools version 5.4 on purpose: from 5.5 on, SwiftPM renames an executable's `main` to
// `<Target>_main` at link time, which a libFuzzer target (whose `main` is libFuzzer's) lacks.
//
// libFuzzer targets for `interview`'s parsers, kept out of the main package so that its
// build never needs sanitizers. Build and run with ./run.sh (see README.md).
import PackageDescription

let package = Package(
    name: "interview-fuzz",
    dependencies: [
        .package(name: "interview", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "FuzzGridLoader",
            dependencies: [.product(name: "Grid", package: "interview")]
        ),
        .executableTarget(
            name: "FuzzJournalReader",
            dependencies: [.product(name: "Grid", package: "interview")]
        ),
        .executableTarget(
            name: "FuzzCondition",
            dependencies: [.product(name: "Grid", package: "interview")]
        ),
        .executableTarget(
            name: "FuzzNumber",
            dependencies: [.product(name: "Grid", package: "interview")]
        ),
    ]
)
