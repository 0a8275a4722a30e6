import CaveatCore
import Foundation
import Testing

@testable import CaveatClaims

/// What the shopper types, checked into a claim, and errors as the command line reports them.
@Suite("Typed claim input and command-line errors")
struct ClaimInputTests {
  static let today = day("2025-03-20")

  @Test("an order typed by hand becomes a claim; the country is trimmed and upper-cased")
  func typedOrder() throws {
    var draft = NewClaim()
    draft.override(platform: "Amazon", title: "Lamp", sellerName: nil, sellerID: nil)
    let typed = TypedOrder(
      number: "402-1", ordered: "2025-03-01", payment: .paypal, paid: "19,99", currency: "eur", shipped: "2025-03-03",
      received: "2025-03-10", country: " fr")
    let claim = try draft.claim(
      createdOn: Self.today, typed: typed, problem: .defective, description: "stops")
    #expect(claim.platform == "amazon")
    #expect(claim.pricePaid == Money(amount: 19.99, currency: "EUR"))
    #expect(claim.orderDate == day("2025-03-01"))
    #expect(claim.shippedOn == day("2025-03-03"))
    #expect(claim.receivedOn == day("2025-03-10"))
    #expect(claim.buyerCountry == "FR")
    #expect(claim.listing.title == "Lamp")
  }

  @Test("the page's price and currency stand in for what is not typed; without them the error names the option")
  func pagePrice() throws {
    let page = NewClaim(platform: "ebay", pagePrice: Money(amount: 30, currency: "GBP"))
    let typed = TypedOrder(number: "E-1", ordered: "2025-03-01", payment: .card)
    let claim = try page.claim(createdOn: Self.today, typed: typed, problem: .damaged, description: "")
    #expect(claim.pricePaid == Money(amount: 30, currency: "GBP"))
    let bare = NewClaim(platform: "ebay")
    #expect(throws: ClaimError.self) {
      try bare.claim(createdOn: Self.today, typed: typed, problem: .damaged, description: "")
    }
    do {
      _ = try bare.claim(createdOn: Self.today, typed: typed, problem: .damaged, description: "")
      Issue.record("a claim without a price was accepted")
    } catch {
      #expect(error.commandLineMessage(in: .fr) == "--paid : la page n'affiche pas de prix ; indiquez le montant payé")
      #expect(error.commandLineMessage(in: .en) == "--paid: the page shows no price; give the amount paid")
      #expect(error.exitStatus == .badInput)
    }
    var priced = typed
    priced.paid = "5"
    do {
      _ = try bare.claim(createdOn: Self.today, typed: priced, problem: .damaged, description: "")
      Issue.record("a claim without a currency was accepted")
    } catch {
      #expect(error.commandLineMessage(in: .en) == "--currency: give the currency of the amount paid (EUR, USD, …)")
    }
  }

  @Test("bad values are refused with the option that gave them")
  func refused() {
    let cases: [(TypedOrder, String)] = [
      (TypedOrder(number: "1", ordered: "2025-02-30", payment: .card, paid: "5", currency: "EUR"), "--ordered: "),
      (TypedOrder(number: "1", ordered: "2025-02-03", payment: .card, paid: "-5", currency: "EUR"), "--paid: "),
      (TypedOrder(number: "1", ordered: "2025-02-03", payment: .card, paid: "5", currency: "EURO"), "--currency: "),
      (
        TypedOrder(number: "1", ordered: "2025-02-03", payment: .card, paid: "5", currency: "EUR", country: "ZZ"),
        "--country: "
      ),
      (
        TypedOrder(number: "1", ordered: "2025-02-03", payment: .card, paid: "5", currency: "EUR", shipped: "x"),
        "--shipped: "
      ),
    ]
    for (typed, prefix) in cases {
      do {
        _ = try NewClaim(platform: "amazon").claim(
          createdOn: Self.today, typed: typed, problem: .damaged, description: "")
        Issue.record("\(typed) was accepted")
      } catch {
        #expect(error.commandLineMessage(in: .en).hasPrefix(prefix), "\(error.commandLineMessage(in: .en))")
      }
    }
  }

  @Test("an event's day is today unless given, and never after today")
  func eventDate() throws {
    #expect(try ClaimInput.eventDate(nil, today: Self.today) == Self.today)
    #expect(try ClaimInput.eventDate("2025-03-01", today: Self.today) == day("2025-03-01"))
    #expect(
      throws: ClaimError.invalidField(
        field: "event.date",
        reason: ClaimReason(
          "2025-03-21 is in the future (today is 2025-03-20)",
          fr: "2025-03-21 est dans le futur (nous sommes le 2025-03-20)"
        ))
    ) {
      try ClaimInput.eventDate("2025-03-21", today: Self.today)
    }
    #expect(
      ClaimError.invalidField(field: "event.date", reason: ClaimReason("x", fr: "y")).commandLineMessage(in: .en)
        == "--on: x")
    #expect(
      ClaimError.invalidField(field: "event.date", reason: ClaimReason("x", fr: "y")).commandLineMessage(in: .fr)
        == "--on : y")
  }

  @Test("each error has its exit status, and duplicates say how to record them anyway")
  func exitStatus() {
    #expect(ClaimError.storeMissing(path: "/x").exitStatus == .noInput)
    #expect(ClaimError.storeBusy.exitStatus == .busy)
    #expect(ClaimError.storeReadOnly.exitStatus == .noPermission)
    #expect(ClaimError.diskFull.exitStatus == .ioError)
    #expect(ClaimError.claimNotFound(id: 3).exitStatus == .badInput)
    let duplicate = ClaimError.duplicate(field: "orderNumber", reason: ClaimReason("already claim 1", fr: "déjà 1"))
    #expect(
      duplicate.commandLineMessage(in: .en)
        == "--order: already claim 1; nothing was recorded (--allow-duplicate records it anyway)")
    #expect(
      duplicate.commandLineMessage(in: .fr)
        == "--order : déjà 1 ; rien n'a été enregistré (--allow-duplicate l'enregistre quand même)")
    #expect(ClaimFieldNames.option("receivedOn") == "--received")
    #expect(ClaimFieldNames.option("terms.returnWindowDays") == nil)
  }

  @Test("relative paths are made absolute against the current folder")
  func absolute() {
    #expect(ClaimInput.absolute(Array("a/b".utf8), currentDirectory: Array("/home".utf8)) == Array("/home/a/b".utf8))
    #expect(ClaimInput.absolute(Array("/x".utf8), currentDirectory: Array("/home".utf8)) == Array("/x".utf8))
  }
}

/// What the claim commands write besides their text: files, JSON reports, the progress line.
@Suite("Claim command helpers")
struct ClaimCommandHelperTests {
  @Test("days for --within: whole numbers from 0 to 36500")
  func days() throws {
    #expect(try ClaimInput.days(" 5 ", field: "--within") == 5)
    #expect(
      throws: ClaimError.invalidField(
        field: "--within",
        reason: ClaimReason("'x' is not a whole number of days", fr: "« x » n'est pas un nombre entier de jours"))
    ) {
      try ClaimInput.days("x", field: "--within")
    }
    #expect(
      throws: ClaimError.invalidField(
        field: "--within",
        reason: ClaimReason("a number of days from 0 to 36500, not -3", fr: "un nombre de jours de 0 à 36500, pas -3"))
    ) {
      try ClaimInput.days("-3", field: "--within")
    }
  }

  @Test("the export writes the three files into a new folder and names them")
  func exportWrite() throws {
    let folder = try TempFolder()
    defer { folder.cleanup() }
    var claim = sampleClaim()
    claim.id = 4
    let snapshot = ClaimSnapshot(claim: claim, events: [], evidence: [], today: day("2024-03-12"))
    let target = folder.path + "/out/more"
    let written = try ClaimExport.write(snapshot, toFolder: target, language: .en)
    #expect(written == ["md", "html", "json"].map { target + "/claim-4." + $0 })
    for path in written { #expect(FileManager.default.fileExists(atPath: path)) }
    #expect(ClaimTextReport.exported(written, language: .fr).hasPrefix("Écrit : " + target + "/claim-4.md\n"))
    let blocker = try folder.file("file", [1])
    #expect(throws: ClaimExport.WriteFailure.self) {
      try ClaimExport.write(snapshot, toFolder: blocker + "/inside", language: .en)
    }
  }

  @Test("verify's JSON says ok only when every file is unchanged, and its text names the changed ones")
  func verification() throws {
    let folder = try TempFolder()
    defer { folder.cleanup() }
    let store = try ClaimStore(path: folder.storePath)
    let id = try store.open(sampleClaim(), today: day("2024-03-10"))
    let path = try folder.file("box.jpg", [0xFF, 0xD8, 0xFF, 1, 2, 3])
    _ = try store.addEvidence(claimID: id, path: path, addedOn: day("2024-03-10"))
    let fine = try store.verifyEvidence(claimID: id)
    #expect(EvidenceVerification(claimID: id, checks: fine).ok)
    #expect(ClaimTextReport.mismatch(fine, claimID: id) == nil)
    #expect(ClaimTextReport.verification(fine, claimID: id).hasSuffix("All 1 evidence files are unchanged.\n"))
    try Data([0]).write(to: URL(fileURLWithPath: path))
    let changed = try store.verifyEvidence(claimID: id)
    #expect(!EvidenceVerification(claimID: id, checks: changed).ok)
    #expect(
      ClaimTextReport.mismatch(changed, claimID: id) == "claim \(id): evidence no longer matches: box.jpg changed")
  }

  @Test("the progress line rewrites itself and is cleared only once shown")
  func progress() {
    var written: [String] = []
    let line = EvidenceProgress { written.append($0) }
    line.clear()
    #expect(written.isEmpty)
    line.show(Array("/a/video.mp4".utf8), 512, 1024)
    line.clear()
    #expect(written.count == 2)
    #expect(written[0].hasPrefix("\rReading video.mp4: 50% of "))
    #expect(written[1] == "\r\u{1B}[K")
  }

  @Test("a claim history opens only an existing store, and warns about a named one that is missing")
  func history() throws {
    var warnings: [String] = []
    let missing = "/nonexistent/claims-\(UUID().uuidString).sqlite"
    _ = ClaimHistory.open(path: missing) { warnings.append($0) }
    #expect(warnings == ["no claim store at \(missing); past claims are not checked"])
    #expect(!FileManager.default.fileExists(atPath: missing))
  }
}
