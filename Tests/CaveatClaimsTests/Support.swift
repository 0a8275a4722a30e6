import CaveatCore
import Foundation

@testable import CaveatClaims

/// A fresh folder under the system temp folder, removed by `cleanup()`.
struct TempFolder {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "caveat-claims-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  var storePath: String { path + "/claims.sqlite" }

  func file(_ name: String, _ bytes: [UInt8]) throws -> String {
    let full = path + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: full))
    return full
  }

  func cleanup() { try? FileManager.default.removeItem(atPath: path) }
}

func day(_ text: String) -> CalendarDate {
  CalendarDate(iso: text) ?? .minimum
}

func sampleClaim(
  orderNumber: String = "8123456789012345", problem: ProblemKind = .defective,
  payment: PaymentMethod = .card, platform: String = "aliexpress"
) -> Claim {
  Claim(
    createdOn: day("2024-03-10"), platform: platform, orderNumber: orderNumber,
    orderDate: day("2024-02-01"), pricePaid: Money(amount: 40, currency: "EUR"),
    paymentMethod: payment, trackingNumber: "LP00123456789CN", shippedOn: day("2024-02-03"),
    receivedOn: day("2024-03-01"), problem: problem, description: "Does not turn on.",
    listing: ClaimListing(
      title: "USB-C charger 65 W", url: "https://example.com/item/1", sellerName: "Shenzhen Best Store",
      sellerID: "S-42", terms: ClaimTerms()))
}

let jpegBytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 7, count: 60)
let mp4Bytes: [UInt8] = [0, 0, 0, 0x18] + Array("ftypisom".utf8) + Array(repeating: 1, count: 40)
