import CaveatCore
import Foundation
import Testing

@testable import CaveatExtract

/// A page holding the given JSON-LD blocks.
private func page(jsonLD blocks: [String]) -> [UInt8] {
  let scripts = blocks.map { "<script type=\"application/ld+json\">\($0)</script>" }.joined()
  return Array("<html><head><title>t</title>\(scripts)</head><body><p>x</p></body></html>".utf8)
}

private func read(_ blocks: [String], today: CalendarDate? = nil) throws -> ExtractedPage {
  try ListingExtractor.extract(utf8: page(jsonLD: blocks), options: ExtractionOptions(today: today))
}

@Suite("Structured data: size and bad values")
struct StructuredDataRobustnessTests {
  @Test("A JSON array of 80,000 items is read in linear time")
  func bigArrayIsLinear() throws {
    let item = #"{"@type":"Review","reviewBody":"fine","reviewRating":{"ratingValue":4}}"#
    func parseTime(_ count: Int) throws -> Double {
      let text = "[" + Array(repeating: item, count: count).joined(separator: ",") + "]"
      let start = DispatchTime.now().uptimeNanoseconds
      let value = try JSONReader.parse(text)
      #expect(value.list.count == count)
      return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
    let small = try parseTime(20_000)
    let large = try parseTime(80_000)
    // Four times the items: about four times the time when linear, sixteen when quadratic.
    #expect(large < max(small, 0.05) * 9, "20,000 items: \(small) s, 80,000 items: \(large) s")
  }

  @Test("An object with 50,000 members is read in linear time")
  func bigObjectIsLinear() throws {
    func parseTime(_ count: Int) throws -> Double {
      let text = "{" + (0..<count).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + "}"
      let start = DispatchTime.now().uptimeNanoseconds
      let value = try JSONReader.parse(text)
      #expect(value.object?.count == count)
      return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
    let small = try parseTime(12_500)
    let large = try parseTime(50_000)
    #expect(large < max(small, 0.05) * 9, "12,500 members: \(small) s, 50,000 members: \(large) s")
  }

  @Test("A product whose reviews are one big array keeps every review")
  func productWithManyReviews() throws {
    let review = #"{"@type":"Review","reviewBody":"fine","reviewRating":{"ratingValue":4}}"#
    let reviews = Array(repeating: review, count: 5_000).joined(separator: ",")
    let product =
      #"{"@type":"Product","name":"Brass lamp","offers":{"price":"12.50","priceCurrency":"USD"},"review":["#
      + reviews + "]}"
    let result = try read(["[" + product + "," + reviews + "]"])
    #expect(result.listing.title == "Brass lamp")
    #expect(result.listing.reviews?.count == 5_000)
  }

  @Test(
    "A number that is not finite costs only its field, and the warning names it",
    arguments: ["1e309", "-1e309", "NaN", "Infinity", "-Infinity"])
  func nonFiniteNumber(_ bad: String) throws {
    let product =
      #"{"@type":"Product","name":"Brass lamp","offers":{"price":"# + bad
      + #","priceCurrency":"USD"},"aggregateRating":{"ratingValue":4.5,"ratingCount":12}}"#
    let result = try read([product])
    #expect(result.listing.title == "Brass lamp")
    #expect(result.listing.price == nil)
    #expect(result.listing.rating.average == 4.5)
    #expect(result.warnings.contains { $0.contains(bad) }, "\(result.warnings)")
  }

  @Test("A bad number in one block leaves the product of another block whole")
  func badBlockBesideGoodOne() throws {
    let bad = #"{"@type":"Organization","name":"Shop","foundingDate":1e400}"#
    let good = #"{"@type":"Product","name":"Brass lamp","offers":{"price":12.5,"priceCurrency":"USD"}}"#
    let result = try read([bad, good])
    #expect(result.listing.title == "Brass lamp")
    #expect(result.listing.price == Money(amount: 12.5, currency: "USD"))
  }

  @Test("A NaN rating is rejected with a warning that names it")
  func nanRating() throws {
    let product =
      #"{"@type":"Product","name":"Brass lamp","offers":{"price":12,"priceCurrency":"USD"},"aggregateRating":{"ratingValue":NaN,"ratingCount":3}}"#
    let result = try read([product])
    #expect(result.listing.rating.average == nil)
    #expect(result.listing.rating.count == 3)
    #expect(result.warnings.contains { $0.contains("NaN") }, "\(result.warnings)")
  }

  @Test("A negative price is rejected with a warning that names it")
  func negativePrice() throws {
    let product =
      #"{"@type":"Product","name":"Brass lamp","offers":{"price":"-12.50","priceCurrency":"USD"},"aggregateRating":{"ratingValue":4,"ratingCount":3}}"#
    let result = try read([product])
    #expect(result.listing.price == nil)
    #expect(result.listing.title == "Brass lamp")
    #expect(result.warnings.contains { $0.contains("-12.50") }, "\(result.warnings)")
  }

  @Test("\"6 out of 5\" is rejected with a warning that names it", arguments: [#""6 out of 5""#, "6"])
  func ratingAboveScale(_ value: String) throws {
    let product =
      #"{"@type":"Product","name":"Brass lamp","offers":{"price":12,"priceCurrency":"USD"},"aggregateRating":{"ratingValue":"#
      + value + #","bestRating":5,"ratingCount":3}}"#
    let result = try read([product])
    #expect(result.listing.rating.average == nil)
    #expect(result.warnings.contains { $0.contains("6") && $0.contains("rating") }, "\(result.warnings)")
  }

  @Test(
    "A count that overflows is rejected with a warning that names it",
    arguments: ["99999999999999999999999", #""99999999999999999999999""#, "1e30"])
  func countOverflow(_ value: String) throws {
    let product =
      #"{"@type":"Product","name":"Brass lamp","offers":{"price":12,"priceCurrency":"USD"},"aggregateRating":{"ratingValue":4,"ratingCount":"#
      + value + "}}"
    let result = try read([product])
    #expect(result.listing.rating.count == nil)
    #expect(result.listing.rating.average == 4)
    let digits = value.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    #expect(result.warnings.contains { $0.contains(digits) }, "\(result.warnings)")
  }

  @Test("A review dated after today loses its date, with a warning that names it")
  func reviewFromTheFuture() throws {
    let product =
      #"{"@type":"Product","name":"Brass lamp","offers":{"price":12,"priceCurrency":"USD"},"review":[{"reviewBody":"late","datePublished":"2031-02-03","reviewRating":{"ratingValue":5}},{"reviewBody":"fine","datePublished":"2024-05-01","reviewRating":{"ratingValue":4}}]}"#
    let today = try #require(CalendarDate(iso: "2025-01-10"))
    let result = try read([product], today: today)
    let reviews = try #require(result.listing.reviews)
    #expect(reviews.count == 2)
    #expect(reviews[0].date == nil)
    #expect(reviews[1].date == CalendarDate(iso: "2024-05-01"))
    #expect(result.warnings.contains { $0.contains("2031-02-03") && $0.contains("2025-01-10") }, "\(result.warnings)")
  }

  @Test("keepBadNumbers keeps NaN, infinities and overflowing numbers as text; .double refuses them")
  func keepBadNumbers() throws {
    let value = try JSONReader.parse(#"{"a": NaN, "b": 1e309, "c": -Infinity, "d": 2}"#, keepBadNumbers: true)
    #expect(value["a"] == .number("NaN"))
    #expect(value["b"] == .number("1e309"))
    #expect(value["b"].double == nil)
    #expect(value["c"].int == nil)
    #expect(value["d"].int == 2)
    #expect(throws: JSONReader.Failure.self) { try JSONReader.parse("[NaN]") }
  }
}
