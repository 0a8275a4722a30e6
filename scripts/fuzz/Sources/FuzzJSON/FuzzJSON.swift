// The tolerant JSON reader (object literals, single quotes, trailing commas, `undefined`).
// Input layout: byte 0 holds flags and a start offset; the rest is the text.
// Properties: no crash (in particular no stack overflow on deep nesting); nesting of every
// result is at most JSONReader.maxDepth; numbers read as Double are finite; the byte-level
// entry point ends inside the buffer, after where it started.
import CaveatExtract
import FuzzSupport

private func depth(_ value: JSONValue, _ level: Int = 0) -> Int {
  // Iterative bound check would be safer, but a result deeper than maxDepth is already a
  // violation and recursion to 513 levels is fine.
  guard level <= JSONReader.maxDepth + 1 else { return level }
  switch value {
  case .array(let items): return items.map { depth($0, level + 1) }.max() ?? level + 1
  case .object(let members): return members.values.map { depth($0, level + 1) }.max() ?? level + 1
  default: return level
  }
}

private func checkNumbers(_ value: JSONValue, _ input: [UInt8], _ level: Int = 0) {
  guard level <= JSONReader.maxDepth + 1 else { return }
  switch value {
  case .number(let text):
    if let double = value.double { check(double.isFinite, "number '\(text)' read as \(double)", input) }
    _ = value.int
  case .array(let items): for item in items { checkNumbers(item, input, level + 1) }
  case .object(let members): for member in members.values { checkNumbers(member, input, level + 1) }
  default: break
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let all = fuzzBytes(data, size)
  guard let flags = all.first else { return 0 }
  let bytes = Array(all.dropFirst())
  let text = String(decoding: bytes, as: UTF8.self)
  for allowTrailing in [flags & 1 == 1, flags & 1 == 0] {
    if let value = try? JSONReader.parse(text, allowTrailing: allowTrailing) {
      let d = depth(value)
      check(d <= JSONReader.maxDepth, "nesting \(d) beyond maxDepth \(JSONReader.maxDepth)", all)
      checkNumbers(value, all)
      _ = value.hashValue
    }
  }
  bytes.withUnsafeBufferPointer { buffer in
    let start = buffer.isEmpty ? 0 : Int(flags >> 1) % buffer.count
    if let (value, end) = try? JSONReader.parse(bytes: buffer, at: start) {
      check(end > start && end <= buffer.count, "parse(bytes:at: \(start)) ended at \(end) of \(buffer.count)", all)
      check(depth(value) <= JSONReader.maxDepth, "nesting beyond maxDepth (bytes entry point)", all)
    }
  }
  return 0
}

@_cdecl("FuzzJSON_main")
public func fuzzJSONMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  runLibFuzzer(argc, argv, fuzzJSON)
}
