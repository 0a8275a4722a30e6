import CaveatCore
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
