import CaveatCore

/// Reads the text columns of one stored row back into dates and enumerations; a value this
/// version cannot read is a ``ClaimError/corruptRecord(table:id:field:)`` naming its column.
struct ColumnReader {
  /// The table of the row.
  let table: String
  /// The row's id.
  let id: Int64

  /// The error for an unreadable `column`.
  func corrupt(_ column: some CodingKey) -> ClaimError {
    .corruptRecord(table: table, id: id, field: column.stringValue)
  }

  /// A `YYYY-MM-DD` date.
  func date(_ text: String, _ column: some CodingKey) throws(ClaimError) -> CalendarDate {
    guard let date = CalendarDate(iso: text) else { throw corrupt(column) }
    return date
  }

  /// An optional `YYYY-MM-DD` date.
  func optionalDate(_ text: String?, _ column: some CodingKey) throws(ClaimError) -> CalendarDate? {
    guard let text else { return nil }
    return try date(text, column)
  }

  /// An enumeration stored as its raw value.
  func value<Value: RawRepresentable>(_ text: String, _ column: some CodingKey) throws(ClaimError) -> Value
  where Value.RawValue == String {
    guard let value = Value(rawValue: text) else { throw corrupt(column) }
    return value
  }
}
