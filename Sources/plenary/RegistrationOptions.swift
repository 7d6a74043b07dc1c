import ArgumentParser
import PlenaryCore
import PlenaryFormats

/// How to read a registration spreadsheet when the file itself cannot say: shared by
/// every command that reads one. Each wins over the plan's `encoding` and `date_order`.
struct RegistrationOptions: ParsableArguments {
    @Option(
        help: """
            Text encoding of a CSV without byte-order mark: utf-8, cp1252, utf-16le, utf-16be. \
            Default: UTF-8, or Windows-1252 (with a warning) when the file is not UTF-8.
            """)
    var encoding: TextEncoding?

    @Option(
        name: .customLong("date-order"),
        help: """
            Whether dates like 05/12/2023 are day first (dmy) or month first (mdy), when the file's \
            own dates do not show it. Default: dmy, with a warning.
            """)
    var dateOrder: DateOrder?
}

extension TextEncoding: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { ["utf-8", "cp1252", "utf-16le", "utf-16be"] }
}

extension DateOrder: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}
