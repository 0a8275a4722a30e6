import CLibXML2
import Foundation

/// The first occurrence of `needle` in `haystack`.
///
/// Long haystacks (script bodies) go to glibc's `memmem`, which skips ahead on pairs of bytes:
/// a first-byte `memchr` stops at every "u" or "_" of a script, and the script markers start
/// with such bytes. Short ones (phrases in a line of text, searched thousands of times per
/// page) take `memchr` on the first byte and `memcmp`, with no set-up cost per call.
package func searchBytes(
  _ haystack: UnsafePointer<UInt8>, _ count: Int, _ needle: UnsafePointer<UInt8>, _ needleCount: Int
) -> UnsafePointer<UInt8>? {
  guard needleCount > 0, count >= needleCount else { return nil }
  if count >= 4096 {
    guard let hit = caveat_memmem(haystack, count, needle, needleCount) else { return nil }
    return UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
  }
  let first = Int32(needle.pointee)
  var offset = 0
  let last = count - needleCount
  while offset <= last {
    guard let raw = memchr(haystack + offset, first, last - offset + 1) else { return nil }
    let hit = raw.assumingMemoryBound(to: UInt8.self)
    if memcmp(hit, needle, needleCount) == 0 { return UnsafePointer(hit) }
    offset = haystack.distance(to: hit) + 1
  }
  return nil
}

extension StringProtocol {
  /// Whether the UTF-8 bytes of `needle` occur in this string's: a byte search
  /// (``searchBytes(_:_:_:_:)``).
  ///
  /// Foundation's `contains(_:)` compares by canonical equivalence through `NSString`, which
  /// costs a bridge and a Unicode-aware scan per call; the phrase tables of the extractors are
  /// matched thousands of times per page, on text the page already stores composed (NFC), where
  /// both answer the same.
  package func containsLiteral(_ needle: String) -> Bool {
    var haystack = String(self)
    var needle = needle
    return haystack.withUTF8 { hay in
      needle.withUTF8 { pin in
        if pin.isEmpty { return true }
        guard let base = hay.baseAddress, let pinBase = pin.baseAddress else { return false }
        return searchBytes(base, hay.count, pinBase, pin.count) != nil
      }
    }
  }
}

extension String {
  /// The range of the first occurrence of `needle`'s UTF-8 bytes in this string's: a byte
  /// search, for the phrase tables matched many times per page, where Foundation's
  /// `range(of:)` bridges to `NSString` and folds character clusters on every call.
  package func rangeOfLiteral(_ needle: String) -> Range<String.Index>? {
    literalRange(of: needle) { base, count, pin, pinCount in
      searchBytes(base, count, pin, pinCount).map { base.distance(to: $0) }
    }
  }

  /// The range of the last occurrence of `needle`'s UTF-8 bytes in this string's (a byte
  /// search, as ``rangeOfLiteral(_:)``, from the end).
  package func lastRangeOfLiteral(_ needle: String) -> Range<String.Index>? {
    literalRange(of: needle) { base, count, pin, pinCount in
      var offset = count - pinCount
      while offset >= 0 {
        if base[offset] == pin[0], memcmp(base + offset, pin, pinCount) == 0 { return offset }
        offset -= 1
      }
      return nil
    }
  }

  /// The range of `needle`'s bytes at the offset `search` finds in this string's bytes (given
  /// both buffers, never empty, the needle no longer than the text).
  private func literalRange(
    of needle: String,
    _ search: (UnsafePointer<UInt8>, Int, UnsafePointer<UInt8>, Int) -> Int?
  ) -> Range<String.Index>? {
    var haystack = self
    var needle = needle
    let found: (offset: Int, count: Int)? = haystack.withUTF8 { hay in
      needle.withUTF8 { pin in
        guard !pin.isEmpty, hay.count >= pin.count, let base = hay.baseAddress, let pinBase = pin.baseAddress,
          let offset = search(base, hay.count, pinBase, pin.count)
        else { return nil }
        return (offset, pin.count)
      }
    }
    guard let found else { return nil }
    let lower = utf8.index(startIndex, offsetBy: found.offset)
    return lower..<utf8.index(lower, offsetBy: found.count)
  }
}

/// A fixed set of phrases, tested against a text in one pass over its bytes: the phrase tables
/// of the readers are asked of every short text of a page, where a byte search per phrase costs
/// a call and a scan each.
///
/// `matches(_:)` answers exactly as `phrases.contains(where: text.containsLiteral)` does.
package struct PhraseSet: Sendable {
  private let phrases: [[UInt8]]
  /// For each bucket of a phrase's first two bytes, the range of `entries` holding the indices
  /// of the phrases that start so (offsets: bucket k spans `starts[k]..<starts[k + 1]`).
  private let starts: [Int32]
  private let entries: [Int32]
  /// Phrases of one byte, found with `memchr`.
  private let singleBytes: [UInt8]
  private let matchesEmpty: Bool

  private static let bucketBits = 12

  package init(_ phrases: some Sequence<String>) {
    let all = phrases.map { Array($0.utf8) }
    self.phrases = all
    matchesEmpty = all.contains { $0.isEmpty }
    singleBytes = all.filter { $0.count == 1 }.map { $0[0] }
    let bucketCount = 1 << Self.bucketBits
    var buckets = [[Int32]](repeating: [], count: bucketCount)
    for (index, phrase) in all.enumerated() where phrase.count >= 2 {
      buckets[Self.bucket(phrase[0], phrase[1])].append(Int32(index))
    }
    var starts: [Int32] = [0]
    var entries: [Int32] = []
    for bucket in buckets {
      entries += bucket
      starts.append(Int32(entries.count))
    }
    self.starts = starts
    self.entries = entries
  }

  @inline(__always)
  private static func bucket(_ first: UInt8, _ second: UInt8) -> Int {
    (Int(first) &* 31 &+ Int(second)) & ((1 << bucketBits) - 1)
  }

  /// Whether any phrase occurs in `text` (its UTF-8 bytes in the text's).
  package func matches(_ text: String) -> Bool {
    if matchesEmpty { return true }
    var text = text
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return false }
      let count = bytes.count
      for byte in singleBytes where memchr(base, Int32(byte), count) != nil { return true }
      return startsPhrase(base, count: count, folding: false)
    }
  }

  /// ``matches(_:)`` of `text` lowercased, without lowercasing it: the text's ASCII letters are
  /// folded as they are read. Exact when a phrase is found (the bytes matched are the lowercased
  /// text's too) and when the text is ASCII; nil when neither, since lowercasing a letter past
  /// ASCII may change bytes ("İ" gives "i̇"): the caller then lowercases the text.
  package func matchesLowercasingASCII(_ text: String) -> Bool? {
    if matchesEmpty { return true }
    var text = text
    return text.withUTF8 { bytes -> Bool? in
      guard let base = bytes.baseAddress else { return false }
      let count = bytes.count
      var ascii = true
      for offset in 0..<count {
        let byte = base[offset]
        if byte >= 0x80 { ascii = false }
        if !singleBytes.isEmpty, singleBytes.contains(Self.fold(byte)) { return true }
      }
      if startsPhrase(base, count: count, folding: true) { return true }
      return ascii ? false : nil
    }
  }

  /// A byte with its ASCII letter, if it is one, lowercased.
  @inline(__always)
  private static func fold(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

  /// Whether a phrase of two bytes or more starts at some offset of the `count` bytes at
  /// `base`, the text's ASCII letters lowercased as they are read when `folding`.
  @inline(__always)
  private func startsPhrase(_ base: UnsafePointer<UInt8>, count: Int, folding: Bool) -> Bool {
    guard count >= 2 else { return false }
    return starts.withUnsafeBufferPointer { starts in
      entries.withUnsafeBufferPointer { entries in
        for offset in 0..<(count - 1) {
          let first = folding ? Self.fold(base[offset]) : base[offset]
          let second = folding ? Self.fold(base[offset + 1]) : base[offset + 1]
          let bucket = Self.bucket(first, second)
          let from = Int(starts[bucket])
          let to = Int(starts[bucket + 1])
          guard from < to else { continue }
          for entry in from..<to {
            let phrase = phrases[Int(entries[entry])]
            guard phrase.count <= count - offset else { continue }
            let same = phrase.withUnsafeBufferPointer { bytes in
              guard let pin = bytes.baseAddress else { return false }
              if !folding { return memcmp(base + offset, pin, bytes.count) == 0 }
              return (0..<bytes.count).allSatisfy { Self.fold(base[offset + $0]) == pin[$0] }
            }
            if same { return true }
          }
        }
        return false
      }
    }
  }
}
