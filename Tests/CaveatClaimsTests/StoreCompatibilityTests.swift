import CaveatCore
import Foundation
import GRDB
import Testing

@testable import CaveatClaims

/// The store's records read and write exactly the rows the v1 schema has always held: a file
/// written by plain SQL, as the first versions wrote it, opens and reads the same, and what the
/// records write is column for column what that SQL wrote.
@Suite("Claim store compatibility")
struct StoreCompatibilityTests {
  /// The v1 schema as the first release created it, with GRDB's record of the migration.
  static let v1Schema = """
    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
    INSERT INTO grdb_migrations (identifier) VALUES ('v1-claims-events-evidence');
    CREATE TABLE claims (
      id INTEGER PRIMARY KEY AUTOINCREMENT, created_on TEXT NOT NULL, platform TEXT NOT NULL,
      order_number TEXT NOT NULL, order_date TEXT NOT NULL, price_amount REAL NOT NULL,
      price_currency TEXT, payment_method TEXT NOT NULL, tracking_number TEXT, shipped_on TEXT,
      received_on TEXT, problem TEXT NOT NULL, description TEXT NOT NULL, listing_title TEXT,
      listing_url TEXT, seller_name TEXT, seller_key TEXT, seller_id TEXT, free_returns INTEGER,
      return_window_days INTEGER, buyer_protection_days INTEGER, dispute_deadline TEXT,
      buyer_country TEXT, state TEXT NOT NULL, outcome_kind TEXT, outcome_amount REAL,
      outcome_currency TEXT, resolved_on TEXT);
    CREATE INDEX claims_seller_key ON claims(seller_key);
    CREATE INDEX claims_seller_id ON claims(seller_id);
    CREATE TABLE claim_events (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE, kind TEXT NOT NULL,
      date TEXT NOT NULL, note TEXT NOT NULL, amount REAL, currency TEXT);
    CREATE INDEX claim_events_claim ON claim_events(claim_id);
    CREATE TABLE evidence (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE, path BLOB NOT NULL,
      display_path TEXT NOT NULL, size INTEGER NOT NULL, kind TEXT NOT NULL, sha256 TEXT NOT NULL,
      added_on TEXT NOT NULL, note TEXT NOT NULL);
    CREATE INDEX evidence_claim ON evidence(claim_id);
    """

  /// The rows the first release's INSERT and UPDATE statements wrote for ``expectedClaim``.
  static let v1Rows = """
    INSERT INTO claims (created_on, platform, order_number, order_date, price_amount,
      price_currency, payment_method, tracking_number, shipped_on, received_on, problem,
      description, listing_title, listing_url, seller_name, seller_key, seller_id, free_returns,
      return_window_days, buyer_protection_days, dispute_deadline, buyer_country, state,
      outcome_kind, outcome_amount, outcome_currency, resolved_on)
    VALUES ('2024-03-10', 'aliexpress', '8123456789012345', '2024-02-01', 40.0, 'EUR', 'card',
      'LP00123456789CN', '2024-02-03', '2024-03-01', 'defective', 'Does not turn on.',
      'USB-C charger 65 W', 'https://example.com/item/1', 'Shenzhen  Best Store',
      'shenzhen best store', 'S-42', 1, 30, 75, '2024-03-14', 'FR', 'resolved', 'partialRefund', 15.5,
      'EUR', '2024-03-20');
    INSERT INTO claims (created_on, platform, order_number, order_date, price_amount,
      price_currency, payment_method, tracking_number, shipped_on, received_on, problem,
      description, listing_title, listing_url, seller_name, seller_key, seller_id, free_returns,
      return_window_days, buyer_protection_days, dispute_deadline, buyer_country, state,
      outcome_kind, outcome_amount, outcome_currency, resolved_on)
    VALUES ('2024-04-02', 'amazon', 'A-2', '2024-04-01', 9.0, NULL, 'paypal', NULL, NULL, NULL,
      'notReceived', '', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'open', NULL,
      NULL, NULL, NULL);
    INSERT INTO claim_events (claim_id, kind, date, note, amount, currency)
      VALUES (1, 'sellerContacted', '2024-03-10', 'chat', NULL, NULL);
    INSERT INTO claim_events (claim_id, kind, date, note, amount, currency)
      VALUES (1, 'offerReceived', '2024-03-11', 'offers 5', 5.0, 'EUR');
    INSERT INTO claim_events (claim_id, kind, date, note, amount, currency)
      VALUES (1, 'resolved', '2024-03-20', '', 15.5, 'EUR');
    INSERT INTO evidence (claim_id, path, display_path, size, kind, sha256, added_on, note)
      VALUES (1, X'2F746D702F636166E92E6A7067', '/tmp/caf\u{FFFD}.jpg', 64, 'jpeg', 'abc123', '2024-03-10', 'front');
    """

  static var expectedClaim: Claim {
    var claim = sampleClaim()
    claim.id = 1
    claim.listing.sellerName = "Shenzhen  Best Store"
    claim.listing.terms = ClaimTerms(freeReturns: true, returnWindowDays: 30, buyerProtectionDays: 75)
    claim.disputeDeadline = day("2024-03-14")
    claim.buyerCountry = "FR"
    claim.state = .resolved
    claim.outcome = .partialRefund(Money(amount: 15.5, currency: "EUR"))
    claim.resolvedOn = day("2024-03-20")
    return claim
  }

  static let pathBytes: [UInt8] = Array("/tmp/caf".utf8) + [0xE9] + Array(".jpg".utf8)

  static var expectedEvidence: Evidence {
    Evidence(
      id: 1, claimID: 1, pathBytes: pathBytes, displayPath: "/tmp/caf\u{FFFD}.jpg", size: 64, kind: .jpeg,
      sha256: "abc123", addedOn: day("2024-03-10"), note: "front")
  }

  @Test func aStoreWrittenByTheFirstReleaseReadsTheSame() throws {
    let folder = try TempFolder()
    defer { folder.cleanup() }
    try DatabaseQueue(path: folder.storePath).write { db in
      try db.execute(sql: Self.v1Schema)
      try db.execute(sql: Self.v1Rows)
    }
    let store = try ClaimStore(path: folder.storePath)
    #expect(
      try store.appliedMigrations() == ["v1-claims-events-evidence", "v2-saved-page", "v3-order-watches", "v4-as-sold"])
    let second = Claim(
      id: 2, createdOn: day("2024-04-02"), platform: "amazon", orderNumber: "A-2", orderDate: day("2024-04-01"),
      pricePaid: Money(amount: 9, currency: nil), paymentMethod: .paypal, problem: .notReceived, description: "")
    #expect(try store.claims() == [Self.expectedClaim, second])
    #expect(try store.claim(id: 1) == Self.expectedClaim)
    #expect(
      try store.events(claimID: 1) == [
        ClaimEvent(id: 1, claimID: 1, kind: .sellerContacted, date: day("2024-03-10"), note: "chat"),
        ClaimEvent(
          id: 2, claimID: 1, kind: .offerReceived, date: day("2024-03-11"), note: "offers 5",
          amount: Money(amount: 5, currency: "EUR")),
        ClaimEvent(
          id: 3, claimID: 1, kind: .resolved, date: day("2024-03-20"), note: "",
          amount: Money(amount: 15.5, currency: "EUR")),
      ])
    #expect(try store.listEvidence(claimID: 1) == [Self.expectedEvidence])
    #expect(try store.claims(sellerName: "SHENZHEN best   store", sellerID: nil).map(\.id) == [1])
    // New writes go on after the old rows.
    let next = try store.open(sampleClaim(orderNumber: "N3"))
    #expect(next == 3)
  }

  @Test func theRecordsWriteTheRowsTheFirstReleaseWrote() throws {
    let old = try TempFolder()
    let new = try TempFolder()
    defer {
      old.cleanup()
      new.cleanup()
    }
    try DatabaseQueue(path: old.storePath).write { db in
      try db.execute(sql: Self.v1Schema)
      try db.execute(sql: Self.v1Rows)
    }
    let store = try ClaimStore(path: new.storePath)
    var claim = Self.expectedClaim
    claim.id = nil
    let id = try store.open(claim)
    try store.log(ClaimEvent(claimID: id, kind: .sellerContacted, date: day("2024-03-10"), note: "chat"))
    try store.log(
      ClaimEvent(
        claimID: id, kind: .offerReceived, date: day("2024-03-11"), note: "offers 5",
        amount: Money(amount: 5, currency: "EUR")))
    try store.resolve(id: id, outcome: .partialRefund(Money(amount: 15.5, currency: "EUR")), on: day("2024-03-20"))
    // A claim without a currency, as the first release accepted (new claims need one).
    try store.write { db in
      try StoredClaim(
        Claim(
          createdOn: day("2024-04-02"), platform: "amazon", orderNumber: "A-2", orderDate: day("2024-04-01"),
          pricePaid: Money(amount: 9, currency: nil), paymentMethod: .paypal, problem: .notReceived, description: "")
      ).insert(db)
    }
    var evidence = Self.expectedEvidence
    evidence.id = nil
    try store.write { db in try StoredEvidence(evidence).insert(db) }

    // Every value with its SQLite storage class, table by table.
    func dump(_ path: String) throws -> [String] {
      try DatabaseQueue(path: path).read { db in
        var lines: [String] = []
        for table in ["claims", "claim_events", "evidence", "sqlite_sequence"] {
          let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid")
          let types = rows.first.map { "typeof(" + $0.columnNames.joined(separator: ") || ',' || typeof(") + ")" }
          let storage =
            try types.map { try String.fetchAll(db, sql: "SELECT \($0) FROM \(table) ORDER BY rowid") } ?? []
          for (row, classes) in zip(rows, storage) { lines.append("\(table) \(row) \(classes)") }
        }
        return lines
      }
    }
    // The old store, migrated to v2, gains the same empty columns.
    _ = try ClaimStore(path: old.storePath)
    let lines = try dump(new.storePath)
    #expect(lines.count == 9)
    #expect(try lines == dump(old.storePath))
  }
}
