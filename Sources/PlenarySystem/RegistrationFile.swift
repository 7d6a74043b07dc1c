// A registration list or plan on disk: `RegistrationLoader` given the file reader.
import PlenaryFormats
import PlenaryJournalFormat
import PlenaryZones

public enum RegistrationFile {
    /// Loads a TOML plan (`.toml`) and the CSV it names, or a bare CSV under the default
    /// plan. Throws only when a file cannot be read (missing, a directory, no permission,
    /// over `RegistrationLoader.sizeLimit`); every other problem is a diagnostic.
    /// Local times are read in the plan's zone from the system's tz database.
    public static func load(_ path: String, encoding: TextEncoding? = nil, zones: ZoneDatabase = .system)
        throws(FileError) -> Registration
    {
        try RegistrationLoader.load(
            path: path, encoding: encoding, zones: zones, workingDirectory: FileReader.workingDirectory()
        ) {
            (file: String) throws(FileError) -> [UInt8] in
            try FileReader.read(file, limit: RegistrationLoader.sizeLimit)
        }
    }

    /// `load`, and the digest of the bytes read (`RegistrationDigest`), for the journal
    /// header: a resume can then tell that the file changed since the session began.
    public static func loadWithDigest(_ path: String, encoding: TextEncoding? = nil, zones: ZoneDatabase = .system)
        throws(FileError) -> (registration: Registration, digest: String)
    {
        var files: [[UInt8]] = []
        let registration = try RegistrationLoader.load(
            path: path, encoding: encoding, zones: zones, workingDirectory: FileReader.workingDirectory()
        ) {
            (file: String) throws(FileError) -> [UInt8] in
            let bytes = try FileReader.read(file, limit: RegistrationLoader.sizeLimit)
            files.append(bytes)
            return bytes
        }
        return (registration, RegistrationDigest.of(files))
    }
}
