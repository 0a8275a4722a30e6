#include "CTreeArena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The header in front of every block: its usable size and its arena (NULL for malloc). */
typedef struct header {
  size_t size;
  caveat_tree_arena *owner;
} header;

typedef struct chunk {
  struct chunk *next;
  struct chunk *previous;
  size_t used;
  size_t capacity;
} chunk;

enum {
  ALIGNMENT = 16,
  /* Freed blocks of up to BINS * ALIGNMENT bytes (header included) are recycled while their
   * arena is current: the parser frees a buffer per attribute value as it goes. */
  BINS = 32,
  CHUNK_SIZE = 256 * 1024,
  /* Blocks larger than this get a chunk of their own, which goes back to malloc as soon as
   * the block is freed or grown: the parser's input buffers double as they fill, and keeping
   * every old size would cost twice the page. */
  LARGE = CHUNK_SIZE / 4,
};

struct caveat_tree_arena {
  chunk *chunks;
  /* Chunks holding one large block each, in a doubly linked list. */
  chunk *large;
  void *bins[BINS];
  size_t reserved;
};

static _Thread_local caveat_tree_arena *current;

static size_t round_up(size_t size) { return (size + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1); }
static size_t chunk_header_size(void) { return round_up(sizeof(chunk)); }

/* Chunks come from malloc and go back to it: glibc keeps recently freed memory at hand, so
 * the next page's arena reuses pages already mapped. */
static chunk *new_chunk(size_t capacity) {
  chunk *made = malloc(capacity);
  if (made == NULL) return NULL;
  made->capacity = capacity;
  made->used = chunk_header_size();
  made->next = NULL;
  made->previous = NULL;
  return made;
}

/* The next `need` bytes of `from` (which has room) as a block of `arena`. */
static void *carve(caveat_tree_arena *arena, chunk *from, size_t need) {
  header *block = (header *)((char *)from + from->used);
  from->used += need;
  block->size = need - sizeof(header);
  block->owner = arena;
  return block + 1;
}

static void *large_block(caveat_tree_arena *arena, size_t need) {
  chunk *made = new_chunk(chunk_header_size() + need);
  if (made == NULL) return NULL;
  arena->reserved += made->capacity;
  made->next = arena->large;
  if (arena->large != NULL) arena->large->previous = made;
  arena->large = made;
  return carve(arena, made, need);
}

/* Frees the chunk of a large block at once. */
static void free_large(caveat_tree_arena *arena, header *block) {
  chunk *own = (chunk *)((char *)block - chunk_header_size());
  if (own->previous != NULL) own->previous->next = own->next;
  else arena->large = own->next;
  if (own->next != NULL) own->next->previous = own->previous;
  arena->reserved -= own->capacity;
  free(own);
}

static void *arena_block(caveat_tree_arena *arena, size_t size) {
  if (size > SIZE_MAX / 2) return NULL;
  size_t need = sizeof(header) + round_up(size == 0 ? 1 : size);
  if (need > LARGE) return large_block(arena, need);
  size_t bin = need / ALIGNMENT - 1;
  if (bin < BINS && arena->bins[bin] != NULL) {
    void *block = arena->bins[bin];
    arena->bins[bin] = *(void **)block;
    return block;
  }
  chunk *target = arena->chunks;
  if (target == NULL || target->capacity - target->used < need) {
    chunk *made = new_chunk(CHUNK_SIZE);
    if (made == NULL) return NULL;
    arena->reserved += made->capacity;
    made->next = target;
    arena->chunks = made;
    target = made;
  }
  return carve(arena, target, need);
}

void *caveat_tree_arena_malloc(size_t size) {
  if (current != NULL) return arena_block(current, size);
  if (size > SIZE_MAX - sizeof(header)) return NULL;
  header *block = malloc(sizeof(header) + size);
  if (block == NULL) return NULL;
  block->size = size;
  block->owner = NULL;
  return block + 1;
}

void caveat_tree_arena_free(void *pointer) {
  if (pointer == NULL) return;
  header *block = (header *)pointer - 1;
  if (block->owner == NULL) {
    free(block);
    return;
  }
  if (block->size + sizeof(header) > LARGE) {
    free_large(block->owner, block);
    return;
  }
  if (block->owner == current) {
    size_t bin = (block->size + sizeof(header)) / ALIGNMENT - 1;
    if (bin < BINS) {
      *(void **)pointer = current->bins[bin];
      current->bins[bin] = pointer;
    }
  }
  /* Otherwise the block goes when its arena does. */
}

void *caveat_tree_arena_realloc(void *pointer, size_t size) {
  if (pointer == NULL) return caveat_tree_arena_malloc(size);
  header *block = (header *)pointer - 1;
  if (block->owner == NULL) {
    if (size > SIZE_MAX - sizeof(header)) return NULL;
    header *moved = realloc(block, sizeof(header) + size);
    if (moved == NULL) return NULL;
    moved->size = size;
    return moved + 1;
  }
  if (size <= block->size) return pointer;
  void *copy = caveat_tree_arena_malloc(size);
  if (copy == NULL) return NULL;
  memcpy(copy, pointer, block->size);
  caveat_tree_arena_free(pointer);
  return copy;
}

char *caveat_tree_arena_strdup(const char *text) {
  if (text == NULL) return NULL;
  size_t length = strlen(text) + 1;
  char *copy = caveat_tree_arena_malloc(length);
  if (copy != NULL) memcpy(copy, text, length);
  return copy;
}

caveat_tree_arena *caveat_tree_arena_create(void) { return calloc(1, sizeof(caveat_tree_arena)); }

void caveat_tree_arena_destroy(caveat_tree_arena *arena) {
  if (arena == NULL) return;
  if (current == arena) current = NULL;
  chunk *lists[2] = {arena->chunks, arena->large};
  for (int list = 0; list < 2; list++) {
    chunk *next = lists[list];
    while (next != NULL) {
      chunk *old = next;
      next = old->next;
      free(old);
    }
  }
  free(arena);
}

void caveat_tree_arena_set_current(caveat_tree_arena *arena) { current = arena; }

size_t caveat_tree_arena_reserved(const caveat_tree_arena *arena) { return arena == NULL ? 0 : arena->reserved; }
