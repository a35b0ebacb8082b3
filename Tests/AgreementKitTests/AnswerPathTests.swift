import Testing

@testable import AgreementKit

/// `AnswerPath`: its two written forms, parsing each, and refusing what is not a path.
struct AnswerPathTests {
    @Test func printsTheFormOfMessagesAndTheDottedForm() {
        let path = AnswerPath("suppliers").index(0).key("name")
        #expect(path.description == "suppliers[0].name")
        #expect("\(path)" == "suppliers[0].name")
        #expect(path.dotted == "suppliers.0.name")
        #expect(path.dottedSegments == ["suppliers", "0", "name"])
        #expect(path.components == [.key("suppliers"), .index(0), .key("name")])
        #expect(AnswerPath("project_title").description == "project_title")
        #expect(AnswerPath("project_title").dotted == "project_title")
        #expect(AnswerPath("budget").key("amount").description == "budget.amount")
        #expect(AnswerPath("x").index(12).index(3).description == "x[12][3]")
        #expect(AnswerPath("x").index(12).index(3).dotted == "x.12.3")
    }

    @Test func buildsFromItsParts() {
        let record = AnswerPath("suppliers").index(1)
        #expect(record.root == "suppliers")
        #expect(record.rest == [.index(1)])
        #expect(record.key("name") == AnswerPath("suppliers", [.index(1), .key("name")]))
        #expect(record.appending([.key("address"), .key("city")]).description == "suppliers[1].address.city")
        let long = AnswerPath("a").index(2).key("b").index(3)
        #expect(long.prefix(0) == AnswerPath("a"))
        #expect(long.prefix(2).description == "a[2].b")
        #expect(long.prefix(9) == long)
    }

    @Test(arguments: [
        "project_title", "suppliers[0].name", "suppliers[10]", "budget.amount", "a.b.c", "x[0][1]", "räkning[3].namn",
        "public_parties[1].signatory-name",
    ])
    func parsesWhatItPrints(text: String) throws {
        let path = try #require(AnswerPath(parsing: text))
        #expect(path.description == text)
        #expect(AnswerPath(parsing: path.description) == path)
        #expect(AnswerPath(dotted: path.dotted) == path)
    }

    @Test func parsesIntoSteps() {
        #expect(AnswerPath(parsing: "suppliers[0].name")?.components == [.key("suppliers"), .index(0), .key("name")])
        #expect(AnswerPath(parsing: "suppliers[007]") == AnswerPath("suppliers").index(7))
        #expect(AnswerPath(dotted: "suppliers.0.name") == AnswerPath("suppliers").index(0).key("name"))
        #expect(AnswerPath(dotted: "s.name") == AnswerPath("s").key("name"))
        #expect(AnswerPath(segments: ["public_parties", "country"]) == AnswerPath("public_parties").key("country"))
        // A step of the dotted form that is not all ASCII digits is a key.
        #expect(AnswerPath(dotted: "suppliers.-1")?.rest == [.key("-1")])
        #expect(AnswerPath(dotted: "suppliers.+1")?.rest == [.key("+1")])
        #expect(AnswerPath(dotted: "suppliers.1a")?.rest == [.key("1a")])
        #expect(AnswerPath(dotted: "suppliers.٣")?.rest == [.key("٣")])
        // Too large for a record number: a key, as in conditions.
        #expect(AnswerPath(dotted: "l.99999999999999999999")?.rest == [.key("99999999999999999999")])
        #expect(AnswerPath.step(dotted: "0") == .index(0))
        #expect(AnswerPath.step(dotted: "name") == .key("name"))
    }

    @Test(arguments: [
        "", ".", "a.", ".a", "a..b", "[0]", "a[", "a[]", "a[x]", "a[-1]", "a[+1]", "a[0", "a]", "a[0]b", "a[0]]",
        "a[1.5]", "a[99999999999999999999]", "a.b[0].", "a[ 0]",
    ])
    func refusesWhatIsNotAPath(text: String) {
        #expect(AnswerPath(parsing: text) == nil)
    }

    @Test(arguments: ["", ".", "a.", ".a", "a..b", "0", "0.a", "12.name"])
    func refusesWhatIsNotADottedPath(text: String) {
        #expect(AnswerPath(dotted: text) == nil)
    }

    @Test func comparesAndHashesByValue() {
        let written: AnswerPath = "suppliers[0].name"
        #expect(written == AnswerPath("suppliers").index(0).key("name"))
        #expect(written != AnswerPath("suppliers").key("0").key("name"))
        #expect(written != AnswerPath("suppliers").index(1).key("name"))
        let set: Set<AnswerPath> = ["size", "parties[1].yes", "parties[0].fee", "size"]
        #expect(set.count == 3)
        #expect(set.contains(AnswerPath("parties").index(1).key("yes")))
    }
}
