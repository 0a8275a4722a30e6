import Foundation
import Glibc
import Testing

@testable import CaveatExtract

/// A temporary directory removed when the value is released.
private final class TemporaryDirectory: Sendable {
  /// The directory path bytes.
  let path: [UInt8]

  init() {
    var template = Array("/tmp/caveat-input-XXXXXX".utf8CString)
    let created = template.withUnsafeMutableBufferPointer { buffer -> Bool in
      guard let base = buffer.baseAddress else { return false }
      return mkdtemp(base) != nil
    }
    precondition(created, "mkdtemp failed")
    path = template.dropLast().map { UInt8(bitPattern: $0) }
  }

  deinit {
    try? FileManager.default.removeItem(atPath: String(decoding: path, as: UTF8.self))
  }

  /// The path of an entry inside the directory.
  func child(_ name: String) -> PagePath {
    PagePath(bytes: path).appending(Array(name.utf8))
  }

  /// The path of an entry with a raw byte name.
  func child(bytes name: [UInt8]) -> PagePath {
    PagePath(bytes: path).appending(name)
  }

  /// Writes `bytes` to a new file called `name` (raw bytes allowed) and returns its path.
  @discardableResult
  func write(_ bytes: [UInt8], name: [UInt8]) -> PagePath {
    let target = child(bytes: name)
    let cPath = target.bytes.map { CChar(bitPattern: $0) } + [0]
    let fd = open(cPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    precondition(fd >= 0, "cannot create test file")
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      precondition(written > 0, "cannot write test file")
      offset += written
    }
    close(fd)
    return target
  }

  /// Writes `bytes` to `name` (a UTF-8 name) and returns its path.
  @discardableResult
  func write(_ bytes: [UInt8], name: String) -> PagePath {
    write(bytes, name: Array(name.utf8))
  }
}

/// Converts a path to a NUL-terminated C string.
private func cString(_ path: PagePath) -> [CChar] {
  path.bytes.map { CChar(bitPattern: $0) } + [0]
}

/// Runs `body`, returning the typed error it throws, or nil if it succeeds.
private func inputError<T>(_ body: () throws(PageInputError) -> T) -> PageInputError? {
  do {
    _ = try body()
    return nil
  } catch {
    return error
  }
}

@Suite("Reading page files")
struct PageFileReaderTests {
  @Test func missingFileIsNotFound() {
    let directory = TemporaryDirectory()
    let path = directory.child("missing.html")
    let error = inputError { () throws(PageInputError) in try PageFileReader.read(path) }
    #expect(error == .notFound(path))
    #expect(error?.exitCode == 66)
    #expect(error?.errorDescription?.hasPrefix("no such file: ") == true)
  }

  @Test func pathThroughAFileIsNotFound() {
    let directory = TemporaryDirectory()
    let file = directory.write(Array("<p>x".utf8), name: "page.html")
    let path = file.appending(Array("inner.html".utf8))
    #expect(inputError { () throws(PageInputError) in try PageFileReader.read(path) } == .notFound(path))
  }

  @Test func directoryIsRefused() {
    let directory = TemporaryDirectory()
    let path = PagePath(bytes: directory.path)
    let error = inputError { () throws(PageInputError) in try PageFileReader.read(path) }
    #expect(error == .isDirectory(path))
    #expect(error?.exitCode == 66)
  }

  @Test func fifoIsRefusedWithoutBlocking() throws {
    let directory = TemporaryDirectory()
    let path = directory.child("page.html")
    try #require(mkfifo(cString(path), 0o644) == 0)
    let start = Date()
    let error = inputError { () throws(PageInputError) in try PageFileReader.read(path) }
    #expect(error == .notRegularFile(path, kind: "FIFO"))
    #expect(Date().timeIntervalSince(start) < 5)
    #expect(error?.errorDescription == "not a regular file (FIFO): \(path.displayString)")
    #expect(error?.exitCode == 66)
  }

  @Test(arguments: ["/dev/zero", "/dev/null"])
  func characterDevicesAreRefused(device: String) {
    let path = PagePath(device)
    let error = inputError { () throws(PageInputError) in try PageFileReader.read(path) }
    #expect(error == .notRegularFile(path, kind: "character device"))
  }

  @Test func sparseHugeFileIsRefusedBeforeReading() throws {
    let directory = TemporaryDirectory()
    let path = directory.write([], name: "big.html")
    let size: UInt64 = 8 * 1024 * 1024 * 1024
    let fd = open(cString(path), O_WRONLY | O_CLOEXEC)
    try #require(fd >= 0)
    let truncated = ftruncate(fd, off_t(size))
    close(fd)
    try #require(truncated == 0)
    let start = Date()
    let error = inputError { () throws(PageInputError) in try PageFileReader.read(path) }
    #expect(Date().timeIntervalSince(start) < 2)
    #expect(error == .tooLarge(path, size: size, limit: UInt64(PageFileReader.defaultMaxBytes)))
    #expect(error?.exitCode == 65)
    #expect(
      error?.errorDescription
        == "file too large: \(path.displayString) is 8.0 GiB, the limit is 50 MiB (use --max-size)")
  }

  @Test func fileAtTheLimitIsAcceptedAndOneByteMoreIsRefused() throws {
    let directory = TemporaryDirectory()
    let exact = [UInt8](repeating: 0x61, count: 100)
    let atLimit = directory.write(exact, name: "exact.html")
    let overLimit = directory.write(exact + [0x61], name: "over.html")
    #expect(try PageFileReader.read(atLimit, maxBytes: 100) == exact)
    let error = inputError { () throws(PageInputError) in try PageFileReader.read(overLimit, maxBytes: 100) }
    #expect(error == .tooLarge(overLimit, size: 101, limit: 100))
  }

  @Test func emptyFileIsRefused() {
    let directory = TemporaryDirectory()
    let path = directory.write([], name: "empty.html")
    let error = inputError { () throws(PageInputError) in try PageFileReader.read(path) }
    #expect(error == .empty(path))
    #expect(error?.exitCode == 65)
    #expect(error?.errorDescription == "empty file: \(path.displayString)")
  }

  @Test func nonUTF8FileNameIsReadAndDisplayedEscaped() throws {
    let directory = TemporaryDirectory()
    let name: [UInt8] = [0x6C, 0xE9] + Array(".html".utf8)
    let content = Array("<html><p>ok</p></html>".utf8)
    let path = directory.write(content, name: name)
    #expect(try PageFileReader.read(path) == content)
    let display = path.displayString
    #expect(display.hasSuffix("/l\\xE9.html"))
    #expect(String(validating: Array(display.utf8), as: UTF8.self) != nil)
    #expect(path.fileExtension == "html")
  }

  @Test func symlinkLoopIsReadFailed() throws {
    let directory = TemporaryDirectory()
    let first = directory.child("a.html")
    let second = directory.child("b.html")
    try #require(symlink(cString(second), cString(first)) == 0)
    try #require(symlink(cString(first), cString(second)) == 0)
    let error = inputError { () throws(PageInputError) in try PageFileReader.read(first) }
    guard case .readFailed(let path, let reason) = error else {
      Issue.record("expected readFailed, got \(String(describing: error))")
      return
    }
    #expect(path == first)
    #expect(reason.contains("symbolic links"))
    #expect(error?.exitCode == 66)
  }

  @Test(.disabled(if: geteuid() == 0, "root can read files regardless of permissions"))
  func unreadableFileIsPermissionDenied() throws {
    let directory = TemporaryDirectory()
    let path = directory.write(Array("<p>secret".utf8), name: "secret.html")
    try #require(chmod(cString(path), 0) == 0)
    let error = inputError { () throws(PageInputError) in try PageFileReader.read(path) }
    #expect(error == .permissionDenied(path))
    #expect(error?.exitCode == 66)
  }

  @Test func standardInputStyleReadsStopAtTheLimit() throws {
    var fds: [Int32] = [0, 0]
    try #require(pipe(&fds) == 0)
    defer { close(fds[0]) }
    let payload = [UInt8](repeating: 0x62, count: 300)
    let written = payload.withUnsafeBytes { Glibc.write(fds[1], $0.baseAddress, $0.count) }
    close(fds[1])
    try #require(written == 300)
    let error = inputError { () throws(PageInputError) in
      try PageFileReader.readAll(fd: fds[0], limit: 200, path: .standardInput, sizeHint: 0)
    }
    #expect(error == .tooLarge(.standardInput, size: 201, limit: 200))
    #expect(error?.errorDescription?.contains("<stdin>") == true)
  }

  static let binarySamples: [(header: [UInt8], kind: String)] = {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
    let pdf: [UInt8] = Array("%PDF-1.7\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3]
    let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]
    let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00]
    let gif: [UInt8] = Array("GIF89a".utf8) + [0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00]
    let webp: [UInt8] = Array("RIFF".utf8) + [0x24, 0x00, 0x00, 0x00] + Array("WEBPVP8 ".utf8)
    let gzip: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]
    let sqlite: [UInt8] = Array("SQLite format 3".utf8) + [0x00, 0x10, 0x00]
    let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]
    return [
      (png, "PNG image"), (pdf, "PDF document"), (zip, "ZIP archive"), (jpeg, "JPEG image"), (gif, "GIF image"),
      (webp, "WebP image"), (gzip, "gzip archive"), (sqlite, "SQLite database"), (elf, "ELF executable"),
    ]
  }()

  @Test(arguments: binarySamples)
  func binaryFilesNamedHTMLAreNotHTML(header: [UInt8], kind: String) {
    let directory = TemporaryDirectory()
    let path = directory.write(header + [UInt8](repeating: 0, count: 64), name: "photo.html")
    let error = inputError { () throws(PageInputError) in try PageDecoder.load(path) }
    #expect(error == .notHTML(path, detected: kind))
    #expect(error?.exitCode == 65)
    #expect(error?.errorDescription == "not an HTML page (\(kind)): \(path.displayString)")
  }

  @Test func loadDecodesAPlainPage() throws {
    let directory = TemporaryDirectory()
    let path = directory.write(Array("<meta charset=koi8-r><p>".utf8) + [0xF0, 0xD2, 0xC9], name: "ru.htm")
    let page = try PageDecoder.load(path)
    #expect(String(decoding: page.utf8, as: UTF8.self) == "<meta charset=koi8-r><p>При")
    #expect(page.encoding.name == "KOI8-R")
    #expect(!page.isMHTML)
  }
}

@Suite("Paths")
struct PagePathTests {
  @Test func controlCharactersAreEscaped() {
    let path = PagePath("new\nline.html")
    #expect(path.displayString == "new\\nline.html")
    let nasty = PagePath(bytes: Array("a\u{1B}[31m\u{07}\tb\u{202E}c\u{2028}\u{7F}\u{85}".utf8))
    let display = nasty.displayString
    for forbidden: Unicode.Scalar in ["\u{1B}", "\u{07}", "\n", "\t", "\u{202E}", "\u{2028}", "\u{7F}", "\u{85}"] {
      #expect(!display.unicodeScalars.contains(forbidden))
    }
    #expect(display == "a\\x1B[31m\\x07\\tb\\u{202E}c\\u{2028}\\x7F\\u{85}")
  }

  @Test func invalidUTF8IsEscapedAsHex() {
    #expect(PagePath(bytes: [0x66, 0xFF, 0xC3]).displayString == "f\\xFF\\xC3")
    #expect(PagePath(bytes: Array("café.html".utf8)).displayString == "café.html")
    #expect(PagePath(bytes: [0xED, 0xA0, 0x80]).displayString == "\\xED\\xA0\\x80")
  }

  @Test func standardInputAndComponents() {
    #expect(PagePath.standardInput.isStandardInput)
    #expect(PagePath.standardInput.displayString == "-")
    #expect(!PagePath("page.html").isStandardInput)
    #expect(PagePath("dir").appending(Array("a.HTML".utf8)) == PagePath("dir/a.HTML"))
    #expect(PagePath("dir/").appending(Array("a".utf8)) == PagePath("dir/a"))
    #expect(PagePath("dir/a.HTML").fileExtension == "html")
    #expect(PagePath("dir.d/archive").fileExtension == nil)
    #expect(PagePath(".hidden").fileExtension == nil)
    #expect(PagePath("x/page.tar.MHT").fileExtension == "mht")
  }
}

@Suite("Binary content sniffing")
struct ContentSnifferTests {
  @Test func ordinaryHTMLIsNotBinary() {
    let html = Array("<!doctype html>\n<html><head><title>Shop</title></head><body>\t<p>Hi</p></body></html>\n".utf8)
    #expect(ContentSniffer.binaryKind(of: html) == nil)
    #expect(ContentSniffer.binaryKind(of: Array("BMW parts <html>".utf8)) == nil)
    #expect(ContentSniffer.binaryKind(of: Array("ID3 tags explained <p>".utf8)) == nil)
  }

  @Test(arguments: [false, true])
  func utf16TextIsNotBinary(bigEndian: Bool) {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in "<html><body><p>Grüße 你好</p></body></html>".utf16 {
      let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
      bytes += bigEndian ? pair.reversed() : pair
    }
    #expect(ContentSniffer.binaryKind(of: bytes) == nil)
    #expect(ContentSniffer.binaryKind(of: Array(bytes.dropFirst(2))) == nil)
  }

  @Test func legacyEncodedTextIsNotBinary() {
    let gbk: [UInt8] =
      Array("<html><p>".utf8) + [
        0xC9, 0xEE, 0xDB, 0xDA, 0xCA, 0xD0, 0xD3, 0xC5, 0xC6, 0xB7, 0xB5, 0xE7, 0xD7, 0xD3, 0xD3, 0xD0, 0xCF, 0xDE,
        0xB9,
        0xAB, 0xCB, 0xBE,
      ] + Array("</p>".utf8)
    #expect(ContentSniffer.binaryKind(of: gbk) == nil)
    let cp1252: [UInt8] = Array("<p>Caf".utf8) + [0xE9, 0x20, 0x80, 0x20, 0x92, 0x96] + Array("</p>".utf8)
    #expect(ContentSniffer.binaryKind(of: cp1252) == nil)
  }

  @Test func aFewNULsInHTMLAreTolerated() {
    var html = Array(String(repeating: "<div class=\"item\">Product</div>\n", count: 20).utf8)
    html.insert(0, at: 100)
    html.insert(0, at: 300)
    html.insert(0, at: 301)
    #expect(ContentSniffer.binaryKind(of: html) == nil)
  }

  @Test func denseControlBytesAreBinary() {
    var bytes: [UInt8] = []
    for index in 0..<512 { bytes.append(UInt8(truncatingIfNeeded: index * 7 + 3)) }
    #expect(ContentSniffer.binaryKind(of: bytes) == "binary data")
  }

  @Test func moreMagicNumbers() {
    #expect(ContentSniffer.binaryKind(of: [0x28, 0xB5, 0x2F, 0xFD, 0x00]) == "zstd archive")
    #expect(ContentSniffer.binaryKind(of: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0x00]) == "7z archive")
    #expect(ContentSniffer.binaryKind(of: Array("Rar!".utf8) + [0x1A, 0x07, 0x01, 0x00]) == "RAR archive")
    #expect(ContentSniffer.binaryKind(of: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 0x00]) == "xz archive")
    #expect(
      ContentSniffer.binaryKind(of: Array("BZh9".utf8) + [0x31, 0x41, 0x59, 0x26, 0x53, 0x59, 0x00]) == "bzip2 archive")
    #expect(ContentSniffer.binaryKind(of: Array("wOF2".utf8) + [0x00, 0x01]) == "WOFF2 font")
    #expect(ContentSniffer.binaryKind(of: [0x00, 0x00, 0x00, 0x20] + Array("ftypisom".utf8)) == "MP4 video")
  }
}

@Suite("MHTML")
struct MHTMLTests {
  static func chromeMessage(lineEnding: String) -> [UInt8] {
    let lines = [
      "From: <Saved by Blink>",
      "Snapshot-Content-Location: https://shop.example/item?id=1",
      "Subject: Widget",
      "Date: Tue, 4 Mar 2025 10:00:00 -0000",
      "MIME-Version: 1.0",
      "Content-Type: multipart/related;",
      "\ttype=\"text/html\";",
      "\tboundary=\"----MultipartBoundary--abc123----\"",
      "",
      "",
      "------MultipartBoundary--abc123----",
      "Content-Type: text/html",
      "Content-ID: <frame-1@mhtml.blink>",
      "Content-Transfer-Encoding: quoted-printable",
      "Content-Location: https://shop.example/item?id=1",
      "",
      "<html><head><meta http-equiv=3D\"Content-Type\" content=3D\"text/html; charset=3D=",
      "UTF-8\"></head><body><p class=3D\"price\">Caf=C3=A9 =E2=82=AC5 =ZZ</p>=",
      "</body></html>",
      "------MultipartBoundary--abc123----",
      "Content-Type: image/png",
      "Content-Transfer-Encoding: base64",
      "Content-Location: https://shop.example/logo.png",
      "",
      "iVBORw0KGgo=",
      "------MultipartBoundary--abc123------",
      "",
    ]
    return Array(lines.joined(separator: lineEnding).utf8)
  }

  @Test(arguments: ["\n", "\r\n"])
  func chromeQuotedPrintableMessage(lineEnding: String) throws {
    let message = Self.chromeMessage(lineEnding: lineEnding)
    #expect(MHTML.looksLikeMHTML(message))
    let part = try MHTML.extractHTML(message, path: PagePath("saved.mhtml"))
    let html = String(decoding: part.html, as: UTF8.self)
    #expect(
      html == "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
        + "<body><p class=\"price\">Café €5 =ZZ</p></body></html>")
    #expect(part.charset == nil)
    #expect(part.contentLocation == "https://shop.example/item?id=1")
  }

  @Test func base64PartWithCharset() throws {
    let body = "PGh0bWw+PHA+SGVsbG8sIOS4lueVjDwvcD48L2h0bWw+"  // <html><p>Hello, 世界</p></html>
    let wrapped = String(body.prefix(20)) + "\r\n " + String(body.dropFirst(20))
    let message = """
      MIME-Version: 1.0\r
      Content-Type: multipart/related; boundary=XYZ; type="text/html"\r
      \r
      preamble\r
      --XYZ\r
      Content-Type: text/css\r
      \r
      p { color: red }\r
      --XYZ  \r
      Content-Type: text/html; charset="utf-8"\r
      Content-Transfer-Encoding: BASE64\r
      \r
      \(wrapped)\r
      --XYZ--\r
      epilogue\r

      """
    let part = try MHTML.extractHTML(Array(message.utf8), path: PagePath("a.mht"))
    #expect(String(decoding: part.html, as: UTF8.self) == "<html><p>Hello, 世界</p></html>")
    #expect(part.charset == "utf-8")
    #expect(part.contentLocation == nil)
  }

  @Test func snapshotLocationChoosesTheMainFrame() throws {
    let message = """
      Snapshot-Content-Location: https://a.example/main
      MIME-Version: 1.0
      Content-Type: multipart/related; boundary=b

      --b
      Content-Type: text/html; charset=windows-1252
      Content-Location: https://ads.example/frame

      <p>ad</p>
      --b
      Content-Type: text/html; charset=gbk
      Content-Location: https://a.example/main

      <p>main</p>
      --b--
      """
    let part = try MHTML.extractHTML(Array(message.utf8), path: PagePath("a.mht"))
    #expect(String(decoding: part.html, as: UTF8.self) == "<p>main</p>")
    #expect(part.charset == "gbk")
  }

  @Test func singlePartHTMLMessage() throws {
    let message = Array(
      "\u{FEFF}\nMIME-Version: 1.0\nContent-Type: text/html; charset=iso-8859-1\n\n<p>Caf=E9</p>".utf8)
    #expect(MHTML.looksLikeMHTML(message))
    let part = try MHTML.extractHTML(message, path: PagePath("a.mht"))
    #expect(part.html == Array("<p>Caf=E9</p>".utf8))
    #expect(part.charset == "iso-8859-1")
  }

  @Test func ordinaryHTMLIsNotMHTML() {
    let html =
      "<!doctype html>\n<html><body><pre>\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n</pre>"
    #expect(!MHTML.looksLikeMHTML(Array(html.utf8)))
    #expect(!MHTML.looksLikeMHTML(Array("MIME-Version: 1.0\nhello there\n\n<p>".utf8)))
    #expect(!MHTML.looksLikeMHTML(Array("Subject: hi\n\n<p>".utf8)))
  }

  @Test func malformedMessagesThrow() {
    let path = PagePath("bad.mhtml")
    let noBoundary = Array("MIME-Version: 1.0\nContent-Type: multipart/related\n\n--x\n\n<p>".utf8)
    let first = inputError { () throws(PageInputError) in try MHTML.extractHTML(noBoundary, path: path) }
    #expect(first == .malformedMHTML(path, reason: "the multipart message has no boundary"))
    #expect(first?.exitCode == 65)
    let noHTML = Array(
      "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n\n--x\nContent-Type: image/png\n\nabc\n--x--\n"
        .utf8)
    let second = inputError { () throws(PageInputError) in try MHTML.extractHTML(noHTML, path: path) }
    #expect(second == .malformedMHTML(path, reason: "no text/html part"))
  }

  @Test func hardLineBreaksReadBackAsTheLineFeedsChromeSerialized() throws {
    // Chrome writes each line end of the serialized DOM as CRLF; read as CRLF, a class list
    // split over two lines ends its first token with CR. Fixtures/pages/chrome-crlf-footer-rating.mhtml
    // is the page where that made the shop's footer rating the product's.
    let message =
      "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=q\r\n\r\n\r\n--q\r\n"
      + "Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
      + "<div class=3D\"newsletter\r\nfooter\">a=\r\nb</div>\r\n<p>=0D=0A</p>\r\n--q--\r\n"
    let part = try MHTML.extractHTML(Array(message.utf8), path: PagePath("a.mhtml"))
    #expect(String(decoding: part.html, as: UTF8.self) == "<div class=\"newsletter\nfooter\">ab</div>\n<p>\r\n</p>")
    // Outside MHTML parts the decoder keeps line ends as they are.
    #expect(MHTML.decodeQuotedPrintable(Array("a\r\nb=\r\nc".utf8)) == Array("a\r\nbc".utf8))
  }

  @Test(
    arguments: [
      ("file:///C:/Users/me/Downloads/page.html", nil),
      ("about:blank", nil),
      ("cid:frame-1@mhtml.blink", nil),
      ("HTTPS://shop.example/p/1", "HTTPS://shop.example/p/1"),
      ("http://shop.example/p/2", "http://shop.example/p/2"),
    ] as [(String, String?)])
  func onlyAWebAddressIsThePagesAddress(location: String, expected: String?) throws {
    let message =
      "Snapshot-Content-Location: \(location)\r\nMIME-Version: 1.0\r\n"
      + "Content-Type: multipart/related; boundary=q\r\n\r\n--q\r\nContent-Type: text/html\r\n"
      + "Content-Location: \(location)\r\n\r\n<p>x</p>\r\n--q--\r\n"
    let part = try MHTML.extractHTML(Array(message.utf8), path: PagePath("a.mhtml"))
    #expect(part.contentLocation == expected)
  }

  @Test func aWebSnapshotLocationStandsInForAPartsFileLocation() throws {
    let message =
      "Snapshot-Content-Location: https://shop.example/p/3\r\nMIME-Version: 1.0\r\n"
      + "Content-Type: multipart/related; boundary=q\r\n\r\n--q\r\nContent-Type: text/html\r\n"
      + "Content-Location: file:///tmp/p3.html\r\n\r\n<p>x</p>\r\n--q--\r\n"
    let part = try MHTML.extractHTML(Array(message.utf8), path: PagePath("a.mhtml"))
    #expect(part.contentLocation == "https://shop.example/p/3")
  }

  @Test func loaderUnwrapsMHTMLAndUsesThePartCharset() throws {
    let directory = TemporaryDirectory()
    let header =
      "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=q\r\n\r\n--q\r\n"
      + "Content-Type: text/html; charset=gbk\r\nContent-Transfer-Encoding: quoted-printable\r\n"
      + "Content-Location: https://x.example/\r\n\r\n<p>=C9=EE=DB=DA</p>\r\n--q--\r\n"
    let path = directory.write(Array(header.utf8), name: "page.bin")
    let page = try PageDecoder.load(path)
    #expect(page.isMHTML)
    #expect(String(decoding: page.utf8, as: UTF8.self) == "<p>深圳</p>")
    #expect(page.encoding == SniffedEncoding(name: "GBK", source: .transport))
    #expect(page.contentLocation == "https://x.example/")
  }
}
