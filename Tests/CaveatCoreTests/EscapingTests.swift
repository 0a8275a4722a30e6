import Testing

@testable import CaveatCore

/// The escapers every output goes through, including the inputs fuzzing found.
@Suite struct EscapingTests {
  @Test func terminalTextHasNoControlsOrBidiOverrides() {
    let text = TerminalText.sanitize("a\u{1B}[31mred\u{07}\u{202E}gnp.exe\nline\u{2028}x")
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{202E}" || $0 == "\u{2028}" })
    #expect(text.contains("\\x1B[31mred\\x07"))
    #expect(text.contains("\\u{202E}"))
    #expect(TerminalText.sanitize(String(repeating: "x", count: 1000), maxLength: 10).count == 11)
  }

  @Test(arguments: [
    ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-2+3", "'-2+3"), ("@cmd", "'@cmd"), ("plain", "plain"),
    ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
  ])
  func csvCells(input: String, expected: String) {
    #expect(CSVText.cell(input) == expected)
  }

  /// Found by FuzzEscapers: a quote or comma followed by a combining mark is one Swift
  /// Character, but still a quote or a comma to a CSV reader.
  @Test func csvQuotesAndCommasBeforeCombiningMarks() {
    let quote = CSVText.cell("q\"\u{302E}e")
    #expect(quote == "\"q\"\"\u{302E}e\"")
    let comma = CSVText.cell("a,\u{0301}b")
    #expect(comma.hasPrefix("\"") && comma.hasSuffix("\""))
    // Every quote inside a quoted cell is doubled.
    let inner = comma.unicodeScalars.dropFirst().dropLast()
    #expect(!inner.contains("\""))
  }

  /// Found by FuzzEscapers: "|" followed by a combining mark must still be escaped.
  @Test func markdownEscapesPipesBeforeCombiningMarks() {
    let cell = MarkdownText.cell("a |\u{0651} b")
    #expect(cell.contains("\\|\u{0651}"))
    #expect(MarkdownText.cell("<b>x</b> | *y*") == "&lt;b&gt;x&lt;/b&gt; \\| \\*y\\*")
  }

  @Test func htmlEscapesMarkupAndQuotes() {
    #expect(
      HTMLText.escape("<script>alert('x')</script> & \"q\"")
        == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
    #expect(!HTMLText.escape("\u{1B}[0m").unicodeScalars.contains("\u{1B}"))
  }

  /// The bare substitution both HTML outputs share: the five markup characters become
  /// references, and nothing else changes (line breaks stay; cleaning is the caller's choice).
  @Test func characterReferencesChangeOnlyTheFiveMarkupCharacters() {
    #expect(HTMLText.characterReferences("a<b>&\"c'\nd é") == "a&lt;b&gt;&amp;&quot;c&#39;\nd é")
    #expect(HTMLText.escape("a\nb") == HTMLText.characterReferences("a\\nb"))
  }
}
