import CaveatCore
import Foundation
import GRDB

/// A past claim against a seller, as `caveat vet` shows it.
public struct PastClaim: Sendable, Codable, Hashable {
  /// The claim's identifier.
  public var id: Int64
  /// The marketplace.
  public var platform: String
  /// The day of the order.
  public var orderDate: CalendarDate
  /// What was wrong.
  public var problem: ProblemKind
  /// Where the claim stands.
  public var state: ClaimState
  /// How it ended, if it has.
  public var outcome: ClaimOutcome?
  /// When it ended.
  public var resolvedOn: CalendarDate?
  /// The seller's name as recorded.
  public var sellerName: String?
  /// The seller's identifier as recorded.
  public var sellerID: String?
}

/// What `verifyEvidence` found for one file.
public struct EvidenceCheck: Sendable, Hashable {
  /// How the file compares with the record.
  public enum Status: String, Sendable, Codable, Hashable {
    /// Same size and SHA-256 as when added.
    case unchanged
    /// Content differs from when added.
    case changed
    /// No file at the recorded path any more.
    case missing
    /// The path exists but cannot be read as a regular file.
    case unreadable
  }

  /// The record.
  public var evidence: Evidence
  /// The finding.
  public var status: Status
  /// Details: the new digest, or why it could not be read.
  public var detail: String?
}

/// The claim store: one SQLite file (WAL, `synchronous=FULL`), versioned migrations, one
/// transaction per user action, every value bound.
public final class ClaimStore: Sendable {
  /// The database file.
  public let path: String
  private let dbQueue: DatabaseQueue

  /// Opens or creates the store at `path`, creating its folder, and migrates it.
  ///
  /// - Parameter busyTimeout: how long to wait for another process holding the store before
  ///   throwing ``ClaimError/storeBusy``.
  public convenience init(path: String, busyTimeout: TimeInterval = 5) throws(ClaimError) {
    try self.init(path: path, busyTimeout: busyTimeout, maxPageCount: nil)
  }

  /// ``init(path:busyTimeout:)`` with a cap on the database's size in pages: a store that may
  /// not grow behaves as on a full disk (SQLite's SQLITE_FULL), which tests use.
  init(path: String, busyTimeout: TimeInterval = 5, maxPageCount: Int?) throws(ClaimError) {
    self.path = path
    var config = Configuration()
    if let maxPageCount {
      config.prepareDatabase { db in try db.execute(sql: "PRAGMA max_page_count = \(maxPageCount)") }
    }
    config.journalMode = .wal
    config.busyMode = .timeout(busyTimeout)
    config.foreignKeysEnabled = true
    let folder = (path as NSString).deletingLastPathComponent
    do {
      if !folder.isEmpty {
        try FileManager.default.createDirectory(
          atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      }
      dbQueue = try DatabaseQueue(path: path, configuration: config)
      // GRDB sets synchronous=NORMAL when it enables WAL; FULL makes every commit durable.
      try dbQueue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
      try Self.migrator.migrate(dbQueue)
    } catch {
      throw Self.mapped(error, path: path)
    }
  }

  /// The default store path: `$XDG_DATA_HOME/caveat/claims.sqlite`, else
  /// `~/.local/share/caveat/claims.sqlite`.
  public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment)
    throws(ClaimError) -> String
  {
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      return xdg + "/caveat/claims.sqlite"
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else {
      throw .invalidField(field: "HOME", reason: "neither XDG_DATA_HOME nor HOME is an absolute path")
    }
    return home + "/.local/share/caveat/claims.sqlite"
  }

  /// The identifiers of the migrations applied to the store, oldest first.
  public func appliedMigrations() throws(ClaimError) -> [String] {
    try read { db in try Self.migrator.appliedIdentifiers(db).sorted() }
  }

  /// The store's journal mode and synchronous setting, for diagnostics ("wal", 2).
  public func durabilitySettings() throws(ClaimError) -> (journalMode: String, synchronous: Int) {
    try read { db in
      let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? ""
      let sync = try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1
      return (mode, sync)
    }
  }

  // MARK: - Claims

  /// Validates and stores a new claim, with its evidence files, in one transaction; returns its id.
  ///
  /// Evidence files are read before the transaction starts; one refused file stores nothing.
  @discardableResult
  public func open(
    _ claim: Claim, evidence paths: [(path: String, note: String)] = [], today: CalendarDate? = nil
  ) throws(ClaimError) -> Int64 {
    try ClaimValidation.validate(claim, today: today)
    let files = try paths.map { item throws(ClaimError) in
      try ClaimValidation.freeText(item.note, field: "evidence.note")
      return (try Self.read(pathBytes: Array(item.path.utf8)), item.note)
    }
    return try write { db in
      var stored = claim
      stored.state = .open
      stored.outcome = nil
      stored.resolvedOn = nil
      let id = try Self.insert(stored, db)
      for (file, note) in files {
        _ = try Self.insert(file.record(claimID: id, addedOn: claim.createdOn, note: note), db)
      }
      return id
    }
  }

  /// The claim with `id`.
  public func claim(id: Int64) throws(ClaimError) -> Claim {
    try read { db in try Self.fetchClaim(id: id, db) }
  }

  /// Every claim, oldest first.
  public func claims() throws(ClaimError) -> [Claim] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM claims ORDER BY id").map { row in try Self.claim(from: row) }
    }
  }

  /// Records an outcome, and a `resolved` event, in one transaction.
  @discardableResult
  public func resolve(id: Int64, outcome: ClaimOutcome, on date: CalendarDate, note: String = "")
    throws(ClaimError) -> Claim
  {
    if case .partialRefund(let money) = outcome {
      try ClaimValidation.amount(money, field: "outcome.amount")
    }
    try ClaimValidation.freeText(note, field: "note")
    return try write { db in
      var claim = try Self.fetchClaim(id: id, db)
      guard claim.state != .resolved else {
        throw ClaimError.illegalTransition(from: .resolved, event: .resolved)
      }
      guard date >= claim.orderDate else {
        throw ClaimError.invalidField(
          field: "resolvedOn", reason: "\(date) is before the order date \(claim.orderDate)")
      }
      if case .partialRefund(let money) = outcome, money.amount > claim.pricePaid.amount {
        throw ClaimError.invalidField(
          field: "outcome.amount",
          reason: "a partial refund of \(money.amount) is more than the \(claim.pricePaid.amount) paid")
      }
      claim.state = .resolved
      claim.outcome = outcome
      claim.resolvedOn = date
      try db.execute(
        sql: """
          UPDATE claims SET state = ?, outcome_kind = ?, outcome_amount = ?, outcome_currency = ?,
            resolved_on = ? WHERE id = ?
          """,
        arguments: [
          claim.state.rawValue, outcome.kind, outcome.amount?.amount, outcome.amount?.currency,
          date.description, id,
        ])
      let event = ClaimEvent(claimID: id, kind: .resolved, date: date, note: note, amount: outcome.amount)
      _ = try Self.insert(event, db)
      return claim
    }
  }

  /// Claims against a seller, matched by identifier or by name (case and spacing ignored),
  /// newest first; `caveat vet` counts the resolved ones.
  public func pastClaims(sellerName: String?, sellerID: String?) throws(ClaimError) -> [PastClaim] {
    let key = sellerName.map(Self.sellerKey)
    guard key?.isEmpty == false || sellerID?.isEmpty == false else { return [] }
    return try read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM claims
          WHERE (? IS NOT NULL AND seller_id = ?) OR (? IS NOT NULL AND seller_key = ?)
          ORDER BY order_date DESC, id DESC
          """,
        arguments: [sellerID, sellerID, key, key])
      return try rows.map { row in
        let claim = try Self.claim(from: row)
        return PastClaim(
          id: claim.id ?? 0, platform: claim.platform, orderDate: claim.orderDate,
          problem: claim.problem, state: claim.state, outcome: claim.outcome,
          resolvedOn: claim.resolvedOn, sellerName: claim.listing.sellerName,
          sellerID: claim.listing.sellerID)
      }
    }
  }

  // MARK: - Events

  /// Records an event and moves the claim's state, in one transaction; returns the stored event.
  @discardableResult
  public func log(_ event: ClaimEvent) throws(ClaimError) -> ClaimEvent {
    try write { db in
      let claim = try Self.fetchClaim(id: event.claimID, db)
      let next = try ClaimWorkflow.applying(event, to: claim)
      if next.state != claim.state {
        try db.execute(
          sql: "UPDATE claims SET state = ? WHERE id = ?", arguments: [next.state.rawValue, event.claimID])
      }
      var stored = event
      stored.id = try Self.insert(event, db)
      return stored
    }
  }

  /// A claim's events in the order they happened.
  public func events(claimID: Int64) throws(ClaimError) -> [ClaimEvent] {
    try read { db in
      _ = try Self.fetchClaim(id: claimID, db)
      return try Row.fetchAll(
        db, sql: "SELECT * FROM claim_events WHERE claim_id = ? ORDER BY date, id", arguments: [claimID]
      ).map { row in try Self.event(from: row) }
    }
  }

  // MARK: - Evidence

  /// Reads, fingerprints and records an evidence file for a claim.
  @discardableResult
  public func addEvidence(claimID: Int64, path: String, note: String = "", addedOn: CalendarDate)
    throws(ClaimError) -> Evidence
  {
    try addEvidence(claimID: claimID, pathBytes: Array(path.utf8), note: note, addedOn: addedOn)
  }

  /// Reads, fingerprints and records an evidence file given by its raw path bytes.
  @discardableResult
  public func addEvidence(claimID: Int64, pathBytes: [UInt8], note: String = "", addedOn: CalendarDate)
    throws(ClaimError) -> Evidence
  {
    try ClaimValidation.freeText(note, field: "evidence.note")
    let file = try Self.read(pathBytes: pathBytes)
    return try write { db in
      _ = try Self.fetchClaim(id: claimID, db)
      var record = file.record(claimID: claimID, addedOn: addedOn, note: note)
      record.id = try Self.insert(record, db)
      return record
    }
  }

  /// Reads and fingerprints several evidence files, then records them all in one transaction:
  /// either every file is recorded or none is.
  @discardableResult
  public func addEvidence(claimID: Int64, pathsBytes: [[UInt8]], note: String = "", addedOn: CalendarDate)
    throws(ClaimError) -> [Evidence]
  {
    try ClaimValidation.freeText(note, field: "evidence.note")
    var files: [ReadFile] = []
    for path in pathsBytes { files.append(try Self.read(pathBytes: path)) }
    return try write { db in
      _ = try Self.fetchClaim(id: claimID, db)
      return try files.map { file in
        var record = file.record(claimID: claimID, addedOn: addedOn, note: note)
        record.id = try Self.insert(record, db)
        return record
      }
    }
  }

  /// A claim's evidence in the order it was added.
  public func listEvidence(claimID: Int64) throws(ClaimError) -> [Evidence] {
    try read { db in
      _ = try Self.fetchClaim(id: claimID, db)
      return try Row.fetchAll(
        db, sql: "SELECT * FROM evidence WHERE claim_id = ? ORDER BY id", arguments: [claimID]
      ).map { row in try Self.evidence(from: row) }
    }
  }

  /// Re-reads every evidence file of a claim and compares it with the record.
  public func verifyEvidence(claimID: Int64) throws(ClaimError) -> [EvidenceCheck] {
    try listEvidence(claimID: claimID).map { record in
      switch EvidenceFile.fingerprint(pathBytes: record.pathBytes) {
      case .success(let now):
        if now.sha256 == record.sha256, now.size == record.size {
          return EvidenceCheck(evidence: record, status: .unchanged, detail: nil)
        }
        return EvidenceCheck(
          evidence: record, status: .changed,
          detail: "now \(now.size) bytes, SHA-256 \(now.sha256)")
      case .failure(.missing):
        return EvidenceCheck(evidence: record, status: .missing, detail: "no such file")
      case .failure(let failure):
        return EvidenceCheck(evidence: record, status: .unreadable, detail: failure.reason)
      }
    }
  }

  // MARK: - Transactions

  /// Runs `body` in one write transaction; any error rolls everything back.
  func write<T>(_ body: (Database) throws -> T) throws(ClaimError) -> T {
    do {
      return try dbQueue.write(body)
    } catch {
      throw Self.mapped(error, path: path)
    }
  }

  private func read<T>(_ body: (Database) throws -> T) throws(ClaimError) -> T {
    do {
      return try dbQueue.read(body)
    } catch {
      throw Self.mapped(error, path: path)
    }
  }

  static func mapped(_ error: any Error, path: String) -> ClaimError {
    if let error = error as? ClaimError { return error }
    if let error = error as? DatabaseError {
      switch error.resultCode {
      case .SQLITE_BUSY, .SQLITE_LOCKED: return .storeBusy
      case .SQLITE_READONLY, .SQLITE_PERM: return .storeReadOnly
      case .SQLITE_FULL: return .diskFull
      default: return .storeFailure(path: path, reason: error.message ?? "\(error.resultCode)")
      }
    }
    let nsError = error as NSError
    if nsError.domain == NSCocoaErrorDomain,
      nsError.code == NSFileWriteNoPermissionError
        || nsError.code == NSFileWriteVolumeReadOnlyError
    {
      return .storeReadOnly
    }
    if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileWriteOutOfSpaceError { return .diskFull }
    return .storeFailure(path: path, reason: error.localizedDescription)
  }

  // MARK: - Files

  private struct ReadFile {
    var pathBytes: [UInt8]
    var fingerprint: EvidenceFingerprint

    func record(claimID: Int64, addedOn: CalendarDate, note: String) -> Evidence {
      Evidence(
        claimID: claimID, pathBytes: pathBytes,
        displayPath: String(decoding: pathBytes, as: UTF8.self), size: fingerprint.size,
        kind: fingerprint.kind, sha256: fingerprint.sha256, addedOn: addedOn, note: note)
    }
  }

  private static func read(pathBytes: [UInt8]) throws(ClaimError) -> ReadFile {
    switch EvidenceFile.fingerprint(pathBytes: pathBytes) {
    case .success(let fingerprint):
      return ReadFile(pathBytes: pathBytes, fingerprint: fingerprint)
    case .failure(let failure):
      throw .evidenceRefused(path: String(decoding: pathBytes, as: UTF8.self), reason: failure.reason)
    }
  }

  // MARK: - Schema

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-claims-events-evidence") { db in
      try db.execute(
        sql: """
          CREATE TABLE claims (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_on TEXT NOT NULL,
            platform TEXT NOT NULL,
            order_number TEXT NOT NULL,
            order_date TEXT NOT NULL,
            price_amount REAL NOT NULL,
            price_currency TEXT,
            payment_method TEXT NOT NULL,
            tracking_number TEXT,
            shipped_on TEXT,
            received_on TEXT,
            problem TEXT NOT NULL,
            description TEXT NOT NULL,
            listing_title TEXT,
            listing_url TEXT,
            seller_name TEXT,
            seller_key TEXT,
            seller_id TEXT,
            free_returns INTEGER,
            return_window_days INTEGER,
            buyer_protection_days INTEGER,
            dispute_deadline TEXT,
            buyer_country TEXT,
            state TEXT NOT NULL,
            outcome_kind TEXT,
            outcome_amount REAL,
            outcome_currency TEXT,
            resolved_on TEXT
          );
          CREATE INDEX claims_seller_key ON claims(seller_key);
          CREATE INDEX claims_seller_id ON claims(seller_id);
          CREATE TABLE claim_events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            date TEXT NOT NULL,
            note TEXT NOT NULL,
            amount REAL,
            currency TEXT
          );
          CREATE INDEX claim_events_claim ON claim_events(claim_id);
          CREATE TABLE evidence (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            path BLOB NOT NULL,
            display_path TEXT NOT NULL,
            size INTEGER NOT NULL,
            kind TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            added_on TEXT NOT NULL,
            note TEXT NOT NULL
          );
          CREATE INDEX evidence_claim ON evidence(claim_id);
          """)
    }
    return migrator
  }

  static func sellerKey(_ name: String) -> String {
    name.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  // MARK: - Rows

  private static func insert(_ claim: Claim, _ db: Database) throws -> Int64 {
    let terms = claim.listing.terms
    try db.execute(
      sql: """
        INSERT INTO claims (created_on, platform, order_number, order_date, price_amount,
          price_currency, payment_method, tracking_number, shipped_on, received_on, problem,
          description, listing_title, listing_url, seller_name, seller_key, seller_id, free_returns,
          return_window_days, buyer_protection_days, dispute_deadline, buyer_country, state,
          outcome_kind, outcome_amount, outcome_currency, resolved_on)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        claim.createdOn.description, claim.platform, claim.orderNumber, claim.orderDate.description,
        claim.pricePaid.amount, claim.pricePaid.currency, claim.paymentMethod.rawValue,
        claim.trackingNumber, claim.shippedOn?.description, claim.receivedOn?.description,
        claim.problem.rawValue, claim.description, claim.listing.title, claim.listing.url,
        claim.listing.sellerName, claim.listing.sellerName.map(sellerKey), claim.listing.sellerID,
        terms.freeReturns, terms.returnWindowDays, terms.buyerProtectionDays,
        claim.disputeDeadline?.description, claim.buyerCountry, claim.state.rawValue,
        claim.outcome?.kind, claim.outcome?.amount?.amount, claim.outcome?.amount?.currency,
        claim.resolvedOn?.description,
      ])
    return db.lastInsertedRowID
  }

  private static func insert(_ event: ClaimEvent, _ db: Database) throws -> Int64 {
    try db.execute(
      sql: "INSERT INTO claim_events (claim_id, kind, date, note, amount, currency) VALUES (?, ?, ?, ?, ?, ?)",
      arguments: [
        event.claimID, event.kind.rawValue, event.date.description, event.note, event.amount?.amount,
        event.amount?.currency,
      ])
    return db.lastInsertedRowID
  }

  private static func insert(_ evidence: Evidence, _ db: Database) throws -> Int64 {
    try db.execute(
      sql: """
        INSERT INTO evidence (claim_id, path, display_path, size, kind, sha256, added_on, note)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        evidence.claimID, Data(evidence.pathBytes), evidence.displayPath, evidence.size,
        evidence.kind.rawValue, evidence.sha256, evidence.addedOn.description, evidence.note,
      ])
    return db.lastInsertedRowID
  }

  private static func fetchClaim(id: Int64, _ db: Database) throws -> Claim {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM claims WHERE id = ?", arguments: [id]) else {
      throw ClaimError.claimNotFound(id: id)
    }
    return try claim(from: row)
  }

  private static func claim(from row: Row) throws -> Claim {
    let fields = RowReader(row: row, table: "claims")
    let price = Money(amount: try fields.required("price_amount"), currency: try fields.optional("price_currency"))
    var outcome: ClaimOutcome?
    if let kind: String = try fields.optional("outcome_kind") {
      let amount: Double? = try fields.optional("outcome_amount")
      let money = amount.map { Money(amount: $0, currency: try? fields.optional("outcome_currency")) }
      guard let parsed = ClaimOutcome(kind: kind, amount: money) else {
        throw ClaimError.corruptRecord(table: "claims", id: fields.id, field: "outcome_kind")
      }
      outcome = parsed
    }
    return Claim(
      id: fields.id,
      createdOn: try fields.date("created_on"),
      platform: try fields.required("platform"),
      orderNumber: try fields.required("order_number"),
      orderDate: try fields.date("order_date"),
      pricePaid: price,
      paymentMethod: try fields.enumeration("payment_method"),
      trackingNumber: try fields.optional("tracking_number"),
      shippedOn: try fields.optionalDate("shipped_on"),
      receivedOn: try fields.optionalDate("received_on"),
      problem: try fields.enumeration("problem"),
      description: try fields.required("description"),
      listing: ClaimListing(
        title: try fields.optional("listing_title"),
        url: try fields.optional("listing_url"),
        sellerName: try fields.optional("seller_name"),
        sellerID: try fields.optional("seller_id"),
        terms: ClaimTerms(
          freeReturns: try fields.optional("free_returns"),
          returnWindowDays: try fields.optional("return_window_days"),
          buyerProtectionDays: try fields.optional("buyer_protection_days"))),
      disputeDeadline: try fields.optionalDate("dispute_deadline"),
      buyerCountry: try fields.optional("buyer_country"),
      state: try fields.enumeration("state"),
      outcome: outcome,
      resolvedOn: try fields.optionalDate("resolved_on"))
  }

  private static func event(from row: Row) throws -> ClaimEvent {
    let fields = RowReader(row: row, table: "claim_events")
    let amount: Double? = try fields.optional("amount")
    let currency: String? = try fields.optional("currency")
    return ClaimEvent(
      id: fields.id, claimID: try fields.required("claim_id"), kind: try fields.enumeration("kind"),
      date: try fields.date("date"), note: try fields.required("note"),
      amount: amount.map { Money(amount: $0, currency: currency) })
  }

  private static func evidence(from row: Row) throws -> Evidence {
    let fields = RowReader(row: row, table: "evidence")
    let path: Data = try fields.required("path")
    return Evidence(
      id: fields.id, claimID: try fields.required("claim_id"), pathBytes: Array(path),
      displayPath: try fields.required("display_path"), size: try fields.required("size"),
      kind: try fields.enumeration("kind"), sha256: try fields.required("sha256"),
      addedOn: try fields.date("added_on"), note: try fields.required("note"))
  }
}

/// Reads typed columns from a row, turning any mismatch into ``ClaimError/corruptRecord``.
private struct RowReader {
  let row: Row
  let table: String

  var id: Int64 { (try? row.decode(Int64.self, forColumn: "id")) ?? 0 }

  func optional<Value: DatabaseValueConvertible>(_ column: String) throws -> Value? {
    do {
      return try row.decode(Value?.self, forColumn: column)
    } catch {
      throw ClaimError.corruptRecord(table: table, id: id, field: column)
    }
  }

  func required<Value: DatabaseValueConvertible>(_ column: String) throws -> Value {
    guard let value: Value = try optional(column) else {
      throw ClaimError.corruptRecord(table: table, id: id, field: column)
    }
    return value
  }

  func optionalDate(_ column: String) throws -> CalendarDate? {
    guard let text: String = try optional(column) else { return nil }
    guard let date = CalendarDate(iso: text) else {
      throw ClaimError.corruptRecord(table: table, id: id, field: column)
    }
    return date
  }

  func date(_ column: String) throws -> CalendarDate {
    guard let date = try optionalDate(column) else {
      throw ClaimError.corruptRecord(table: table, id: id, field: column)
    }
    return date
  }

  func enumeration<Value: RawRepresentable>(_ column: String) throws -> Value where Value.RawValue == String {
    guard let value = Value(rawValue: try required(column)) else {
      throw ClaimError.corruptRecord(table: table, id: id, field: column)
    }
    return value
  }
}
