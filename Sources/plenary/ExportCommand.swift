import ArgumentParser
import PlenaryCore
import PlenaryExport
import PlenaryFormats
import PlenaryJournalFormat
import PlenarySystem
import PlenaryText

#if canImport(Glibc)
    import Glibc
#endif

extension ExportFormat: ExpressibleByArgument {}
extension ExportTable: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the actual-times log of a session journal.",
        discussion: """
            One row per intervention, planned against actual per segment and for the session, and \
            per delegation what was allotted and used. A journal still being written can be exported: \
            the log then says it is provisional. The journal is only read, never changed.
            """)

    @Argument(help: "The session journal.", completion: .journal)
    var journal: String

    @Option(help: "csv, json, md or html.")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: "Write here (atomically); - or none is standard output.", completion: .file())
    var output: String?

    @Option(help: "For csv: interventions, segments, delegations, points-of-order, suspensions or messages.")
    var table: ExportTable = .interventions

    @Flag(help: "For csv: for spreadsheets (UTF-8 BOM, ';', local date-times, h:mm:ss and seconds).")
    var excel = false

    @Option(help: "The words of the export: en or fr.")
    var lang: Language = .english

    @Flag(help: "For a damaged journal: export the intact records before the damage, marked as salvaged.")
    var salvage = false

    func validate() throws {
        if excel && format != .csv { throw ValidationError("--excel is for --format csv.") }
    }

    func run() throws {
        let path = try JournalCommand.Verify.newest(journal)
        let bytes: [UInt8]
        do { bytes = try FileReader.read(path) } catch { throw CommandFailure(error) }
        let (salvaged, damage) = JournalReader.salvage(bytes)
        guard let reading = salvaged, damage == nil || salvage else {
            throw CommandFailure(
                .dataErrors,
                JournalError.damaged(path: path, damage!).description
                    + (salvaged == nil ? "" : " `plenary export --salvage` exports the intact records before it."))
        }
        let live = DurableFiles.isLockedByAnother(path)
        let words = ExportWords.of(lang)
        var remarks = JournalRemarks.of(reading, utcOffset: reading.header.plan.utcOffset, words: words)
        if live { remarks.insert(words.stillBeingWritten, at: 0) }
        if let damage {
            remarks.insert(words.salvaged(damage.line, damage.reason, reading.records.count), at: 0)
        }
        var log = ActualTimesLog.build(
            plan: reading.header.plan, speakers: reading.header.speakers,
            events: reading.events, remarks: remarks,
            rehearsal: reading.header.rehearsal)
        log.salvaged = damage != nil
        let text = log.render(format, table: table, language: lang, excel: excel)
        if let output, output != "-" {
            do { try DurableFiles.writeAtomically(Array(text.utf8), to: output) } catch { throw CommandFailure(error) }
        } else {
            print(text, terminator: "")
        }
        if let damage {
            warn(
                "note: \(path) is damaged at line \(damage.line); this export holds only the "
                    + "\(reading.records.count) intact records before it (salvaged).")
        }
        if live {
            warn("note: \(journal) is still being written; this export is provisional.")
        } else if !log.isFinal {
            warn("note: the session in \(journal) was not closed; this export is provisional.")
        }
    }
}

/// What the journal itself says about the record, in words for the log.
enum JournalRemarks {
    static func of(_ r: JournalReading, utcOffset off: Duration, words: ExportWords) -> [String] {
        var out: [String] = []
        if let c = r.header.continues { out.append(words.continues(c.path, c.lastSeq, c.reason)) }
        for rec in r.records {
            guard case .note(let note) = rec.entry else { continue }
            let when = TimeText.clockSeconds(rec.wall, utcOffset: off)
            switch note {
            case .repaired(let n, let copy): out.append(words.repaired(when, n, copy))
            case .resumed(_, true): out.append(words.resumedAfterRestart(when))
            case .resumed(_, false), .clockAcknowledged:
                break
            }
        }
        if r.tornBytes > 0 { out.append(words.tornTail(r.tornBytes)) }
        return out
    }
}

/// A line for standard error. Whatever it quotes (a path, a journal's words), nothing in
/// it reaches the terminal raw: unsafe scalars are shown as `\u{1B}` (`TerminalSafe`).
func warn(_ s: String) {
    var err = StandardError()
    print(TerminalSafe.visibleLines(s), to: &err)
}

struct StandardError: TextOutputStream {
    mutating func write(_ s: String) {
        var s = s
        s.withUTF8 { _ = Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
