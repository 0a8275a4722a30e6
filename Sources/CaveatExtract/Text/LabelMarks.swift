extension String {
  /// The text without the colons (ASCII and full-width) and spaces around a label or a spec
  /// name ("Material:", "卖家："): a trim over scalars, without building a character set.
  var trimmingLabelMarks: String {
    func trims(_ scalar: Unicode.Scalar) -> Bool { scalar == ":" || scalar == "：" || scalar == " " }
    let scalars = unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, trims(scalars[start]) { start = scalars.index(after: start) }
    while end > start, trims(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
    if start == scalars.startIndex, end == scalars.endIndex { return self }
    return String(scalars[start..<end])
  }
}

extension String {
  /// Whether the string has at most `limit` characters, counted only when its bytes do not
  /// already say so (counting characters walks grapheme clusters).
  func hasAtMost(characters limit: Int) -> Bool {
    utf8.count <= limit || count <= limit
  }
}

extension String {
  /// Whether some scalar has a numeric value (a digit of any script, a numeral such as "五" or
  /// "½"): `Character.isNumber` asks the same of a character's first scalar, so text without
  /// one holds no character that is a number.
  var holdsNumeral: Bool {
    var ascii = true
    for byte in utf8 {
      if byte >= 0x30 && byte <= 0x39 { return true }
      if byte >= 0x80 { ascii = false }
    }
    return !ascii && unicodeScalars.contains { $0.properties.numericType != nil }
  }
}

extension StringProtocol {
  /// `lowercased()`, without asking each scalar for its case mapping when the text is ASCII
  /// plus caseless CJK, kana and Hangul (most texts of Chinese, Japanese and Korean pages):
  /// only ASCII letters change there, and the result is the same.
  var lowercasedText: String {
    var asciiUpper = false
    for scalar in unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        if value >= 0x41 && value <= 0x5A { asciiUpper = true }
      } else if !(0x3000..<0xA000).contains(value) && !(0xAC00..<0xD7B0).contains(value) {
        return lowercased()
      }
    }
    return asciiUpper ? asciiLowercased : String(self)
  }

  /// The text with A–Z lowered and every other character kept, as XPath's `translate` with the
  /// ASCII letters does.
  var asciiLowercased: String {
    String(decoding: utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
  }
}
