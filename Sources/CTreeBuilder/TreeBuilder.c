/* The direct tree builder: see include/CTreeBuilder.h for what it promises. The rules below
 * are the behaviour of libxml2 2.9's HTML parser (HTMLparser.c and SAX2.c) as observed; the
 * tests compare the trees node by node, and anything not reproduced here gives up (returns
 * NULL) rather than guess. */

#define _GNU_SOURCE /* memmem */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parserInternals.h>
#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "CTreeArena.h"
#include "CTreeBuilder.h"

/* Deeper pages go to libxml2, which stops at 256 levels and says so. */
#define MAX_DEPTH 200
/* libxml2 keeps names to 100 bytes; longer ones go to libxml2. */
#define MAX_NAME 99
/* libxml2 flushes text every 1000 bytes; a blank run that long can imply a paragraph. */
#define TEXT_CHUNK 1000
/* Text nodes over this go to libxml2, which stops at 10 MB. */
#define MAX_TEXT (4 << 20)

/* ---------------------------------------------------------------------------------------- */
/* Names                                                                                      */

typedef struct Name {
  const xmlChar *name;
  const xmlChar *local; /* what an element of this name is called in the tree (see intern) */
  uint32_t length;
  uint32_t hash;
  int known;        /* index in the element table below, or -1 */
  int priority;     /* which end tags may close it (see end_priority) */
  unsigned empty : 1, raw : 1, html : 1, head : 1, body : 1, head_content : 1, frames : 1,
      unchecked : 1, refused : 1;
} Name;

/* The HTML 4 elements libxml2 2.9 knows (its html40ElementTable); each is checked against
 * htmlTagLookup at start-up, and any other name libxml2 knows makes the builder give up. */
static const char *const element_names[] = {
    "a", "abbr", "acronym", "address", "applet", "area", "b", "base", "basefont", "bdo", "big",
    "blockquote", "body", "br", "button", "caption", "center", "cite", "code", "col",
    "colgroup", "dd", "del", "dfn", "dir", "div", "dl", "dt", "em", "embed", "fieldset", "font",
    "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html", "i",
    "iframe", "img", "input", "ins", "isindex", "kbd", "label", "legend", "li", "link", "map",
    "menu", "meta", "noframes", "noscript", "object", "ol", "optgroup", "option", "p", "param",
    "pre", "q", "s", "samp", "script", "select", "small", "span", "strike", "strong", "style",
    "sub", "sup", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "title", "tr", "tt",
    "u", "ul", "var"};
#define ELEMENT_COUNT ((int)(sizeof(element_names) / sizeof(element_names[0])))

/* Start-tag names libxml2's auto-close table uses that are not elements it knows. */
static const char *const refused_names[] = {"listing", "xmp"};

static Name known_names[ELEMENT_COUNT];
/* closes[new][old]: a start tag `new` closes an open `old` (libxml2's htmlStartClose). */
static unsigned char closes[ELEMENT_COUNT][ELEMENT_COUNT];
#define KNOWN_SLOTS 256
static Name *known_slots[KNOWN_SLOTS];
static const Name *html_name, *head_name, *body_name, *p_name;
/* What text scanning needs to know of each byte: where text stops ('<', '&'), the control
 * characters libxml2 drops from text (with an error), the lead byte of U+FFFE and U+FFFF
 * (dropped too), and which bytes are not blanks. */
enum { BYTE_STOP = 1, BYTE_DROPPED = 2, BYTE_CHECK = 4, BYTE_TEXT = 8 };
static unsigned char text_bytes[256];
/* For each byte, its lowercase form when it may appear in a tag or attribute name (letters,
 * digits and ":-_."), 0 otherwise. */
static unsigned char name_bytes[256];
static int builder_ready = 0;
static pthread_once_t builder_once = PTHREAD_ONCE_INIT;

static int is_blank(unsigned char c) { return c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D; }

/* FNV-1a, a byte at a time. */
#define HASH_START 2166136261u
static uint32_t hash_step(uint32_t hash, unsigned char c) { return (hash ^ c) * 16777619u; }

static uint32_t hash_bytes(const unsigned char *bytes, size_t length) {
  uint32_t hash = HASH_START;
  for (size_t i = 0; i < length; i++) hash = hash_step(hash, bytes[i]);
  return hash;
}

/* libxml2's end-tag priorities (htmlEndPriority): an end tag only closes open elements of
 * lower or equal priority on its way to its own element. */
static int end_priority(const char *name) {
  static const struct {
    const char *name;
    int priority;
  } table[] = {{"div", 150},   {"td", 160},    {"th", 160},    {"tr", 170},
               {"thead", 180}, {"tbody", 180}, {"tfoot", 180}, {"table", 190},
               {"head", 200},  {"body", 200},  {"html", 220}};
  for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++)
    if (strcmp(table[i].name, name) == 0) return table[i].priority;
  return 100;
}

static int is_one_of(const char *name, const char *const *list, size_t count) {
  for (size_t i = 0; i < count; i++)
    if (strcmp(list[i], name) == 0) return 1;
  return 0;
}

/* Whether `<wrapper><X><X>` leaves the second X beside the first: asks libxml2 itself. */
static int closes_itself(const char *name) {
  char page[64];
  int length = snprintf(page, sizeof(page), "<caveatprobe><%s><%s>", name, name);
  htmlDocPtr doc = htmlReadMemory(page, length, NULL, "UTF-8",
                                  HTML_PARSE_NOIMPLIED | HTML_PARSE_NODEFDTD | HTML_PARSE_RECOVER |
                                      HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  if (doc == NULL) return -1;
  int children = 0;
  xmlNodePtr root = xmlDocGetRootElement(doc);
  for (xmlNodePtr child = root ? root->children : NULL; child; child = child->next)
    if (child->type == XML_ELEMENT_NODE) children++;
  xmlFreeDoc(doc);
  return children == 2;
}

static void builder_setup(void) {
  static const char *const head_content[] = {"script", "style", "meta", "link", "title", "base"};
  static const char *const frames[] = {"noframes", "frame", "frameset"};
  for (int i = 0; i < ELEMENT_COUNT; i++) {
    const char *text = element_names[i];
    const htmlElemDesc *desc = htmlTagLookup((const xmlChar *)text);
    if (desc == NULL) return; /* not the libxml2 this was written for: never build */
    Name *name = &known_names[i];
    name->name = (const xmlChar *)text;
    name->local = name->name;
    name->length = (uint32_t)strlen(text);
    name->hash = hash_bytes((const unsigned char *)text, name->length);
    name->known = i;
    name->priority = end_priority(text);
    name->empty = desc->empty != 0;
    name->raw = strcmp(text, "script") == 0 || strcmp(text, "style") == 0;
    name->html = strcmp(text, "html") == 0;
    name->head = strcmp(text, "head") == 0;
    name->body = strcmp(text, "body") == 0;
    name->head_content = is_one_of(text, head_content, 6);
    name->frames = is_one_of(text, frames, 3);
    if (name->html) html_name = name;
    if (name->head) head_name = name;
    if (name->body) body_name = name;
    if (strcmp(text, "p") == 0) p_name = name;
    uint32_t slot = name->hash & (KNOWN_SLOTS - 1);
    while (known_slots[slot]) slot = (slot + 1) & (KNOWN_SLOTS - 1);
    known_slots[slot] = name;
  }
  for (int n = 0; n < ELEMENT_COUNT; n++) {
    for (int o = 0; o < ELEMENT_COUNT; o++) {
      if (n == o) continue;
      xmlNode probe;
      memset(&probe, 0, sizeof(probe));
      probe.type = XML_ELEMENT_NODE;
      probe.name = (const xmlChar *)element_names[n];
      closes[n][o] = htmlAutoCloseTag(NULL, (const xmlChar *)element_names[o], &probe) != 0;
    }
    const Name *name = &known_names[n];
    if (name->html || name->head || name->body || name->empty || name->raw) continue;
    int itself = closes_itself(element_names[n]);
    if (itself < 0) return;
    closes[n][n] = (unsigned char)itself;
  }
  for (int c = 0; c < 256; c++) {
    int letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    int name_byte = letter || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_' || c == '.';
    name_bytes[c] = name_byte ? (unsigned char)((c >= 'A' && c <= 'Z') ? c + 0x20 : c) : 0;
    unsigned char kind = 0;
    if (c == '<' || c == '&') kind |= BYTE_STOP;
    if (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D) kind |= BYTE_DROPPED;
    if (c == 0xEF) kind |= BYTE_CHECK;
    if (!is_blank((unsigned char)c)) kind |= BYTE_TEXT;
    text_bytes[c] = kind;
  }
  builder_ready = 1;
}

int caveat_tree_builder_init(void) {
  pthread_once(&builder_once, builder_setup);
  return builder_ready ? 0 : -1;
}

/* ---------------------------------------------------------------------------------------- */
/* The builder                                                                                */

typedef struct {
  const Name *name;
  xmlChar *value; /* NULL for an attribute written without a value */
} Attribute;

typedef struct {
  const unsigned char *p, *end;
  xmlDocPtr doc;
  xmlNodePtr node; /* where content goes (libxml2's ctxt->node) */
  int depth;
  const Name *names[MAX_DEPTH + 1];
  xmlNodePtr nodes[MAX_DEPTH + 1];
  int seen; /* libxml2's ctxt->html: 3 once a head was opened, 10 once a body was */
  int discarded; /* libxml2's ctxt->depth: html, head and body start tags it dropped */
  int failed;
  /* Text waiting to become (or join) a text node. */
  unsigned char *text;
  size_t text_length, text_capacity;
  /* Every name met on this page (see intern_hashed). */
  Name **slots;
  uint32_t slot_mask, slot_count;
  Attribute *attributes;
  size_t attribute_capacity;
  /* Scratch for a decoded attribute value. */
  unsigned char *scratch;
  size_t scratch_capacity;
  /* The block nodes and strings are carved from (see carve). */
  unsigned char *block, *block_end;
  /* Every element and attribute made so far, in the order made: document order, since a node
   * is only ever appended as the last child of an open element or of the document. */
  CaveatElementRecord *element_records;
  size_t element_count, element_capacity;
  CaveatAttributeRecord *attribute_records;
  size_t attribute_count, attribute_record_capacity;
} Builder;

#define PEEK(b, k) (((b)->p + (k) < (b)->end) ? (b)->p[(k)] : 0)

static int is_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
/* htmlParseHTMLName: a tag or attribute name starts with one of these (and goes on with any
 * byte of name_bytes). */
static int is_html_name_start(unsigned char c) { return is_letter(c) || c == '_' || c == ':' || c == '.'; }

/* Where the last give-up on this thread happened (a line of this file), for diagnostics. */
static __thread int gave_up_at = 0;
static void fail_at(Builder *b, int line) {
  if (!b->failed) gave_up_at = line;
  b->failed = 1;
}
#define fail(b) fail_at((b), __LINE__)
/* Gives up and leaves the (void) function. */
#define GIVE_UP(b) \
  do {             \
    fail(b);       \
    return;        \
  } while (0)

int caveat_tree_build_gave_up_at(void) { return gave_up_at; }

static void *grow(void *block, size_t *capacity, size_t needed, size_t item) {
  if (needed <= *capacity) return block;
  size_t next = *capacity ? *capacity : 64;
  while (next < needed) next *= 2;
  void *grown = realloc(block, next * item);
  if (grown) *capacity = next;
  return grown;
}

/* Nodes and strings are carved from blocks of the current region, so a tree costs a few
 * allocations per hundred nodes. Nothing in a tree is ever freed on its own (the region goes
 * as a whole), so nothing needs a block of its own; large strings still get one. The blocks
 * come from the region allocator directly, not through xmlMalloc: when libxml2 keeps its own
 * allocator, the nodes still live in the region (see caveat_tree_release_shell). */
#define BLOCK_SIZE (32 << 10)
static void *carve(Builder *b, size_t size) {
  size = (size + 7) & ~(size_t)7;
  if (size > BLOCK_SIZE / 8) return caveat_tree_arena_malloc(size);
  if ((size_t)(b->block_end - b->block) < size) {
    b->block = caveat_tree_arena_malloc(BLOCK_SIZE);
    if (b->block == NULL) {
      b->block_end = NULL;
      return NULL;
    }
    b->block_end = b->block + BLOCK_SIZE;
  }
  void *carved = b->block;
  b->block += size;
  return carved;
}

static xmlChar *copy_text(Builder *b, const unsigned char *bytes, size_t length) {
  xmlChar *copy = carve(b, length + 1);
  if (copy == NULL) return NULL;
  memcpy(copy, bytes, length);
  copy[length] = 0;
  return copy;
}

static int same_name(const Name *name, const unsigned char *lower, size_t length, uint32_t hash) {
  if (name->hash != hash || name->length != length) return 0;
  for (size_t i = 0; i < length; i++)
    if (name->name[i] != lower[i]) return 0;
  return 1;
}

/* Adds `name` to this page's table (at `slot`, found empty), growing it when half full. */
static void remember(Builder *b, Name *name, uint32_t slot) {
  b->slots[slot] = name;
  if (++b->slot_count * 2 < b->slot_mask + 1) return;
  uint32_t size = (b->slot_mask + 1) * 2;
  Name **slots = calloc(size, sizeof(Name *));
  if (slots == NULL) GIVE_UP(b);
  for (uint32_t i = 0; i <= b->slot_mask; i++) {
    Name *entry = b->slots[i];
    if (entry == NULL) continue;
    uint32_t at = entry->hash & (size - 1);
    while (slots[at]) at = (at + 1) & (size - 1);
    slots[at] = entry;
  }
  free(b->slots);
  b->slots = slots;
  b->slot_mask = size - 1;
}

/* The Name for a lowercased name (whose hash_bytes is `hash`). This page's table holds every
 * name met so far, known ones included, so a repeated name costs one probe; a new one is
 * looked up in the element table, or made. */
static const Name *intern_hashed(Builder *b, const unsigned char *lower, size_t length, uint32_t hash) {
  uint32_t slot = hash & b->slot_mask;
  for (; b->slots[slot]; slot = (slot + 1) & b->slot_mask)
    if (same_name(b->slots[slot], lower, length, hash)) return b->slots[slot];
  for (uint32_t at = hash & (KNOWN_SLOTS - 1); known_slots[at]; at = (at + 1) & (KNOWN_SLOTS - 1)) {
    if (same_name(known_slots[at], lower, length, hash)) {
      remember(b, known_slots[at], slot);
      return known_slots[at];
    }
  }
  Name *name = carve(b, sizeof(Name));
  xmlChar *text = copy_text(b, lower, length);
  if (name == NULL || text == NULL) return NULL;
  memset(name, 0, sizeof(*name));
  name->name = text;
  /* libxml2 names an element "a:b" by the part after its first colon (the prefix is dropped;
   * HTML has no namespaces), unless nothing follows the colon. */
  const unsigned char *colon = memchr(lower, ':', length);
  name->local = (colon != NULL && colon + 1 < lower + length) ? text + (colon + 1 - lower) : text;
  name->length = (uint32_t)length;
  name->hash = hash;
  name->known = -1;
  name->priority = 100;
  name->unchecked = 1;
  name->refused = is_one_of((const char *)text, refused_names, 2);
  remember(b, name, slot);
  return name;
}

static const Name *intern(Builder *b, const unsigned char *lower, size_t length) {
  return intern_hashed(b, lower, length, hash_bytes(lower, length));
}

/* Reads an HTML name at p (lowercased, as libxml2 keeps them). */
static const Name *read_name(Builder *b, int *has_dot) {
  /* Locals, not the builder's fields: a store to `lower` may alias anything. */
  unsigned char lower[MAX_NAME + 1];
  const unsigned char *p = b->p, *end = b->end;
  size_t length = 0;
  uint32_t hash = HASH_START; /* hash_bytes, as the bytes go by */
  unsigned char c, dot = 0;
  while (p < end && (c = name_bytes[*p]) != 0) {
    if (length == MAX_NAME) {
      fail(b);
      return NULL;
    }
    p++;
    dot |= c == '.';
    lower[length++] = c;
    hash = hash_step(hash, c);
  }
  b->p = p;
  *has_dot = dot;
  const Name *name = intern_hashed(b, lower, length, hash);
  if (name == NULL) fail(b);
  return name;
}

static void skip_blanks(Builder *b) {
  while (b->p < b->end && is_blank(*b->p)) b->p++;
}

/* Links `child` as the last child of `parent`. */
static void append(xmlNodePtr parent, xmlNodePtr child) {
  child->parent = parent;
  if (parent->children == NULL) {
    parent->children = parent->last = child;
  } else {
    child->prev = parent->last;
    parent->last->next = child;
    parent->last = child;
  }
}

static xmlNodePtr new_node(Builder *b, xmlElementType type, const xmlChar *name) {
  xmlNodePtr node = carve(b, sizeof(xmlNode));
  if (node == NULL) {
    fail(b);
    return NULL;
  }
  memset(node, 0, sizeof(*node));
  node->type = type;
  node->name = name;
  node->doc = b->doc;
  return node;
}

/* A text, comment or CDATA node holding a copy of `length` bytes, linked under `parent`. */
static void add_content_node(Builder *b, xmlNodePtr parent, xmlElementType type, const xmlChar *name,
                             const unsigned char *bytes, size_t length) {
  xmlNodePtr node = new_node(b, type, name);
  if (node == NULL) return;
  node->content = copy_text(b, bytes, length);
  if (node->content == NULL) GIVE_UP(b);
  append(parent, node);
}

/* xmlSAX2Characters: pending text joins the last child when that is text. */
static void flush_text(Builder *b) {
  if (b->text_length == 0) return;
  size_t length = b->text_length;
  b->text_length = 0;
  if (b->node == NULL) return; /* libxml2 drops text outside any element */
  xmlNodePtr last = b->node->last;
  if (last && last->type == XML_TEXT_NODE && last->name == xmlStringText) {
    size_t old = strlen((const char *)last->content);
    xmlChar *joined = carve(b, old + length + 1);
    if (joined == NULL) GIVE_UP(b);
    memcpy(joined, last->content, old);
    memcpy(joined + old, b->text, length);
    joined[old + length] = 0;
    last->content = joined;
    return;
  }
  add_content_node(b, b->node, XML_TEXT_NODE, xmlStringText, b->text, length);
}

static void add_text(Builder *b, const unsigned char *bytes, size_t length) {
  if (b->text_length + length > MAX_TEXT) GIVE_UP(b);
  unsigned char *text = grow(b->text, &b->text_capacity, b->text_length + length, 1);
  if (text == NULL) GIVE_UP(b);
  b->text = text;
  memcpy(b->text + b->text_length, bytes, length);
  b->text_length += length;
}

/* xmlSAX2StartElement and htmlnamePush. */
static xmlNodePtr open_element(Builder *b, const Name *name) {
  flush_text(b);
  if (b->depth >= MAX_DEPTH) {
    fail(b);
    return NULL;
  }
  xmlNodePtr element = new_node(b, XML_ELEMENT_NODE, name->local);
  if (element == NULL) return NULL;
  xmlNodePtr parent = b->node;
  xmlNodePtr top = (xmlNodePtr)b->doc;
  if (top->children == NULL) {
    append(top, element);
  } else if (parent == NULL) {
    /* Content after the root closed goes inside the first top-level element, or beside the
     * doctype or comment that comes first. */
    xmlNodePtr first = top->children;
    append(first->type == XML_ELEMENT_NODE ? first : top, element);
  } else {
    append(parent, element);
  }
  CaveatElementRecord *records =
      grow(b->element_records, &b->element_capacity, b->element_count + 1, sizeof(CaveatElementRecord));
  if (records == NULL) {
    fail(b);
    return NULL;
  }
  b->element_records = records;
  xmlNodePtr holder = element->parent;
  records[b->element_count] = (CaveatElementRecord){
      element, (const char *)element->name,
      holder->type == XML_ELEMENT_NODE ? (size_t)(uintptr_t)holder->_private - 1 : SIZE_MAX};
  b->element_count++;
  /* Its position in document order plus one, as the element index writes it. */
  element->_private = (void *)(uintptr_t)b->element_count;
  if (name->head && b->seen < 3) b->seen = 3;
  if (name->body && b->seen < 10) b->seen = 10;
  b->names[b->depth] = name;
  b->nodes[b->depth] = element;
  b->depth++;
  b->node = element;
  return element;
}

static void close_element(Builder *b) {
  flush_text(b);
  b->depth--;
  b->node = b->depth > 0 ? b->nodes[b->depth - 1] : NULL;
}

static const Name *top_name(const Builder *b) { return b->depth > 0 ? b->names[b->depth - 1] : NULL; }

static int start_closes(const Name *new_tag, const Name *old_tag) {
  if (new_tag->known < 0 || old_tag->known < 0) return 0;
  return closes[new_tag->known][old_tag->known];
}

/* htmlAutoClose */
static void auto_close(Builder *b, const Name *name) {
  while (b->depth > 0 && start_closes(name, top_name(b))) close_element(b);
}

/* htmlCheckImplied */
static void check_implied(Builder *b, const Name *name) {
  if (name->html) return;
  if (b->depth <= 0) open_element(b, html_name);
  if (name->body || name->head) return;
  if (b->depth <= 1 && name->head_content) {
    if (b->seen >= 3) return;
    open_element(b, head_name);
  } else if (!name->frames) {
    if (b->seen >= 10) return;
    for (int i = 0; i < b->depth; i++)
      if (b->names[i]->body || b->names[i]->head) return;
    open_element(b, body_name);
  }
}

/* Whether text here would make libxml2 imply a <p> (htmlCheckParagraph's contexts). */
static int in_paragraph_context(const Builder *b) {
  const Name *top = top_name(b);
  return top == NULL || top->html || top->head;
}

/* htmlCheckParagraph */
static void check_paragraph(Builder *b) {
  if (!in_paragraph_context(b)) return;
  auto_close(b, p_name);
  check_implied(b, p_name);
  open_element(b, p_name);
}

/* Whether libxml2 drops the character at `q` from text, comments and script bodies (with an
 * error: IS_CHAR fails), given its byte's class has BYTE_DROPPED or BYTE_CHECK. */
static int dropped(unsigned kind, const unsigned char *q, const unsigned char *end) {
  return (kind & BYTE_DROPPED) || (q + 2 < end && q[1] == 0xBF && (q[2] == 0xBE || q[2] == 0xBF));
}

/* Returns 1 when libxml2 keeps every character of `bytes`. */
static int all_kept(const unsigned char *bytes, size_t length) {
  const unsigned char *end = bytes + length;
  for (const unsigned char *q = bytes; q < end; q++) {
    unsigned kind = text_bytes[*q];
    if ((kind & (BYTE_DROPPED | BYTE_CHECK)) && dropped(kind, q, end)) return 0;
  }
  return 1;
}

/* A character reference's value, or 0 when libxml2 would do something this builder does not
 * reproduce (no digits, a value that is not an XML character). Advances p. Like libxml2's
 * htmlParseCharRef, the digits end at the first other byte: a semicolon there is consumed,
 * anything else ("&#8250</span>", a reference cut off by the end) is read on as it is. */
static unsigned decode_char_ref(Builder *b) {
  const unsigned char *q = b->p + 2;
  unsigned value = 0;
  int digits = 0;
  if (q < b->end && (*q == 'x' || *q == 'X')) {
    for (q++; q < b->end; q++, digits++) {
      unsigned char c = *q, d;
      if (is_digit(c)) d = c - '0';
      else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') d = (c | 0x20) - 'a' + 10;
      else break;
      if (value < 0x110000) value = value * 16 + d;
    }
  } else {
    for (; q < b->end && is_digit(*q); q++, digits++)
      if (value < 0x110000) value = value * 10 + (*q - '0');
  }
  if (digits == 0) return 0;
  int valid = (value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value <= 0xD7FF) ||
               (value >= 0xE000 && value <= 0xFFFD) || (value >= 0x10000 && value <= 0x10FFFF));
  if (!valid) return 0;
  b->p = (q < b->end && *q == ';') ? q + 1 : q;
  return value;
}

static size_t utf8_encode(unsigned value, unsigned char *out) {
  if (value < 0x80) {
    out[0] = (unsigned char)value;
    return 1;
  }
  if (value < 0x800) {
    out[0] = (unsigned char)(0xC0 | (value >> 6));
    out[1] = (unsigned char)(0x80 | (value & 0x3F));
    return 2;
  }
  if (value < 0x10000) {
    out[0] = (unsigned char)(0xE0 | (value >> 12));
    out[1] = (unsigned char)(0x80 | ((value >> 6) & 0x3F));
    out[2] = (unsigned char)(0x80 | (value & 0x3F));
    return 3;
  }
  out[0] = (unsigned char)(0xF0 | (value >> 18));
  out[1] = (unsigned char)(0x80 | ((value >> 12) & 0x3F));
  out[2] = (unsigned char)(0x80 | ((value >> 6) & 0x3F));
  out[3] = (unsigned char)(0x80 | (value & 0x3F));
  return 4;
}

/* A reference at p ('&'): writes what libxml2 makes of it to out (4 bytes at most) and
 * advances p. Named references decode only as `&name;` with a name libxml2 knows; anything
 * else stays as written (only the '&' is consumed). Returns 0 on give-up. */
static size_t reference(Builder *b, unsigned char *out) {
  if (PEEK(b, 1) == '#') {
    unsigned value = decode_char_ref(b);
    if (value == 0) return 0;
    return utf8_encode(value, out);
  }
  const unsigned char *start = b->p + 1, *q = start;
  if (q < b->end && (is_letter(*q) || *q == '_' || *q == ':')) {
    for (q++; q < b->end && name_bytes[*q] != 0;) q++;
    size_t length = (size_t)(q - start);
    if (q < b->end && *q == ';') {
      unsigned char name[64];
      if (length < sizeof(name)) {
        memcpy(name, start, length);
        name[length] = 0;
        const htmlEntityDesc *entity = htmlEntityLookup(name);
        if (entity != NULL && entity->value > 0) {
          b->p = q + 1;
          return utf8_encode(entity->value, out);
        }
      }
    }
  }
  /* Not decoded: "&" alone; what follows is read as it is. */
  b->p += 1;
  out[0] = '&';
  return 1;
}

/* ---------------------------------------------------------------------------------------- */
/* Markup                                                                                     */

/* An attribute value (after '='), decoded; NULL after a give-up. */
static xmlChar *attribute_value(Builder *b) {
  const unsigned char *start, *stop;
  int quoted = 0;
  if (b->p < b->end && (*b->p == '"' || *b->p == '\'')) {
    quoted = 1;
    start = b->p + 1;
    stop = memchr(start, *b->p, (size_t)(b->end - start));
    if (stop == NULL) {
      fail(b);
      return NULL;
    }
  } else {
    start = b->p;
    stop = start;
    while (stop < b->end && !is_blank(*stop) && *stop != '>') stop++;
  }
  const unsigned char *amp = memchr(start, '&', (size_t)(stop - start));
  xmlChar *value;
  if (amp == NULL) {
    value = copy_text(b, start, (size_t)(stop - start));
  } else {
    /* Runs between references are copied whole; each reference is decoded in place. */
    size_t length = 0;
    const unsigned char *run = start;
    while (run < stop) {
      const unsigned char *next = memchr(run, '&', (size_t)(stop - run));
      if (next == NULL) next = stop;
      size_t count = (size_t)(next - run);
      unsigned char *scratch = grow(b->scratch, &b->scratch_capacity, length + count + 8, 1);
      if (scratch == NULL) {
        fail(b);
        return NULL;
      }
      b->scratch = scratch;
      memcpy(b->scratch + length, run, count);
      length += count;
      if (next == stop) break;
      const unsigned char *end = b->end;
      b->p = next;
      b->end = stop; /* a reference never reads past the value */
      size_t written = reference(b, b->scratch + length);
      b->end = end;
      if (written == 0) {
        fail(b);
        return NULL;
      }
      length += written;
      run = b->p;
    }
    value = copy_text(b, b->scratch, length);
  }
  if (value == NULL) fail(b);
  b->p = stop + quoted;
  return value;
}

static void add_attributes(Builder *b, xmlNodePtr element, size_t count) {
  xmlAttrPtr last = NULL;
  for (size_t i = 0; i < count; i++) {
    xmlAttrPtr attribute = carve(b, sizeof(xmlAttr));
    if (attribute == NULL) GIVE_UP(b);
    memset(attribute, 0, sizeof(*attribute));
    attribute->type = XML_ATTRIBUTE_NODE;
    attribute->name = b->attributes[i].name->name;
    attribute->parent = element;
    attribute->doc = b->doc;
    xmlChar *value = b->attributes[i].value;
    /* libxml2 gives a valueless boolean attribute its own name as value (selected="selected"). */
    if (value == NULL && htmlIsBooleanAttr(attribute->name)) {
      value = copy_text(b, attribute->name, strlen((const char *)attribute->name));
      if (value == NULL) GIVE_UP(b);
    }
    if (value != NULL) {
      xmlNodePtr text = new_node(b, XML_TEXT_NODE, xmlStringText);
      if (text == NULL) return;
      text->content = value;
      text->parent = (xmlNodePtr)attribute;
      attribute->children = attribute->last = text;
    }
    if (last == NULL) {
      element->properties = attribute;
    } else {
      last->next = attribute;
      attribute->prev = last;
    }
    last = attribute;
    CaveatAttributeRecord *records =
        grow(b->attribute_records, &b->attribute_record_capacity, b->attribute_count + 1, sizeof(CaveatAttributeRecord));
    if (records == NULL) GIVE_UP(b);
    b->attribute_records = records;
    records[b->attribute_count].element = (size_t)(uintptr_t)element->_private - 1;
    records[b->attribute_count].name = (const char *)attribute->name;
    records[b->attribute_count].value = value != NULL ? (const char *)value : "";
    records[b->attribute_count].length = value != NULL ? strlen((const char *)value) : 0;
    b->attribute_count++;
  }
}

/* htmlParseStartTag and htmlParseElementInternal, at "<" + letter. */
static void start_tag(Builder *b) {
  b->p++;
  int dotted;
  const Name *name = read_name(b, &dotted);
  if (name == NULL) return;
  if (dotted || name->refused) GIVE_UP(b);
  if (name->unchecked) {
    if (htmlTagLookup(name->name) != NULL) GIVE_UP(b);
    ((Name *)name)->unchecked = 0;
  }
  auto_close(b, name);
  check_implied(b, name);
  /* libxml2 drops a second html, a misplaced head and a nested body, attributes and all; as
   * many html, head or body end tags are then ignored. */
  int discard = (name->html && b->depth > 0) || (name->head && b->depth != 1);
  if (name->body)
    for (int i = 0; i < b->depth; i++) discard |= b->names[i]->body;
  b->discarded += discard;
  size_t count = 0;
  skip_blanks(b);
  while (b->p < b->end && *b->p != '>' && !(*b->p == '/' && PEEK(b, 1) == '>')) {
    if (is_html_name_start(*b->p)) {
      int ignored;
      const Name *attribute = read_name(b, &ignored);
      if (attribute == NULL) return;
      skip_blanks(b);
      xmlChar *value = NULL;
      if (b->p < b->end && *b->p == '=') {
        b->p++;
        skip_blanks(b);
        value = attribute_value(b);
        if (value == NULL) return;
      }
      int duplicate = 0;
      for (size_t i = 0; i < count; i++) duplicate |= b->attributes[i].name == attribute;
      if (!duplicate) {
        Attribute *list = grow(b->attributes, &b->attribute_capacity, count + 1, sizeof(Attribute));
        if (list == NULL) GIVE_UP(b);
        b->attributes = list;
        b->attributes[count].name = attribute;
        b->attributes[count].value = value;
        count++;
      }
    } else {
      /* A bogus attribute: skipped up to a blank or the end of the tag. */
      while (b->p < b->end && !is_blank(*b->p) && *b->p != '>' && !(*b->p == '/' && PEEK(b, 1) == '>'))
        b->p++;
    }
    skip_blanks(b);
  }
  if (b->p >= b->end) GIVE_UP(b); /* the page ends inside the tag */
  int self_closed = *b->p == '/';
  b->p += self_closed ? 2 : 1;
  if (discard) {
    /* libxml2 then reads "/>" as the end of the element that is open: it closes it. */
    if (self_closed && b->depth > 0) close_element(b);
    return;
  }
  xmlNodePtr element = open_element(b, name);
  if (element == NULL) return;
  add_attributes(b, element, count);
  if (self_closed || name->empty) close_element(b);
}

/* htmlParseEndTag, at "</" + a name (which may start with '_', ':' or '.'). */
static void end_tag(Builder *b) {
  b->p += 2;
  int dotted;
  const Name *name = read_name(b, &dotted);
  if (name == NULL) return;
  skip_blanks(b);
  if (b->p < b->end && *b->p != '>') {
    /* Anything else in an end tag is skipped up to its '>'. */
    const unsigned char *close = memchr(b->p, '>', (size_t)(b->end - b->p));
    if (close == NULL) GIVE_UP(b);
    b->p = close;
  }
  if (b->p >= b->end) GIVE_UP(b);
  b->p++;
  if (b->discarded > 0 && (name->html || name->head || name->body)) {
    b->discarded--;
    return;
  }
  int i;
  for (i = b->depth - 1; i >= 0; i--) {
    if (b->names[i] == name) break;
    if (b->names[i]->priority > name->priority) return; /* ignored */
  }
  if (i < 0) return; /* not open: ignored */
  while (top_name(b) != name) close_element(b);
  close_element(b);
}

/* htmlParseComment, at "<!--". */
static void comment(Builder *b) {
  const unsigned char *start = b->p + 4;
  if (start >= b->end || *start == '>' || (start[0] == '-' && start + 1 < b->end && start[1] == '>'))
    GIVE_UP(b);
  /* The first "-->" ends it, or "--!>" (with an error). */
  const unsigned char *stop = start;
  size_t closer = 3;
  for (;;) {
    stop = memchr(stop, '-', (size_t)(b->end - stop));
    if (stop == NULL || stop + 2 >= b->end) GIVE_UP(b);
    if (stop[1] == '-') {
      if (stop[2] == '>') break;
      if (stop[2] == '!' && stop + 3 < b->end && stop[3] == '>') {
        closer = 4;
        break;
      }
    }
    stop++;
  }
  if (!all_kept(start, (size_t)(stop - start))) GIVE_UP(b);
  flush_text(b);
  add_content_node(b, b->node ? b->node : (xmlNodePtr)b->doc, XML_COMMENT_NODE, xmlStringComment, start,
                   (size_t)(stop - start));
  b->p = stop + closer;
}

/* The body of a script or style element, up to "</" + its name (htmlParseScript). */
static void raw_text(Builder *b) {
  const Name *name = top_name(b);
  const unsigned char *q = b->p;
  if (*q == '<' && is_letter(PEEK(b, 1))) {
    /* libxml2 first asks whether such a start tag closes the element (body closes style). */
    unsigned char lower[MAX_NAME + 1];
    size_t length = 0;
    /* The name as htmlParseHTMLName_nonInvasive reads it: name bytes but '.'. */
    for (const unsigned char *c = q + 1; c < b->end && length <= MAX_NAME; c++) {
      if (name_bytes[*c] == 0 || *c == '.') break;
      lower[length++] = name_bytes[*c];
    }
    const Name *next = length <= MAX_NAME ? intern(b, lower, length) : NULL;
    if (next == NULL || start_closes(next, name)) GIVE_UP(b);
  }
  for (;;) {
    q = memmem(q, (size_t)(b->end - q), "</", 2);
    if (q == NULL) GIVE_UP(b);
    if ((size_t)(b->end - q - 2) >= name->length &&
        xmlStrncasecmp(q + 2, name->name, (int)name->length) == 0)
      break;
    q += 2;
  }
  /* libxml2 ends the text at "</script…" but only "</script" + blanks + ">" closes it. */
  const unsigned char *after = q + 2 + name->length;
  if (after < b->end && name_bytes[*after] != 0) GIVE_UP(b);
  size_t length = (size_t)(q - b->p);
  /* libxml2 stops at a 10,000,000-byte text node and reads no further (the page is partial). */
  if (length >= 10000000) GIVE_UP(b);
  if (!all_kept(b->p, length)) GIVE_UP(b);
  add_content_node(b, b->node, XML_CDATA_SECTION_NODE, NULL, b->p, length);
  b->p = q;
}

/* Text up to the next '<' or '&' (htmlParseCharData). */
static void char_data(Builder *b) {
  const unsigned char *start = b->p, *q = start;
  unsigned seen = 0;
  for (; q < b->end; q++) {
    unsigned kind = text_bytes[*q];
    if (kind & (BYTE_STOP | BYTE_DROPPED | BYTE_CHECK)) {
      if (kind & BYTE_STOP) break;
      if (dropped(kind, q, b->end)) GIVE_UP(b);
    }
    seen |= kind;
  }
  int blank = !(seen & BYTE_TEXT);
  size_t length = (size_t)(q - start);
  if (in_paragraph_context(b)) {
    /* Blank text before a tag (or the end) is left where it is; anything else implies <p>. */
    int before_markup = q >= b->end || *q == '<';
    if (!(blank && length < TEXT_CHUNK && before_markup)) check_paragraph(b);
  }
  add_text(b, start, length);
  b->p = q;
}

/* XML's PubidChar (xmlIsPubidChar_tab): space, CR, LF, ASCII letters and digits, and
 * -'()+,./:=?;!*#@$_% */
static int is_pubid(unsigned char c) {
  if (is_letter(c) || is_digit(c)) return 1;
  return c != 0 && strchr(" \r\n-'()+,./:=?;!*#@$_%", c) != NULL;
}

/* A quoted literal of htmlParseExternalID, well-formed only: a quote, then bytes up to the same
 * quote, each a PubidChar (a public id) or an XML character (a system literal), at least one.
 * NULL for anything else, which the caller gives up on (libxml2 recovers in ways not
 * reproduced here). */
static xmlChar *quoted_literal(Builder *b, int pubid) {
  if (b->p >= b->end || (*b->p != '"' && *b->p != '\'')) return NULL;
  unsigned char quote = *b->p;
  const unsigned char *start = b->p + 1;
  const unsigned char *cursor = start;
  while (cursor < b->end && *cursor != quote) {
    unsigned char c = *cursor;
    if (pubid ? !is_pubid(c) : !(c >= 0x20 || c == 0x09 || c == 0x0A || c == 0x0D)) return NULL;
    cursor++;
  }
  if (cursor >= b->end || cursor == start) return NULL;
  xmlChar *text = copy_text(b, start, (size_t)(cursor - start));
  b->p = cursor + 1;
  return text;
}

/* Whether the bytes at the cursor are `word` (upper case) in any case, followed by a blank. */
static int at_keyword(const Builder *b, const char *word) {
  size_t length = strlen(word);
  for (size_t i = 0; i < length; i++)
    if ((PEEK(b, i) & 0xDF) != (unsigned char)word[i]) return 0;
  return is_blank(PEEK(b, length));
}

static void doctype(Builder *b) {
  b->p += 9;
  skip_blanks(b);
  const unsigned char *start = b->p;
  if (b->p >= b->end || !(is_letter(*b->p) || *b->p == '_' || *b->p == ':')) GIVE_UP(b);
  while (b->p < b->end && name_bytes[*b->p] != 0) b->p++;
  if (b->p >= b->end || *b->p >= 0x80) GIVE_UP(b);
  xmlChar *name = copy_text(b, start, (size_t)(b->p - start));
  skip_blanks(b);
  /* An external id (htmlParseExternalID): `PUBLIC "pubid" ["system"]` or `SYSTEM "system"`,
   * as old pages declare XHTML 1.0 or HTML 4.01. */
  xmlChar *public_id = NULL, *system_id = NULL;
  if (at_keyword(b, "PUBLIC")) {
    b->p += 6;
    skip_blanks(b);
    public_id = quoted_literal(b, 1);
    if (public_id == NULL) GIVE_UP(b);
    skip_blanks(b);
    if (b->p < b->end && (*b->p == '"' || *b->p == '\'')) {
      system_id = quoted_literal(b, 0);
      if (system_id == NULL) GIVE_UP(b);
    }
  } else if (at_keyword(b, "SYSTEM")) {
    b->p += 6;
    skip_blanks(b);
    system_id = quoted_literal(b, 0);
    if (system_id == NULL) GIVE_UP(b);
  }
  skip_blanks(b);
  if (b->p >= b->end || *b->p != '>' || name == NULL) GIVE_UP(b);
  b->p++;
  /* A later doctype changes nothing: an HTML document keeps its first. */
  if (b->doc->intSubset == NULL && xmlCreateIntSubset(b->doc, name, public_id, system_id) == NULL) fail(b);
}

static int at_doctype(const Builder *b) {
  static const char word[] = "DOCTYPE";
  if (PEEK(b, 0) != '<' || PEEK(b, 1) != '!') return 0;
  for (int i = 0; i < 7; i++)
    if ((PEEK(b, 2 + i) & 0xDF) != word[i]) return 0;
  return 1;
}

static int at_comment(const Builder *b) {
  return PEEK(b, 0) == '<' && PEEK(b, 1) == '!' && PEEK(b, 2) == '-' && PEEK(b, 3) == '-';
}

static void prologue_comments(Builder *b) {
  while (!b->failed && b->p < b->end && *b->p == '<' && (at_comment(b) || PEEK(b, 1) == '?')) {
    if (PEEK(b, 1) == '?') GIVE_UP(b);
    comment(b);
    skip_blanks(b);
  }
}

static void content(Builder *b) {
  while (!b->failed && b->p < b->end) {
    unsigned char c = *b->p;
    if (c == '<' && PEEK(b, 1) == '/') {
      if (is_html_name_start(PEEK(b, 2))) end_tag(b);
      else b->p += 2; /* "</" with no name is dropped */
    } else if (b->depth > 0 && top_name(b)->raw) {
      raw_text(b);
    } else if (c == '<') {
      unsigned char next = PEEK(b, 1);
      if (is_letter(next)) {
        start_tag(b);
      } else if (at_comment(b)) {
        comment(b);
      } else if (at_doctype(b)) {
        doctype(b); /* in the middle of the page too (after text, say) */
        /* libxml2 reads what follows a doctype there without its end-tag and doctype checks:
         * a '<' starting either is text. */
        if (!b->failed && PEEK(b, 0) == '<' && (PEEK(b, 1) == '/' || at_doctype(b))) {
          add_text(b, b->p, 1);
          b->p++;
        }
      } else if (next == '?') {
        GIVE_UP(b);
      } else {
        add_text(b, b->p, 1); /* a '<' that starts no markup is text, even "<!" */
        b->p++;
      }
    } else if (c == '&') {
      unsigned char out[8];
      size_t length = reference(b, out);
      if (length == 0) GIVE_UP(b);
      check_paragraph(b);
      add_text(b, out, length);
    } else {
      char_data(b);
    }
  }
}

static void builder_free(Builder *b) {
  free(b->element_records);
  free(b->attribute_records);
  free(b->text);
  free(b->slots);
  free(b->attributes);
  free(b->scratch);
}

void *caveat_tree_build(const unsigned char *bytes, size_t length, int options) {
  gave_up_at = __LINE__;
  if (!builder_ready || length == 0) return NULL;
  /* libxml2 reads a NUL as a space with an error, and a byte-order mark as text. */
  gave_up_at = __LINE__;
  if (memchr(bytes, 0, length) != NULL) return NULL;
  gave_up_at = __LINE__;
  if (length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return NULL;
  Builder *b = calloc(1, sizeof(Builder));
  if (b == NULL) return NULL;
  b->p = bytes;
  b->end = bytes + length;
  gave_up_at = 0;
  b->slot_mask = 63;
  b->slots = calloc(64, sizeof(Name *));
  b->doc = htmlNewDocNoDtD(NULL, NULL);
  if (b->slots == NULL || b->doc == NULL) {
    caveat_tree_release_shell(b->doc);
    builder_free(b);
    free(b);
    return NULL;
  }
  b->doc->properties = XML_DOC_HTML;
  b->doc->parseFlags = options;
  b->doc->encoding = xmlStrdup((const xmlChar *)"UTF-8");
  skip_blanks(b);
  if (b->p >= b->end) fail(b); /* libxml2: "Document is empty" */
  prologue_comments(b);
  if (!b->failed && at_doctype(b)) {
    doctype(b);
    skip_blanks(b);
    prologue_comments(b);
  }
  content(b);
  while (!b->failed && b->depth > 0) close_element(b);
  flush_text(b);
  if (!b->failed && b->doc->intSubset == NULL &&
      xmlCreateIntSubset(b->doc, (const xmlChar *)"html",
                         (const xmlChar *)"-//W3C//DTD HTML 4.0 Transitional//EN",
                         (const xmlChar *)"http://www.w3.org/TR/REC-html40/loose.dtd") == NULL)
    fail(b);
  if (!b->failed) {
    /* The records move into the region, beside the tree they describe. */
    size_t elements = b->element_count * sizeof(CaveatElementRecord);
    size_t attributes = b->attribute_count * sizeof(CaveatAttributeRecord);
    CaveatTreeIndex *index = caveat_tree_arena_malloc(sizeof(CaveatTreeIndex) + elements + attributes);
    if (index == NULL) {
      fail(b);
    } else {
      CaveatElementRecord *element_copy = (CaveatElementRecord *)(index + 1);
      CaveatAttributeRecord *attribute_copy = (CaveatAttributeRecord *)((unsigned char *)element_copy + elements);
      if (elements > 0) memcpy(element_copy, b->element_records, elements);
      if (attributes > 0) memcpy(attribute_copy, b->attribute_records, attributes);
      index->element_count = b->element_count;
      index->attribute_count = b->attribute_count;
      index->elements = element_copy;
      index->attributes = attribute_copy;
      b->doc->_private = index;
    }
  }
  xmlDocPtr doc = b->failed ? NULL : b->doc;
  /* After a give-up the partial tree's nodes stay in the region, freed with it; what libxml2
   * made goes now (with the region allocator installed it is in the region too, and goes back
   * to it). */
  if (doc == NULL) caveat_tree_release_shell(b->doc);
  builder_free(b);
  free(b);
  return doc;
}

const CaveatTreeIndex *caveat_tree_index(const void *document) {
  return document == NULL ? NULL : (const CaveatTreeIndex *)((const xmlDoc *)document)->_private;
}

void caveat_tree_release_shell(void *document) {
  xmlDocPtr doc = (xmlDocPtr)document;
  if (doc == NULL) return;
  /* The nodes are the region's: unhook them so that libxml2 frees only what it made. The DTD
   * is unlinked by hand, since its neighbours may be region nodes freed already. */
  xmlDtdPtr dtd = doc->intSubset;
  doc->intSubset = NULL;
  doc->children = NULL;
  doc->last = NULL;
  if (dtd != NULL) {
    dtd->parent = NULL;
    dtd->next = NULL;
    dtd->prev = NULL;
    xmlFreeDtd(dtd);
  }
  xmlFreeDoc(doc);
}

/* ---------------------------------------------------------------------------------------- */
/* The canonical dump (tests)                                                                 */

typedef struct {
  char *bytes;
  size_t length, capacity;
} Out;

static void put(Out *out, const char *bytes, size_t length) {
  if (out->length + length + 1 > out->capacity) {
    size_t next = out->capacity ? out->capacity * 2 : 4096;
    while (next < out->length + length + 1) next *= 2;
    char *grown = realloc(out->bytes, next);
    if (grown == NULL) return;
    out->bytes = grown;
    out->capacity = next;
  }
  memcpy(out->bytes + out->length, bytes, length);
  out->length += length;
  out->bytes[out->length] = 0;
}

static void put_string(Out *out, const char *text) {
  if (text == NULL) text = "(null)";
  put(out, text, strlen(text));
}

static void put_quoted(Out *out, const xmlChar *text) {
  if (text == NULL) {
    put_string(out, "(null)");
    return;
  }
  put(out, "\"", 1);
  for (const xmlChar *c = text; *c; c++) {
    char escaped[8];
    if (*c == '"' || *c == '\\') {
      escaped[0] = '\\';
      escaped[1] = (char)*c;
      put(out, escaped, 2);
    } else if (*c < 0x20) {
      int n = snprintf(escaped, sizeof(escaped), "\\x%02x", *c);
      put(out, escaped, (size_t)n);
    } else {
      put(out, (const char *)c, 1);
    }
  }
  put(out, "\"", 1);
}

static void dump_node(Out *out, xmlNodePtr node, xmlNodePtr parent, int depth) {
  for (; node; node = node->next) {
    for (int i = 0; i < depth; i++) put(out, "  ", 2);
    if (node->parent != parent) put_string(out, "[wrong parent] ");
    if (node->next && node->next->prev != node) put_string(out, "[wrong prev] ");
    switch (node->type) {
    case XML_ELEMENT_NODE:
      put_string(out, "<");
      put_string(out, (const char *)node->name);
      for (xmlAttrPtr a = node->properties; a; a = a->next) {
        put(out, " ", 1);
        put_string(out, (const char *)a->name);
        if (a->parent != node) put_string(out, "[wrong parent]");
        if (a->children) {
          put(out, "=", 1);
          if (a->children->next || a->children->type != XML_TEXT_NODE || a->children->parent != (xmlNodePtr)a)
            put_string(out, "[odd value]");
          put_quoted(out, a->children->content);
        }
      }
      put_string(out, ">\n");
      if (node->children && node->last->next != NULL) put_string(out, "[wrong last]\n");
      dump_node(out, node->children, node, depth + 1);
      break;
    case XML_TEXT_NODE:
      put_string(out, node->name == xmlStringText ? "#text " : "#text? ");
      put_quoted(out, node->content);
      put(out, "\n", 1);
      break;
    case XML_CDATA_SECTION_NODE:
      put_string(out, "#cdata ");
      put_quoted(out, node->content);
      put(out, "\n", 1);
      break;
    case XML_COMMENT_NODE:
      put_string(out, "#comment ");
      put_quoted(out, node->content);
      put(out, "\n", 1);
      break;
    case XML_DTD_NODE: {
      xmlDtdPtr dtd = (xmlDtdPtr)node;
      put_string(out, "#doctype ");
      put_quoted(out, dtd->name);
      put(out, " ", 1);
      put_quoted(out, dtd->ExternalID);
      put(out, " ", 1);
      put_quoted(out, dtd->SystemID);
      put(out, "\n", 1);
      break;
    }
    default: {
      char line[32];
      int n = snprintf(line, sizeof(line), "#node type %d\n", (int)node->type);
      put(out, line, (size_t)n);
    }
    }
  }
}

char *caveat_tree_dump(const void *document) {
  Out out = {NULL, 0, 0};
  put(&out, "", 0);
  xmlDocPtr doc = (xmlDocPtr)document;
  if (doc == NULL) return out.bytes;
  dump_node(&out, doc->children, (xmlNodePtr)doc, 0);
  if (doc->intSubset == NULL) put_string(&out, "[no intSubset]\n");
  return out.bytes;
}
