// ARCHITECTURE.md names a test for each invariant; a renamed or deleted test would
// leave the page claiming a guard that no longer exists. This reads the page's
// invariants and the test sources and checks that each named test is still there.
import Foundation
import Testing

@Suite("ARCHITECTURE.md")
struct ArchitectureDocTests {
    static let tests = root.appendingPathComponent("Tests")

    /// Every Swift source under Tests/, by path.
    static func testSources() throws -> [String: String] {
        var out: [String: String] = [:]
        let walker = FileManager.default.enumerator(atPath: tests.path)
        while let path = walker?.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            out[path] = try String(contentsOf: tests.appendingPathComponent(path), encoding: .utf8)
        }
        return out
    }

    /// `Suite.test` and `.test` (the suite named just before) in the invariants' test
    /// lines, as (suite, test or nil).
    static func namedTests(in page: String) -> [(suite: String, test: String?)] {
        guard let start = page.range(of: "## Invariants") else { return [] }
        var out: [(String, String?)] = []
        var last: String?
        for line in page[start.upperBound...].split(separator: "\n") {
            for piece in line.split(separator: "`").enumerated() where piece.offset % 2 == 1 {
                let name = String(piece.element)
                let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                guard parts.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber } }) else { continue }
                if parts.count == 2, parts[0].isEmpty, let suite = last {
                    out.append((suite, parts[1]))
                } else if parts.count == 2, parts[0].first?.isUppercase == true {
                    out.append((parts[0], parts[1]))
                    last = parts[0]
                } else if parts.count == 1, name.hasSuffix("Tests") {
                    out.append((name, nil))
                    last = name
                }
            }
        }
        return out
    }

    @Test func everyNamedTestExists() throws {
        let page = try String(contentsOf: root.appendingPathComponent("ARCHITECTURE.md"), encoding: .utf8)
        let sources = try Self.testSources()
        let named = Self.namedTests(in: page)
        #expect(named.count >= 40, "the invariants name their tests")
        for (suite, test) in named where suite != "SessionState" {
            let homes = sources.values.filter {
                $0.contains("struct \(suite) ") || $0.contains("struct \(suite):") || $0.contains("class \(suite) ")
                    || $0.contains("class \(suite):") || $0.contains("extension \(suite) ")
            }
            #expect(!homes.isEmpty, "ARCHITECTURE.md names \(suite), which no test declares")
            if let test {
                #expect(homes.contains { $0.contains("func \(test)(") }, "ARCHITECTURE.md names \(suite).\(test)")
            }
        }
    }
}
