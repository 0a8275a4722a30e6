import CaveatExtract
import Foundation

/// Finds the saved pages under the paths a user names.
///
/// Files named directly are taken whatever their suffix; folders are searched recursively for
/// `.html`, `.htm`, `.mhtml` and `.mht` files. Symbolic links to folders are not followed (no
/// loops, no wandering out of the tree), links to files are, and every file is visited once
/// (by device and inode), so a page reached twice is ranked once. Problems (a dangling link, a
/// folder that cannot be read) become entries of their own; they never stop the search.
///
/// The resource folder of a "Web page, complete" save (`Lamp.html` beside `Lamp_files/`, or a
/// browser's localised name for it such as `Lamp-Dateien/`) is skipped: it holds the page's
/// frames, ads and widgets, never another listing.
public struct PageFinder: Sendable {
  /// What was found at one place.
  public enum Found: Sendable, Equatable {
    /// A page to read.
    case page(PagePath)
    /// A path that could not be used, and why.
    case problem(PagePath, String)
  }

  /// The suffixes searched for in folders.
  public static let suffixes: Set<String> = ["html", "htm", "mhtml", "mht"]

  /// What browsers append to a page's name for the folder of its resources when saving a "Web
  /// page, complete": Chrome and Edge write `_files` in every language; Firefox and older
  /// browsers translate it.
  static let resourceFolderSuffixes: [[UInt8]] = [
    "_files", "-Dateien", "_fichiers", "_archivos", "_arquivos", "_file", "_bestanden", "_pliki", "_soubory",
    "_filer", "-filer", "_tiedostot", "_dosyalar", "_súbory", "_fájlok", "_datoteke",
  ].map { Array($0.utf8) }

  /// Whether `name` is the resource folder of one of the pages among `names`: the page's name
  /// without its suffix, followed by one of ``resourceFolderSuffixes``.
  static func isResourceFolder(_ name: [UInt8], besidePages names: Set<[UInt8]>) -> Bool {
    for suffix in resourceFolderSuffixes where name.count > suffix.count && name.ends(with: suffix) {
      let stem = name.dropLast(suffix.count)
      for pageSuffix in ["html", "htm", "xhtml", "shtml"] where names.contains(stem + [0x2E] + Array(pageSuffix.utf8)) {
        return true
      }
    }
    return false
  }

  /// Creates a finder.
  public init() {}

  /// The pages found under `paths` and, apart, the paths that could not be used (as
  /// failures with the exit-code class 66), both in the order of ``find(_:)``.
  public func pages(in paths: [PagePath]) -> (pages: [PagePath], problems: [RankFailure]) {
    var pages: [PagePath] = []
    var problems: [RankFailure] = []
    for item in find(paths) {
      switch item {
      case .page(let path): pages.append(path)
      case .problem(let path, let reason):
        problems.append(RankFailure(file: path.displayString, code: 66, message: "\(reason): \(path.displayString)"))
      }
    }
    return (pages, problems)
  }

  /// Everything found under `paths`, in a stable order (each folder's entries sorted by name).
  public func find(_ paths: [PagePath]) -> [Found] {
    var found: [Found] = []
    var seen = Set<FileIdentity>()
    for path in paths {
      var info = stat()
      let status = path.bytes.withCString { stat($0, &info) }
      guard status == 0 else {
        found.append(.problem(path, Self.describe(errno)))
        continue
      }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        walk(path, seen: &seen, into: &found)
      } else if seen.insert(FileIdentity(info)).inserted {
        found.append(.page(path))
      }
    }
    return found
  }

  private func walk(_ root: PagePath, seen: inout Set<FileIdentity>, into found: inout [Found]) {
    var pending = [root]
    var visitedFolders = Set<FileIdentity>()
    while let folder = pending.popLast() {
      var info = stat()
      guard folder.bytes.withCString({ stat($0, &info) }) == 0 else { continue }
      guard visitedFolders.insert(FileIdentity(info)).inserted else { continue }
      guard let handle = folder.bytes.withCString({ opendir($0) }) else {
        found.append(.problem(folder, Self.describe(errno)))
        continue
      }
      var names: [[UInt8]] = []
      while let entry = readdir(handle) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          Array(raw.prefix { $0 != 0 })
        }
        if name == [0x2E] || name == [0x2E, 0x2E] { continue }
        names.append(name)
      }
      closedir(handle)
      names.sort { $0.lexicographicallyPrecedes($1) }
      let nameSet = Set(names)
      var subfolders: [PagePath] = []
      for name in names {
        let path = folder.appending(name)
        var link = stat()
        guard path.bytes.withCString({ lstat($0, &link) }) == 0 else {
          found.append(.problem(path, Self.describe(errno)))
          continue
        }
        let isLink = (link.st_mode & S_IFMT) == S_IFLNK
        if (link.st_mode & S_IFMT) == S_IFDIR {
          if !Self.isResourceFolder(name, besidePages: nameSet) { subfolders.append(path) }
          continue
        }
        guard let suffix = path.fileExtension, Self.suffixes.contains(suffix) else { continue }
        var target = link
        if isLink {
          guard path.bytes.withCString({ stat($0, &target) }) == 0 else {
            found.append(.problem(path, Self.describe(errno)))
            continue
          }
          // A link to a folder named like a page is still a folder: not followed.
          if (target.st_mode & S_IFMT) == S_IFDIR { continue }
        }
        if seen.insert(FileIdentity(target)).inserted { found.append(.page(path)) }
      }
      // Depth first, in name order.
      pending.append(contentsOf: subfolders.reversed())
    }
  }

  private static func describe(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "no such file or folder (or a dangling link)"
    case ELOOP: return "too many levels of symbolic links"
    case EACCES, EPERM: return "permission denied"
    default: return String(cString: strerror(code))
    }
  }
}

/// A file's device and inode: the same file reached by two paths has one identity.
private struct FileIdentity: Hashable {
  let device: UInt64
  let inode: UInt64

  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}

extension Array where Element == UInt8 {
  /// Whether the bytes end with `suffix`.
  fileprivate func ends(with suffix: [UInt8]) -> Bool {
    count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
  }

  /// Runs `body` with the bytes as a NUL-terminated C string.
  func withCString<Result>(_ body: (UnsafePointer<CChar>) -> Result) -> Result {
    var terminated = self.map { CChar(bitPattern: $0) }
    terminated.append(0)
    return terminated.withUnsafeBufferPointer { body($0.baseAddress.unsafelyUnwrapped) }
  }
}
