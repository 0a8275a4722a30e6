/// How well text decoded with a guessed encoding reads as text in the scripts that encoding
/// is made for: the confidence Caveat reports for a detected encoding.
enum ScriptFit {
  /// Symbols and punctuation any encoding's text may hold: Latin-1 signs (¥, ©, °, ·, ×),
  /// general punctuation, currency signs, letterlike symbols (№, ™), arrows and shapes.
  private static let shared: [ClosedRange<UInt32>] = [
    0x00A0...0x00BF, 0x00D7...0x00D7, 0x00F7...0x00F7, 0x2000...0x206F, 0x20A0...0x20CF, 0x2100...0x21FF,
    0x2460...0x24FF, 0x25A0...0x27BF,
  ]
  private static let cjk: [ClosedRange<UInt32>] = [
    0x2E80...0x2FDF, 0x3000...0x303F, 0x3100...0x312F, 0x3190...0x31BF, 0x3200...0x33FF, 0x3400...0x4DBF,
    0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x1F300...0x1FAFF, 0x20000...0x2FFFF,
  ]
  private static let kana: [ClosedRange<UInt32>] = [0x3040...0x30FF, 0x31F0...0x31FF]
  private static let hangul: [ClosedRange<UInt32>] = [0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF]
  private static let latin: [ClosedRange<UInt32>] = [
    0x00C0...0x024F, 0x0300...0x036F, 0x1E00...0x1EFF,
  ]
  private static let cyrillic: [ClosedRange<UInt32>] = [0x0400...0x052F]
  private static let greek: [ClosedRange<UInt32>] = [0x0370...0x03FF]
  private static let hebrew: [ClosedRange<UInt32>] = [0x0590...0x05FF]
  private static let arabic: [ClosedRange<UInt32>] = [0x0600...0x06FF, 0x0750...0x077F]
  private static let thai: [ClosedRange<UInt32>] = [0x0E00...0x0E7F]

  /// The scripts text in `encoding` (a WHATWG name) is written in, or nil when any script
  /// fits (UTF-8).
  static func scripts(for encoding: String) -> [ClosedRange<UInt32>]? {
    switch encoding {
    case "UTF-8", "UTF-16LE", "UTF-16BE": return nil
    case "GBK", "gb18030", "Big5": return shared + cjk
    case "Shift_JIS", "EUC-JP", "ISO-2022-JP": return shared + cjk + kana
    case "EUC-KR": return shared + cjk + hangul
    case "windows-1251", "KOI8-R", "KOI8-U", "ISO-8859-5", "IBM866", "x-mac-cyrillic": return shared + cyrillic
    case "ISO-8859-7", "windows-1253": return shared + greek
    case "ISO-8859-8", "ISO-8859-8-I", "windows-1255": return shared + hebrew
    case "ISO-8859-6", "windows-1256": return shared + arabic
    case "windows-874": return shared + thai
    default: return shared + latin
    }
  }

  /// Whether `encoding` is one of the Latin-script single-byte encodings.
  static func isLatin(_ encoding: String) -> Bool {
    EncodingLabels.singleByte.contains(encoding) && scripts(for: encoding) == shared + latin
  }

  /// The share (0–100) of the non-ASCII characters of `utf8` (text decoded with `encoding`)
  /// that belong to the encoding's scripts; U+FFFD and C1 controls never do. 100 when there
  /// is no non-ASCII character at all.
  static func confidence(_ utf8: [UInt8], encoding: String) -> Int {
    let ranges = scripts(for: encoding)
    var total = 0
    var fitting = 0
    var index = 0
    while true {
      index = UTF8Scanner.skipASCII(utf8, from: index)
      guard index < utf8.count else { break }
      guard case .valid(let length) = UTF8Scanner.step(utf8, at: index) else {
        total += 1
        index += 1
        continue
      }
      let value = scalarValue(utf8, at: index, length: length)
      index += length
      total += 1
      if value == 0xFFFD || (0x80...0x9F).contains(value) { continue }
      if let ranges {
        if ranges.contains(where: { $0.contains(value) }) { fitting += 1 }
      } else {
        fitting += 1
      }
    }
    return total == 0 ? 100 : fitting * 100 / total
  }

  /// The scalar value of the valid `length`-byte UTF-8 sequence at `index`.
  private static func scalarValue(_ utf8: [UInt8], at index: Int, length: Int) -> UInt32 {
    let lead = UInt32(utf8[index])
    var value: UInt32
    switch length {
    case 2: value = lead & 0x1F
    case 3: value = lead & 0x0F
    default: value = lead & 0x07
    }
    for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
    return value
  }
}
