import CaveatCore
import Foundation
import Testing

/// The exit statuses are one table: the README's table and every help screen agree with it.
@Suite struct ExitStatusTests {
  static let readme = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("README.md")

  @Test func theReadmeTableIsTheLibraryTable() throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    let section = try #require(text.range(of: "### Exit codes"))
    let rows = text[section.upperBound...].split(separator: "\n")
      .drop { !$0.hasPrefix("| code") }.dropFirst(2)
      .prefix { $0.hasPrefix("|") }
    let parsed = rows.map { row in
      row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    }
    #expect(parsed.map { $0[0] } == ExitStatus.allCases.map { String($0.rawValue) })
    #expect(parsed.map { $0[1] } == ExitStatus.allCases.map(\.meaning))
  }

  @Test func helpBlocksFitEightyColumns() {
    let block = ExitStatus.helpBlock()
    #expect(block.hasPrefix("EXIT CODES\n"))
    for line in block.split(separator: "\n") { #expect(line.count <= 80, "too wide: \(line)") }
    #expect(block.split(separator: "\n").count == ExitStatus.allCases.count + 1)
  }
}
