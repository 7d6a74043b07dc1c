// The system's tz database, where glibc finds it: $TZDIR, else /usr/share/zoneinfo.
// The zone engine (PlenaryZones) parses what is read here; it reads nothing itself.
import Glibc
import PlenaryZones

extension ZoneDatabase {
    /// Zones from the system's tz database files.
    public static let system = ZoneDatabase { name in
        let directory = getenv("TZDIR").map { String(cString: $0) } ?? "/usr/share/zoneinfo"
        return try? FileReader.read(directory + "/" + name)
    }
}
