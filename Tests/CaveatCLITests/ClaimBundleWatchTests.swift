import CaveatCore
import Foundation
import Testing

/// `claim export --bundle` checked by Python's zipfile, and the order watch from the command line.
@Suite("caveat claim export --bundle and claim watch")
struct ClaimBundleWatchTests {
  typealias Sandbox = ClaimCommandTests.Sandbox

  static func python(_ arguments: [String], in folder: URL) async throws -> CLIResult? {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { return nil }
    return try await CLIRunner.run(URL(fileURLWithPath: "/usr/bin/python3"), arguments, currentDirectory: folder)
  }

  @Test("the zip passes python3 -m zipfile -t; hostile file names stay inside their folder")
  func bundle() async throws {
    let box = try Sandbox()
    defer { box.cleanup() }
    let opened = try await box.claim([
      "open", "--platform", "aliexpress", "--title", "Lamp", "--seller", "Shop", "--order", "77",
      "--ordered", "2025-03-01", "--paid", "40", "--currency", "EUR", "--payment", "card",
      "--received", "2025-03-10", "--problem", "damaged", "--today", "2025-03-10",
    ])
    #expect(opened.status == 0, "\(opened)")
    let sub = box.folder.appendingPathComponent("sub")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    let hostile = [
      try box.file("~~~~", ClaimCommandTests.jpegHeader + [1, 2, 3]),
      try box.file("a\u{1B}[31m\u{7}b.jpg", ClaimCommandTests.jpegHeader + [4, 5]),
      box.folder.appendingPathComponent("sub/../..dots.txt").path,
    ]
    try Data("dots".utf8).write(to: box.folder.appendingPathComponent("..dots.txt"))
    let added = try await box.claim(["evidence", "add", "1"] + hostile + ["--today", "2025-03-10"])
    #expect(added.status == 0, "\(added)")
    let out = box.folder.appendingPathComponent("out")
    let export = try await box.claim(["export", "1", "--output", out.path, "--bundle", "--today", "2025-03-11"])
    #expect(export.status == 0, "\(export)")
    #expect(!export.stdoutHasEscape)
    let zip = out.appendingPathComponent("claim-1.zip")
    guard let test = try await Self.python(["-m", "zipfile", "-t", zip.path], in: box.folder) else { return }
    #expect(test.status == 0, "\(test)")
    let script = """
      import json, sys, zipfile
      z = zipfile.ZipFile(sys.argv[1])
      names = z.namelist()
      print(json.dumps(names))
      index = json.loads(z.read("index.json"))
      print(json.dumps([f["status"] for f in index["bundle"]["files"]]))
      print(z.read(names[0]).hex())
      """
    let listed = try #require(try await Self.python(["-c", script, zip.path], in: box.folder))
    #expect(listed.status == 0, "\(listed)")
    let lines = listed.stdoutText.split(separator: "\n").map(String.init)
    let names = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String])
    for name in names {
      #expect(!name.contains(".."), "\(name)")
      #expect(!name.hasPrefix("/"))
      #expect(name.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }, "\(name)")
    }
    #expect(names.filter { $0.hasPrefix("evidence/") }.count == 3)
    #expect(names.contains("index.md") && names.contains("index.html") && names.contains("index.json"))
    #expect(names.contains("timeline.txt") && names.contains("drafts/seller.txt"))
    #expect(lines[1].contains("included"))
    // The first entry holds the first evidence file's bytes exactly.
    let expected = (ClaimCommandTests.jpegHeader + [1, 2, 3]).map { String(format: "%02x", $0) }.joined()
    #expect(lines[2] == expected)
  }

  @Test("watch, due with the reminder (in French too), then open --from-watch keeps the order")
  func watch() async throws {
    let box = try Sandbox()
    defer { box.cleanup() }
    let watched = try await box.claim([
      "watch", "--platform", "aliexpress", "--title", "Lamp", "--order", "8123", "--ordered", "2025-03-01",
      "--paid", "40", "--currency", "EUR", "--payment", "card", "--expected", "2025-03-20", "--today", "2025-03-01",
    ])
    #expect(watched.status == 0, "\(watched)")
    #expect(watched.stdoutText.contains("watch 1"))
    let due = try await box.claim(["due", "--today", "2025-03-10"])
    #expect(due.stdoutText.contains("watch 1 (order 8123)  2025-05-30"))
    #expect(due.stdoutText.contains("before confirming receipt"))
    let french = try await CLIRunner.caveat(
      ["claim", "due", "--today", "2025-03-10", "--store", box.store], environment: ["LANG": "fr_FR.UTF-8"])
    #expect(french.stdoutText.contains("suivi 1 (commande 8123)"))
    #expect(french.stdoutText.contains("Fin de la protection acheteur"))
    let refused = try await box.claim(["open", "--from-watch", "1", "--order", "9", "--problem", "damaged"])
    #expect(refused.status == 64)
    let opened = try await box.claim([
      "open", "--from-watch", "1", "--problem", "damaged", "--received", "2025-03-18", "--today", "2025-03-18",
      "--format", "json",
    ])
    #expect(opened.status == 0, "\(opened)")
    let object = try #require(try ClaimCommandTests.json(opened) as? [String: Any])
    let claim = try #require(object["claim"] as? [String: Any])
    #expect(claim["orderNumber"] as? String == "8123")
    #expect(claim["orderDate"] as? String == "2025-03-01")
    let after = try await box.claim(["due", "--today", "2025-03-19"])
    #expect(!after.stdoutText.contains("watch 1"))
    let again = try await box.claim(["open", "--from-watch", "1", "--problem", "damaged"])
    #expect(again.status == 65)
    #expect(again.stderrText.contains("--from-watch"))
    #expect(!again.stderrText.contains("watchNotFound"))
  }
}

@Suite("caveat claim in French: log, resolve, rules, export")
struct ClaimFrenchRestTests {
  @Test("log, resolve, rules and export speak French under LANG=fr, with no internal names")
  func french() async throws {
    let box = try ClaimCommandTests.Sandbox()
    defer { box.cleanup() }
    let french = ["LANG": "fr_FR.UTF-8"]
    func claim(_ arguments: [String]) async throws -> CLIResult {
      try await CLIRunner.caveat(["claim"] + arguments + ["--store", box.store], environment: french)
    }
    let opened = try await claim([
      "open", "--platform", "aliexpress", "--title", "Lampe", "--order", "5", "--ordered", "2025-03-01", "--paid",
      "40", "--currency", "EUR", "--payment", "card", "--received", "2025-03-10", "--problem", "damaged", "--today",
      "2025-03-10", "--country", "FR", "--not-informed-of-withdrawal",
    ])
    #expect(opened.status == 0, "\(opened)")
    let logged = try await claim(["log", "1", "seller-contacted", "--today", "2025-03-11"])
    #expect(logged.stdoutText.contains("Réclamation 1 : « message au vendeur »"))
    #expect(!logged.stdoutText.contains("sellerContacted"))
    let future = try await claim(["log", "1", "note", "--on", "2026-01-01", "--today", "2025-03-11"])
    #expect(future.stderrText.contains("est dans le futur"))
    let out = box.folder.appendingPathComponent("out")
    let export = try await claim(["export", "1", "--output", out.path, "--today", "2025-03-12"])
    #expect(export.stdoutText.hasPrefix("Écrit : "))
    let markdown = try String(contentsOf: out.appendingPathComponent("claim-1.md"), encoding: .utf8)
    #expect(markdown.hasPrefix("# Réclamation 1 · commande 5"))
    #expect(markdown.contains("## Chronologie") && markdown.contains("## Délais"))
    #expect(markdown.contains("prolongé de 12 mois"))
    #expect(markdown.contains("J'ai écrit au vendeur le 2025-03-11"))
    #expect(!markdown.contains("sellerContacted"))
    let resolved = try await claim(["resolve", "1", "full-refund", "--today", "2025-03-13"])
    #expect(resolved.stdoutText.contains("close le 2025-03-13 : remboursement intégral"))
    let rules = try await CLIRunner.caveat(["claim", "rules"], environment: french)
    #expect(rules.stdoutText.contains("Vérifiée le : "))
  }
}
