/* stdin.c: sys.stdin and input() over WASI fd_read. One buffer serves every reader, as CPython's
 * one TextIOWrapper does: input(), readline(), read(), readlines() and iteration share it. Lines
 * split at '\n' only (POSIX newline mode, no translation) and are decoded from UTF-8 with
 * surrogateescape (utf8.c); a line never splits a multi-byte sequence, so decoding line by line
 * gives what decoding the whole stream would. */
#include "rt.h"

typedef struct { uint32_t buf; uint32_t len; } iovec;

__attribute__((import_module("wasi_snapshot_preview1"), import_name("fd_read")))
int32_t wasi_fd_read(int32_t fd, const iovec *iovs, int32_t iovs_len, uint32_t *nread);

#define IN_CAP 8192
static uint8_t in_buf[IN_CAP];
static uint32_t in_pos, in_len;
static int in_eof;
/* Set by exit() and quit(), which close sys.stdin before they raise SystemExit. */
static int in_closed;

void WEXPORT(rt_stdin_close)(void) { in_closed = 1; }

/* Every read of a closed stdin raises CPython's ValueError; 1 when it did. */
static int closed(void) {
    if (!in_closed) return 0;
    raise_c(EXC_ValueError, "I/O operation on closed file.");
    return 1;
}

/* Refills the buffer; 0 at end of file (an error reading fd 0 counts as the end, as nothing in
 * the program could observe it otherwise). */
static int fill(void) {
    if (in_eof) return 0;
    iovec v = { (uint32_t)(size_t)in_buf, IN_CAP };
    uint32_t got = 0;
    if (wasi_fd_read(0, &v, 1, &got) != 0 || got == 0) { in_eof = 1; got = 0; }
    in_pos = 0;
    in_len = got;
    return got != 0;
}

/* Bytes gathered across refills, in heap scratch memory (no collection runs inside a runtime call). */
typedef struct { uint8_t *p; uint32_t n, cap; } bytes;

static int add(bytes *b, const uint8_t *p, uint32_t n) {
    if (b->n + n > b->cap) {
        uint64_t cap = (uint64_t)b->cap * 2;
        if (cap < b->n + (uint64_t)n) cap = b->n + (uint64_t)n;
        if (cap < 256) cap = 256;
        if (cap >= 0xfff00000ull) { rt_raise(EXC_MemoryError, 0); return 0; }
        uint8_t *q = scratch((uint32_t)cap);
        if (!q) return 0;
        if (b->n) __builtin_memcpy(q, b->p, b->n);
        b->p = q;
        b->cap = (uint32_t)cap;
    }
    __builtin_memcpy(b->p + b->n, p, n);
    b->n += n;
    return 1;
}

/* The next line's bytes with its '\n' (none on the last line of a file that does not end with
 * one; no bytes at end of file), pointing into the buffer or into *acc. 0 after raising MemoryError. */
static int read_line(const uint8_t **line, uint32_t *n) {
    bytes acc = { 0, 0, 0 };
    for (;;) {
        if (in_pos == in_len && !fill()) { *line = acc.p; *n = acc.n; return 1; }
        const uint8_t *start = in_buf + in_pos;
        uint32_t avail = in_len - in_pos, k = 0;
        while (k < avail && start[k] != '\n') k++;
        if (k < avail) {
            in_pos += k + 1;
            if (acc.n == 0) { *line = start; *n = k + 1; return 1; }
            if (!add(&acc, start, k + 1)) return 0;
            *line = acc.p; *n = acc.n;
            return 1;
        }
        if (!add(&acc, start, avail)) return 0;
        in_pos = in_len;
    }
}

static wstr next_line(void) {
    const uint8_t *p;
    uint32_t n;
    if (closed()) return 0;
    return read_line(&p, &n) ? str_from_utf8(p, n) : 0;
}

wstr WEXPORT(rt_stdin_readline)(void) { return next_line(); }

wstr WEXPORT(rt_stdin_read)(void) {
    bytes acc = { 0, 0, 0 };
    if (closed()) return 0;
    for (;;) {
        if (in_pos == in_len && !fill()) return str_from_utf8(acc.p, acc.n);
        if (!add(&acc, in_buf + in_pos, in_len - in_pos)) return 0;
        in_pos = in_len;
    }
}

wlist WEXPORT(rt_stdin_readlines)(void) {
    wlist l = rt_list_new(0);
    for (;;) {
        if (!l) return 0;
        wstr s = next_line();
        if (!s) return 0;
        if (str_len(s) == 0) return l;
        rt_list_append(l, box_ptr(s));
        if (exc_pending()) return 0;
    }
}

/* input() once the prompt is written: CPython flushes stdout, reads a line with sys.stdin.readline()
 * (stdin is not a terminal here) and drops its '\n'. */
wstr WEXPORT(rt_input)(void) {
    rt_flush();
    const uint8_t *p;
    uint32_t n;
    if (closed()) return 0;
    if (!read_line(&p, &n)) return 0;
    if (n == 0) { raise_c(EXC_EOFError, "EOF when reading a line"); return 0; }
    return str_from_utf8(p, p[n - 1] == '\n' ? n - 1 : n);
}
