import Foundation
import PlenaryCore
import PlenarySystem
import Testing

@testable import PlenaryZones

/// Time zones read from the tz database agree with Foundation's (ICU) zones.
@Suite("Time zones without Foundation")
struct ZoneRulesTests {
    static let zones = [
        "Europe/Amsterdam", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Asia/Tokyo",
        "America/Sao_Paulo", "Africa/Casablanca", "Pacific/Chatham", "UTC", "America/St_Johns",
    ]

    /// Compares `ours` with Foundation's zone every `step` seconds from `from` to `to`, and
    /// at the exact second of every change Foundation shows in between.
    static func compare(
        _ ours: (Int64) -> Int, _ zone: TimeZone, from: Int64, to: Int64, step: Int64,
        _ label: String
    ) {
        func theirs(_ t: Int64) -> Int { zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(t))) }
        var t = from
        while t < to {
            #expect(ours(t) == theirs(t), "\(label) at \(t)")
            if theirs(t) != theirs(t + step) {
                var low = t
                var high = t + step  // theirs(low) != theirs(high): find the first changed second
                while high - low > 1 {
                    let mid = (low + high) / 2
                    if theirs(mid) == theirs(low) { low = mid } else { high = mid }
                }
                #expect(ours(low) == theirs(low) && ours(high) == theirs(high), "\(label) changes at \(high)")
            }
            t += step
        }
    }

    @Test(arguments: zones) func offsetsAgreeWithFoundation(_ name: String) throws {
        let rules = try #require(ZoneDatabase.system.rules(named: name))
        let zone = try #require(TimeZone(identifier: name))
        // 2015 through 2029, every 6 hours, and each change to the second.
        Self.compare(rules.offset(at:), zone, from: 1_420_070_400, to: 1_893_456_000, step: 6 * 3600, name)
    }

    @Test func unknownAndUnsafeNamesAreRefused() {
        for name in ["Europe/Atlantis", "", "/etc/passwd", "../../etc/passwd", "Europe/../../../etc/passwd", "a b"] {
            #expect(ZoneDatabase.system.rules(named: name) == nil, "\(name)")
        }
    }

    /// The footer rule alone (what a "slim" tz file relies on) gives the same offsets.
    @Test func posixRulesFollowTheYearlyTransitions() throws {
        let cases = [
            ("CET-1CEST,M3.5.0,M10.5.0/3", "Europe/Amsterdam"),
            ("AEST-10AEDT,M10.1.0,M4.1.0/3", "Australia/Sydney"),
            ("EST5EDT,M3.2.0,M11.1.0", "America/New_York"),
            ("<+0545>-5:45", "Asia/Kathmandu"),
            ("NST3:30NDT,M3.2.0,M11.1.0", "America/St_Johns"),
        ]
        for (text, name) in cases {
            let rule = try #require(PosixZoneRule(text), "\(text)")
            let zone = try #require(TimeZone(identifier: name))
            // 2024 through 2029, every 5 hours, and each change to the second.
            Self.compare(rule.offset(at:), zone, from: 1_704_067_200, to: 1_893_456_000, step: 5 * 3600, text)
        }
        #expect(PosixZoneRule("CET-1CEST,M3.5.0") == nil)
        #expect(PosixZoneRule("X-1") == nil)
    }

    @Test func thePlanZoneResolvesTheSessionDay() throws {
        let zone = try #require(ZoneDatabase.system.resolver(named: "Europe/Amsterdam"))
        let local = LocalDateTime(year: 2023, month: 12, day: 8, hour: 11, minute: 30, second: 0)
        #expect(
            zone.resolve(local)
                == .instant(
                    Instant(
                        year: 2023, month: 12, day: 8, hour: 11, minute: 30,
                        utcOffset: .seconds(3600))))
        let skipped = LocalDateTime(year: 2024, month: 3, day: 31, hour: 2, minute: 30, second: 0)
        #expect(zone.resolve(skipped) == .skipped)
    }
}
