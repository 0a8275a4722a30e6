import CaveatCore
import CaveatHTML
import Foundation

/// Reads a listing from page bytes.
public enum ListingExtractor {
  /// Extracts the listing from a UTF-8 page.
  ///
  /// - Parameters:
  ///   - utf8: The page, transcoded to UTF-8. It is taken over (`consuming`) and let go as soon
  ///     as the prescan has its own copy, so a caller that keeps no other reference frees it
  ///     before the tree is built.
  ///   - knownURL: A URL the save itself recorded (MHTML `Content-Location`), if any.
  ///   - options: Extraction options.
  /// - Returns: The listing, its provenance and warnings.
  /// - Throws: ``ExtractionError`` when the page holds no product.
  public static func extract(
    utf8: consuming [UInt8], knownURL: String? = nil, options: ExtractionOptions = ExtractionOptions()
  ) throws(ExtractionError) -> ExtractedPage {
    var prescan = PrescannedPage(
      bytes: utf8, interest: SiteRegistry.scriptInterest, stripBodies: options.stripScriptBodies)
    if prescan.unterminatedComment && !prescan.contentBeforeUnterminatedComment {
      throw .noProductData(detail: "the page starts with an unterminated comment")
    }
    guard !prescan.html.isEmpty, let document = HTMLDocument.parse(utf8: prescan.html, direct: options.directTree)
    else {
      throw .noProductData(detail: nil)
    }
    let large = prescan.html.count >= options.concurrentFromBytes
    prescan.html = []  // The tree holds the page now; the copy would only add to the peak.
    // On a very large page, microdata is read on a second thread from here on. Both threads
    // only read the tree; the element index writes `_private`, a field the reader never uses.
    let shared = SendableBox(document)
    let microdata = large ? Joinable { SendableBox(MicrodataExtractor.extract(shared.value)) } : nil
    let scripts = prescan.bodiesStripped ? prescan.scripts : domScripts(document)
    var urls: [String] = []
    if let knownURL { urls.append(knownURL) }
    if let saved = prescan.savedFromURL { urls.append(saved) }
    let page = PageContext(document: document, scripts: scripts, urls: urls)
    page.useIndex = options.useElementIndex
    if let canonical = page.first("//link[@rel='canonical']")?.attribute("href") { page.urls.append(canonical) }
    if let og = page.first("//meta[@property='og:url']")?.attribute("content") { page.urls.append(og) }
    page.warnings = prescan.warnings
    defer {
      // Nothing reads the tree after this; a large one is freed on another thread.
      _ = microdata?.join()
      if large { document.releaseTreeInBackground() }
    }
    return try extract(page, prescan: prescan, microdata: microdata, today: options.today ?? localToday())
  }

  /// The machine's date in its time zone.
  static func localToday() -> CalendarDate {
    let components = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return CalendarDate(year: components.year ?? 1970, month: components.month ?? 1, day: components.day ?? 1)
      ?? CalendarDate(daysSinceEpoch: 0)
  }

  private static func extract(
    _ page: PageContext, prescan: PrescannedPage,
    microdata: Joinable<SendableBox<(listing: Listing?, warnings: [String])>>?, today: CalendarDate
  ) throws(ExtractionError) -> ExtractedPage {
    let (rules, host) = SiteRegistry.site(for: page)
    let hints = rules?.currencyHints(host: host) ?? .none
    var candidates = rules?.extract(page, hints: hints) ?? []
    if let listing = JSONLDExtractor.extract(page) {
      candidates.append(Candidate(provenance: .jsonLD, listing: listing))
    }
    let (microdataListing, microdataWarnings) = microdata?.join().value ?? MicrodataExtractor.extract(page.document)
    page.warnings += microdataWarnings
    if let listing = microdataListing {
      candidates.append(Candidate(provenance: .microdata, listing: listing))
    }
    if let listing = MetaTagExtractor.extract(page, defaultDollar: hints.dollar) {
      candidates.append(Candidate(provenance: .openGraph, listing: listing))
    }
    var generic: GenericReader.Reading?
    if rules == nil {
      let structuredTitle = candidates.lazy.compactMap { $0.provenance == .openGraph ? nil : $0.listing.title }.first
      let structuredReviews = candidates.contains { !($0.listing.reviews?.isEmpty ?? true) }
      let structuredProduct = candidates.contains {
        ($0.provenance == .jsonLD || $0.provenance == .microdata) && $0.listing.title != nil
      }
      let reading = GenericReader.read(
        page, structuredTitle: structuredTitle, structuredReviews: structuredReviews,
        structuredProduct: structuredProduct)
      generic = reading
      var rest = reading.listing
      rest.title = nil
      if rest != Listing() { candidates.append(Candidate(provenance: .generic, listing: rest)) }
      if let listing = GenericDOMExtractor.extract(page) {
        candidates.append(Candidate(provenance: .dom, listing: listing))
      }
    }
    var (listing, provenance) = ListingMerger.merge(candidates)
    if let title = generic?.listing.title, title != listing.title {
      listing.title = title
      provenance["listing.title"] = .generic
    } else if listing.title == nil, let title = generic?.listing.title {
      listing.title = title
      provenance["listing.title"] = .generic
    }
    rules?.finish(&listing, page: page)
    if rules == nil { shareStructuredCount(&listing, provenance: &provenance) }
    if let url = listing.url, !url.contains("://"), let base = page.urls.first(where: { $0.contains("://") }) {
      listing.url = URLText.resolve(url, against: base)
    }
    listing.reviewNotes = ReviewNotes.collect(page)
    ListingSpecs.fill(&listing, page)
    var warnings = page.warnings
    ListingValidator.validate(&listing, warnings: &warnings, today: today)
    for path in provenance.keys where !(ListingField.named(path)?.isPresent(in: listing) ?? false) {
      provenance[path] = nil
    }
    let declaresProduct =
      generic?.isProductPage ?? false || GenericReader.hasProductMetadata(page)
      || candidates.contains { ($0.provenance == .jsonLD || $0.provenance == .microdata) && $0.listing.title != nil }
    if !hasProductData(listing) {
      if let detail = AntiBotDetector.detect(page) { throw .antiBotPage(detail: detail) }
      guard listing.title != nil, declaresProduct else {
        throw .noProductData(
          detail: prescan.unterminatedComment ? "an unterminated comment hides the rest of the page" : nil)
      }
      warnings.append("only the product's title was found: most of the listing is missing")
    }
    var partial = false
    for reason in page.document.truncation {
      warnings.append("partial page: \(reason)")
      partial = true
    }
    if prescan.unterminatedComment { partial = true }
    if prescan.looksTruncated {
      warnings.append("partial page: the file ends before </html>; it looks truncated")
      partial = true
    }
    return ExtractedPage(
      site: rules?.id ?? "generic", listing: listing, provenance: provenance,
      warnings: warnings, isPartial: partial)
  }

  /// On a shop no site rule knows, a schema.org rating that gives one count (the number shown
  /// beside its stars) gives it for both: ratings and written reviews.
  static func shareStructuredCount(_ listing: inout Listing, provenance: inout [String: Provenance]) {
    let structured: Set<Provenance> = [.jsonLD, .microdata]
    if listing.reviewCount == nil, let count = listing.rating.count, listing.rating.average != nil,
      let source = provenance["listing.rating.count"], structured.contains(source)
    {
      listing.reviewCount = count
      provenance["listing.reviewCount"] = source
    }
  }

  /// A page counts as a product page when it names a product and at least one fact about it.
  static func hasProductData(_ listing: Listing) -> Bool {
    guard listing.title != nil else { return false }
    return listing.price != nil || listing.rating.average != nil || listing.rating.count != nil
      || !(listing.reviews ?? []).isEmpty || listing.seller.name != nil || listing.soldCount != nil
      || !(listing.alternatePrices ?? []).isEmpty
  }

  /// The scripts as the full parse stores them, through the same filter as the prescan.
  private static func domScripts(_ document: HTMLDocument) -> [PageScript] {
    let interest = SiteRegistry.scriptInterest
    let nodes = (try? document.select("//script")) ?? []
    return nodes.compactMap { node in
      let type = node.attribute("type")?.lowercased()
      var body = node.rawText
      let wanted = body.withUTF8 { interest.wants(type: type, body: $0) }
      return wanted ? PageScript(type: type, id: node.attribute("id"), text: body) : nil
    }
  }
}
