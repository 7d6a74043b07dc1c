// Where zones come from: the tz database's files by IANA name. Reading a file is I/O,
// so the reading is given (PlenarySystem gives the system's /usr/share/zoneinfo, or
// $TZDIR); what is read, and whether a name may be read at all, is decided here.

/// The zones a program can name, as TZif bytes by IANA name.
public struct ZoneDatabase: Sendable {
    /// The bytes of the file for a (checked) zone name, or nil when there is none.
    private let read: @Sendable (String) -> [UInt8]?

    public init(read: @escaping @Sendable (_ name: String) -> [UInt8]?) {
        self.read = read
    }

    /// The zone named `identifier` (an IANA name such as Europe/Amsterdam), or nil.
    public func rules(named identifier: String) -> ZoneRules? {
        guard Self.isZoneName(identifier), let bytes = read(identifier) else { return nil }
        return ZoneRules(tzif: bytes)
    }

    /// `rules(named:)` for turning local times into instants.
    public func resolver(named identifier: String) -> ZoneResolver? { rules(named: identifier).map(ZoneResolver.init) }

    /// IANA names are ASCII letters, digits and - _ + / in relative parts; anything else
    /// is no zone (and no path out of the database: no "..", no leading "/").
    static func isZoneName(_ identifier: String) -> Bool {
        let allowed = identifier.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_+/".unicodeScalars.contains($0))
        }
        return allowed && !identifier.isEmpty && !identifier.hasPrefix("/")
            && !identifier.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }
}
