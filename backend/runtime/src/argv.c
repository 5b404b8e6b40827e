/* argv.c: sys.argv from WASI args_get. CPython decodes each argument with the locale's encoding
 * and surrogateescape (UTF-8 here, utf8.c). The list is made once, on first use, and is the same
 * object ever after (a program may change it), so the collector keeps it as a root. */
#include "rt.h"

__attribute__((import_module("wasi_snapshot_preview1"), import_name("args_sizes_get")))
int32_t wasi_args_sizes_get(uint32_t *argc, uint32_t *buf_size);
__attribute__((import_module("wasi_snapshot_preview1"), import_name("args_get")))
int32_t wasi_args_get(uint32_t *argv, uint8_t *buf);

static wlist argv_list;

wlist WEXPORT(rt_sys_argv)(void) {
    if (argv_list) return argv_list;
    uint32_t argc = 0, size = 0;
    if (wasi_args_sizes_get(&argc, &size) != 0) argc = size = 0;
    uint32_t *ptrs = scratch(argc * 4 + 4);
    uint8_t *buf = scratch(size + 1);
    if (!ptrs || !buf) return 0;
    if (argc && wasi_args_get(ptrs, buf) != 0) argc = 0;
    wlist l = rt_list_new(0);
    if (!l) return 0;
    for (uint32_t i = 0; i < argc; i++) {
        const uint8_t *a = (const uint8_t *)(size_t)ptrs[i];
        wstr s = str_from_utf8(a, cstrlen((const char *)a));
        if (!s) return 0;
        rt_list_append(l, box_ptr(s));
        if (exc_pending()) return 0;
    }
    argv_list = l;
    return l;
}

void argv_mark_roots(void (*mark)(uint32_t)) {
    if (argv_list) mark(argv_list);
}
