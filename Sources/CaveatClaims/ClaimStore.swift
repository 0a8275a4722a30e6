import CaveatCore
import Foundation
import GRDB

/// The claim store: one SQLite file (WAL, `synchronous=FULL`), versioned migrations, one
/// transaction per user action, every value bound.
public final class ClaimStore: Sendable {
  /// The database file.
  public let path: String
  private let dbQueue: DatabaseQueue

  /// Opens the store at `path` and migrates it; with `create` (the default) a missing store
  /// and its folder are created, without it a missing store is ``ClaimError/storeMissing(path:)``
  /// and nothing is written to the disk.
  ///
  /// Two processes opening a new store at once both succeed, or one reports
  /// ``ClaimError/storeBusy``: the schema is created by whichever gets the write lock first.
  ///
  /// - Parameter busyTimeout: how long to wait for another process holding the store before
  ///   throwing ``ClaimError/storeBusy``.
  public convenience init(path: String, busyTimeout: TimeInterval = 5, create: Bool = true) throws(ClaimError) {
    try self.init(path: path, busyTimeout: busyTimeout, maxPageCount: nil, create: create)
  }

  /// ``init(path:busyTimeout:)`` with a cap on the database's size in pages: a store that may
  /// not grow behaves as on a full disk (SQLite's SQLITE_FULL), which tests use.
  init(path: String, busyTimeout: TimeInterval = 5, maxPageCount: Int?, create: Bool = true) throws(ClaimError) {
    self.path = path
    if !create, !FileManager.default.fileExists(atPath: path) { throw .storeMissing(path: path) }
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
      try Self.checkExisting(path: path, busyTimeout: busyTimeout)
      dbQueue = try DatabaseQueue(path: path, configuration: config)
      // GRDB sets synchronous=NORMAL when it enables WAL; FULL makes every commit durable.
      try dbQueue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
      try Self.migrate(dbQueue, path: path)
    } catch {
      throw Self.mapped(error, path: path)
    }
  }

  /// Applies the migrations. The migrator checks which migrations are applied before taking the
  /// write lock, so a process that loses the race for a new store fails on tables the winner
  /// created: its own transaction is rolled back, and the store, now complete, is used as it is.
  private static func migrate(_ dbQueue: DatabaseQueue, path: String) throws {
    var attempt = 0
    while true {
      do {
        try migrator.migrate(dbQueue)
        return
      } catch {
        if let error = error as? DatabaseError, [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) {
          throw error
        }
        if (try? dbQueue.read({ db in try migrator.hasCompletedMigrations(db) })) == true { return }
        attempt += 1
        if attempt >= 3 { throw error }
      }
    }
  }

  /// Looks at an existing, non-empty file read-only before anything is written to it (WAL mode
  /// would change its header): a damaged file or another program's database is refused as is.
  private static func checkExisting(path: String, busyTimeout: TimeInterval) throws {
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    guard size > 0 else { return }
    var config = Configuration()
    config.readonly = true
    config.busyMode = .timeout(busyTimeout)
    let probe = try DatabaseQueue(path: path, configuration: config)
    defer { try? probe.close() }
    try probe.read { db in try refuseForeignDatabase(db, path: path) }
  }

  /// Refuses an SQLite file that holds tables but was never a claim store (another program's
  /// database), so that the claim tables are never added to it.
  private static func refuseForeignDatabase(_ db: Database, path: String) throws {
    let tables = try String.fetchAll(
      db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    if !tables.isEmpty, !tables.contains("grdb_migrations") {
      throw ClaimError.storeCorrupt(
        path: path,
        reason: ClaimReason(
          "an SQLite database of another program (no claim tables); it was left as it is",
          fr: "une base SQLite d'un autre programme (sans tables de réclamations) ; le fichier a été laissé tel quel"))
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
      throw .invalidField(
        field: "HOME",
        reason: ClaimReason(
          "neither XDG_DATA_HOME nor HOME is an absolute path", fr: "ni XDG_DATA_HOME ni HOME n'est un chemin absolu"))
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
  ///
  /// A second claim for the same order (same platform and order number) is refused with
  /// ``ClaimError/duplicate(field:reason:)`` unless `allowDuplicate` is set.
  @discardableResult
  public func open(
    _ claim: Claim, evidence paths: [(path: String, note: String)] = [], today: CalendarDate? = nil,
    allowDuplicate: Bool = false
  ) throws(ClaimError) -> Int64 {
    try ClaimValidation.validate(claim, today: today)
    let files = try paths.map { item throws(ClaimError) in
      try ClaimValidation.freeText(item.note, field: "evidence.note")
      return (try Self.read(pathBytes: Array(item.path.utf8)), item.note)
    }
    return try write { db in
      if !allowDuplicate {
        typealias Columns = StoredClaim.CodingKeys
        let same = StoredClaim.filter(Columns.platform == claim.platform && Columns.orderNumber == claim.orderNumber)
        if let existing = try Row.fetchOne(db, same.select(Columns.id)), let existingID: Int64 = existing[0] {
          throw ClaimError.duplicate(
            field: "orderNumber",
            reason: ClaimReason(
              "order \(claim.orderNumber) on \(claim.platform) is already claim \(existingID)",
              fr: "la commande \(claim.orderNumber) sur \(claim.platform) est déjà la réclamation \(existingID)"))
        }
      }
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
          field: "resolvedOn",
          reason: ClaimReason(
            "\(date) is before the order date \(claim.orderDate)",
            fr: "\(date) est avant la date de commande \(claim.orderDate)"))
      }
      if case .partialRefund(let money) = outcome, money.amount > claim.pricePaid.amount {
        throw ClaimError.invalidField(
          field: "outcome.amount",
          reason: ClaimReason(
            "a partial refund of \(money.amount) is more than the \(claim.pricePaid.amount) paid",
            fr: "un remboursement partiel de \(money.amount) dépasse les \(claim.pricePaid.amount) payés"))
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

  /// Reads, fingerprints and records an evidence file given by its raw path bytes; the same
  /// content twice for one claim is refused unless `allowDuplicate` is set.
  @discardableResult
  public func addEvidence(
    claimID: Int64, pathBytes: [UInt8], note: String = "", addedOn: CalendarDate, allowDuplicate: Bool = false
  ) throws(ClaimError) -> Evidence {
    let added = try addEvidence(
      claimID: claimID, pathsBytes: [pathBytes], note: note, addedOn: addedOn, allowDuplicate: allowDuplicate)
    guard let first = added.first else {
      throw .evidenceRefused(path: "", reason: ClaimReason("no file", fr: "aucun fichier"))
    }
    return first
  }

  /// Reads and fingerprints several evidence files, then records them all in one transaction:
  /// either every file is recorded or none is.
  ///
  /// A file whose content (SHA-256) is already recorded for the claim, or named twice, is
  /// refused with ``ClaimError/duplicate(field:reason:)`` unless `allowDuplicate` is set.
  /// `progress` receives the path being read, bytes read and its size, for large files.
  @discardableResult
  public func addEvidence(
    claimID: Int64, pathsBytes: [[UInt8]], note: String = "", addedOn: CalendarDate, allowDuplicate: Bool = false,
    progress: ((_ path: [UInt8], _ done: Int64, _ total: Int64) -> Void)? = nil
  ) throws(ClaimError) -> [Evidence] {
    try ClaimValidation.freeText(note, field: "evidence.note")
    _ = try claim(id: claimID)
    var files: [ReadFile] = []
    for path in pathsBytes {
      let file = try Self.read(pathBytes: path, progress: progress.map { report in { report(path, $0, $1) } })
      if !allowDuplicate, let twin = files.first(where: { $0.fingerprint.sha256 == file.fingerprint.sha256 }) {
        throw ClaimError.duplicate(
          field: "evidence",
          reason:
            ClaimReason(
              "\(String(decoding: path, as: UTF8.self)) has the same content as \(String(decoding: twin.pathBytes, as: UTF8.self))",
              fr:
                "\(String(decoding: path, as: UTF8.self)) a le même contenu que \(String(decoding: twin.pathBytes, as: UTF8.self))"
            )
        )
      }
      files.append(file)
    }
    return try write { db in
      _ = try Self.fetchRow(id: claimID, db)
      if !allowDuplicate {
        typealias Columns = StoredEvidence.CodingKeys
        for file in files {
          let same = StoredEvidence.filter(Columns.claimID == claimID && Columns.sha256 == file.fingerprint.sha256)
          if let row = try Row.fetchOne(db, same.select(Columns.id, Columns.displayPath)) {
            let id: Int64 = row[0]
            let shown: String = row[1]
            throw ClaimError.duplicate(
              field: "evidence",
              reason:
                ClaimReason(
                  "\(String(decoding: file.pathBytes, as: UTF8.self)) is already recorded as evidence \(id) (\(shown), same SHA-256)",
                  fr:
                    "\(String(decoding: file.pathBytes, as: UTF8.self)) est déjà enregistré comme preuve \(id) (\(shown), même SHA-256)"
                )
            )
          }
        }
      }
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

  /// Runs `body` in one read transaction.
  func read<T>(_ body: (Database) throws -> T) throws(ClaimError) -> T {
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
      case .SQLITE_NOTADB, .SQLITE_CORRUPT:
        return .storeCorrupt(
          path: path,
          reason: ClaimReason(
            (error.message ?? "damaged") + "; it was left as it is",
            fr: (error.resultCode == .SQLITE_NOTADB
              ? "ce fichier n'est pas une base de données" : "le fichier est endommagé")
              + " ; il a été laissé tel quel"))
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

  private static func read(pathBytes: [UInt8], progress: EvidenceFile.Progress? = nil) throws(ClaimError) -> ReadFile {
    switch EvidenceFile.fingerprint(pathBytes: pathBytes, progress: progress) {
    case .success(let fingerprint):
      return ReadFile(pathBytes: pathBytes, fingerprint: fingerprint)
    case .failure(.tooLarge(let size, let limit)):
      throw .evidenceTooLarge(path: String(decoding: pathBytes, as: UTF8.self), size: size, limit: limit)
    case .failure(let failure):
      throw .evidenceRefused(path: String(decoding: pathBytes, as: UTF8.self), reason: failure.claimReason)
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
