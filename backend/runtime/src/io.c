/* io.c: buffered stdout, unbuffered stderr, exit (stdin is stdin.c's). */
#include "rt.h"

typedef struct { uint32_t buf; uint32_t len; } iovec;

__attribute__((import_module("wasi_snapshot_preview1"), import_name("fd_write")))
int32_t wasi_fd_write(int32_t fd, const iovec *iovs, int32_t iovs_len, uint32_t *nwritten);
__attribute__((import_module("wasi_snapshot_preview1"), import_name("proc_exit"), noreturn))
void wasi_proc_exit(int32_t code);

#define OUT_CAP 8192
static uint8_t out_buf[OUT_CAP];
static uint32_t out_len;

__attribute__((noinline)) static void write_all(int fd, const uint8_t *p, uint32_t n) {
    while (n > 0) {
        iovec v = { (uint32_t)(size_t)p, n };
        uint32_t done = 0;
        if (wasi_fd_write(fd, &v, 1, &done) != 0 || done == 0) return; /* nowhere to report it */
        p += done;
        n -= done;
    }
}

void WEXPORT(rt_flush)(void) {
    write_all(1, out_buf, out_len);
    out_len = 0;
}

void out_bytes(int fd, const uint8_t *p, uint32_t n) {
    if (fd != 1) {
        rt_flush();
        write_all(fd, p, n);
        return;
    }
    if (out_len + n > OUT_CAP) {
        rt_flush();
        if (n > OUT_CAP) { write_all(1, p, n); return; }
    }
    __builtin_memcpy(out_buf + out_len, p, n);
    out_len += n;
}

void out_cstr(int fd, const char *p) { out_bytes(fd, (const uint8_t *)p, cstrlen(p)); }

static uint32_t utf8_encode(uint32_t c, uint8_t *b) {
    if (c < 0x80) { b[0] = (uint8_t)c; return 1; }
    if (c < 0x800) { b[0] = 0xc0 | (c >> 6); b[1] = 0x80 | (c & 63); return 2; }
    if (c < 0x10000) {
        b[0] = 0xe0 | (c >> 12); b[1] = 0x80 | ((c >> 6) & 63); b[2] = 0x80 | (c & 63); return 3;
    }
    b[0] = 0xf0 | (c >> 18); b[1] = 0x80 | ((c >> 12) & 63); b[2] = 0x80 | ((c >> 6) & 63);
    b[3] = 0x80 | (c & 63);
    return 4;
}

/* One code point as CPython's streams encode it: UTF-8, except that stdout writes U+DC80..U+DCFF
 * as the byte they escape (surrogateescape, so bytes read from stdin or argv come back unchanged)
 * and stderr writes any surrogate as \uXXXX (backslashreplace). */
static void out_cp(int fd, uint32_t c) {
    uint8_t b[6];
    if (c >= 0xd800 && c < 0xe000) {
        if (fd == 1 && c >= 0xdc80 && c < 0xdd00) { b[0] = (uint8_t)(c - 0xdc00); out_bytes(fd, b, 1); return; }
        if (fd == 2) {
            static const char hex[] = "0123456789abcdef";
            b[0] = '\\'; b[1] = 'u';
            for (int i = 0; i < 4; i++) b[2 + i] = (uint8_t)hex[(c >> (12 - 4 * i)) & 15];
            out_bytes(fd, b, 6);
            return;
        }
    }
    out_bytes(fd, b, utf8_encode(c, b));
}

void out_str(int fd, wstr s) {
    uint32_t n = str_len(s);
    if (str_kind(s) == 1) {
        const uint8_t *d = str_data(s);
        uint32_t i = 0;
        while (i < n) {
            uint32_t j = i;
            while (j < n && d[j] < 0x80) j++;
            if (j > i) out_bytes(fd, d + i, j - i);
            if (j < n) { uint8_t b[4]; out_bytes(fd, b, utf8_encode(d[j], b)); j++; }
            i = j;
        }
        return;
    }
    for (uint32_t i = 0; i < n; i++) out_cp(fd, str_at(s, i));
}

void WEXPORT(rt_write_str)(wstr s) { out_str(1, s); }
void WEXPORT(rt_write_ascii)(uint32_t ptr, uint32_t len) { out_bytes(1, (const uint8_t *)(size_t)ptr, len); }
void WEXPORT(rt_write_char)(uint32_t cp) { out_cp(1, cp); }
void WEXPORT(rt_ewrite_str)(wstr s) { out_str(2, s); }
void WEXPORT(rt_ewrite_ascii)(uint32_t ptr, uint32_t len) { out_bytes(2, (const uint8_t *)(size_t)ptr, len); }

wint WEXPORT(rt_file_write)(wint fd, wobj s) {
    if ((s & 1) == 0 || obj_type(unbox_ptr(s)) != T_STR) {
        raise_typed("write() argument must be str, not ", s, "");
        return 0;
    }
    out_str(small_val(fd) == 2 ? 2 : 1, unbox_ptr(s));
    return mk_small(str_len(unbox_ptr(s)));
}

void WEXPORT(rt_write_int)(wint v) {
    if (is_small(v)) {
        char b[24]; int i = 24; int64_t x = small_val(v); uint64_t u = x < 0 ? -(uint64_t)x : (uint64_t)x;
        do { b[--i] = '0' + (char)(u % 10); u /= 10; } while (u);
        if (x < 0) b[--i] = '-';
        out_bytes(1, (const uint8_t *)b + i, 24 - i);
        return;
    }
    wstr s = rt_int_to_str(v);
    if (s) out_str(1, s);
}
void WEXPORT(rt_write_float)(double v) { wstr s = rt_float_repr(v); if (s) out_str(1, s); }
void WEXPORT(rt_write_obj)(wobj v) { wstr s = rt_obj_str(v); if (s) out_str(1, s); }

void WEXPORT(rt_exit)(int32_t code) {
    rt_flush();
    wasi_proc_exit(code);
}

uint32_t utf8_encode_pub(uint32_t c, uint8_t *b) { return utf8_encode(c, b); }
