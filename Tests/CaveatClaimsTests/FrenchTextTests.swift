import CaveatCore
import GRDB
import Testing

@testable import CaveatClaims

/// Words that give away English left in a French text.
let englishGiveaways = [" the ", " claim ", " must ", " not ", " is ", " and "]

/// Whether `text` holds an identifier written in lower camel case ("sellerContacted"); brand
/// names spelled that way ("eBay") are not identifiers.
func containsCamelCase(_ text: String) -> Bool {
  text.split(whereSeparator: { !$0.isLetter }).contains { word in
    guard let first = word.first, first.isLowercase, word != "eBay" else { return false }
    return word.dropFirst().contains(where: \.isUppercase)
  }
}

@Suite("The deadline rules in French")
struct FrenchRuleTests {
  @Test("every rule has a French summary, source and checked note of its own")
  func everyRuleHasFrench() {
    for rule in DeadlineRules.all {
      #expect(!rule.summaryFR.isEmpty, "\(rule.code)")
      #expect(rule.summaryFR != rule.summary, "\(rule.code)")
      #expect(rule.summary(in: .fr) == rule.summaryFR && rule.summary(in: .en) == rule.summary)
      for word in englishGiveaways {
        #expect(!(" " + rule.summaryFR + " ").contains(word), "\(rule.code): '\(word)' in \(rule.summaryFR)")
      }
      #expect(!containsCamelCase(rule.summaryFR), "\(rule.code)")
      #expect(!rule.sourceFR.isEmpty, "\(rule.code)")
      // A source with prose is translated; one made only of addresses may stay as it is.
      if rule.source.contains(" ") { #expect(rule.sourceFR != rule.source, "\(rule.code)") }
      #expect(rule.checkedFR.hasPrefix(String(rule.checked.prefix(10))), "\(rule.code)")
      if rule.checked.count > 10 { #expect(rule.checkedFR != rule.checked, "\(rule.code)") }
    }
  }

  @Test("the English listing is unchanged; the French one has French labels and prose")
  func listing() throws {
    let rule = DeadlineRules.refundCard
    #expect(
      rule.text(in: .en)
        == "refund.card (20 business days)\n  A refund to a card takes 3 to 20 business days.\n"
        + "  Source: AliExpress help (copy: skin.tigerwing.net); intl.alipay.com help\n  Checked: 2026-12-06\n")
    #expect(
      rule.text(in: .fr)
        == "refund.card (20 jours ouvrés)\n  Un remboursement sur carte bancaire prend de 3 à 20 jours ouvrés.\n"
        + "  Source : aide d'AliExpress (copie : skin.tigerwing.net) ; aide d'intl.alipay.com\n"
        + "  Vérifiée le : 2026-12-06\n")
    #expect(DeadlineRules.pageReturnWindow.text(in: .fr).hasPrefix("page.returns\n  Le délai de retour"))
    let french = DeadlineRules.text(in: .fr)
    #expect(french == DeadlineRules.all.map { $0.text(in: .fr) }.joined())
    for rule in DeadlineRules.all { #expect(french.contains(rule.summaryFR) && !french.contains(rule.summary)) }
  }
}

@Suite("Claim errors in French")
struct FrenchErrorTests {
  /// How many cases ``ClaimError`` has: the number of indexes ``index(_:)`` gives.
  static let caseCount = 15

  /// A number for each case of ``ClaimError``; the switch has no default, so that a new case
  /// breaks the build here until it gets an index and a sample in ``samples``.
  static func index(_ error: ClaimError) -> Int {
    switch error {
    case .invalidField: 0
    case .impossibleDate: 1
    case .evidenceRefused: 2
    case .claimNotFound: 3
    case .watchNotFound: 4
    case .illegalTransition: 5
    case .storeBusy: 6
    case .storeReadOnly: 7
    case .diskFull: 8
    case .storeFailure: 9
    case .corruptRecord: 10
    case .storeMissing: 11
    case .storeCorrupt: 12
    case .duplicate: 13
    case .evidenceTooLarge: 14
    }
  }

  /// The errors the validation of a claim's fields throws, one for each way a field can be wrong.
  static func validationErrors() -> [ClaimError] {
    var errors: [ClaimError] = []
    func collect(_ body: () throws -> Void) {
      do {
        try body()
        Issue.record("no error")
      } catch let error as ClaimError {
        errors.append(error)
      } catch {
        Issue.record("\(error)")
      }
    }
    collect { _ = try ClaimValidation.date("2023-02-29", field: "orderDate") }
    for text in ["abc", "0", "-3", "1e12"] { collect { _ = try ClaimValidation.amount(text, field: "pricePaid") } }
    collect { _ = try ClaimValidation.currency("EURO", field: "pricePaid.currency") }
    for code in ["fr", "XX"] { collect { try ClaimValidation.country(code, field: "buyerCountry") } }
    for text in ["", "a\u{7}b", String(repeating: "9", count: 65)] {
      collect { try ClaimValidation.text(text, field: "orderNumber", maxLength: 64) }
    }
    for text in ["a\u{0}b", String(repeating: "x", count: ClaimValidation.maxFreeTextLength + 1)] {
      collect { try ClaimValidation.freeText(text, field: "description") }
    }
    for amount in [Double.nan, 0, 1e300] {
      collect { try ClaimValidation.amount(Money(amount: amount, currency: "EUR"), field: "outcome.amount") }
    }
    collect { try ClaimValidation.currencyCode("eur", field: "pricePaid.currency") }
    let mutations: [(inout Claim) -> Void] = [
      { $0.pricePaid.currency = nil },
      { $0.receivedOn = day("2024-01-15") },
      { $0.shippedOn = day("2024-01-15") },
      { $0.receivedOn = day("2024-02-02") },
      { $0.problem = .notReceived },
      { $0.disputeDeadline = day("2024-01-01") },
      { $0.listing.terms.returnWindowDays = 4000 },
      { $0.listing.terms.buyerProtectionDays = -1 },
      { $0.listing.title = "a\u{0}" },
      { $0.trackingNumber = "" },
    ]
    for mutate in mutations {
      var claim = sampleClaim()
      mutate(&claim)
      collect { try ClaimValidation.validate(claim) }
    }
    collect { try ClaimValidation.validate(sampleClaim(), today: day("2024-02-15")) }
    return errors
  }

  /// One or more errors of every case, with reasons the library gives.
  static func samples() -> [ClaimError] {
    let path = "/home/me/photos/colis.jpg"
    return validationErrors() + [
      .evidenceRefused(path: path, reason: EvidenceFile.Failure.missing.claimReason),
      .evidenceRefused(path: path, reason: EvidenceFile.Failure.directory.claimReason),
      .evidenceRefused(path: path, reason: EvidenceFile.Failure.notRegularFile("FIFO").claimReason),
      .evidenceRefused(path: path, reason: EvidenceFile.Failure.notRegularFile("socket").claimReason),
      .evidenceRefused(path: path, reason: EvidenceFile.Failure.notRegularFile("device").claimReason),
      .evidenceRefused(path: path, reason: EvidenceFile.Failure.symlinkLoop.claimReason),
      .evidenceRefused(path: path, reason: EvidenceFile.Failure.badPath.claimReason),
      .claimNotFound(id: 9), .watchNotFound(id: 4),
      .illegalTransition(from: .resolved, event: .sellerContacted),
      .illegalTransition(from: .resolved, event: .resolved),
      .storeBusy, .storeReadOnly, .diskFull,
      .storeFailure(path: "/home/me/claims.sqlite", reason: "disk I/O error"),
      .corruptRecord(table: "claims", id: 3, field: "order_date"),
      .corruptRecord(table: "claim_events", id: 3, field: "kind"),
      .corruptRecord(table: "evidence", id: 3, field: "value"),
      .corruptRecord(table: "order_watches", id: 3, field: "value"),
      .storeMissing(path: "/home/me/claims.sqlite"),
      .evidenceTooLarge(path: path, size: 5_000_000_000, limit: EvidenceFile.maxSize),
    ]
  }
}

extension FrenchErrorTests {
  /// The errors a real store gives: a damaged file, another program's database, a missing
  /// store, a duplicate order and evidence file, an unknown claim, a second resolution.
  static func storeErrors(in folder: TempFolder) throws -> [ClaimError] {
    var errors: [ClaimError] = []
    func collect(_ body: () throws -> Void) {
      do {
        try body()
        Issue.record("no error")
      } catch let error as ClaimError {
        errors.append(error)
      } catch {
        Issue.record("\(error)")
      }
    }
    let garbage = try folder.file("garbage.sqlite", Array(repeating: 0x41, count: 4096))
    collect { _ = try ClaimStore(path: garbage) }
    let foreign = folder.path + "/foreign.sqlite"
    try DatabaseQueue(path: foreign).write { try $0.execute(sql: "CREATE TABLE notes (id INTEGER)") }
    collect { _ = try ClaimStore(path: foreign) }
    collect { _ = try ClaimStore(path: folder.path + "/none.sqlite", create: false) }
    let store = try ClaimStore(path: folder.storePath)
    let id = try store.open(sampleClaim())
    collect { _ = try store.open(sampleClaim()) }
    let photo = try folder.file("photo.jpg", jpegBytes)
    let copy = try folder.file("copy.jpg", jpegBytes)
    _ = try store.addEvidence(claimID: id, path: photo, addedOn: day("2024-03-10"))
    collect { _ = try store.addEvidence(claimID: id, path: copy, addedOn: day("2024-03-10")) }
    collect { _ = try store.addEvidence(claimID: id, path: folder.path + "/none.jpg", addedOn: day("2024-03-10")) }
    collect { _ = try store.claim(id: 99) }
    collect { _ = try store.watch(id: 99) }
    collect { _ = try store.resolve(id: id, outcome: .fullRefund, on: day("2024-01-01")) }
    _ = try store.resolve(id: id, outcome: .fullRefund, on: day("2024-03-12"))
    collect { _ = try store.resolve(id: id, outcome: .fullRefund, on: day("2024-03-13")) }
    collect {
      _ = try store.log(
        ClaimEvent(claimID: id, kind: .sellerContacted, date: day("2024-03-13"), note: ""))
    }
    return errors
  }

  @Test("every case has a French message with no internal name and no English left")
  func everyCaseInFrench() throws {
    let folder = try TempFolder()
    defer { folder.cleanup() }
    let stored = try Self.storeErrors(in: folder)
    #expect(stored.count == 11)
    let errors = Self.samples() + stored
    #expect(Set(errors.map(Self.index)) == Set(0..<Self.caseCount))
    for error in errors {
      let french = error.message(in: .fr)
      let english = error.message(in: .en)
      #expect(!french.isEmpty && french != english, "\(error)")
      #expect(!containsCamelCase(french), "\(french)")
      for word in englishGiveaways where word != " is " {
        #expect(!(" " + french + " ").contains(word), "'\(word)' in \(french)")
      }
      // The English text names fields, events and states in words too.
      #expect(!containsCamelCase(english), "\(english)")
    }
  }

  @Test("a field is named by the caller's option, else in words, never by its model name")
  func fieldNames() {
    for (field, _) in ClaimError.fieldWords {
      for language in DraftLanguage.allCases {
        let name = ClaimError.fieldName(field, in: language)
        #expect(!containsCamelCase(name) && !name.contains("."), "\(field) in \(language): \(name)")
      }
    }
    #expect(ClaimError.fieldName("--on", in: .fr) == "--on")
    let error = ClaimError.invalidField(
      field: "receivedOn",
      reason: ClaimReason(
        "a parcel that was not received has no receipt date", fr: "un colis non reçu n'a pas de date de réception"))
    #expect(error.message(in: .fr) == "date de réception : un colis non reçu n'a pas de date de réception")
    #expect(error.message(in: .en) == "receipt date: a parcel that was not received has no receipt date")
    #expect(error.message(in: .fr, option: { $0 == "receivedOn" ? "--received" : nil }).hasPrefix("--received : "))
    #expect(error.errorDescription == "receivedOn: a parcel that was not received has no receipt date")
  }

  @Test("the English text stays as it was")
  func englishUnchanged() {
    #expect(EvidenceFile.Failure.notRegularFile("FIFO").reason == "is a FIFO, not a regular file")
    #expect(EvidenceFile.Failure.missing.reason == "no such file")
    #expect(ClaimError.storeBusy.errorDescription == ClaimError.storeBusy.message(in: .en))
    let duplicate = ClaimError.duplicate(
      field: "orderNumber", reason: ClaimReason("order 5 is already claim 1", fr: "x"))
    #expect(duplicate.errorDescription == "orderNumber: order 5 is already claim 1")
    #expect(
      duplicate.message(in: .en, option: { _ in "--order" })
        == "--order: order 5 is already claim 1; nothing was recorded")
    #expect(
      ClaimError.illegalTransition(from: .resolved, event: .sellerContacted).message(in: .en)
        == "state: cannot record “wrote to the seller” on a claim that is resolved")
    #expect(
      ClaimError.illegalTransition(from: .resolved, event: .resolved).message(in: .en)
        == "state: this claim is already resolved")
    #expect(ByteCount.text(5_000_000_000) == "5.0 GB" && ByteCount.text(5_000_000_000, .fr) == "5,0 Go")
    #expect(DraftAskError.partialNeedsAmount.message == "partial needs one amount, e.g. --ask partial 12.50")
    #expect(ZipError.archiveTooLarge.reason(in: .fr) == "l'archive dépasserait 4 Gio")
  }

  @Test("the other errors of the library have French messages too")
  func otherErrors() {
    let asks: [DraftAskError] = [.empty, .unknown("tout"), .partialNeedsAmount, .badAmount("-1"), .unexpected("x")]
    for error in asks {
      let french = error.message(in: .fr)
      #expect(french != error.message(in: .en))
      for word in englishGiveaways { #expect(!(" " + french + " ").contains(word), "'\(word)' in \(french)") }
    }
  }
}
