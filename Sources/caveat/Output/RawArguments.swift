import Foundation
import CaveatExtract

/// The command line as the kernel passed it.
///
/// Swift decodes arguments as UTF-8 and repairs invalid bytes, so a file named with Latin-1
/// bytes would no longer open. The raw `argv` entry whose repaired form equals the parsed
/// argument gives back the real name.
enum RawArguments {
  static func path(for argument: String) -> PagePath {
    let argv = CommandLine.unsafeArgv
    for index in 1..<Int(CommandLine.argc) {
      guard let pointer = argv[index] else { continue }
      let bytes = Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer))).map { UInt8(bitPattern: $0) }
      if String(decoding: bytes, as: UTF8.self) == argument { return PagePath(bytes: bytes) }
    }
    return PagePath(argument)
  }
}
