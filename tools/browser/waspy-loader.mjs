// Runs a WASI preview1 command module (what `waspy build` writes) in a browser, or in any
// JavaScript engine with WebAssembly and TextDecoder: no framework, no dependencies.
//
//   import { runWasi } from './waspy-loader.mjs';
//   const { stdout, stderr, status } =
//     await runWasi(await fetch('prog.wasm'), { args: ['prog.wasm', 'x'], stdin: 'line\n' });
//
// `source` is a Response, an ArrayBuffer, a typed array or a WebAssembly.Module. The program sees
// argv = `args` (default: ['program.wasm']), `stdin` (a string, sent as UTF-8; default empty) on
// fd 0, and an empty environment. stdout and stderr come back as strings, decoded from UTF-8 as the
// program writes them (a character split across two writes is joined, never replaced). `status` is
// the proc_exit status, 0 when _start returns, and TRAP_STATUS when the module traps; the trap's
// message is then the last line of stderr, "waspy-loader: trap: ...", as tools/node/run-wasi.mjs
// reports it.
//
// Implemented imports: fd_write, fd_read, proc_exit, args_sizes_get, args_get, environ_sizes_get,
// environ_get, random_get (the random module's seed when the program gives none). Any other wasi_snapshot_preview1 import the module declares answers ENOSYS.

export const TRAP_STATUS = 134;

const WASI = 'wasi_snapshot_preview1';
const ERRNO_SUCCESS = 0;
const ERRNO_BADF = 8;
const ERRNO_NOSYS = 52;

/** Thrown by proc_exit to unwind the module; carries the status. */
export class Exit {
  constructor(status) {
    this.status = status;
  }
}

export async function runWasi(source, { args = ['program.wasm'], stdin = '' } = {}) {
  const module = await compile(source);
  const shim = wasiShim({ args, stdin });
  const instance = await WebAssembly.instantiate(module, shim.imports(module));
  shim.attach(instance);
  if (typeof instance.exports._start !== 'function') throw new Error('the module exports no _start function');

  let status = 0;
  try {
    instance.exports._start();
  } catch (e) {
    if (e instanceof Exit) {
      status = e.status;
    } else {
      status = TRAP_STATUS;
      shim.write(2, `waspy-loader: trap: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
  return { ...shim.output(), status };
}

/**
 * The WASI calls of a module, over a memory given later (`attach(instance)`): argv = `args`,
 * `stdin` on fd 0, no environment. Without `write`, stdout and stderr collect in strings that
 * `output()` returns; with it, `write(fd, text)` gets each piece as it is decoded. proc_exit
 * throws an `Exit` carrying the status. Also the shim of the bindings `waspy build --emit-bindings`
 * writes, which hold this file's text.
 */
export function wasiShim({ args = ['program.wasm'], stdin = '', write = null } = {}) {
  const output = [new TextDecoder('utf-8'), new TextDecoder('utf-8')];
  const text = ['', ''];
  const emit = write ?? ((fd, piece) => { text[fd - 1] += piece; });
  const input = { bytes: new TextEncoder().encode(stdin), position: 0 };
  const argBytes = args.map((a) => new TextEncoder().encode(`${a}\0`));
  let memory;
  const view = () => new DataView(memory.buffer);
  const bytes = () => new Uint8Array(memory.buffer);

  // Each iovec is {u32 buf, u32 len}; `each` gets the bytes of one buffer and returns how many it used.
  const iovecs = (iovs, count, each) => {
    let total = 0;
    for (let i = 0; i < count; i++) {
      const ptr = view().getUint32(iovs + 8 * i, true);
      const len = view().getUint32(iovs + 8 * i + 4, true);
      const used = each(bytes().subarray(ptr, ptr + len));
      total += used;
      if (used < len) break;
    }
    return total;
  };

  const wasi = {
    fd_write(fd, iovs, count, written) {
      if (fd !== 1 && fd !== 2) return ERRNO_BADF;
      const n = iovecs(iovs, count, (chunk) => {
        emit(fd, output[fd - 1].decode(chunk, { stream: true }));
        return chunk.length;
      });
      view().setUint32(written, n, true);
      return ERRNO_SUCCESS;
    },
    fd_read(fd, iovs, count, read) {
      if (fd !== 0) return ERRNO_BADF;
      const n = iovecs(iovs, count, (chunk) => {
        const part = input.bytes.subarray(input.position, input.position + chunk.length);
        chunk.set(part);
        input.position += part.length;
        return part.length;
      });
      view().setUint32(read, n, true);
      return ERRNO_SUCCESS;
    },
    proc_exit(status) {
      throw new Exit(status);
    },
    args_sizes_get(argc, bufSize) {
      view().setUint32(argc, argBytes.length, true);
      view().setUint32(bufSize, argBytes.reduce((sum, a) => sum + a.length, 0), true);
      return ERRNO_SUCCESS;
    },
    args_get(argv, buf) {
      argBytes.forEach((arg, i) => {
        view().setUint32(argv + 4 * i, buf, true);
        bytes().set(arg, buf);
        buf += arg.length;
      });
      return ERRNO_SUCCESS;
    },
    random_get(buf, length) {
      // getRandomValues fills at most 65536 bytes a call
      for (let at = 0; at < length; at += 65536) {
        globalThis.crypto.getRandomValues(bytes().subarray(buf + at, buf + Math.min(length, at + 65536)));
      }
      return ERRNO_SUCCESS;
    },
    environ_sizes_get(count, bufSize) {
      view().setUint32(count, 0, true);
      view().setUint32(bufSize, 0, true);
      return ERRNO_SUCCESS;
    },
    environ_get() {
      return ERRNO_SUCCESS;
    },
  };
  return {
    imports(module) {
      for (const { module: from, name, kind } of WebAssembly.Module.imports(module)) {
        if (from === WASI && kind === 'function' && !(name in wasi)) wasi[name] = () => ERRNO_NOSYS;
      }
      return { [WASI]: wasi };
    },
    attach(instance) {
      memory = instance.exports.memory;
      if (!(memory instanceof WebAssembly.Memory)) throw new Error('the module exports no memory');
    },
    write: (fd, piece) => emit(fd, output[fd - 1].decode() + piece),
    output: () => ({ stdout: text[0] + output[0].decode(), stderr: text[1] + output[1].decode() }),
  };
}

async function compile(source) {
  if (source instanceof WebAssembly.Module) return source;
  if (typeof Response !== 'undefined' && source instanceof Response) {
    if (!source.ok) throw new Error(`${source.url}: HTTP ${source.status}`);
    return WebAssembly.compile(await source.arrayBuffer());
  }
  return WebAssembly.compile(source);
}
