// The whole pipeline on arbitrary bytes: decode (BOM, MHTML, charset sniffing, transcoding),
// prescan, libxml2 parse, site rules and structured-data extractors, merge.
// Property: the fast path (script bodies stripped, element index) and the full path (full
// parse, XPath) agree on success/failure, as ExtractionOptions documents ("results are the
// same either way").
// The process is tuned as the CLI's is (libxml2 allocates page trees in regions).
import CaveatCore
import CaveatExtract
import CaveatHTML
import FuzzSupport

private let path = PagePath("fuzz-input.html")
private let fast = ExtractionOptions()
private let full = ExtractionOptions(stripScriptBodies: false, useElementIndex: false, directTree: false)

private func outcome(_ bytes: [UInt8], _ options: ExtractionOptions) -> (ok: Bool, text: String) {
  do {
    let report = try PagePipeline.read(bytes: bytes, path: path, options: options)
    return (true, "ok site=\(report.site) partial=\(report.partial)")
  } catch {
    return (false, "error \(error)")
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPage(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = fuzzBytes(data, size)
  let a = outcome(bytes, fast)
  let b = outcome(bytes, full)
  check(a.ok == b.ok, "fast and full extraction disagree: fast: \(a.text); full: \(b.text)", bytes)
  return 0
}

@_cdecl("FuzzPage_main")
public func fuzzPageMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  HTMLEngine.installProcessTuning()
  return runLibFuzzer(argc, argv, fuzzPage)
}
