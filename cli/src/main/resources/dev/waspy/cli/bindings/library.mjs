// ---- the library part: marshalling as backend/runtime/ABI.md's "Library modules" lays it out.

/** A Python exception that escaped an exported call; `message` is its last traceback line. */
export class PythonError extends Error {
  constructor(message) {
    super(message);
    this.name = 'PythonError';
  }
}

const defaultWrite = (fd, text) => {
  const stream = globalThis.process?.[fd === 1 ? 'stdout' : 'stderr'];
  if (stream) stream.write(text);
  else if (text !== '') (fd === 1 ? console.log : console.error)(text.replace(/\n$/, ''));
};

/** Instantiates the module and runs its body once (_initialize); resolves to one method per exported function. */
export async function load(source, { args = [PROGRAM], stdin = '', write = defaultWrite } = {}) {
  const module = await compile(source);
  const shim = wasiShim({ args, stdin, write });
  const instance = await WebAssembly.instantiate(module, shim.imports(module));
  shim.attach(instance);
  const x = instance.exports;
  const view = () => new DataView(x.memory.buffer);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder('utf-8');

  // A record the module returned: u32 length, then UTF-8 (a str) / u32 count, then items (a list).
  const readStr = (p) => {
    const n = view().getUint32(p, true);
    return [decoder.decode(new Uint8Array(x.memory.buffer, p + 4, n)), p + 4 + n];
  };
  const check = () => {
    const e = x.waspy_error();
    if (e !== 0) throw new PythonError(readStr(e)[0]);
  };
  // A call that exits (sys.exit) or traps leaves the instance unwound mid-call: no further calls.
  let ended = null;
  const run = (f) => {
    if (ended !== null) throw new Error(`${ended}; load the module again`);
    try {
      return f();
    } catch (e) {
      if (e instanceof Exit) {
        ended = `the module exited with status ${e.status}`;
        throw new PythonError(`SystemExit: ${e.status}`);
      }
      if (e instanceof WebAssembly.RuntimeError) ended = `the module trapped (${e.message})`;
      throw e;
    }
  };
  // An argument block from waspy_alloc, filled by `fill(view, address)`.
  const block = (size, fill) => {
    const p = x.waspy_alloc(size);
    check();
    fill(view(), p);
    return p;
  };
  const toWasm = {
    int: (v) => [BigInt(v)],
    float: (v) => [Number(v)],
    bool: (v) => [v ? 1 : 0],
    str: (v) => {
      const b = encoder.encode(String(v));
      return [block(b.length, (_, p) => new Uint8Array(x.memory.buffer, p, b.length).set(b)), b.length];
    },
    'list[int]': (v) => [block(8 * v.length, (d, p) => v.forEach((e, i) => d.setBigInt64(p + 8 * i, BigInt(e), true))),
      v.length],
    'list[float]': (v) => [block(8 * v.length, (d, p) => v.forEach((e, i) => d.setFloat64(p + 8 * i, Number(e), true))),
      v.length],
    'list[str]': (v) => {
      const items = v.map((s) => encoder.encode(String(s)));
      const size = items.reduce((n, b) => n + 4 + b.length, 0);
      return [block(size, (d, p) => {
        for (const b of items) {
          d.setUint32(p, b.length, true);
          new Uint8Array(x.memory.buffer, p + 4, b.length).set(b);
          p += 4 + b.length;
        }
      }), v.length];
    },
  };
  const fromWasm = {
    int: (r) => r,
    float: (r) => r,
    bool: (r) => r !== 0,
    str: (r) => readStr(r)[0],
    None: () => undefined,
    'list[int]': (r) => items(r, (d, p) => [d.getBigInt64(p, true), p + 8]),
    'list[float]': (r) => items(r, (d, p) => [d.getFloat64(p, true), p + 8]),
    'list[str]': (r) => items(r, (d, p) => readStr(p)),
  };
  const items = (r, next) => {
    const out = [];
    let p = r + 4;
    for (let i = view().getUint32(r, true); i > 0; i--) {
      const [v, q] = next(view(), p);
      out.push(v);
      p = q;
    }
    return out;
  };

  run(() => x._initialize());
  check();
  const library = Object.create(null);
  for (const [name, [params, result]] of Object.entries(EXPORTS)) {
    library[name] = (...values) => {
      if (values.length !== params.length) {
        throw new TypeError(`${name}() takes ${params.length} arguments (${values.length} given)`);
      }
      const raw = run(() => {
        const wasmArgs = params.flatMap((t, i) => toWasm[t](values[i]));
        return x[name](...wasmArgs);
      });
      check();
      return fromWasm[result](raw);
    };
  }
  return library;
}
