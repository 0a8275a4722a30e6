// MHTML detection and extraction of the main HTML part (MIME headers, boundaries, nested
// multiparts, quoted-printable and base64 transfer encodings).
// Properties: no crash; decoding never makes the part larger than the message (QP and base64
// only shrink); detection is stable (same answer twice).
import CaveatExtract
import FuzzSupport

private let path = PagePath("fuzz-input.mhtml")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMHTML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = fuzzBytes(data, size)
  let looks = MHTML.looksLikeMHTML(bytes)
  check(looks == MHTML.looksLikeMHTML(bytes), "looksLikeMHTML is not deterministic", bytes)
  do {
    let part = try MHTML.extractHTML(bytes, path: path)
    check(
      part.html.count <= bytes.count,
      "extracted HTML (\(part.html.count) bytes) is larger than the message (\(bytes.count))", bytes)
    _ = part.charset?.utf8.count
    _ = part.contentLocation?.utf8.count
  } catch {
    _ = "\(error)"
  }
  return 0
}

@_cdecl("FuzzMHTML_main")
public func fuzzMHTMLMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  runLibFuzzer(argc, argv, fuzzMHTML)
}
