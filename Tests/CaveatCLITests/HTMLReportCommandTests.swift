import CaveatTestSupport
import Foundation
import Testing

/// The HTML reports in a browser at phone, tablet and desktop widths, `vet --format html`,
/// and `caveat diff`.
@Suite("HTML reports and diff")
struct HTMLReportCommandTests {
  static let fixtures = TestPaths.fixturePages

  private func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-html-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The `<body ...>` tag of `page` as headless Chromium leaves it at `width` px, after the
  /// page's script has measured itself.
  private func renderedBody(_ page: URL, width: Int, home: URL) async throws -> String {
    let chromium = try #require(RankCommandTests.chromium)
    let dom = try await CLIRunner.run(
      URL(fileURLWithPath: chromium),
      [
        "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=\(width),1000",
        "--dump-dom", page.absoluteString,
      ],
      environment: ["HOME": home.path])
    let text = dom.stdoutText
    let start = try #require(text.range(of: "<body"), "chromium printed no page: \(dom.stderrText.prefix(400))")
    let end = try #require(text[start.upperBound...].range(of: ">"))
    return String(text[start.lowerBound..<end.upperBound])
  }

  private func attribute(_ name: String, in body: String) -> Int? {
    guard let range = body.range(of: "\(name)=\"") else { return nil }
    return Int(body[range.upperBound...].prefix { $0 != "\"" })
  }

  @Test(
    "the ranking fits 500, 900 and 1400 px windows: no sideways scroll, no clipped cell",
    .enabled(
      if: RankCommandTests.chromium != nil, "chromium is not installed (.ci/run installs it): browser check NOT run"))
  func rankFitsEveryWidth() async throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let report = directory.appendingPathComponent("report.html")
    let result = try await CLIRunner.caveat([
      "rank", "--format", "html", "--output", report.path, "--quiet", "--today", "2026-11-28", Self.fixtures.path,
    ])
    #expect(result.status == 3, "the fixtures include refusals: \(result.stderrText)")
    for width in [500, 900, 1400] {
      let body = try await renderedBody(report, width: width, home: directory)
      #expect(attribute("data-width", in: body) == width, "the window is \(width) px wide: \(body)")
      #expect(attribute("data-overflow", in: body) == 0, "at \(width) px the page scrolls sideways: \(body)")
      #expect(attribute("data-clipped", in: body) == 0, "at \(width) px a cell is clipped: \(body)")
      #expect((attribute("data-rows", in: body) ?? 0) >= 10)
    }
    // The check can fail: the same report with one element wider than the window.
    let html = try String(contentsOf: report, encoding: .utf8)
    let wide = directory.appendingPathComponent("wide.html")
    try html.replacingOccurrences(of: "<main>", with: "<main><div style=\"width:1200px\">wide</div>")
      .write(to: wide, atomically: true, encoding: .utf8)
    let body = try await renderedBody(wide, width: 900, home: directory)
    #expect((attribute("data-overflow", in: body) ?? 0) >= 300, "a 1200 px element overflows 900 px: \(body)")
  }

  @Test(
    "vet --format html fits a phone and a desktop, and escapes a hostile title",
    .enabled(
      if: RankCommandTests.chromium != nil, "chromium is not installed (.ci/run installs it): browser check NOT run"))
  func vetHTML() async throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    // A product whose only name is hostile: markup, a script and quotes in the JSON-LD name.
    let hostile = """
      <!DOCTYPE html><html><head><title>Shop</title>
      <script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product",
      "name": "Lamp <script>document.title='pwned'<\\/script><img src=x onerror=alert(1)> \\"quoted\\"",
      "offers": {"@type": "Offer", "price": "48.00", "priceCurrency": "EUR"},
      "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.6", "reviewCount": "57"}}</script>
      </head><body><p>Lamp</p></body></html>
      """
    let page = directory.appendingPathComponent("hostile.html")
    try hostile.write(to: page, atomically: true, encoding: .utf8)
    let result = try await CLIRunner.caveat(["vet", "--format", "html", "--lang", "fr", page.path])
    #expect(result.status == 0, "stderr: \(result.stderrText)")
    let html = result.stdoutText
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<html lang=\"fr\">"))
    #expect(html.contains("Pourquoi") && html.contains("Que faire"))
    #expect(html.contains("Lamp &lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;&lt;img"))
    #expect(!html.contains("<img"))
    #expect(html.components(separatedBy: "<script>").count == 2, "only the report's own script")
    let report = directory.appendingPathComponent("vet.html")
    try result.stdout.write(to: report)
    for width in [500, 1400] {
      let body = try await renderedBody(report, width: width, home: directory)
      #expect(attribute("data-overflow", in: body) == 0, "at \(width) px: \(body)")
    }
  }

  /// The two lamp saves, dated March and June 2025.
  private func lampSaves(in directory: URL) throws -> (old: URL, new: URL) {
    var copies: [URL] = []
    for (name, seconds) in [("diff-lamp-2025-03.html", 1_741_946_400.0), ("diff-lamp-2025-06.html", 1_750_444_200.0)] {
      let copy = directory.appendingPathComponent(name)
      try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: copy)
      try FileManager.default.setAttributes(
        [.modificationDate: Date(timeIntervalSince1970: seconds)], ofItemAtPath: copy.path)
      copies.append(copy)
    }
    return (copies[0], copies[1])
  }

  @Test("caveat diff: text, JSON and HTML of two saves; exit 0, and 66 for a missing file")
  func diff() async throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let (old, new) = try lampSaves(in: directory)
    let text = try await CLIRunner.caveat(["diff", "--lang", "en", old.path, new.path])
    #expect(text.status == 0, "stderr: \(text.stderrText)")
    #expect(text.stdoutText.contains("Price: €64.00 → €79.00 (+15.00)"))
    #expect(text.stdoutText.contains("saved 2025-03-14 10:00 UTC"))
    #expect(text.stdoutText.contains("Reviews that disappeared (2)"))
    let json = try await CLIRunner.caveat(["diff", "--format", "json", old.path, new.path])
    #expect(json.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
    #expect((object["disappeared"] as? [Any])?.count == 2)
    #expect((object["appeared"] as? [Any])?.count == 2)
    #expect((object["old"] as? [String: Any])?["savedAt"] as? String == "2025-03-14T10:00:00Z")
    let changes = try #require(object["changes"] as? [[String: Any]])
    let count = try #require(changes.first { $0["field"] as? String == "rating.count" })
    #expect(count["old"] as? Int == 38 && count["new"] as? Int == 35)
    let html = try await CLIRunner.caveat(["diff", "--format", "html", "--lang", "fr", old.path, new.path])
    #expect(html.status == 0)
    #expect(html.stdoutText.contains("<html lang=\"fr\">") && html.stdoutText.contains("Avis disparus (2)"))
    let missing = try await CLIRunner.caveat(["diff", old.path, directory.appendingPathComponent("nope.html").path])
    #expect(missing.status == 66)
    #expect(missing.stderrText.contains("nope.html"))
    let notProduct = try await CLIRunner.caveat(["diff", old.path, TestPaths.page("blog-no-product.html").path])
    #expect(notProduct.status == 65)
  }

  @Test("rank says when a folder holds two saves of one listing, and how to compare them")
  func rankNoticesSaves() async throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try lampSaves(in: directory)
    let result = try await CLIRunner.caveat(["rank", "--quiet", "--format", "markdown", directory.path])
    #expect(result.status == 0, "stderr: \(result.stderrText)")
    #expect(result.stdoutText.contains("2 saves of the same listing"))
    #expect(result.stdoutText.contains("run caveat diff"))
    let older = try #require(result.stdoutText.range(of: "diff-lamp-2025-03.html (older)"))
    #expect(result.stdoutText[older.upperBound...].contains("diff-lamp-2025-06.html"))
  }
}
