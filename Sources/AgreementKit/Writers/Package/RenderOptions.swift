/// Settings that are not part of the agreement but affect the written bytes.
public struct RenderOptions: Sendable, Equatable {
    /// The timestamp stored in ZIP entries and document properties, in seconds since 1970-01-01T00:00:00Z.
    public var timestamp: Int64
    /// The generator name stored in document properties.
    public var generator: String

    /// Creates options.
    public init(timestamp: Int64, generator: String = "opi-agreement") {
        self.timestamp = timestamp
        self.generator = generator
    }

    /// The timestamp for a model: `SOURCE_DATE_EPOCH` when given, else the agreement date at 00:00 UTC, else
    /// 1980-01-01 (the earliest ZIP date). The same inputs always give the same bytes.
    public static func reproducible(for agreement: Agreement, environment: [String: String]) -> RenderOptions {
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap({ Int64($0) }), epoch >= 315_532_800 {
            return RenderOptions(timestamp: epoch)
        }
        if let date = agreement.metadata.date, date.year >= 1980 {
            return RenderOptions(timestamp: date.secondsSinceEpoch)
        }
        return RenderOptions(timestamp: 315_532_800)
    }

    /// The timestamp as `YYYY-MM-DDTHH:MM:SSZ`.
    var iso8601: String {
        let days = timestamp >= 0 ? timestamp / 86400 : (timestamp - 86399) / 86400
        let seconds = timestamp - days * 86400
        // Civil from days, after Howard Hinnant's algorithm.
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func pad(_ n: Int64, _ w: Int = 2) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return
            "\(pad(y, 4))-\(pad(m))-\(pad(d))T\(pad(seconds / 3600)):\(pad(seconds % 3600 / 60)):\(pad(seconds % 60))Z"
    }
}
