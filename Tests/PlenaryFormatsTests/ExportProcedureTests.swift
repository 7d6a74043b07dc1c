// The rules of procedure in every export (issue 16): a scripted session with explicit
// instants (a point of order inside an intervention and one with the floor free, two
// replies by one delegation and a refused third, a joint statement, a 3:00 limit from
// the file, a limit cut with its reason, a statement in writing, a suspension, a canned
// and a typed message, a note), and the rows each format writes of it, in English and
// French. Every figure is worked out by hand from the script.
import Foundation
import PlenaryCore
import Testing

@testable import PlenaryExport
@testable import PlenaryFormats
@testable import PlenaryJournalFormat

enum ProcedureSession {
    /// The default plan with a 0:30 limit for points of order.
    static let plan: SessionPlan = {
        var p = DefaultSession.plan
        p.pointOfOrderLimit = .seconds(30)
        return p
    }()

    /// Belgium with its own 3:00 (a `limit` column); the European Union on behalf of
    /// two candidate countries.
    static let speakers: [Speaker] = DefaultSession.speakers.map { sp in
        var sp = sp
        if sp.delegation == "Belgium" { sp.limit = .minutes(3) }
        if sp.delegation == "European Union" { sp.onBehalfOf = ["Albania", "North Macedonia"] }
        return sp
    }

    /// A message typed by the officer, as hostile as a typed text can be.
    static let typed = "=HYPERLINK(\"x\") <b>wrap up</b>"

    static func events() -> [Event] {
        var s = Session(plan: plan, speakers: speakers)
        func run(_ c: Command, at t: Instant, sourceLocation: SourceLocation = #_sourceLocation) {
            if case .failure(let r) = s.handle(c, at: t) {
                Issue.record("\(c) rejected: \(String(describing: r))", sourceLocation: sourceLocation)
            }
        }
        func id(_ delegation: String, kind: SpeakerKind = .registered) -> SpeakerID {
            s.state.speakers.values.filter { $0.delegation == delegation && $0.kind == kind }.map(\.id).min()!
        }
        run(.openSession, at: journalAt(11, 30))
        run(.startNextSegment, at: journalAt(11, 35))
        run(.giveFloor, at: journalAt(11, 35))  // the President: 2:00
        run(.endIntervention, at: journalAt(11, 37))
        // The Deputy Prosecutor: 1:00, Kenya's point of order 0:40 (+0:10 on its 0:30), 1:00 more.
        run(.giveFloor, at: journalAt(11, 37, 10))
        run(.raisePointOfOrder(by: "Kenya"), at: journalAt(11, 38, 10))
        run(.endPointOfOrder, at: journalAt(11, 38, 50))
        run(.endIntervention, at: journalAt(11, 39, 50))
        // A point of order with the floor free, nobody named: 0:20 of the meeting's time.
        run(.raisePointOfOrder(by: ""), at: journalAt(11, 40))
        run(.endPointOfOrder, at: journalAt(11, 40, 20))
        run(.giveFloor, at: journalAt(11, 40, 30))  // the Registrar: 2:00
        run(.endIntervention, at: journalAt(11, 42, 30))
        run(.giveFloor, at: journalAt(11, 42, 30))  // Belgium: 3:00 of its own 3:00
        run(.endIntervention, at: journalAt(11, 45, 30))
        // France asks for two replies; a third is refused.
        run(.requestReply(delegation: "France", function: "", category: .stateParty), at: journalAt(11, 45, 30))
        run(.requestReply(delegation: "France", function: "", category: .stateParty), at: journalAt(11, 45, 30))
        #expect(
            s.decide(.requestReply(delegation: "France", function: "", category: .stateParty), at: journalAt(11, 46))
                == .failure(.replyLimitReached(delegation: "France", allowed: 2)))
        // Suspended for 10:00 announced, resumed after 12:00.
        run(.suspendMeeting(for: .minutes(10), reason: "consultations <on the draft>"), at: journalAt(11, 45, 30))
        run(.resumeMeeting, at: journalAt(11, 57, 30))
        run(.submitInWriting(id("Sierra Leone")), at: journalAt(11, 57, 30))
        run(.changeLimit(id("Netherlands"), to: .minutes(1), reason: "time is short"), at: journalAt(11, 57, 30))
        // France: 1:40, asked to conclude at 1:10.
        run(.giveFloor, at: journalAt(11, 57, 50))
        run(.showMessage(.canned(.pleaseConclude)), at: journalAt(11, 59))
        run(.endIntervention, at: journalAt(11, 59, 30))
        run(.addNote(id("France"), text: "spoke in Spanish"), at: journalAt(11, 59, 35))
        // The European Union, out of turn, on behalf of Albania and North Macedonia: 2:00.
        run(.call(id("European Union")), at: journalAt(11, 59, 40))
        run(.giveFloor, at: journalAt(12, 0))
        run(.showMessage(.text(typed)), at: journalAt(12, 1))
        run(.clearMessage, at: journalAt(12, 1, 10))
        run(.endIntervention, at: journalAt(12, 2))
        // Segment II: France's two replies, 2:00 of 10:00 and 1:00 of 5:00.
        run(.startNextSegment, at: journalAt(12, 2, 30))
        let replies = s.state.speakers.values.filter { $0.kind == .reply }.map(\.id).sorted()
        run(.call(replies[0]), at: journalAt(12, 2, 40))
        run(.giveFloor, at: journalAt(12, 3))
        run(.endIntervention, at: journalAt(12, 5))
        run(.call(replies[1]), at: journalAt(12, 5))
        run(.giveFloor, at: journalAt(12, 5, 10))
        run(.endIntervention, at: journalAt(12, 6, 10))
        run(.startNextSegment, at: journalAt(12, 6, 30))
        run(.closeSession, at: journalAt(12, 8))
        return s.events
    }

    static let log = ActualTimesLog.build(plan: plan, speakers: speakers, events: events())

    /// The session as a journal on disk would hold it.
    static func journal() throws -> [UInt8] {
        var header = ScriptedSession.header
        header.plan = plan
        header.speakers = speakers
        return try JournalBytes.make(header: header, entries: events().map(JournalEntry.event))
    }
}

@Suite struct ExportProcedureTests {
    static let log = ProcedureSession.log

    /// A CSV's records as read back by the registration reader (RFC 4180).
    static func records(_ csv: String, separator: Unicode.Scalar = ",") -> [[String]] {
        CSVReader.read(Array(csv.unicodeScalars), delimiter: separator).records.map { $0.fields.map(\.text) }
    }

    /// The rows of a plain CSV table, by column name.
    static func table(_ table: ExportTable, _ language: Language = .english) -> [[String: String]] {
        let records = Self.records(log.render(.csv, table: table, language: language))
        return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(records[0], $0)) }
    }

    /// What `plenary export` reads: the journal. PLENARY_KEEP_RENDER=1 keeps it, to try
    /// `plenary export` on it.
    @Test func theLogFromTheJournalIsTheLogOfTheSession() throws {
        let bytes = try ProcedureSession.journal()
        let reading = try JournalReader.read(bytes)
        let header = reading.header
        let log = ActualTimesLog.build(plan: header.plan, speakers: header.speakers, events: reading.events)
        #expect(log == Self.log)
        if ProcessInfo.processInfo.environment["PLENARY_KEEP_RENDER"] == "1" {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("plenary-procedure.journal")
            try Data(bytes).write(to: path)
            print("journal in \(path.path)")
        }
    }

    @Test func theInterventionsCSVAddsItsColumnsAtTheEnd() throws {
        let csv = Self.log.render(.csv)
        let header = try #require(csv.split(separator: "\r\n").first)
        #expect(
            header.hasPrefix(
                "segment,order,speaker_id,delegation,speaker,kind,status,planned_start,planned_end,called_at,"
                    + "floor_given_at,ended_at,speaking_time,pauses,paused_total,limit,extensions,extension_total,"
                    + "overrun,start_corrected_from,walk_to_microphone,gap_between_speakers,"))
        #expect(header.hasSuffix(",on_behalf_of,reply,limit_change_reason,point_of_order_time,notes"))
        let rows = Self.table(.interventions)
        func row(_ delegation: String, kind: String = "registered", segment: String = "I") throws -> [String: String] {
            try #require(
                rows.first { $0["delegation"] == delegation && $0["kind"] == kind && $0["segment"] == segment },
                "\(delegation)")
        }
        let otp = try row("Office of the Prosecutor")
        #expect(otp["speaking_time"] == "2:00")
        #expect(otp["pauses"] == "1")
        #expect(otp["paused_total"] == "0:40")
        #expect(otp["point_of_order_time"] == "0:40")
        #expect(try row("Belgium")["limit"] == "3:00")
        #expect(try row("Belgium")["overrun"] == "")
        #expect(try row("Netherlands")["limit"] == "1:00")
        #expect(try row("Netherlands")["limit_change_reason"] == "time is short")
        #expect(try row("Sierra Leone")["status"] == "submitted in writing")
        #expect(try row("France")["notes"] == "spoke in Spanish")
        #expect(try row("France")["reply"] == "")
        #expect(try row("European Union")["on_behalf_of"] == "Albania; North Macedonia")
        let first = try row("France", kind: "right of reply", segment: "II")
        #expect(first["reply"] == "1")
        #expect(first["limit"] == "10:00")
        #expect(first["speaking_time"] == "2:00")
        let replies = rows.filter { $0["kind"] == "right of reply" }
        #expect(replies.map { $0["reply"] } == ["1", "2"])
        #expect(replies.map { $0["limit"] } == ["10:00", "5:00"])
        // The old columns of a row without any of it are as they were, the new ones empty.
        let president = try row("Presidency of the Court")
        for column in ["on_behalf_of", "reply", "limit_change_reason", "point_of_order_time", "notes"] {
            #expect(president[column] == "", "\(column)")
        }
    }

    @Test func pointsOfOrderSuspensionsAndMessagesHaveTablesOfTheirOwn() {
        let points = Self.table(.pointsOfOrder)
        #expect(points.count == 2)
        #expect(points[0]["segment"] == "I")
        #expect(points[0]["raised_at"] == "2023-12-08T11:38:10+01:00")
        #expect(points[0]["raised_by"] == "Kenya")
        #expect(points[0]["interrupted_delegation"] == "Office of the Prosecutor")
        #expect(points[0]["interrupted_speaker_id"] == "2")
        #expect(points[0]["length"] == "0:40")
        #expect(points[0]["limit"] == "0:30")
        #expect(points[0]["overrun"] == "+0:10")
        #expect(points[1]["raised_by"] == "")
        #expect(points[1]["interrupted_delegation"] == "")
        #expect(points[1]["length"] == "0:20")
        #expect(points[1]["overrun"] == "")

        let suspensions = Self.table(.suspensions)
        #expect(suspensions.count == 1)
        #expect(suspensions[0]["announced"] == "10:00")
        #expect(suspensions[0]["length"] == "12:00")
        #expect(suspensions[0]["suspended_at"] == "2023-12-08T11:45:30+01:00")
        #expect(suspensions[0]["resumed_at"] == "2023-12-08T11:57:30+01:00")
        #expect(suspensions[0]["reason"] == "consultations <on the draft>")

        let messages = Self.table(.messages)
        #expect(messages.map { $0["delegation"] } == ["France", "European Union"])
        #expect(messages[0]["message"] == "Please conclude")
        #expect(messages[0]["canned"] == "please-conclude")
        #expect(messages[0]["shown_at"] == "2023-12-08T11:59:00+01:00")
        #expect(messages[0]["cleared_at"] == "2023-12-08T11:59:30+01:00", "ended with France's intervention")
        #expect(messages[1]["cleared_at"] == "2023-12-08T12:01:10+01:00")
        #expect(messages[1]["canned"] == "")
        #expect(Self.table(.messages, .french)[0]["message"] == "Veuillez conclure")
    }

    @Test func theSummariesCountTheMeetingsTimeApart() throws {
        let periods = Self.table(.segments)
        let one = try #require(periods.first { $0["period"] == "Segment I" })
        #expect(one["suspended_total"] == "12:00")
        #expect(one["points_of_order"] == "2")
        #expect(one["point_of_order_total"] == "1:00")
        #expect(one["in_writing"] == "Sierra Leone")
        #expect(one["not_reached"]?.contains("Sierra Leone") == false)
        #expect(one["not_reached"]?.hasPrefix("Netherlands, Argentina") == true)
        let session = try #require(periods.first { $0["period"] == "Session" })
        #expect(session["suspended_total"] == "12:00")
        let two = try #require(periods.first { $0["period"] == "Segment II" })
        #expect(two["suspended_total"] == "0:00")
        #expect(two["points_of_order"] == "0")
        let opening = try #require(periods.first { $0["period"] == "Opening by the chair" })
        #expect(opening["suspended_total"] == "" && opening["points_of_order"] == "")

        let delegations = Self.table(.delegations)
        func d(_ name: String) -> [String: String]? { delegations.first { $0["delegation"] == name } }
        #expect(d("Albania")?["statements_on_its_behalf"] == "1")
        #expect(d("Albania")?["interventions"] == "0")
        #expect(d("North Macedonia")?["statements_on_its_behalf"] == "1")
        #expect(d("European Union")?["interventions"] == "1")
        #expect(d("European Union")?["statements_on_its_behalf"] == "0")
        #expect(d("France")?["interventions"] == "3", "its statement and its two replies")
    }

    @Test func theJSONCarriesEveryFact() throws {
        let doc = try #require(
            try JSONSerialization.jsonObject(with: Data(Self.log.render(.json).utf8)) as? [String: Any])
        #expect(doc["schemaVersion"] as? Int == 2)
        let rows = try #require(doc["interventions"] as? [[String: Any]])
        let otp = try #require(rows.first { $0["delegation"] as? String == "Office of the Prosecutor" })
        #expect(otp["pointOfOrderMs"] as? Int == 40_000)
        let pauses = try #require(otp["pauses"] as? [[String: Any]])
        #expect(pauses.map { $0["cause"] as? String } == ["point of order"])
        let eu = try #require(rows.first { $0["delegation"] as? String == "European Union" })
        #expect(eu["onBehalfOf"] as? [String] == ["Albania", "North Macedonia"])
        let netherlands = try #require(rows.first { $0["delegation"] as? String == "Netherlands" })
        let change = try #require(netherlands["limitChange"] as? [String: Any])
        #expect(change["limitMs"] as? Int == 60_000 && change["reason"] as? String == "time is short")
        #expect(netherlands["limitMs"] as? Int == 60_000)
        let france = try #require(
            rows.first { $0["delegation"] as? String == "France" && $0["kind"] as? String == "registered" })
        #expect((france["notes"] as? [[String: Any]])?.first?["text"] as? String == "spoke in Spanish")
        #expect(france["replyOrdinal"] is NSNull)
        let replies = rows.filter { $0["kind"] as? String == "reply" }
        #expect(replies.map { $0["replyOrdinal"] as? Int } == [1, 2])
        #expect(replies.map { $0["limitMs"] as? Int } == [600_000, 300_000])
        #expect(
            rows.first { $0["delegation"] as? String == "Sierra Leone" }?["status"] as? String == "submitted in writing"
        )

        let points = try #require(doc["pointsOfOrder"] as? [[String: Any]])
        #expect(points.map { $0["raisedBy"] as? String } == ["Kenya", ""])
        #expect(points.map { $0["ms"] as? Int } == [40_000, 20_000])
        #expect(points[0]["overrunMs"] as? Int == 10_000 && points[0]["overTime"] as? Bool == true)
        #expect(points[0]["interruptedSpeakerId"] as? Int == 2)
        #expect(points[1]["interruptedSpeakerId"] is NSNull)
        let suspension = try #require((doc["suspensions"] as? [[String: Any]])?.first)
        #expect(suspension["announcedMs"] as? Int == 600_000 && suspension["ms"] as? Int == 720_000)
        #expect(suspension["segment"] as? String == "I")
        let messages = try #require(doc["messages"] as? [[String: Any]])
        #expect(messages[0]["canned"] as? String == "please-conclude" && messages[0]["text"] is NSNull)
        #expect(messages[1]["text"] as? String == ProcedureSession.typed && messages[1]["canned"] is NSNull)
        let segment = try #require((doc["segments"] as? [[String: Any]])?.first)
        #expect(segment["suspendedMs"] as? Int == 720_000)
        #expect(segment["pointOfOrderMs"] as? Int == 60_000)
        #expect(segment["inWriting"] as? [String] == ["Sierra Leone"])
        let albania = (doc["delegations"] as? [[String: Any]])?.first { $0["delegation"] as? String == "Albania" }
        #expect(albania?["statementsOnItsBehalf"] as? Int == 1)
        #expect(Self.log.render(.json, language: .french) == Self.log.render(.json))
    }

    @Test(arguments: [ExportFormat.md, .html])
    func theReportShowsEachFact(format: ExportFormat) {
        let text = Self.log.render(format)
        for words in [
            "Points of order", "Kenya", "Suspensions of the meeting", "12:00", "Messages to the speaker",
            "Please conclude", "France (reply 1)", "France (reply 2)", "on behalf of Albania and North Macedonia",
            "limit changed to 1:00: time is short", "clock stopped 0:40 for a point of order",
            "note: spoke in Spanish", "submitted in writing", "Statements on its behalf",
            "A joint statement counts for each delegation", "not named", "none (the floor was free)", "+0:10",
        ] {
            #expect(text.contains(words), "\(format): \(words)")
        }
        let french = Self.log.render(format, language: .french)
        for words in [
            "Motions d'ordre", "Suspensions de séance", "Messages à l'orateur", "Veuillez conclure",
            "France (réponse 1)", "au nom de l'Albanie et de la Macédoine du Nord",
            "limite modifiée à 1:00 : time is short",
            "temps arrêté 0:40 pour une motion d'ordre", "déclaration écrite", "Déclarations en son nom",
        ] {
            #expect(french.contains(format == .html ? HTMLText.escape(words) : words), "\(format) fr: \(words)")
        }
        for words in ["Points of order", "Please conclude", "on behalf of", "reply 1", "not named", "still shown"] {
            #expect(!french.contains(words), "\(format) fr: \(words)")
        }
    }

    @Test func untrustedTextIsEscapedInTheReportAndDefusedInTheCSV() {
        let html = Self.log.render(.html)
        #expect(!html.contains("<b>wrap up</b>") && html.contains("&lt;b&gt;wrap up&lt;/b&gt;"))
        #expect(!html.contains("<on the draft>") && html.contains("consultations &lt;on the draft&gt;"))
        let md = Self.log.render(.md)
        #expect(!md.contains("<b>") && md.contains("\\<b\\>"))
        let csv = Self.log.render(.csv, table: .messages)
        #expect(csv.contains(",\"'=HYPERLINK(\"\"x\"\") <b>wrap up</b>\","))
        let excel = Self.log.render(.csv, table: .messages, excel: true)
        #expect(excel.contains(";\"'=HYPERLINK(\"\"x\"\") <b>wrap up</b>\";"))
        // A note, a reason and an on-behalf-of name are text cells like any other.
        var speakers = ProcedureSession.speakers
        speakers[10].onBehalfOf = ["=cmd|' /C calc'!A0"]
        let log = ActualTimesLog.build(
            plan: ProcedureSession.plan, speakers: speakers, events: ProcedureSession.events())
        #expect(log.render(.csv).contains(",'=cmd|' /C calc'!A0,"))
        #expect(!log.render(.csv).contains(",=cmd"))
    }

    @Test func theTimelineMarksPointsOfOrderAndSuspensions() throws {
        let svg = TimelineSVG.render(Self.log, .english)
        #expect(svg.components(separatedBy: "class=\"point-of-order\"").count - 1 == 2)
        #expect(svg.components(separatedBy: "class=\"suspension\"").count - 1 == 1)
        #expect(svg.contains("<title>Point of order (Kenya): 0:40</title>"))
        #expect(svg.contains("<title>Meeting suspended 12:00 (announced 10:00): consultations &lt;on the draft&gt;"))
        #expect(svg.contains(">point of order</text>") && svg.contains(">suspension</text>"))
        // Kenya's mark is on the Deputy Prosecutor's row, where the floor bar is.
        let rows = Self.log.rows.filter { $0.plannedStart != nil || $0.floorGivenAt != nil }
        let k = try #require(rows.firstIndex { $0.delegation == "Office of the Prosecutor" })
        let y = TimelineSVG.n(TimelineSVG.top + TimelineSVG.rowHeight * Double(k) + 7)
        #expect(svg.contains("class=\"point-of-order\" x=\"") && svg.contains("y=\"\(y)\" width="))
        let french = TimelineSVG.render(Self.log, .french)
        #expect(french.contains("<title>Motion d'ordre (Kenya) : 0:40</title>") == false)
        #expect(french.contains("Motion d&#39;ordre (Kenya) : 0:40"))
        #expect(french.contains("Séance suspendue 12:00 (annoncée 10:00)"))
        // A log without any of it has no such mark and no second legend line.
        let plain = TimelineSVG.render(ExportGoldenTests.log, .english)
        #expect(!plain.contains("point-of-order") && !plain.contains("suspension"))
    }

    /// The new tables are documented, and have the same fields in every row and language.
    @Test(arguments: [ExportTable.pointsOfOrder, .suspensions, .messages])
    func theNewTablesHaveAsManyFieldsAsTheirHeader(table: ExportTable) {
        for language in Language.allCases {
            for excel in [false, true] {
                let csv = Self.log.render(.csv, table: table, language: language, excel: excel)
                let records = Self.records(excel ? String(csv.dropFirst()) : csv, separator: excel ? ";" : ",")
                #expect(records.count > 1)
                #expect(Set(records.map(\.count)).count == 1, "\(table) \(language) excel: \(excel)")
            }
        }
    }
}
