import CaveatCore
import Foundation
import GRDB

/// A row of the `evidence` table, its columns named as the v1 schema names them; the path is
/// kept as the file system's raw bytes.
struct StoredEvidence: Codable, FetchableRecord, PersistableRecord, TableRecord {
  static let databaseTableName = "evidence"

  var id: Int64?
  var claimID: Int64
  var path: Data
  var displayPath: String
  var size: Int64
  var kind: String
  var sha256: String
  var addedOn: String
  var note: String

  enum CodingKeys: String, CodingKey, ColumnExpression {
    case id, path, size, kind, sha256, note
    case claimID = "claim_id", displayPath = "display_path", addedOn = "added_on"
  }

  /// The row for `evidence`.
  init(_ evidence: Evidence) {
    id = evidence.id
    claimID = evidence.claimID
    path = Data(evidence.pathBytes)
    displayPath = evidence.displayPath
    size = evidence.size
    kind = evidence.kind.rawValue
    sha256 = evidence.sha256
    addedOn = evidence.addedOn.description
    note = evidence.note
  }

  /// The evidence record this row holds.
  func evidence() throws(ClaimError) -> Evidence {
    let column = ColumnReader(table: Self.databaseTableName, id: id ?? 0)
    return Evidence(
      id: id ?? 0, claimID: claimID, pathBytes: Array(path), displayPath: displayPath, size: size,
      kind: try column.value(kind, CodingKeys.kind), sha256: sha256,
      addedOn: try column.date(addedOn, CodingKeys.addedOn), note: note)
  }
}
