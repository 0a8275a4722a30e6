/// The language of a draft and of the claim commands' text.
public enum DraftLanguage: String, Sendable, Codable, Hashable, CaseIterable {
  /// English.
  case en
  /// French.
  case fr

  /// The language the environment asks for, by POSIX precedence: `LC_ALL`, then `LC_MESSAGES`,
  /// then `LANG`; French when the first one set starts with "fr", English otherwise.
  public static func preferred(environment: [String: String]) -> DraftLanguage {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      return value.lowercased().hasPrefix("fr") ? .fr : .en
    }
    return .en
  }

  /// `english` or `french`, whichever this language is.
  public func pick(_ english: String, _ french: String) -> String {
    self == .fr ? french : english
  }
}
