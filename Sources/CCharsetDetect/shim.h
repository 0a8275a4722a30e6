/* uchardet (libuchardet-dev) behind one plain C function, so Swift sees no library types.
 * uchardet was chosen over ICU's ucsdet on a labelled set (see README, "How Caveat decides a
 * page's encoding"); unlike ICU it also brings no headers that clash with Foundation's ICU. */
#ifndef CCHARSETDETECT_SHIM_H
#define CCHARSETDETECT_SHIM_H

#include <stddef.h>
#include <string.h>
#include <uchardet.h>

/* Guesses the charset of `count` bytes and copies its name (as uchardet spells it, e.g.
 * "GB18030", "WINDOWS-1251", "SHIFT_JIS") NUL-terminated into `name`. Returns the name's
 * length, 0 when there is no guess (or it does not fit in `capacity` bytes), -1 when the
 * detector cannot be created or fails to read the bytes. */
static inline int ccharsetdetect_guess(const unsigned char *bytes, size_t count, char *name, size_t capacity) {
  if (capacity == 0) return 0;
  name[0] = '\0';
  uchardet_t detector = uchardet_new();
  if (detector == NULL) return -1;
  if (uchardet_handle_data(detector, (const char *)bytes, count) != 0) {
    uchardet_delete(detector);
    return -1;
  }
  uchardet_data_end(detector);
  const char *guess = uchardet_get_charset(detector);
  size_t length = guess == NULL ? 0 : strlen(guess);
  if (length == 0 || length >= capacity) {
    uchardet_delete(detector);
    return 0;
  }
  memcpy(name, guess, length + 1);
  uchardet_delete(detector);
  return (int)length;
}

#endif
