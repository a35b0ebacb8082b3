#ifndef OPI_AGREEMENT_CDEFLATE_SHIM_H
#define OPI_AGREEMENT_CDEFLATE_SHIM_H

/* zlib, for the ZIP packages the writers make: raw deflate and CRC-32. */
#include <zlib.h>

/* deflateInit2 is a macro Swift cannot call. Raw deflate (no zlib header), the default level (6), memory level 9
   and the default strategy: the settings ZIPFoundation used when it wrote the packages, so the bytes stay the
   same. */
static inline int opi_deflate_init_raw(z_stream *stream) {
    return deflateInit2(stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
}

#endif
