// The zone engine against an external reference: glibc's localtime_r reading the same
// tz database, for every zone in it, on both sides of every transition from 1970
// through 2037 (the file's listed ones, the footer rule's, and any glibc shows), and at
// noon UTC of every day between them.
import Foundation
import Glibc
import PlenarySystem
import Testing

@testable import PlenaryZones

@Suite("Time zones against glibc")
struct GlibcZoneTests {
    static let from: Int64 = 0  // 1970-01-01
    static let to: Int64 = 2_145_916_800  // 2038-01-01

    /// The tz database both read, as ZoneDatabase.system and glibc find it.
    static let root = ProcessInfo.processInfo.environment["TZDIR"] ?? "/usr/share/zoneinfo"

    /// Every zone name in the tz database: each file that is TZif, by its path under it.
    static func zoneNames() -> [String] {
        guard let walk = FileManager.default.enumerator(atPath: root) else { return [] }
        var names: [String] = []
        while let name = walk.nextObject() as? String {
            guard let handle = FileHandle(forReadingAtPath: root + "/" + name) else { continue }
            let magic = try? handle.read(upToCount: 4)
            try? handle.close()
            if magic == Data("TZif".utf8) { names.append(name) }
        }
        return names.sorted()
    }

    /// glibc's offset from UTC at `t` in the zone `TZ` names now.
    static func glibcOffset(_ t: Int64) -> Int {
        var secs = time_t(t)
        var parts = tm()
        guard localtime_r(&secs, &parts) != nil else { return .min }
        return Int(parts.tm_gmtoff)
    }

    /// The first second in (low, high] at which `offset` differs from its value at `low`.
    static func change(_ offset: (Int64) -> Int, after low: Int64, by high: Int64) -> Int64 {
        var low = low
        var high = high
        let before = offset(low)
        while high - low > 1 {
            let mid = low + (high - low) / 2
            if offset(mid) == before { low = mid } else { high = mid }
        }
        return high
    }

    @Test func everyZoneAgreesWithLocaltimeAtEveryTransition() throws {
        let names = Self.zoneNames()
        try #require(names.count >= 400, "the tz database has only \(names.count) zones")
        let saved = getenv("TZ").map { String(cString: $0) }
        defer {
            if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
            tzset()
        }
        // Names with the same bytes (links, aliases) are one zone to both readers: each file is compared once.
        var seen: Set<[UInt8]> = []
        var transitionsCompared = 0
        var daysCompared = 0
        var disagreements: [String] = []
        func compare(_ name: String, _ ours: ZoneRules, at t: Int64) {
            let (o, g) = (ours.offset(at: t), Self.glibcOffset(t))
            if o != g { disagreements.append("\(name) at \(t): ours \(o), glibc \(g)") }
        }
        for name in names {
            let bytes = try #require(try? FileReader.read(Self.root + "/" + name), "\(name): not read")
            guard seen.insert(bytes).inserted else { continue }
            guard let ours = ZoneDatabase.system.rules(named: name) else {
                disagreements.append("\(name): not read as a zone")
                continue
            }
            setenv("TZ", name, 1)
            tzset()
            // Changes to look at: the file's own, and each change either side shows between two days.
            var transitions = Set(ours.listedTransitions.map(\.at).filter { $0 > Self.from && $0 < Self.to })
            var day = Self.from + 43_200  // noon UTC
            var (oursBefore, glibcBefore) = (ours.offset(at: day), Self.glibcOffset(day))
            while day + 86_400 < Self.to {
                let next = day + 86_400
                let (o, g) = (ours.offset(at: next), Self.glibcOffset(next))
                if o != oursBefore { transitions.insert(Self.change(ours.offset(at:), after: day, by: next)) }
                if g != glibcBefore { transitions.insert(Self.change(Self.glibcOffset, after: day, by: next)) }
                if o != g { disagreements.append("\(name) at \(next): ours \(o), glibc \(g)") }
                daysCompared += 1
                (day, oursBefore, glibcBefore) = (next, o, g)
            }
            for t in transitions.sorted() {
                transitionsCompared += 1
                compare(name, ours, at: t - 1)
                compare(name, ours, at: t)
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements: \(disagreements.prefix(20))")
        #expect(transitionsCompared > 30_000, "only \(transitionsCompared) transitions compared")
        print(
            "zones: \(names.count) zone names, \(seen.count) distinct zone files; \(transitionsCompared) transitions "
                + "(both sides) and \(daysCompared) days compared with glibc's localtime_r, 1970–2037")
    }
}
