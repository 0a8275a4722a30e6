import CaveatCore
import Testing

@testable import CaveatClaims

@Suite("Deadlines")
struct DeadlineTests {
  private func deadline(_ code: String, _ list: [Deadline]) -> Deadline? { list.first { $0.code == code } }

  @Test func everyRuleHasASource() {
    #expect(DeadlineRules.all.count == Set(DeadlineRules.all.map(\.code)).count)
    for rule in DeadlineRules.all { #expect(!rule.source.isEmpty && !rule.summary.isEmpty) }
  }

  @Test func aliExpressDisputeWindowIsFifteenDaysAfterReceiptAcrossALeapDay() {
    var claim = sampleClaim()
    claim.id = 1
    claim.receivedOn = day("2024-02-20")
    let list = Deadlines.compute(for: claim, events: [], today: day("2024-02-21"))
    let window = deadline(Deadlines.disputeWindowCode, list)
    #expect(window?.date == day("2024-03-06"))  // 2024 is a leap year: 20 Feb + 15 = 6 Mar
    #expect(window?.source == DeadlineRules.aliexpressDisputeAfterReceipt.source)
    #expect(window?.status == .upcoming)
    claim.receivedOn = day("2023-02-20")
    claim.orderDate = day("2023-01-20")
    claim.shippedOn = day("2023-01-22")
    let common = Deadlines.compute(for: claim, events: [], today: day("2023-02-21"))
    #expect(deadline(Deadlines.disputeWindowCode, common)?.date == day("2023-03-07"))
  }

  @Test func buyerProtectionEndCapsTheWindowAndPageTermsOverrideIt() {
    var claim = sampleClaim()
    claim.orderDate = day("2024-01-01")
    claim.shippedOn = day("2024-01-31")
    claim.receivedOn = day("2024-04-25")
    // Default 90 days from 31 January 2024 (leap year) = 30 April; receipt + 15 = 10 May.
    var list = Deadlines.compute(for: claim, events: [], today: day("2024-04-26"))
    #expect(deadline(Deadlines.disputeWindowCode, list)?.date == day("2024-04-30"))
    #expect(deadline(Deadlines.disputeWindowCode, list)?.source == DeadlineRules.aliexpressBuyerProtection.source)
    #expect(deadline(Deadlines.disputeWindowCode, list)?.status == .upcoming)
    // The page promises 60-day protection: 31 January + 60 = 31 March, already past.
    claim.listing.terms.buyerProtectionDays = 60
    list = Deadlines.compute(for: claim, events: [], today: day("2024-04-26"))
    #expect(deadline(Deadlines.disputeWindowCode, list)?.date == day("2024-03-31"))
    #expect(deadline(Deadlines.disputeWindowCode, list)?.status == .overdue)
    #expect(deadline(Deadlines.disputeWindowCode, list)?.source.contains("listing page") == true)
    // A 30-day free-return window on the page, from receipt at a month end.
    claim.receivedOn = day("2024-01-31")
    claim.shippedOn = day("2024-01-02")
    claim.listing.terms.freeReturns = true
    claim.listing.terms.returnWindowDays = 30
    list = Deadlines.compute(for: claim, events: [], today: day("2024-02-01"))
    #expect(deadline("page.returns", list)?.date == day("2024-03-01"))
    #expect(deadline("page.returns", list)?.description.contains("free return") == true)
  }

  @Test func theOrderPageCountdownOverridesEverything() {
    var claim = sampleClaim()
    claim.listing.terms.buyerProtectionDays = 60
    claim.disputeDeadline = day("2024-03-04")
    let list = Deadlines.compute(for: claim, events: [], today: day("2024-03-02"))
    let window = deadline(Deadlines.disputeWindowCode, list)
    #expect(window?.date == day("2024-03-04"))
    #expect(window?.source == DeadlineRules.orderPageCountdown.source)
    #expect(window?.status == .dueSoon)
    #expect(list.filter { $0.code == Deadlines.disputeWindowCode }.count == 1)
  }

  @Test func eventsMeetDeadlinesAndStartDisputeClocks() {
    var claim = sampleClaim(payment: .paypal)
    claim.id = 7
    let events = [
      ClaimEvent(claimID: 7, kind: .disputeOpened, date: day("2024-03-05")),
      ClaimEvent(claimID: 7, kind: .paymentDisputeOpened, date: day("2024-03-06")),
      ClaimEvent(claimID: 7, kind: .returnAgreed, date: day("2024-03-08")),
      ClaimEvent(claimID: 8, kind: .returnShipped, date: day("2024-03-09")),  // another claim's
    ]
    let list = Deadlines.compute(for: claim, events: events, today: day("2024-03-13"))
    #expect(deadline(Deadlines.disputeWindowCode, list)?.status == .met)
    #expect(deadline("ae.seller.response", list)?.date == day("2024-03-10"))
    #expect(deadline("ae.seller.response", list)?.status == .overdue)
    #expect(deadline("ae.escalation", list)?.date == day("2024-03-12"))
    #expect(deadline("ae.return.ship", list)?.date == day("2024-03-18"))
    #expect(deadline("ae.return.ship", list)?.status == .upcoming)
    #expect(deadline("paypal.open", list)?.date == day("2024-07-30"))  // 1 Feb + 180 days
    #expect(deadline("paypal.open", list)?.status == .met)
    #expect(deadline("paypal.escalate", list)?.date == day("2024-03-26"))
    #expect(list.map(\.date) == list.map(\.date).sorted())
    let step = Deadlines.nextStep(for: claim, events: events, evidence: [], today: day("2024-03-13"))
    #expect(step.deadline?.code == "ae.return.ship")
  }

  @Test func cardEuAndFrenchRulesFromReceipt() {
    var claim = sampleClaim(payment: .card)
    claim.buyerCountry = "FR"
    claim.receivedOn = day("2024-02-29")
    let list = Deadlines.compute(for: claim, events: [], today: day("2024-03-01"))
    // The goods came after the payment: 120 days from delivery (29 Feb), not from the order.
    #expect(deadline("card.chargeback", list)?.date == day("2024-06-28"))
    #expect(deadline("card.chargeback", list)?.description.contains("from delivery on 2024-02-29") == true)
    #expect(deadline("eu.withdrawal", list)?.date == day("2024-03-14"))
    #expect(deadline("fr.guarantee", list)?.date == day("2026-02-28"))  // 29 Feb + 2 years
    #expect(deadline("eu.guarantee", list) == nil)
    claim.buyerCountry = "US"
    let us = Deadlines.compute(for: claim, events: [], today: day("2024-03-01"))
    #expect(deadline("eu.withdrawal", us) == nil)
  }

  @Test func farDatesClampInsteadOfOverflowing() {
    var claim = sampleClaim(payment: .paypal)
    claim.orderDate = day("9999-12-01")
    claim.shippedOn = day("9999-12-02")
    claim.receivedOn = day("9999-12-25")
    claim.buyerCountry = "DE"
    claim.listing.terms.returnWindowDays = 3650
    claim.listing.terms.buyerProtectionDays = 3650
    let list = Deadlines.compute(for: claim, events: [], today: day("9999-12-26"))
    #expect(!list.isEmpty)
    #expect(list.allSatisfy { $0.date <= CalendarDate.maximum })
    #expect(deadline("paypal.open", list)?.date == .maximum)
    #expect(deadline("eu.guarantee", list)?.date == .maximum)
    #expect(day("9999-12-30").plus(businessDays: Int.max / 2) == .maximum)
    #expect(day("0001-01-05").plus(days: Int.min) == .minimum)
    #expect(day("2024-01-01").plus(years: Int.max) == .maximum)
  }

  @Test func aResolvedRefundIsFollowedUntilItArrives() {
    var claim = sampleClaim(payment: .card)
    claim.id = 3
    claim.state = .resolved
    claim.outcome = .fullRefund
    claim.resolvedOn = day("2024-03-15")  // a Friday
    var list = Deadlines.compute(for: claim, events: [], today: day("2024-04-15"))
    #expect(deadline(Deadlines.disputeWindowCode, list) == nil)
    #expect(deadline("refund.arrival", list)?.date == day("2024-04-12"))  // 20 business days
    #expect(deadline("refund.arrival", list)?.status == .overdue)
    #expect(Deadlines.nextStep(for: claim, events: [], evidence: [], today: day("2024-04-15")).urgent)
    let paid = [ClaimEvent(claimID: 3, kind: .refundReceived, date: day("2024-03-28"))]
    list = Deadlines.compute(for: claim, events: paid, today: day("2024-04-15"))
    #expect(deadline("refund.arrival", list)?.status == .met)
  }

  @Test func nextStepWalksTheWorkflow() {
    var claim = sampleClaim()
    claim.id = 1
    claim.receivedOn = day("2024-03-01")
    let today = day("2024-03-02")
    let none = Deadlines.nextStep(for: claim, events: [], evidence: [], today: today)
    #expect(none.text.hasPrefix("Document the problem"))
    let video = Evidence(
      claimID: 1, pathBytes: Array("/v.mp4".utf8), displayPath: "/v.mp4", size: 10, kind: .mp4,
      sha256: "00", addedOn: today)
    #expect(
      Deadlines.nextStep(for: claim, events: [], evidence: [video], today: today).text.hasPrefix("Message the seller"))
    claim.state = .sellerContacted
    let contacted = [ClaimEvent(claimID: 1, kind: .sellerContacted, date: today)]
    #expect(
      Deadlines.nextStep(for: claim, events: contacted, evidence: [video], today: day("2024-03-04")).text.hasPrefix(
        "Wait for the seller"))
    let silent = Deadlines.nextStep(for: claim, events: contacted, evidence: [video], today: day("2024-03-08"))
    #expect(silent.urgent)
    let late = Deadlines.nextStep(for: claim, events: contacted, evidence: [video], today: day("2024-03-20"))
    #expect(late.urgent)
    #expect(late.text.contains("closed on 2024-03-16"))
    #expect(late.text.contains("card chargeback before 2024-06-29"))
  }
}

/// The rules added or corrected with the platforms' and the law's own texts.
@Suite("Deadline rules from their sources")
struct UpdatedRuleTests {
  func find(_ code: String, _ list: [Deadline]) -> Deadline? { list.first { $0.code == code } }

  @Test func everyRuleSaysWhenItWasChecked() {
    for rule in DeadlineRules.all { #expect(rule.checked.hasPrefix("2026-12-06"), "\(rule.code)") }
    #expect(Set(DeadlineRules.all.map(\.code)).count == DeadlineRules.all.count)
  }

  @Test func cardChargebackCountsFromTheOrderWhenNothingCameLater() {
    var claim = sampleClaim(problem: .notReceived, payment: .card)
    claim.receivedOn = nil
    let list = Deadlines.compute(for: claim, events: [], today: day("2024-02-10"))
    #expect(find("card.chargeback", list)?.date == day("2024-05-31"))  // 1 Feb + 120
  }

  @Test func payPalInTheUSAddsThirtyDaysFromDeliveryForAnItemNotAsDescribed() {
    var claim = sampleClaim(problem: .notAsDescribed, payment: .paypal)
    claim.buyerCountry = "US"
    claim.pricePaid.currency = "USD"
    let list = Deadlines.compute(for: claim, events: [], today: day("2024-03-02"))
    #expect(find("paypal.snad.us", list)?.date == day("2024-03-31"))  // 1 Mar + 30
    #expect(find("paypal.open", list)?.date == day("2024-07-30"))  // 1 Feb + 180
    claim.buyerCountry = "FR"
    #expect(find("paypal.snad.us", Deadlines.compute(for: claim, events: [], today: day("2024-03-02"))) == nil)
  }

  @Test func amazonAndEbayGuaranteesCountFromDelivery() {
    var claim = sampleClaim(platform: "amazon")
    let amazon = Deadlines.compute(for: claim, events: [], today: day("2024-03-02"))
    #expect(find("amazon.atoz", amazon)?.date == day("2024-05-30"))  // 1 Mar + 90
    claim.platform = "ebay"
    let ebay = Deadlines.compute(for: claim, events: [], today: day("2024-03-02"))
    #expect(find("ebay.mbg", ebay)?.date == day("2024-03-31"))  // 1 Mar + 30
    #expect(find("amazon.atoz", ebay) == nil)
  }

  @Test func aliExpressSaysWhenTheDisputeOpensAndWhichReceiptDayItAssumed() {
    var claim = sampleClaim()
    claim.receivedOn = nil
    claim.problem = .notReceived
    let early = Deadlines.compute(for: claim, events: [], today: day("2024-02-05"))
    #expect(find("ae.dispute.opens", early)?.date == day("2024-02-08"))  // shipped 3 Feb + 5
    #expect(find("ae.dispute.opens", Deadlines.compute(for: claim, events: [], today: day("2024-02-09"))) == nil)
    let received = Deadlines.compute(for: sampleClaim(), events: [], today: day("2024-03-02"))
    #expect(find(Deadlines.disputeWindowCode, received)?.description.contains("counted from 2024-03-01") == true)
  }
}

/// The claim state machine: every event in every state.
@Suite("Claim workflow")
struct ClaimWorkflowTests {
  @Test(arguments: ClaimState.allCases)
  func everyEventInEveryState(state: ClaimState) {
    for kind in ClaimEventKind.allCases {
      var claim = sampleClaim()
      claim.id = 1
      claim.state = state
      let event = ClaimEvent(claimID: 1, kind: kind, date: day("2024-03-05"))
      let result = Result { () throws(ClaimError) -> Claim in try ClaimWorkflow.applying(event, to: claim) }
      switch (state, kind) {
      case (_, .resolved):
        #expect(throws: ClaimError.self, "\(state) \(kind)") { try result.get() }
      case (.resolved, .note), (.resolved, .refundReceived):
        #expect((try? result.get())?.state == .resolved)
      case (.resolved, _):
        #expect(throws: ClaimError.illegalTransition(from: .resolved, event: kind)) { try result.get() }
      default:
        let expected = ClaimWorkflow.targetState(of: kind).map { max($0, state) } ?? state
        #expect((try? result.get())?.state == expected, "\(state) \(kind)")
      }
    }
  }

  @Test func anEventBeforeTheOrderIsRefusedInEveryState() {
    for state in ClaimState.allCases {
      var claim = sampleClaim()
      claim.state = state
      let event = ClaimEvent(claimID: 1, kind: .note, date: day("2024-01-01"))
      #expect(throws: ClaimError.self) { try ClaimWorkflow.applying(event, to: claim) }
    }
  }
}
