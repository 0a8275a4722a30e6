// The output escapers of CaveatCore on arbitrary text.
// Input layout: the text is split at the first 0xFF byte into two cells (so a row of two
// cells is checked); each half is decoded as UTF-8 with replacement.
// Properties:
// - TerminalText: no scalar < 0x20, no DEL/C1, no bidi controls (LRM, RLM, ALM, LRE..RLO,
//   LRI..PDI) and no line/paragraph separators; at most maxLength scalars kept.
// - CSVText: the cell, read back by an RFC 4180 reader, is exactly the sanitized text (with a
//   leading ' when it would start with = + - @ tab CR); a row of two cells reads back as two
//   fields; no read-back field starts with a formula character.
// - MarkdownText: no unescaped | and no raw < >.
// - HTMLText: no raw < > " ' and no control scalars.
import CaveatCore
import FuzzSupport

private let formulaStarts: Set<UInt32> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]  // = + - @ TAB CR

private func isForbiddenInTerminal(_ v: UInt32) -> Bool {
  switch v {
  case 0x00...0x1F, 0x7F...0x9F: return true
  case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
  default: return false
  }
}

private func checkTerminal(_ output: String, _ what: String, _ input: [UInt8]) {
  for scalar in output.unicodeScalars where isForbiddenInTerminal(scalar.value) {
    violated("\(what): output holds U+\(String(scalar.value, radix: 16, uppercase: true))", input)
  }
}

/// What `CSVText.cell(value)` must read back as.
private func expectedCSV(_ value: String) -> String {
  let text = TerminalText.sanitize(value, maxLength: 2_000)
  if let first = text.unicodeScalars.first, formulaStarts.contains(first.value) { return "'" + text }
  return text
}

private func same(_ a: String, _ b: String) -> Bool { Array(a.unicodeScalars) == Array(b.unicodeScalars) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEscapers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = fuzzBytes(data, size)
  let split = bytes.firstIndex(of: 0xFF) ?? bytes.count
  let a = String(decoding: bytes[..<split], as: UTF8.self)
  let b = String(decoding: bytes[min(split + 1, bytes.count)...], as: UTF8.self)

  // TerminalText
  for maxLength in [500, 7] {
    let out = TerminalText.sanitize(a, maxLength: maxLength)
    checkTerminal(out, "TerminalText.sanitize(maxLength: \(maxLength))", bytes)
  }

  // CSVText
  let cellA = CSVText.cell(a)
  let cellB = CSVText.cell(b)
  checkTerminal(
    String(String.UnicodeScalarView(cellA.unicodeScalars.filter { $0 != "\r" && $0 != "\n" })),
    "CSVText.cell", bytes)
  let expectA = expectedCSV(a)
  let expectB = expectedCSV(b)
  guard let single = readRFC4180(cellA) else { violated("CSVText.cell is not valid RFC 4180: \(cellA.debugDescription)", bytes) }
  let singleField = single.count == 1 && single[0].count == 1 ? single[0][0] : nil
  check(
    single.isEmpty ? expectA.isEmpty : (singleField.map { same($0, expectA) } ?? false),
    "CSVText.cell does not round-trip: cell \(cellA.debugDescription) reads back as \(single), expected \(expectA.debugDescription)",
    bytes)
  let row = cellA + "," + cellB + "\r\n"
  guard let rows = readRFC4180(row) else { violated("CSV row is not valid RFC 4180: \(row.debugDescription)", bytes) }
  check(
    rows.count == 1 && rows[0].count == 2 && same(rows[0][0], expectA) && same(rows[0][1], expectB),
    "CSV row of two cells does not round-trip: \(row.debugDescription) reads back as \(rows)", bytes)
  for field in rows.flatMap({ $0 }) {
    if let first = field.unicodeScalars.first {
      check(!formulaStarts.contains(first.value), "CSV field starts with a formula character: \(field.debugDescription)", bytes)
    }
  }

  // MarkdownText
  let md = Array(MarkdownText.cell(a).unicodeScalars)
  checkTerminal(String(String.UnicodeScalarView(md)), "MarkdownText.cell", bytes)
  var escaped = false
  for scalar in md {
    if escaped { escaped = false; continue }
    if scalar == "\\" { escaped = true; continue }
    check(scalar != "|", "MarkdownText.cell holds an unescaped '|': \(String(String.UnicodeScalarView(md)).debugDescription)", bytes)
    check(scalar != "<" && scalar != ">", "MarkdownText.cell holds a raw '<' or '>'", bytes)
  }

  // HTMLText
  let html = HTMLText.escape(a)
  checkTerminal(html, "HTMLText.escape", bytes)
  for scalar in html.unicodeScalars {
    check(
      scalar != "<" && scalar != ">" && scalar != "\"" && scalar != "'",
      "HTMLText.escape output holds a raw \(scalar): \(html.debugDescription)", bytes)
  }
  return 0
}

@_cdecl("FuzzEscapers_main")
public func fuzzEscapersMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  runLibFuzzer(argc, argv, fuzzEscapers)
}
