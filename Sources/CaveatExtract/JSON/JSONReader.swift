/// A tolerant JSON reader for data embedded in pages.
///
/// Pages carry JSON that strict parsers refuse: JavaScript object literals with bare keys
/// (`data: {…}`), single-quoted strings, trailing commas, raw control characters in strings,
/// `undefined`. This reader accepts those, and refuses what cannot be read safely: nesting
/// deeper than ``maxDepth`` (no stack overflow on hostile input), NaN and infinities, numbers
/// that overflow. A lone UTF-16 surrogate escape becomes U+FFFD.
public enum JSONReader {
  /// Deepest nesting accepted.
  public static let maxDepth = 512

  /// Why a block could not be read.
  public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var reason: String
    /// Byte offset in the input.
    public var offset: Int
    /// A readable description.
    public var description: String { "\(reason) at byte \(offset)" }
  }

  /// Reads one JSON value from `text`; trailing content after the value is ignored when
  /// `allowTrailing` is true (script statements after an object literal).
  ///
  /// With `keepBadNumbers`, `NaN`, `Infinity` and numbers beyond a double's range (`1e309`)
  /// are kept as ``JSONValue/number(_:)`` with their text instead of failing the whole value:
  /// ``JSONValue/double`` and ``JSONValue/int`` still refuse them, so one bad number costs only
  /// its own field and the reader can name it in a warning.
  public static func parse(
    _ text: String, allowTrailing: Bool = false, keepBadNumbers: Bool = false
  ) throws(Failure) -> JSONValue {
    var copy = text
    let result = copy.withUTF8 { buffer -> Result<JSONValue, Failure> in
      var parser = Parser(bytes: buffer)
      parser.keepBadNumbers = keepBadNumbers
      do throws(Failure) {
        let value = try parser.parseDocument()
        if !allowTrailing {
          parser.skipSpace()
          if parser.index < buffer.count, buffer[parser.index] != 0x3B {
            return .failure(Failure(reason: "unexpected content after the value", offset: parser.index))
          }
        }
        return .success(value)
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  /// Reads the value that starts at `offset` in UTF-8 bytes, returning it and the end offset.
  public static func parse(
    bytes: UnsafeBufferPointer<UInt8>, at offset: Int
  ) throws(Failure) -> (value: JSONValue, end: Int) {
    var parser = Parser(bytes: bytes)
    parser.index = offset
    let value = try parser.parseDocument()
    return (value, parser.index)
  }
}

private struct Parser {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0
  var keepBadNumbers = false

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// One open container. The elements and members live in the frame itself and are changed
  /// in place (`stack[top].elements.append`), so a container of n values costs O(n) to read;
  /// taking them out of an enum payload to append would copy them each time (O(n²)).
  private struct Frame {
    var isArray: Bool
    var elements: [JSONValue] = []
    var members: [String: JSONValue] = [:]
    var key: String?
  }

  // An explicit stack instead of recursion: depth is bounded by maxDepth, not by the thread's
  // stack size.
  mutating func parseDocument() throws(JSONReader.Failure) -> JSONValue {
    var stack: [Frame] = []
    while true {
      skipSpace()
      var value: JSONValue
      guard index < bytes.count else { throw fail("unexpected end of input") }
      let byte = bytes[index]
      switch byte {
      case 0x7B:  // {
        index += 1
        guard stack.count < JSONReader.maxDepth else { throw fail("nesting deeper than \(JSONReader.maxDepth)") }
        skipSpaceAndCommas()
        if index < bytes.count, bytes[index] == 0x7D {
          index += 1
          value = .object([:])
        } else {
          let key = try parseKey()
          stack.append(Frame(isArray: false, key: key))
          continue
        }
      case 0x5B:  // [
        index += 1
        guard stack.count < JSONReader.maxDepth else { throw fail("nesting deeper than \(JSONReader.maxDepth)") }
        skipSpaceAndCommas()
        if index < bytes.count, bytes[index] == 0x5D {
          index += 1
          value = .array([])
        } else {
          stack.append(Frame(isArray: true))
          continue
        }
      case 0x22, 0x27:
        value = .string(try parseString())
      default:
        value = try parseScalar()
      }
      // Attach `value` to its container, closing containers as they end.
      while true {
        guard !stack.isEmpty else { return value }
        let top = stack.count - 1
        skipSpace()
        if stack[top].isArray {
          stack[top].elements.append(value)
          if consume(0x2C) {
            skipSpaceAndCommas()
            if consume(0x5D) {
              value = .array(stack.removeLast().elements)
              continue
            }
          } else if consume(0x5D) {
            value = .array(stack.removeLast().elements)
            continue
          } else {
            throw fail("expected , or ] in an array")
          }
        } else {
          if let key = stack[top].key { stack[top].members[key] = value }
          if consume(0x2C) {
            skipSpaceAndCommas()
            if consume(0x7D) {
              value = .object(stack.removeLast().members)
              continue
            }
            stack[top].key = try parseKey()
          } else if consume(0x7D) {
            value = .object(stack.removeLast().members)
            continue
          } else {
            throw fail("expected , or } in an object")
          }
        }
        break
      }
    }
  }

  /// Reads `"key":`, `'key':` or a bare JavaScript identifier followed by a colon.
  private mutating func parseKey() throws(JSONReader.Failure) -> String {
    skipSpace()
    guard index < bytes.count else { throw fail("unexpected end of input in an object") }
    let key: String
    if bytes[index] == 0x22 || bytes[index] == 0x27 {
      key = try parseString()
    } else {
      let start = index
      while index < bytes.count, isIdentifierByte(bytes[index]) { index += 1 }
      guard index > start else { throw fail("expected a key") }
      key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }
    skipSpace()
    guard consume(0x3A) else { throw fail("expected : after a key") }
    return key
  }

  private mutating func parseScalar() throws(JSONReader.Failure) -> JSONValue {
    let start = index
    while index < bytes.count, isIdentifierByte(bytes[index]) || bytes[index] == 0x2B || bytes[index] == 0x2E {
      index += 1
    }
    guard index > start else { throw fail("unexpected character") }
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    switch word {
    case "true": return .bool(true)
    case "false": return .bool(false)
    case "null", "undefined": return .null
    default: break
    }
    if keepBadNumbers, ["NaN", "Infinity", "+Infinity", "-Infinity"].contains(word) { return .number(word) }
    if keepBadNumbers, isJSONNumber(word), let value = Double(word), !value.isFinite { return .number(word) }
    guard isJSONNumber(word), let value = Double(word), value.isFinite else {
      index = start
      throw fail("not a JSON value: \(word.prefix(20))")
    }
    return .number(word)
  }

  /// JSON numbers plus a leading "+" or "."; no hex, no NaN, no Infinity.
  private func isJSONNumber(_ word: String) -> Bool {
    var sawDigit = false
    var previous: UInt8 = 0
    for (offset, byte) in word.utf8.enumerated() {
      switch byte {
      case 0x30...0x39: sawDigit = true
      case 0x2D, 0x2B:
        guard offset == 0 || previous == 0x65 || previous == 0x45 else { return false }
      case 0x2E, 0x65, 0x45: break
      default: return false
      }
      previous = byte
    }
    return sawDigit
  }

  private mutating func parseString() throws(JSONReader.Failure) -> String {
    let quote = bytes[index]
    index += 1
    var out: [UInt8] = []
    var runStart = index
    while index < bytes.count {
      let byte = bytes[index]
      if byte == quote {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        index += 1
        return String(decoding: out, as: UTF8.self)
      }
      if byte == 0x5C {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        index += 1
        guard index < bytes.count else { break }
        let escape = bytes[index]
        index += 1
        switch escape {
        case 0x6E: out.append(0x0A)
        case 0x74: out.append(0x09)
        case 0x72: out.append(0x0D)
        case 0x62: out.append(0x08)
        case 0x66: out.append(0x0C)
        case 0x75:
          appendScalar(try parseUnicodeEscape(), to: &out)
        case 0x78:  // \xNN (JavaScript)
          if let value = hexValue(count: 2) { appendScalar(Unicode.Scalar(UInt8(value)), to: &out) }
        default:
          out.append(escape)  // \" \\ \/ \' and unknown escapes keep the character
        }
        runStart = index
        continue
      }
      index += 1
    }
    throw fail("unterminated string")
  }

  private mutating func parseUnicodeEscape() throws(JSONReader.Failure) -> Unicode.Scalar {
    guard let high = hexValue(count: 4) else { return "\u{FFFD}" }
    if (0xD800...0xDBFF).contains(high) {
      if index + 1 < bytes.count, bytes[index] == 0x5C, bytes[index + 1] == 0x75 {
        let save = index
        index += 2
        if let low = hexValue(count: 4), (0xDC00...0xDFFF).contains(low) {
          let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
          return Unicode.Scalar(UInt32(value)) ?? "\u{FFFD}"
        }
        index = save
      }
      return "\u{FFFD}"
    }
    if (0xDC00...0xDFFF).contains(high) { return "\u{FFFD}" }
    return Unicode.Scalar(UInt32(high)) ?? "\u{FFFD}"
  }

  private mutating func hexValue(count: Int) -> Int? {
    guard index + count <= bytes.count else { return nil }
    var value = 0
    for offset in 0..<count {
      let byte = bytes[index + offset]
      let digit: Int
      switch byte {
      case 0x30...0x39: digit = Int(byte - 0x30)
      case 0x41...0x46: digit = Int(byte - 0x41 + 10)
      case 0x61...0x66: digit = Int(byte - 0x61 + 10)
      default: return nil
      }
      value = value * 16 + digit
    }
    index += count
    return value
  }

  private func appendScalar(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
    out.append(contentsOf: String(Character(scalar)).utf8)
  }

  mutating func skipSpace() {
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
        index += 1
      } else if byte == 0x2F, index + 1 < bytes.count, bytes[index + 1] == 0x2A {  // /* */
        var cursor = index + 2
        while cursor + 1 < bytes.count, !(bytes[cursor] == 0x2A && bytes[cursor + 1] == 0x2F) { cursor += 1 }
        index = min(cursor + 2, bytes.count)
      } else if byte == 0x2F, index + 1 < bytes.count, bytes[index + 1] == 0x2F {  // line comment
        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
      } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
        index += 2
      } else {
        return
      }
    }
  }

  private mutating func skipSpaceAndCommas() {
    skipSpace()
    while index < bytes.count, bytes[index] == 0x2C {
      index += 1
      skipSpace()
    }
  }

  private mutating func consume(_ byte: UInt8) -> Bool {
    skipSpace()
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  private func isIdentifierByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
      || byte == 0x5F || byte == 0x24 || byte == 0x2D || byte >= 0x80
  }

  private func fail(_ reason: String) -> JSONReader.Failure {
    JSONReader.Failure(reason: reason, offset: index)
  }
}
