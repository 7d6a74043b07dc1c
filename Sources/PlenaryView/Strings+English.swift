// The console in English, the default.
import PlenaryCore

extension Strings {
    public static let english = Strings(
        language: .english,
        speaking: "SPEAKING", wrapUp: "WRAP UP", final: "FINAL SECONDS", time: "TIME",
        overrun: { "OVERRUN \($0)" }, paused: "PAUSED", left: "left", over: "over",
        onTheFloor: "ON THE FLOOR", called: "CALLED", walking: "walking to the microphone",
        floorFree: "FLOOR FREE", spaceGives: { "Space gives the floor to \($0)" },
        next: "NEXT", then: "THEN", noneWaiting: "nobody waiting", limit: "limit", extended: "extended",
        notOpened: "SESSION NOT OPENED", startsAt: { "planned start \($0)" },
        pressToStart: "g opens the session: the chair's opening",
        opening: "OPENING BY THE CHAIR", closing: "CLOSING BY THE CHAIR", closed: "SESSION CLOSED",
        segment: "Segment", session: "Session", behind: "behind", ahead: "ahead", onSchedule: "on schedule",
        projectedEnd: "ends",
        willNotBeReached: { n, names in
            "At this pace \(n) speaker\(n == 1 ? "" : "s") will not be reached: \(names)"
        },
        suspended: { from, to in "Machine asleep \(from)–\(to): recorded; times include the gap" },
        statusDone: "done", statusSpeaking: "floor", statusCalled: "called", statusWaiting: "waiting",
        statusSkipped: "skipped", statusAbsent: "absent", statusWithdrawn: "withdrawn", walkInMark: "walk-in",
        emptyList: "No speakers in this segment.",
        tooSmall: { w, h in "terminal too small (need \(w)×\(h))" },
        notSaved: { "NOT SAVED: \($0) — the action was NOT recorded" },
        continuedIn: { "The journal continues in \($0): do the last action again" },
        clockRebuilt: "Restarted after a reboot: times are rebuilt from the wall clock. Check them, then press K",
        clockConfirmed: "Rebuilt times confirmed", clockNothingToConfirm: "The clock needs no confirmation",
        noneToRestore: "Nobody withdrawn or absent in this segment",
        help: "Keys", helpClose: "any key closes this help",
        confirmYes: "y", confirmHint: "y = yes, any other key = no",
        formHint: "Enter next/accept · Tab complete · Esc cancel",
        suggestionHint: "Tab:", done: "Done", cancelled: "Cancelled",
        happened: { h, name in
            switch h {
            case .opened: "Session opened"
            case .called: "\(name) called"
            case .floorGiven: "\(name) has the floor"
            case .paused(let t): "Paused \(name) at \(t)"
            case .resumed: "Resumed \(name)"
            case .ended(let t): "\(name) finished after \(t)"
            case .skipped: "\(name) skipped: moved to the end of the list"
            case .absent: "\(name) marked absent"
            case .withdrawn: "\(name) withdrawn"
            case .restored: "\(name) back on the list"
            case .added(let n): "\(name) added as No. \(n)"
            case .moved(let n): "\(name) moved to No. \(n)"
            case .extended(let amount): "\(name): \(amount) more"
            case .startCorrected(let t): "\(name): start corrected to \(t)"
            case .segmentStarted: "\(name) started"
            case .closingStarted: "Closing by the chair"
            case .closed: "Session closed"
            case .registrationsAdded(let n): "\(n) registration\(n == 1 ? "" : "s") added at the end of the lists"
            case .pointOfOrderRaised(let by, let stopped):
                (by.isEmpty ? "Point of order" : "Point of order raised by \(by)")
                    + (name.isEmpty ? "" : ": " + ProcedureStrings.english.clockStopped(name, stopped))
            case .pointOfOrderEnded(let after):
                "Point of order ended after \(after)" + (name.isEmpty ? "" : ": \(name) resumes")
            case .replyRequested(let ordinal, let limit, let n, let segment):
                "\(name): right of reply \(ordinal) (\(limit)) added as No. \(n) of \(segment)"
            case .limitChanged(let limit): "\(name): limit now \(limit)"
            case .inWriting: "\(name): statement submitted in writing"
            case .messageShown(let text): "Shown to the speaker: \(text)"
            case .messageCleared: "Message to the speaker cleared"
            case .meetingSuspended(let length, let at): "Meeting suspended for \(length): resumes at \(at)"
            case .meetingResumed(let after): "Meeting resumed after \(after)"
            case .noteAdded: "Note added for \(name)"
            }
        },
        actions: { a in
            switch a {
            case .floor: "give the floor / end"
            case .pause: "pause / resume"
            case .callNext: "call next"
            case .skip: "skip (to end of list)"
            case .extend: "extend by the plan's amount"
            case .extendWithReason: "extend: amount and reason"
            case .undo: "undo (asks while someone has the floor)"
            case .redo: "redo what undo took back"
            case .walkIn: "add a walk-in"
            case .move: "move a speaker"
            case .correctStart: "correct the start time"
            case .nextSegment: "next segment"
            case .withdraw: "withdraw a speaker"
            case .absent: "mark absent"
            case .restore: "restore the last withdrawn or absent"
            case .acknowledgeClock: "confirm times rebuilt after a reboot"
            case .registrationWarnings: "list the registration file's warnings"
            case .closeSession: "close the session"
            case .quit: "quit"
            case .help: "help"
            case .scrollUp: "scroll list up"
            case .scrollDown: "scroll list down"
            case .pointOfOrder: "point of order: raise / end"
            case .pointOfOrderNamed: "point of order: name who"
            case .endPointOfOrder: "end the point of order"
            case .reply: "right of reply (1st, 2nd)"
            case .changeLimit: "change a speaker's limit"
            case .inWriting: "statement in writing (asks)"
            case .message: "message to speaker / clear"
            case .suspend: "suspend / resume the meeting"
            case .note: "note on a speaker's turn"
            }
        },
        legendLabels: { a in
            switch a {
            case .floor: "floor/end"
            case .pause: "pause"
            case .callNext: "call next"
            case .skip: "skip"
            case .extend: "extend"
            case .extendWithReason: "extend…"
            case .undo: "undo"
            case .redo: "redo"
            case .nextSegment: "next"
            case .closeSession: "close"
            case .move: "move"
            case .absent: "absent"
            case .walkIn: "walk-in"
            case .help: "help"
            case .quit: "quit"
            case .pointOfOrder, .pointOfOrderNamed: "point of order"
            case .endPointOfOrder: "end point of order"
            case .reply: "reply"
            case .changeLimit: "limit"
            case .inWriting: "in writing"
            case .message: "message"
            case .suspend: "suspend"
            case .note: "note"
            default: ""
            }
        },
        confirmations: { EnglishPodium.confirmation($0) },
        fields: { f in
            switch f {
            case .delegation: "Delegation"
            case .function: "Function"
            case .segment: "Segment"
            case .position: "Position (1 = next, empty = end)"
            case .listNumber: "Speaker no. in the list"
            case .toPosition: "New position (1 = next)"
            case .startTime: "Floor given at (hh:mm:ss, or -N seconds)"
            case .amount: "Time to add (seconds, or m:ss)"
            case .reason: "Reason"
            case .limit: "New limit (m:ss, or seconds)"
            case .message: "1–4, or the text to show"
            case .length: "Length (minutes, or m:ss)"
            case .note: "Note"
            }
        },
        forms: { k in
            switch k {
            case .walkIn: "Add a walk-in"
            case .move: "Move a waiting speaker"
            case .correctStart: "Correct the start of the intervention"
            case .extend: "Extend the intervention"
            case .pointOfOrder: "Point of order: the delegation raising it (none: Enter)"
            case .reply: "Right of reply"
            case .limit: "Change a waiting speaker's limit"
            case .message: "Message to the speaker"
            case .suspension: "Suspend the meeting"
            case .note: "Note on a speaker's turn"
            }
        })
}
