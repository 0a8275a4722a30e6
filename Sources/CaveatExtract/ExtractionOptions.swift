import CaveatCore
import CaveatHTML
import Foundation

/// How hard to work on a page.
public struct ExtractionOptions: Sendable {
  /// Drop `<script>`/`<style>` bodies before libxml2 parses the page (the default). Results
  /// are the same either way; the full parse exists to prove it in tests.
  public var stripScriptBodies: Bool
  /// Answer common queries from an element index (the default) rather than libxml2's XPath;
  /// results are the same either way.
  public var useElementIndex: Bool
  /// From this much markup (after the prescan), microdata is read on a second thread while the
  /// other extractors run, and the tree is freed in the background: on a page with tens of
  /// thousands of reviews each saves a noticeable part of a second. Ordinary pages (well under
  /// 1 MB of markup) never pay for a thread. Results are the same either way.
  public var concurrentFromBytes: Int
  /// Build the tree directly from the bytes where the builder reproduces libxml2's tree (the
  /// default), and parse with libxml2 otherwise; results are the same either way.
  public var directTree: Bool
  /// Hash the file on another core while the page is parsed (the default). `rank --jobs 1`
  /// turns it off, so that one job keeps to one core.
  public var hashConcurrently: Bool
  /// The day the page is read on: a review dated after it is impossible, and its date is
  /// rejected with a warning. Nil means the machine's local date.
  public var today: CalendarDate?

  /// Creates options.
  public init(
    stripScriptBodies: Bool = true, useElementIndex: Bool = true, concurrentFromBytes: Int = 4 << 20,
    directTree: Bool = true, hashConcurrently: Bool = true, today: CalendarDate? = nil
  ) {
    self.today = today
    self.stripScriptBodies = stripScriptBodies
    self.useElementIndex = useElementIndex
    self.concurrentFromBytes = concurrentFromBytes
    self.directTree = directTree
    self.hashConcurrently = hashConcurrently
  }
}
