// Where a terminal escape sequence in untrusted text ends (ECMA-48), so sanitising
// removes all of it. A terminal would act on the whole sequence and show none of
// it; leaving its printable tail ("[31m", "]0;title") would put garbage in a name.
// The console's key decoder uses it too, to drop a sequence typed or pasted at it.

public enum EscapeSequence {
    /// How far a control string (OSC, DCS, APC, PM, SOS) is searched for its end.
    static let stringLimit = 512

    /// If a sequence starts at `i`, the index just after it; nil when `input[i]`
    /// starts none. A malformed or unterminated sequence ends where it stops
    /// looking like one, so the text after it stays.
    public static func end(in input: [Unicode.Scalar], at i: Int) -> Int? {
        switch input[i].value {
        case 0x1B:
            let j = i + 1
            guard j < input.count else { return j }
            let c = input[j].value
            switch c {
            case 0x5B: return controlSequenceEnd(input, from: j + 1)  // ESC [
            case 0x5D, 0x50, 0x5F, 0x5E, 0x58: return stringEnd(input, from: j + 1)  // ESC ] P _ ^ X
            case 0x20...0x2F:  // ESC ( B and the like
                var k = j
                while k < input.count, (0x20...0x2F).contains(input[k].value) { k += 1 }
                return k < input.count && (0x30...0x7E).contains(input[k].value) ? k + 1 : k
            case 0x30...0x7E: return j + 1  // ESC c, ESC 7, ...
            default: return j
            }
        case 0x9B: return controlSequenceEnd(input, from: i + 1)  // CSI
        case 0x9D, 0x90, 0x9F, 0x9E, 0x98: return stringEnd(input, from: i + 1)  // OSC DCS APC PM SOS
        default: return nil
        }
    }

    /// Parameters, intermediates, then one final byte.
    private static func controlSequenceEnd(_ input: [Unicode.Scalar], from start: Int) -> Int {
        var k = start
        while k < input.count, (0x30...0x3F).contains(input[k].value) { k += 1 }
        while k < input.count, (0x20...0x2F).contains(input[k].value) { k += 1 }
        return k < input.count && (0x40...0x7E).contains(input[k].value) ? k + 1 : k
    }

    /// Up to BEL, ESC \ or ST; only the introducer when there is no end in reach.
    private static func stringEnd(_ input: [Unicode.Scalar], from start: Int) -> Int {
        var k = start
        while k < input.count, k - start < stringLimit {
            switch input[k].value {
            case 0x07, 0x9C: return k + 1
            case 0x1B where k + 1 < input.count && input[k + 1] == "\\": return k + 2
            default: k += 1
            }
        }
        return start
    }
}
