// Runs a Python file on Pyodide (CPython compiled to WebAssembly) inside Node.
//   node run-pyodide.mjs TIMING.json PROGRAM.py
// Same contract as run-micropython.mjs: output on stdout, uncaught exception on stderr with status 1,
// {"loadMs", "runMs"} in TIMING.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
// The npm packages live in the project-local tools/node/node_modules, not next to this script.
const { loadPyodide } = await import(new URL('../node/node_modules/pyodide/pyodide.mjs', import.meta.url));

const [timingFile, program] = process.argv.slice(2);
const source = readFileSync(program, 'utf8');
const t0 = performance.now();
const pyodide = await loadPyodide();
pyodide.setStdout({ write: (bytes) => { process.stdout.write(bytes); return bytes.length; } });
pyodide.setStderr({ write: (bytes) => { process.stderr.write(bytes); return bytes.length; } });
const t1 = performance.now();
let status = 0;
try {
  // A fresh globals dict named __main__, as `python3 PROGRAM.py` would give the program.
  const globals = pyodide.toPy({ __name__: '__main__' });
  pyodide.runPython(source, { globals, filename: program });
} catch (e) {
  const lines = String(e && e.message ? e.message : e).trimEnd().split('\n');
  process.stderr.write(lines[lines.length - 1] + '\n');
  status = 1;
}
const t2 = performance.now();
writeFileSync(timingFile, JSON.stringify({ loadMs: t1 - t0, runMs: t2 - t1 }));
process.exitCode = status;
