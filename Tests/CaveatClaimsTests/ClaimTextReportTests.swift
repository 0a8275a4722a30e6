import CaveatCore
import Foundation
import Testing

@testable import CaveatClaims

/// The claim commands' text, rendered by the library in English and French.
@Suite("Claim text for a terminal")
struct ClaimTextReportTests {
  static let today = day("2024-03-12")

  /// A stored claim with one event, as `show` reads it.
  static func snapshot(title: String = "USB-C charger 65 W") -> ClaimSnapshot {
    var claim = sampleClaim()
    claim.id = 7
    claim.listing.title = title
    let event = ClaimEvent(
      claimID: 7, kind: .offerReceived, date: day("2024-03-11"), note: "offers 5",
      amount: Money(amount: 5.5, currency: "EUR"))
    return ClaimSnapshot(claim: claim, events: [event], evidence: [], today: today)
  }

  /// The `YYYY-MM-DD` days at the start of each deadline line of a text.
  static func deadlineDays(_ text: String, after heading: String) -> [String] {
    guard let range = text.range(of: "\n" + heading + "\n") else { return [] }
    return text[range.upperBound...].split(separator: "\n").prefix { $0.hasPrefix("  ") }.map {
      String($0.dropFirst(2).prefix(10))
    }
  }

  @Test("English and French show the same deadlines, on the same days, in the same order")
  func sameDeadlinesInBothLanguages() {
    let snapshot = Self.snapshot()
    let english = ClaimTextReport.claim(snapshot, today: Self.today, language: .en)
    let french = ClaimTextReport.claim(snapshot, today: Self.today, language: .fr)
    let days = Self.deadlineDays(english, after: "Deadlines")
    #expect(!days.isEmpty)
    #expect(days == snapshot.deadlines.map(\.date.description))
    #expect(Self.deadlineDays(french, after: "Délais") == days)
    #expect(english.hasPrefix("Claim 7 · aliexpress · order "))
    #expect(french.hasPrefix("Réclamation 7 · aliexpress · commande "))
    #expect(english.contains("offer received · 5.50 EUR · offers 5"))
    #expect(french.contains("offre reçue · 5,50 EUR · offers 5"))
  }

  @Test("a shown claim lists the deadlines its export lists")
  func showMatchesExport() throws {
    let snapshot = Self.snapshot()
    for language in DraftLanguage.allCases {
      let shown = ClaimTextReport.claim(snapshot, today: Self.today, language: language)
      let markdown = try #require(try ClaimExport.files(snapshot, language: language).first { $0.ext == "md" }).text
      for deadline in snapshot.deadlines {
        let line = ClaimText.deadlineLine(deadline, today: Self.today, language: language)
        #expect(shown.contains("  " + line + "\n"), "\(language): \(line)")
        #expect(markdown.contains("| \(deadline.date) |"), "\(language): \(deadline.code) missing from the export")
      }
    }
  }

  @Test("what comes from a page or the shopper reaches the terminal without control sequences")
  func sanitized() {
    let snapshot = Self.snapshot(title: "Lamp\u{1B}[31m red")
    for language in DraftLanguage.allCases {
      let texts = [
        ClaimTextReport.claim(snapshot, today: Self.today, language: language),
        ClaimTextReport.opened(snapshot, today: Self.today, language: language),
        ClaimTextReport.claims([snapshot.claim]),
        ClaimTextReport.draft("Hello\u{1B}[2J\n\nBye"),
      ]
      for text in texts { #expect(!text.unicodeScalars.contains("\u{1B}"), "\(text)") }
    }
    #expect(ClaimTextReport.draft("a\n\nb") == "a\n\nb\n")
  }

  @Test("opening a claim prints its first open deadlines and the next step")
  func opened() {
    let snapshot = Self.snapshot()
    let text = ClaimTextReport.opened(snapshot, today: Self.today, language: .en)
    #expect(text.hasPrefix("Opened claim 7: order 8123456789012345 · USB-C charger 65 W\n"))
    let open = snapshot.deadlines.filter { $0.status != .met }.prefix(3)
    for deadline in open { #expect(text.contains(ClaimText.deadlineLine(deadline, today: Self.today))) }
    let next = ClaimTextReport.nextStep(snapshot, today: Self.today, language: .en)
    #expect(text.hasSuffix("Next step: " + ClaimText.safe(next.text) + "\n"))
    let french = ClaimTextReport.opened(snapshot, today: Self.today, language: .fr)
    #expect(french.hasPrefix("Réclamation ouverte : 7, commande 8123456789012345"))
  }

  @Test("due says when nothing is due, lists claims then watches, and counts the overdue ones")
  func due() {
    #expect(ClaimTextReport.due([], [], today: Self.today, language: .en) == "Nothing due.\n")
    #expect(ClaimTextReport.due([], [], today: Self.today, language: .fr) == "Aucune échéance.\n")
    let late = Deadline(
      code: "test.late", date: day("2024-03-01"), description: "Something", source: "test", status: .overdue)
    var claim = sampleClaim(orderNumber: "A-1")
    claim.id = 3
    let item = DueDeadline(late, of: claim, id: 3, today: Self.today)
    let english = ClaimTextReport.due([item, item], [], today: Self.today, language: .en)
    #expect(english.hasPrefix("claim 3 (order A-1)  2024-03-01  OVERDUE   Something (11 days ago)\n"))
    #expect(english.hasSuffix("2 overdue.\n"))
    #expect(ClaimTextReport.due([item], [], today: Self.today, language: .fr).hasSuffix("1 dépassée.\n"))
  }

  @Test("the options name the commands that ask for each and record it")
  func options() {
    let claim = sampleClaim()
    let options = RefundOptions.evaluate(claim: claim, evidence: [], returnShippingCost: nil, language: .en)
    let text = ClaimTextReport.options(options, id: 4, language: .en)
    #expect(text.hasPrefix("1. "))
    #expect(text.contains(" (what the drafts ask for by default)\n"))
    #expect(text.contains("   Ask for it:  caveat claim draft 4 seller --ask full\n"))
    #expect(text.contains("   Record it:   caveat claim resolve 4 full-refund\n"))
    let french = ClaimTextReport.options(options, id: 4, language: .fr)
    #expect(french.contains("   L'enregistrer : caveat claim resolve 4 full-refund\n"))
  }

  @Test("amounts, outcomes and model names are written as the command line spells them")
  func words() {
    #expect(ClaimText.money(Money(amount: 12.5, currency: "EUR")) == "12.50 EUR")
    #expect(ClaimText.money(Money(amount: 12.5, currency: "EUR"), .fr) == "12,50 EUR")
    #expect(ClaimText.kebab("platformBalance") == "platform-balance")
    #expect(ClaimText.outcome(.partialRefund(Money(amount: 5, currency: "USD"))) == "partial-refund 5.00 USD")
    #expect(ClaimText.fileName("/a/b/box.jpg") == "box.jpg")
  }
}
