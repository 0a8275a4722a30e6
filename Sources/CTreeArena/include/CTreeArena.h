#ifndef CAVEAT_TREE_ARENA_H
#define CAVEAT_TREE_ARENA_H

#include <stddef.h>

/* A region allocator for libxml2 trees.
 *
 * libxml2 makes about eight allocations per element (the node, its name, each attribute, its
 * name, value node and text) and frees them one by one. Installed as libxml2's allocator,
 * these functions hand out memory from an arena while one is current on the calling thread,
 * and from malloc otherwise; freeing an arena block does nothing (or recycles it while its
 * arena is current), and the whole tree goes at once when its arena is destroyed.
 *
 * Every block carries a 16-byte header naming its arena (or none, for malloc), so free and
 * realloc know where a block came from whatever thread calls them. The direct tree builder
 * (CTreeBuilder) carves its nodes with caveat_tree_arena_malloc whether or not the functions
 * are installed; without them libxml2 allocates with malloc and its trees are freed with
 * xmlFreeDoc. Rules for callers:
 *   - install the functions before libxml2 allocates anything, or never;
 *   - make an arena current only around a parse, on the thread that parses;
 *   - destroy an arena only when nothing in it will be read or freed again (libxml2's
 *     thread-local "last error" holds copies of messages: reset it before the arena ends). */

typedef struct caveat_tree_arena caveat_tree_arena;

/** A new, empty arena (NULL when out of memory). */
caveat_tree_arena *caveat_tree_arena_create(void);
/** Frees every block of the arena at once, and the arena. */
void caveat_tree_arena_destroy(caveat_tree_arena *arena);
/** Makes `arena` the calling thread's current arena (NULL for none). */
void caveat_tree_arena_set_current(caveat_tree_arena *arena);
/** The bytes the arena has reserved so far. */
size_t caveat_tree_arena_reserved(const caveat_tree_arena *arena);

/** The allocator, for xmlGcMemSetup. */
void *caveat_tree_arena_malloc(size_t size);
void caveat_tree_arena_free(void *block);
void *caveat_tree_arena_realloc(void *block, size_t size);
char *caveat_tree_arena_strdup(const char *text);

#endif
