// What every fuzz target checks of text that reaches a terminal or a report.

/// C0/C1 controls, DEL, bidi controls and format characters.
public func unsafe(_ s: String) -> Bool {
    s.unicodeScalars.contains {
        $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.properties.generalCategory == .format
    }
}
