// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "interview",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "interview", targets: ["Interview"]),
        .library(name: "Grid", targets: ["Grid"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // The case book's HTML is built with a typed HTML library, never by concatenating strings.
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        // QDPX projects are ZIP archives: read and written with a maintained ZIP library.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CReadline",
            pkgConfig: "readline",
            providers: [.apt(["libreadline-dev"]), .brew(["readline"])]
        ),
        .target(
            name: "Grid",
            dependencies: [.product(name: "Yams", package: "Yams")],
            exclude: ["JSON/README.md"],
            resources: [
                .embedInCode("Resources/territoires-nourriciers.yaml"),
                .embedInCode("Resources/case-record.schema.json"),
            ]
        ),
        .executableTarget(
            name: "Interview",
            dependencies: [
                "Grid",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Writes Sources/Grid/Generated/ (scripts/generate-default-grid.sh); not shipped.
        .executableTarget(name: "GenerateDefaultGrid", dependencies: ["Grid"]),
        .testTarget(
            name: "GridTests",
            dependencies: ["Grid", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "InterviewTests", dependencies: ["Interview", "Grid"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["Interview", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
    ]
)
