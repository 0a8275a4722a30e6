/// Reads one review into `ReviewClass`es: cue phrases per class and language
/// (`ReviewCueData`, `LexiconData.defects`) found in one pass of the folded words, then a few
/// explainable rules over the phrases found.
///
/// - Clauses end at punctuation and at contrast words ("but", "mais", "でも", "但是"), so
///   "arrived broken but the seller replaced it" reads as a broken arrival and a quick fix.
/// - Negation: a negation word up to three content words before a cue in the same clause
///   ("nothing was missing", "pas cassé", "sin defectos", "kein Problem", "没有任何破损"),
///   or right after it ("scratch-free", "дефектов нет"; in Japanese a few characters after:
///   "壊れていない", "傷もなく"). A negation carries through a list ("no scratches, dents or
///   cracks"). Cues that contain their own negation ("doesn't work", "no reply") are not
///   negated again. A negated refund or answer is a refusal or silence ("never refunded",
///   "no reply"); a negated well-packed is badly packed.
/// - Framing: what is feared, hoped, supposed or reported by others ("if", "I was afraid",
///   "other reviews say") does not count in that clause; a defect cue explained by praise
///   ("missing, because this stuff is amazing") does not count; irony markers drop the
///   positive readings.
///
/// Cost: one tokenisation and one matcher pass (longest phrase at each word through hash
/// lookups), then work linear in the number of phrases found.
enum ReviewReader {
  /// Every cue list, in priority order for phrases of equal length (the first declared wins).
  static let matcher = LexiconMatcher(
    lists: ReviewCueData.neutral + ReviewCueData.ownFault + ReviewCueData.wellPacked + ReviewCueData.badlyPacked
      + ReviewCueData.refundRefused + ReviewCueData.unresponsive + ReviewCueData.disputes + ReviewCueData.defects
      + LexiconData.defects + ReviewCueData.resolved + LexiconData.praise + ReviewCueData.praise
      + ReviewCueData.arrival + ReviewCueData.later + ReviewCueData.packing + ReviewCueData.boxes
      + ReviewCueData.packGood + ReviewCueData.packBad + ReviewCueData.refunds + ReviewCueData.fast
      + ReviewCueData.delay + ReviewCueData.contact + ReviewCueData.requests + ReviewCueData.refusals
      + ReviewCueData.hypotheticals + ReviewCueData.becauses + ReviewCueData.sarcasm + ReviewCueData.contrasts
      + ReviewCueData.negators + ReviewCueData.postNegators + ReviewCueData.parties,
    policy: LexiconPolicy())

  /// Defect kinds (categories of `LexiconData.defects`).
  static let defectKinds: Set<String> = [
    "damaged", "defective", "not-working", "missing-parts", "wrong-item", "counterfeit", "not-as-described",
  ]

  /// Single words that negate (used to spot cues that carry their own negation).
  static let negatorWords: Set<String> = {
    var words: Set<String> = []
    for list in ReviewCueData.negators + ReviewCueData.postNegators {
      for phrase in list.phrases {
        let pieces = LexiconMatcher.compile(phrase)
        if pieces.count == 1, !(pieces[0].text.unicodeScalars.first.map(LexiconFolder.isIdeographic) ?? false) {
          words.insert(pieces[0].text)
        }
      }
    }
    return words
  }()

  /// Negations inside Chinese and Japanese cues ("不能用", "動かない", "返金されない").
  static let ideographicNegations = ["不", "没", "无", "未", "ない", "なし", "ません", "なかっ", "無い", "無し"]

  /// Function words that do not count toward the negation distance ("not a single scratch",
  /// "nothing was missing", "aucune trace de rayure").
  static let skippable: Set<String> = [
    "the", "a", "an", "any", "of", "was", "were", "is", "are", "be", "been", "it", "its", "s", "single", "even",
    "one", "sign", "signs", "trace", "traces", "visible", "at", "all", "to", "have", "has", "had", "there", "need",
    "needing", "did", "do", "does", "get", "got", "i", "my", "me", "we", "they", "this", "that", "really", "or",
    "and", "whatsoever", "so", "far", "ever", "any", "kind", "needed",
    "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "est", "etait", "ai", "ete", "il", "elle", "y",
    "en", "moindre", "ca", "c", "se", "me", "m", "j", "je", "ou", "et", "tout",
    "el", "los", "las", "una", "unos", "del", "es", "esta", "estaba", "ha", "han", "fue", "lo", "me", "o", "y",
    "ningun", "solo", "tiene", "tenia", "hay", "habia",
    "o", "os", "as", "um", "uma", "do", "da", "e", "foi", "tem", "tinha", "ou", "estava",
    "der", "die", "das", "den", "dem", "ein", "eine", "einen", "ist", "war", "sind", "waren", "es", "hat", "habe",
    "gab", "auch", "irgendwelche", "einzige", "einzigen", "mal", "gar", "uberhaupt", "oder", "und", "sie", "er",
    "il", "lo", "i", "gli", "un", "uno", "di", "della", "era", "stato", "stata", "c", "alcun", "segno", "traccia",
    "ed", "ci",
    "был", "была", "было", "были", "есть", "и", "или", "одной", "одного", "одна", "следа", "даже", "вообще", "там",
    "все", "это", "он", "она", "оно",
    "byl", "byla", "bylo", "byly", "jest", "ma", "jednej", "jednego", "sladu", "nawet", "w", "ogole", "i", "lub",
    "to", "sie",
  ]

  /// "And" in each language: it ends the subject of a damage word.
  static let coordinators: Set<String> = ["and", "et", "y", "e", "und", "ed", "и", "i", "а"]

  /// Chinese and Japanese characters that do not count toward the negation distance.
  static let ideographicSkippable: Set<String> = [
    "の", "も", "が", "は", "て", "で", "い", "や", "に", "を", "と", "し", "一", "切", "全", "く", "特", "何", "任",
    "都", "也", "点", "个", "的", "了", "あ", "り", "ま", "せ", "ん", "た", "す", "丝", "毫",
  ]

  /// One phrase found, with its clause and sentence.
  struct Found {
    var hit: LexiconHit
    var category: String
    var clause: Int
    var sentence: Int
    var start: Int { hit.tokens.lowerBound }
    var end: Int { hit.tokens.upperBound }
  }

  static func read(_ text: String) -> ReviewReading {
    let tokens = LexiconFolder.tokens(of: text)
    let hits = matcher.hits(in: tokens)
    var reading = ReviewReading()
    guard !hits.isEmpty else { return reading }

    // Clauses and sentences per token; a contrast word opens a new clause.
    var clauseOf = [Int](repeating: 0, count: tokens.count)
    var sentenceOf = [Int](repeating: 0, count: tokens.count)
    var contrastStarts: Set<Int> = []
    for hit in hits where hit.term.category == "_contrast" { contrastStarts.insert(hit.tokens.lowerBound) }
    var clause = 0
    var sentence = 0
    for index in tokens.indices {
      if index > 0 && (tokens[index].breakBefore || contrastStarts.contains(index)) { clause += 1 }
      if index > 0 && tokens[index].sentenceBefore { sentence += 1 }
      clauseOf[index] = clause
      sentenceOf[index] = sentence
    }
    var covered = [Bool](repeating: false, count: tokens.count)
    for hit in hits { for index in hit.tokens { covered[index] = true } }
    let found = hits.map {
      Found(
        hit: $0, category: $0.term.category, clause: clauseOf[$0.tokens.lowerBound],
        sentence: sentenceOf[$0.tokens.lowerBound])
    }

    var context = Context(tokens: tokens, found: found, covered: covered, text: text)
    context.resolveNegations()
    reading.sarcastic = found.contains { $0.category == "_sarcasm" } || hasSlashS(text)
    context.classify(into: &reading)
    return reading
  }

  /// "/s" after a space or at the start, and not followed by a letter or digit: the
  /// Internet's irony mark.
  static func hasSlashS(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count >= 2 else { return false }
    func isWordByte(_ byte: UInt8) -> Bool {
      let lower = byte | 0x20
      return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }
    for index in 0..<(bytes.count - 1) where bytes[index] == 0x2F && (bytes[index + 1] | 0x20) == 0x73 {
      let before = index > 0 ? bytes[index - 1] : 0x20
      let after = index + 2 < bytes.count ? bytes[index + 2] : 0x20
      if (before == 0x20 || before == 0x0A) && !isWordByte(after) { return true }
    }
    return false
  }

  /// The phrases of one review and the rules over them.
  struct Context {
    let tokens: [LexiconToken]
    let found: [Found]
    let covered: [Bool]
    let text: String
    var negated: [Bool] = []

    init(tokens: [LexiconToken], found: [Found], covered: [Bool], text: String) {
      self.tokens = tokens
      self.found = found
      self.covered = covered
      self.text = text
    }

    func match(_ index: Int, category: String? = nil) -> LexiconMatch {
      var match = LexiconMatcher.match(for: found[index].hit, tokens: tokens, text: text)
      if let category { match.category = category }
      return match
    }

    /// Whether the phrase is a cue of the reading (not a context marker).
    static func isCue(_ category: String) -> Bool {
      !category.hasPrefix("_") || ["_resolved", "_refund", "_contact", "_packgood", "_packbad"].contains(category)
    }

    static func isNegator(_ category: String) -> Bool {
      category == "_neg" || category == "_negboth"
    }

    static func isPostNegator(_ category: String) -> Bool {
      category == "_postneg" || category == "_negboth"
    }

    /// Defect kind of a category ("damaged/arrival" → "damaged"), or nil.
    static func defectKind(_ category: String) -> String? {
      let kind = category.split(separator: "/").first.map(String.init) ?? category
      return ReviewReader.defectKinds.contains(kind) ? kind : nil
    }

    /// Content words between two token positions (function words and other phrases' words
    /// do not count).
    func contentWords(from start: Int, to end: Int) -> Int {
      guard start < end else { return 0 }
      var count = 0
      for index in start..<end where !covered[index] {
        let word = tokens[index].text
        if tokens[index].isIdeographic {
          if !ReviewReader.ideographicSkippable.contains(word) { count += 1 }
        } else if !ReviewReader.skippable.contains(word) {
          count += 1
        }
      }
      return count
    }

    /// Whether the phrase carries its own negation ("doesn't work", "no reply", "動かない").
    func carriesNegation(_ index: Int) -> Bool {
      let pieces = found[index].hit.term.pieces
      if pieces.contains(where: { ReviewReader.negatorWords.contains($0.text) }) { return true }
      guard pieces.first.map({ $0.text.unicodeScalars.first.map(LexiconFolder.isIdeographic) ?? false }) == true
      else { return false }
      let joined = pieces.map(\.text).joined()
      return ReviewReader.ideographicNegations.contains { joined.contains($0) }
    }

    mutating func resolveNegations() {
      negated = [Bool](repeating: false, count: found.count)
      for index in found.indices where Self.isCue(found[index].category) && !carriesNegation(index) {
        negated[index] = isNegatedBefore(index) || isNegatedAfter(index) || continuesNegatedList(index)
      }
    }

    /// A negation word up to three content words before (four characters in Chinese), in the
    /// same clause; a negated cue right before, joined by "or"/"and", passes its negation on.
    private func isNegatedBefore(_ index: Int) -> Bool {
      let current = found[index]
      let ideographic = tokens[current.start].isIdeographic
      let budget = ideographic ? 4 : 3
      var position = current.start
      var used = 0
      var other = index - 1
      while other >= 0, found[other].clause == current.clause {
        let previous = found[other]
        used += contentWords(from: previous.end, to: position)
        if used > budget { return false }
        if Self.isNegator(previous.category) { return true }
        if Self.isCue(previous.category) {
          let sameFamily = Self.defectKind(previous.category) != nil && Self.defectKind(current.category) != nil
          return sameFamily && used == 0 && negated[other]
        }
        if previous.category != "_postneg" { used += 1 }
        position = previous.start
        other -= 1
      }
      return false
    }

    /// A post-negation right after ("scratch-free", "дефектов нет"); in Japanese up to four
    /// characters after ("壊れていない"), through other defect cues ("傷も汚れもなし").
    private func isNegatedAfter(_ index: Int) -> Bool {
      let current = found[index]
      let ideographic = tokens[current.end - 1].isIdeographic
      let budget = ideographic ? 4 : 0
      var position = current.end
      var used = 0
      var other = index + 1
      while other < found.count, found[other].clause == current.clause {
        let next = found[other]
        used += contentWords(from: position, to: next.start)
        if used > budget { return false }
        if Self.isPostNegator(next.category) {
          return ideographic || next.start == current.end
        }
        guard ideographic else { return false }
        if Self.isCue(next.category) {
          let sameFamily = Self.defectKind(next.category) != nil && Self.defectKind(current.category) != nil
          if !sameFamily { return false }
        } else {
          used += 1
        }
        position = next.end
        other += 1
      }
      return false
    }

    /// "No cracks, dents or scratches": a defect cue opening a clause right after a clause
    /// that ended on a negated defect cue, in the same sentence.
    private func continuesNegatedList(_ index: Int) -> Bool {
      let current = found[index]
      guard Self.defectKind(current.category) != nil, index > 0 else { return false }
      var first = current.start
      while first > 0 && !tokens[first].breakBefore { first -= 1 }
      guard first > 0, !tokens[first].sentenceBefore, contentWords(from: first, to: current.start) == 0 else {
        return false
      }
      let previous = found[index - 1]
      return Self.defectKind(previous.category) != nil && negated[index - 1] && previous.end <= first
        && contentWords(from: previous.end, to: first) == 0
    }

    /// A feared, hoped, supposed or reported statement: a `_hypo` phrase earlier in the
    /// sentence with no contrast word since ("I was afraid that it would arrive broken"); in
    /// Japanese, where it comes last, later in the clause ("壊れて届くか心配").
    func isHypothetical(_ index: Int) -> Bool {
      let current = found[index]
      var other = index - 1
      while other >= 0, found[other].sentence == current.sentence, found[other].category != "_contrast" {
        if found[other].category == "_hypo" { return true }
        other -= 1
      }
      guard tokens[current.start].isIdeographic else { return false }
      other = index + 1
      while other < found.count, found[other].clause == current.clause {
        if found[other].category == "_hypo" { return true }
        other += 1
      }
      return false
    }

    /// A request shortly before ("asked for a refund", "je veux être remboursé").
    /// Whether the sentence of cue `index` names the seller, the shop or the messages sent to
    /// them, so that a silence in it is the seller's.
    func hasParty(inSentenceOf index: Int) -> Bool {
      found.contains { $0.sentence == found[index].sentence && $0.category == "_party" }
    }

    func isRequested(_ index: Int) -> Bool {
      var other = index - 1
      var position = found[index].start
      while other >= 0, found[other].clause == found[index].clause {
        if contentWords(from: found[other].end, to: position) > 2 { return false }
        if found[other].category == "_request" { return true }
        position = found[other].start
        other -= 1
      }
      return false
    }

    /// A defect cue followed, in its sentence, by "because" and unnegated praise.
    func isExplainedByPraise(_ index: Int) -> Bool {
      let current = found[index]
      var other = index + 1
      var sawBecause = false
      while other < found.count, found[other].sentence == current.sentence {
        if found[other].category == "_because" { sawBecause = true }
        if sawBecause, found[other].category == "praise", !negated[other] { return true }
        other += 1
      }
      return false
    }

    /// A damage cue whose subject is the box or the packing ("the box was crushed",
    /// "crushed box", "la caja llegó aplastada", "外箱が潰れて").
    func isAboutPacking(_ index: Int) -> Bool {
      let current = found[index]
      if index + 1 < found.count, found[index + 1].start == current.end,
        found[index + 1].clause == current.clause, ["_box", "_packing"].contains(found[index + 1].category)
      {
        return true
      }
      // "And" starts a new predicate: "the packaging was poor and damaged the corners" is
      // about the item.
      let limit = tokens[current.start].isIdeographic ? 2 : 1
      var other = index - 1
      var position = current.start
      while other >= 0, found[other].clause == current.clause {
        if contentWords(from: found[other].end, to: position) > limit { return false }
        if (found[other].end..<position).contains(where: { ReviewReader.coordinators.contains(tokens[$0].text) }) {
          return false
        }
        if ["_box", "_packing"].contains(found[other].category) { return true }
        guard found[other].category == "_arrival" else { return false }
        position = found[other].start
        other -= 1
      }
      return false
    }

    /// An arrival phrase, or a complaint about the packing, in the sentence and no "later"
    /// phrase in the clause.
    func isOnArrival(_ index: Int) -> Bool {
      let current = found[index]
      var sawArrival = false
      for other in found where other.sentence == current.sentence {
        if other.category == "_arrival" || other.category == ReviewClass.badlyPacked.rawValue { sawArrival = true }
        if other.category == "_later" && other.clause == current.clause { return false }
      }
      return sawArrival
    }

    /// A delay phrase in the clause or the clause next to it, in the same sentence.
    func isDelayed(_ index: Int) -> Bool {
      let current = found[index]
      return found.contains {
        $0.category == "_delay" && $0.sentence == current.sentence && abs($0.clause - current.clause) <= 1
      }
    }

    /// The packing-quality word nearest to a packing phrase in its clause, within three
    /// content words.
    func packingQuality(_ index: Int) -> Int? {
      let current = found[index]
      var best: (Int, Int)?
      for other in found.indices where other != index && found[other].clause == current.clause {
        let category = found[other].category
        guard category == "_packgood" || category == "_packbad" || category == "praise" else { continue }
        let distance =
          other < index
          ? contentWords(from: found[other].end, to: current.start)
          : contentWords(from: current.end, to: found[other].start)
        guard distance <= 3 else { continue }
        if best.map({ distance < $0.1 }) ?? true { best = (other, distance) }
      }
      return best?.0
    }

    func classify(into reading: inout ReviewReading) {
      var resolutions: [Int] = []
      for index in found.indices {
        let category = found[index].category
        let isNegated = negated[index]
        if category == "_sarcasm" || category.hasPrefix("_neg") || category == "_postneg" { continue }
        if isHypothetical(index) { continue }
        if let kind = Self.defectKind(category) {
          guard !isNegated, !isExplainedByPraise(index) else { continue }
          if kind == "wrong-item", isOwnFault(index) { continue }
          if kind == "damaged", isAboutPacking(index) {
            reading.add(.badlyPacked, match(index))
            continue
          }
          let quote = match(index, category: kind)
          reading.defects.append(quote)
          reading.add(.defect, quote)
          if category.hasSuffix("/arrival") || (kind == "damaged" && isOnArrival(index)) {
            reading.add(.arrivedBroken, quote)
          }
          continue
        }
        switch category {
        case "praise":
          if !isNegated { reading.praise.append(match(index)) }
        case ReviewClass.wellPacked.rawValue:
          reading.add(isNegated ? .badlyPacked : .wellPacked, match(index))
        case ReviewClass.badlyPacked.rawValue:
          if !isNegated { reading.add(.badlyPacked, match(index)) }
        case ReviewClass.refundRefusedOrDelayed.rawValue:
          if !isNegated { reading.add(.refundRefusedOrDelayed, match(index)) }
        case ReviewClass.sellerUnresponsive.rawValue:
          if !isNegated { reading.add(.sellerUnresponsive, match(index)) }
        case ReviewClass.disputeNeeded.rawValue:
          if !isNegated { reading.add(.disputeNeeded, match(index)) }
        case "_contact":
          if isNegated, hasParty(inSentenceOf: index) { reading.add(.sellerUnresponsive, match(index)) }
        case "_packing":
          if isNegated {
            reading.add(.badlyPacked, match(index))
          } else if let quality = packingQuality(index) {
            let good = found[quality].category != "_packbad"
            reading.add(good != negated[quality] ? .wellPacked : .badlyPacked, match(index))
          }
        case "_resolved", "_refund":
          if isRequested(index) { continue }
          if isNegated || isDelayed(index) {
            reading.add(.refundRefusedOrDelayed, match(index))
          } else if category == "_resolved" || hasFast(near: index) {
            resolutions.append(index)
          }
        case "_refuse":
          if !isNegated, refusesRefund(index) { reading.add(.refundRefusedOrDelayed, match(index)) }
        default: break
        }
      }
      let blocked =
        reading.sarcastic || reading.classes.contains(.disputeNeeded)
        || reading.classes.contains(.refundRefusedOrDelayed)
      if !blocked {
        for index in resolutions { reading.add(.resolvedQuickly, match(index)) }
      }
      if reading.sarcastic {
        reading.praise = []
        reading.remove(.wellPacked)
      }
    }

    /// The buyer's own mistake in the same sentence.
    func isOwnFault(_ index: Int) -> Bool {
      found.contains { $0.category == "_ownfault" && $0.sentence == found[index].sentence }
    }

    /// A speed phrase in the same clause.
    func hasFast(near index: Int) -> Bool {
      found.contains { $0.category == "_fast" && $0.clause == found[index].clause }
    }

    /// A refund, resolution or request in the same sentence as a refusal verb.
    func refusesRefund(_ index: Int) -> Bool {
      found.contains {
        ["_refund", "_resolved", "_request"].contains($0.category) && $0.sentence == found[index].sentence
      }
    }
  }
}
