import CaveatCore
import Testing

@testable import CaveatExtract

@Suite("PriceCondition")
struct PriceConditionTests {
  @Test("Words after an amount name a Pix price, up to the next conjunction")
  func pixAfter() {
    #expect(PriceCondition.read(before: "", after: " no Pix ") == .pix)
    #expect(PriceCondition.read(before: "", after: "à vista no Pix (5% de desconto)") == .pix)
    // "ou" ends the Pix clause: the amount after it is the card price.
    #expect(PriceCondition.read(before: "no Pix ou ", after: " em até 10x de") == nil)
  }

  @Test("A label before an amount names a Pix price")
  func pixBefore() {
    #expect(PriceCondition.read(before: "Pix: ", after: "") == .pix)
    #expect(PriceCondition.read(before: "Cartão: ", after: " sem juros") == nil)
  }

  @Test("Instalments are read with their count, in several writings")
  func instalments() {
    #expect(PriceCondition.read(before: "em até 10x de ", after: " sem juros") == .instalment(count: 10))
    #expect(PriceCondition.read(before: "12 x ", after: "") == .instalment(count: 12))
    #expect(PriceCondition.read(before: "hasta 6 cuotas de", after: "") == .instalment(count: 6))
    #expect(PriceCondition.read(before: "or 4 payments of", after: "") == .instalment(count: 4))
    #expect(PriceCondition.read(before: "", after: "/mês") == .instalment(count: nil))
    #expect(PriceCondition.read(before: "", after: " per month for 12 months") == .instalment(count: nil))
    // "1x" is one payment, and a plain amount is the price.
    #expect(PriceCondition.read(before: "1x de", after: "") == nil)
    #expect(PriceCondition.read(before: "Price:", after: "& FREE Returns") == nil)
  }

  @Test("New-shopper labels in several languages; an ordinary saving is not one")
  func newShopper() {
    for label in [
      "New shoppers save $1.91", "Welcome deal", "新人价", "Prix pour les nouveaux acheteurs",
      "Precio para nuevos compradores", "Preço para novos compradores",
    ] {
      #expect(PriceCondition.namesNewShopper(label), "\(label)")
    }
    #expect(!PriceCondition.namesNewShopper("Save $15.27"))
    #expect(!PriceCondition.namesNewShopper("New arrivals"))
    #expect(PriceCondition.read(before: "Welcome deal", after: "") == .newShopper)
  }
}

@Suite("Amazon offer labels")
struct AmazonOfferLabelTests {
  @Test("Buy-box row labels name a new or a used offer in each marketplace's words")
  func labels() {
    for label in ["Buy new:", "Comprar nuevo:", "Neu kaufen:", "Acheter neuf :", "Acquista nuovo:", "新品:"] {
      #expect(AmazonRules.offerKind(label: label) == .new, "\(label)")
    }
    for label in [
      "Buy used:", "Save with Used - Like New", "Comprar de 2.ª mano", "Gebraucht kaufen – Sehr gut:",
      "Acheter d'occasion – Comme neuf :", "Acquista usato:", "中古品 - 非常に良い:",
    ] {
      #expect(AmazonRules.offerKind(label: label) == .used, "\(label)")
    }
    #expect(AmazonRules.offerKind(label: "See all buying options") == nil)
    #expect(AmazonRules.offerKind(label: "Newer model available") == nil)
  }
}
