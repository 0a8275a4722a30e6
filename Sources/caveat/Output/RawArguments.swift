import CaveatExtract
import Foundation

/// The command line as the kernel passed it.
///
/// Swift decodes arguments as UTF-8 and repairs invalid bytes, so a file named with Latin-1
/// bytes would no longer open under its repaired name. Each parsed argument is matched, in
/// order, with the next raw `argv` entry whose repaired form equals it, which gives back the
/// real bytes even when two names repair to the same text.
enum RawArguments {
  static func paths(for arguments: [String]) -> [PagePath] {
    let argv = CommandLine.unsafeArgv
    var raw: [[UInt8]] = []
    for index in 1..<Int(CommandLine.argc) {
      guard let pointer = argv[index] else { continue }
      raw.append(Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer))).map { UInt8(bitPattern: $0) })
    }
    var cursor = 0
    return arguments.map { argument in
      if argument == "-" { return PagePath.standardInput }
      var index = cursor
      while index < raw.count {
        if String(decoding: raw[index], as: UTF8.self) == argument {
          cursor = index + 1
          return PagePath(bytes: raw[index])
        }
        index += 1
      }
      return PagePath(argument)
    }
  }
}
