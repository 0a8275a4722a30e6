import Testing

@testable import CaveatCore

@Suite struct ListingFieldTests {
  @Test func emptyListingMissesEveryField() {
    #expect(Listing().missingFields.count == ListingField.all.filter(\.reportsMissing).count)
  }

  @Test func presentFieldsAreNotMissing() {
    var listing = Listing()
    listing.title = "Lamp"
    listing.seller.name = "Store"
    listing.reviews = []
    let missing = listing.missingFields
    #expect(!missing.contains("listing.title"))
    #expect(!missing.contains("listing.seller.name"))
    #expect(missing.contains("listing.reviews"), "an empty list counts as missing")
  }

  @Test func copyMovesOneField() throws {
    var source = Listing()
    source.rating.count = 12
    source.title = "Lamp"
    var target = Listing()
    let field = try #require(ListingField.named("listing.rating.count"))
    field.copy(from: source, into: &target)
    #expect(target.rating.count == 12)
    #expect(target.title == nil)
  }

  @Test func pathsAreUnique() {
    #expect(Set(ListingField.all.map(\.path)).count == ListingField.all.count)
  }
}
