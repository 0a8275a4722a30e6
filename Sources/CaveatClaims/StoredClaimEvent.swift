import CaveatCore
import GRDB

/// A row of the `claim_events` table, its columns named as the v1 schema names them.
struct StoredClaimEvent: Codable, FetchableRecord, PersistableRecord, TableRecord {
  static let databaseTableName = "claim_events"

  var id: Int64?
  var claimID: Int64
  var kind: String
  var date: String
  var note: String
  var amount: Double?
  var currency: String?

  enum CodingKeys: String, CodingKey, ColumnExpression {
    case id, kind, date, note, amount, currency
    case claimID = "claim_id"
  }

  /// The row for `event`.
  init(_ event: ClaimEvent) {
    id = event.id
    claimID = event.claimID
    kind = event.kind.rawValue
    date = event.date.description
    note = event.note
    amount = event.amount?.amount
    currency = event.amount?.currency
  }

  /// The event this row holds.
  func event() throws(ClaimError) -> ClaimEvent {
    let column = ColumnReader(table: Self.databaseTableName, id: id ?? 0)
    return ClaimEvent(
      id: id ?? 0, claimID: claimID, kind: try column.value(kind, CodingKeys.kind),
      date: try column.date(date, CodingKeys.date), note: note,
      amount: amount.map { Money(amount: $0, currency: currency) })
  }
}
