import Testing

@testable import CaveatExtract

/// The failure `JSONReader.parse` throws for `text`, or nil when it reads.
private func failure(_ text: String, allowTrailing: Bool = false) -> JSONReader.Failure? {
  do throws(JSONReader.Failure) {
    _ = try JSONReader.parse(text, allowTrailing: allowTrailing)
    return nil
  } catch {
    return error
  }
}

/// How many arrays nest in `value` (iteratively).
private func arrayDepth(_ value: JSONValue) -> Int {
  var depth = 0
  var current = value
  while case .array(let elements) = current {
    depth += 1
    guard let first = elements.first else { break }
    current = first
  }
  return depth
}

@Suite("JSONReader")
struct JSONReaderTests {
  @Test("Strict JSON reads into the matching values")
  func strictJSON() throws {
    let value = try JSONReader.parse(
      #"{"a": 1, "b": [true, false, null], "c": "x\ny \"q\" \\ \/ \t\u00e9", "d": -1.5e3, "e": {}, "f": []}"#)
    #expect(
      value
        == .object([
          "a": .number("1"),
          "b": .array([.bool(true), .bool(false), .null]),
          "c": .string("x\ny \"q\" \\ / \té"),
          "d": .number("-1.5e3"),
          "e": .object([:]),
          "f": .array([]),
        ]))
    #expect(value["d"].double == -1500)
    #expect(try JSONReader.parse("  \"top\"  ") == .string("top"))
    #expect(try JSONReader.parse("0") == .number("0"))
  }

  @Test("JavaScript literals: bare keys, single quotes, trailing commas, undefined")
  func javaScriptLiterals() throws {
    let value = try JSONReader.parse(
      """
      {data: {id: 5, 'name': 'Lamp "Deluxe"', $ref: 'x\\'y', _tags: ['a', 'b',], gone: undefined,}, }
      """)
    #expect(value["data"]["id"] == .number("5"))
    #expect(value["data"]["name"] == .string("Lamp \"Deluxe\""))
    #expect(value["data"]["$ref"] == .string("x'y"))
    #expect(value["data"]["_tags"] == .array([.string("a"), .string("b")]))
    #expect(value["data"]["gone"] == .null)
    #expect(value["data"].object?.keys.sorted() == ["$ref", "_tags", "gone", "id", "name"])
    #expect(try JSONReader.parse(#""\x41\u0042""#) == .string("AB"))
  }

  @Test("Block comments are skipped")
  func blockComments() throws {
    let value = try JSONReader.parse("/* lead */ {a: /* in */ 1, /* between */ b: [2 /* after */], /* end */}")
    #expect(value == .object(["a": .number("1"), "b": .array([.number("2")])]))
  }

  @Test("Line comments are skipped like block comments")
  func lineComments() throws {
    let value = try JSONReader.parse("{\n  a: 1, // the id\n  b: 'http://x.example/'\n}")
    #expect(value == .object(["a": .number("1"), "b": .string("http://x.example/")]))
  }

  @Test("Raw control characters inside strings are accepted")
  func rawControlCharacters() throws {
    #expect(try JSONReader.parse("\"line1\nline2\ttab\"") == .string("line1\nline2\ttab"))
  }

  @Test("Duplicate keys: the last one wins")
  func duplicateKeys() throws {
    let value = try JSONReader.parse(#"{"a": 1, "b": 0, "a": {"x": 2}}"#)
    #expect(value["a"] == .object(["x": .number("2")]))
    #expect(value.object?.count == 2)
  }

  @Test(
    "Lone and reversed surrogate escapes become U+FFFD",
    arguments: [
      (#""\ud800""#, "\u{FFFD}"),
      (#""\ud800x""#, "\u{FFFD}x"),
      (#""\udc00""#, "\u{FFFD}"),
      (#""\ud800\u0041""#, "\u{FFFD}A"),
      (#""\udc00\ud800""#, "\u{FFFD}\u{FFFD}"),
      (#""\ud800\ud800""#, "\u{FFFD}\u{FFFD}"),
    ])
  func loneSurrogates(json: String, expected: String) throws {
    #expect(try JSONReader.parse(json) == .string(expected))
  }

  @Test("Surrogate pairs decode to one scalar")
  func surrogatePairs() throws {
    #expect(try JSONReader.parse(#""\ud83d\ude00 \uD83C\uDDE9""#) == .string("\u{1F600} \u{1F1E9}"))
    #expect(try JSONReader.parse(#""\u00e9\u6771""#) == .string("é東"))
  }

  @Test("100,000 nested arrays throw instead of overflowing the stack")
  func hostileNesting() {
    let text = String(repeating: "[", count: 100_000)
    let error = failure(text)
    #expect(
      error?.reason.contains("nesting deeper than \(JSONReader.maxDepth)") == true, "\(String(describing: error))")
    let closed = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(failure(closed) != nil)
    let objects = String(repeating: "{a:", count: 100_000)
    #expect(failure(objects)?.reason.contains("nesting") == true)
  }

  @Test("500 levels parse; the depth limit is exact")
  func moderateNesting() throws {
    func nested(_ depth: Int) -> String {
      String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
    }
    #expect(arrayDepth(try JSONReader.parse(nested(500))) == 500)
    #expect(arrayDepth(try JSONReader.parse(nested(JSONReader.maxDepth))) == JSONReader.maxDepth)
    #expect(failure(nested(JSONReader.maxDepth + 1)) != nil)
  }

  @Test(
    "Non-JSON numbers are rejected",
    arguments: [
      "NaN", "Infinity", "-Infinity", "1e309", "-1e309", "0x10", "[NaN]", "{a: Infinity}", "1.2.3", "-", "1e5e5",
    ])
  func rejectedNumbers(text: String) {
    #expect(failure(text) != nil)
  }

  @Test("Numbers keep their text; .int and .double read them")
  func numbersKeepText() throws {
    let value = try JSONReader.parse(#"{"id": 3256810119868316, "price": 1.50, "big": 9007199254740993, "half": 2.5}"#)
    #expect(value["id"] == .number("3256810119868316"))
    #expect(value["id"].int == 3_256_810_119_868_316)
    #expect(value["id"].string == "3256810119868316")
    #expect(value["price"] == .number("1.50"))
    #expect(value["price"].double == 1.5)
    // Beyond exact doubles, the text stays and .int refuses rather than rounds.
    #expect(value["big"] == .number("9007199254740993"))
    #expect(value["big"].int == nil)
    #expect(value["half"].int == nil)
    #expect(try JSONReader.parse("+1") == .number("+1"))
    #expect(try JSONReader.parse(".5").double == 0.5)
  }

  @Test("JSONValue accessors")
  func accessors() throws {
    let value = try JSONReader.parse(#"{"s": " 4.5 ", "t": "true", "list": [1], "one": {"k": 1}}"#)
    #expect(value["s"].double == 4.5)
    #expect(value["t"].bool == true)
    #expect(value["missing"].isNull)
    #expect(value["list"][0] == .number("1"))
    #expect(value["list"][5] == .null)
    #expect(value["one"].list.count == 1)
    #expect(value["missing"].list.isEmpty)
    #expect(JSONValue.string("4.5e1").double == nil)
  }

  @Test("parse(bytes:at:) reads from an offset and returns where the value ends")
  func parseBytesAtOffset() throws {
    let source = #"var x = {"a":[1,2]}; more();"#
    let bytes = Array(source.utf8)
    let (value, end) = try bytes.withUnsafeBufferPointer { try JSONReader.parse(bytes: $0, at: 8) }
    #expect(value == .object(["a": .array([.number("1"), .number("2")])]))
    #expect(end == 19)
    #expect(bytes[end] == UInt8(ascii: ";"))
    let (second, secondEnd) = try bytes.withUnsafeBufferPointer { try JSONReader.parse(bytes: $0, at: 14) }
    #expect(second == .number("1"))
    #expect(secondEnd == 15)
  }

  @Test("Trailing content is refused unless allowTrailing (a semicolon is always fine)")
  func allowTrailing() throws {
    #expect(failure(#"{"a": 1} window.x = 2;"#) != nil)
    #expect(try JSONReader.parse(#"{"a": 1} window.x = 2;"#, allowTrailing: true) == .object(["a": .number("1")]))
    #expect(try JSONReader.parse(#"{"a": 1};"#) == .object(["a": .number("1")]))
    #expect(try JSONReader.parse("[1]  \n") == .array([.number("1")]))
  }

  @Test(
    "Malformed input fails with an offset",
    arguments: ["", "   ", #""abc"#, "{a 1}", "[1 2]", "{\"a\": 1", "{: 1}", "tru", "[1, /* never closed"])
  func malformed(text: String) {
    let error = failure(text)
    #expect(error != nil)
    if let error { #expect(error.offset >= 0 && error.offset <= text.utf8.count) }
  }
}
