#ifndef CAVEAT_CLIBXML2_SHIM_H
#define CAVEAT_CLIBXML2_SHIM_H

/* xmlversion.h first, then drop ICU: Debian builds libxml2 with ICU, so encoding.h would pull
 * <unicode/ucnv.h>, whose UErrorCode clashes with Foundation's bundled _FoundationICU in a clean
 * Swift 6.3.1 build ("'UErrorCode' has different definitions in different modules"). We only
 * ever pass encoding names to libxml2, never ICU converters, so nothing is lost. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

/* xmlFree is a global function-pointer variable, which Swift 6 rejects as shared mutable state. */
static inline void clibxml2_free(void *ptr) { xmlFree(ptr); }

/* libxml2 writes some messages (e.g. "encoding error : input conversion failed") through the
 * variadic generic error function straight to stderr; Swift cannot define a variadic C
 * callback, so the silent handler lives here. The handler is per thread in threaded builds, so
 * call this on the thread that parses, right before parsing. */
static void clibxml2_silent_generic_error(void *ctx, const char *msg, ...) {
  (void)ctx;
  (void)msg;
}
static inline void clibxml2_silence_generic_errors(void) {
  xmlSetGenericErrorFunc(NULL, clibxml2_silent_generic_error);
}

/* The version of the libxml2 the process runs (not the headers'), e.g. "20914": a macro over a
 * per-thread accessor in threaded builds, which Swift cannot import. */
static inline const char *clibxml2_parser_version(void) { return xmlParserVersion; }

/* The parser's depth limit is a writable global (256 in 2.9.14); read it through a function so
 * the value reported in warnings is the real one. */
static inline unsigned int clibxml2_max_depth(void) { return xmlParserMaxDepth; }

/* glibc's memmem is a GNU extension that Swift's Glibc module does not declare (it needs
 * _GNU_SOURCE); the declaration below is glibc's own, so it agrees with <string.h> when both
 * are seen. Used for byte searches in page bytes outside libxml2. */
extern void *memmem(const void *haystack, size_t haystacklen, const void *needle, size_t needlelen);
static inline const void *caveat_memmem(const void *haystack, size_t haystack_length, const void *needle,
                                        size_t needle_length) {
  return memmem(haystack, haystack_length, needle, needle_length);
}

#endif
