import Testing

@testable import CaveatExtract

@Suite struct GenericSocialProofTests {
  @Test func ratingLines() {
    let german = GenericSocialProof.rating(in: "★★★★☆ 4,5 von 5 Sternen (1.234 Bewertungen)")
    #expect(german?.0 == 4.5 && german?.1 == 1234 && german?.2 == false)
    let english = GenericSocialProof.rating(in: "4.5 out of 5 stars 1,234 ratings")
    #expect(english?.0 == 4.5 && english?.1 == 1234)
    let japanese = GenericSocialProof.rating(in: "5つ星のうち4.2 (56個の評価)")
    #expect(japanese?.0 == 4.2 && japanese?.1 == 56)
    let bracketed = GenericSocialProof.rating(in: "4.8 (1,234 reviews)")
    #expect(bracketed?.0 == 4.8 && bracketed?.1 == 1234 && bracketed?.2 == true)
    let french = GenericSocialProof.rating(in: "★ 4.6 · 87 avis")
    #expect(french?.0 == 4.6 && french?.1 == 87 && french?.2 == true)
    // An image counter is no rating.
    #expect(GenericSocialProof.rating(in: "Image 1 of 5") == nil)
    #expect(GenericSocialProof.rating(in: "4.8 (1,234)")?.1 == nil)
  }

  @Test func soldLines() {
    #expect(GenericSocialProof.soldCount(in: "1,234 sold")?.value == 1234)
    let chinese = GenericSocialProof.soldCount(in: "已售 2000+")
    #expect(chinese?.value == 2000 && chinese?.isLowerBound == true)
    #expect(GenericSocialProof.soldCount(in: "2.345 vendidos")?.value == 2345)
    let polish = GenericSocialProof.soldCount(in: "Ponad 100 osób kupiło")
    #expect(polish?.value == 100 && polish?.isLowerBound == true)
    #expect(GenericSocialProof.soldCount(in: "Đã bán 1,2k")?.value == 1200)
    #expect(GenericSocialProof.soldCount(in: "Only 3 left in stock") == nil)
    #expect(GenericSocialProof.soldCount(in: "Sold by Lamp Co") == nil)
  }

  @Test func writtenReviews() {
    #expect(GenericSocialProof.writtenReviewCount(in: "87 Rezensionen") == 87)
    #expect(GenericSocialProof.writtenReviewCount(in: "87 Rezensionen lesen und mehr") == nil)
  }
}
