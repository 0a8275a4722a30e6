import CaveatTestSupport
import Foundation
import Testing

/// `caveat rank` through the built executable: formats, exit codes, a bad page in a folder,
/// and the HTML report in a real browser.
@Suite("caveat rank, end to end")
struct RankCommandTests {
  static let fixtures = TestPaths.fixturePages

  static var chromium: String? {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  private func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-rank-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A folder with two good pages and one bad one.
  private func smallFolder() throws -> URL {
    let directory = try temporaryDirectory()
    for name in ["generic-jsonld-lamp.html", "aliexpress-2025-rendered.html"] {
      try FileManager.default.copyItem(
        at: Self.fixtures.appendingPathComponent(name), to: directory.appendingPathComponent(name))
    }
    try Data("not a page at all".utf8).write(to: directory.appendingPathComponent("broken.html"))
    return directory
  }

  @Test("one bad page in a folder: the others are ranked, it is listed, exit 3")
  func badPageInFolder() async throws {
    let directory = try smallFolder()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try await CLIRunner.caveat(["rank", "--today", "2026-11-28", directory.path])
    #expect(result.status == 3, "stderr: \(result.stderrText)")
    #expect(result.stdoutText.contains("Wireless Sleep Headphones") || result.stdoutText.contains("Dreamwave"))
    #expect(result.stdoutText.contains("Refused"))
    #expect(result.stderrText.contains("broken.html"))
    #expect(result.stderrText.contains("2 ranked, 1 refused"))
  }

  @Test("every page ranked: exit 0; JSON items are vet objects plus a rank, best first")
  func jsonFormat() async throws {
    let directory = try smallFolder()
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.removeItem(at: directory.appendingPathComponent("broken.html"))
    let result = try await CLIRunner.caveat(["rank", "--format", "json", "--today", "2026-11-28", directory.path])
    #expect(result.status == 0, "stderr: \(result.stderrText)")
    let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    let items = try #require(object["items"] as? [[String: Any]])
    #expect(items.count == 2)
    #expect(items.map { $0["rank"] as? Int } == [1, 2])
    let scores = items.compactMap { ($0["assessment"] as? [String: Any])?["score"] as? Int }
    #expect(scores.count == 2 && scores[0] >= scores[1])
    #expect(items.allSatisfy { $0["listing"] != nil && $0["source"] != nil && $0["schemaVersion"] as? Int == 1 })
    #expect((object["summary"] as? [String: Any])?["ranked"] as? Int == 2)
  }

  @Test("JSONL: one object per line; CSV: a header and a row per page, formula-safe")
  func linesAndCSV() async throws {
    let directory = try smallFolder()
    defer { try? FileManager.default.removeItem(at: directory) }
    let jsonl = try await CLIRunner.caveat(["rank", "--format", "jsonl", "--quiet", directory.path])
    let lines = jsonl.stdoutText.split(separator: "\n")
    #expect(lines.count == 3, "two ranked and one refused")
    for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil) }
    let csv = try await CLIRunner.caveat(["rank", "--format", "csv", "--quiet", directory.path])
    let rows = csv.stdoutText.split(separator: "\r\n")
    #expect(rows.first?.hasPrefix("rank,file,site,verdict,grade,score") == true)
    #expect(rows.count == 3)
    #expect(!csv.stdout.contains(0x1B))
  }

  @Test("--only, --top and --sort")
  func filters() async throws {
    let result = try await CLIRunner.caveat([
      "rank", "--format", "jsonl", "--quiet", "--only", "fragile", Self.fixtures.path,
    ])
    let items = result.stdoutText.split(separator: "\n").compactMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }.filter { $0["rank"] != nil }
    #expect(!items.isEmpty)
    for item in items {
      #expect(((item["assessment"] as? [String: Any])?["flags"] as? [String])?.contains("fragile") == true)
    }
    let top = try await CLIRunner.caveat([
      "rank", "--format", "jsonl", "--quiet", "--top", "3", "--sort", "price", Self.fixtures.path,
    ])
    let ranked = top.stdoutText.split(separator: "\n").compactMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }.filter { $0["rank"] != nil }
    #expect(ranked.count == 3)
    let prices = ranked.compactMap {
      (($0["listing"] as? [String: Any])?["price"] as? [String: Any])?["amount"] as? Double
    }
    #expect(prices == prices.sorted())
  }

  @Test("no page found: exit 66")
  func emptyFolder() async throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try await CLIRunner.caveat(["rank", directory.path])
    #expect(result.status == 66)
    #expect(result.stderrText.contains("no saved pages"))
  }

  @Test("Markdown escapes table syntax from pages")
  func markdown() async throws {
    let result = try await CLIRunner.caveat(["rank", "--format", "markdown", "--quiet", Self.fixtures.path])
    #expect(result.stdoutText.hasPrefix("| # | Grade |"))
    #expect(!result.stdoutText.contains("<script"))
  }

  @Test(
    "the HTML report renders every row in headless Chromium",
    .enabled(
      if: RankCommandTests.chromium != nil, "chromium is not installed (.ci/run installs it): browser check NOT run"))
  func htmlInChromium() async throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let report = directory.appendingPathComponent("report.html")
    let result = try await CLIRunner.caveat([
      "rank", "--format", "html", "--output", report.path, "--quiet", Self.fixtures.path,
    ])
    #expect(result.status == 3, "the fixtures include refusals: \(result.stderrText)")
    let html = try String(contentsOf: report, encoding: .utf8)
    let rows = html.components(separatedBy: "<tr class=\"verdict-").count - 1
    #expect(rows >= 10)
    #expect(!html.contains("http://") || !html.contains("src=\"http"), "no remote resource")
    let chromium = try #require(Self.chromium)
    let dom = try await CLIRunner.run(
      URL(fileURLWithPath: chromium),
      ["--headless=new", "--no-sandbox", "--disable-gpu", "--dump-dom", report.absoluteString],
      environment: ["HOME": directory.path])
    let rendered = dom.stdoutText
    #expect(rendered.contains("data-rows=\"\(rows)\""), "the page's script counted every row")
    #expect(rendered.components(separatedBy: "<tr class=\"verdict-").count - 1 == rows)
  }
}
