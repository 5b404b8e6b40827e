// Runs a WASI preview1 command module in Node and exits with the module's status.
//
//   node --single-threaded-gc tools/node/run-wasi.mjs [--argv0 NAME] FILE.wasm [ARGS...]
//
// (--single-threaded-gc: Node 20's V8 sometimes crashes with SIGSEGV as a program that grew its
// memory to tens of MiB finishes, when V8's own collector runs concurrently.)
//
// The program sees argv = [NAME, ARGS...] (NAME: FILE.wasm's base name unless --argv0 gives one;
// `--argv0 prog.py` shows sys.argv as `python3 prog.py ARGS` would), the caller's stdin, stdout and stderr,
// and an empty environment (a compiled program must not depend on the host's). Its proc_exit
// status becomes this process's exit status; returning from _start means status 0.
//
// Exit statuses that do not come from the program:
//   2    usage error, unreadable file or a module that does not compile or link (message on stderr)
//   134  the module trapped (unreachable, out-of-bounds access, stack overflow...): "run-wasi: trap: ..."
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

// node:wasi prints an ExperimentalWarning on load; the caller compares stderr, so keep it quiet.
// The module is imported dynamically below so this filter is in place first.
const emitWarning = process.emitWarning;
process.emitWarning = (warning, ...rest) => {
  const type = typeof rest[0] === 'string' ? rest[0] : rest[0]?.type;
  if (type === 'ExperimentalWarning' && String(warning).includes('WASI')) return;
  emitWarning.call(process, warning, ...rest);
};

const TRAP_STATUS = 134;
const USAGE_STATUS = 2;

function fail(message) {
  process.stderr.write(`run-wasi: ${message}\n`);
  process.exit(USAGE_STATUS);
}

async function main() {
  let words = process.argv.slice(2);
  let argv0 = null;
  if (words[0] === '--argv0') {
    if (words.length < 2) fail('--argv0 needs a NAME');
    argv0 = words[1];
    words = words.slice(2);
  }
  const [file, ...args] = words;
  if (!file) fail('usage: node run-wasi.mjs [--argv0 NAME] FILE.wasm [ARGS...]');

  let bytes;
  try {
    bytes = await readFile(file);
  } catch (e) {
    fail(`cannot read ${file}: ${e.message}`);
  }

  const { WASI } = await import('node:wasi');
  const wasi = new WASI({
    version: 'preview1',
    args: [argv0 ?? basename(file), ...args],
    env: {},
    returnOnExit: true,
  });

  let instance;
  try {
    const module = await WebAssembly.compile(bytes);
    instance = await WebAssembly.instantiate(module, wasi.getImportObject());
  } catch (e) {
    fail(`${file}: ${e.message}`);
  }
  if (typeof instance.exports._start !== 'function') fail(`${file}: no exported _start function`);

  let status;
  try {
    status = wasi.start(instance);
  } catch (e) {
    process.stderr.write(`run-wasi: trap: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = TRAP_STATUS;
    return;
  }
  process.exitCode = status ?? 0;
}

await main();
