// Runs a WASI preview1 command module in Node and times it.
//   node [--no-liftoff] run-wasi.mjs TIMING.json MODULE.wasm [ARGS...]
// The module writes to the real stdout/stderr; the exit status is the module's. TIMING.json receives
// {"loadMs", "runMs"}: compiling and instantiating the module, then running _start.
import { readFileSync, writeFileSync } from 'node:fs';
import { WASI } from 'node:wasi';

const [timingFile, modulePath, ...args] = process.argv.slice(2);
const bytes = readFileSync(modulePath);
const wasi = new WASI({ version: 'preview1', args: [modulePath, ...args], env: {}, returnOnExit: true });
// process.hrtime rather than performance.now(): with a module that grew its memory to near 1 GB,
// Node 20 aborted in the file write after the run whenever perf_hooks had been used.
const now = () => Number(process.hrtime.bigint()) / 1e6;
const t0 = now();
const module = await WebAssembly.compile(bytes);
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
const t1 = now();
let status;
try {
  status = wasi.start(instance);
} catch (e) {
  // A trap (unreachable, out-of-bounds access, stack overflow) is the module's failure, not ours.
  process.stderr.write(`trap: ${e && e.message ? e.message : e}\n`);
  status = 134;
}
const t2 = now();
writeFileSync(timingFile, JSON.stringify({ loadMs: t1 - t0, runMs: t2 - t1 }));
process.exitCode = status;
