import Foundation

/// Scalar-level helpers shared by the text parsers.
enum TextScalars {
  /// Value of a decimal digit in any supported script.
  static func digitValue(_ scalar: Unicode.Scalar) -> UInt32? {
    switch scalar.value {
    case 0x30...0x39: return scalar.value - 0x30
    case 0x660...0x669: return scalar.value - 0x660
    case 0x6F0...0x6F9: return scalar.value - 0x6F0
    case 0x966...0x96F: return scalar.value - 0x966
    case 0xFF10...0xFF19: return scalar.value - 0xFF10
    default: return nil
    }
  }

  /// Maps digits to ASCII and full-width punctuation to ASCII; keeps everything else.
  static func normalize(_ text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.map { scalar in
      if let digit = digitValue(scalar), let ascii = Unicode.Scalar(0x30 + digit) {
        return ascii
      }
      switch scalar {
      case "\u{FF0C}": return ","
      case "\u{FF0E}": return "."
      case "\u{FF0B}": return "+"
      case "\u{FF0D}": return "-"
      case "\u{FF05}", "\u{066A}": return "%"
      case "\u{FF0F}": return "/"
      case "\u{FF1A}": return ":"
      default: return scalar
      }
    }
  }

  /// True for an ASCII digit (after `normalize`).
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }

  /// Space characters that may group digits: space, NBSP, NNBSP, thin space.
  static func isSpaceGroup(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "\u{2009}"
  }

  /// Apostrophes that group digits (Swiss 1'234.50).
  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "\u{2019}"
  }

  /// Letters (any script) and combining marks.
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.properties.isAlphabetic { return true }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// Any whitespace, including NBSP and NNBSP.
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || isSpaceGroup(scalar)
  }

  /// Builds a string from a slice of scalars.
  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  /// Exact powers of ten 10^0 ... 10^22 as Double.
  static func powerOfTen(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<min(max(exponent, 0), 22) { result *= 10 }
    return result
  }

  /// Formats a value for messages: integers without a fraction.
  static func format(_ value: Double) -> String {
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
      return String(Int64(value))
    }
    return String(value)
  }
}
