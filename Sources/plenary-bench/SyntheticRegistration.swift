// A registration CSV of any length over the default plan's two segments, with French
// names and a few observers: what `check` reads and what the live list benchmarks run.

enum SyntheticRegistration {
    /// `count` speakers, received minute by minute from 08:00 on the first days of
    /// `month` 2023 (11: all before the default plan's deadline; 12: some after it).
    static func csv(speakers count: Int, month: Int) -> String {
        var csv = "received,segment,delegation,speaker,category\n"
        for n in 0..<count {
            let minute = n % 60
            let hour = 8 + (n / 60) % 10
            let day = 1 + (n / 600) % 5
            let clock = "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
            csv += "0\(day)/\(month)/2023 \(clock),\(n % 2 == 0 ? "I" : "II"),"
            csv += "Délégation n° \(n),Représentant·e \(n),\(n % 7 == 0 ? "observer state" : "state party")\n"
        }
        return csv
    }
}
