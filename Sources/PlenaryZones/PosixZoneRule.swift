// The POSIX TZ rule at the end of a TZif file ("CET-1CEST,M3.5.0,M10.5.0/3"): a
// standard offset and, optionally, a summer offset with the yearly rules for when
// it starts and ends. It decides offsets after the file's last listed transition.
import PlenaryCore

struct PosixZoneRule: Sendable {
    /// A yearly day: `Mm.w.d` (weekday d of week w of month m, 5 = last), `Jn` (1–365,
    /// never counting 29 February) or `n` (0–365), with the local time it happens at.
    enum Day: Sendable, Hashable {
        case monthWeekDay(month: Int, week: Int, weekday: Int)
        case julianNoLeap(Int)
        case zeroBased(Int)
    }

    /// Offsets east of UTC in seconds (POSIX writes them west, with the opposite sign).
    var standard: Int
    var summer: (offset: Int, start: Day, startTime: Int, end: Day, endTime: Int)?

    init?(_ text: String) {
        var s = Array(text.unicodeScalars)[...]
        func name() -> Bool {
            if s.first == "<" {
                guard let close = s.firstIndex(of: ">") else { return false }
                s = s[(close + 1)...]
                return true
            }
            let letters = s.prefix { ("A"..."Z").contains($0) || ("a"..."z").contains($0) }
            s = s.dropFirst(letters.count)
            return letters.count >= 3
        }
        func number() -> Int? {
            let digits = s.prefix { ("0"..."9").contains($0) }
            guard !digits.isEmpty, digits.count <= 3 else { return nil }
            s = s.dropFirst(digits.count)
            return digits.reduce(0) { $0 * 10 + Int($1.value - 0x30) }
        }
        /// `[+-]hh[:mm[:ss]]` in seconds.
        func clock() -> Int? {
            var sign = 1
            if let f = s.first, f == "+" || f == "-" {
                sign = f == "-" ? -1 : 1
                s = s.dropFirst()
            }
            guard var total = number().map({ $0 * 3600 }) else { return nil }
            for unit in [60, 1] where s.first == ":" {
                s = s.dropFirst()
                guard let n = number(), n < 60 else { return nil }
                total += n * unit
            }
            return sign * total
        }
        func day() -> Day? {
            if s.first == "M" {
                s = s.dropFirst()
                guard let m = number(), s.first == "." else { return nil }
                s = s.dropFirst()
                guard let w = number(), s.first == "." else { return nil }
                s = s.dropFirst()
                guard let d = number(), (1...12).contains(m), (1...5).contains(w), d <= 6 else { return nil }
                return .monthWeekDay(month: m, week: w, weekday: d)
            }
            if s.first == "J" {
                s = s.dropFirst()
                guard let n = number(), (1...365).contains(n) else { return nil }
                return .julianNoLeap(n)
            }
            guard let n = number(), n <= 365 else { return nil }
            return .zeroBased(n)
        }
        func rule() -> (Day, Int)? {
            guard s.first == "," else { return nil }
            s = s.dropFirst()
            guard let d = day() else { return nil }
            guard s.first == "/" else { return (d, 7200) }
            s = s.dropFirst()
            guard let t = clock() else { return nil }
            return (d, t)
        }
        guard name(), let std = clock() else { return nil }
        standard = -std
        if s.isEmpty {
            summer = nil
            return
        }
        guard name() else { return nil }
        var dst = standard + 3600
        if let f = s.first, f != "," {
            guard let o = clock() else { return nil }
            dst = -o
        }
        guard let (start, startTime) = rule(), let (end, endTime) = rule(), s.isEmpty else { return nil }
        summer = (dst, start, startTime, end, endTime)
    }

    /// The offset at `t` seconds since the epoch.
    func offset(at t: Int64) -> Int {
        guard let summer else { return standard }
        let days = Int((t + Int64(standard)).quotientRoundingDown(86_400))
        let year = CivilDate.civil(fromDays: days).year
        // Start is given in standard local time, end in summer local time.
        let start = Int64(Self.days(summer.start, year: year)) * 86_400 + Int64(summer.startTime - standard)
        let end = Int64(Self.days(summer.end, year: year)) * 86_400 + Int64(summer.endTime - summer.offset)
        let inSummer = start < end ? (t >= start && t < end) : !(t >= end && t < start)
        return inSummer ? summer.offset : standard
    }

    /// Days since the epoch of a rule's day in `year`.
    static func days(_ day: Day, year: Int) -> Int {
        let january1 = CivilDate.daysFromEpoch(year: year, month: 1, day: 1)
        let leap = CivilDate.isValid(year: year, month: 2, day: 29)
        switch day {
        case .zeroBased(let n): return january1 + n
        case .julianNoLeap(let n): return january1 + n - 1 + (leap && n >= 60 ? 1 : 0)
        case .monthWeekDay(let month, let week, let weekday):
            let first = CivilDate.daysFromEpoch(year: year, month: month, day: 1)
            // 1970-01-01 was a Thursday (weekday 4, Sunday 0).
            let firstWeekday = ((first + 4) % 7 + 7) % 7
            var d = first + (weekday - firstWeekday + 7) % 7 + (week - 1) * 7
            while !CivilDate.isValid(year: year, month: month, day: d - first + 1) { d -= 7 }
            return d
        }
    }
}

extension Int64 {
    func quotientRoundingDown(_ d: Int64) -> Int64 { self >= 0 ? self / d : -((-self + d - 1) / d) }
}
