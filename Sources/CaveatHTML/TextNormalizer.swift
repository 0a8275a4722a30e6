/// Whitespace normalisation shared by every extractor.
package enum TextNormalizer {
  /// Collapses runs of whitespace (including no-break and other Unicode spaces) to one space
  /// and trims both ends.
  package static func collapse(_ text: String) -> String {
    var copy = text
    return copy.withUTF8 { collapse(utf8: $0) }
  }

  /// ``collapse(_:)`` over UTF-8 bytes, without decoding scalars one by one.
  static func collapse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
    let count = bytes.count
    if count == 0 { return "" }
    return String(unsafeUninitializedCapacity: count) { output in
      var written = 0
      var pendingSpace = false
      var index = 0
      while index < count {
        let byte = bytes[index]
        let spaceLength: Int
        if byte < 0x80 {
          spaceLength = (byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) ? 1 : 0
        } else {
          spaceLength = Self.multiByteSpaceLength(bytes, at: index)
        }
        if spaceLength > 0 {
          pendingSpace = written > 0
          index += spaceLength
          continue
        }
        // A space is only written before a byte that follows it, so the output never outgrows
        // the input.
        if pendingSpace {
          output[written] = 0x20
          written += 1
          pendingSpace = false
        }
        output[written] = byte
        written += 1
        index += 1
      }
      return written
    }
  }

  /// The length of the white-space character starting at `index` (0 when there is none):
  /// U+0085, U+00A0, U+1680, U+2000–U+200B, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF.
  private static func multiByteSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = bytes[index]
    let count = bytes.count
    if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 { return 2 }
    guard index + 2 < count else { return 0 }
    let second = bytes[index + 1]
    let third = bytes[index + 2]
    switch byte {
    case 0xE1: return second == 0x9A && third == 0x80 ? 3 : 0
    case 0xE2:
      if second == 0x80, (0x80...0x8B).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF { return 3 }
      if second == 0x81, third == 0x9F { return 3 }
      return 0
    case 0xE3: return second == 0x80 && third == 0x80 ? 3 : 0
    case 0xEF: return second == 0xBB && third == 0xBF ? 3 : 0
    default: return 0
    }
  }

  /// Whether `scalar` counts as white space in page text.
  package static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000, 0xFEFF:
      return true
    default:
      return false
    }
  }
}
