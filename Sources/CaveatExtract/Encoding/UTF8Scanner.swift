/// UTF-8 validation helpers following the WHATWG decoder's notion of a valid sequence.
enum UTF8Scanner {
  /// Result of scanning one position.
  enum Step {
    /// A valid scalar of the given byte length.
    case valid(length: Int)
    /// An invalid maximal subpart of the given length (at least 1), to be replaced by one U+FFFD.
    case invalid(length: Int)
    /// A valid but incomplete sequence that runs into the end of the input.
    case truncated(length: Int)
  }

  /// Classifies the sequence starting at `index` (which must be in range).
  static func step(_ bytes: [UInt8], at index: Int) -> Step {
    let lead = bytes[index]
    if lead < 0x80 { return .valid(length: 1) }
    let needed: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: needed = 1
    case 0xE0: needed = 2; low = 0xA0
    case 0xE1...0xEC, 0xEE, 0xEF: needed = 2
    case 0xED: needed = 2; high = 0x9F
    case 0xF0: needed = 3; low = 0x90
    case 0xF1...0xF3: needed = 3
    case 0xF4: needed = 3; high = 0x8F
    default: return .invalid(length: 1)
    }
    var seen = 0
    while seen < needed {
      let position = index + 1 + seen
      if position >= bytes.count { return .truncated(length: 1 + seen) }
      let byte = bytes[position]
      let lo: UInt8 = seen == 0 ? low : 0x80
      let hi: UInt8 = seen == 0 ? high : 0xBF
      if byte < lo || byte > hi { return .invalid(length: 1 + seen) }
      seen += 1
    }
    return .valid(length: needed + 1)
  }

  /// Whether the bytes are valid UTF-8, how many multi-byte sequences they contain, and
  /// whether the last sequence is cut off by the end of the buffer (which still counts as
  /// valid: a page saved mid-character is UTF-8 all the same).
  static func validate(_ bytes: [UInt8], from start: Int = 0) -> (valid: Bool, multiByte: Int, truncated: Bool) {
    var index = start
    var multiByte = 0
    let count = bytes.count
    while index < count {
      index = skipASCII(bytes, from: index)
      guard index < count else { break }
      switch step(bytes, at: index) {
      case .valid(let length):
        multiByte += 1
        index += length
      case .truncated:
        return (true, multiByte, true)
      case .invalid:
        return (false, multiByte, false)
      }
    }
    return (true, multiByte, false)
  }

  /// The index of the first byte at or after `start` that is not ASCII (`bytes.count` when
  /// none is), checking eight bytes at a time: pages are mostly ASCII.
  static func skipASCII(_ bytes: [UInt8], from start: Int) -> Int {
    bytes.withUnsafeBytes { raw in
      let count = raw.count
      var index = start
      while index + 8 <= count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        if word & 0x8080_8080_8080_8080 != 0 { break }
        index += 8
      }
      while index < count, raw[index] < 0x80 { index += 1 }
      return index
    }
  }
}
