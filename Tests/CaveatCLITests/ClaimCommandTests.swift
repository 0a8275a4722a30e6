import CaveatCore
import CaveatTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// End-to-end tests of `caveat claim`: each test works on its own store in a fresh folder.
@Suite("caveat claim, end to end")
struct ClaimCommandTests {
  /// A corpus page when `../shared` is there (a real saved page), else the repository's own
  /// fixture of the same layout, with the seller each names.
  static let source: (page: URL, seller: String) = {
    let corpus = TestPaths.repository.deletingLastPathComponent()
      .appendingPathComponent("shared/corpus/aliexpress/safecart-us-3256810119868316-gan-charger.html")
    if FileManager.default.fileExists(atPath: corpus.path) { return (corpus, "TOPADRE Charger Store") }
    return (TestPaths.page("aliexpress-2025-rendered.html"), "Dreamwave Audio Store")
  }()
  static var page: URL { source.page }

  /// A fresh folder with a store path inside; removed by `cleanup()`.
  struct Sandbox {
    let folder: URL
    var store: String { folder.appendingPathComponent("claims.sqlite").path }

    init() throws {
      folder = URL(fileURLWithPath: NSTemporaryDirectory())
        .appendingPathComponent("caveat-claim-cli-" + UUID().uuidString)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
      let url = folder.appendingPathComponent(name)
      try Data(bytes).write(to: url)
      return url.path
    }

    /// Runs `caveat claim ARGUMENTS --store STORE`.
    func claim(_ arguments: [String]) async throws -> CLIResult {
      try await CLIRunner.caveat(["claim"] + arguments + ["--store", store], currentDirectory: folder)
    }

    func cleanup() { try? FileManager.default.removeItem(at: folder) }
  }

  static func json(_ result: CLIResult) throws -> Any {
    try JSONSerialization.jsonObject(with: result.stdout)
  }

  static func day(_ text: String) throws -> CalendarDate {
    try #require(CalendarDate(iso: text))
  }

  /// The rules table as `caveat claim rules --format json` prints it: code → days.
  static func ruleDays() async throws -> [String: Int] {
    let result = try await CLIRunner.caveat(["claim", "rules", "--format", "json"])
    #expect(result.status == 0)
    let rules = try #require(try json(result) as? [[String: Any]])
    var days: [String: Int] = [:]
    for rule in rules {
      if let code = rule["code"] as? String, let value = rule["days"] as? Int { days[code] = value }
    }
    return days
  }

  static let jpegHeader: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1]

  // MARK: - 1. The whole workflow

  @Test("open from a page, evidence, drafts, log, due, options, resolve, export")
  func endToEnd() async throws {
    let box = try Sandbox()
    defer { box.cleanup() }
    let ordered = try Self.day("2025-03-01")
    let received = try Self.day("2025-03-15")
    let contacted = try Self.day("2025-03-16")
    let checkDay = try #require(contacted.adding(days: 6))
    let order = "8123456789012345"

    let opened = try await box.claim([
      "open", "--listing", Self.page.path, "--order", order, "--ordered", ordered.description,
      "--paid", "12.49", "--currency", "USD", "--payment", "card", "--received", received.description,
      "--problem", "damaged", "--description", "Lid cracked <script>alert(1)</script>",
      "--today", contacted.description, "--format", "json",
    ])
    #expect(opened.status == 0, "stderr: \(opened.stderrText)")
    let openedJSON = try #require(try Self.json(opened) as? [String: Any])
    let claim = try #require(openedJSON["claim"] as? [String: Any])
    let id = try #require(claim["id"] as? Int)
    let listing = try #require(claim["listing"] as? [String: Any])
    #expect(listing["sellerName"] as? String == Self.source.seller)
    #expect((listing["url"] as? String)?.contains("aliexpress.com/item/") == true)
    #expect(claim["platform"] as? String == "aliexpress")

    // Evidence: a JPEG header and a text file.
    let photo = try box.file("broken-lid.jpg", Self.jpegHeader)
    let notes = try box.file("unboxing-notes.txt", Array("Box crushed on one corner.\n".utf8))
    let added = try await box.claim(["evidence", "add", "\(id)", photo, "unboxing-notes.txt", "--note", "as delivered"])
    #expect(added.status == 0, "stderr: \(added.stderrText)")
    let listed = try await box.claim(["evidence", "list", "\(id)", "--format", "json"])
    let files = try #require(try Self.json(listed) as? [[String: Any]])
    #expect(files.map { $0["kind"] as? String } == ["jpeg", "text"])
    #expect(files.last?["path"] as? String == notes, "relative paths are stored absolute")

    // Drafts hold the order number and the evidence names; --lang fr is French.
    for kind in ["seller", "support", "dispute"] {
      let draft = try await box.claim(["draft", "\(id)", kind])
      #expect(draft.status == 0, "\(kind): \(draft.stderrText)")
      #expect(draft.stdoutText.contains(order), "\(kind) draft has the order number")
      #expect(draft.stdoutText.contains("broken-lid.jpg"), "\(kind) draft names the photo")
      #expect(draft.stdoutText.contains("unboxing-notes.txt"), "\(kind) draft names the text file")
    }
    let french = try await box.claim(["draft", "\(id)", "seller", "--lang", "fr"])
    #expect(french.status == 0)
    #expect(french.stdoutText.contains("Numéro de commande : \(order)"))
    #expect(french.stdoutText.contains("Bonjour"))
    #expect(!french.stdoutText.contains("Order number"))

    // Seller contacted on D, nothing after; on D+6 the seller's answer is overdue.
    let logged = try await box.claim([
      "log", "\(id)", "seller-contacted", "--on", contacted.description, "--today", contacted.description,
    ])
    #expect(logged.status == 0, "stderr: \(logged.stderrText)")

    let rules = try await Self.ruleDays()
    let answerDays = try #require(rules["ae.seller.response"])
    let afterReceipt = try #require(rules["ae.dispute.afterReceipt"])
    let protection = try #require(rules["ae.protection"])
    let answerDue = try #require(contacted.adding(days: answerDays))
    // No shipping date: protection counts from the order; the earlier of the two closes the window.
    let disputeDue = min(
      try #require(received.adding(days: afterReceipt)), try #require(ordered.adding(days: protection)))

    let due = try await box.claim(["due", "--today", checkDay.description, "--format", "json"])
    #expect(due.status == 0, "stderr: \(due.stderrText)")
    let items = try #require(try Self.json(due) as? [[String: Any]])
    let answer = try #require(items.first { $0["code"] as? String == "seller.answer" })
    #expect(answer["date"] as? String == answerDue.description)
    #expect(["overdue", "dueSoon"].contains(answer["status"] as? String ?? ""))
    let window = try #require(items.first { $0["code"] as? String == "dispute.window" })
    #expect(window["date"] as? String == disputeDue.description)
    let dates = items.compactMap { $0["date"] as? String }
    #expect(dates == dates.sorted(), "soonest first")

    let dueText = try await box.claim(["due", "--today", checkDay.description])
    #expect(dueText.stdoutText.contains("\(answerDue)  OVERDUE"))
    #expect(dueText.stdoutText.contains(disputeDue.description))

    // Three options, then a partial refund.
    let options = try await box.claim(["options", "\(id)", "--format", "json"])
    let optionList = try #require((try Self.json(options) as? [String: Any])?["options"] as? [[String: Any]])
    #expect(Set(optionList.compactMap { $0["kind"] as? String }) == ["fullRefund", "partialRefund", "exchange"])
    let optionsText = try await box.claim(["options", "\(id)"])
    for kind in ["full-refund", "partial-refund", "exchange"] { #expect(optionsText.stdoutText.contains(kind)) }

    let resolved = try await box.claim([
      "resolve", "\(id)", "partial-refund", "--amount", "5", "--today", checkDay.description,
    ])
    #expect(resolved.status == 0, "stderr: \(resolved.stderrText)")
    let shown = try await box.claim(["show", "\(id)", "--format", "json", "--today", checkDay.description])
    let outcome = try #require(
      ((try Self.json(shown) as? [String: Any])?["claim"] as? [String: Any])?["outcome"] as? [String: Any])
    #expect(outcome["kind"] as? String == "partialRefund")
    #expect((outcome["amount"] as? [String: Any])?["amount"] as? Double == 5)

    // Export: three files; no script from the data reaches the HTML.
    let out = box.folder.appendingPathComponent("export")
    let exported = try await box.claim(["export", "\(id)", "--output", out.path, "--today", checkDay.description])
    #expect(exported.status == 0, "stderr: \(exported.stderrText)")
    let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(names == ["claim-\(id).html", "claim-\(id).json", "claim-\(id).md"])
    let html = try String(contentsOf: out.appendingPathComponent("claim-\(id).html"), encoding: .utf8)
    #expect(!html.lowercased().contains("<script"))
    #expect(html.contains("&lt;script&gt;"))
    let exportJSON = try JSONSerialization.jsonObject(
      with: Data(contentsOf: out.appendingPathComponent("claim-\(id).json")))
    #expect((exportJSON as? [String: Any])?["schemaVersion"] as? Int == 1)

    // vet sees the past claim against this seller.
    let vet = try await CLIRunner.caveat(["vet", "--claims-store", box.store, "--format", "json", Self.page.path])
    #expect(vet.status == 0, "stderr: \(vet.stderrText)")
    let report = try #require(try Self.json(vet) as? [String: Any])
    let signals = (report["assessment"] as? [String: Any])?["signals"] as? [[String: Any]] ?? []
    #expect(signals.contains { $0["code"] as? String == "seller-past-claims" })
  }

  @Test("show and export list the same deadlines, the seller's answer included")
  func showAndExportListTheSameDeadlines() async throws {
    let box = try Sandbox()
    defer { box.cleanup() }
    let opened = try await box.claim(Self.hand(["--received": "2025-03-15"]))
    #expect(opened.status == 0, "stderr: \(opened.stderrText)")
    let logged = try await box.claim(["log", "1", "seller-contacted", "--on", "2025-03-16", "--today", "2025-03-20"])
    #expect(logged.status == 0, "stderr: \(logged.stderrText)")

    /// Each deadline as one line of its fields.
    func lines(_ object: Any?) throws -> [String] {
      let deadlines = try #require((object as? [String: Any])?["deadlines"] as? [[String: Any]])
      return deadlines.map { deadline in
        ["code", "date", "status", "description", "source"].map { "\(deadline[$0] ?? "-")" }.joined(separator: " | ")
      }
    }
    let shown = try await box.claim(["show", "1", "--format", "json", "--today", "2025-03-20"])
    #expect(shown.status == 0, "stderr: \(shown.stderrText)")
    let out = box.folder.appendingPathComponent("export")
    let exported = try await box.claim(["export", "1", "--output", out.path, "--today", "2025-03-20"])
    #expect(exported.status == 0, "stderr: \(exported.stderrText)")
    let file = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("claim-1.json")))
    let showLines = try lines(try Self.json(shown))
    #expect(showLines.contains { $0.hasPrefix("seller.answer | 2025-03-21 | dueSoon") })
    #expect(try lines(file) == showLines)
    let markdown = try String(contentsOf: out.appendingPathComponent("claim-1.md"), encoding: .utf8)
    #expect(markdown.contains("| 2025-03-21 | dueSoon | The seller's answer is expected"))
  }

  // MARK: - 2. Bad values

  static let handArguments = [
    "open", "--platform", "aliexpress", "--title", "Lamp", "--seller", "Store", "--order", "A1",
    "--ordered", "2025-03-01", "--paid", "10", "--currency", "EUR", "--payment", "card",
    "--problem", "damaged", "--today", "2025-03-20",
  ]

  /// Replaces (or appends) an option's value in `handArguments`.
  static func hand(_ changes: [String: String]) -> [String] {
    var arguments = handArguments
    for (option, value) in changes {
      if value.hasPrefix("-"), let index = arguments.firstIndex(of: option) {
        // "--paid -3" would read -3 as an option: pass it as "--paid=-3".
        arguments.removeSubrange(index...(index + 1))
        arguments.append("\(option)=\(value)")
      } else if let index = arguments.firstIndex(of: option) {
        arguments[index + 1] = value
      } else {
        arguments += [option, value]
      }
    }
    return arguments
  }

  @Test(
    "a bad value exits 65 and names its option",
    arguments: [
      (["--ordered": "2024-02-30"], "--ordered"),
      (["--received": "2025-02-28"], "--received"),
      (["--order": "A\u{1B}[31mB"], "--order"),
      (["--paid": "0"], "--paid"),
      (["--paid": "-3"], "--paid"),
      (["--received": "2025-13-01"], "--received"),
      (["--currency": "euro"], "--currency"),
    ])
  func badValue(changes: [String: String], option: String) async throws {
    let box = try Sandbox()
    defer { box.cleanup() }
    let result = try await box.claim(Self.hand(changes))
    #expect(result.status == 65, "stderr: \(result.stderrText)")
    #expect(result.stderrText.contains(option), "stderr names \(option): \(result.stderrText)")
    #expect(!result.stderr.contains(0x1B), "no ESC reaches stderr")
    #expect(result.stdout.isEmpty)
    let list = try await box.claim(["list", "--format", "json"])
    #expect((try Self.json(list) as? [Any])?.isEmpty == true, "nothing was stored")
  }

  @Test("a directory, a missing file or a FIFO as evidence is refused, naming it, and nothing is stored")
  func badEvidence() async throws {
    let box = try Sandbox()
    defer { box.cleanup() }
    #expect(try await box.claim(Self.handArguments).status == 0)
    let photo = try box.file("ok.jpg", Self.jpegHeader)
    let fifo = box.folder.appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o600) == 0)
    for bad in [box.folder.path, box.folder.appendingPathComponent("nope.jpg").path, fifo] {
      let result = try await box.claim(["evidence", "add", "1", photo, bad])
      #expect([65, 66].contains(result.status), "\(bad): status \(result.status)")
      #expect(result.stderrText.contains("evidence"), "stderr: \(result.stderrText)")
      #expect(result.stderrText.contains(bad), "stderr names the file: \(result.stderrText)")
    }
    let listed = try await box.claim(["evidence", "list", "1", "--format", "json"])
    #expect((try Self.json(listed) as? [Any])?.isEmpty == true, "one bad file stores nothing")
  }

  @Test("verify exits 65 once an evidence file changed or disappeared")
  func verifyChanged() async throws {
    let box = try Sandbox()
    defer { box.cleanup() }
    #expect(try await box.claim(Self.handArguments).status == 0)
    let photo = try box.file("lid.jpg", Self.jpegHeader)
    let text = try box.file("notes.txt", Array("first\n".utf8))
    #expect(try await box.claim(["evidence", "add", "1", photo, text]).status == 0)
    #expect(try await box.claim(["verify", "1"]).status == 0)
    try Data("changed\n".utf8).write(to: URL(fileURLWithPath: text))
    try FileManager.default.removeItem(atPath: photo)
    let result = try await box.claim(["verify", "1"])
    #expect(result.status == 65)
    #expect(result.stdoutText.contains("CHANGED"))
    #expect(result.stdoutText.contains("MISSING"))
    #expect(result.stderrText.contains("notes.txt"))
  }

  @Test("unknown claim ids and illegal events exit 65 with a message")
  func unknownClaimAndIllegalEvent() async throws {
    let box = try Sandbox()
    defer { box.cleanup() }
    let noStore = try await box.claim(["show", "42"])
    #expect(noStore.status == 66)
    #expect(noStore.stderrText.contains("no claim store"))
    #expect(!FileManager.default.fileExists(atPath: box.store))
    #expect(try await box.claim(Self.handArguments).status == 0)
    let missing = try await box.claim(["show", "42"])
    #expect(missing.status == 65)
    #expect(missing.stderrText.contains("claim 42"))
    #expect(try await box.claim(["resolve", "1", "withdrawn", "--today", "2025-03-20"]).status == 0)
    let late = try await box.claim(["log", "1", "escalated", "--today", "2025-03-21"])
    #expect(late.status == 65)
    #expect(late.stderrText.contains("state"))
    let future = try await box.claim(["log", "1", "note", "--on", "2025-04-01", "--today", "2025-03-21"])
    #expect(future.status == 65)
    #expect(future.stderrText.contains("--on"))
  }

  @Test("text output never carries terminal escapes from user or page text")
  func sanitizedText() async throws {
    let box = try Sandbox()
    defer { box.cleanup() }
    let evil = "Lamp \u{1B}]8;;http://evil.example\u{7}click\u{1B}]8;;\u{7} \u{1B}[2J\u{202E}"
    let result = try await box.claim(
      Self.hand(["--title": evil, "--seller": evil, "--description": evil]))
    #expect(result.status == 0, "stderr: \(result.stderrText)")
    for arguments in [["show", "1"], ["list"], ["draft", "1", "seller"], ["due", "--today", "2025-03-20"]] {
      let output = try await box.claim(arguments)
      #expect(output.status == 0)
      #expect(!output.stdout.contains(0x1B), "\(arguments): ESC in output")
      #expect(!output.stdout.contains(0x07), "\(arguments): BEL in output")
      #expect(!output.stdoutText.contains("\u{202E}"), "\(arguments): bidi override in output")
    }
  }

  // MARK: - 3. Two writers at once

  @Test("two claim log processes at the same time both succeed (or one says the store is busy)")
  func concurrentLogs() async throws {
    let box = try Sandbox()
    defer { box.cleanup() }
    #expect(try await box.claim(Self.handArguments).status == 0)
    var expected: Set<String> = []
    for round in 0..<5 {
      async let first = box.claim(["log", "1", "note", "--note", "a\(round)", "--today", "2025-03-20"])
      async let second = box.claim(["log", "1", "note", "--note", "b\(round)", "--today", "2025-03-20"])
      for (note, result) in [("a\(round)", try await first), ("b\(round)", try await second)] {
        if result.status == 0 {
          expected.insert(note)
        } else {
          #expect(result.status == 75, "stderr: \(result.stderrText)")
          #expect(result.stderrText.contains("store is busy"))
        }
      }
    }
    #expect(expected.count >= 5)
    let shown = try await box.claim(["show", "1", "--format", "json", "--today", "2025-03-20"])
    let events = try #require((try Self.json(shown) as? [String: Any])?["events"] as? [[String: Any]])
    #expect(Set(events.compactMap { $0["note"] as? String }) == expected)
  }

  // MARK: - 4. Crash test

  // A correctness test, not a timing test: 25 rounds of kill -9 may take minutes on a loaded
  // machine, hence the 300 s limit.
  @Test("kill -9 during writes never corrupts the store nor loses an acknowledged write (25 rounds)")
  func crashTest() async throws {
    let box = try Sandbox()
    defer { box.cleanup() }
    let script = TestPaths.repository.appendingPathComponent("scripts/claim-crash-test.sh")
    let caveat = try CLIRunner.executable.get()
    let result = try await CLIRunner.run(
      URL(fileURLWithPath: "/bin/bash"), [script.path, "25", box.folder.appendingPathComponent("crash").path],
      environment: ["CAVEAT": caveat.path], timeout: 300)
    #expect(result.status == 0, "stdout: \(result.stdoutText)\nstderr: \(result.stderrText)")
    #expect(result.stdoutText.contains("25 passed, 0 failed"))
  }

  // MARK: - Help

  @Test("claim --help lists every subcommand and the exit codes")
  func help() async throws {
    let result = try await CLIRunner.caveat(["claim", "--help"])
    #expect(result.status == 0)
    for name in ["open", "evidence", "verify", "log", "show", "list", "due", "draft", "options", "resolve", "export"] {
      #expect(result.stdoutText.range(of: #"(?m)^\s+"# + name + #"\s"#, options: .regularExpression) != nil, "\(name)")
    }
    #expect(result.stdoutText.contains("75"))
  }

  @Test("a store the user may not write gives a clear error and keeps its data")
  func readOnlyStoreKeepsItsData() async throws {
    let box = try Sandbox()
    defer {
      chmod(box.folder.path, 0o755)
      box.cleanup()
    }
    let opened = try await box.claim(Self.handArguments)
    #expect(opened.status == 0, "stderr: \(opened.stderrText)")
    let before = try await box.claim(["show", "1", "--format", "json"])
    #expect(before.status == 0)

    let write = ["claim", "log", "1", "note", "--on", "2025-03-20", "--today", "2025-03-20", "--store", box.store]
    let result: CLIResult
    if getuid() == 0 {
      // Permission bits do not stop root: the write runs as `nobody` on the root-owned store.
      let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
      try #require(FileManager.default.isExecutableFile(atPath: setpriv.path), "setpriv (util-linux) is needed as root")
      chmod(box.folder.path, 0o755)
      chmod(box.store, 0o644)
      let caveat = try CLIRunner.executable.get()
      result = try await CLIRunner.run(
        setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", caveat.path] + write,
        currentDirectory: URL(fileURLWithPath: "/"))
    } else {
      chmod(box.store, 0o444)
      chmod(box.folder.path, 0o555)
      result = try await CLIRunner.caveat(write)
      chmod(box.folder.path, 0o755)
      chmod(box.store, 0o644)
    }
    #expect(result.status == 77)
    #expect(result.stderrText.contains("read-only"), "stderr: \(result.stderrText)")
    #expect(result.stdout.isEmpty)

    let after = try await box.claim(["show", "1", "--format", "json"])
    #expect(after.status == 0)
    #expect(after.stdout == before.stdout, "the store changed")
  }
}
