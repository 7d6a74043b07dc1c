import PlenaryCore

// What a cell means, not how it looks. A theme maps each role to colours and
// attributes; the screen model only ever names roles, so a monochrome terminal,
// a light room and a colour-blind reader all get the same information.

/// The meaning of a cell on the console, mapped to a look by a theme.
public enum StyleRole: String, Sendable, Hashable, CaseIterable {
    case normal
    /// The top bar: session title and wall clock.
    case title
    /// The session line: segment, remaining, drift, projected end.
    case status
    /// Secondary text: functions, hints, planned times.
    case dim
    /// Small caps labels: "ON THE FLOOR", "NEXT".
    case label
    /// The delegation on the floor.
    case speaker
    // Warning stages of the speaker on the floor, from calm to escalating.
    case onTime
    case wrapUp
    case final
    case time
    case overrun
    case paused
    /// A speaker called and walking to the microphone.
    case called
    /// The floor is free, or the session is not under way.
    case idle
    /// "Speakers will not be reached", a suspend gap, a refused command.
    case warning
    /// NOT SAVED: the journal refused an action.
    case banner
    /// The key legend at the bottom.
    case legend
    /// The key names inside the legend and the help overlay.
    case legendKey
    /// The line of the list that is on the floor or selected.
    case selection
    /// The operator's last action, confirmed.
    case message
    // The speakers list.
    case done
    case waiting
    case skipped
    case withdrawn
    /// Help overlay, forms and confirmations.
    case overlay
    case overlayTitle
    /// Text being typed in a form.
    case input
    /// A message to the speaker on the room display ("Please conclude"): a band of its
    /// own, unlike any stage, so it is never read as one.
    case speakerMessage
}

extension StyleRole {
    /// The role that shows a warning stage.
    public static func of(_ stage: Stage) -> StyleRole {
        switch stage {
        case .onTime: .onTime
        case .wrapUp: .wrapUp
        case .final: .final
        case .time: .time
        case .overrun: .overrun
        }
    }
}
