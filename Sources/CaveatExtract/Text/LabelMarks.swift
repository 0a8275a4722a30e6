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
