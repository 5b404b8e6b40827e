// Runs a Python file on MicroPython's WebAssembly port inside Node.
//   node run-micropython.mjs TIMING.json PROGRAM.py
// The program's output goes to stdout as it is produced; an uncaught exception goes to stderr and the
// exit status is 1. TIMING.json receives {"loadMs", "runMs"}: engine start-up, then the program alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
// The npm packages live in the project-local tools/node/node_modules, not next to this script.
const { loadMicroPython } = await import(
  new URL('../node/node_modules/@micropython/micropython-webassembly-pyscript/micropython.mjs', import.meta.url));

const [timingFile, program] = process.argv.slice(2);
const source = readFileSync(program, 'utf8');
const t0 = performance.now();
// 256 MiB of Python heap: the port does not grow its heap, and the benchmarks are sized to fit.
const mp = await loadMicroPython({
  heapsize: 256 * 1024 * 1024,
  linebuffer: false,
  stdout: (bytes) => process.stdout.write(bytes),
  stderr: (bytes) => process.stderr.write(bytes),
});
const t1 = performance.now();
let status = 0;
try {
  mp.runPython(source);
} catch (e) {
  process.stderr.write(String(e && e.message ? e.message : e) + '\n');
  status = 1;
}
const t2 = performance.now();
writeFileSync(timingFile, JSON.stringify({ loadMs: t1 - t0, runMs: t2 - t1 }));
process.exitCode = status;
