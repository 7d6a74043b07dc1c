// The follower's side of `plenary serve`: poll the journal as the room display does,
// and publish the pages' snapshots when it changed, when a projected figure may have
// moved (every few seconds) or a new P(on time) is ready (`ServeOdds`), and a heartbeat
// with the server's clock every second.
import FoundationEssentials
import PlenaryCore
import PlenaryExport
import PlenarySystem
import PlenaryText
import PlenaryView

/// One look at the journal: what the display would show, the session time now, the
/// session as recorded (for the report), and whether anything changed since the last look.
public struct ServeFrame {
    public var source: DisplaySource
    public var now: Instant
    public var session: Session?
    public var changed: Bool

    public init(source: DisplaySource, now: Instant, session: Session?, changed: Bool) {
        self.source = source
        self.now = now
        self.session = session
        self.changed = changed
    }
}

public enum ServeLoop {
    /// The journal is looked at this often, as by `plenary display`.
    public static let pollInterval = Duration.milliseconds(100)
    /// A heartbeat every this many polls.
    static let beatEvery = 10
    /// Snapshots are computed again this often even without a change (the projection,
    /// drift and estimated times move while a speaker runs over).
    static let refreshEvery = 50

    /// Runs until cancelled, publishing to `hub`. `look` is called on this task only;
    /// `words` are the registration file's statement lengths, for P(on time).
    public static func run(
        hub: ServeHub, language: Language, rate: Double, words: [SpeakerID: Int] = [:], look: () -> ServeFrame
    ) async {
        var count = 0
        var report = ""
        let odds = ServeOdds(words: words)
        var onTime: Double?
        while !Task.isCancelled {
            let frame = look()
            hub.mark(now: frame.now.milliseconds, rate: isRehearsal(frame.source) ? 0 : rate)
            // As at the console: no odds for a session closed, or for no session at all.
            if case .live(let st, _) = frame.source, let session = frame.session, !st.isClosed {
                odds.update(st, at: frame.now, events: session.events.count)
            } else {
                onTime = nil
            }
            let oddsMoved = odds.take().map { onTime = $0 } != nil
            if frame.changed || oddsMoved || count % refreshEvery == 0 || hub.pages == nil {
                if frame.changed || hub.pages == nil { report = Self.report(frame.session, language: language) }
                hub.publish(pages(frame, language: language, rate: rate, report: report, onTime: onTime))
            }
            if count % beatEvery == 0 { hub.beat(now: frame.now.milliseconds) }
            count += 1
            try? await Task.sleep(for: pollInterval)
        }
        hub.finish()
    }

    static func isRehearsal(_ source: DisplaySource) -> Bool {
        if case .live(_, rehearsal: true) = source { return true }
        return false
    }

    /// Both variants of the snapshot, as JSON.
    public static func pages(
        _ frame: ServeFrame, language: Language, rate: Double, report: String, onTime: Double? = nil
    ) -> PublishedPages {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func json(_ freeze: Bool) -> (String, PageSnapshot) {
            let snap = PageSnapshot.of(
                frame.source, now: frame.now, rate: rate, language: language, freeze: freeze, onTime: onTime)
            let data = (try? encoder.encode(snap)) ?? Data("{}".utf8)
            return (String(decoding: data, as: UTF8.self), snap)
        }
        let (normal, snap) = json(false)
        let (frozen, _) = json(true)
        let title = snap.title.isEmpty ? WebStrings.of(language).speakerPage : snap.title
        return PublishedPages(
            normal: normal, frozen: frozen, report: report, language: language.rawValue, title: title)
    }

    /// The HTML report of the session so far (the export's renderer), or an empty page.
    /// Every name in it first passes the console's sanitiser, as on the other pages.
    public static func report(_ session: Session?, language: Language) -> String {
        guard let session else { return "<!DOCTYPE html>\n<html><body></body></html>\n" }
        let initial = session.initial
        let speakers = initial.order.joined().compactMap { initial.speakers[$0] }.map(clean)
        var plan = session.plan
        plan.title = TerminalSafe.clean(plan.title)
        for i in plan.segments.indices {
            plan.segments[i].id = TerminalSafe.clean(plan.segments[i].id)
            plan.segments[i].title = TerminalSafe.clean(plan.segments[i].title)
        }
        let events = session.events.map { e -> Event in
            var e = e
            switch e.fact {
            case .walkInAdded(let sp, let position): e.fact = .walkInAdded(speaker: clean(sp), position: position)
            case .registrationsAdded(let list): e.fact = .registrationsAdded(speakers: list.map(clean))
            default: break
            }
            return e
        }
        let log = ActualTimesLog.build(
            plan: plan, speakers: speakers, events: events,
            remarks: session.state.isClosed ? [] : [ExportWords.of(language).stillBeingWritten])
        return log.render(.html, language: language)
    }

    static func clean(_ speaker: Speaker) -> Speaker {
        var s = speaker
        s.delegation = TerminalSafe.clean(s.delegation)
        s.function = TerminalSafe.clean(s.function)
        return s
    }
}
