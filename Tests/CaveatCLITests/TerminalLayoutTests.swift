import CaveatTestSupport
import Foundation
import Testing

/// Text for a terminal fits its width: the rank table names every listing in at most COLUMNS
/// columns (wide characters counted as two), and vet wraps its lines.
@Suite("Terminal layout")
struct TerminalLayoutTests {
  /// Columns a line takes, counted independently of the product's own code: East Asian wide
  /// and fullwidth characters two, combining marks none.
  static func columns(_ line: Substring) -> Int {
    line.unicodeScalars.reduce(0) { total, scalar in
      let value = scalar.value
      if scalar.properties.generalCategory == .nonspacingMark { return total }
      let wide =
        (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
        || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
        || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
      return total + (wide ? 2 : 1)
    }
  }

  @Test("COLUMNS=80 rank: no line over 80 columns, every listing named by title or file")
  func rankFitsEightyColumns() async throws {
    let pages = TestPaths.fixturePages
    let result = try await CLIRunner.caveat(
      ["rank", "--today", "2026-12-01", pages.path], environment: ["COLUMNS": "80"])
    #expect(result.status == 3, "some fixtures are not product pages: \(result.stderrText)")
    let lines = result.stdoutText.split(separator: "\n")
    let widest = lines.map(Self.columns).max() ?? 0
    #expect(widest <= 80, "widest line: \(lines.first { Self.columns($0) == widest } ?? "")")
    // Every ranked row (a line starting with its rank) ends with a title or a file name.
    let rows = lines.filter { $0.first == " " && $0.dropFirst().first?.isNumber == true || $0.first?.isNumber == true }
    #expect(rows.count >= 15)
    for row in rows {
      let title = row.split(separator: " ", omittingEmptySubsequences: true).last ?? ""
      #expect(!title.isEmpty && title != "?", "row without a listing name: \(row)")
    }
    #expect(result.stdoutText.contains("Hand Thrown Stoneware Mug"))
  }

  @Test("COLUMNS=60 vet wraps every line and names missing fields in words")
  func vetWraps() async throws {
    let page = TestPaths.page("etsy-jsonld.html").path
    let result = try await CLIRunner.caveat(["vet", "--today", "2026-12-01", page], environment: ["COLUMNS": "60"])
    #expect(result.status == 0, "stderr: \(result.stderrText)")
    let lines = result.stdoutText.split(separator: "\n")
    let widest = lines.map(Self.columns).max() ?? 0
    #expect(widest <= 60, "widest line: \(lines.first { Self.columns($0) == widest } ?? "")")
    #expect(result.stdoutText.contains("number of ratings"))
    #expect(!result.stdoutText.contains("rating.count"))
  }

  @Test("vet --lang fr: headings, verdict and missing fields in French")
  func vetInFrench() async throws {
    let page = TestPaths.page("etsy-jsonld.html").path
    let result = try await CLIRunner.caveat(["vet", "--lang", "fr", "--today", "2026-12-01", page])
    #expect(result.status == 0, "stderr: \(result.stderrText)")
    for word in ["Pourquoi", "Que faire", "Prix", "Absent de la page", "nombre de notes", "PRUDENCE"] {
      #expect(result.stdoutText.contains(word), "missing \(word)")
    }
    for word in ["Why", "What to do", "Not on the page", "CAUTION", "freeReturns =", "reviews read", "average ="] {
      #expect(!result.stdoutText.contains(word), "English left: \(word)")
    }
  }

  @Test("rank --lang fr: the table's headings, flags and notes in French")
  func rankInFrench() async throws {
    let result = try await CLIRunner.caveat(
      ["rank", "--lang", "fr", "--today", "2026-12-01", TestPaths.fixturePages.path], environment: ["COLUMNS": "100"])
    #expect(result.status == 3, "stderr: \(result.stderrText)")
    for word in ["annonce", "prix", "Refusées :"] {
      #expect(result.stdoutText.contains(word), "missing \(word)")
    }
    let header = result.stdoutText.split(separator: "\n").first.map(String.init) ?? ""
    #expect(header.contains("annonce") && !header.contains("listing") && !header.contains("price"))
    for word in ["Refused:", "seller not shown", "high-value"] {
      #expect(!result.stdoutText.contains(word), "English left: \(word)")
    }
  }
}
