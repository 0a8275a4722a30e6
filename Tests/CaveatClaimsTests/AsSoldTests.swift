import CaveatCore
import Foundation
import Testing

@testable import CaveatClaims

/// What the listing promised is kept with the claim and quoted in a not-as-described draft.
@Suite struct AsSoldTests {
  static let specs = [
    ListingSpec(name: "Material", value: "stoneware", key: "material"),
    ListingSpec(name: "Capacity", value: "12 oz", key: nil),
  ]

  @Test func theAsSoldListSurvivesTheStore() throws {
    let folder = try TempFolder()
    defer { folder.cleanup() }
    let store = try ClaimStore(path: folder.storePath)
    var claim = sampleClaim(problem: .notAsDescribed)
    claim.listing.asSold = Self.specs
    let id = try store.open(claim, today: day("2024-03-10"))
    #expect(try store.claim(id: id).listing.asSold == Self.specs)
    var plain = sampleClaim(orderNumber: "B2")
    plain.listing.asSold = nil
    let other = try store.open(plain, today: day("2024-03-10"))
    #expect(try store.claim(id: other).listing.asSold == nil)
  }

  @Test func aNotAsDescribedDraftQuotesTheListing() throws {
    var claim = sampleClaim(problem: .notAsDescribed)
    claim.id = 1
    claim.listing.asSold = Self.specs
    let english = try MessageDrafts.write(.seller, claim: claim, events: [], evidence: [], language: .en).get()
    #expect(english.contains("The listing stated: Material: stoneware; Capacity: 12 oz."))
    let french = try MessageDrafts.write(.seller, claim: claim, events: [], evidence: [], language: .fr).get()
    #expect(french.contains("L'annonce indiquait : Material: stoneware; Capacity: 12 oz."))
    var damaged = claim
    damaged.problem = .damaged
    let other = try MessageDrafts.write(.seller, claim: damaged, events: [], evidence: [], language: .en).get()
    #expect(!other.contains("The listing stated"))
  }
}
