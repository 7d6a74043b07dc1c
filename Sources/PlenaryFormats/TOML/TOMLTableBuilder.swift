// The rules for where a key may go while a TOML document is read: no key twice, no
// table defined twice, inline tables closed, dotted keys only extend their own tables.
// Built mutably while reading, then frozen into `TOMLTable` values.

final class TOMLTableBuilder {
    /// How a table came to exist, which decides what may still be added to it.
    enum Origin {
        /// Named as the parent in a header (`a` in `[a.b]`); a later `[a]` may define it.
        case implicit
        /// Defined by its own `[header]` or `[[header]]` (or the document itself).
        case header
        /// Created by a dotted key (`a` in `a.b = 1`); only more dotted keys extend it.
        case dotted
        /// An inline table `{ … }` while it is read; frozen into a value after.
        case inline
    }

    enum Slot {
        case value(TOMLValue)
        case table(TOMLTableBuilder)
        case tables([TOMLTableBuilder])
    }

    private(set) var origin: Origin
    private(set) var position: SourcePosition
    private var order: [String] = []
    private var slots: [String: (slot: Slot, keyAt: SourcePosition)] = [:]

    init(_ origin: Origin, at position: SourcePosition) {
        self.origin = origin
        self.position = position
    }

    private static func place(_ p: SourcePosition) -> String { "line \(p.line), column \(p.column)" }

    private func add(_ name: String, _ slot: Slot, at: SourcePosition) {
        order.append(name)
        slots[name] = (slot, at)
    }

    private func conflict(_ name: String, at: SourcePosition, _ what: String) -> TOMLError {
        let first = slots[name].map { " (first at \(Self.place($0.keyAt)))" } ?? ""
        return TOMLError("‘\(SafeText.excerpt(name))’ \(what)\(first)", at: at)
    }

    /// The table a header passes through on the way to its last key.
    func descend(into name: String, at: SourcePosition, forHeader: Bool) throws(TOMLError) -> TOMLTableBuilder {
        switch slots[name]?.slot {
        case nil:
            let child = TOMLTableBuilder(.implicit, at: at)
            add(name, .table(child), at: at)
            return child
        case .table(let child):
            return child
        case .tables(let list):
            return list[list.count - 1]
        case .value(let v) where v.table != nil:
            throw conflict(name, at: at, "is an inline table, which cannot be added to")
        case .value:
            throw conflict(name, at: at, "is already a value, not a table")
        }
    }

    /// `[name]`: a new table, or one so far only named as a parent.
    func defineTable(_ name: String, at: SourcePosition) throws(TOMLError) -> TOMLTableBuilder {
        switch slots[name]?.slot {
        case nil:
            let child = TOMLTableBuilder(.header, at: at)
            add(name, .table(child), at: at)
            return child
        case .table(let child) where child.origin == .implicit:
            child.origin = .header
            child.position = at
            return child
        case .table(let child) where child.origin == .dotted:
            throw conflict(name, at: at, "is already defined by dotted keys; its [table] cannot be opened again")
        case .table, .value:
            throw conflict(name, at: at, "is already defined; a table is defined only once")
        case .tables:
            throw conflict(name, at: at, "is an array of tables; write [[\(SafeText.excerpt(name))]]")
        }
    }

    /// `[[name]]`: a new table appended to the array of tables `name`.
    func appendArrayTable(_ name: String, at: SourcePosition) throws(TOMLError) -> TOMLTableBuilder {
        let child = TOMLTableBuilder(.header, at: at)
        switch slots[name]?.slot {
        case nil:
            add(name, .tables([child]), at: at)
        case .tables(var list):
            list.append(child)
            slots[name]?.slot = .tables(list)
        case .table:
            throw conflict(name, at: at, "is already a table, not an array of tables")
        case .value:
            throw conflict(name, at: at, "is already a value; [[\(SafeText.excerpt(name))]] cannot add to it")
        }
        return child
    }

    /// `a.b.c = value`: intermediate tables are created as dotted; no key is set twice.
    func assign(_ pair: (key: [(name: String, at: SourcePosition)], value: TOMLValue)) throws(TOMLError) {
        var table = self
        for part in pair.key.dropLast() {
            switch table.slots[part.name]?.slot {
            case nil:
                let child = TOMLTableBuilder(.dotted, at: part.at)
                table.add(part.name, .table(child), at: part.at)
                table = child
            case .table(let child) where child.origin == .dotted:
                table = child
            default:
                throw table.conflict(part.name, at: part.at, "is already defined; dotted keys cannot add to it")
            }
        }
        let last = pair.key[pair.key.count - 1]
        guard table.slots[last.name] == nil else {
            throw table.conflict(last.name, at: last.at, "is defined twice")
        }
        table.add(last.name, .value(pair.value), at: last.at)
    }

    /// The finished table, entries in the order written.
    func frozen() -> TOMLTable {
        var table = TOMLTable()
        for name in order {
            guard let (slot, keyAt) = slots[name] else { continue }
            let value: TOMLValue =
                switch slot {
                case .value(let v): v
                case .table(let t): TOMLValue(.table(t.frozen()), at: t.position)
                case .tables(let list):
                    TOMLValue(.array(list.map { TOMLValue(.table($0.frozen()), at: $0.position) }), at: keyAt)
                }
            table.append(TOMLTable.Entry(key: name, keyPosition: keyAt, value: value))
        }
        return table
    }
}
