import CCharsetDetect

/// Guesses the encoding of bytes that declare none and are not UTF-8, with uchardet.
///
/// uchardet beat ICU's `ucsdet` on the labelled set in `Fixtures/encodings` (see the README,
/// "How Caveat decides a page's encoding"): both read every CJK sample right, but ICU took
/// short Cyrillic and Central European texts among ASCII markup for ISO-8859-1.
enum CharsetDetector {
  /// uchardet names that are not WHATWG labels -> the WHATWG encoding that decodes them.
  /// Names missing here and from the label table (IBM852, MAC-CENTRALEUROPE, EUC-TW, UTF-32
  /// variants, ...) are encodings a browser cannot decode: such a guess is not used.
  static let extraNames: [String: String] = [
    "uhc": "EUC-KR",
    "ascii": "windows-1252",
    "tis-620": "windows-874",
    "mac-cyrillic": "x-mac-cyrillic",
  ]

  /// The WHATWG name of the detector's guess, or nil when it has none a browser can decode.
  static func guess(_ bytes: [UInt8]) -> String? {
    guard let raw = rawGuess(bytes) else { return nil }
    let lowered = raw.lowercased()
    if let name = extraNames[lowered] { return name }
    guard let name = EncodingLabels.canonicalName(lowered) else { return nil }
    switch name {
    case "replacement", "x-user-defined": return nil
    // uchardet says "UTF-16" only for text with a byte order mark, decided before it is asked.
    case "UTF-16LE", "UTF-16BE": return nil
    default: return name
    }
  }

  /// uchardet's name for the bytes' charset, as it spells it.
  static func rawGuess(_ bytes: [UInt8]) -> String? {
    var name = [CChar](repeating: 0, count: 64)
    let length = bytes.withUnsafeBufferPointer { input in
      name.withUnsafeMutableBufferPointer { output in
        ccharsetdetect_guess(input.baseAddress, input.count, output.baseAddress, output.count)
      }
    }
    guard length > 0 else { return nil }
    return String(decoding: name.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
