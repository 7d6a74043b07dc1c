import Foundation
import PlenaryCore
@testable import PlenaryFormats
import Testing

/// Time zones read from the tz database agree with Foundation's (ICU) zones.
@Suite("Time zones without Foundation")
struct ZoneRulesTests {
    static let zones = ["Europe/Amsterdam", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Asia/Tokyo",
                        "America/Sao_Paulo", "Africa/Casablanca", "Pacific/Chatham", "UTC", "America/St_Johns"]

    @Test(arguments: zones) func offsetsAgreeWithFoundation(_ name: String) throws {
        let rules = try #require(ZoneRules.named(name))
        let zone = try #require(TimeZone(identifier: name))
        // Every 6 hours through 2015–2030, and around each hour of two transition weeks.
        var t: Int64 = 1_420_070_400
        while t < 1_893_456_000 {
            #expect(rules.offset(at: t) == zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(t))), "\(name) at \(t)")
            t += 6 * 3600 + 7
        }
    }

    @Test func unknownAndUnsafeNamesAreRefused() {
        for name in ["Europe/Atlantis", "", "/etc/passwd", "../../etc/passwd", "Europe/../../../etc/passwd", "a b"] {
            #expect(ZoneRules.named(name) == nil, "\(name)")
        }
    }

    /// The footer rule alone (what a "slim" tz file relies on) gives the same offsets.
    @Test func posixRulesFollowTheYearlyTransitions() throws {
        let cases = [("CET-1CEST,M3.5.0,M10.5.0/3", "Europe/Amsterdam"),
                     ("AEST-10AEDT,M10.1.0,M4.1.0/3", "Australia/Sydney"),
                     ("EST5EDT,M3.2.0,M11.1.0", "America/New_York"),
                     ("<+0545>-5:45", "Asia/Kathmandu"),
                     ("NST3:30NDT,M3.2.0,M11.1.0", "America/St_Johns")]
        for (text, name) in cases {
            let rule = try #require(PosixZoneRule(text), "\(text)")
            let zone = try #require(TimeZone(identifier: name))
            var t: Int64 = 1_704_067_200  // 2024 through 2029, every 5 hours and a bit
            while t < 1_893_456_000 {
                #expect(rule.offset(at: t) == zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(t))), "\(text) at \(t)")
                t += 5 * 3600 + 13
            }
        }
        #expect(PosixZoneRule("CET-1CEST,M3.5.0") == nil)
        #expect(PosixZoneRule("X-1") == nil)
    }

    @Test func thePlanZoneResolvesTheSessionDay() throws {
        let zone = try #require(ZoneResolver(identifier: "Europe/Amsterdam"))
        let local = LocalDateTime(year: 2023, month: 12, day: 8, hour: 11, minute: 30, second: 0)
        #expect(zone.resolve(local) == .instant(Instant(year: 2023, month: 12, day: 8, hour: 11, minute: 30,
                                                        utcOffset: .seconds(3600))))
        let skipped = LocalDateTime(year: 2024, month: 3, day: 31, hour: 2, minute: 30, second: 0)
        #expect(zone.resolve(skipped) == .skipped)
    }
}
