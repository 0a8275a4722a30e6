/// The language of a draft.
public enum DraftLanguage: String, Sendable, Codable, Hashable, CaseIterable {
  /// English.
  case en
  /// French.
  case fr
}
