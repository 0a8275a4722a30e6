import CaveatCore
import Foundation
import GRDB
import Testing

@testable import CaveatClaims

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Claim store")
struct ClaimStoreTests {
  @Test func migrationsCreateTheSchemaOnANewFile() throws {
    let folder = try TempFolder()
    defer { folder.cleanup() }
    let store = try ClaimStore(path: folder.path + "/nested/dir/claims.sqlite")
    #expect(
      try store.appliedMigrations() == ["v1-claims-events-evidence", "v2-saved-page", "v3-order-watches", "v4-as-sold"])
    let settings = try store.durabilitySettings()
    #expect(settings.journalMode == "wal")
    #expect(settings.synchronous == 2)  // FULL
    #expect(try store.claims().isEmpty)
    // Reopening runs no migration twice.
    let again = try ClaimStore(path: folder.path + "/nested/dir/claims.sqlite")
    #expect(
      try again.appliedMigrations() == ["v1-claims-events-evidence", "v2-saved-page", "v3-order-watches", "v4-as-sold"])
  }

  @Test func defaultPathFollowsXDGThenHome() throws {
    #expect(
      try ClaimStore.defaultPath(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/a"])
        == "/x/data/caveat/claims.sqlite")
    #expect(
      try ClaimStore.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/a"])
        == "/home/a/.local/share/caveat/claims.sqlite")
    #expect(throws: ClaimError.self) { try ClaimStore.defaultPath(environment: [:]) }
  }

  @Test func aWholeClaimRoundTrips() throws {
    let folder = try TempFolder()
    defer { folder.cleanup() }
    let store = try ClaimStore(path: folder.storePath)
    var claim = sampleClaim()
    claim.listing.terms = ClaimTerms(freeReturns: true, returnWindowDays: 30, buyerProtectionDays: 75)
    claim.disputeDeadline = day("2024-03-14")
    claim.buyerCountry = "FR"
    let id = try store.open(claim, today: day("2024-03-10"))
    let photo = try folder.file("photo.jpg", jpegBytes)
    let added = try store.addEvidence(claimID: id, path: photo, note: "front", addedOn: day("2024-03-10"))
    #expect(added.kind == .jpeg)
    #expect(added.size == Int64(jpegBytes.count))
    #expect(added.sha256 == SHA256.hex(jpegBytes))
    try store.log(ClaimEvent(claimID: id, kind: .sellerContacted, date: day("2024-03-10"), note: "chat"))
    try store.log(
      ClaimEvent(
        claimID: id, kind: .offerReceived, date: day("2024-03-11"), note: "offers 5",
        amount: Money(amount: 5, currency: "EUR")))
    try store.log(ClaimEvent(claimID: id, kind: .disputeOpened, date: day("2024-03-12")))
    #expect(try store.claim(id: id).state == .disputeOpened)
    let resolved = try store.resolve(
      id: id, outcome: .partialRefund(Money(amount: 15.5, currency: "EUR")), on: day("2024-03-20"))
    #expect(resolved.state == .resolved)

    var expected = claim
    expected.id = id
    expected.state = .resolved
    expected.outcome = .partialRefund(Money(amount: 15.5, currency: "EUR"))
    expected.resolvedOn = day("2024-03-20")
    #expect(try store.claim(id: id) == expected)
    #expect(try store.claims() == [expected])
    let events = try store.events(claimID: id)
    #expect(events.map(\.kind) == [.sellerContacted, .offerReceived, .disputeOpened, .resolved])
    #expect(events[1].amount == Money(amount: 5, currency: "EUR"))
    #expect(try store.listEvidence(claimID: id) == [added])

    // JSON of the model round-trips too.
    let data = try JSONEncoder().encode(expected)
    #expect(try JSONDecoder().decode(Claim.self, from: data) == expected)

    // A resolved claim refuses a second outcome and workflow events, but takes notes.
    #expect(throws: ClaimError.illegalTransition(from: .resolved, event: .resolved)) {
      try store.resolve(id: id, outcome: .fullRefund, on: day("2024-03-21"))
    }
    #expect(throws: ClaimError.illegalTransition(from: .resolved, event: .escalated)) {
      try store.log(ClaimEvent(claimID: id, kind: .escalated, date: day("2024-03-21")))
    }
    try store.log(ClaimEvent(claimID: id, kind: .refundReceived, date: day("2024-03-25")))
  }

  @Test func claimsMatchSellerByIDOrNormalisedName() throws {
    let folder = try TempFolder()
    defer { folder.cleanup() }
    let store = try ClaimStore(path: folder.storePath)
    let first = try store.open(sampleClaim(orderNumber: "A1"))
    try store.resolve(id: first, outcome: .fullRefund, on: day("2024-03-15"))
    var other = sampleClaim(orderNumber: "B2")
    other.listing.sellerID = nil
    other.listing.sellerName = "  SHENZHEN   best store "
    try store.open(other)
    var unrelated = sampleClaim(orderNumber: "C3")
    unrelated.listing.sellerName = "Another"
    unrelated.listing.sellerID = "S-99"
    try store.open(unrelated)

    let byName = try store.claims(sellerName: "Shenzhen Best Store", sellerID: nil)
    #expect(byName.count == 2)
    let byID = try store.claims(sellerName: nil, sellerID: "S-42")
    #expect(byID.map(\.id) == [first])
    #expect(byID.first?.outcome == .fullRefund)
    #expect(try store.claims(sellerName: "", sellerID: nil).isEmpty)
    #expect(try store.claims(sellerName: "nobody", sellerID: "none").isEmpty)
  }

  @Test func aFailedActionLeavesTheStoreUnchanged() throws {
    struct Boom: Error {}
    let folder = try TempFolder()
    defer { folder.cleanup() }
    let store = try ClaimStore(path: folder.storePath)
    let id = try store.open(sampleClaim())
    let before = try store.claim(id: id)
    #expect(throws: ClaimError.self) {
      try store.write { db in
        try db.execute(sql: "UPDATE claims SET state = ? WHERE id = ?", arguments: ["escalated", id])
        try db.execute(
          sql: "INSERT INTO claim_events (claim_id, kind, date, note) VALUES (?, ?, ?, ?)",
          arguments: [id, "escalated", "2024-03-11", ""])
        throw Boom()
      }
    }
    #expect(try store.claim(id: id) == before)
    #expect(try store.events(claimID: id).isEmpty)

    // A claim opened with one refusable evidence file stores nothing at all.
    let photo = try folder.file("ok.jpg", jpegBytes)
    #expect(throws: ClaimError.self) {
      try store.open(sampleClaim(orderNumber: "X9"), evidence: [(photo, ""), (folder.path, "a folder")])
    }
    #expect(try store.claims().count == 1)
  }

  @Test func hostileValuesAreStoredLiterally() throws {
    let folder = try TempFolder()
    defer { folder.cleanup() }
    let store = try ClaimStore(path: folder.storePath)
    let injection = "'; DROP TABLE claims;--"
    var claim = sampleClaim(orderNumber: injection)
    claim.description = "\"quoted\" ' \\ %s %@ <script>alert(1)</script> \u{202E}rtl 😀 \u{7}bell"
    claim.listing.title = "Robert'); DROP TABLE evidence;--"
    claim.listing.sellerName = "x' OR '1'='1"
    let id = try store.open(claim)
    let stored = try store.claim(id: id)
    #expect(stored.orderNumber == injection)
    #expect(stored.description == claim.description)
    #expect(stored.listing.title == claim.listing.title)
    #expect(try store.claims().count == 1)
    var withNul = sampleClaim(orderNumber: "N1")
    withNul.description = "cut\u{0}here"
    #expect(
      throws: ClaimError.invalidField(
        field: "description",
        reason: ClaimReason(
          "contains a NUL character, which cannot be stored",
          fr: "contient un caractère NUL, qui ne peut pas être enregistré"))
    ) {
      try store.open(withNul)
    }
    #expect(try store.claims(sellerName: "x' OR '1'='1", sellerID: nil).count == 1)
    #expect(try store.claims(sellerName: "' OR 1=1 --", sellerID: "' OR 1=1 --").isEmpty)
    try store.log(ClaimEvent(claimID: id, kind: .note, date: day("2024-03-11"), note: injection))
    #expect(try store.events(claimID: id).first?.note == injection)

    // Order numbers with control characters, empty or too long are refused by name.
    for bad in ["A\u{7}B", "line\nbreak", "", "   ", String(repeating: "9", count: 65)] {
      #expect {
        try store.open(sampleClaim(orderNumber: bad))
      } throws: { error in
        (error as? ClaimError)?.errorDescription?.hasPrefix("orderNumber:") == true
      }
    }
    #expect(try store.claims().count == 1)
  }

  @Test func evidencePathsThatAreNotBytesOfUTF8RoundTrip() throws {
    let folder = try TempFolder()
    defer { folder.cleanup() }
    let store = try ClaimStore(path: folder.storePath)
    let id = try store.open(sampleClaim())
    let raw = Array(folder.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".txt".utf8)
    let descriptor = (raw + [0]).withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        chars.baseAddress.map { open($0, O_WRONLY | O_CREAT | O_EXCL, 0o600) } ?? -1
      }
    }
    #expect(descriptor >= 0)
    let text = Array("plain words\n".utf8)
    #expect(text.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == text.count)
    close(descriptor)
    let added = try store.addEvidence(claimID: id, pathBytes: raw, addedOn: day("2024-03-10"))
    #expect(added.kind == .text)
    #expect(try store.listEvidence(claimID: id).first?.pathBytes == raw)
    #expect(try store.verifyEvidence(claimID: id).map(\.status) == [.unchanged])
  }

  @Test func verifyDetectsModifiedAndDeletedFiles() throws {
    let folder = try TempFolder()
    defer { folder.cleanup() }
    let store = try ClaimStore(path: folder.storePath)
    let id = try store.open(sampleClaim())
    let photo = try folder.file("a.jpg", jpegBytes)
    let video = try folder.file("b.mp4", mp4Bytes)
    let pdf = try folder.file("c.pdf", Array("%PDF-1.7\n".utf8))
    for path in [photo, video, pdf] { try store.addEvidence(claimID: id, path: path, addedOn: day("2024-03-10")) }
    #expect(try store.listEvidence(claimID: id).map(\.kind) == [.jpeg, .mp4, .pdf])
    #expect(try store.verifyEvidence(claimID: id).map(\.status) == [.unchanged, .unchanged, .unchanged])

    _ = try folder.file("a.jpg", jpegBytes + [0])
    try FileManager.default.removeItem(atPath: video)
    try FileManager.default.removeItem(atPath: pdf)
    try FileManager.default.createDirectory(atPath: pdf, withIntermediateDirectories: false)
    let checks = try store.verifyEvidence(claimID: id)
    #expect(checks.map(\.status) == [.changed, .missing, .unreadable])
  }

  @Test(.timeLimit(.minutes(1))) func specialFilesAreRefusedWithoutBlocking() throws {
    let folder = try TempFolder()
    defer { folder.cleanup() }
    let store = try ClaimStore(path: folder.storePath)
    let id = try store.open(sampleClaim())
    let fifo = folder.path + "/pipe"
    #expect(mkfifo(fifo, 0o600) == 0)
    #expect(
      throws: ClaimError.evidenceRefused(path: fifo, reason: EvidenceFile.Failure.notRegularFile("FIFO").claimReason)
    ) {
      try store.addEvidence(claimID: id, path: fifo, addedOn: day("2024-03-10"))
    }
    #expect(
      throws: ClaimError.evidenceRefused(
        path: "/dev/null", reason: EvidenceFile.Failure.notRegularFile("device").claimReason)
    ) {
      try store.addEvidence(claimID: id, path: "/dev/null", addedOn: day("2024-03-10"))
    }
    #expect(throws: ClaimError.evidenceRefused(path: folder.path, reason: EvidenceFile.Failure.directory.claimReason)) {
      try store.addEvidence(claimID: id, path: folder.path, addedOn: day("2024-03-10"))
    }
    let loop = folder.path + "/loop"
    #expect(symlink(loop, loop) == 0)
    #expect(throws: ClaimError.evidenceRefused(path: loop, reason: EvidenceFile.Failure.symlinkLoop.claimReason)) {
      try store.addEvidence(claimID: id, path: loop, addedOn: day("2024-03-10"))
    }
    #expect(
      throws: ClaimError.evidenceRefused(path: folder.path + "/none", reason: EvidenceFile.Failure.missing.claimReason)
    ) {
      try store.addEvidence(claimID: id, path: folder.path + "/none", addedOn: day("2024-03-10"))
    }
    #expect(throws: ClaimError.claimNotFound(id: 999)) {
      try store.addEvidence(claimID: 999, path: try folder.file("x.jpg", jpegBytes), addedOn: day("2024-03-10"))
    }
    #expect(try store.listEvidence(claimID: id).isEmpty)
  }

  @Test func twoStoresOnOneFileWriteConcurrently() async throws {
    let folder = try TempFolder()
    defer { folder.cleanup() }
    let path = folder.storePath
    let perWriter = 40
    let stores = try (0..<2).map { _ in try ClaimStore(path: path) }
    let all = await withTaskGroup(of: [String].self) { group in
      for (writer, store) in stores.enumerated() {
        group.addTask {
          await withCheckedContinuation { continuation in
            // A dispatch thread, so that both writers really block at the same time.
            DispatchQueue.global().async {
              var outcomes: [String] = []
              for index in 0..<perWriter {
                do {
                  try store.open(sampleClaim(orderNumber: "W\(writer)-\(index)"))
                  outcomes.append("ok")
                } catch ClaimError.storeBusy {
                  outcomes.append("busy")
                } catch {
                  outcomes.append("other: \(error)")
                }
              }
              continuation.resume(returning: outcomes)
            }
          }
        }
      }
      var merged: [String] = []
      for await outcomes in group { merged += outcomes }
      return merged
    }
    #expect(all.count == 2 * perWriter)
    #expect(all.allSatisfy { $0 == "ok" || $0 == "busy" })
    #expect(all.contains("ok"))
    let stored = try ClaimStore(path: path).claims().count
    #expect(stored == all.filter { $0 == "ok" }.count)
  }

  @Test func aLockedStoreReportsBusy() throws {
    let folder = try TempFolder()
    defer { folder.cleanup() }
    let store = try ClaimStore(path: folder.storePath, busyTimeout: 0.05)
    let holder = try DatabaseQueue(path: folder.storePath)
    try holder.writeWithoutTransaction { db in
      try db.execute(sql: "BEGIN IMMEDIATE")
      #expect(throws: ClaimError.storeBusy) { try store.open(sampleClaim()) }
      try db.execute(sql: "ROLLBACK")
    }
    #expect(throws: Never.self) { try store.open(sampleClaim()) }
  }
}

@Suite("Claim store on a full disk")
struct ClaimStoreFullDiskTests {
  /// A store that may not grow stands in for a full disk: the write that does not fit fails
  /// with `diskFull` and a clear message, changes nothing, and every earlier write is intact.
  @Test func aFullDiskFailsTheWriteAndKeepsEverythingElse() throws {
    let folder = try TempFolder()
    defer { folder.cleanup() }
    let first = try ClaimStore(path: folder.storePath)
    let id = try first.open(sampleClaim(orderNumber: "A1"))
    let pages = try #require(
      try DatabaseQueue(path: folder.storePath).read { db in
        try Int.fetchOne(db, sql: "PRAGMA page_count")
      })

    let capped = try ClaimStore(path: folder.storePath, maxPageCount: pages + 4)
    var acknowledged: [ClaimEvent] = []
    var failure: ClaimError?
    let note = String(repeating: "The lid arrived cracked; photos attached. ", count: 100)
    for day in 1...200 {
      do {
        let event = ClaimEvent(
          claimID: id, kind: .note, date: CalendarDate(year: 2024, month: 3, day: 1 + day % 28)!, note: note)
        acknowledged.append(try capped.log(event))
      } catch {
        failure = error
        break
      }
    }
    let error = try #require(failure, "the capped store never filled up")
    #expect(!acknowledged.isEmpty, "no write fitted before the store filled up")
    #expect(error == .diskFull)
    #expect(error.errorDescription?.contains("disk full") == true)
    #expect(error.errorDescription?.contains("nothing was changed") == true)

    let reopened = try ClaimStore(path: folder.storePath)
    #expect(try reopened.events(claimID: id).map(\.id) == acknowledged.map(\.id))
    #expect(try reopened.claim(id: id).orderNumber == "A1")
    let check = try DatabaseQueue(path: folder.storePath).read { db in
      try String.fetchOne(db, sql: "PRAGMA integrity_check")
    }
    #expect(check == "ok")
  }
}
