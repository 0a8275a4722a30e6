import CaveatCore
import Foundation
import Testing

@testable import CaveatClaims

@Suite("Past claims, new claims and snapshots")
struct HistorySnapshotTests {
  @Test func pastClaimsAreTheResolvedOnesInTheScorersWords() throws {
    let folder = try TempFolder()
    defer { folder.cleanup() }
    let store = try ClaimStore(path: folder.storePath)
    let partial = try store.open(sampleClaim(orderNumber: "A1"))
    try store.resolve(id: partial, outcome: .partialRefund(Money(amount: 12, currency: "USD")), on: day("2024-03-15"))
    var older = sampleClaim(orderNumber: "B2", problem: .notReceived)
    older.orderDate = day("2024-01-05")
    older.shippedOn = nil
    older.receivedOn = nil
    let full = try store.open(older)
    try store.resolve(id: full, outcome: .noRefund, on: day("2024-03-15"))
    try store.open(sampleClaim(orderNumber: "C3"))  // still open: not counted
    var other = sampleClaim(orderNumber: "D4")
    other.listing.sellerName = "Another"
    other.listing.sellerID = "S-99"
    try store.resolve(id: try store.open(other), outcome: .fullRefund, on: day("2024-03-15"))

    let history = ClaimHistory(store: store)
    let expected = [
      PastClaim(problem: "defective", outcome: "partial refund of 12.00 USD", orderedOn: day("2024-02-01")),
      PastClaim(problem: "notReceived", outcome: "no refund", orderedOn: day("2024-01-05")),
    ]
    #expect(history.pastClaims(sellerName: "shenzhen best store", sellerID: nil) == expected)
    #expect(history.pastClaims(sellerName: nil, sellerID: "S-42") == expected)
    #expect(
      history.pastClaims(sellerName: nil, sellerID: "S-99") == [
        PastClaim(problem: "defective", outcome: "full refund", orderedOn: day("2024-02-01"))
      ])
    #expect(ClaimHistory(store: nil).pastClaims(sellerName: "Another", sellerID: "S-99").isEmpty)
    #expect(ClaimHistory.describe(.partialRefund(Money(amount: 3.456, currency: nil))) == "partial refund of 3.46")
    #expect(ClaimHistory.describe(nil) == "open")
  }

  @Test func theSellersAnswerIsOneOfTheClaimsDeadlines() {
    var claim = sampleClaim(payment: .other)
    claim.id = 5
    claim.state = .sellerContacted
    let contacted = ClaimEvent(claimID: 5, kind: .sellerContacted, date: day("2024-03-02"))
    let answer = { (events: [ClaimEvent], today: String) in
      Deadlines.compute(for: claim, events: events, today: day(today)).first { $0.code == Deadlines.sellerAnswerCode }
    }
    #expect(answer([contacted], "2024-03-03")?.date == day("2024-03-07"))
    #expect(answer([contacted], "2024-03-03")?.status == .upcoming)
    #expect(answer([contacted], "2024-03-05")?.status == .dueSoon)
    #expect(answer([contacted], "2024-03-08")?.status == .overdue)
    // Any answer since the message meets it, even a late one.
    let late = ClaimEvent(claimID: 5, kind: .sellerReplied, date: day("2024-03-09"))
    #expect(answer([contacted, late], "2024-03-10")?.status == .met)
    // Only while the seller is the one being waited for.
    claim.state = .disputeOpened
    #expect(answer([contacted], "2024-03-03") == nil)
  }

  @Test func theExportListsTheDeadlinesTheSnapshotShows() throws {
    var claim = sampleClaim(payment: .paypal)
    claim.id = 2
    claim.state = .sellerContacted
    let events = [ClaimEvent(id: 1, claimID: 2, kind: .sellerContacted, date: day("2024-03-02"), note: "chat")]
    let snapshot = ClaimSnapshot(claim: claim, events: events, evidence: [], today: day("2024-03-03"))
    #expect(snapshot.deadlines == Deadlines.compute(for: claim, events: events, today: day("2024-03-03")))
    #expect(snapshot.deadlines.contains { $0.code == Deadlines.sellerAnswerCode })
    let files = try ClaimExport.files(snapshot, language: .en)
    #expect(files.map(\.ext) == ["md", "html", "json"])
    let json = try #require(files.last?.text)
    let report = try JSONDecoder().decode(ClaimExport.Report.self, from: Data(json.utf8))
    #expect(report.deadlines == snapshot.deadlines)
    let markdown = try #require(files.first?.text)
    for deadline in snapshot.deadlines {
      #expect(markdown.contains("| \(deadline.date) | \(deadline.status.rawValue) |"))
    }
  }

  @Test func aNewClaimCopiesTheVettedListingAndTheShopperOverridesIt() {
    var listing = Listing()
    listing.title = "Stoneware mug"
    listing.url = "https://www.etsy.com/listing/1"
    listing.price = Money(amount: 18.5, currency: "USD")
    listing.seller.name = "ClayHollowStudio"
    listing.seller.id = "C-1"
    listing.terms.freeReturns = true
    listing.terms.returnWindowDays = 30
    listing.terms.buyerProtectionDays = 60
    let report = VetReport(
      source: SourceInfo(file: "mug.html", bytes: 1, sha256: "", encoding: "utf-8", kind: .html), site: "Etsy",
      listing: listing, provenance: [:], warnings: [])
    var draft = NewClaim(report: report)
    #expect(draft.shownAmount == 18.5)
    #expect(
      draft.listing
        == ClaimListing(
          title: "Stoneware mug", url: "https://www.etsy.com/listing/1", sellerName: "ClayHollowStudio",
          sellerID: "C-1", terms: ClaimTerms(freeReturns: true, returnWindowDays: 30, buyerProtectionDays: 60)))
    draft.override(platform: nil, title: "My mug", sellerName: nil, sellerID: "C-2")
    let claim = draft.claim(
      createdOn: day("2024-03-10"), orderNumber: "E1", orderDate: day("2024-03-01"), amountPaid: 20, currency: nil,
      paymentMethod: .card, trackingNumber: nil, shippedOn: nil, receivedOn: day("2024-03-08"), problem: .damaged,
      description: "", disputeDeadline: nil, buyerCountry: "FR")
    #expect(claim.platform == "etsy")
    #expect(claim.pricePaid == Money(amount: 20, currency: "USD"))
    #expect(claim.listing.title == "My mug")
    #expect(claim.listing.sellerName == "ClayHollowStudio")
    #expect(claim.listing.sellerID == "C-2")
    #expect(claim.state == .open)
    listing.price = Money(amount: 0, currency: "USD")
    #expect(
      NewClaim(report: VetReport(source: report.source, site: "etsy", listing: listing, provenance: [:], warnings: []))
        .shownAmount == nil)
  }
}
