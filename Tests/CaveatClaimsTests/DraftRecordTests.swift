import CaveatCore
import CaveatTestSupport
import Foundation
import Testing

@testable import CaveatClaims

@Suite("Drafts from the record, the ladder, delivery day, next steps")
struct DraftRecordTests {
  static let photo = Evidence(
    id: 1, claimID: 1, pathBytes: Array("/tmp/box.jpg".utf8), displayPath: "/tmp/box.jpg", size: 2048,
    kind: .jpeg, sha256: String(repeating: "ab", count: 32), addedOn: day("2024-03-02"), note: "as delivered")
  static let video = Evidence(
    id: 2, claimID: 1, pathBytes: Array("/tmp/open.mp4".utf8), displayPath: "/tmp/open.mp4", size: 3_000_000,
    kind: .mp4, sha256: String(repeating: "cd", count: 32), addedOn: day("2024-03-02"))
  static let report = Evidence(
    id: 3, claimID: 1, pathBytes: Array("/tmp/slip.pdf".utf8), displayPath: "/tmp/slip.pdf", size: 9000,
    kind: .pdf, sha256: String(repeating: "ef", count: 32), addedOn: day("2024-03-02"), note: "carrier report")

  static func claim(
    problem: ProblemKind = .damaged, payment: PaymentMethod = .card, country: String? = "FR",
    platform: String = "aliexpress"
  ) -> Claim {
    var claim = sampleClaim(problem: problem, payment: payment, platform: platform)
    claim.id = 1
    claim.buyerCountry = country
    return claim
  }

  static func event(_ kind: ClaimEventKind, _ date: String, amount: Double? = nil, note: String = "") -> ClaimEvent {
    ClaimEvent(
      claimID: 1, kind: kind, date: day(date), note: note, amount: amount.map { Money(amount: $0, currency: "EUR") })
  }

  /// The phrases that assert an event happened, in both languages.
  static let assertions: [ClaimEventKind: [String]] = [
    .sellerContacted: [
      "I wrote to the seller", "I wrote to you", "wrote to the seller", "J'ai écrit au vendeur", "Je vous ai écrit",
      "message au vendeur", "have had no answer",
    ],
    .offerReceived: [
      "offered", "a proposé", "m'avez proposé", "offer received", "offre reçue", "counter-offer that follows",
    ],
    .sellerReplied: ["The seller replied", "Le vendeur a répondu", "the seller replied", "réponse du vendeur"],
    .disputeOpened: [
      "dispute opened on the platform", "litige ouvert sur la plateforme", "answer in the dispute",
      "répondre dans le litige",
    ],
    .paymentDisputeOpened: [
      "payment dispute opened", "litige de paiement ouvert", "le litige PayPal est ouvert",
      "the PayPal dispute is open",
    ],
  ]

  @Test("no draft asserts a contact, offer, answer, dispute, report or file that was not logged (300 random records)")
  func draftsAssertOnlyWhatWasLogged() {
    var random = SplitMix(state: 0xC0FFEE)
    let kinds: [ClaimEventKind] = [
      .sellerContacted, .sellerReplied, .offerReceived, .escalated, .disputeOpened, .paymentDisputeOpened,
    ]
    let dates = ["2024-03-03", "2024-03-04", "2024-03-05", "2024-03-06", "2024-03-07", "2024-03-08"]
    for round in 0..<300 {
      let logged = kinds.enumerated().filter { _ in Bool.random(using: &random) }
      let events = logged.map { index, kind in
        Self.event(kind, dates[index], amount: kind == .offerReceived ? 5 : nil, note: "n\u{1B}[2J\u{07}")
      }
      let evidence = [Self.photo, Self.video, Self.report].filter { _ in Bool.random(using: &random) }
      var claim = Self.claim(
        problem: ProblemKind.allCases.randomElement(using: &random) ?? .damaged,
        payment: [PaymentMethod.card, .paypal, .other].randomElement(using: &random) ?? .card,
        country: ["FR", "DE", nil].randomElement(using: &random) ?? nil)
      claim.description = "Lid\u{1B}]8;;http://x\u{07} cracked\u{9B}"
      let language: DraftLanguage = Bool.random(using: &random) ? .fr : .en
      let present = Set(events.map(\.kind))
      for kind in MessageDrafts.available(claim: claim, events: events, evidence: evidence) {
        guard
          case .success(let text) = MessageDrafts.write(
            kind, claim: claim, events: events, evidence: evidence, language: language)
        else {
          Issue.record("round \(round): \(kind) listed as available but refused")
          continue
        }
        let context = "round \(round), \(kind), \(language), logged \(present.map(\.rawValue).sorted())"
        for (event, phrases) in Self.assertions where !present.contains(event) {
          for phrase in phrases {
            #expect(!text.contains(phrase), "\(context): says '\(phrase)'")
          }
        }
        for line in text.split(separator: "\n") {
          let lower = line.lowercased()
          if lower.contains("damage report") || lower.contains("constat d'avarie") {
            let named =
              line.hasPrefix("- To follow") || line.hasPrefix("- À suivre")
              || line.hasPrefix("The platform's rules ask") || line.hasPrefix("Les règles de la plateforme")
              || evidence.contains(Self.report)
            #expect(named, "\(context): asserts a damage report: \(line)")
          }
        }
        for item in [Self.photo, Self.video, Self.report] where !evidence.contains(item) {
          #expect(!text.contains(MessageDrafts.fileName(item.displayPath)), "\(context): names a file not on record")
        }
        if evidence.isEmpty {
          #expect(!text.contains("unchanged since I recorded") && !text.contains("inchangés depuis"), "\(context)")
        }
        let controls = text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) }
        #expect(controls.isEmpty, "\(context): control characters \(controls.map(\.value))")
      }
    }
  }

  @Test func missingEvidenceIsToFollowAndTheTransportRiskIsTheSellersInFrance() {
    let french = MessageDrafts.write(.dispute, claim: Self.claim(), events: [], evidence: [], language: .fr)
    let text = (try? french.get()) ?? ""
    #expect(text.contains("À suivre : photos des dégâts"))
    #expect(text.contains("L216-2"))
    #expect(!text.contains("constat"), "a French buyer is not sent to the carrier")
    let german =
      (try? MessageDrafts.write(
        .dispute, claim: Self.claim(country: "DE"), events: [], evidence: [Self.photo], language: .en
      ).get()) ?? ""
    #expect(german.contains("- To follow: the carrier's damage report."))
    #expect(!german.contains("L216-2"))
    let covered =
      (try? MessageDrafts.write(
        .dispute, claim: Self.claim(country: "DE"), events: [], evidence: [Self.photo, Self.video, Self.report],
        language: .en
      ).get()) ?? ""
    #expect(!covered.contains("To follow"))
    #expect(covered.contains("slip.pdf (PDF"))
  }

  @Test func theSupportAndDisputeDraftsFollowTheTimeline() {
    let events = [
      Self.event(.sellerContacted, "2024-03-03"), Self.event(.offerReceived, "2024-03-05", amount: 40, note: "40 USD"),
    ]
    let support =
      (try? MessageDrafts.write(.support, claim: Self.claim(), events: events, evidence: [], language: .en).get()) ?? ""
    #expect(support.contains("I wrote to the seller on 2024-03-03."))
    #expect(support.contains("On 2024-03-05 the seller offered 40.00 EUR (40 USD). It does not settle the problem."))
    let silent =
      (try? MessageDrafts.write(.support, claim: Self.claim(), events: [], evidence: [], language: .en).get()) ?? ""
    #expect(!silent.contains("contacted") && !silent.contains("wrote"))
    let dispute =
      (try? MessageDrafts.write(.dispute, claim: Self.claim(), events: events, evidence: [], language: .en).get()) ?? ""
    #expect(dispute.contains("- 2024-03-05: offer received (40.00 EUR) — 40 USD"))
  }

  @Test func askCounterOfferAndFollowUp() throws {
    #expect(
      DraftAsk.parse(["partial", "12,5"], currency: "EUR") == .success(.partial(Money(amount: 12.5, currency: "EUR"))))
    #expect(DraftAsk.parse(["repair"], currency: "EUR") == .success(.repair))
    #expect(DraftAsk.parse(["partial"], currency: "EUR") == .failure(.partialNeedsAmount))
    #expect(DraftAsk.parse(["partial", "-3"], currency: "EUR") == .failure(.badAmount("-3")))
    #expect(DraftAsk.parse(["refund"], currency: "EUR") == .failure(.unknown("refund")))
    #expect(DraftAsk.parse(["full", "now"], currency: "EUR") == .failure(.unexpected("now")))

    let claim = Self.claim()
    #expect(
      MessageDrafts.write(.counterOffer, claim: claim, events: [], evidence: [], language: .en) == .failure(.noOffer))
    #expect(
      MessageDrafts.write(.followUp, claim: claim, events: [], evidence: [], language: .en) == .failure(.noContact))
    let contacted = [Self.event(.sellerContacted, "2024-03-03")]
    let followUp = try MessageDrafts.write(.followUp, claim: claim, events: contacted, evidence: [], language: .en)
      .get()
    #expect(followUp.contains("I wrote to you on 2024-03-03 about order"))
    let answered = contacted + [Self.event(.sellerReplied, "2024-03-04")]
    #expect(
      MessageDrafts.write(.followUp, claim: claim, events: answered, evidence: [], language: .en)
        == .failure(.answered(day("2024-03-04"))))

    // The default counter-offer is above the offer; a stated one is kept.
    let offered = contacted + [Self.event(.offerReceived, "2024-03-05", amount: 20)]
    let counter = try MessageDrafts.write(.counterOffer, claim: claim, events: offered, evidence: [], language: .en)
      .get()
    #expect(counter.contains("On 2024-03-05 you offered 20.00 EUR."))
    #expect(counter.contains("partial refund of 30.00 EUR"), "halfway between the 20 offered and the 40 paid")
    let exchange = try MessageDrafts.write(
      .counterOffer, claim: claim, events: offered, evidence: [], language: .fr, ask: .exchange
    ).get()
    #expect(exchange.contains("Je demande le remplacement"))
    let repair = try MessageDrafts.write(.seller, claim: claim, events: [], evidence: [], language: .en, ask: .repair)
      .get()
    #expect(repair.contains("repaired at your cost"))
  }

  @Test(arguments: ProblemKind.allCases)
  func optionsAndTheDefaultAskAgree(problem: ProblemKind) throws {
    let claim = Self.claim(problem: problem)
    for evidence in [[], [Self.photo], [Self.photo, Self.video]] {
      let first = try #require(RefundOptions.evaluate(claim: claim, evidence: evidence).first)
      let draft = try MessageDrafts.write(.seller, claim: claim, events: [], evidence: evidence, language: .en).get()
      switch first.kind {
      case .fullRefund: #expect(draft.contains("I ask for a full refund"))
      case .partialRefund:
        #expect(draft.contains("partial refund of \(String(format: "%.2f", first.suggestedAmount?.amount ?? 0)) EUR"))
      case .exchange: #expect(draft.contains("I ask for a replacement"))
      }
      if let partial = RefundOptions.evaluate(claim: claim, evidence: evidence).first(where: {
        $0.kind == .partialRefund
      }) {
        #expect(partial.reasons.contains { $0.contains("Caveat's estimate") && $0.contains("AliExpress help") })
      }
    }
  }

  @Test func optionReasonsReadAsSentencesAndNameAliExpressOnlyForIt() {
    for platform in ["aliexpress", "amazon"] {
      for language in DraftLanguage.allCases {
        let options = RefundOptions.evaluate(
          claim: Self.claim(problem: .damaged, platform: platform), evidence: [Self.photo], language: language)
        let reasons = options.flatMap(\.reasons)
        #expect(!reasons.contains { $0.range(of: #"\. [a-z]"#, options: .regularExpression) != nil }, "\(reasons)")
        #expect(
          reasons.contains { $0.contains("On AliExpress") || $0.contains("Sur AliExpress") }
            == (platform == "aliexpress"))
        #expect(!reasons.contains { $0.contains("AliExpress rule") })
      }
    }
  }

  @Test func theLadderNamesItsDeadlines() throws {
    let claim = Self.claim(problem: .defective, payment: .card)
    let notice = try MessageDrafts.write(.formalNotice, claim: claim, events: [], evidence: [], language: .fr).get()
    #expect(notice.contains("Mise en demeure"))
    #expect(notice.contains("L217-3") && notice.contains("L217-10"))
    #expect(notice.contains("avant le 2026-03-01"), "2 years after the delivery on 2024-03-01")
    // A parcel that never came: the articles as numbered since ordonnance 2021-1247, in both
    // languages (risk L216-2, formal notice L216-6, refund within 14 days L216-7).
    for language in DraftLanguage.allCases {
      let lost = try MessageDrafts.write(
        .formalNotice, claim: Self.claim(problem: .notReceived), events: [], evidence: [], language: language
      ).get()
      for article in ["L216-1", "L216-2", "L216-6", "L216-7"] { #expect(lost.contains(article), "\(article)") }
      #expect(!lost.contains("L216-3") && !lost.contains("L216-4"), "old numbering")
    }
    let german = try MessageDrafts.write(
      .formalNotice, claim: Self.claim(problem: .defective, country: "DE"), events: [], evidence: [], language: .en
    ).get()
    #expect(german.contains("Directive (EU) 2019/771"))
    #expect(
      MessageDrafts.write(.formalNotice, claim: Self.claim(country: "US"), events: [], evidence: [], language: .en)
        == .failure(.notEuropean("US")))

    let chargeback = try MessageDrafts.write(.chargeback, claim: claim, events: [], evidence: [], language: .en).get()
    #expect(chargeback.contains("before 2024-06-29"), "120 days after the delivery, which came after the payment")
    #expect(chargeback.contains("I have not yet recorded an attempt"))
    #expect(
      MessageDrafts.write(.paypalStatement, claim: claim, events: [], evidence: [], language: .en)
        == .failure(.notPayPal(.card)))

    let paypal = Self.claim(problem: .notReceived, payment: .paypal)
    let opened = [Self.event(.paymentDisputeOpened, "2024-03-05")]
    let statement = try MessageDrafts.write(
      .paypalStatement, claim: paypal, events: opened, evidence: [], language: .en
    ).get()
    #expect(statement.contains("escalate it to a claim before 2024-03-25"))
    #expect(statement.contains("Item not received"))

    let next = try MessageDrafts.write(
      .nextRecourse, claim: claim, events: [], evidence: [], language: .fr, sellerCountry: "DE"
    ).get()
    #expect(next.contains("SignalConso") && next.contains("ECC-Net") && next.contains("(ici DE)"))
    let china = try MessageDrafts.write(
      .nextRecourse, claim: claim, events: [], evidence: [], language: .en, sellerCountry: "CN"
    ).get()
    #expect(china.contains("outside the EU (CN)") && !china.contains("helps for free"))
  }

  @Test func deliveryDayStepsAndDeadlines() {
    var claim = Self.claim()
    claim.receivedOn = day("2024-03-01")
    #expect(DeliveryDay.applies(claim: claim, evidence: [], today: day("2024-03-01")))
    #expect(!DeliveryDay.applies(claim: claim, evidence: [Self.photo], today: day("2024-03-01")))
    #expect(!DeliveryDay.applies(claim: claim, evidence: [], today: day("2024-03-05")))
    #expect(!DeliveryDay.applies(claim: Self.claim(problem: .defective), evidence: [], today: day("2024-03-01")))
    let steps = DeliveryDay.steps(claim: claim, language: .en).joined(separator: " ")
    for words in ["unopened parcel", "weight on the label", "one take", "Keep the box", "L133-3", "L216-2"] {
      #expect(steps.contains(words), "\(words)")
    }
    let deadlines = DeliveryDay.deadlines(claim: claim, events: [], today: day("2024-03-01"))
    #expect(deadlines.first?.code == DeliveryDay.carrierProtestCode)
    #expect(deadlines.first?.date == day("2024-03-04"))
    #expect(deadlines.contains { $0.code == "eu.withdrawal" } && deadlines.contains { $0.code == "dispute.window" })
    let next = Deadlines.nextStep(for: claim, events: [], evidence: [], today: day("2024-03-01"), language: .fr)
    #expect(next.text.hasPrefix("Jour de livraison"))
    #expect(next.urgent)
  }

  @Test func aPayPalDisputeComesBeforeTheClosedWindow() {
    let claim = Self.claim(problem: .notAsDescribed, payment: .paypal)
    let events = [Self.event(.paymentDisputeOpened, "2024-03-20")]
    // The platform window closed on 2024-03-16; PayPal's escalation is due on 2024-04-09.
    let step = Deadlines.nextStep(for: claim, events: events, evidence: [Self.video], today: day("2024-04-07"))
    #expect(step.text.hasPrefix("Escalate the PayPal dispute to a claim by 2024-04-09"))
    #expect(!step.text.contains("window closed"))
    let escalated = events + [Self.event(.paymentDisputeEscalated, "2024-04-01")]
    let after = Deadlines.nextStep(for: claim, events: escalated, evidence: [Self.video], today: day("2024-04-07"))
    #expect(!after.text.contains("Escalate"))
  }

  @Test func aliExpressEscalatesByItselfAndAnEarlyEscalationCounts() {
    var claim = Self.claim(problem: .defective)
    claim.state = .disputeOpened
    let opened = [Self.event(.disputeOpened, "2024-03-05"), Self.event(.sellerReplied, "2024-03-06")]
    let step = Deadlines.nextStep(for: claim, events: opened, evidence: [Self.video], today: day("2024-03-14"))
    #expect(step.text.contains("escalates the dispute by itself"))
    #expect(!step.urgent)
    let early = [Self.event(.escalated, "2024-03-04")] + opened
    let settled = Deadlines.nextStep(for: claim, events: early, evidence: [Self.video], today: day("2024-03-14"))
    #expect(!settled.text.contains("escalat"))
  }

  @Test func wordsNeverShowInternalNames() {
    let camel = #"[a-z][A-Z]"#
    for language in DraftLanguage.allCases {
      var words = ClaimEventKind.allCases.map { ClaimWords.event($0, language) }
      words += ClaimState.allCases.map { ClaimWords.state($0, language) }
      words += ProblemKind.allCases.map { ClaimWords.problem($0, language) }
      words += PaymentMethod.allCases.map { ClaimWords.payment($0, language) }
      words += RefundOptions.Kind.allCases.map { ClaimWords.option($0, language) }
      words += [ClaimWords.outcome(.partialRefund(Money(amount: 3, currency: "EUR")), language)]
      for word in words.map({ $0.replacingOccurrences(of: "PayPal", with: "Paypal") }) {
        #expect(word.range(of: camel, options: .regularExpression) == nil, "\(word)")
      }
    }
    #expect(DraftLanguage.preferred(environment: ["LANG": "fr_FR.UTF-8"]) == .fr)
    #expect(DraftLanguage.preferred(environment: ["LC_ALL": "C", "LANG": "fr_FR.UTF-8"]) == .en)
    #expect(DraftLanguage.preferred(environment: ["LC_MESSAGES": "fr_CA", "LANG": "en_US"]) == .fr)
    #expect(DraftLanguage.preferred(environment: [:]) == .en)
    for deadline in Deadlines.compute(for: Self.claim(payment: .paypal), events: [], today: day("2024-03-02")) {
      #expect(ClaimWords.deadline(deadline, .fr) != deadline.description, "\(deadline.code) has French words")
    }
  }
}
