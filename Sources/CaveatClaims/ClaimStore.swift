import CaveatCore
import Foundation
import GRDB

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
      let id = try Self.insert(StoredClaim(stored), db)
      for (file, note) in files {
        _ = try Self.insert(StoredEvidence(file.record(claimID: id, addedOn: claim.createdOn, note: note)), db)
      }
      return id
    }
  }

  /// The claim with `id`.
  public func claim(id: Int64) throws(ClaimError) -> Claim {
    try read { db in try Self.fetchRow(id: id, db).claim() }
  }

  /// Every claim, oldest first.
  public func claims() throws(ClaimError) -> [Claim] {
    try read { db in try Self.fetchAll(StoredClaim.order(StoredClaim.CodingKeys.id), db).map { try $0.claim() } }
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
      var row = try Self.fetchRow(id: id, db)
      var claim = try row.claim()
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
      row.state = claim.state.rawValue
      row.set(outcome: outcome, resolvedOn: date)
      typealias Columns = StoredClaim.CodingKeys
      try row.update(
        db, columns: [Columns.state, .outcomeKind, .outcomeAmount, .outcomeCurrency, .resolvedOn])
      let event = ClaimEvent(claimID: id, kind: .resolved, date: date, note: note, amount: outcome.amount)
      _ = try Self.insert(StoredClaimEvent(event), db)
      return claim
    }
  }

  /// Claims against a seller, matched by identifier or by name (case and spacing ignored),
  /// newest first.
  public func claims(sellerName: String?, sellerID: String?) throws(ClaimError) -> [Claim] {
    let key = sellerName.map(StoredClaim.sellerKey)
    guard key?.isEmpty == false || sellerID?.isEmpty == false else { return [] }
    typealias Columns = StoredClaim.CodingKeys
    var match: [SQLExpression] = []
    if let sellerID { match.append(Columns.sellerID == sellerID) }
    if let key { match.append(Columns.sellerKey == key) }
    return try read { db in
      let request = StoredClaim.filter(match.joined(operator: .or)).order(Columns.orderDate.desc, Columns.id.desc)
      return try Self.fetchAll(request, db).map { try $0.claim() }
    }
  }

  // MARK: - Events

  /// Records an event and moves the claim's state, in one transaction; returns the stored event.
  @discardableResult
  public func log(_ event: ClaimEvent) throws(ClaimError) -> ClaimEvent {
    try write { db in
      var row = try Self.fetchRow(id: event.claimID, db)
      let claim = try row.claim()
      let next = try ClaimWorkflow.applying(event, to: claim)
      if next.state != claim.state {
        row.state = next.state.rawValue
        try row.update(db, columns: [StoredClaim.CodingKeys.state])
      }
      var stored = event
      stored.id = try Self.insert(StoredClaimEvent(event), db)
      return stored
    }
  }

  /// A claim's events in the order they happened.
  public func events(claimID: Int64) throws(ClaimError) -> [ClaimEvent] {
    try read { db in
      _ = try Self.fetchRow(id: claimID, db)
      typealias Columns = StoredClaimEvent.CodingKeys
      let request = StoredClaimEvent.filter(Columns.claimID == claimID).order(Columns.date, Columns.id)
      return try Self.fetchAll(request, db).map { try $0.event() }
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
      _ = try Self.fetchRow(id: claimID, db)
      var record = file.record(claimID: claimID, addedOn: addedOn, note: note)
      record.id = try Self.insert(StoredEvidence(record), db)
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
      _ = try Self.fetchRow(id: claimID, db)
      return try files.map { file in
        var record = file.record(claimID: claimID, addedOn: addedOn, note: note)
        record.id = try Self.insert(StoredEvidence(record), db)
        return record
      }
    }
  }

  /// A claim's evidence in the order it was added.
  public func listEvidence(claimID: Int64) throws(ClaimError) -> [Evidence] {
    try read { db in
      _ = try Self.fetchRow(id: claimID, db)
      typealias Columns = StoredEvidence.CodingKeys
      let request = StoredEvidence.filter(Columns.claimID == claimID).order(Columns.id)
      return try Self.fetchAll(request, db).map { try $0.evidence() }
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

  // MARK: - Rows

  /// Inserts a row and returns the id SQLite gave it.
  private static func insert(_ record: some PersistableRecord, _ db: Database) throws -> Int64 {
    try record.insert(db)
    return db.lastInsertedRowID
  }

  /// The stored row of claim `id`.
  private static func fetchRow(id: Int64, _ db: Database) throws -> StoredClaim {
    guard let row = try Self.fetchAll(StoredClaim.filter(key: id), db).first else {
      throw ClaimError.claimNotFound(id: id)
    }
    return row
  }

  /// The records `request` selects; a row whose values do not have the types the record expects
  /// (a file edited by hand) is a corrupt record.
  private static func fetchAll<Record: FetchableRecord & TableRecord>(
    _ request: QueryInterfaceRequest<Record>, _ db: Database
  ) throws -> [Record] {
    try Row.fetchAll(db, request).map { row in
      do {
        return try Record(row: row)
      } catch {
        let id = (try? row.decode(Int64.self, forColumn: "id")) ?? 0
        throw ClaimError.corruptRecord(table: Record.databaseTableName, id: id, field: "value")
      }
    }
  }
}
