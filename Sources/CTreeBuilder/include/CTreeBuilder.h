#ifndef CAVEAT_TREE_BUILDER_H
#define CAVEAT_TREE_BUILDER_H

#include <stddef.h>

/* A direct builder of libxml2 HTML trees.
 *
 * libxml2 2.9's HTML parser reads a page one character at a time through its input layer and
 * builds the tree through SAX callbacks; on saved product pages that costs more than all of
 * Caveat's extraction. This builder reads the same bytes with plain pointer scans and links
 * the same xmlNode structures directly, following the parser's rules for the tree's shape:
 * implied html/head/body/p elements, the start tags that close open elements, the priorities
 * that decide which end tags are obeyed, empty elements, script and style text, entity and
 * character references, and where content outside the root goes.
 *
 * It reproduces those rules only for input it fully understands. Anything else (a second
 * <html>, a processing instruction, a bogus comment, a malformed character reference, a
 * control character in text, a tag cut off by the end of the page, very deep nesting, …)
 * makes it give up and return NULL, and the caller parses the page with libxml2 instead.
 * Tests compare its trees with libxml2's node by node.
 *
 * Build with a region current (CTreeArena): nodes and strings are carved from shared blocks of
 * that region, and names may be static strings. The document node, its DTD and its encoding
 * name are made by libxml2 (xmlMalloc): in the region too when the region allocator is
 * libxml2's, with malloc otherwise. Free a built tree only as a whole: caveat_tree_release_shell
 * (needed only when libxml2 keeps its own allocator), then destroy the region; never with
 * xmlFreeDoc, xmlFreeNode, xmlNodeSetContent or anything else that frees or reallocates a
 * single node or string. Call caveat_tree_builder_init once, after xmlInitParser and before
 * building on any thread.
 *
 * What the tree does not carry, compared with libxml2's: `id` attributes are not registered
 * as IDs (XPath's id() finds nothing), nodes have no line numbers, and the document's
 * parseFlags are the options as given. */

/** An element of a built tree, in document order, with its name as the tree holds it. */
typedef struct {
  void *node; /* the xmlNodePtr */
  const char *name;
  size_t parent; /* the parent element's position, or SIZE_MAX under the document */
} CaveatElementRecord;

/** An attribute of a built tree, in document order (its element's, then its own place). */
typedef struct {
  size_t element; /* the element's position in document order */
  const char *name; /* as the tree holds it */
  const char *value; /* its text as the tree holds it; "" for an attribute with no value */
  size_t length; /* the value's length in bytes */
} CaveatAttributeRecord;

/** What a build learnt of the tree's elements and attributes as it made them: the index a
 *  reader would otherwise walk the tree for. It lives in the tree's region. */
typedef struct {
  size_t element_count, attribute_count;
  const CaveatElementRecord *elements;
  const CaveatAttributeRecord *attributes;
} CaveatTreeIndex;

/** Reads the parser tables from libxml2 itself. Returns 0 when the builder can be used. */
int caveat_tree_builder_init(void);

/** The tree of `length` bytes of valid UTF-8 HTML (an htmlDocPtr), or NULL when the builder gave up
 *  (or was not initialised); after a give-up, only the region is left to destroy. The document's
 *  parse flags are set to `options`. */
void *caveat_tree_build(const unsigned char *bytes, size_t length, int options);

/** The elements and attributes of a tree caveat_tree_build returned, in document order; each
 *  element's `_private` holds its position plus one. Only for such a tree. */
const CaveatTreeIndex *caveat_tree_index(const void *document);

/** Frees what libxml2 made for a built tree (the document node, its DTD, the encoding name)
 *  and leaves the nodes to the region: call it before destroying the region when libxml2 does
 *  not allocate from regions. The document must not be used afterwards. */
void caveat_tree_release_shell(void *document);

/** The line of TreeBuilder.c where this thread's last build gave up (0 if it did not). */
int caveat_tree_build_gave_up_at(void);

/** A canonical text form of a document's tree (every node, attribute and text, and any link
 *  that does not point back where it should), for tests. Free it with free(). */
char *caveat_tree_dump(const void *document);

#endif
