/// Settings that are not part of the agreement but affect the written bytes.
public struct RenderOptions: Sendable, Equatable {
    /// The timestamp stored in ZIP entries and document properties, in seconds since 1970-01-01T00:00:00Z (moved
    /// into `recordableTimestamps` when it lies outside).
    public var timestamp: Int64
    /// The generator name stored in document properties.
    public var generator: String

    /// Creates options.
    public init(timestamp: Int64, generator: String = "opi-agreement") {
        self.timestamp = timestamp
        self.generator = generator
    }

    /// The times a document records, in seconds since 1970-01-01T00:00:00Z: from 1980-01-01T00:00:00Z to
    /// 2107-12-31T23:59:59Z, the times the DOS date and time of a ZIP entry can hold (in steps of two seconds). The
    /// one place that decides the range: `SOURCE_DATE_EPOCH` outside it is refused (`sourceDateEpoch(in:)`), an
    /// agreement date outside it is moved to its nearer end, and the writers record any other timestamp moved
    /// there too (`recordedTimestamp`), in the ZIP entries and the document properties alike, so every date a
    /// document holds is a valid `xsd:dateTime` with a four-digit year.
    public static let recordableTimestamps: ClosedRange<Int64> = 315_532_800...4_354_819_199

    /// The environment variable giving the timestamp (https://reproducible-builds.org/specs/source-date-epoch/).
    public static let sourceDateEpochVariable = "SOURCE_DATE_EPOCH"

    /// The timestamp `SOURCE_DATE_EPOCH` gives: nil when it is not set or empty. Throws when it is not a whole
    /// number of seconds within `recordableTimestamps` (a time a document cannot record, such as milliseconds
    /// given for seconds), so the command stops before anything is written instead of dating the documents
    /// otherwise than asked.
    public static func sourceDateEpoch(in environment: [String: String]) throws(DiagnosticError) -> Int64? {
        guard let text = environment[sourceDateEpochVariable], !text.isEmpty else { return nil }
        guard let epoch = Int64(text), recordableTimestamps.contains(epoch) else {
            let first = recordableTimestamps.lowerBound
            let last = recordableTimestamps.upperBound
            throw DiagnosticError(
                Message(
                    .buildBadSourceDateEpoch,
                    texts: [
                        "variable": sourceDateEpochVariable, "value": text, "first": String(first),
                        "first-date": iso8601(first), "last": String(last), "last-date": iso8601(last),
                    ]))
        }
        return epoch
    }

    /// The timestamp for a model: `SOURCE_DATE_EPOCH` when given, else the agreement date at 00:00 UTC (moved into
    /// `recordableTimestamps`: a date before 1980 is 1980-01-01, one after 2107 is the range's last second), else
    /// 1980-01-01 (the earliest ZIP date). The same inputs always give the same bytes. Throws when
    /// `SOURCE_DATE_EPOCH` is set to something else than a time in `recordableTimestamps` (`sourceDateEpoch(in:)`).
    public static func reproducible(
        for agreement: Agreement, environment: [String: String]
    ) throws(DiagnosticError) -> RenderOptions {
        reproducible(for: agreement, sourceDateEpoch: try sourceDateEpoch(in: environment))
    }

    /// The timestamp for a model: `sourceDateEpoch` (a time in `recordableTimestamps`) when given, else the
    /// agreement date, as `reproducible(for:environment:)` chooses.
    static func reproducible(for agreement: Agreement, sourceDateEpoch: Int64?) -> RenderOptions {
        if let sourceDateEpoch { return RenderOptions(timestamp: sourceDateEpoch) }
        if let date = agreement.metadata.date {
            return RenderOptions(timestamp: recordable(date.secondsSinceEpoch))
        }
        return RenderOptions(timestamp: recordableTimestamps.lowerBound)
    }

    /// `timestamp` moved into `recordableTimestamps`: an earlier time is its first second, a later one its last.
    static func recordable(_ timestamp: Int64) -> Int64 {
        min(max(timestamp, recordableTimestamps.lowerBound), recordableTimestamps.upperBound)
    }

    /// The timestamp the writers record, in the ZIP entries and the document properties: `timestamp` moved into
    /// `recordableTimestamps`.
    var recordedTimestamp: Int64 { Self.recordable(timestamp) }

    /// The recorded timestamp as `YYYY-MM-DDTHH:MM:SSZ`, as the document properties, comments and changes hold it.
    var iso8601: String { Self.iso8601(recordedTimestamp) }

    /// A timestamp as `YYYY-MM-DDTHH:MM:SSZ` (any year from 0 to 9999; the days round down, not toward zero).
    static func iso8601(_ timestamp: Int64) -> String {
        let (days, seconds) = civilDaysAndSeconds(timestamp)
        let (y, m, d) = civil(days: days)
        func pad(_ n: Int64, _ w: Int = 2) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return
            "\(pad(y, 4))-\(pad(m))-\(pad(d))T\(pad(seconds / 3600)):\(pad(seconds % 3600 / 60)):\(pad(seconds % 60))Z"
    }

    /// The days since 1970-01-01 of a timestamp (rounded down) and the seconds into that day.
    static func civilDaysAndSeconds(_ timestamp: Int64) -> (days: Int64, seconds: Int64) {
        let days = timestamp >= 0 ? timestamp / 86400 : (timestamp - 86399) / 86400
        return (days, timestamp - days * 86400)
    }

    /// The year, month (1–12) and day of the month of a number of days since 1970-01-01, after Howard Hinnant's
    /// civil-from-days algorithm.
    static func civil(days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
