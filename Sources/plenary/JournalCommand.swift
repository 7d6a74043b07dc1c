import ArgumentParser
import PlenaryCore
import PlenaryFormats
import PlenaryJournalFormat
import PlenarySystem
import PlenaryText
import PlenaryView

#if canImport(Glibc)
    import Glibc
#endif

struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Check a session journal.",
        subcommands: [Verify.self, Drive.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every record of a journal (checksums, sequence, chain) without changing it.")

        @Argument(help: "The session journal.", completion: .journal)
        var journal: String

        func run() throws {
            let path = try Self.newest(journal)
            let bytes: [UInt8]
            do { bytes = try FileReader.read(path) } catch { throw CommandFailure(error) }
            let (reading, damage) = JournalReader.salvage(bytes)
            guard let r = reading else {
                throw CommandFailure(JournalError.damaged(path: path, damage!))
            }
            let h = r.header
            let shown = TerminalSafe.clean(path)
            if let damage {
                print("\(shown):\(damage.line): damaged: \(TerminalSafe.clean(damage.reason))")
                print(
                    "  the intact prefix before it: \(r.records.count) records (\(r.intactLength) bytes), "
                        + "\(r.events.count) events")
            } else {
                print("\(shown): \(r.records.count) intact records (\(r.intactLength) bytes), \(r.events.count) events")
            }
            print(
                "  \(h.rehearsal ? "rehearsal" : "live session"): \(TerminalSafe.clean(h.plan.title)), "
                    + "written by \(TerminalSafe.clean(h.program))")
            if let last = r.events.last {
                // The fact's name as the journal spells it (docs/journal-format.md).
                let name = String(describing: last.fact).prefix { $0 != "(" }
                print("  last event: \(name) at \(TimeText.iso(last.at, utcOffset: h.plan.utcOffset))")
            }
            let state = Session(plan: h.plan, speakers: h.speakers, events: r.events).state
            print("  session \(state.isClosed ? "closed" : "not closed")")
            if r.tornBytes > 0 {
                print(
                    "  ends in an incomplete record of \(r.tornBytes) bytes (never acknowledged); "
                        + "`plenary run` cuts it off and keeps a .broken copy")
            }
            if r.unterminated { print("  its last record has lost its newline; `plenary run` puts it back") }
            if DurableFiles.isLockedByAnother(path) { print("  being written by a running console now") }
            if let damage {
                throw CommandFailure(
                    .dataErrors,
                    "\(shown):\(damage.line): the journal is damaged; it was not changed. "
                        + "`plenary export --salvage` exports the intact prefix.")
            }
        }

        /// The newest journal of the chain `journal` starts, said on standard error
        /// when it is not `journal` itself.
        static func newest(_ journal: String) throws -> String {
            let path: String
            do { path = try JournalFile.newest(journal) } catch { throw CommandFailure(error) }
            if path != journal {
                warn("plenary: reading \(TerminalSafe.clean(path)), the continuation of \(TerminalSafe.clean(journal))")
            }
            return path
        }
    }

    /// Drives a journal from commands on standard input, exactly as the console does
    /// (SessionStore, decide, persist, record), printing `ack` only after each durable
    /// write. For the kill tests and for trying the journal by hand.
    struct Drive: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the default session from commands on standard input (testing aid).",
            shouldDisplay: false)

        @Option(help: "The journal to create or resume.", completion: .journal)
        var journal: String

        @Flag(help: "Resume a closed session.")
        var reopen = false

        func run() throws {
            var opened: OpenedSession
            do {
                opened = try SessionStore.open(
                    plan: DefaultSession.plan, speakers: DefaultSession.speakers,
                    path: journal, rehearsal: false, reopenClosed: reopen)
            } catch { throw CommandFailure(error) }
            let clock = SessionClock(anchor: opened.anchor)
            say("ready \(opened.kind) events=\(opened.session.events.count) path=\(opened.journal.path)")
            while let line = readLine() {
                let words = line.split(separator: " ").map(String.init)
                guard let verb = words.first else { continue }
                if verb == "status" {
                    let s = opened.session.state
                    let ms = s.speakingTime(at: clock.now())?.wholeMilliseconds ?? -1
                    say(
                        "status events=\(opened.session.events.count) speaker=\(s.speakerAtFloor?.rawValue ?? 0) "
                            + "speaking_ms=\(ms)")
                    continue
                }
                guard let command = Self.command(words) else {
                    say("unknown \(verb)")
                    continue
                }
                switch opened.session.decide(command, at: clock.now()) {
                case .failure(let r):
                    say("rejected \(Strings.english.refusal(r))")
                case .success(let events):
                    do {
                        try opened.journal.persist(events)
                    } catch {
                        say("NOT SAVED \((error as? JournalError)?.reason ?? "\(error)")")
                        continue
                    }
                    opened.session.record(events)
                    say("ack \(opened.session.events.count) \(verb)")
                }
            }
        }

        static func command(_ w: [String]) -> Command? {
            switch w[0] {
            case "open": .openSession
            case "next": .startNextSegment
            case "call": .callNext
            case "floor": .giveFloor
            case "pause": .pause
            case "resume": .resume
            case "end": .endIntervention
            case "skip": .skip(nil)
            case "absent": .markAbsent(nil)
            case "extend":
                .extend(
                    by: .seconds(Int(w.count > 1 ? w[1] : "30") ?? 30),
                    reason: w.dropFirst(2).joined(separator: " "))
            case "undo": .undo
            case "close": .closeSession
            default: nil
            }
        }

        private func say(_ s: String) {
            print(s)
            fflush(nil)
        }
    }
}
