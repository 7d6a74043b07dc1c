// Registration files as secretariats really export them: the shipped French Excel and
// US Google Forms examples, the Windows-1252 table against an outside reference, the
// plan's reading keys, and the header words kept in one table and in the docs.
import Foundation
import PlenaryCore
import PlenaryFormats
import PlenaryView
import Testing

@Suite("Spreadsheet exports")
struct SpreadsheetExportTests {
    /// `segment delegation` in running order.
    func order(_ reg: Registration) -> [String] {
        reg.speakers.map { "\(reg.plan.segments[$0.segment].id) \($0.delegation)" }
    }

    func lines(_ reg: Registration) -> [String] {
        reg.diagnostics.map { Strings.english.diagnostic($0).components(separatedBy: "\n")[0] }
    }

    @Test func frenchExcelSemicolonExportLoadsWithNoFlags() throws {
        let reg = try loadShipped("Examples/excel-fr-point-virgule.csv")
        #expect(reg.isUsable)
        #expect(reg.encoding == .cp1252)
        #expect(reg.delimiter == ";")
        #expect(reg.rowCount == 28)
        #expect(reg.rowsAccountedFor)
        #expect(
            Array(order(reg).prefix(9)) == [
                "I Présidence de la Cour", "I Bureau du Procureur", "I Greffe", "I Belgique", "I France",
                "I Sierra Leone", "I Côte d’Ivoire", "I Argentine", "I Türkiye",
            ])
        #expect(order(reg).contains("II São Tomé-et-Príncipe"))
        #expect(reg.accepted.contains { $0.note == "œuvre au cœur de la coopération" })
        #expect(reg.accepted.contains { $0.note == "arrivée prévue… à confirmer" })
        #expect(reg.late.map(\.delegation) == ["Kenya", "Mexique"])
        #expect(reg.duplicates.map(\.entry.line) == [20])
        let warnings = reg.diagnostics.filter { $0.warning?.isRuleDecision != true }
        #expect(warnings.map(\.warning) == [.readAsWindows1252], "one line says how the file was read")
    }

    @Test func googleFormsFromAUSSheetLoadsMonthFirstWithNoFlags() throws {
        let reg = try loadShipped("Examples/google-forms-us.csv")
        #expect(reg.isUsable)
        let notices = reg.diagnostics.filter { $0.warning?.isRuleDecision != true }
        #expect(notices.isEmpty, "\(lines(reg))")
        // 12/1/2023 is the 1st of December: read day first, it would be the 12th of January and go first.
        #expect(
            order(reg) == [
                "I Presidency of the Court", "I Office of the Prosecutor", "I Belgium", "I France",
                "I Côte d'Ivoire", "I Argentina", "I Senegal", "I European Union", "I Ukraine", "II Switzerland",
                "II Colombia", "II São Tomé and Príncipe", "II Canada", "II Türkiye", "II Republic of Korea",
            ])
        #expect(reg.accepted.first { $0.delegation == "Belgium" }?.email == "diplobel.thehague@diplobel.fed.be")
        #expect(reg.late.map(\.delegation) == ["Kenya", "Mexico"])
    }

    /// Every byte 0x80–0x9F as Python's `codecs` decodes it (strict: the five undefined
    /// bytes raise), against our table.
    @Test func windows1252AgreesWithPythonsCodecs() throws {
        let script = """
            import codecs
            for b in range(0x80, 0xA0):
                try:
                    print(b, ord(codecs.decode(bytes([b]), 'cp1252')))
                except UnicodeDecodeError:
                    print(b, 0)
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        var python: [UInt8: UInt32] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ").compactMap { UInt32($0) }
            python[UInt8(parts[0])] = parts[1]
        }
        #expect(python.count == 32)
        for byte in UInt8(0x80)...0x9F {
            let ours = TextDecoding.decode([byte], forced: .cp1252)
            if python[byte] == 0 {
                #expect(ours.scalars == ["\u{FFFD}"] && ours.undecodable.count == 1, "byte \(byte)")
            } else {
                #expect(ours.scalars.map(\.value) == [python[byte]!], "byte \(byte)")
            }
        }
        // The 27 specials, as a French secretariat's sheet holds them.
        let specials = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
        let defined = (UInt8(0x80)...0x9F).filter { python[$0] != 0 }
        #expect(defined.count == 27)
        #expect(String(String.UnicodeScalarView(TextDecoding.decode(defined, forced: .cp1252).scalars)) == specials)
        #expect(String(String.UnicodeScalarView(TextDecoding.decode(defined).scalars)) == specials, "guessed too")
    }

    /// What `notText` finds, and at which byte; nil for text.
    func looks(_ bytes: [UInt8]) -> String? {
        TextDecoding.notText(bytes).map { "\($0.looks) at \($0.offset)" }
    }

    @Test func whatABytesFileLooksLike() {
        #expect(TextDecoding.decode(Array("Côte".utf8)).encoding == .utf8)
        #expect(!TextDecoding.decode(Array("Côte".utf8)).guessed)
        let guessed = TextDecoding.decode([0x43, 0xF4, 0x74, 0x65])
        #expect(guessed.encoding == .cp1252 && guessed.guessed && guessed.undecodable.isEmpty)
        #expect(TextDecoding.decode([0x43, 0xF4, 0x81]).encoding == .utf8, "never a guess with an undefined byte")
        #expect(looks(Array("a,b\n1,2\n".utf8)) == nil)
        #expect(looks([0x43, 0xF4, 0x74, 0x65]) == nil)
        #expect(looks(Array("Á".utf8)) == nil, "C3 81 is UTF-8, though 0x81 is not Windows-1252")
        #expect(looks([0x41, 0x81]) == "unknownEncoding(byte: 129) at 1")
        #expect(looks(Array("received,segment\n\0x".utf8)) == "binary at 17")
        #expect(looks([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) == "workbook at 0")
        #expect(looks(Array("a\0b\0c\0".utf8)) == "utf16WithoutByteOrderMark at 0")
    }

    @Test func theCommandLinesEncodingAndDateOrderWinOverThePlans() throws {
        let plan = """
            title = "T"
            date = 2023-12-08
            time_zone = "Europe/Amsterdam"
            start = "11:30"
            end = "13:00"
            registration_deadline = "12/07/2023 00:00"
            encoding = "windows-1252"
            date_order = "mdy"
            speakers = "r.csv"

            [[segments]]
            id = "I"
            budget = "40:00"
            limit = "2:00"
            """
        let csv: [UInt8] = Array("received;segment;delegation\n12/05/2023 10:00;I;C".utf8) + [0xF4] + Array("te\n".utf8)
        func loaded(encoding: TextEncoding? = nil, dateOrder: DateOrder? = nil) -> Registration {
            RegistrationLoader.load(
                path: "/s/plan.toml", encoding: encoding, dateOrder: dateOrder, zones: .system, workingDirectory: "/s"
            ) { $0.hasSuffix(".toml") ? Array(plan.utf8) : csv }
        }
        let byPlan = loaded()
        #expect(byPlan.isUsable && byPlan.diagnostics.isEmpty, "\(lines(byPlan))")
        #expect(byPlan.accepted.map(\.delegation) == ["Côte"])
        let deadline = byPlan.plan.registrationDeadline
        #expect(TimeText.date(deadline, utcOffset: byPlan.plan.utcOffset) == "2023-12-07")
        #expect(TimeText.date(byPlan.accepted[0].received, utcOffset: byPlan.plan.utcOffset) == "2023-12-05")
        let byFlags = loaded(encoding: .utf8, dateOrder: .dayFirst)
        #expect(!byFlags.isUsable, "told UTF-8, the Windows-1252 byte is an error")
        #expect(byFlags.plan.registrationDeadline != deadline, "told day first, 12/07 is the 12th of July")
    }

    @Test func wrongReadingKeysInAPlanNameTheirValue() throws {
        let reg = try loadPlan(
            """
            title = "T"
            date = 2023-12-08
            time_zone = "Europe/Amsterdam"
            start = "11:30"
            end = "13:00"
            registration_deadline = 2023-12-07T00:00:00
            encoding = "latin-1"
            date_order = "ymd"

            [[segments]]
            id = "I"
            budget = "40:00"
            limit = "2:00"
            """)
        #expect(
            lines(reg) == [
                "/session/plan.toml:7:12: error: unknown encoding",
                "/session/plan.toml:8:14: error: date_order is dmy or mdy",
            ])
    }

    @Test func everyHeaderWordNamesOneColumn() {
        var seen: [String: Column] = [:]
        for column in Column.allCases {
            for name in column.names {
                #expect(Column(header: name) == column, "\(name)")
                #expect(Column(header: name.uppercased()) == column, "\(name)")
                let key = name.lowercased().folding(options: [.diacriticInsensitive], locale: nil)
                    .filter { !" -_".contains($0) }
                if let other = seen[key] { #expect(other == column, "\(name) names \(other) too") }
                seen[key] = column
            }
        }
        for (header, column) in [
            ("Timestamp", Column.received), ("Horodateur", .received), ("Email Address", .email),
            ("Adresse e-mail", .email), ("Nom", .speaker), ("Name", .speaker), ("Délégation", .delegation),
            ("Reçu le", .received), ("Completion time", .received), ("Adresse de messagerie", .email),
        ] {
            #expect(Column(header: header) == column, "\(header)")
        }
    }

    /// docs/registration-format.md lists exactly the words of `Column.names`, so the page
    /// and the reader cannot disagree.
    @Test func theDocumentedHeaderWordsAreTheTable() throws {
        let doc = try String(
            contentsOf: repositoryRoot.appendingPathComponent("docs/registration-format.md"), encoding: .utf8)
        var documented: [String: [String]] = [:]
        for line in doc.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            let words = { (cell: String) in
                cell.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["`"]) }
                    .filter { !$0.isEmpty }
            }
            guard let name = words(cells[1]).first else { continue }
            documented[name] = [name] + words(cells[2])
        }
        for column in Column.allCases {
            #expect(documented[column.rawValue] == column.names, "the docs' row for \(column.rawValue)")
        }
    }
}
