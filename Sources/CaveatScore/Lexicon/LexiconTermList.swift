/// Phrases of one language and one category, as written in `LexiconData`.
///
/// Phrase syntax: words separated by spaces, written naturally (accents, capitals and
/// apostrophes are folded the same way as texts); `stem*` matches any word beginning with
/// `stem`, `*stem` any word ending with it.
struct LexiconTermList: Sendable {
  /// Language code ("en", "fr", …).
  var language: String
  /// Category reported in `LexiconMatch.category`.
  var category: String
  /// The phrases.
  var phrases: [String]

  init(_ language: String, _ category: String, _ phrases: [String]) {
    self.language = language
    self.category = category
    self.phrases = phrases
  }
}
