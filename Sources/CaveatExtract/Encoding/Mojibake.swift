/// Recognises text that was decoded with the wrong encoding ("mojibake"), so the report can
/// say so. Precision first: each pattern is one that real text practically never holds.
enum Mojibake {
  /// The characters windows-1252 (and ISO-8859-1) make of UTF-8 continuation bytes 0x80–0xBF,
  /// leaving out U+00A0 (a no-break space also follows real accented capitals).
  private static let continuation: Set<UInt32> = {
    var set = Set<UInt32>(0xA1...0xBF)
    for value in Transcoder.windows1252High { set.insert(value) }
    return set
  }()

  /// The warnings for a report whose title is `title`: none, or one naming the pattern.
  static func warnings(title: String?) -> [String] {
    guard let title, let pattern = pattern(in: title) else { return [] }
    return ["the title looks garbled (\(pattern)): the page's encoding was probably misread"]
  }

  /// A description of the first mojibake pattern in `text`, or nil when it reads clean.
  static func pattern(in text: String) -> String? {
    let scalars = Array(text.unicodeScalars.map(\.value))
    if scalars.contains(0xFFFD) { return "it holds U+FFFD replacement characters" }
    if scalars.contains(where: { (0x80...0x9F).contains($0) }) { return "it holds C1 control characters" }
    var index = 0
    var run = 0
    while index < scalars.count {
      let value = scalars[index]
      // UTF-8 read as windows-1252: a lead byte's letter, then its continuation bytes' signs
      // ("Ã©" for "é", "â€™" for "’", "ä¸­" for "中", "Ð¡" for "С").
      let needed: Int
      switch value {
      case 0xC2...0xDF: needed = 1
      case 0xE0...0xEF: needed = 2
      case 0xF0...0xF4: needed = 3
      default: needed = 0
      }
      if needed > 0, index + needed < scalars.count,
        (1...needed).allSatisfy({ continuation.contains(scalars[index + $0]) })
      {
        let sample = String(String.UnicodeScalarView(scalars[index...(index + needed)].compactMap(Unicode.Scalar.init)))
        return "UTF-8 read as windows-1252: \"\(sample)\""
      }
      // A double-byte encoding (GBK, Big5, Shift_JIS) read as windows-1252: long runs of
      // accented letters and signs, which no Latin-script word has.
      if (0xA1...0xFF).contains(value) || continuation.contains(value) {
        run += 1
        if run >= 6 {
          return "a run of \(run) accented letters and signs, as a double-byte encoding read as windows-1252"
        }
      } else {
        run = 0
      }
      index += 1
    }
    return nil
  }
}
