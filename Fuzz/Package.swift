// swift-tools-version:5.4
// The libFuzzer targets (see `scripts/fuzz`, which builds them). Tools version 5.4 on purpose: a package of tools
// version 6 renames an executable's `main`, which breaks the link with libFuzzer's own `main`. Each target is built
// with `-parse-as-library` and uses only the public API of AgreementKit.
//
// Only these targets are compiled and linked with `-sanitize=fuzzer`: the project's build-tool plugin runs an
// executable (`opi-embed-library`) that would get libFuzzer's `main` too and fail to link. The rest of the build
// gets the same coverage instrumentation from `scripts/fuzz`'s `-sanitize=address -sanitize-coverage=…`.
import PackageDescription

let fuzzTargets = ["FuzzClauseParser", "FuzzConditionParser", "FuzzAnswers", "FuzzBatchConfig", "FuzzModelRender"]

let package = Package(
    name: "opi-agreement-fuzz",
    dependencies: [.package(name: "opi-agreement", path: "..")],
    targets: fuzzTargets.map { name in
        .executableTarget(
            name: name,
            dependencies: [.product(name: "AgreementKit", package: "opi-agreement")],
            path: "Sources/\(name)",
            swiftSettings: [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer,address"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        )
    }
)
