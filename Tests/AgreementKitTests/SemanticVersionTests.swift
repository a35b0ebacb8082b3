import Testing

@testable import AgreementKit

/// The `version:` of a library, clause or outline: `MAJOR.MINOR.PATCH` with an optional pre-release, as semver.org
/// writes it. What is not semver is refused (the loaders report it at the value).
@Suite("Semantic versions")
struct SemanticVersionTests {
    @Test(
        arguments: [
            ("1.2.3", 1, 2, 3, nil), ("0.0.0", 0, 0, 0, nil), ("10.20.300", 10, 20, 300, nil),
            ("1.2.0-rc.1", 1, 2, 0, "rc.1"), ("2.0.0-alpha-2.x", 2, 0, 0, "alpha-2.x"),
            // Build metadata is allowed and not part of the version.
            ("1.2.3+build.7", 1, 2, 3, nil), ("1.2.3-beta+exp.sha.5114f85", 1, 2, 3, "beta"),
        ] as [(String, Int, Int, Int, String?)])
    func readsAVersion(text: String, major: Int, minor: Int, patch: Int, prerelease: String?) throws {
        let version = try #require(SemanticVersion(text))
        #expect(version.major == major && version.minor == minor && version.patch == patch)
        #expect(version.prerelease == prerelease)
        #expect(version.description == text.split(separator: "+").first.map(String.init))
    }

    @Test(arguments: [
        "", "1", "1.2", "1.2.3.4", "01.2.3", "1.02.3", "1.2.03", "1..3", "a.b.c", "1.2.x", "-1.2.3", "1.2.3-",
        "1.2.3-rc..1", "1.2.3-rc.", "1.2.3-rc_1", "1.2.3-ünï", "1.2.٣", "v1.2.3", " 1.2.3",
        "99999999999999999999.0.0",
    ])
    func refusesWhatIsNotSemver(text: String) {
        #expect(SemanticVersion(text) == nil, "\(text)")
    }

    @Test func versionsWithTheSameNumbersAreEqual() {
        #expect(SemanticVersion("1.2.3") == SemanticVersion("1.2.3+other"))
        #expect(SemanticVersion("1.2.3") != SemanticVersion("1.2.3-rc.1"))
        #expect(Set([SemanticVersion("1.0.0"), SemanticVersion("1.0.0")]).count == 1)
    }
}
