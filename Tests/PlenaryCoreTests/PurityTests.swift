// Architecture invariant: the core imports nothing. Not Foundation, Dispatch, Glibc
// or curses: that is what keeps it pure, fast to test and free of hidden clocks.
import Foundation
import Testing

@Suite struct CorePurity {
    static let coreDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/PlenaryCore")

    @Test func coreHasNoImports() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.coreDirectory.path)
            .filter { $0.hasSuffix(".swift") }
        #expect(files.count >= 5, "expected the core's sources in \(Self.coreDirectory.path)")
        for file in files {
            let text = try String(contentsOf: Self.coreDirectory.appendingPathComponent(file), encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.drop { $0 == " " || $0 == "\t" }
                let isImport =
                    code.hasPrefix("import ")
                    || code.range(of: #"^(@\w+\s+)+import\s"#, options: .regularExpression) != nil
                #expect(!isImport, "\(file):\(n + 1) imports: \(line)")
            }
        }
    }

    @Test func checkerSeesAnImport() {
        // The checker itself must be able to fail.
        let line = "@preconcurrency import Glibc"
        #expect(line.range(of: #"^(@\w+\s+)+import\s"#, options: .regularExpression) != nil)
    }
}
