// The embedded default session: the cooperation plenary of the 22nd session of the
// Assembly of States Parties (concept note, 8 December 2023, The Hague). The sample
// list names functions, not people; registration times are before the deadline of
// the end of Wednesday 6 December 2023, first come first served, with the Court's
// organs pinned first in Segment I as the concept note's framing implies.

public enum DefaultSession {
    /// Central European Time on 8 December (no summer time in December).
    static let cet = Duration.minutes(60)

    public static let plan = SessionPlan(
        title: "Plenary session on cooperation — 22nd session of the Assembly of States Parties",
        timeZone: "Europe/Amsterdam",
        utcOffset: cet,
        start: Instant(year: 2023, month: 12, day: 8, hour: 11, minute: 30, utcOffset: cet),
        end: Instant(year: 2023, month: 12, day: 8, hour: 13, minute: 0, utcOffset: cet),
        openingAllowance: .minutes(5),
        closingAllowance: .minutes(5),
        segments: [
            SegmentPlan(
                id: "I",
                title: "High-level interventions on 25 years of the Rome Statute (assessment and perspectives)",
                budget: .minutes(40), interventionLimit: .minutes(2)),
            SegmentPlan(
                id: "II",
                title: "Technical interventions relating to arrests (achievements and perspectives)",
                budget: .minutes(40), interventionLimit: .minutes(2)),
        ],
        // Registrations are accepted until the end of Wednesday 6 December 2023.
        registrationDeadline: Instant(year: 2023, month: 12, day: 7, utcOffset: cet))

    /// (segment, delegation, function, category, received day of December or November, hh, mm)
    private static let rows: [(Int, String, String, Category, Int, Int, Int, Int)] = [
        // Segment I: the Court's organs first (fixed order), then first come first served.
        (0, "Presidency of the Court", "President of the Court", .court, 11, 20, 9, 0),
        (0, "Office of the Prosecutor", "Deputy Prosecutor", .court, 11, 20, 9, 5),
        (0, "Registry", "Registrar", .court, 11, 20, 9, 10),
        (0, "Belgium", "Ambassador, on voluntary cooperation agreements", .stateParty, 11, 21, 10, 12),
        (0, "France", "Ambassador", .stateParty, 11, 22, 15, 40),
        (0, "Sierra Leone", "Attorney-General", .stateParty, 11, 24, 8, 55),
        (0, "Netherlands", "Legal Adviser, Ministry of Foreign Affairs", .stateParty, 11, 27, 11, 3),
        (0, "Argentina", "Permanent Representative", .stateParty, 11, 28, 16, 21),
        (0, "Japan", "Ambassador", .stateParty, 11, 30, 10, 0),
        (0, "Senegal", "Minister of Justice", .stateParty, 12, 1, 9, 47),
        (0, "European Union", "Head of Delegation", .internationalOrganization, 12, 4, 14, 2),
        (0, "Ukraine", "Deputy Minister of Justice", .stateParty, 12, 5, 17, 30),
        (0, "Costa Rica", "Ambassador", .stateParty, 12, 6, 12, 15),
        (0, "Coalition for the International Criminal Court", "Convenor", .civilSociety, 12, 6, 18, 44),
        // Segment II: experts of the Court, States and civil society on arrests.
        (1, "Registry", "Head of the Judicial Cooperation Section", .court, 11, 20, 9, 15),
        (1, "Office of the Prosecutor", "Head of the Tracking Unit", .court, 11, 20, 9, 20),
        (1, "Switzerland", "Legal Adviser", .stateParty, 11, 23, 13, 10),
        (1, "Uganda", "Director of Public Prosecutions", .stateParty, 11, 27, 9, 30),
        (1, "Germany", "Head of the International Law Division", .stateParty, 11, 29, 11, 45),
        (1, "Colombia", "Deputy Permanent Representative", .stateParty, 12, 1, 15, 5),
        (1, "Côte d'Ivoire", "Ambassador", .stateParty, 12, 2, 10, 20),
        (1, "Central African Republic", "Minister of Justice", .stateParty, 12, 4, 9, 0),
        (1, "Canada", "Legal Adviser", .stateParty, 12, 5, 10, 40),
        (1, "INTERPOL", "Special Representative to the European Union", .internationalOrganization, 12, 5, 16, 12),
        (1, "International Federation for Human Rights", "Representative to the ICC", .civilSociety, 12, 6, 11, 8),
        (1, "Republic of Korea", "Legal Counsellor", .stateParty, 12, 6, 21, 55),
    ]

    /// The sample speakers list, numbered from 1 in running order.
    public static let speakers: [Speaker] = rows.enumerated().map { n, row in
        let (seg, delegation, function, category, month, day, hh, mm) = row
        return Speaker(
            id: SpeakerID(n + 1), delegation: delegation, function: function, category: category,
            segment: seg, kind: .registered,
            received: Instant(year: 2023, month: month, day: day, hour: hh, minute: mm, utcOffset: cet))
    }

    public static func session() -> Session { Session(plan: plan, speakers: speakers) }
}
