import CaveatCore
import Dispatch

/// Reads a saved page into a ``VetReport``: the one entry point `vet` and `rank` share.
public enum PagePipeline {
  /// Reads, decodes and extracts the page at `path` ("-" is standard input).
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - maxBytes: Files larger than this are refused before they are read.
  ///   - options: Extraction options.
  /// - Returns: The report (without an assessment).
  /// - Throws: ``ListingReadError``.
  public static func read(
    _ path: PagePath, maxBytes: Int = PageFileReader.defaultMaxBytes,
    options: ExtractionOptions = ExtractionOptions()
  ) throws(ListingReadError) -> VetReport {
    let bytes: [UInt8]
    do {
      bytes =
        path.isStandardInput
        ? try PageFileReader.readStandardInput(maxBytes: maxBytes) : try PageFileReader.read(path, maxBytes: maxBytes)
    } catch {
      throw .input(error)
    }
    return try read(bytes: bytes, path: path, options: options)
  }

  /// Decodes and extracts page bytes already in memory.
  ///
  /// The bytes are taken over (`consuming`): once decoded and handed to the digest they are
  /// let go, so a large page's file bytes are freed before its tree is built.
  public static func read(
    bytes: consuming [UInt8], path: PagePath, options: ExtractionOptions = ExtractionOptions()
  ) throws(ListingReadError) -> VetReport {
    try read(bytes: bytes, path: path, options: options, hash: { SHA256.hex($0) })
  }

  /// ``read(bytes:path:options:)`` with the page hash supplied, so tests can slow it down.
  static func read(
    bytes: consuming [UInt8], path: PagePath, options: ExtractionOptions,
    hash: @escaping @Sendable ([UInt8]) -> String
  ) throws(ListingReadError) -> VetReport {
    var loaded: LoadedPage
    do {
      loaded = try PageDecoder.decode(bytes, path: path)
    } catch {
      throw .input(error)
    }
    let size = bytes.count
    // The fingerprint needs only the raw bytes: compute it on another core while this one
    // parses. The bytes move to the digest, which lets them go when it is done; the UTF-8
    // form (often the same buffer) moves to the extractor, which lets it go once the prescan
    // has its copy.
    let digest = BackgroundDigest(bytes, hash: hash, concurrently: options.hashConcurrently)
    let utf8 = loaded.utf8
    loaded.utf8 = []
    let page: ExtractedPage
    do {
      page = try ListingExtractor.extract(utf8: utf8, knownURL: loaded.contentLocation, options: options)
    } catch {
      // Never leave the hashing thread running: a caller that exits on this error would tear
      // libcrypto down under it (a crash at exit).
      digest.wait()
      throw .extraction(path, error)
    }
    let source = SourceInfo(
      file: path.displayString, bytes: size, sha256: digest.value,
      encoding: loaded.encoding.name, kind: loaded.isMHTML ? .mhtml : .html,
      encodingDecidedBy: loaded.encoding.decidedBy.name, encodingConfidence: loaded.encoding.decidedBy.confidence)
    return VetReport(
      source: source, site: page.site, listing: page.listing, provenance: page.provenance,
      warnings: loaded.warnings + page.warnings + Mojibake.warnings(title: page.listing.title), partial: page.isPartial)
  }
}
