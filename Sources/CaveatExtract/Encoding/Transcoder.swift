import Glibc

/// Converts page bytes in a given encoding to UTF-8, replacing undecodable input with
/// U+FFFD and counting the replacements.
public enum Transcoder {
  private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

  /// Returns the UTF-8 form of `bytes` (any BOM removed). `encoding` is a WHATWG name or
  /// label. UTF-8, UTF-16 and windows-1252 are decoded here; other encodings use glibc
  /// iconv. Unknown or unavailable encodings are decoded as windows-1252 with a warning.
  public static func toUTF8(_ bytes: [UInt8], encoding: String) -> (bytes: [UInt8], replacements: Int, warning: String?)
  {
    let name = EncodingSniffer.canonicalName(forLabel: encoding) ?? encoding
    switch name {
    case "UTF-8":
      let start = hasPrefix(bytes, [0xEF, 0xBB, 0xBF]) ? 3 : 0
      let (output, count) = decodeUTF8(bytes, from: start)
      return (output, count, nil)
    case "UTF-16LE", "UTF-16BE":
      let (output, count) = decodeUTF16(bytes, bigEndian: name == "UTF-16BE")
      return (output, count, nil)
    case "windows-1252":
      return (decodeWindows1252(bytes), 0, nil)
    case "x-user-defined":
      return (decodeUserDefined(bytes), 0, nil)
    case "replacement":
      return (
        bytes.isEmpty ? [] : replacement, bytes.isEmpty ? 0 : 1, "the replacement encoding hides the page content"
      )
    default:
      break
    }
    guard let iconvName = iconvNames[name] ?? (EncodingSniffer.canonicalName(forLabel: encoding) == nil ? nil : name),
      let result = convertWithIconv(bytes, from: iconvName)
    else {
      let warning =
        "the encoding \"\(PagePath.escapeForDisplay(Array(encoding.utf8)))\" is not supported; read as windows-1252"
      return (decodeWindows1252(bytes), 0, warning)
    }
    return (result.bytes, result.replacements, nil)
  }

  /// WHATWG encoding names -> glibc iconv names (supersets where WHATWG expects them).
  static let iconvNames: [String: String] = [
    "IBM866": "IBM866",
    "ISO-8859-2": "ISO-8859-2", "ISO-8859-3": "ISO-8859-3", "ISO-8859-4": "ISO-8859-4",
    "ISO-8859-5": "ISO-8859-5", "ISO-8859-6": "ISO-8859-6", "ISO-8859-7": "ISO-8859-7",
    "ISO-8859-8": "ISO-8859-8", "ISO-8859-8-I": "ISO-8859-8", "ISO-8859-10": "ISO-8859-10",
    "ISO-8859-13": "ISO-8859-13", "ISO-8859-14": "ISO-8859-14", "ISO-8859-15": "ISO-8859-15",
    "ISO-8859-16": "ISO-8859-16",
    "KOI8-R": "KOI8-R", "KOI8-U": "KOI8-U",
    "macintosh": "MACINTOSH", "x-mac-cyrillic": "MAC-CYRILLIC",
    "windows-874": "CP874",
    "windows-1250": "CP1250", "windows-1251": "CP1251", "windows-1253": "CP1253",
    "windows-1254": "CP1254", "windows-1255": "CP1255", "windows-1256": "CP1256",
    "windows-1257": "CP1257", "windows-1258": "CP1258",
    "GBK": "GB18030", "gb18030": "GB18030",
    "Big5": "BIG5-HKSCS",
    "EUC-JP": "EUC-JP", "ISO-2022-JP": "ISO-2022-JP", "Shift_JIS": "CP932",
    "EUC-KR": "CP949",
  ]

  private static func hasPrefix(_ bytes: [UInt8], _ prefix: [UInt8]) -> Bool {
    bytes.count >= prefix.count && bytes[0..<prefix.count].elementsEqual(prefix)
  }

  /// Copies valid UTF-8, replacing each maximal invalid subpart with U+FFFD.
  static func decodeUTF8(_ bytes: [UInt8], from start: Int) -> ([UInt8], Int) {
    // Valid input (nearly every page) is returned as is, without a copy.
    var output: [UInt8] = []
    var copying = false
    var replacements = 0
    var index = start
    var runStart = start
    while index < bytes.count {
      index = UTF8Scanner.skipASCII(bytes, from: index)
      guard index < bytes.count else { break }
      switch UTF8Scanner.step(bytes, at: index) {
      case .valid(let length):
        index += length
      case .invalid(let length), .truncated(let length):
        if !copying {
          copying = true
          output.reserveCapacity(bytes.count - start)
        }
        output.append(contentsOf: bytes[runStart..<index])
        output.append(contentsOf: replacement)
        replacements += 1
        index += length
        runStart = index
      }
    }
    if !copying { return (start == 0 ? bytes : Array(bytes[start...]), 0) }
    output.append(contentsOf: bytes[runStart..<index])
    return (output, replacements)
  }

  /// Decodes UTF-16 (skipping a matching BOM); unpaired surrogates and a trailing odd
  /// byte become U+FFFD.
  static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) -> ([UInt8], Int) {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var replacements = 0
    var index = 0
    let bom: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    if hasPrefix(bytes, bom) { index = 2 }
    func unit(at offset: Int) -> UInt32 {
      bigEndian
        ? UInt32(bytes[offset]) << 8 | UInt32(bytes[offset + 1])
        : UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset])
    }
    while index + 1 < bytes.count {
      let first = unit(at: index)
      index += 2
      var scalarValue = first
      if (0xD800...0xDBFF).contains(first) {
        if index + 1 < bytes.count, case let second = unit(at: index), (0xDC00...0xDFFF).contains(second) {
          scalarValue = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
          index += 2
        } else {
          output.append(contentsOf: replacement)
          replacements += 1
          continue
        }
      } else if (0xDC00...0xDFFF).contains(first) {
        output.append(contentsOf: replacement)
        replacements += 1
        continue
      }
      appendScalar(scalarValue, to: &output)
    }
    if index < bytes.count {
      output.append(contentsOf: replacement)
      replacements += 1
    }
    return (output, replacements)
  }

  /// Appends the UTF-8 encoding of a valid scalar value.
  static func appendScalar(_ value: UInt32, to output: inout [UInt8]) {
    switch value {
    case 0..<0x80:
      output.append(UInt8(value))
    case 0x80..<0x800:
      output.append(UInt8(0xC0 | (value >> 6)))
      output.append(UInt8(0x80 | (value & 0x3F)))
    case 0x800..<0x10000:
      output.append(UInt8(0xE0 | (value >> 12)))
      output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      output.append(UInt8(0x80 | (value & 0x3F)))
    default:
      output.append(UInt8(0xF0 | (value >> 18)))
      output.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
      output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      output.append(UInt8(0x80 | (value & 0x3F)))
    }
  }

  /// The WHATWG windows-1252 index for bytes 0x80–0x9F (undefined bytes map to C1 controls).
  static let windows1252High: [UInt32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// Decodes windows-1252 per the WHATWG index.
  static func decodeWindows1252(_ bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 8)
    for byte in bytes {
      switch byte {
      case 0..<0x80: output.append(byte)
      case 0x80..<0xA0: appendScalar(windows1252High[Int(byte - 0x80)], to: &output)
      default: appendScalar(UInt32(byte), to: &output)
      }
    }
    return output
  }

  /// Decodes x-user-defined: bytes 0x80–0xFF map to U+F780–U+F7FF.
  static func decodeUserDefined(_ bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    for byte in bytes {
      if byte < 0x80 {
        output.append(byte)
      } else {
        appendScalar(0xF780 + UInt32(byte - 0x80), to: &output)
      }
    }
    return output
  }

  /// Converts with glibc iconv; returns nil when iconv does not know the encoding.
  static func convertWithIconv(_ bytes: [UInt8], from name: String) -> (bytes: [UInt8], replacements: Int)? {
    let descriptor = iconv_open("UTF-8", name)
    guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(descriptor) }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count * 3 / 2 + 16)
    var replacements = 0
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    var input = bytes
    let total = input.count
    var consumed = 0
    input.withUnsafeMutableBufferPointer { inBuffer in
      chunk.withUnsafeMutableBufferPointer { outBuffer in
        guard let inBase = inBuffer.baseAddress, let outBase = outBuffer.baseAddress else { return }
        var flushed = false
        while true {
          let atEnd = consumed >= total
          var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase + consumed)
            .assumingMemoryBound(to: CChar.self)
          var inLeft = total - consumed
          var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase)
            .assumingMemoryBound(to: CChar.self)
          var outLeft = outBuffer.count
          let status: Int
          if atEnd {
            // Flush any shift state (stateful encodings such as ISO-2022-JP).
            status = iconv(descriptor, nil, nil, &outPointer, &outLeft)
            flushed = true
          } else {
            status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
          }
          let code = errno
          let produced = outBuffer.count - outLeft
          output.append(contentsOf: UnsafeBufferPointer(start: outBase, count: produced))
          let advanced = (total - consumed) - inLeft
          if !atEnd { consumed += advanced }
          if flushed { break }
          if status == -1 {
            if code == E2BIG && produced > 0 { continue }
            // EILSEQ, EINVAL, or no progress at all: replace one byte and move on.
            if consumed < total {
              output.append(contentsOf: replacement)
              replacements += 1
              consumed += 1
            }
            _ = iconv(descriptor, nil, nil, nil, nil)
          }
        }
      }
    }
    return (output, replacements)
  }
}
