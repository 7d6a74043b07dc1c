// `plenary rehearse` and `forecast` on the command line: usage errors, and the
// registration's words column reaching the simulated speakers.
import Foundation
import Testing

@Suite("plenary rehearse and forecast")
struct RehearseCommandTests {
    @Test func headlessWithoutTheAutopilotIsAUsageError() throws {
        let r = try plenary(["rehearse", "--headless"])
        #expect(r.status == 64)
        #expect(r.err.contains("--headless needs --autopilot"))
        let fast = try plenary(["rehearse", "--speed", "61", "--headless", "--autopilot"])
        #expect(fast.status == 64)
        #expect(fast.err.contains("--speed must be from 1 to 60, not 61"))
    }

    @Test func longStatementsInTheWordsColumnLowerTheOdds() throws {
        // Twelve speakers a segment fit easily at two minutes; at 400 words each (about
        // 3:38 at 110 a minute) they cannot.
        var short = "received,segment,delegation,words\n"
        var long = short
        for seg in ["I", "II"] {
            for k in 0..<12 {
                let row = "2023-12-0\(1 + k % 5) 1\(k % 10):00,\(seg),State \(seg)-\(k)"
                short += row + ",\n"
                long += row + ",400\n"
            }
        }
        // Without rights of reply or points of order, which a forecast includes by default
        // (an unlucky run with three replies of up to ten minutes is late): the words alone.
        let speakersOnly = [
            "--set", "replies_per_session=0", "--set", "point_of_order_probability=0",
            "--set", "point_of_order_between_probability=0",
        ]
        let a = try plenary(["forecast", "--runs", "100", try temporaryFile("short.csv", short)] + speakersOnly)
        let b = try plenary(["forecast", "--runs", "100", try temporaryFile("long.csv", long)] + speakersOnly)
        #expect(a.status == 0 && b.status == 0, "\(a.err)\(b.err)")
        #expect(a.out.contains("Session: P(on time) 100%"), "\(a.out)")
        #expect(b.out.contains("Session: P(on time) 0%"), "\(b.out)")
    }
}
