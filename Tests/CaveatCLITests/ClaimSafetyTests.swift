import CaveatCore
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The claim store's and arguments' hostile cases, through the command line: missing, damaged
/// and foreign stores, first-open races, duplicates, bad numbers, huge evidence, injected text.
@Suite("caveat claim: store and argument safety")
struct ClaimSafetyTests {
  typealias Box = ClaimCommandTests.Sandbox

  static func hand(_ changes: [String: String] = [:]) -> [String] { ClaimCommandTests.hand(changes) }

  @Test("commands that only read never create a store or its folder")
  func readOnlyCommandsCreateNothing() async throws {
    let box = try Box()
    defer { box.cleanup() }
    let store = box.folder.appendingPathComponent("no/such/dir/claims.sqlite").path
    let list = try await CLIRunner.caveat(["claim", "list", "--store", store])
    #expect(list.status == 0)
    #expect(list.stdoutText.contains("No claims yet"))
    let due = try await CLIRunner.caveat(["claim", "due", "--store", store])
    #expect(due.status == 0)
    for command in [
      ["show", "1"], ["verify", "1"], ["evidence", "list", "1"], ["export", "1", "-o", box.folder.path],
    ] {
      let result = try await CLIRunner.caveat(["claim"] + command + ["--store", store])
      #expect(result.status == 66, "\(command): \(result.stderrText)")
      #expect(result.stderrText.contains("no claim store"), "\(command)")
    }
    #expect(!FileManager.default.fileExists(atPath: box.folder.appendingPathComponent("no").path))
  }

  @Test("a damaged store or another program's database is refused with 65 and left as it is")
  func damagedAndForeignStores() async throws {
    let box = try Box()
    defer { box.cleanup() }
    let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
    try garbage.write(to: URL(fileURLWithPath: box.store))
    for arguments in [["list"], Self.hand()] {
      let result = try await box.claim(arguments)
      #expect(result.status == 65, "\(arguments): \(result.stderrText)")
      #expect(result.stderrText.contains("not a readable claim store"))
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: box.store)) == garbage)

    let foreign = box.folder.appendingPathComponent("other.sqlite").path
    let made = try await CLIRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      [
        "python3", "-c", "import sqlite3,sys;c=sqlite3.connect(sys.argv[1]);c.execute('create table t(x)');c.commit()",
        foreign,
      ])
    try #require(made.status == 0, "python3 is needed: \(made.stderrText)")
    let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
    let result = try await CLIRunner.caveat(["claim"] + Self.hand() + ["--store", foreign])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("another program"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == before)
  }

  @Test("processes opening the first claim of a new store at once succeed or exit 75, never 74")
  func firstOpenRace() async throws {
    let box = try Box()
    defer { box.cleanup() }
    var statuses: [Int32: Int] = [:]
    for round in 0..<10 {
      let store = box.folder.appendingPathComponent("race-\(round)/claims.sqlite").path
      let results = try await withThrowingTaskGroup(of: CLIResult.self) { group in
        for process in 0..<8 {
          group.addTask {
            try await CLIRunner.caveat(
              ["claim"] + Self.hand(["--order": "R\(round)-\(process)"]) + ["--store", store], timeout: 120)
          }
        }
        return try await group.reduce(into: []) { $0.append($1) }
      }
      for result in results {
        statuses[result.status, default: 0] += 1
        #expect([0, 75].contains(result.status), "exit \(result.status): \(result.stderrText)")
      }
      let list = try await CLIRunner.caveat(["claim", "list", "--format", "json", "--store", store])
      #expect(list.status == 0)
      let rows = try #require(try JSONSerialization.jsonObject(with: list.stdout) as? [Any])
      #expect(rows.count == results.filter { $0.status == 0 }.count)
    }
    #expect(statuses[0, default: 0] > 0)
  }

  @Test("the same order and the same evidence twice are refused unless --allow-duplicate")
  func duplicates() async throws {
    let box = try Box()
    defer { box.cleanup() }
    #expect(try await box.claim(Self.hand()).status == 0)
    let again = try await box.claim(Self.hand())
    #expect(again.status == 65)
    #expect(again.stderrText.contains("already claim 1"))
    #expect(again.stderrText.contains("--allow-duplicate"))
    #expect(try await box.claim(Self.hand() + ["--allow-duplicate"]).status == 0)

    let photo = try box.file("box.jpg", ClaimCommandTests.jpegHeader + Array("one".utf8))
    let copy = try box.file("copy.jpg", ClaimCommandTests.jpegHeader + Array("one".utf8))
    #expect(try await box.claim(["evidence", "add", "1", photo, "--today", "2025-03-20"]).status == 0)
    let twice = try await box.claim(["evidence", "add", "1", copy, "--today", "2025-03-20"])
    #expect(twice.status == 65)
    #expect(twice.stderrText.contains("already recorded as evidence 1"))
    let pair = try await box.claim(["evidence", "add", "2", photo, copy, "--today", "2025-03-20"])
    #expect(pair.status == 65)
    #expect(
      try await box.claim(["evidence", "add", "1", copy, "--allow-duplicate", "--today", "2025-03-20"]).status == 0)
  }

  @Test("amounts need a currency; countries are ISO 3166; negative and absurd numbers get one message")
  func argumentValues() async throws {
    let box = try Box()
    defer { box.cleanup() }
    var noCurrency = Self.hand()
    if let index = noCurrency.firstIndex(of: "--currency") { noCurrency.removeSubrange(index...(index + 1)) }
    let cases: [([String], String)] = [
      (noCurrency, "--currency"),
      (Self.hand(["--country": "XX"]), "ISO 3166"),
      (Self.hand(["--paid": "-5"]), "more than zero"),
      (Self.hand(["--paid": "1e12"]), "not a plausible"),
      (Self.hand(["--paid": "abc"]), "not a number"),
    ]
    for (arguments, message) in cases {
      let result = try await box.claim(arguments)
      #expect(result.status == 65, "\(arguments): \(result.stderrText)")
      #expect(result.stderrText.contains(message), "\(arguments): \(result.stderrText)")
      #expect(!result.stderrText.contains("Missing value"))
      #expect(!result.stderrText.contains("(pricePaid"), "internal names leak: \(result.stderrText)")
    }
    #expect(try await box.claim(Self.hand(["--country": "fr"])).status == 0)
    let negative = try await box.claim(["log", "1", "offer-received", "--amount", "-3", "--today", "2025-03-20"])
    #expect(negative.status == 65)
    #expect(negative.stderrText.contains("more than zero"))
    let within = try await box.claim(["due", "--within", "-3"])
    #expect(within.status == 64)
    #expect(within.stderrText.contains("0 to 36500"))
  }

  @Test("a huge sparse evidence file is refused at once; verify separates status and path")
  func hugeAndVanishingEvidence() async throws {
    let box = try Box()
    defer { box.cleanup() }
    #expect(try await box.claim(Self.hand()).status == 0)
    let huge = box.folder.appendingPathComponent("huge.mp4").path
    let descriptor = open(huge, O_CREAT | O_WRONLY, 0o644)
    try #require(descriptor >= 0)
    #expect(ftruncate(descriptor, 100_000_000_000) == 0)
    close(descriptor)
    let result = try await box.claim(["evidence", "add", "1", huge, "--today", "2025-03-20"])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("100.0 GB is more than the 4.0 GB"))
    #expect(result.seconds < 20)

    let photo = try box.file("gone.jpg", ClaimCommandTests.jpegHeader)
    #expect(try await box.claim(["evidence", "add", "1", photo, "--today", "2025-03-20"]).status == 0)
    try FileManager.default.removeItem(atPath: photo)
    let verify = try await box.claim(["verify", "1"])
    #expect(verify.status == 65)
    #expect(verify.stdoutText.contains("MISSING     /"))
    let vanished = try await box.claim(["evidence", "add", "1", photo, "--today", "2025-03-20"])
    #expect(vanished.status == 66)
  }

  @Test("exports carry no control characters and no field breaks out of its fence")
  func escapedExports() async throws {
    let box = try Box()
    defer { box.cleanup() }
    let hostile = "x\u{1B}[31mred\u{07}\u{202E}~~~~~~~~\n```\n</pre><script>alert(1)</script>"
    #expect(try await box.claim(Self.hand(["--title": hostile, "--description": hostile])).status == 0)
    let name = "a\u{1B}]0;pwn\u{07}~~~~~~~~`````<b>.jpg"
    let photo = try box.file(name, ClaimCommandTests.jpegHeader)
    #expect(
      try await box.claim(["evidence", "add", "1", photo, "--note", hostile, "--today", "2025-03-20"]).status == 0)
    #expect(try await box.claim(["log", "1", "note", "--note", hostile, "--today", "2025-03-20"]).status == 0)
    let out = box.folder.appendingPathComponent("out")
    for lang in ["en", "fr"] {
      let export = try await box.claim(["export", "1", "-o", out.path, "--lang", lang, "--today", "2025-03-20"])
      #expect(export.status == 0, "\(export.stderrText)")
      for ext in ["md", "html", "json"] {
        let bytes = try Data(contentsOf: out.appendingPathComponent("claim-1.\(ext)"))
        #expect(!bytes.contains(where: { $0 < 0x20 && $0 != 0x0A }), "\(ext): a control character")
        let text = String(decoding: bytes, as: UTF8.self)
        // JSON keeps the values as they were (escaped by the encoder); the others show them.
        if ext == "json" { continue }
        #expect(!text.contains("\u{202E}"), "\(ext): bidi override")
        if ext == "html" { #expect(!text.contains("<script"), "html: live HTML") }
      }
      // Every fence of the Markdown opens and closes in pairs with the same run of backticks.
      let markdown = try String(contentsOf: out.appendingPathComponent("claim-1.md"), encoding: .utf8)
      var open: String?
      var outside: [Substring] = []
      for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
        let run = String(line.prefix(while: { $0 == "`" || $0 == "~" }))
        guard run.count >= 3 else {
          if open == nil { outside.append(line) }
          continue
        }
        if let fence = open {
          if run == fence, line == Substring(fence) { open = nil }
        } else {
          open = run
        }
      }
      #expect(open == nil, "a fence is left open")
      // Outside the fences, every < is escaped: no live HTML.
      for line in outside {
        #expect(line.range(of: #"(?<!\\)<"#, options: .regularExpression) == nil, "live HTML: \(line)")
      }
    }
  }

  @Test("claim --help prints the exit codes from the shared table")
  func helpUsesTheExitTable() async throws {
    let result = try await CLIRunner.caveat(["claim", "--help"])
    #expect(result.status == 0)
    for status in [ExitStatus.usage, .badInput, .noInput, .ioError, .busy, .noPermission] {
      #expect(result.stdoutText.contains(status.meaning), "\(status)")
    }
  }
}
