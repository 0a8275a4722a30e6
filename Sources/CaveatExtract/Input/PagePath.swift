import Foundation

/// A file path kept as raw bytes (names need not be valid UTF-8), plus a display form.
public struct PagePath: Sendable, Hashable {
  /// The raw path bytes, without a trailing NUL.
  public let bytes: [UInt8]

  /// Creates a path from raw bytes; any NUL byte and everything after it is dropped.
  public init(bytes: [UInt8]) {
    if let nul = bytes.firstIndex(of: 0) {
      self.bytes = Array(bytes[..<nul])
    } else {
      self.bytes = bytes
    }
  }

  /// Creates a path from a string, using its UTF-8 bytes.
  public init(_ string: String) {
    self.init(bytes: Array(string.utf8))
  }

  /// The pseudo path standing for standard input, displayed as "-".
  public static let standardInput = PagePath(bytes: [0x2D])

  /// True when this path is the standard-input pseudo path "-".
  public var isStandardInput: Bool {
    bytes == [0x2D]
  }

  /// A form that is safe to print anywhere: invalid UTF-8 bytes appear as `\xNN`,
  /// control characters, DEL, bidi overrides and line/paragraph separators are escaped.
  /// The result never contains ESC, BEL or a newline.
  public var displayString: String {
    if isStandardInput { return "-" }
    return PagePath.escapeForDisplay(bytes)
  }

  /// Returns a new path with `component` appended, inserting a "/" separator when needed.
  public func appending(_ component: [UInt8]) -> PagePath {
    var result = bytes
    if !result.isEmpty && result.last != 0x2F && component.first != 0x2F {
      result.append(0x2F)
    }
    result.append(contentsOf: component)
    return PagePath(bytes: result)
  }

  /// The lowercased extension of the last path component (e.g. "html"), or nil when there is none.
  public var fileExtension: String? {
    let name: ArraySlice<UInt8>
    if let slash = bytes.lastIndex(of: 0x2F) {
      name = bytes[(slash + 1)...]
    } else {
      name = bytes[...]
    }
    guard let dot = name.lastIndex(of: 0x2E), dot > name.startIndex, dot < name.endIndex - 1 else {
      return nil
    }
    let ext = name[(dot + 1)...]
    guard let text = String(validating: ext, as: UTF8.self) else { return nil }
    return text.lowercased()
  }

  /// Escapes arbitrary bytes into printable, valid UTF-8 text.
  static func escapeForDisplay(_ bytes: [UInt8]) -> String {
    var out = ""
    out.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if let (scalar, length) = decodeScalar(bytes, at: index) {
        out += escape(scalar)
        index += length
      } else {
        out += hexByte(bytes[index])
        index += 1
      }
    }
    return out
  }

  private static func hexByte(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "\\x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
  }

  private static func escape(_ scalar: Unicode.Scalar) -> String {
    let value = scalar.value
    switch value {
    case 0x0A: return "\\n"
    case 0x09: return "\\t"
    case 0x0D: return "\\r"
    case 0x5C: return "\\\\"
    case 0x00..<0x20, 0x7F:
      return hexByte(UInt8(value))
    case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029, 0x200E, 0x200F, 0x061C, 0xFEFF:
      return "\\u{" + String(value, radix: 16, uppercase: true) + "}"
    default:
      return String(Character(scalar))
    }
  }

  /// Strictly decodes one UTF-8 scalar at `index`, returning nil for an invalid sequence.
  static func decodeScalar(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
    let b0 = bytes[index]
    if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
    let length: Int
    var value: UInt32
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch b0 {
    case 0xC2...0xDF: length = 2; value = UInt32(b0 & 0x1F)
    case 0xE0: length = 3; value = UInt32(b0 & 0x0F); low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3; value = UInt32(b0 & 0x0F)
    case 0xED: length = 3; value = UInt32(b0 & 0x0F); high = 0x9F
    case 0xF0: length = 4; value = UInt32(b0 & 0x07); low = 0x90
    case 0xF1...0xF3: length = 4; value = UInt32(b0 & 0x07)
    case 0xF4: length = 4; value = UInt32(b0 & 0x07); high = 0x8F
    default: return nil
    }
    guard index + length <= bytes.count else { return nil }
    for offset in 1..<length {
      let byte = bytes[index + offset]
      let lo: UInt8 = offset == 1 ? low : 0x80
      let hi: UInt8 = offset == 1 ? high : 0xBF
      guard byte >= lo && byte <= hi else { return nil }
      value = (value << 6) | UInt32(byte & 0x3F)
    }
    guard let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }
}

extension PagePath: CustomStringConvertible {
  /// The display form of the path; see ``displayString``.
  public var description: String { displayString }
}
