// `Decoder` over a parsed `RecordJSON` tree: what the synthesized `Codable` of the
// journal's types needs, and nothing that tracks more than a coding path on demand.
// Strict like JSONDecoder: integers only from integral numbers in range, no
// conversion between strings and numbers, a missing key is an error.

struct RecordDecoder: Decoder {
    let value: RecordJSON
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ value: RecordJSON, path: [any CodingKey] = []) {
        self.value = value
        codingPath = path
    }

    static func decode<T: Decodable>(_ type: T.Type, from value: RecordJSON) throws -> T {
        try T(from: RecordDecoder(value))
    }

    func mismatch(_ expected: String) -> DecodingError {
        .typeMismatch(Any.self, .init(codingPath: codingPath, debugDescription: "expected \(expected)"))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let pairs) = value else { throw mismatch("an object") }
        return KeyedDecodingContainer(Keyed<Key>(pairs: pairs, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = value else { throw mismatch("an array") }
        return Unkeyed(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(decoder: self) }

    // MARK: Scalars, shared by the three containers.

    func bool() throws -> Bool {
        guard case .bool(let b) = value else { throw mismatch("a boolean") }
        return b
    }

    func string() throws -> String {
        guard case .string(let s) = value else { throw mismatch("a string") }
        return s
    }

    func double() throws -> Double {
        switch value {
        case .double(let d): return d
        case .integer(let n): return Double(n)
        case .unsignedInteger(let n): return Double(n)
        default: throw mismatch("a number")
        }
    }

    func integer<T: FixedWidthInteger>(_: T.Type) throws -> T {
        switch value {
        case .integer(let n): if let v = T(exactly: n) { return v }
        case .unsignedInteger(let n): if let v = T(exactly: n) { return v }
        default: break
        }
        throw mismatch("an integer that fits \(T.self)")
    }

    func decode<T: Decodable>(_: T.Type) throws -> T {
        switch T.self {
        case is String.Type: return try string() as! T
        case is Int.Type: return try integer(Int.self) as! T
        case is Int64.Type: return try integer(Int64.self) as! T
        case is UInt64.Type: return try integer(UInt64.self) as! T
        case is Bool.Type: return try bool() as! T
        case is Double.Type: return try double() as! T
        default: return try T(from: self)
        }
    }

    var isNull: Bool { if case .null = value { true } else { false } }

    // MARK: Containers

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let pairs: [RecordJSON.Member]
        let codingPath: [any CodingKey]

        var allKeys: [Key] { pairs.compactMap { Key(stringValue: $0.key) } }

        func contains(_ key: Key) -> Bool { find(key) != nil }

        func find(_ key: Key) -> RecordJSON? {
            let name = key.stringValue
            for pair in pairs where pair.key == name { return pair.value }
            return nil
        }

        func child(_ key: Key) throws -> RecordDecoder {
            guard let v = find(key) else {
                throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no value for \(key.stringValue)"))
            }
            return RecordDecoder(v, path: codingPath + [key])
        }

        func decodeNil(forKey key: Key) throws -> Bool { find(key).map { if case .null = $0 { true } else { false } } ?? true }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try child(key).bool() }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try child(key).string() }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try child(key).double() }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try child(key).double()) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key).integer(Int.self) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try child(key).integer(Int8.self) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try child(key).integer(Int16.self) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try child(key).integer(Int32.self) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try child(key).integer(Int64.self) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try child(key).integer(UInt.self) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try child(key).integer(UInt8.self) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try child(key).integer(UInt16.self) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try child(key).integer(UInt32.self) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try child(key).integer(UInt64.self) }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decode(T.self) }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            guard let v = find(key) else { return nil }
            if case .null = v { return nil }
            return try RecordDecoder(v, path: codingPath + [key]).decode(T.self)
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey> {
            try child(key).container(keyedBy: type)
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try child(key).unkeyedContainer() }
        func superDecoder() throws -> any Decoder { RecordDecoder(.object(pairs), path: codingPath) }
        func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let items: [RecordJSON]
        let codingPath: [any CodingKey]
        var currentIndex = 0

        init(items: [RecordJSON], codingPath: [any CodingKey]) {
            self.items = items
            self.codingPath = codingPath
        }

        var count: Int? { items.count }
        var isAtEnd: Bool { currentIndex >= items.count }

        struct Index: CodingKey {
            var intValue: Int?
            var stringValue: String { "\(intValue ?? 0)" }
            init(_ i: Int) { intValue = i }
            init?(stringValue: String) { nil }
            init?(intValue: Int) { self.intValue = intValue }
        }

        mutating func next() throws -> RecordDecoder {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "the array ended"))
            }
            defer { currentIndex += 1 }
            return RecordDecoder(items[currentIndex], path: codingPath + [Index(currentIndex)])
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, case .null = items[currentIndex] else { return false }
            currentIndex += 1
            return true
        }
        mutating func decode(_ type: Bool.Type) throws -> Bool { try next().bool() }
        mutating func decode(_ type: String.Type) throws -> String { try next().string() }
        mutating func decode(_ type: Double.Type) throws -> Double { try next().double() }
        mutating func decode(_ type: Float.Type) throws -> Float { Float(try next().double()) }
        mutating func decode(_ type: Int.Type) throws -> Int { try next().integer(Int.self) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().integer(Int8.self) }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().integer(Int16.self) }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().integer(Int32.self) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().integer(Int64.self) }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try next().integer(UInt.self) }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().integer(UInt8.self) }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().integer(UInt16.self) }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().integer(UInt32.self) }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().integer(UInt64.self) }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(T.self) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
            -> KeyedDecodingContainer<NestedKey> {
            try next().container(keyedBy: type)
        }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
        mutating func superDecoder() throws -> any Decoder { try next() }
    }

    struct Single: SingleValueDecodingContainer {
        let decoder: RecordDecoder
        var codingPath: [any CodingKey] { decoder.codingPath }

        func decodeNil() -> Bool { decoder.isNull }
        func decode(_ type: Bool.Type) throws -> Bool { try decoder.bool() }
        func decode(_ type: String.Type) throws -> String { try decoder.string() }
        func decode(_ type: Double.Type) throws -> Double { try decoder.double() }
        func decode(_ type: Float.Type) throws -> Float { Float(try decoder.double()) }
        func decode(_ type: Int.Type) throws -> Int { try decoder.integer(Int.self) }
        func decode(_ type: Int8.Type) throws -> Int8 { try decoder.integer(Int8.self) }
        func decode(_ type: Int16.Type) throws -> Int16 { try decoder.integer(Int16.self) }
        func decode(_ type: Int32.Type) throws -> Int32 { try decoder.integer(Int32.self) }
        func decode(_ type: Int64.Type) throws -> Int64 { try decoder.integer(Int64.self) }
        func decode(_ type: UInt.Type) throws -> UInt { try decoder.integer(UInt.self) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.integer(UInt8.self) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.integer(UInt16.self) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.integer(UInt32.self) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.integer(UInt64.self) }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(T.self) }
    }
}
