import Foundation

/// The budget figures the engine computes from the answers, never typed: the value of each contribution given as
/// hours × rate, the totals per party and overall (one per currency: different currencies are never added), and each
/// party's share of the co-financing or grant. It also finds the amounts that do not add up, each located at the
/// answers involved; the assembler makes them errors in a final agreement and warnings in a draft.
///
/// The answers it reads (see docs/answers-format.md): `contributions` (records with `party`, `kind`, `description`,
/// `hours`, `rate`, `value`), `funding_shares` (records with `party`, `amount`), `funding_model`, `cofinancing_amount`,
/// `cofinancing_share`, `grant_amount` and `project_budget`. The answers it computes are the questions marked
/// `computed: true` in the questionnaire: `contribution_totals` and `budget_totals`.
public struct BudgetFigures: Sendable {
    /// The ids of the questions whose answers the engine computes.
    public static let computedQuestions: Set<String> = ["contribution_totals", "budget_totals"]

    /// One amount that does not add up.
    public struct Problem: Sendable, Equatable {
        /// What is wrong, naming the answers involved.
        public var message: Message
        /// The answer the problem is located at.
        public var location: SourceLocation?
        /// Whether it is a warning even in a final agreement (a contribution naming no party: its amount still counts,
        /// under the name written).
        public var isWarning = false
    }

    /// A list answer whose records are parties, and their role.
    public struct PartyList: Sendable, Equatable {
        /// The id of the list question.
        public var list: String
        /// The role of the parties in it.
        public var role: PartyRole

        /// Creates a party list.
        public init(list: String, role: PartyRole) {
            self.list = list
            self.role = role
        }
    }

    /// The computed answers, and `contributions` with each value that hours × rate gives filled in and each party
    /// named by its short name where it has one.
    public private(set) var values: [String: AnswerValue] = [:]
    /// The amounts that do not add up, in the order of the answers.
    public private(set) var problems: [Problem] = []

    private struct Party {
        var name: String
        /// The short name the parties block defines ("Regionen"), if any.
        var shortName: String?
        /// The role; nil for a name that no party has.
        var role: PartyRole?
        /// How the annexes name the party: by its short name once the parties block has defined one.
        var shown: String { shortName ?? name }
    }

    /// Computes the figures of `answers`; `parties` are the outline's party lists in order.
    public init(answers: Answers, parties: [PartyList]) {
        var known: [Party] = []
        var byName: [String: Int] = [:]
        for source in parties {
            guard case .list(let records)? = answers[source.list] else { continue }
            for record in records {
                guard case .text(let name)? = record["name"] else { continue }
                let index = known.count
                var short: String?
                if case .text(let text)? = record["short_name"], !text.isEmpty { short = text }
                known.append(Party(name: name, shortName: short, role: source.role))
                if byName[name] == nil { byName[name] = index }
                if let short, byName[short] == nil { byName[short] = index }
            }
        }
        let parties = known.map(\.name)
        func party(_ record: AnswerRecord, list: String) -> Int? {
            guard case .text(let name)? = record["party"] else { return nil }
            if let index = byName[name] { return index }
            problems.append(
                Problem(
                    message: Message(
                        .budgetNotAParty,
                        texts: ["name": name, "list": list, "parties": parties.joined(separator: ", ")]),
                    location: record.locations["party"] ?? answers.locations[list], isWarning: true))
            byName[name] = known.count
            known.append(Party(name: name, role: nil))
            return known.count - 1
        }

        // Each contribution's value: as typed, or hours × rate; both given, they must agree.
        var totals: [Int: [Amount]] = [:]
        func add(_ amount: Amount, to totals: inout [Amount]) {
            if let i = totals.firstIndex(where: { $0.currency == amount.currency }) {
                totals[i].minorUnits += amount.minorUnits
            } else {
                totals.append(amount)
            }
        }
        if case .list(var records)? = answers["contributions"] {
            for (i, record) in records.enumerated() {
                let owner = party(record, list: "contributions")
                // A party is named as the annexes name it, whether the answer gave its name or its short name.
                if let owner, known[owner].role != nil { records[i].values["party"] = .text(known[owner].shown) }
                var product: Amount?
                if case .integer(let hours)? = record["hours"], case .amount(let rate)? = record["rate"] {
                    let (units, overflow) = rate.minorUnits.multipliedReportingOverflow(by: Int64(hours))
                    if !overflow { product = Amount(minorUnits: units, currency: rate.currency) }
                }
                var value: Amount?
                if case .amount(let typed)? = record["value"] {
                    value = typed
                    if let product, product != typed {
                        problems.append(
                            Problem(
                                message: Message(
                                    .budgetHoursTimesRate,
                                    texts: ["index": "\(i)", "product": Self.text(product), "value": Self.text(typed)]),
                                location: record.locations["value"]))
                    }
                } else if let product {
                    value = product
                    records[i].values["value"] = .amount(product)
                } else {
                    problems.append(
                        Problem(
                            message: Message(.budgetNoValue, texts: ["index": "\(i)"]),
                            location: record.locations["party"] ?? answers.locations["contributions"]))
                }
                if let owner, let value { add(value, to: &totals[owner, default: []]) }
            }
            values["contributions"] = .list(records)
        }

        // Each party's share of the co-financing or grant.
        let model: String? = {
            if case .choice(let m)? = answers["funding_model"] { return m }
            return nil
        }()
        var funding: [Int: [Amount]] = [:]
        var fundingTotal: [Amount] = []
        if model == "co_financing" || model == "grant", case .list(let records)? = answers["funding_shares"] {
            for record in records {
                guard let owner = party(record, list: "funding_shares"), case .amount(let amount)? = record["amount"]
                else { continue }
                if model == "co_financing", let role = known[owner].role, role != .supplier {
                    problems.append(
                        Problem(
                            message: Message(.budgetNotASupplier, texts: ["name": known[owner].name]),
                            location: record.locations["party"]))
                }
                add(amount, to: &funding[owner, default: []])
                add(amount, to: &fundingTotal)
            }
        }
        let capPercent: Int64? = {
            if model == "co_financing", case .integer(let share)? = answers["cofinancing_share"] { return Int64(share) }
            return nil
        }()
        var partyTotals: [AnswerRecord] = []
        for index in known.indices {
            var amounts = totals[index] ?? []
            for share in funding[index] ?? [] where !amounts.contains(where: { $0.currency == share.currency }) {
                amounts.append(Amount(minorUnits: 0, currency: share.currency))
            }
            for total in amounts {
                var record = AnswerRecord(values: [
                    "party": .text(known[index].shown), "party_name": .text(known[index].name),
                    "currency": .text(total.currency), "total": .amount(total),
                ])
                if let share = funding[index]?.first(where: { $0.currency == total.currency }) {
                    record.values["funding"] = .amount(share)
                    let location = answers.locations["funding_shares"]
                    // Without any contributions yet there is nothing to set a share against.
                    if answers["contributions"] == nil {
                        partyTotals.append(record)
                        continue
                    }
                    if total.minorUnits <= 0 {
                        problems.append(
                            Problem(
                                message: Message(
                                    .budgetShareWithoutCosts,
                                    texts: [
                                        "name": known[index].name, "share": Self.text(share),
                                        "currency": "\(share.currency)",
                                    ]),
                                location: location))
                        partyTotals.append(record)
                        continue
                    }
                    let percent = Self.percent(share.minorUnits, of: total.minorUnits)
                    record.values["funding_share"] = .integer(Int(percent))
                    if share.minorUnits > total.minorUnits {
                        problems.append(
                            Problem(
                                message: Message(
                                    .budgetShareAboveCosts,
                                    texts: [
                                        "name": known[index].name, "share": Self.text(share),
                                        "total": Self.text(total), "percent": "\(percent)",
                                    ]),
                                location: location))
                    } else if let cap = capPercent, share.minorUnits * 100 > cap * total.minorUnits {
                        problems.append(
                            Problem(
                                message: Message(
                                    .budgetShareAboveCap,
                                    texts: [
                                        "name": known[index].name, "share": Self.text(share),
                                        "total": Self.text(total), "percent": "\(percent)", "cap": "\(cap)",
                                    ]),
                                location: location))
                    }
                }
                partyTotals.append(record)
            }
        }
        values["contribution_totals"] = .list(partyTotals)

        // The cap: the co-financing or grant in total, in the cap's currency only.
        let capQuestion = model == "co_financing" ? "cofinancing_amount" : model == "grant" ? "grant_amount" : nil
        if let capQuestion, case .amount(let cap)? = answers[capQuestion] {
            for sum in fundingTotal {
                if sum.currency != cap.currency {
                    problems.append(
                        Problem(
                            message: Message(
                                .budgetOtherCurrency,
                                texts: ["sum": Self.text(sum), "question": capQuestion, "cap": Self.text(cap)]),
                            location: answers.locations["funding_shares"]))
                } else if sum.minorUnits > cap.minorUnits {
                    problems.append(
                        Problem(
                            message: Message(
                                .budgetAboveCap,
                                texts: ["sum": Self.text(sum), "question": capQuestion, "cap": Self.text(cap)]),
                            location: answers.locations[capQuestion]))
                }
            }
        }

        // The overall totals, one per currency.
        var overall: [Amount] = []
        for index in known.indices { for total in totals[index] ?? [] { add(total, to: &overall) } }
        values["budget_totals"] = .list(
            overall.map { total in
                var record = AnswerRecord(values: ["currency": .text(total.currency), "total": .amount(total)])
                // With any funding, every currency's row has its funding, 0 when none is in that currency.
                if !fundingTotal.isEmpty {
                    let share =
                        fundingTotal.first { $0.currency == total.currency }
                        ?? Amount(minorUnits: 0, currency: total.currency)
                    record.values["funding"] = .amount(share)
                    if total.minorUnits > 0 {
                        record.values["funding_share"] = .integer(
                            Int(Self.percent(share.minorUnits, of: total.minorUnits)))
                    }
                }
                return record
            })

        // A typed total must be the computed one.
        if case .amount(let typed)? = answers["project_budget"], !overall.isEmpty {
            let computed = overall.first { $0.currency == typed.currency }
            if overall.count > 1 || computed != typed {
                problems.append(
                    Problem(
                        message: Message(
                            .budgetDiffers,
                            texts: [
                                "typed": Self.text(typed), "totals": overall.map(Self.text).joined(separator: "; "),
                            ]),
                        location: answers.locations["project_budget"]))
            }
        }
    }

    /// `part` as a whole percentage of `whole`, rounded half up.
    static func percent(_ part: Int64, of whole: Int64) -> Int64 {
        (part * 200 + whole) / (2 * whole)
    }

    /// An amount as messages show it, as an answers file may write it: "1800000 SEK", "12.50 EUR".
    static func text(_ amount: Amount) -> String {
        let units = amount.minorUnits / 100
        let cents = abs(amount.minorUnits % 100)
        return cents == 0
            ? "\(units) \(amount.currency)" : "\(units).\(cents < 10 ? "0" : "")\(cents) \(amount.currency)"
    }
}
