// The speaker model as a small text file (`name = number` per line, `#` comments),
// and the same names for `--model name=value` flags.

extension SpeakerModel {
    /// Every tunable parameter, by the name used in files and flags.
    public static var parameters: [(name: String, path: WritableKeyPath<SpeakerModel, Double>, help: String)] {
        [
            ("changeover_median", \.changeoverMedian, "median walk to the microphone, s"),
            ("changeover_sigma", \.changeoverSigma, "spread of the walk (log sigma)"),
            ("absent_probability", \.absentProbability, "P(not in the room when called)"),
            ("early_probability", \.earlyProbability, "P(stops clearly early)"),
            ("early_fraction_low", \.earlyFractionLow, "early stop, lowest fraction of the allowance"),
            ("early_fraction_high", \.earlyFractionHigh, "early stop, highest fraction of the allowance"),
            ("overrun_probability", \.overrunProbability, "P(runs over)"),
            ("overrun_mean", \.overrunMean, "mean overrun, s (exponential)"),
            ("near_limit_spread", \.nearLimitSpread, "spread around the limit, s"),
            ("near_limit_cap", \.nearLimitCap, "most a near-limit speaker goes over, s"),
            ("interruption_probability", \.interruptionProbability, "P(interrupted by interpretation or sound)"),
            ("interruption_low", \.interruptionLow, "shortest interruption, s"),
            ("interruption_high", \.interruptionHigh, "longest interruption, s"),
            ("walk_ins_per_segment", \.walkInsPerSegment, "expected walk-ins per segment"),
            ("point_of_order_probability", \.pointOfOrderProbability, "P(point of order during an intervention)"),
            (
                "point_of_order_between_probability", \.pointOfOrderBetweenProbability,
                "P(point of order with the floor free, after an intervention)"
            ),
            ("point_of_order_median", \.pointOfOrderMedian, "median point of order to the ruling, s"),
            ("point_of_order_sigma", \.pointOfOrderSigma, "spread of a point of order (log sigma)"),
            ("replies_per_session", \.repliesPerSession, "expected rights of reply asked for per session"),
            ("reply_again_probability", \.replyAgainProbability, "P(a request is a delegation's second reply)"),
            ("reply_fraction_low", \.replyFractionLow, "shortest reply, fraction of its limit"),
            ("reply_fraction_high", \.replyFractionHigh, "longest reply, fraction of its limit"),
            ("suspensions_per_session", \.suspensionsPerSession, "expected suspensions per session (0: none)"),
            ("suspension_length", \.suspensionLength, "announced length of a suspension, s"),
            ("officer_reaction", \.officerReaction, "officer's delay ending an intervention, s"),
            ("absent_wait", \.absentWait, "wait for an absent speaker before skipping, s"),
            ("words_per_minute", \.wordsPerMinute, "delivery pace when a statement's length is known"),
        ]
    }

    /// Sets one parameter; returns a reason when the name or value is wrong.
    public mutating func set(_ name: String, _ text: String) -> String? {
        guard let p = Self.parameters.first(where: { $0.name == name }) else {
            return "unknown parameter '\(name)'; known: \(Self.parameters.map(\.name).joined(separator: ", "))"
        }
        guard let value = Double(text), value.isFinite, value >= 0 else {
            return "'\(text)' is not a non-negative number for \(name)"
        }
        if name.hasSuffix("probability"), value > 1 { return "\(name) is a probability: 0 to 1, not \(text)" }
        self[keyPath: p.path] = value
        return nil
    }

    /// Reads a model file; problems name the line and column.
    public static func parse(_ text: String, file: String) -> (model: SpeakerModel, problems: [String]) {
        var model = SpeakerModel()
        var problems: [String] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = line.trimmed
            if trimmed.isEmpty { continue }
            // Split the line itself (not a trimmed copy) so columns index into it.
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                problems.append("\(file):\(n + 1):1: expected 'name = number', found '\(trimmed)'")
                continue
            }
            if let reason = model.set(parts[0].trimmed, parts[1].trimmed) {
                // Point at the value when the name is known, else at the name.
                let known = parameters.contains { $0.name == parts[0].trimmed }
                let column = known ? column(of: parts[1], in: line) : column(of: parts[0], in: line)
                problems.append("\(file):\(n + 1):\(column): \(reason)")
            }
        }
        return (model, problems)
    }

    /// 1-based column of the first non-blank character of `part` within `line`.
    private static func column(of part: Substring, in line: Substring) -> Int {
        let lead = part.prefix { $0 == " " || $0 == "\t" }.count
        return line.distance(from: line.startIndex, to: part.startIndex) + lead + 1
    }

    /// The model as a file, with every parameter and its meaning.
    public var text: String {
        Self.parameters.map { "\($0.name) = \(self[keyPath: $0.path])  # \($0.help)" }.joined(separator: "\n") + "\n"
    }
}

extension StringProtocol {
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
