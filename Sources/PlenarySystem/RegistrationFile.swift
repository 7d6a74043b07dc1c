// A registration list or plan on disk: `RegistrationLoader` given the file reader.
import PlenaryCore
import PlenaryFormats
import PlenaryJournalFormat
import PlenaryZones

public enum RegistrationFile {
    /// Loads a TOML plan (`.toml`) and the CSV it names, or a bare CSV under the default
    /// plan. Throws only when a file cannot be read (missing, a directory, no permission,
    /// over `RegistrationLoader.sizeLimit`); every other problem is a diagnostic.
    /// Local times are read in the plan's zone from the system's tz database. `encoding`
    /// and `dateOrder` are the command line's: they win over the plan's keys. A path of
    /// `-` is a CSV on standard input, named "standard input" in diagnostics.
    public static func load(
        _ path: String, encoding: TextEncoding? = nil, dateOrder: DateOrder? = nil, zones: ZoneDatabase = .system
    ) throws(FileError) -> Registration {
        if path == "-" {
            return RegistrationLoader.csv(
                try FileReader.readStandardInput(limit: RegistrationLoader.sizeLimit),
                file: FileReader.standardInputName, encoding: encoding, dateOrder: dateOrder, zones: zones)
        }
        return try RegistrationLoader.load(
            path: path, encoding: encoding, dateOrder: dateOrder, zones: zones,
            workingDirectory: FileReader.workingDirectory()
        ) {
            (file: String) throws(FileError) -> [UInt8] in
            try FileReader.read(file, limit: RegistrationLoader.sizeLimit)
        }
    }

    /// `load`, and the digest of the bytes read (`RegistrationDigest`), for the journal
    /// header: a resume can then tell that the file changed since the session began.
    public static func loadWithDigest(
        _ path: String, encoding: TextEncoding? = nil, dateOrder: DateOrder? = nil, zones: ZoneDatabase = .system
    ) throws(FileError) -> (registration: Registration, digest: String) {
        if path == "-" {
            let bytes = try FileReader.readStandardInput(limit: RegistrationLoader.sizeLimit)
            let registration = RegistrationLoader.csv(
                bytes, file: FileReader.standardInputName, encoding: encoding, dateOrder: dateOrder, zones: zones)
            return (registration, RegistrationDigest.of([bytes]))
        }
        var files: [[UInt8]] = []
        let registration = try RegistrationLoader.load(
            path: path, encoding: encoding, dateOrder: dateOrder, zones: zones,
            workingDirectory: FileReader.workingDirectory()
        ) {
            (file: String) throws(FileError) -> [UInt8] in
            let bytes = try FileReader.read(file, limit: RegistrationLoader.sizeLimit)
            files.append(bytes)
            return bytes
        }
        return (registration, RegistrationDigest.of(files))
    }
}
