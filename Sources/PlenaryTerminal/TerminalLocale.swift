// ncursesw encodes every cell in the codeset of LC_CTYPE. Under LC_ALL=C, LANG=POSIX,
// no locale variable at all, or a locale the machine has not generated (setlocale
// fails and leaves "C"), that codeset is ASCII, and curses writes "—", "█" and "ô" as
// escapes ("~@~T") that shift everything after them, digits included: the podium read
// "1:89 left" for 1:59. So the terminal takes the environment's character type only
// when it is UTF-8, and otherwise a UTF-8 one (the same language's, else C.UTF-8,
// built into glibc since 2.35). Only LC_CTYPE is set: numbers and times are formatted
// by Plenary's own code, never by the locale.
import CNcursesw
import Glibc

enum TerminalLocale {
    /// Sets LC_CTYPE to a UTF-8 locale, or says which variable to set.
    static func useUTF8() throws(TerminalError) {
        if setlocale(LC_CTYPE, "") != nil, codesetIsUTF8 { return }
        let (variable, value) = decidingVariable()
        var tried: [String] = []
        for candidate in candidates(for: value) where !tried.contains(candidate) {
            tried.append(candidate)
            if setlocale(LC_CTYPE, candidate) != nil, codesetIsUTF8 { return }
        }
        throw TerminalError(
            description: "the terminal needs a UTF-8 locale and none is installed here (tried "
                + tried.joined(separator: ", ") + "); set \(variable) to one that `locale -a` lists")
    }

    /// Whether the current LC_CTYPE encodes text as UTF-8.
    static var codesetIsUTF8: Bool {
        let codeset = String(cString: nl_langinfo(nl_item(CODESET))).lowercased()
        return codeset == "utf-8" || codeset == "utf8"
    }

    /// The variable that decides the character type, in POSIX's order (LC_ALL, then
    /// LC_CTYPE, then LANG), and its value; LANG when none is set.
    static func decidingVariable() -> (String, String) {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let v = getenv(name).map({ String(cString: $0) }), !v.isEmpty { return (name, v) }
        }
        return ("LANG", "")
    }

    /// UTF-8 locales to try for `value`: the same language and territory in UTF-8
    /// ("fr_FR.ISO-8859-1" → "fr_FR.UTF-8"), then C.UTF-8.
    static func candidates(for value: String) -> [String] {
        let language = value.prefix { $0 != "." && $0 != "@" }
        let same = language.isEmpty || language == "C" || language == "POSIX" ? [] : ["\(language).UTF-8"]
        return same + ["C.UTF-8"]
    }
}
