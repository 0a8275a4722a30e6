// Encoding sniffing (BOM, transport charset, <meta charset>, UTF-8 validity) and transcoding
// to UTF-8 (built-in decoders and glibc iconv).
// Input layout: byte 0 picks a transport charset (or none) and a forced label; the rest is the
// page.
// Properties: the sniffed name is a canonical name; every transcoding result is valid UTF-8;
// the replacement count is >= 0; valid UTF-8 input decoded as UTF-8 comes back unchanged
// (minus a BOM) with no replacements.
import CaveatExtract
import FuzzSupport

private let labels: [String] = [
  "utf-8", "UTF-16LE", "utf-16be", "windows-1252", "latin1", "iso-8859-2", "windows-1251",
  "koi8-r", "gbk", "gb18030", "gb2312", "big5", "shift_jis", "euc-jp", "iso-2022-jp", "euc-kr",
  "x-user-defined", "replacement", "iso-2022-kr", "utf-7", "macintosh", "tis-620", "x-no-such",
  "",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEncoding(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let all = fuzzBytes(data, size)
  guard let selector = all.first else { return 0 }
  let bytes = Array(all.dropFirst())
  let transport: String? = selector & 0x80 == 0 ? nil : labels[Int(selector & 0x7F) % labels.count]
  let forced = labels[Int(selector) % labels.count]

  let sniffed = EncodingSniffer.sniff(bytes, transportCharset: transport)
  check(!sniffed.name.isEmpty, "sniffed an empty encoding name", all)
  check(
    EncodingSniffer.canonicalName(forLabel: sniffed.name) != nil,
    "sniffed name '\(sniffed.name)' is not a known label", all)

  for label in [sniffed.name, forced] {
    let result = Transcoder.toUTF8(bytes, encoding: label)
    check(result.replacements >= 0, "negative replacement count for \(label)", all)
    check(isValidUTF8(result.bytes), "Transcoder.toUTF8(\(label)) produced invalid UTF-8", all)
  }

  if isValidUTF8(bytes) {
    let result = Transcoder.toUTF8(bytes, encoding: "UTF-8")
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    check(result.bytes == body, "valid UTF-8 changed by the UTF-8 decoder", all)
    check(result.replacements == 0, "replacements in valid UTF-8", all)
  }
  return 0
}

@_cdecl("FuzzEncoding_main")
public func fuzzEncodingMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  runLibFuzzer(argc, argv, fuzzEncoding)
}
