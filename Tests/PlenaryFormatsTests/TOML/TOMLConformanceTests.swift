// The TOML reader against the TOML 1.0 conformance suite (toml-lang/toml-test, in
// `../shared/toml-test` beside the project): every valid file reads to the value its
// JSON gives, every invalid file is refused. The suite is an external reference, so a
// missing suite fails the run rather than passing it silently.
import Foundation
import Testing

@testable import PlenaryFormats

@Suite("TOML 1.0 conformance (toml-test)")
struct TOMLConformanceTests {
    /// The suite's `tests` folder: `$TOML_TEST_SUITE` when set (a worktree away from the
    /// project's usual place), else `../shared/toml-test/tests` from the project root.
    static let suite: URL = {
        if let path = ProcessInfo.processInfo.environment["TOML_TEST_SUITE"] {
            return URL(fileURLWithPath: path).appendingPathComponent("tests")
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/toml-test/tests")
    }()

    /// The TOML 1.0 files of the suite, as its own list names them.
    static func files() throws -> [String] {
        let list = suite.appendingPathComponent("files-toml-1.0.0")
        guard let text = try? String(contentsOf: list, encoding: .utf8) else {
            throw SuiteMissing(path: list.path)
        }
        return text.split(separator: "\n").map(String.init).filter { $0.hasSuffix(".toml") }
    }

    struct SuiteMissing: Error, CustomStringConvertible {
        var path: String
        var description: String { "the TOML conformance suite is missing: no \(path)" }
    }

    /// A value as the suite writes it: tables, arrays, and scalars tagged with their type.
    indirect enum Tagged: Equatable, CustomStringConvertible {
        case table([String: Tagged])
        case array([Tagged])
        case scalar(type: String, value: String)
        /// Floats compare as numbers (`1e+06` is `1000000.0`), NaN equal to NaN.
        case float(Double)

        static func == (a: Tagged, b: Tagged) -> Bool {
            switch (a, b) {
            case (.table(let x), .table(let y)): x == y
            case (.array(let x), .array(let y)): x == y
            case (.scalar(let t, let v), .scalar(let u, let w)): t == u && v == w
            case (.float(let x), .float(let y)): x.isNaN ? y.isNaN : x == y && x.sign == y.sign
            default: false
            }
        }

        var description: String {
            switch self {
            case .table(let t):
                "{" + t.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
            case .array(let a): "[" + a.map(\.description).joined(separator: ", ") + "]"
            case .scalar(let t, let v): "\(t):\(v.debugDescription)"
            case .float(let d): "float:\(d)"
            }
        }
    }

    /// The suite's JSON form of a value.
    static func expected(_ json: Any) -> Tagged? {
        if let array = json as? [Any] {
            let items = array.compactMap(expected)
            return items.count == array.count ? .array(items) : nil
        }
        guard let object = json as? [String: Any] else { return nil }
        if object.count == 2, let type = object["type"] as? String, let value = object["value"] as? String {
            switch type {
            case "float": return Double(value).map(Tagged.float)
            case "integer": return Int64(value).map { .scalar(type: type, value: String($0)) }
            case "datetime", "datetime-local", "date-local", "time-local":
                return .scalar(type: type, value: normalisedDateTime(value))
            default: return .scalar(type: type, value: value)
            }
        }
        var table: [String: Tagged] = [:]
        for (key, value) in object {
            guard let v = expected(value) else { return nil }
            table[key] = v
        }
        return .table(table)
    }

    /// A date-time in one spelling: `T`, `Z`, `+00:00` as `Z`, no trailing zeros in the fraction.
    static func normalisedDateTime(_ text: String) -> String {
        var s = text.uppercased()
        if s.hasSuffix("+00:00") || s.hasSuffix("-00:00") { s = String(s.dropLast(6)) + "Z" }
        guard let dot = s.firstIndex(of: ".") else { return s }
        let digits = s[s.index(after: dot)...].prefix { $0.isNumber }
        let rest = s[digits.endIndex...]
        let fraction = String(digits.prefix(3)).replacingOccurrences(of: "0+$", with: "", options: .regularExpression)
        return String(s[..<dot]) + (fraction.isEmpty ? "" : "." + fraction) + rest
    }

    /// What our reader made of a file, in the suite's form.
    static func ours(_ value: TOMLValue) -> Tagged {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        func date(_ d: TOMLDate) -> String {
            String(repeating: "0", count: max(0, 4 - String(d.year).count)) + "\(d.year)-\(two(d.month))-\(two(d.day))"
        }
        func time(_ t: TOMLTime) -> String {
            "\(two(t.hour)):\(two(t.minute)):\(two(t.second))"
                + (t.nanosecond == 0 ? "" : "." + String(String(t.nanosecond + 1_000_000_000).dropFirst()))
        }
        switch value.kind {
        case .string(let s): return .scalar(type: "string", value: s)
        case .integer(let n): return .scalar(type: "integer", value: String(n))
        case .float(let d): return .float(d)
        case .bool(let b): return .scalar(type: "bool", value: String(b))
        case .offsetDateTime(let d, let t, let minutes):
            let offset =
                minutes == 0
                ? "Z"
                : (minutes < 0 ? "-" : "+") + "\(two(abs(minutes) / 60)):\(two(abs(minutes) % 60))"
            return .scalar(type: "datetime", value: normalisedDateTime(date(d) + "T" + time(t) + offset))
        case .localDateTime(let d, let t):
            return .scalar(type: "datetime-local", value: normalisedDateTime(date(d) + "T" + time(t)))
        case .localDate(let d): return .scalar(type: "date-local", value: date(d))
        case .localTime(let t): return .scalar(type: "time-local", value: normalisedDateTime(time(t)))
        case .array(let a): return .array(a.map(ours))
        case .table(let t): return ours(t)
        }
    }

    static func ours(_ table: TOMLTable) -> Tagged {
        .table(Dictionary(uniqueKeysWithValues: table.entries.map { ($0.key, ours($0.value)) }))
    }

    @Test func everyValidFileReadsToItsExpectedValue() throws {
        let valid = try Self.files().filter { $0.hasPrefix("valid/") }
        var failures: [String] = []
        for name in valid {
            let file = Self.suite.appendingPathComponent(name)
            let json = Self.suite.appendingPathComponent(String(name.dropLast(5)) + ".json")
            let bytes = try [UInt8](Data(contentsOf: file))
            let expected = try #require(
                Self.expected(try JSONSerialization.jsonObject(with: Data(contentsOf: json))),
                "\(name): its JSON is not the suite's form")
            do {
                let got = Self.ours(try TOMLReader.read(utf8: bytes))
                if got != expected { failures.append("\(name): got \(got)\n    expected \(expected)") }
            } catch {
                failures.append("\(name): refused at \(error)")
            }
        }
        #expect(valid.count >= 200, "only \(valid.count) valid files")
        #expect(
            failures.isEmpty, "\(failures.count) of \(valid.count) valid files:\n\(failures.joined(separator: "\n"))")
        print("toml-test: \(valid.count - failures.count) of \(valid.count) valid files read to their expected value")
    }

    @Test func everyInvalidFileIsRefused() throws {
        let invalid = try Self.files().filter { $0.hasPrefix("invalid/") }
        var accepted: [String] = []
        for name in invalid {
            let bytes = try [UInt8](Data(contentsOf: Self.suite.appendingPathComponent(name)))
            if let table = try? TOMLReader.read(utf8: bytes) { accepted.append("\(name): read as \(Self.ours(table))") }
        }
        #expect(invalid.count >= 450, "only \(invalid.count) invalid files")
        #expect(
            accepted.isEmpty,
            "\(accepted.count) of \(invalid.count) invalid files accepted:\n\(accepted.joined(separator: "\n"))")
        print("toml-test: \(invalid.count - accepted.count) of \(invalid.count) invalid files refused")
    }
}
