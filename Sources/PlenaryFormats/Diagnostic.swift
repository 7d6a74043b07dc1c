// One problem found while reading a registration or plan file, placed so that the
// secretariat can find it (file:line:column) and see it (a safe excerpt). An error
// carries its words and hint; a warning is a `RegistrationWarning`, worded by `Strings`,
// which also writes the whole line (`Strings.diagnostic`).
import PlenaryText

/// How bad a problem is: an error makes the list unusable, a warning is worth reading.
public enum Severity: String, Sendable, Hashable, Comparable {
    case warning
    case error

    public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
}

/// A problem with its place in a file, a sanitised excerpt, and an error's words or a warning.
public struct Diagnostic: Sendable, Hashable {
    public var file: String
    /// 1-based line; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column in characters (Unicode scalars); 0 when unknown.
    public var column: Int
    public var severity: Severity
    /// An error's words (English, as the reader found it); empty for a warning.
    public var message: String
    /// The offending text, with unsafe characters written as `\u{1B}`; empty if none.
    public var excerpt: String
    /// How to fix an error, or nothing; empty for a warning.
    public var hint: String
    /// For a warning, which one (`Strings` has its words and hint); nil for errors.
    public var warning: RegistrationWarning?

    public init(
        file: String, line: Int, column: Int, severity: Severity, message: String,
        excerpt: String = "", hint: String = ""
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.excerpt = excerpt
        self.hint = hint
    }

    /// `file:line:column`, shortened when the line or column is unknown.
    public var location: String {
        if line == 0 { return file }
        return column == 0 ? "\(file):\(line)" : "\(file):\(line):\(column)"
    }

    /// The location made safe for a terminal (`TerminalSafe.visible`, as every path);
    /// never shortened, so line and column stay.
    public var safeLocation: String {
        let safeFile = TerminalSafe.visible(file)
        if line == 0 { return safeFile }
        return column == 0 ? "\(safeFile):\(line)" : "\(safeFile):\(line):\(column)"
    }
}

/// Where in a file a finding belongs; the loader turns findings into diagnostics.
public struct SourcePosition: Sendable, Hashable, Codable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}
