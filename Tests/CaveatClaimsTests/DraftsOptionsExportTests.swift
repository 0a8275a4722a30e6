import CaveatCore
import Foundation
import Testing

@testable import CaveatClaims

@Suite("Drafts, options, export, validation")
struct DraftsOptionsExportTests {
  private let photo = Evidence(
    id: 1, claimID: 1, pathBytes: Array("/tmp/box.jpg".utf8), displayPath: "/tmp/box.jpg", size: 2048,
    kind: .jpeg, sha256: String(repeating: "ab", count: 32), addedOn: day("2024-03-10"), note: "crushed corner")
  private let video = Evidence(
    id: 2, claimID: 1, pathBytes: Array("/tmp/test.mp4".utf8), displayPath: "/tmp/test.mp4",
    size: 3_000_000, kind: .mp4, sha256: String(repeating: "cd", count: 32), addedOn: day("2024-03-10"))

  @Test(arguments: MessageDrafts.Kind.allCases)
  func draftsCarryTheFactsInBothLanguages(kind: MessageDrafts.Kind) {
    let claim = sampleClaim()
    let english = MessageDrafts.draft(kind: kind, claim: claim, evidence: [photo, video], language: .en)
    #expect(english.contains(claim.orderNumber))
    #expect(english.contains("box.jpg") && english.contains("test.mp4") && english.contains("crushed corner"))
    #expect(english.contains("full refund of 40.00 EUR"))
    let french = MessageDrafts.draft(kind: kind, claim: claim, evidence: [photo], language: .fr)
    #expect(french.contains(claim.orderNumber))
    #expect(french.contains("box.jpg"))
    #expect(french.contains("Bonjour"))
    #expect(french.contains("remboursement intégral de 40,00 EUR"))
    #expect(!french.contains("Order number"))
  }

  @Test func theDisputeStatementFollowsTheEvidenceRules() {
    let defective = MessageDrafts.draft(kind: .dispute, claim: sampleClaim(), evidence: [photo], language: .en)
    #expect(defective.contains("a video showing the item not working"))
    #expect(defective.contains("To follow: a video"))
    let withVideo = MessageDrafts.draft(kind: .dispute, claim: sampleClaim(), evidence: [video], language: .en)
    #expect(!withVideo.contains("To follow:"))
    let size = MessageDrafts.draft(
      kind: .dispute, claim: sampleClaim(problem: .wrongSize), evidence: [], language: .fr)
    #expect(size.contains("mesuré à plat avec une règle"))
    #expect(size.contains("étiquette de taille"))
    let damaged = MessageDrafts.draft(
      kind: .dispute, claim: sampleClaim(problem: .damaged), evidence: [], language: .en)
    #expect(damaged.contains("carrier's damage report"))
    let partial = MessageDrafts.draft(
      kind: .seller, claim: sampleClaim(), evidence: [], language: .en,
      requesting: .partialRefund(Money(amount: 12, currency: "EUR")))
    #expect(partial.contains("partial refund of 12.00 EUR"))
  }

  @Test func optionsAreOrderedByWhatTheShopperGainsAndPartialScalesWithEvidence() {
    let defective = RefundOptions.evaluate(claim: sampleClaim(problem: .defective), evidence: [video])
    #expect(defective.map(\.kind) == [.fullRefund, .exchange, .partialRefund])
    #expect(defective.first?.needsReturn == true)
    #expect(defective.first?.daysUntilMoney == 3...20)
    #expect(defective.last?.suggestedAmount == Money(amount: 20, currency: "EUR"))

    let missing = RefundOptions.evaluate(
      claim: sampleClaim(problem: .missingParts, payment: .paypal), evidence: [photo])
    #expect(missing.first?.kind == .partialRefund)
    #expect(missing.first?.suggestedAmount == Money(amount: 10, currency: "EUR"))
    #expect(missing.first?.daysUntilMoney == 1...10)

    let notReceived = RefundOptions.evaluate(claim: sampleClaim(problem: .notReceived), evidence: [])
    #expect(notReceived.first?.kind == .fullRefund)
    #expect(notReceived.first?.needsReturn == false)
    #expect(!notReceived.contains { $0.kind == .partialRefund })

    // Weaker evidence, smaller ask: no evidence 60%, partial 80%, complete 100% of the share.
    let claim = sampleClaim(problem: .defective)
    #expect(RefundOptions.suggestedPartialRefund(claim: claim, evidence: []).amount == 12)
    #expect(RefundOptions.suggestedPartialRefund(claim: claim, evidence: [photo]).amount == 16)
    #expect(RefundOptions.suggestedPartialRefund(claim: claim, evidence: [video]).amount == 20)

    // An expensive return pushes the full refund down.
    let costly = RefundOptions.evaluate(
      claim: sampleClaim(problem: .notAsDescribed), evidence: [video],
      returnShippingCost: Money(amount: 30, currency: "EUR"))
    #expect(costly.first?.kind == .partialRefund)
    #expect(costly.contains { $0.reasons.contains { $0.contains("75% of the price") } })
    var free = sampleClaim(problem: .notAsDescribed)
    free.listing.terms.freeReturns = true
    let freeOptions = RefundOptions.evaluate(
      claim: free, evidence: [video], returnShippingCost: Money(amount: 30, currency: "EUR"))
    #expect(freeOptions.first { $0.kind == .fullRefund }?.returnShippingCost?.amount == 0)
  }

  @Test func exportsEscapeEverythingAndStaySelfContained() throws {
    var claim = sampleClaim(orderNumber: "<b>&\"x'")
    claim.id = 5
    claim.description = "</pre><script>alert('x')</script>"
    let event = ClaimEvent(
      id: 1, claimID: 5, kind: .note, date: day("2024-03-11"), note: "<img src=x onerror=alert(1)>")
    let deadlines = Deadlines.compute(for: claim, events: [event], today: day("2024-03-11"))
    let drafts: [MessageDrafts.Kind: String] = [
      .seller: MessageDrafts.draft(kind: .seller, claim: claim, evidence: [photo], language: .en)
    ]
    let html = ClaimExport.html(claim: claim, events: [event], evidence: [photo], deadlines: deadlines, drafts: drafts)
    #expect(!html.contains("<script>"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<b>"))
    #expect(html.contains("&lt;b&gt;&amp;&quot;x&#39;"))
    #expect(!html.contains("src=\"http") && !html.contains("href="))
    #expect(html.contains("dispute.window") == false)  // codes stay internal; descriptions are shown
    #expect(html.contains(ClaimExport.escape(DeadlineRules.aliexpressDisputeAfterReceipt.source)))

    let markdown = ClaimExport.markdown(
      claim: claim, events: [event], evidence: [photo], deadlines: deadlines, drafts: drafts)
    #expect(markdown.contains("\\<b\\>"))
    #expect(markdown.contains("## Draft: seller"))

    let json = try ClaimExport.json(
      claim: claim, events: [event], evidence: [photo], deadlines: deadlines, drafts: drafts)
    let report = try JSONDecoder().decode(ClaimExport.Report.self, from: Data(json.utf8))
    #expect(report.claim == claim)
    #expect(report.events == [event])
    #expect(report.deadlines == deadlines)
    #expect(report.drafts["seller"] == drafts[.seller])
  }

  @Test func validationNamesTheField() {
    func field(_ claim: Claim, today: CalendarDate? = nil) -> String? {
      do {
        try ClaimValidation.validate(claim, today: today)
        return nil
      } catch {
        return error.errorDescription.map { String($0.prefix { $0 != ":" }) }
      }
    }
    var claim = sampleClaim()
    #expect(field(claim) == nil)
    claim.receivedOn = day("2024-01-15")
    #expect(field(claim) == "receivedOn")
    claim = sampleClaim()
    for amount in [0, -1, Double.nan, Double.infinity, 1e300] {
      claim.pricePaid.amount = amount
      #expect(field(claim) == "pricePaid")
    }
    claim = sampleClaim()
    claim.pricePaid.currency = "euro"
    #expect(field(claim) == "pricePaid.currency")
    claim = sampleClaim()
    #expect(field(claim, today: day("2024-02-15")) == "receivedOn")
    #expect(field(claim, today: day("2024-01-31")) == "orderDate")
    #expect(throws: ClaimError.impossibleDate(field: "orderDate", text: "2023-02-29")) {
      try ClaimValidation.date("2023-02-29", field: "orderDate")
    }
    #expect(throws: ClaimError.impossibleDate(field: "receivedOn", text: "2024-13-01")) {
      try ClaimValidation.date("2024-13-01", field: "receivedOn")
    }
    #expect((try? ClaimValidation.date(" 2024-02-29 ", field: "x")) == day("2024-02-29"))
  }

  @Test func sniffingReadsMagicBytes() {
    let cases: [([UInt8], EvidenceKind)] = [
      (jpegBytes, .jpeg),
      ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0], .png),
      (Array("GIF89a....".utf8), .gif),
      (Array("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8), .webp),
      ([0, 0, 0, 0x18] + Array("ftypheic0000".utf8), .heic),
      (mp4Bytes, .mp4),
      ([0, 0, 0, 0x14] + Array("ftypqt  0000".utf8), .mov),
      (Array("%PDF-1.4".utf8), .pdf),
      ([0x50, 0x4B, 0x03, 0x04, 0, 0], .zip),
      (Array("Bonjour, ça ne marche pas\n".utf8), .text),
      (Array("é".utf8).prefix(1).map { $0 }, .other),
      (Array(repeating: UInt8(ascii: "a"), count: EvidenceFile.sampleSize - 1) + [0xC3], .text),
      ([0, 1, 2, 3], .other),
      ([], .other),
    ]
    for (bytes, kind) in cases { #expect(EvidenceFile.sniff(bytes) == kind) }
  }
}
