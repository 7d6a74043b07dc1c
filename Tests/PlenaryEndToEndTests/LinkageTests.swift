// The shipped binary links FoundationEssentials only: Foundation brings ICU with it,
// which cost the console about 6 MB of peak memory (25.1 MB against 18.7 MB, release).
import Foundation
import Testing

@Suite("plenary linkage")
struct LinkageTests {
    static let heavy = [
        "libFoundation.so", "libFoundationInternationalization.so", "lib_FoundationICU.so",
        "libFoundationNetworking.so", "libFoundationXML.so",
    ]

    @Test func theBinaryDoesNotLoadFoundationOrICU() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        p.arguments = [root.appendingPathComponent(".build/debug/plenary").path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let libraries = text.split(separator: "\n").compactMap {
            $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init)
        }
        #expect(libraries.contains("libFoundationEssentials.so"), "\(text)")
        #expect(libraries.contains("libncursesw.so.6"), "ldd must list the binary's libraries: \(text)")
        for name in Self.heavy { #expect(!libraries.contains(name), "\(name) is linked") }
    }
}
