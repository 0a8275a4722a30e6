import Foundation

/// Multilingual phrase lists used by the scoring module: review reading (defects, after-sale
/// classes, praise; see `read(review:)`), fragile items, incentivized reviews and "reviews
/// from other sellers" notices.
///
/// Matching is whole-word, case- and diacritic-insensitive (see `fold(_:)`), tolerant of
/// typographic apostrophes (`doesn’t` = `doesn't` = `doesnt`) and hyphens
/// (`dead-on-arrival` = `dead on arrival`). Some stems match word beginnings on purpose
/// (German `glas*` covers `Glasvase`, Russian `стекл*` covers `стеклянный`); English words are
/// listed in full, so `crack` never matches `cracker` and `glass` never matches `glassy`
/// (`glassware` is listed on its own). Phrases never span clause punctuation.
///
/// All lists live in `LexiconData` and are compiled once, on first use.
public enum Lexicon {
  private static let fragileMatcher = LexiconMatcher(
    lists: LexiconData.fragile,
    policy: LexiconPolicy(
      negationWindow: 1,
      blockingFollowers: LexiconData.fragileBlockingFollowers,
      blockingPredecessors: LexiconData.fragileBlockingPredecessors,
      accessories: LexiconData.fragileAccessories,
      excludedPrefixes: LexiconData.fragileExcludedPrefixes))

  private static let incentiveMatcher = LexiconMatcher(
    lists: LexiconData.incentives, policy: LexiconPolicy(negationWindow: 3))

  private static let noticeMatcher = LexiconMatcher(lists: LexiconData.notices, policy: LexiconPolicy())

  /// How many words may separate "This seller" from "Total sales" for the pair to count.
  private static let sellerStatsDistance = 30

  /// Folds `text` for matching: lowercase, without diacritics (`É`→`e`, `ñ`→`n`, `ё`→`е`,
  /// `й`→`и`, `ß`→`ss`, `ł`→`l`, `ı`→`i`), typographic apostrophes and dashes made plain.
  /// Equals Foundation's `folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)`
  /// for Latin, Greek and Cyrillic text apart from those few additions.
  public static func fold(_ text: String) -> String {
    LexiconFolder.fold(text)
  }

  /// Reads one review: its `ReviewClass`es (defect, arrived broken, badly or well packed,
  /// refund refused or delayed, seller unresponsive, dispute needed, resolved quickly), the
  /// phrases behind each, the defect mentions, the praise, and whether it is sarcastic.
  /// Understands negation, contrast, hypotheticals and irony in en, fr, es, pt, de, it, ru,
  /// pl, ja and zh (defects also in nl and tr); see `ReviewReader` for the rules.
  public static func read(review text: String) -> ReviewReading {
    ReviewReader.read(text)
  }

  /// Defect and damage mentions in a review, in en, fr, es, pt, de, it, ru, pl, ja, zh, nl
  /// and tr: the `defects` of `read(review:)`.
  ///
  /// Categories: "damaged", "defective", "not-working", "missing-parts", "wrong-item",
  /// "counterfeit", "not-as-described". Negated mentions do not count: a negation word up to
  /// three content words before ("not broken", "no scratches", "sin daños", "keine Mängel",
  /// "без повреждений", "nothing was missing", "没有任何破损"), without crossing clause
  /// punctuation or a contrast word ("not broken but scratched" still reports "scratched"), or
  /// a post-negation right after ("scratch-free", "kırık değil", "дефектов нет", "es fehlt
  /// nichts", "壊れていない"). Nor do feared or reported mentions ("I was afraid it would
  /// break"), damage to the box alone ("the box was crushed"), or a mention explained by
  /// praise ("half of it is missing, because this stuff is amazing").
  public static func defects(in text: String) -> [LexiconMatch] {
    ReviewReader.read(text).defects
  }

  /// Fragile-item terms in a title, category or specifications.
  ///
  /// Categories: "glass", "ceramic", "porcelain", "crystal", "mirror", "screen", "lens",
  /// "bulb", "vase", "terracotta", "marble", "record", "fragile". Not reported: accessories
  /// named after the item ("display stand", "glasses case", "case for screen",
  /// "funda para pantalla"), "crystal clear", "screen printing", "mirror finish",
  /// "acrylic mirror", "glass fiber" (treated as not fragile), a term negated right before or
  /// after ("no glass", "glass-free"), and "China" the country (only "fine china" and
  /// "bone china" count, in any case). A screen protector is fragile glass and is reported.
  public static func fragileTerms(in text: String) -> [LexiconMatch] {
    fragileMatcher.matches(in: text)
  }

  /// Strong praise (category "praise"), for star-versus-text mismatch checks: the `praise` of
  /// `read(review:)`. Negated praise does not count ("not perfect", "wouldn't recommend",
  /// "je ne recommande pas", "не рекомендую"), nor praise in a sarcastic review ("great,
  /// another broken one, yeah right"). Includes praise idioms ("killer price", "insanely
  /// good", "worth every penny").
  public static func praise(in text: String) -> [LexiconMatch] {
    ReviewReader.read(text).praise
  }

  /// Mentions that the review was rewarded or the item was free (category "incentivized"):
  /// "received this product for free", "in exchange for an honest review", "produit offert",
  /// "producto gratis a cambio", "в обмен на отзыв"…
  public static func incentives(in text: String) -> [LexiconMatch] {
    incentiveMatcher.matches(in: text)
  }

  /// Statements that a page's reviews cover other sellers (category "other-sellers") or other
  /// variants, colours, sizes or formats (category "other-variants").
  ///
  /// "This seller" and "Total sales" (and their translations) are reported together as one
  /// "other-sellers" match spanning both, when no more than 30 words apart; either alone is
  /// not a notice.
  public static func otherSellerReviewNotices(in text: String) -> [LexiconMatch] {
    let tokens = LexiconFolder.tokens(of: text)
    let hits = noticeMatcher.hits(in: tokens)
    var results: [LexiconMatch] = []
    var thisSeller: [LexiconHit] = []
    var totalSales: [LexiconHit] = []
    for hit in hits {
      switch hit.term.category {
      case LexiconData.thisSellerMarker: thisSeller.append(hit)
      case LexiconData.totalSalesMarker: totalSales.append(hit)
      default: results.append(LexiconMatcher.match(for: hit, tokens: tokens, text: text))
      }
    }
    if let pair = closestPair(thisSeller, totalSales) {
      let first = pair.0.tokens.lowerBound < pair.1.tokens.lowerBound ? pair.0 : pair.1
      let last = first.tokens == pair.0.tokens ? pair.1 : pair.0
      let span = LexiconHit(term: first.term, tokens: first.tokens.lowerBound..<last.tokens.upperBound)
      var match = LexiconMatcher.match(for: span, tokens: tokens, text: text)
      match.category = LexiconData.otherSellers
      results.append(match)
    }
    return results
  }

  /// The "This seller" / "Total sales" pair closest together, if within `sellerStatsDistance`.
  private static func closestPair(_ left: [LexiconHit], _ right: [LexiconHit]) -> (LexiconHit, LexiconHit)? {
    var best: (LexiconHit, LexiconHit, Int)?
    for a in left {
      for b in right {
        let gap =
          a.tokens.lowerBound < b.tokens.lowerBound
          ? b.tokens.lowerBound - a.tokens.upperBound : a.tokens.lowerBound - b.tokens.upperBound
        if gap <= sellerStatsDistance, best.map({ gap < $0.2 }) ?? true { best = (a, b, gap) }
      }
    }
    return best.map { ($0.0, $0.1) }
  }
}
