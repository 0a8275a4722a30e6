import Testing

@testable import CaveatExtract

/// The rules the generic reader learnt from shops it had no adapter for (the `shop-*`
/// fixtures): each checked on its own line of text.
@Suite struct GenericShopRulesTests {
  @Test func ratingBesideItsBracketedCount() {
    // The bracket beside the stars counts them, whatever statement the line joins after it.
    let tiki = GenericSocialProof.rating(in: "4.8 ★★★★★(1234)Đã bán 5k+")
    #expect(tiki?.0 == 4.8 && tiki?.1 == 1234)
    let yahoo = GenericSocialProof.rating(in: "★★★★☆4.52(238件)")
    #expect(yahoo?.0 == 4.52 && yahoo?.1 == 238)
    // "rated 4.5 out of 5" names a rating, so its bracket counts it.
    let newegg = GenericSocialProof.rating(in: "rated 4.5 out of 5 (286)")
    #expect(newegg?.0 == 4.5 && newegg?.1 == 286)
    // A shop's own score with a bare 件 count and no star is not a rating.
    #expect(GenericSocialProof.rating(in: "ストアの評価 4.61 (12,345件)") == nil)
    #expect(GenericSocialProof.rating(in: "Image 1 of 5 (3)") == nil)
  }

  @Test func writtenCountJoinedToRatings() {
    #expect(GenericSocialProof.joinedWrittenCount(in: "4,85 ★★★★★ 56 ocen i 12 recenzji") == 12)
    #expect(GenericSocialProof.joinedWrittenCount(in: "1,234 ratings and 210 reviews") == 210)
    #expect(GenericSocialProof.joinedWrittenCount(in: "Shipping and 2 returns") == nil)
  }

  @Test func soldLinesWithSeparatorsAndWords() {
    let parts = GenericSocialProof.statements("Nuevo | +10 mil vendidos")
    let sold = parts.compactMap { GenericSocialProof.soldCount(in: $0) }
    #expect(sold.count == 1 && sold.first?.value == 10_000 && sold.first?.isLowerBound == true)
    #expect(
      GenericSocialProof.statements("Novo - 523 vendidos").compactMap { GenericSocialProof.soldCount(in: $0) }.first?
        .value == 523)
    #expect(GenericSocialProof.soldCount(in: "Đã bán 5k+")?.value == 5000)
  }

  @Test func sellerBeforeItsShipper() {
    #expect(GenericReader.cutShipper("Chaussures Lemoine SAS et expédié par Zalando") == "Chaussures Lemoine SAS")
    #expect(GenericReader.cutShipper("Lamp Co. and shipped by Amazon") == "Lamp Co.")
    #expect(GenericReader.cutShipper("Loja Azul") == "Loja Azul")
  }

  @Test func returnWindows() {
    let italian = TermsText.read(["Reso gratuito entro 14 giorni dalla consegna."])
    #expect(italian.returnWindowDays == 14 && italian.freeReturns == true)
    let dutch = TermsText.read(["30 dagen bedenktijd en gratis retourneren"])
    #expect(dutch.returnWindowDays == 30 && dutch.freeReturns == true)
    let vietnamese = TermsText.read(["Đổi trả miễn phí trong 30 ngày"])
    #expect(vietnamese.returnWindowDays == 30 && vietnamese.freeReturns == true)
    // A delivery guarantee is still not a return window.
    #expect(TermsText.read(["Refund if no delivery in 20 days"]).returnWindowDays == nil)
  }

  @Test func signWrittenAsTheDecimalComma() {
    let price = CurrencyDetector.parsePrice("199€99")
    #expect(price?.amount == 199.99 && price?.currency == "EUR")
    #expect(CurrencyDetector.parsePrice("199 €")?.amount == 199)
    #expect(CurrencyDetector.parsePrice("19,99 €")?.amount == 19.99)
  }
}
