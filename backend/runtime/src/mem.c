/* mem.c: the heap. Bump allocation over [heap_base, limit), growing linear memory with
 * memory.grow. The collector will plug in at rt_gc_poll (ABI.md, "Garbage collection"): objects
 * carry their type id and size can be derived from it, so a sweep can walk the heap. */
#include "rt.h"

static uint32_t heap_start, heap_top, heap_end, max_bytes_pages, shadow_start;

void *memcpy(void *d, const void *s, size_t n) { __builtin_memcpy(d, s, n); return d; }
void *memmove(void *d, const void *s, size_t n) { __builtin_memmove(d, s, n); return d; }
void *memset(void *d, int c, size_t n) { __builtin_memset(d, c, n); return d; }

extern uint8_t __heap_base;

void WEXPORT(rt_init)(uint32_t shadow_base, uint32_t heap_base, uint32_t max_pages) {
    uint32_t own = (uint32_t)(size_t)&__heap_base;
    if (heap_base < own) heap_base = own;
    heap_base = (heap_base + 7) & ~7u;
    shadow_start = shadow_base;
    heap_start = heap_top = heap_base;
    heap_end = (uint32_t)__builtin_wasm_memory_size(0) * 65536u;
    max_bytes_pages = max_pages == 0 ? 65536 : max_pages;
    rt_exc = 0;
}

static int grow_to(uint32_t need_end) {
    uint32_t cur = (uint32_t)__builtin_wasm_memory_size(0);
    uint64_t want = ((uint64_t)need_end + 65535) / 65536;
    if (want <= cur) { heap_end = cur * 65536u; return 1; }
    /* Grow geometrically so that allocation-heavy code does not call memory.grow often. */
    uint64_t target = want > cur * 2 ? want : cur * 2;
    if (target > max_bytes_pages) target = max_bytes_pages;
    if (target < want) return 0;
    if (__builtin_wasm_memory_grow(0, (size_t)(target - cur)) == (size_t)-1) {
        if (__builtin_wasm_memory_grow(0, (size_t)(want - cur)) == (size_t)-1) return 0;
        target = want;
    }
    heap_end = (uint64_t)target * 65536u >= 0x100000000ull ? 0xfffffff8u : (uint32_t)(target * 65536u);
    return 1;
}

uint32_t WEXPORT(rt_alloc)(uint32_t size, uint32_t type_id) {
    if (heap_start == 0) rt_init(0, 0, 0);
    uint64_t sz = ((uint64_t)size + 7) & ~7ull;
    uint64_t end = (uint64_t)heap_top + sz;
    if (end > heap_end) {
        if (end >= 0xfffffff0ull || !grow_to((uint32_t)end)) {
            rt_raise(EXC_MemoryError, 0);
            return 0;
        }
    }
    uint32_t p = heap_top;
    heap_top = (uint32_t)end;
    /* Fresh pages are zero but a recycled block (later, with a collector) is not. */
    __builtin_memset((void *)(size_t)p, 0, (size_t)sz);
    HDR(p)[0] = type_id;
    return p;
}

void *scratch(uint32_t bytes) {
    uint32_t p = rt_alloc(bytes + 8, T_RAW);
    if (p == 0) return NULL;
    return (void *)(size_t)(p + 8);
}

void WEXPORT(rt_gc_poll)(void) {
    /* Seam for the mark-sweep collector: roots are the shadow stack [shadow_start, sp),
     * rt_exc and static data; until it lands, the heap only grows. */
    (void)shadow_start;
}

uint32_t WEXPORT(rt_heap_used)(void) { return heap_top - heap_start; }

int memcmp(const void *a, const void *b, size_t n) {
    const uint8_t *x = a, *y = b;
    for (size_t i = 0; i < n; i++) if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
}
