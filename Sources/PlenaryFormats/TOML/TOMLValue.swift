// The values a TOML document holds, each with the line and column it was written at,
// so a wrong value in a plan is reported where it is, not where its key's text is found.

/// A calendar date as written in TOML (`2023-12-08`), not tied to a time zone.
public struct TOMLDate: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int
}

/// A time of day as written in TOML (`11:30:00.5`); `nanosecond` holds the fraction.
public struct TOMLTime: Sendable, Hashable {
    public var hour: Int
    public var minute: Int
    public var second: Int
    public var nanosecond: Int
}

/// One TOML value and where it starts in the file.
public struct TOMLValue: Sendable, Hashable {
    /// What the value is; dates and times keep exactly what was written.
    public enum Kind: Sendable, Hashable {
        case string(String)
        case integer(Int64)
        case float(Double)
        case bool(Bool)
        /// A date-time with a UTC offset in minutes (`Z` is 0).
        case offsetDateTime(TOMLDate, TOMLTime, offsetMinutes: Int)
        case localDateTime(TOMLDate, TOMLTime)
        case localDate(TOMLDate)
        case localTime(TOMLTime)
        case array([TOMLValue])
        case table(TOMLTable)
    }

    public var kind: Kind
    public var position: SourcePosition

    public init(_ kind: Kind, at position: SourcePosition) {
        self.kind = kind
        self.position = position
    }

    public var string: String? { if case .string(let s) = kind { s } else { nil } }
    public var integer: Int64? { if case .integer(let n) = kind { n } else { nil } }
    public var bool: Bool? { if case .bool(let b) = kind { b } else { nil } }
    public var array: [TOMLValue]? { if case .array(let a) = kind { a } else { nil } }
    public var table: TOMLTable? { if case .table(let t) = kind { t } else { nil } }

    /// What the value is, in words, for error messages ("a string", "a table").
    public var typeName: String {
        switch kind {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a float"
        case .bool: "a boolean"
        case .offsetDateTime: "a date-time with an offset"
        case .localDateTime: "a local date-time"
        case .localDate: "a date"
        case .localTime: "a time"
        case .array: "an array"
        case .table: "a table"
        }
    }
}

/// A TOML table: its keys in the order written, each with the key's own position.
public struct TOMLTable: Sendable, Hashable {
    /// One `key = value` (or sub-table) of a table.
    public struct Entry: Sendable, Hashable {
        public var key: String
        /// Where the key is written; for a `[table]` or `[[array]]`, where its header is.
        public var keyPosition: SourcePosition
        public var value: TOMLValue
    }

    public private(set) var entries: [Entry] = []
    private var index: [String: Int] = [:]

    public init() {}

    /// Adds an entry; the reader has already refused duplicate keys.
    mutating func append(_ entry: Entry) {
        index[entry.key] = entries.count
        entries.append(entry)
    }

    public var keys: [String] { entries.map(\.key) }

    public subscript(key: String) -> TOMLValue? { index[key].map { entries[$0].value } }

    /// The entry for `key`, with the key's position.
    public func entry(_ key: String) -> Entry? { index[key].map { entries[$0] } }
}

/// Why a text is not a TOML document this reader accepts, and where.
public struct TOMLError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var position: SourcePosition
    public var hint: String

    public init(_ message: String, at position: SourcePosition, hint: String = "") {
        self.message = message
        self.position = position
        self.hint = hint
    }

    public var description: String { "\(position.line):\(position.column): \(message)" }
}
