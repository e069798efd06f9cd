#ifndef STORYSCOPE_CBYTESEARCH_H
#define STORYSCOPE_CBYTESEARCH_H

#include <stddef.h>

/// glibc's memmem (a GNU extension, so not in Swift's Glibc module): the first occurrence of
/// a needle in a haystack, in time linear in both (two-way matching), or NULL.
const void *storyscope_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

#endif
