// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "opi-agreement",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "AgreementKit", targets: ["AgreementKit"]),
        .executable(name: "opi-agreement", targets: ["opi-agreement"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib, for writing ZIP packages (deflate and CRC-32).
        .systemLibrary(
            name: "CDeflate",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "AgreementKit",
            dependencies: [
                "CLibXML2", "CDeflate",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Resources"],
            plugins: ["EmbedClauseLibrary"]
        ),
        .executableTarget(
            name: "opi-agreement",
            dependencies: [
                "AgreementKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "opi-embed-library"),
        .plugin(
            name: "EmbedClauseLibrary",
            capability: .buildTool(),
            dependencies: ["opi-embed-library"]
        ),
        // Helpers every test target shares: the repository and the readers, the built binary, packages, samples.
        .target(
            name: "TestSupport",
            dependencies: ["AgreementKit", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/TestSupport"
        ),
        // Unit tests: the library, with @testable access.
        .testTarget(
            name: "AgreementKitTests",
            dependencies: [
                "AgreementKit", "TestSupport", "CLibXML2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Golden", "Fixtures"]
        ),
        // End-to-end tests: the built binary, run as users run it, without @testable.
        .testTarget(name: "EndToEndTests", dependencies: ["AgreementKit", "TestSupport", "opi-agreement"]),
        // Real readers: LibreOffice and pandoc open what the writers produce.
        .testTarget(name: "ReaderTests", dependencies: ["AgreementKit", "TestSupport"], exclude: ["Scripts"]),
    ]
)
