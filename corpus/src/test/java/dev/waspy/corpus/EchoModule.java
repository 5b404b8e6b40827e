package dev.waspy.corpus;

/**
 * A hand-written WASI command module for testing hosts independently of the compiler: it prints its
 * argv one per line, then copies stdin to stdout one byte per read (so a UTF-8 character reaches
 * stdout in pieces), writes a line to stderr and exits with status 40 + argc.
 */
final class EchoModule {
    private EchoModule() {}

    static final String WAT = """
            (module
              (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
              (memory (export "memory") 1)
              (data (i32.const 16) "to stderr\\n")
              (func $write (param $fd i32) (param $ptr i32) (param $len i32)
                (i32.store (i32.const 0) (local.get $ptr))
                (i32.store (i32.const 4) (local.get $len))
                (drop (call $fd_write (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8))))
              (func (export "_start")
                (local $i i32) (local $size i32)
                (drop (call $args_sizes_get (i32.const 32) (i32.const 36)))
                (drop (call $args_get (i32.const 64) (i32.const 1024)))
                (local.set $size (i32.load (i32.const 36)))
                (block $done (loop $next
                  (br_if $done (i32.ge_u (local.get $i) (local.get $size)))
                  (if (i32.eqz (i32.load8_u (i32.add (i32.const 1024) (local.get $i))))
                    (then (i32.store8 (i32.add (i32.const 1024) (local.get $i)) (i32.const 10))))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br $next)))
                (call $write (i32.const 1) (i32.const 1024) (local.get $size))
                (block $eof (loop $byte
                  (i32.store (i32.const 0) (i32.const 2048))
                  (i32.store (i32.const 4) (i32.const 1))
                  (drop (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 40)))
                  (br_if $eof (i32.eqz (i32.load (i32.const 40))))
                  (call $write (i32.const 1) (i32.const 2048) (i32.const 1))
                  (br $byte)))
                (call $write (i32.const 2) (i32.const 16) (i32.const 10))
                (call $proc_exit (i32.add (i32.const 40) (i32.load (i32.const 32))))))
            """;
}
