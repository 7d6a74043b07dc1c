import PlenaryFormats
import Testing

/// A value written out compactly, so a case reads as TOML in, text out.
func shown(_ v: TOMLValue) -> String {
    func day(_ d: TOMLDate) -> String { "\(d.year)-\(d.month)-\(d.day)" }
    func time(_ t: TOMLTime) -> String {
        "\(t.hour):\(t.minute):\(t.second)" + (t.nanosecond == 0 ? "" : ".\(t.nanosecond)")
    }
    switch v.kind {
    case .string(let s): return s.debugDescription
    case .integer(let n): return "\(n)"
    case .float(let d): return "\(d)f"
    case .bool(let b): return "\(b)"
    case .offsetDateTime(let d, let t, let off): return "\(day(d))T\(time(t))\(off >= 0 ? "+" : "")\(off)m"
    case .localDateTime(let d, let t): return "\(day(d))T\(time(t))"
    case .localDate(let d): return day(d)
    case .localTime(let t): return time(t)
    case .array(let a): return "[" + a.map(shown).joined(separator: ", ") + "]"
    case .table(let t): return shown(t)
    }
}

func shown(_ t: TOMLTable) -> String {
    "{" + t.entries.map { "\($0.key) = \(shown($0.value))" }.joined(separator: ", ") + "}"
}

@Suite("TOML reader")
struct TOMLReaderTests {
    static let values: [(String, String)] = [
        // Strings, keys and comments
        (#"a = "x\ty\u00E9\U0001F600\"\\""#, #"{a = "x\tyé😀\"\\"}"#),
        ("a = 'C:\\path\\n'  # literal", #"{a = "C:\\path\\n"}"#),
        ("\"quoted key\" = 1\n'lit.key' = 2\nbare-key_9 = 3", "{quoted key = 1, lit.key = 2, bare-key_9 = 3}"),
        ("\"reçu\" = 1", "{reçu = 1}"),
        ("a.b.c = 1\na . \"b\" . d = 2", "{a = {b = {c = 1, d = 2}}}"),
        ("a = \"\"\"\nline1\nline2\"\"\"", #"{a = "line1\nline2"}"#),
        ("a = \"\"\"one \\\n    two\"\"\"", #"{a = "one two"}"#),
        ("a = '''\nraw \\n'''", #"{a = "raw \\n"}"#),
        ("a = \"\"\"x\"\"\"\"\"", #"{a = "x\"\""}"#),
        ("a = \"\"", #"{a = ""}"#),
        // Numbers and booleans
        ("a = [1_000, +5, -17, 0, -0, 0xDEAD_beef, 0o755, 0b1101]", "{a = [1000, 5, -17, 0, 0, 3735928559, 493, 13]}"),
        ("a = [9223372036854775807, -9223372036854775808]", "{a = [9223372036854775807, -9223372036854775808]}"),
        (
            "a = [3.14, -0.01, 5e+22, 1E6, 6.626e-34, 1_0.5, inf, -inf, +inf]",
            "{a = [3.14f, -0.01f, 5e+22f, 1000000.0f, 6.626e-34f, 10.5f, inff, -inff, inff]}"
        ),
        ("t = true\nf = false", "{t = true, f = false}"),
        // Dates and times
        ("a = 1979-05-27T07:32:00Z", "{a = 1979-5-27T7:32:0+0m}"),
        ("a = 1979-05-27T00:32:00.999999-07:00", "{a = 1979-5-27T0:32:0.999999000-420m}"),
        ("a = 1979-05-27 07:32:00+01:00", "{a = 1979-5-27T7:32:0+60m}"),
        ("a = 2024-02-29t10:00:00", "{a = 2024-2-29T10:0:0}"),
        ("a = 1979-05-27\nb = 07:32:00\nc = 00:32:00.5", "{a = 1979-5-27, b = 7:32:0, c = 0:32:0.500000000}"),
        // Arrays and inline tables
        ("a = [\n  1, # one\n  \"two\",\n  [3, [4]],\n]", #"{a = [1, "two", [3, [4]]]}"#),
        ("a = []\nb = [ ]", "{a = [], b = []}"),
        ("a = { x = 1, y.z = 2 , 'w' = [ {} ] }", "{a = {x = 1, y = {z = 2}, w = [{}]}}"),
        ("a = {}", "{a = {}}"),
        // Tables and arrays of tables
        ("top = 0\n[a]\nx = 1\n[a.b]\ny = 2", "{top = 0, a = {x = 1, b = {y = 2}}}"),
        ("[a.b]\nx = 1\n[a]\ny = 2", "{a = {b = {x = 1}, y = 2}}"),
        ("[ a . \"b c\" ]\nx = 1", "{a = {b c = {x = 1}}}"),
        ("[[p]]\nn = 1\n[[p]]\nn = 2\n[[p.q]]\nm = 3", "{p = [{n = 1}, {n = 2, q = [{m = 3}]}]}"),
        (
            "[fruit]\napple.color = \"red\"\n[fruit.apple.texture]\nsmooth = true",
            #"{fruit = {apple = {color = "red", texture = {smooth = true}}}}"#
        ),
        ("# only a comment\n\n   \n", "{}"),
        ("", "{}"),
        ("\u{FEFF}a = 1\r\nb = \"\"\"x\r\ny\"\"\"\r\n", #"{a = 1, b = "x\ny"}"#),
    ]

    @Test(arguments: values) func readsTheValue(_ toml: String, _ expected: String) throws {
        #expect(shown(try TOMLReader.read(toml)) == expected)
    }

    @Test func nanIsAFloat() throws {
        let t = try TOMLReader.read("a = nan\nb = -nan")
        for key in ["a", "b"] {
            guard case .float(let d)? = t[key]?.kind else {
                Issue.record("\(key) is not a float")
                continue
            }
            #expect(d.isNaN)
        }
    }

    @Test func everyKeyAndValueHasItsPosition() throws {
        let t = try TOMLReader.read(
            "title = \"x\"\n\n[[seg]]\n  id   = 'I'\n  when = 2023-12-08 # day\n[[seg]]\n"
                + "id = { a = [1,  2] }")
        #expect(t.entry("title")?.keyPosition == SourcePosition(line: 1, column: 1))
        #expect(t["title"]?.position == SourcePosition(line: 1, column: 9))
        let segs = try #require(t["seg"]?.array)
        #expect(segs.map(\.position) == [SourcePosition(line: 3, column: 1), SourcePosition(line: 6, column: 1)])
        let first = try #require(segs[0].table)
        #expect(first.entry("id")?.keyPosition == SourcePosition(line: 4, column: 3))
        #expect(first["id"]?.position == SourcePosition(line: 4, column: 10))
        #expect(first["when"]?.position == SourcePosition(line: 5, column: 10))
        let inline = try #require(segs[1].table?["id"]?.table)
        #expect(
            inline["a"]?.array?.map(\.position)
                == [SourcePosition(line: 7, column: 13), SourcePosition(line: 7, column: 17)])
    }

    static let errors: [(String, String)] = [
        ("a = 1\na = 2", "2:1"),
        ("[a]\nx = 1\n[a]", "3:1"),
        ("a = {x = 1}\n[a]", "2:1"),
        ("a = {x = 1}\n[a.b]", "2:2"),
        ("a.b = 1\n[a]", "2:1"),
        ("[a.b]\nz = 1\n[a]\nb.c = 1", "4:1"),
        ("a = [1]\n[[a]]", "2:1"),
        ("[a]\n[[a]]", "2:1"),
        ("[[a]]\n[a]", "2:1"),
        ("a = 1\na.b = 2", "2:1"),
        ("a = { b = 1, b = 2 }", "1:14"),
        ("a = \"x", "1:5"),
        ("a = \"x\ny\"", "1:5"),
        (#"a = "\q""#, "1:6"),
        (#"a = "\uD800""#, "1:6"),
        (#"a = "\u12""#, "1:6"),
        ("a = \"x\u{1}\"", "1:7"),
        ("# bell\u{7}", "1:7"),
        ("a = \"\"\"x", "1:5"),
        ("a = '''x''''''", "1:9"),
        ("a = 01", "1:5"),
        ("a = 1__0", "1:5"),
        ("a = 1.", "1:5"),
        ("a = .5", "1:5"),
        ("a = 9223372036854775808", "1:5"),
        ("a = 0x", "1:5"),
        ("a = 1e", "1:5"),
        ("a = 2023-02-29", "1:5"),
        ("a = 2023-12-08T25:00:00", "1:5"),
        ("start = 11:30", "1:9"),
        ("a = 2023-12-08T10:00:00+1", "1:5"),
        ("a = Europe", "1:5"),
        ("a = True", "1:5"),
        ("a = 1 b = 2", "1:7"),
        ("a = [1, 2", "1:5"),
        ("a = [1 2]", "1:8"),
        ("a = [1,,2]", "1:8"),
        ("a = {x = 1,}", "1:12"),
        ("a = {x = 1\n}", "1:5"),
        ("a = {x 1}", "1:8"),
        ("= 1", "1:1"),
        ("a 1", "1:3"),
        ("a =", "1:4"),
        ("a.", "1:3"),
        ("[a", "1:3"),
        ("[[a]", "1:4"),
        ("[]", "1:2"),
        ("a = 1\rb = 2", "1:6"),
        ("\"\"\"k\"\"\" = 1", "1:1"),
        ("ключ = 1", "1:1"),
        ("a = " + String(repeating: "[", count: 100), "1:69"),
        ("x = 1\n\n  [t]\n  y = @", "4:7"),
    ]

    @Test(arguments: errors) func refusesWithThePosition(_ toml: String, _ at: String) {
        #expect {
            try TOMLReader.read(toml)
        } throws: { error in
            guard let e = error as? TOMLError else { return false }
            return "\(e.position.line):\(e.position.column)" == at && !e.message.isEmpty
        }
    }

    @Test func messagesSayWhatIsWrongAndWhereItWasFirst() {
        func message(_ toml: String) -> String {
            do {
                _ = try TOMLReader.read(toml)
                return ""
            } catch { return error.description }
        }
        #expect(message("a = 1\na = 2") == "2:1: ‘a’ is defined twice (first at line 1, column 1)")
        #expect(
            message("[a]\n[a]")
                == "2:1: ‘a’ is already defined; a table is defined only once (first at line 1, column 1)")
        #expect(message("start = 11:30") == "1:9: ‘11:30’ is not a valid date or time")
        #expect(message("tz = Europe/Amsterdam") == "1:6: ‘Europe’ is not a TOML value")
        #expect(message("a = \"x") == "1:5: this string has no closing quote")
    }

    @Test func timesWithoutSecondsGetAHint() {
        #expect {
            try TOMLReader.read("start = 11:30")
        } throws: { error in
            (error as? TOMLError)?.hint.contains("\"11:30\"") == true
        }
    }
}
