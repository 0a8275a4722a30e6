import Foundation

extension ElementIndex {
  /// A NUL-terminated string inside the tree (or a caller's buffer), compared by its bytes
  /// without copying them (the tree outlives the index).
  struct CStringKey {
    let pointer: UnsafePointer<CChar>
    let length: Int

    init(_ pointer: UnsafePointer<CChar>) {
      self.pointer = pointer
      self.length = strlen(pointer)
    }

    /// A key whose length is known already (`length` bytes before the NUL).
    init(_ pointer: UnsafePointer<CChar>, length: Int) {
      self.pointer = pointer
      self.length = length
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
      lhs.length == rhs.length && memcmp(lhs.pointer, rhs.pointer, lhs.length) == 0
    }

    /// A hash of the bytes, eight at a time, mixed with a per-process random seed so that a
    /// hostile page cannot choose values that all land in one slot.
    func hash(seed: UInt64) -> UInt64 {
      let raw = UnsafeRawPointer(pointer)
      var hash = seed ^ (UInt64(length) &* 0x9E37_79B9_7F4A_7C15)
      var offset = 0
      while offset + 8 <= length {
        hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 31
        offset += 8
      }
      var tail: UInt64 = 0
      while offset < length {
        tail = tail << 8 | UInt64(raw.load(fromByteOffset: offset, as: UInt8.self))
        offset += 1
      }
      hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
      return hash ^ (hash >> 29)
    }
  }
}
