import CLibXML2
import Foundation

/// A child of an element that carries content.
public enum HTMLChild {
  /// A text node's text.
  case text(String)
  /// An element.
  case element(HTMLNode)
}
