/// The program version written into every journal header.
public enum ProgramVersion {
    public static let current = "plenary 0.1.0"
}
