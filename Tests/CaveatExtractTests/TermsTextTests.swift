import CaveatCore
import Testing

@testable import CaveatExtract

@Suite("TermsText")
struct TermsTextTests {
  @Test("Free returns within 90 days: free, 90 days, seller pays")
  func freeReturnsEnglish() {
    let terms = TermsText.read(["Free returns within 90 days"])
    #expect(terms.freeReturns == true)
    #expect(terms.returnWindowDays == 90)
    #expect(terms.returnShippingPaidBy == .seller)
    #expect(terms.buyerProtectionDays == nil)
    #expect(terms.texts == ["Free returns within 90 days"])
  }

  @Test("A delivery guarantee is not a return window")
  func deliveryGuarantee() {
    let terms = TermsText.read(["Refund if no delivery in 20 days"])
    #expect(terms.returnWindowDays == nil)
    #expect(terms.freeReturns == nil)
    #expect(terms.returnShippingPaidBy == nil)
    #expect(terms.texts == ["Refund if no delivery in 20 days"])
    #expect(TermsText.read(["Remboursement si la livraison dépasse 30 jours"]).returnWindowDays == nil)
  }

  @Test("Money back with the buyer paying return shipping")
  func buyerPays() {
    let terms = TermsText.read(["60 days money back or replacement, buyer pays return shipping"])
    #expect(terms.returnWindowDays == 60)
    #expect(terms.returnShippingPaidBy == .buyer)
    #expect(terms.freeReturns == false)
  }

  @Test("Buyer protection days are not a return window")
  func buyerProtection() {
    let terms = TermsText.read(["75-Day Buyer Protection"])
    #expect(terms.buyerProtectionDays == 75)
    #expect(terms.returnWindowDays == nil)
    #expect(terms.freeReturns == nil)
  }

  @Test("Hebrew buyer protection")
  func hebrewProtection() {
    let terms = TermsText.read(["הגנת הקונה למשך 90 ימים"])
    #expect(terms.buyerProtectionDays == 90)
    #expect(terms.returnWindowDays == nil)
  }

  @Test("French free returns")
  func frenchFreeReturns() {
    let terms = TermsText.read(["Retours gratuits sous 30 jours"])
    #expect(terms.freeReturns == true)
    #expect(terms.returnWindowDays == 30)
    #expect(terms.returnShippingPaidBy == .seller)
  }

  @Test("German free returns")
  func germanFreeReturns() {
    let terms = TermsText.read(["Kostenlose Rücksendung innerhalb von 30 Tagen"])
    #expect(terms.freeReturns == true)
    #expect(terms.returnWindowDays == 30)
    #expect(terms.returnShippingPaidBy == .seller)
  }

  @Test("Returns not accepted")
  func noReturns() {
    let terms = TermsText.read(["Returns not accepted"])
    #expect(terms.freeReturns == false)
    #expect(terms.returnWindowDays == nil)
    #expect(terms.returnShippingPaidBy == nil)
    #expect(terms.texts == ["Returns not accepted"])
  }

  @Test("A {day} placeholder is no number of days")
  func placeholders() {
    let terms = TermsText.read(["Free returns within {day} days", "Return within {0} days of delivery"])
    #expect(terms.freeReturns == true)
    #expect(terms.returnWindowDays == nil)
    #expect(TermsText.dayCount(in: "{day}-day buyer protection") == nil)
  }

  @Test("Unrelated sentences are dropped; white space is collapsed")
  func keptTexts() {
    let terms = TermsText.read(["Ships from China", "  Free   returns\u{A0}within 15 days ", "", "Color: red"])
    #expect(terms.texts == ["Free returns within 15 days"])
    #expect(terms.returnWindowDays == 15)
    let none = TermsText.read(["Ships from China", "Estimated delivery in 12 days"])
    #expect(none == Terms())
  }

  @Test("The first return window stated wins")
  func firstWindowWins() {
    let terms = TermsText.read(["30-day returns", "Returns accepted within 60 days"])
    #expect(terms.returnWindowDays == 30)
  }

  @Test(
    "dayCount reads a number written next to a day word",
    arguments: [
      ("within 90 days", 90 as Int?),
      ("30-day returns", 30),
      ("30 - day returns", 30),
      ("within 14\u{A0}days", 14),
      ("7天无理由退货", 7),
      ("תוך 15 ימים", 15),
      ("within 1 day", 1),
      ("3650 days", 3650),
      ("item 2 of 5, returns within 45 days", 45),
      ("no number of days", nil),
      ("0 days", nil),
      ("99999 days", nil),
      ("123456 days", nil),
      ("3651 days", nil),
      ("90", nil),
      ("90 items", nil),
      ("", nil),
    ])
  func dayCount(text: String, expected: Int?) {
    #expect(TermsText.dayCount(in: text) == expected)
  }
}

@Suite("Literal substring search")
struct LiteralSearchTests {
  @Test func findsBytesAnywhereAndOnlyThere() {
    #expect("free returns within 30 days".containsLiteral("returns"))
    #expect("free returns".containsLiteral("free returns"))
    #expect("aaab".containsLiteral("aab"))  // a first byte that repeats before the match
    #expect("retour gratuit sous 30 jours, évaluation".containsLiteral("évaluation"))
    #expect("отзывы покупателей".containsLiteral("отзыв"))
    #expect(!"return".containsLiteral("returns"))
    #expect(!"free  returns".containsLiteral("free returns"))
    #expect(!"".containsLiteral("a"))
    #expect("anything".containsLiteral(""))
    #expect("x"[...].containsLiteral("x"))
  }
}
