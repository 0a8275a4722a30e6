/// Shared pieces of the fuzz targets: the libFuzzer driver entry point and property checks.

/// `int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*cb)(const uint8_t *, size_t))`,
/// from libclang_rt.fuzzer (linked by `-sanitize=fuzzer`).
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The body of every `<Target>_main` shim. SwiftPM links an executable with
/// `--defsym main=<Target>_main`, and a fuzz target has no `main.swift`, so each target defines
/// `<Target>_main` with `@_cdecl` and hands over to libFuzzer here.
public func runLibFuzzer(
  _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32 {
  var count = argc
  var vector = argv
  return LLVMFuzzerRunDriver(&count, &vector, callback)
}

/// The fuzzer's input as an array (empty for a null pointer).
@inline(__always)
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
  guard let data, size > 0 else { return [] }
  return Array(UnsafeBufferPointer(start: data, count: size))
}

/// Fails the run (libFuzzer saves the input as a crash) with a readable message.
public func violated(_ what: String, _ input: [UInt8] = [], file: StaticString = #fileID, line: UInt = #line) -> Never {
  let shown = input.prefix(200).map { byte -> String in
    let digits = String(byte, radix: 16)
    return digits.count == 1 ? "0" + digits : digits
  }.joined()
  fatalError("PROPERTY VIOLATED: \(what)\n  input (\(input.count) bytes, hex, first 200): \(shown)", file: file, line: line)
}

/// Checks a property; on failure reports it through ``violated(_:_:file:line:)``.
@inline(__always)
public func check(
  _ condition: @autoclosure () -> Bool, _ what: @autoclosure () -> String, _ input: [UInt8] = [],
  file: StaticString = #fileID, line: UInt = #line
) {
  if !condition() { violated(what(), input, file: file, line: line) }
}

/// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates or values above U+10FFFF).
public func isValidUTF8(_ bytes: [UInt8]) -> Bool {
  var i = 0
  let n = bytes.count
  while i < n {
    let b = bytes[i]
    if b < 0x80 { i += 1; continue }
    let need: Int
    var lo: UInt8 = 0x80
    var hi: UInt8 = 0xBF
    switch b {
    case 0xC2...0xDF: need = 1
    case 0xE0: need = 2; lo = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: need = 2
    case 0xED: need = 2; hi = 0x9F
    case 0xF0: need = 3; lo = 0x90
    case 0xF1...0xF3: need = 3
    case 0xF4: need = 3; hi = 0x8F
    default: return false
    }
    guard i + need < n else { return false }
    if bytes[i + 1] < lo || bytes[i + 1] > hi { return false }
    var k = 2
    while k <= need {
      if bytes[i + k] < 0x80 || bytes[i + k] > 0xBF { return false }
      k += 1
    }
    i += need + 1
  }
  return true
}

/// A minimal RFC 4180 reader: records separated by CRLF (or LF), fields by ",", fields that
/// hold a comma, a quote or a line break enclosed in double quotes with inner quotes doubled.
/// Works on Unicode scalars (as a spreadsheet does), not on grapheme clusters. Returns nil for
/// text that is not valid RFC 4180 (a quote inside an unquoted field, text after a closing quote,
/// an unterminated quoted field).
public func readRFC4180(_ text: String) -> [[String]]? {
  let s = Array(text.unicodeScalars)
  var records: [[String]] = []
  var record: [String] = []
  var field = String.UnicodeScalarView()
  var i = 0
  var atFieldStart = true
  var quoted = false
  func endField() {
    record.append(String(field))
    field = String.UnicodeScalarView()
    atFieldStart = true
    quoted = false
  }
  while i < s.count {
    let c = s[i]
    if quoted {
      if c == "\"" {
        if i + 1 < s.count, s[i + 1] == "\"" {
          field.append("\"")
          i += 2
          continue
        }
        // Closing quote: the next scalar must end the field or the record.
        i += 1
        if i < s.count, s[i] != ",", s[i] != "\r", s[i] != "\n" { return nil }
        quoted = false
        atFieldStart = false
        continue
      }
      field.append(c)
      i += 1
      continue
    }
    switch c {
    case "\"":
      guard atFieldStart, field.isEmpty else { return nil }
      quoted = true
      atFieldStart = false
      i += 1
    case ",":
      endField()
      i += 1
    case "\r", "\n":
      endField()
      records.append(record)
      record = []
      i += (c == "\r" && i + 1 < s.count && s[i + 1] == "\n") ? 2 : 1
    default:
      field.append(c)
      atFieldStart = false
      i += 1
    }
  }
  if quoted { return nil }
  if !field.isEmpty || !record.isEmpty || !atFieldStart {
    endField()
    records.append(record)
  }
  return records
}
