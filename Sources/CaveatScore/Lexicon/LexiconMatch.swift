/// A phrase found in a text, with the category it belongs to.
public struct LexiconMatch: Sendable, Hashable {
  /// The matched words as they appear in the text (original case, accents and punctuation).
  public var term: String
  /// The category, for example "damaged", "glass", "praise", "incentivized" or "other-sellers".
  public var category: String
  /// The language of the matched phrase ("en", "fr", "es", "pt", "de", "it", "ru", "pl", "nl",
  /// "tr"); for a phrase shared by several languages, the first declared one.
  public var language: String

  /// Creates a match.
  public init(term: String, category: String, language: String) {
    self.term = term
    self.category = category
    self.language = language
  }
}
