import CaveatCore
import Foundation
import Testing

@testable import CaveatClaims

@Suite("Order watches")
struct OrderWatchTests {
  static func watch(platform: String = "aliexpress", order: String = "W-1") -> OrderWatch {
    OrderWatch(
      createdOn: day("2025-03-01"), platform: platform, orderNumber: order, orderDate: day("2025-03-01"),
      pricePaid: Money(amount: 40, currency: "EUR"), paymentMethod: .card, expectedOn: day("2025-03-20"),
      buyerCountry: "FR", listing: ClaimListing(title: "Lamp", sellerName: "Shop"))
  }

  @Test("a watch is stored, refused twice, listed in due and turned into a claim that keeps its facts")
  func lifecycle() throws {
    let folder = try TempFolder()
    defer { folder.cleanup() }
    let store = try ClaimStore(path: folder.storePath)
    let id = try store.watch(Self.watch(), today: day("2025-03-01"))
    #expect(throws: ClaimError.self) { try store.watch(Self.watch()) }
    let due = try store.dueWatches(today: day("2025-03-10"))
    #expect(due.map(\.code).contains(WatchDeadlines.protectionCode))
    #expect(due.allSatisfy { $0.watchID == id && $0.reminder.contains("before confirming receipt") })
    let claimID = try store.openClaim(fromWatch: id, today: day("2025-03-18")) { watch in
      watch.claim(
        createdOn: day("2025-03-18"), problem: .damaged, description: "cracked", receivedOn: day("2025-03-18"))
    }
    let claim = try store.claim(id: claimID)
    #expect(claim.orderNumber == "W-1")
    #expect(claim.orderDate == day("2025-03-01"))
    #expect(claim.pricePaid == Money(amount: 40, currency: "EUR"))
    #expect(claim.listing.title == "Lamp")
    #expect(claim.buyerCountry == "FR")
    #expect(claim.problem == .damaged)
    #expect(try store.watch(id: id).claimID == claimID)
    #expect(try store.dueWatches(today: day("2025-03-10")).isEmpty)
    #expect(throws: ClaimError.self) {
      try store.openClaim(fromWatch: id) { watch in
        watch.claim(createdOn: day("2025-03-18"), problem: .damaged, description: "", receivedOn: nil)
      }
    }
    #expect(throws: ClaimError.watchNotFound(id: 99)) { try store.watch(id: 99) }
    // A claimed order cannot be watched again either.
    #expect(throws: ClaimError.self) { try store.watch(Self.watch()) }
  }

  @Test(
    "buyer protection counts from shipment, else the order; the page's terms override; Amazon counts from the expected day"
  )
  func dates() {
    var watch = Self.watch()
    var list = WatchDeadlines.compute(for: watch, today: day("2025-03-02"))
    #expect(list.first { $0.code == WatchDeadlines.protectionCode }?.date == day("2025-05-30"))
    #expect(list.first { $0.code == WatchDeadlines.deliveryCode }?.date == day("2025-03-20"))
    #expect(list.first { $0.code == "card.chargeback" }?.date == day("2025-06-29"))
    watch.shippedOn = day("2025-03-05")
    watch.listing.terms.buyerProtectionDays = 60
    list = WatchDeadlines.compute(for: watch, today: day("2025-03-02"))
    #expect(list.first { $0.code == WatchDeadlines.protectionCode }?.date == day("2025-05-04"))
    let amazon = WatchDeadlines.compute(for: Self.watch(platform: "amazon"), today: day("2025-03-02"))
    #expect(amazon.first { $0.code == "amazon.atoz" }?.date == day("2025-06-18"))
    #expect(!amazon.contains { $0.code == WatchDeadlines.protectionCode })
    #expect(WatchDeadlines.reminder(.fr).contains("avant de confirmer la réception"))
    let french = list.map { ClaimWords.deadline($0, .fr) }
    #expect(french.allSatisfy { !$0.contains("Buyer protection") })
  }
}

@Suite("Deadline model fixes")
struct DeadlineModelFixTests {
  static func disputed() -> Claim {
    var claim = sampleClaim()
    claim.id = 3
    claim.state = .disputeOpened
    return claim
  }

  @Test("AliExpress escalates by itself: a passed escalation day is to check, and an early escalated event meets it")
  func escalation() {
    let claim = Self.disputed()
    let opened = ClaimEvent(claimID: 3, kind: .disputeOpened, date: day("2024-03-05"))
    let reply = ClaimEvent(claimID: 3, kind: .sellerReplied, date: day("2024-03-06"))
    let list = Deadlines.compute(for: claim, events: [opened, reply], today: day("2024-03-20"))
    let escalation = list.first { $0.code == "ae.escalation" }
    #expect(escalation?.status == .toCheck)
    #expect(!list.contains { $0.code == "ae.escalation" && $0.status == .overdue })
    let step = Deadlines.nextStep(for: claim, events: [opened, reply], evidence: [], today: day("2024-03-20"))
    #expect(step.deadline?.code == "ae.escalation")
    let early = ClaimEvent(claimID: 3, kind: .escalated, date: day("2024-03-04"))
    let met = Deadlines.compute(for: claim, events: [early, opened, reply], today: day("2024-03-20"))
    #expect(met.first { $0.code == "ae.escalation" }?.status == .met)
    #expect(ClaimWords.status(.toCheck, .fr) == "À VÉRIFIER")
  }

  @Test("EU withdrawal: 12 months longer when the buyer was never told of the right")
  func withdrawalExtension() {
    var claim = sampleClaim()
    claim.buyerCountry = "FR"
    let plain = Deadlines.compute(for: claim, events: [], today: day("2024-03-02"))
    #expect(plain.first { $0.code == "eu.withdrawal" }?.date == day("2024-03-15"))
    claim.withdrawalInfoMissing = true
    let extended = Deadlines.compute(for: claim, events: [], today: day("2024-03-02"))
    let withdrawal = extended.first { $0.code == "eu.withdrawal" }
    #expect(withdrawal?.date == day("2025-03-15"))
    #expect(withdrawal.map { ClaimWords.deadline($0, .fr) }?.contains("prolongé de 12 mois") == true)
  }

  @Test("the flag is stored and read back")
  func withdrawalStored() throws {
    let folder = try TempFolder()
    defer { folder.cleanup() }
    let store = try ClaimStore(path: folder.storePath)
    var claim = sampleClaim()
    claim.withdrawalInfoMissing = true
    let id = try store.open(claim)
    #expect(try store.claim(id: id).withdrawalInfoMissing == true)
    #expect(try store.claim(id: store.open(sampleClaim(orderNumber: "2"))).withdrawalInfoMissing == nil)
  }

  @Test("exported drafts follow the record: a logged message is mentioned, as claim draft says it")
  func exportedDraftsUseEvents() throws {
    var claim = sampleClaim()
    claim.id = 5
    claim.state = .sellerContacted
    let events = [ClaimEvent(claimID: 5, kind: .sellerContacted, date: day("2024-03-02"))]
    let snapshot = ClaimSnapshot(claim: claim, events: events, evidence: [], today: day("2024-03-10"))
    let files = try ClaimExport.files(snapshot, language: .en)
    let markdown = try #require(files.first { $0.ext == "md" }?.text)
    let support = MessageDrafts.draft(kind: .support, claim: claim, events: events, evidence: [], language: .en)
    #expect(support.contains("2024-03-02"))
    #expect(markdown.contains(ClaimExport.clean(support, keepNewlines: true)))
  }
}

@Suite("Claim bundle")
struct ClaimBundleTests {
  @Test("CRC-32 of the standard check string")
  func crc() {
    var crc = CRC32()
    crc.update(Array("123456789".utf8))
    #expect(crc.value == 0xCBF4_3926)
    var split = CRC32()
    split.update(Array("1234".utf8))
    split.update(Array("56789".utf8))
    #expect(split.value == crc.value)
  }

  @Test(
    "entry names never leave their folder",
    arguments: [
      "../../etc/passwd", "~~~~", "a\u{1B}[31m\u{7}b.jpg", "..", "/", "ph\u{202E}gpj.exe", "é.png", "..hidden",
    ])
  func safeNames(path: String) {
    let name = ClaimBundle.entryName(path, index: 3)
    #expect(name.hasPrefix("03-"))
    #expect(!name.contains("/"))
    #expect(!name.contains(".."))
    #expect(name.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0.value != 0x7F })
  }

  @Test(
    "evidence is copied as recorded; a changed or missing file is listed, not included; the page only while it matches")
  func bundle() throws {
    let folder = try TempFolder()
    defer { folder.cleanup() }
    let store = try ClaimStore(path: folder.storePath)
    var claim = sampleClaim()
    let page = try folder.file("page.html", Array("<html>listing</html>".utf8))
    claim.listing.savedPage = SavedPage(
      pathBytes: Array(page.utf8), displayPath: page, size: 20, sha256: SHA256.hex(Array("<html>listing</html>".utf8)))
    let id = try store.open(claim)
    let kept = try folder.file("box.jpg", jpegBytes)
    let changed = try folder.file("video.mp4", mp4Bytes)
    let gone = try folder.file("chat.txt", Array("hello".utf8))
    try store.addEvidence(
      claimID: id, pathsBytes: [kept, changed, gone].map { Array($0.utf8) }, addedOn: day("2024-03-10"))
    try Data([1, 2, 3]).write(to: URL(fileURLWithPath: changed))
    try FileManager.default.removeItem(atPath: gone)
    let snapshot = try store.snapshot(id: id, today: day("2024-03-12"))
    let zip = folder.path + "/claim.zip"
    let manifest = try ClaimBundle.write(snapshot, to: zip, today: day("2024-03-12"), language: .en)
    let statuses = manifest.files.filter { $0.source != "draft" && $0.source != "timeline" }.map(\.status)
    #expect(statuses == ["included", "changed", "missing", "included"])
    #expect(manifest.warnings.contains { $0.contains("video.mp4") && $0.contains("not included") })
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: zip)))
    #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    // The copied evidence appears whole; the changed file's new content does not.
    #expect(bytes.firstRange(of: jpegBytes) != nil)
    #expect(manifest.files.contains { $0.name == "listing/page.html" })
    // The listing page changed: left out.
    try Data("<html>edited</html>".utf8).write(to: URL(fileURLWithPath: page))
    let again = try ClaimBundle.write(snapshot, to: zip, today: day("2024-03-12"), language: .fr)
    #expect(again.files.first { $0.source == page }?.status == "changed")
    #expect(again.warnings.contains { $0.hasPrefix("La page de l'annonce") })
    #expect(!FileManager.default.fileExists(atPath: zip + ".partial-\(getpid())"))
  }

  @Test("upload warnings: photos, videos and other files over common limits; Gmail named with its limit")
  func warnings() {
    #expect(ClaimBundle.uploadWarnings(name: "a", size: 4_000_000, kind: .jpeg, language: .en).isEmpty)
    #expect(ClaimBundle.uploadWarnings(name: "a", size: 6_000_000, kind: .jpeg, language: .en).count == 1)
    #expect(ClaimBundle.uploadWarnings(name: "a", size: 90_000_000, kind: .mp4, language: .en).count == 1)
    let big = ClaimBundle.uploadWarnings(name: "a", size: 200_000_000, kind: .mp4, language: .fr)
    #expect(big.count == 2)
    #expect(big.contains { $0.contains("Gmail") })
  }
}
