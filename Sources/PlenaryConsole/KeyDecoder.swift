// What the terminal reads, turned into keys. Curses hands over characters one by one
// and recognises only the function keys it knows, so an escape sequence that reaches
// it (typed, or pasted by a terminal without bracketed paste) arrives as ESC followed
// by ordinary characters: read as keys, "\e]8;;http://…" would cancel a form and then
// run "8", ";", "h" … as console commands. The decoder drops each such sequence whole
// (the ECMA-48 rules in PlenaryText's `EscapeSequence`), keeps any other ESC as the
// Escape key, and gathers a bracketed paste (ESC [200~ … ESC [201~) into one
// `.paste`, which only a form takes, and only as text.
import PlenaryText

/// One thing curses read, before it means a key.
public enum TerminalInput: Sendable, Hashable {
    /// A character, or a control character, as typed.
    case scalar(Unicode.Scalar)
    /// A function key curses recognised (arrows, pages, Home, Enter on the keypad, …).
    case key(Key)
    /// The terminal's bracketed-paste markers (ESC [200~ and ESC [201~).
    case pasteBegins, pasteEnds
}

/// Turns what curses read into keys; keeps an unfinished paste between reads.
public struct KeyDecoder: Sendable {
    /// The most characters one paste keeps; the rest of a huge paste is dropped.
    public static let pasteLimit = 4096
    /// What a paste under way has brought so far; nil outside a paste.
    private var paste: [Unicode.Scalar]?

    public init() {}

    /// The keys in `batch`, everything curses had waiting at one read. An ESC with the
    /// rest of a sequence right behind it in the same read (curses waited for it)
    /// starts that sequence; any other ESC is the Escape key.
    public mutating func decode(_ batch: [TerminalInput]) -> [Key] {
        var keys: [Key] = []
        var i = 0
        while i < batch.count {
            let input = batch[i]
            i += 1
            if paste != nil {
                gather(input, into: &keys)
                continue
            }
            switch input {
            case .pasteBegins: paste = []
            case .pasteEnds: break
            case .key(let key): keys.append(key)
            case .scalar(let s):
                let following = Self.scalars(in: batch, from: i)
                if s.value == 0x1B, !Self.introducesSequence(following.first) {
                    keys.append(.escape)
                } else if let end = EscapeSequence.end(in: [s] + following, at: 0) {
                    i += end - 1
                } else if let key = Self.key(for: s) {
                    keys.append(key)
                }
            }
        }
        return keys
    }

    /// Inside a paste: characters are kept (up to the limit), function keys curses
    /// made of sequences inside the paste are dropped, the closing marker ends it.
    private mutating func gather(_ input: TerminalInput, into keys: inout [Key]) {
        switch input {
        case .scalar(let s):
            if paste!.count < Self.pasteLimit { paste!.append(s) }
        case .pasteEnds:
            keys.append(.paste(String(String.UnicodeScalarView(paste!))))
            paste = nil
        case .key, .pasteBegins:
            break
        }
    }

    /// Whether a character after ESC makes it a control sequence or string (CSI, OSC,
    /// DCS, APC, PM, SOS) or a character-set choice ("ESC ( B"). After anything else,
    /// or nothing, the ESC is the Escape key: Esc then q typed within curses' escape
    /// delay is Escape and q.
    static func introducesSequence(_ next: Unicode.Scalar?) -> Bool {
        guard let v = next?.value else { return false }
        return [0x5B, 0x5D, 0x50, 0x5F, 0x5E, 0x58].contains(v) || (0x20...0x2F).contains(v)
    }

    /// The scalars that follow `start` in the batch without a function key between.
    private static func scalars(in batch: [TerminalInput], from start: Int) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for input in batch[start...] {
            guard case .scalar(let s) = input else { break }
            out.append(s)
        }
        return out
    }

    /// The key a character is: Enter, Backspace, Tab, or itself; other control
    /// characters (C0, DEL aside, and C1) are no key at all.
    static func key(for s: Unicode.Scalar) -> Key? {
        switch s.value {
        case 10, 13: .enter
        case 8, 127: .backspace
        case 9: .tab
        case 0..<32, 0x80..<0xA0: nil
        default: .char(Character(s))
        }
    }
}
