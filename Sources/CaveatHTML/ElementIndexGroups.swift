import Foundation

extension ElementIndex {
  /// Entries grouped by a string in the tree, in order of first appearance, in an
  /// open-addressing table: keys are hashed where they lie, so no `String` is made per
  /// element, and one pass over a page's 100,000 attributes costs a few hashes each.
  struct Groups {
    private static let seed = UInt64.random(in: .min ... .max)
    /// Each slot holds a position in `lists` plus one, or 0 when empty.
    private var slots = [Int32](repeating: 0, count: 64)
    private var hashes: [UInt64] = []
    private(set) var lists: [(key: CStringKey, entries: [Entry])] = []
    /// Positions in `lists` by the address of a key's bytes, for names: a tree shares one copy
    /// of each tag and attribute name (libxml2's dictionary, the direct builder's table), so
    /// most names are found here without hashing their bytes. A miss only costs the full lookup.
    private var byAddress = [(address: UnsafeRawPointer?, position: Int)](repeating: (nil, 0), count: 64)

    @discardableResult
    mutating func add(_ entry: Entry, to key: CStringKey) -> Int {
      let hash = key.hash(seed: Self.seed)
      if let position = find(key, hash: hash) {
        lists[position].entries.append(entry)
        return position
      }
      if (lists.count + 1) * 4 > slots.count * 3 { grow() }
      insert(position: lists.count, hash: hash)
      lists.append((key, [entry]))
      hashes.append(hash)
      return lists.count - 1
    }

    /// ``add(_:to:)`` for a name the tree shares between elements (a tag or attribute name).
    mutating func add(_ entry: Entry, toName name: UnsafePointer<CChar>) {
      let address = UnsafeRawPointer(name)
      let bits = UInt(bitPattern: address)
      let slot = Int(truncatingIfNeeded: (bits >> 3) ^ (bits >> 11)) & (byAddress.count - 1)
      if byAddress[slot].address == address {
        lists[byAddress[slot].position].entries.append(entry)
        return
      }
      byAddress[slot] = (address, add(entry, to: CStringKey(name)))
    }

    /// The entries stored under `key`, if any.
    func entries(_ key: CStringKey) -> [Entry]? {
      find(key, hash: key.hash(seed: Self.seed)).map { lists[$0].entries }
    }

    /// The entries stored under `text`, if any.
    func entries(_ text: String) -> [Entry]? {
      text.withCString { entries(CStringKey($0)) }
    }

    private func find(_ key: CStringKey, hash: UInt64) -> Int? {
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: hash) & mask
      while true {
        let stored = Int(slots[slot])
        if stored == 0 { return nil }
        if hashes[stored - 1] == hash, lists[stored - 1].key == key { return stored - 1 }
        slot = (slot + 1) & mask
      }
    }

    private mutating func insert(position: Int, hash: UInt64) {
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(position + 1)
    }

    private mutating func grow() {
      slots = [Int32](repeating: 0, count: slots.count * 2)
      for (position, hash) in hashes.enumerated() { insert(position: position, hash: hash) }
    }
  }
}
