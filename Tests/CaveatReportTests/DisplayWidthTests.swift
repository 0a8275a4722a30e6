import Testing

@testable import CaveatReport

/// Terminal columns: wide CJK characters count two, combining marks none, cuts keep clusters.
@Suite struct DisplayWidthTests {
  @Test func widths() {
    #expect(DisplayWidth.of("Lamp") == 4)
    #expect(DisplayWidth.of("台灯") == 4)
    #expect(DisplayWidth.of("ＡＢ") == 4, "fullwidth forms")
    #expect(DisplayWidth.of("e\u{301}") == 1, "e with a combining acute accent")
    #expect(DisplayWidth.of("Brühwerk") == 8)
    #expect(DisplayWidth.of("한국어") == 6)
    #expect(DisplayWidth.of("a\u{200B}b") == 2, "zero-width space")
    #expect(DisplayWidth.of("👍") == 2)
    #expect(DisplayWidth.of("\u{1B}") == 0)
  }

  @Test func truncateFitsAndMarksTheCut() {
    #expect(DisplayWidth.truncate("Lamp", to: 10) == "Lamp")
    #expect(DisplayWidth.truncate("Ceramic Table Lamp", to: 10) == "Ceramic…")
    let cut = DisplayWidth.truncate("复古黄铜台灯 卧室床头灯", to: 9)
    #expect(DisplayWidth.of(cut) <= 9)
    #expect(cut.hasSuffix("…"))
    #expect(DisplayWidth.truncate("cafe\u{301} cre\u{300}me brûlée", to: 6) == "café…")
  }

  @Test func padCountsColumns() {
    #expect(DisplayWidth.pad("台灯", to: 6) == "台灯  ")
    #expect(DisplayWidth.padLeft("7", to: 3) == "  7")
  }

  @Test func wrapKeepsEveryLineWithinTheWidth() {
    let text = "Choose an offer with free returns, or accept that sending the item back may cost more than it is worth."
    let lines = DisplayWidth.wrap(text, width: 30, first: "  → ", rest: "    ")
    #expect(lines.count > 1)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 30 })
    #expect(lines[0].hasPrefix("  → Choose"))
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    ") })
    #expect(lines.map { $0.dropFirst(4) }.joined(separator: " ") == text)
  }

  @Test func wrapBreaksChineseBetweenCharactersWithoutAddingBlanks() {
    let text = "乳白亚克力外壳60%键盘外壳，适合多种配列"
    let lines = DisplayWidth.wrap(text, width: 12)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 12 })
    #expect(lines.joined() == text)
  }

  @Test func aWordLongerThanTheLineIsCut() {
    let lines = DisplayWidth.wrap(String(repeating: "x", count: 50), width: 20)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
    #expect(lines.joined().count == 50)
  }
}
