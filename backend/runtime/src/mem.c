/* mem.c: the heap and its collector (ABI.md, "Garbage collection").
 * The heap is a sequence of blocks [header, payload] from heap_start to heap_top, each either a
 * live object (size derived from its header) or a free block (T_FREE, word = size). Allocation
 * takes a free block of the right size or bumps heap_top, growing linear memory with memory.grow.
 * rt_gc_poll marks from the shadow stack and rt_exc, then sweeps the heap into free lists.
 * Compiled code does not call rt_gc_poll at every safepoint: it tests a word of its own memory that
 * rt_alloc sets once a collection is due (rt_gc_config), so a safepoint costs a load and a branch. */
#include "rt.h"

static uint32_t heap_start, heap_top, heap_end, max_pages_limit, shadow_start;
static uint32_t allocated_since_gc, live_after_gc, gc_count, gc_threshold;

/* The "collection due" word compiled code tests; until rt_gc_config names one, a word of our own. */
static uint32_t own_due_word;
static uint32_t *due_word = &own_due_word;
static uint32_t gc_mode;

#define MIN_THRESHOLD (4u << 20)
static void heap_verify(uint32_t shadow_top, const char *when);

#define MARK 0x100u
#define SMALL_MAX_BYTES 256
static uint32_t free_small[SMALL_MAX_BYTES / 8 + 1]; /* exact-size lists, index = size / 8 */
static uint32_t free_large;                         /* blocks above SMALL_MAX_BYTES, first fit */

void *memcpy(void *d, const void *s, size_t n) { __builtin_memcpy(d, s, n); return d; }
void *memmove(void *d, const void *s, size_t n) { __builtin_memmove(d, s, n); return d; }
void *memset(void *d, int c, size_t n) { __builtin_memset(d, c, n); return d; }
int memcmp(const void *a, const void *b, size_t n) {
    const uint8_t *x = a, *y = b;
    for (size_t i = 0; i < n; i++) if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
}

extern uint8_t __heap_base;
static int grow_to(uint32_t need_end);
static uint32_t end_of_pages(uint64_t pages);

void WEXPORT(rt_init)(uint32_t shadow_base, uint32_t heap_base, uint32_t max_pages) {
    uint32_t own = (uint32_t)(size_t)&__heap_base;
    if (heap_base < own) heap_base = own;
    heap_base = (heap_base + 7) & ~7u;
    shadow_start = shadow_base;
    heap_start = heap_top = heap_base;
    heap_end = end_of_pages(__builtin_wasm_memory_size(0));
    max_pages_limit = max_pages == 0 ? 65536 : max_pages;
    /* The shadow stack lies below the heap: make sure memory reaches the heap's start. */
    if (heap_base > heap_end) grow_to(heap_base);
    allocated_since_gc = live_after_gc = gc_count = 0;
    gc_threshold = MIN_THRESHOLD;
    due_word = &own_due_word;
    gc_mode = 0;
    __builtin_memset(free_small, 0, sizeof free_small);
    free_large = 0;
    rt_exc = 0;
}

static uint32_t align_block(uint64_t raw) {
    uint64_t s = (raw + 7) & ~7ull;
    return s < 16 ? 16 : (uint32_t)s;
}

/* Size of the block at p, from its header (the layouts of ABI.md). */
static uint32_t block_size(uint32_t p) {
    uint32_t t = obj_type(p), w = obj_word(p);
    switch (t) {
    case T_FREE: return w;
    case T_INT: return align_block(8 + 4ull * (w & 0x7fffffffu));
    case T_FLOAT: return 16;
    case T_STR: return align_block(16 + (uint64_t)w * HDR(p)[3]);
    case T_EXC: return EXC_BYTES;
    case T_STRBUILDER: return 24;
    case T_RAW: return align_block(8 + (uint64_t)w);
    default: return align_block(8 + 8ull * w); /* tuple, slot array, generic objects */
    }
}

/* The end of `pages` pages as a heap limit: 65536 pages (4 GiB) do not fit in 32 bits, and a
 * limit that wrapped to 0 once let allocations overwrite static data (2 ** 2 ** 30 then ended
 * with status 0 and no output). */
static uint32_t end_of_pages(uint64_t pages) {
    return pages * 65536ull >= 0x100000000ull ? 0xfffffff8u : (uint32_t)(pages * 65536ull);
}

static int grow_to(uint32_t need_end) {
    uint32_t cur = (uint32_t)__builtin_wasm_memory_size(0);
    uint64_t want = ((uint64_t)need_end + 65535) / 65536;
    if (want <= cur) { heap_end = end_of_pages(cur); return 1; }
    /* Grow geometrically (by half) so that allocation-heavy code does not call memory.grow often. */
    uint64_t target = want > cur + cur / 2 ? want : cur + cur / 2;
    if (target > max_pages_limit) target = max_pages_limit;
    if (target < want) return 0;
    if (__builtin_wasm_memory_grow(0, (size_t)(target - cur)) == (size_t)-1) {
        if (__builtin_wasm_memory_grow(0, (size_t)(want - cur)) == (size_t)-1) return 0;
        target = want;
    }
    heap_end = end_of_pages(target);
    return 1;
}

static void free_block(uint32_t p, uint32_t size) {
    HDR(p)[0] = T_FREE;
    HDR(p)[1] = size;
    if (size <= SMALL_MAX_BYTES) { HDR(p)[2] = free_small[size / 8]; free_small[size / 8] = p; }
    else { HDR(p)[2] = free_large; free_large = p; }
}

static uint32_t take_free(uint32_t sz) {
    if (sz <= SMALL_MAX_BYTES && free_small[sz / 8]) {
        uint32_t p = free_small[sz / 8];
        free_small[sz / 8] = HDR(p)[2];
        return p;
    }
    /* First fit, but only among the first blocks: a long list must not make allocation slow
     * (what is not found here comes from the bump region). */
    uint32_t *link = &free_large;
    for (int steps = 0; *link && steps < 64; steps++) {
        uint32_t p = *link, bs = HDR(p)[1];
        if (bs == sz || bs >= sz + 16) {
            *link = HDR(p)[2];
            if (bs > sz) free_block(p + sz, bs - sz);
            return p;
        }
        link = &HDR(p)[2];
    }
    return 0;
}

uint32_t WEXPORT(rt_alloc)(uint32_t size, uint32_t type_id) {
    if (heap_start == 0) rt_init(0, 0, 0);
    if (size > 0xfffffff0u) { rt_raise(EXC_MemoryError, 0); return 0; }
    uint32_t sz = align_block(size);
    uint32_t p = take_free(sz);
    if (!p) {
        uint64_t end = (uint64_t)heap_top + sz;
        if (end > heap_end && (end >= 0xfffffff0ull || !grow_to((uint32_t)end))) {
            rt_raise(EXC_MemoryError, 0);
            return 0;
        }
        p = heap_top;
        heap_top = (uint32_t)end;
    }
    /* Small blocks (a boxed float is 16 bytes) are zeroed by a few stores that clang expands
     * from a constant-size memset: the general memset is memory.fill, which Chicory runs as a
     * call into its Memory object and V8 as a call to a builtin. */
    switch (sz) {
    case 16: __builtin_memset((void *)(size_t)p, 0, 16); break;
    case 24: __builtin_memset((void *)(size_t)p, 0, 24); break;
    case 32: __builtin_memset((void *)(size_t)p, 0, 32); break;
    default: __builtin_memset((void *)(size_t)p, 0, sz); break;
    }
    HDR(p)[0] = type_id;
    /* A raw block's size lives in its header from the start, so the heap stays walkable. */
    if (type_id == T_RAW) HDR(p)[1] = sz - 8;
    /* Saturating: a count that wrapped past 4 GiB would put the next collection off. */
    allocated_since_gc = sz > 0xffffffffu - allocated_since_gc ? 0xffffffffu : allocated_since_gc + sz;
    if (allocated_since_gc >= gc_threshold) *due_word = 1;
    return p;
}

uint32_t heap_alloc(uint64_t size, uint32_t type_id) {
    if (size > 0xffffff00ull) { rt_raise(EXC_MemoryError, 0); return 0; }
    return rt_alloc((uint32_t)size, type_id);
}

void *scratch(uint64_t bytes) {
    uint32_t p = heap_alloc(bytes + 8, T_RAW);
    return p == 0 ? NULL : (void *)(size_t)(p + 8);
}

/* A runtime function in the middle of an algorithm (a Karatsuba level, a division step) has no
 * way to stop and report: going on with a null block wrote over static data (stdout's buffer
 * among it), so that a program ended with status 0 and no output. Memory running out there ends
 * the program as an uncaught MemoryError does. */
void *scratch_sure(uint64_t bytes) {
    void *p = scratch(bytes);
    if (p == NULL) {
        rt_raise(EXC_MemoryError, 0);
        rt_uncaught();
    }
    return p;
}

/* ---- marking: an explicit stack; on overflow, rescan the heap for marked objects ---- */
#define MSTACK 8192
static uint32_t mstack[MSTACK];
static uint32_t msp;
static int moverflow;

static void mark_ptr(uint32_t p) {
    if (p < heap_start || p >= heap_top || (p & 7)) return; /* static data or not a pointer */
    if (HDR(p)[0] & MARK) return;
    HDR(p)[0] |= MARK;
    if (msp < MSTACK) mstack[msp++] = p; else moverflow = 1;
}

static void mark_value(wobj v) { if (v & 1) mark_ptr(unbox_ptr(v)); }

void exc_mark_roots(void (*mark)(uint32_t));

static void trace(uint32_t p) {
    uint32_t t = obj_type(p), w = obj_word(p);
    switch (t) {
    case T_INT: case T_FLOAT: case T_STR: case T_RAW: case T_FREE: return;
    case T_EXC:
        mark_ptr(HDR(p)[3]); mark_ptr(HDR(p)[4]); mark_ptr(HDR(p)[5]); mark_ptr(HDR(p)[6]); mark_ptr(HDR(p)[7]);
        return;
    case T_STRBUILDER: mark_ptr(HDR(p)[2] - 8); return;
    default: {
        const wobj *slots = (const wobj *)(size_t)(p + 8);
        for (uint32_t i = 0; i < w; i++) mark_value(slots[i]);
    }
    }
}

static void drain(void) {
    while (msp) trace(mstack[--msp]);
}

static void mark_all(uint32_t shadow_top) {
    msp = 0;
    moverflow = 0;
    for (uint32_t a = shadow_start; a + 8 <= shadow_top; a += 8) mark_value(*(const wobj *)(size_t)a);
    mark_ptr(rt_exc);
    exc_mark_roots(mark_ptr);
    argv_mark_roots(mark_ptr);
    class_mark_roots(mark_ptr);
    drain();
    while (moverflow) {
        moverflow = 0;
        for (uint32_t p = heap_start; p < heap_top; p += block_size(p)) {
            if (HDR(p)[0] & MARK) { trace(p); drain(); }
        }
    }
}

static void sweep(void) {
    __builtin_memset(free_small, 0, sizeof free_small);
    free_large = 0;
    uint32_t live = 0, run = 0, p = heap_start;
    while (p < heap_top) {
        uint32_t size = block_size(p);
        if (size > heap_top - p) rt_fatal("heap corrupted: an object header does not match its allocation");
        if (HDR(p)[0] & MARK) {
            HDR(p)[0] &= ~MARK;
            live += size;
            if (run) { free_block(run, p - run); run = 0; }
        } else {
            /* Verification poisons what dies: a value read after its object was freed shows as garbage. */
            if (gc_mode & RT_GC_VERIFY) __builtin_memset((void *)(size_t)(p + 8), 0xa5, size - 8);
            if (!run) run = p;
        }
        p += size;
    }
    /* A dead tail goes back to the bump region. */
    if (run) heap_top = run;
    live_after_gc = live;
    allocated_since_gc = 0;
}

void WEXPORT(rt_gc_collect)(uint32_t shadow_top) {
    if (heap_start == 0) return;
    if (gc_mode & RT_GC_VERIFY) heap_verify(shadow_top, "before a collection");
    mark_all(shadow_top);
    sweep();
    gc_count++;
    /* Collect again after allocating twice what survived (at least 4 MiB), so the collector's
     * work stays proportional to allocation and the heap about three times the live data; near
     * the memory limit, after half the room left, so that a collection comes before the limit. */
    uint64_t room = (uint64_t)max_pages_limit * 65536u - heap_start, t = 2ull * live_after_gc;
    uint64_t cap = room > live_after_gc ? (room - live_after_gc) / 2 : 0;
    if (t > cap) t = cap;
    if (t < MIN_THRESHOLD) t = MIN_THRESHOLD;
    gc_threshold = t > 0xffffffffull ? 0xffffffffu : (uint32_t)t;
    *due_word = (gc_mode & RT_GC_STRESS) ? 1 : 0;
    if (gc_mode & RT_GC_VERIFY) heap_verify(shadow_top, "after a collection");
}

void WEXPORT(rt_gc_poll)(uint32_t shadow_top) {
    if (gc_deferred) return; /* compiled code called back from the runtime: see class.c */
    if ((gc_mode & RT_GC_STRESS) || allocated_since_gc >= gc_threshold) rt_gc_collect(shadow_top);
}

void WEXPORT(rt_gc_config)(uint32_t due_addr, uint32_t mode) {
    due_word = due_addr ? (uint32_t *)(size_t)due_addr : &own_due_word;
    gc_mode = mode;
    *due_word = (mode & RT_GC_STRESS) || allocated_since_gc >= gc_threshold;
}

uint32_t WEXPORT(rt_heap_used)(void) { return live_after_gc + allocated_since_gc; }
uint32_t WEXPORT(rt_gc_count)(void) { return gc_count; }
uint32_t WEXPORT(rt_memory_pages)(void) { return (uint32_t)__builtin_wasm_memory_size(0); }

static void out_u32(int fd, uint32_t v) {
    char buf[12];
    int n = sizeof buf;
    do { buf[--n] = (char)('0' + v % 10); v /= 10; } while (v);
    out_bytes(fd, (const uint8_t *)buf + n, sizeof buf - n);
}

void WEXPORT(rt_gc_report)(void) {
    rt_flush();
    out_cstr(2, "waspy: gc: ");
    out_u32(2, gc_count);
    out_cstr(2, " collections, memory ");
    out_u32(2, rt_memory_pages());
    out_cstr(2, " pages, heap ");
    out_u32(2, (heap_top - heap_start) >> 10);
    out_cstr(2, " KiB, live after the last collection ");
    out_u32(2, live_after_gc >> 10);
    out_cstr(2, " KiB\n");
}

/* ---- heap verification (RT_GC_VERIFY) ----------------------------------------------------------
 * Walks every block: a known type id, no stray GC bits, a size that fits; free lists hold exactly
 * the free blocks, each on the list of its size; every reference from a live object or a root
 * points at the start of a live block (or below the heap, at static data). Block starts are kept
 * in a bitmap in the unused memory above heap_top. A failure stops the program (status 70). */
static uint32_t *starts;

static char bad_message[160];

static NORETURN void bad(const char *when, const char *what) {
    const char *parts[] = {"heap verification ", when, ": ", what};
    uint32_t n = 0;
    for (int k = 0; k < 4; k++)
        for (const char *c = parts[k]; *c && n + 1 < sizeof bad_message; c++) bad_message[n++] = *c;
    bad_message[n] = 0;
    rt_fatal(bad_message);
}

static int is_start(uint32_t p) {
    uint32_t i = (p - heap_start) >> 3;
    return starts ? (starts[i >> 5] >> (i & 31)) & 1 : 1;
}

static const char *check_ref(uint32_t p) {
    if (p < heap_start) return 0; /* static data (or 0: no object) */
    if (p >= heap_top) return "a reference points past the end of the heap";
    if (p & 7) return "a reference is not 8-byte aligned";
    if (!is_start(p)) return "a reference points into the middle of a block";
    if (obj_type(p) == T_FREE) return "a reference points at a free block";
    return 0;
}

static const char *check_value(wobj v) { return (v & 1) ? check_ref(unbox_ptr(v)) : 0; }

static const char *check_refs(uint32_t p) {
    uint32_t t = obj_type(p), w = obj_word(p);
    const char *e = 0;
    switch (t) {
    case T_INT: case T_FLOAT: case T_STR: case T_RAW: case T_FREE: return 0;
    case T_EXC:
        if ((e = check_ref(HDR(p)[3])) || (e = check_ref(HDR(p)[4])) || (e = check_ref(HDR(p)[5]))
            || (e = check_ref(HDR(p)[6])) || (e = check_ref(HDR(p)[7]))) return e;
        return 0;
    case T_STRBUILDER:
        if (HDR(p)[2] == 0) return 0;
        if ((e = check_ref(HDR(p)[2] - 8))) return e;
        if (HDR(p)[2] - 8 >= heap_start && obj_type(HDR(p)[2] - 8) != T_RAW) return "a string builder's buffer is not a raw block";
        return 0;
    default: {
        const wobj *slots = (const wobj *)(size_t)(p + 8);
        for (uint32_t i = 0; i < w; i++) if ((e = check_value(slots[i]))) return e;
        return 0;
    }
    }
}

/* The type ids a heap block may carry (None, bool and the dict's dummy are static only). A new
 * type id goes here, and into block_size and trace when its layout is not the generic one. */
static int known_type(uint32_t t) {
    return t == T_FREE || (t >= T_INT && t <= T_SLOTS) || t == T_ITER || t == T_DICTVIEW || (t >= T_CLASS && t <= T_METHOD)
           || t == T_FROZENSET || t == T_DESCR || t == T_SUPER || t == T_STANDIN || t >= T_USER_FIRST;
}

static void heap_verify(uint32_t shadow_top, const char *when) {
    /* The bitmap of block starts lives above the heap's top, in memory nothing else uses. */
    uint32_t bits = (heap_top - heap_start) >> 3, words = (bits + 31) >> 5;
    uint32_t at = (heap_top + 7) & ~7u;
    starts = 0;
    if ((uint64_t)at + 4ull * words < 0xfffffff0ull && ((uint64_t)at + 4ull * words <= heap_end || grow_to(at + 4 * words))) {
        starts = (uint32_t *)(size_t)at;
        __builtin_memset(starts, 0, 4 * words);
    }
    uint32_t free_blocks = 0;
    for (uint32_t p = heap_start; p < heap_top;) {
        uint32_t h = HDR(p)[0];
        if (!known_type(h & 0xff)) bad(when, "a block has an unknown type id");
        if (h & ~0xffu) bad(when, "a block has stray GC or reserved header bits");
        uint32_t size = block_size(p);
        if (size < 16 || (size & 7) || size > heap_top - p) bad(when, "a block's size does not fit the heap");
        if (obj_type(p) == T_FREE) free_blocks++;
        if (starts) { uint32_t i = (p - heap_start) >> 3; starts[i >> 5] |= 1u << (i & 31); }
        p += size;
    }
    uint32_t listed = 0;
    for (uint32_t k = 0; k <= SMALL_MAX_BYTES / 8; k++) {
        for (uint32_t p = free_small[k]; p; p = HDR(p)[2]) {
            if (p < heap_start || p >= heap_top || (p & 7) || !is_start(p) || obj_type(p) != T_FREE)
                bad(when, "a small free list holds something that is not a free block");
            if (HDR(p)[1] != k * 8) bad(when, "a free block is on the list of another size");
            if (++listed > free_blocks) bad(when, "the free lists hold more blocks than the heap (a cycle?)");
        }
    }
    for (uint32_t p = free_large; p; p = HDR(p)[2]) {
        if (p < heap_start || p >= heap_top || (p & 7) || !is_start(p) || obj_type(p) != T_FREE)
            bad(when, "the large free list holds something that is not a free block");
        if (HDR(p)[1] <= SMALL_MAX_BYTES) bad(when, "a small free block is on the large list");
        if (++listed > free_blocks) bad(when, "the free lists hold more blocks than the heap (a cycle?)");
    }
    if (listed != free_blocks) bad(when, "a free block is on no free list");
    for (uint32_t p = heap_start; p < heap_top; p += block_size(p)) {
        const char *e = check_refs(p);
        if (e) bad(when, e);
    }
    if (shadow_top < shadow_start || (shadow_top - shadow_start) & 7) bad(when, "the shadow stack's top is misaligned");
    for (uint32_t a = shadow_start; a + 8 <= shadow_top; a += 8) {
        const char *e = check_value(*(const wobj *)(size_t)a);
        if (e) bad(when, "a shadow-stack root is not a live object");
    }
    if (check_ref(rt_exc)) bad(when, "the pending exception is not a live object");
    starts = 0;
}
