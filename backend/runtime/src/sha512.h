/* sha512.h: SHA-512 of n bytes (sha512.c). */
#ifndef SHA512_H
#define SHA512_H
#include "rt.h"
void sha512(const uint8_t *data, uint32_t n, uint8_t out[64]);
#endif
