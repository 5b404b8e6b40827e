// Calls the library through the generated ES module (LibraryBindingsTest): the same calls as
// driver.py, whose CPython output is the expectation, then the host boundary's own cases.
import { readFileSync } from 'node:fs';
import { load, PythonError } from './lib.mjs';

// The module: lib.wasm, or the one named on the command line (the same functions built another way).
const lib = await load(readFileSync(new URL(`./${process.argv[2] ?? 'lib.wasm'}`, import.meta.url)));

const show = (v) => {
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(1) : String(v);
  if (v === undefined) return 'None';
  return String(v);
};

const call = (name, ...args) => {
  try {
    console.log(`${name}: ${show(lib[name](...args))}`);
  } catch (e) {
    if (!(e instanceof PythonError) && !e.message.endsWith('load the module again')) throw e;
    console.log(`${name}: ${e.message}`);
  }
};

call('add', 2, 40);
call('add', -(2n ** 62n), 2n ** 62n - 1n);
call('count_calls');
call('mean', [1.5, 2.5, 4.0]);
call('mean', []);
call('scale', [0.5, -1.25], 3.0);
call('total', [1, 2, 3, -4]);
call('squares', 5);
call('greet', 'wörld 🐍');
call('words', '  split   these words ');
call('shout', ['a', 'bé', 'c']);
call('is_even', 10);
call('is_even', 7);
call('negate', true);
call('div', 7, 2);
call('div', 1, 0);
call('default', 4);
call('log', 'hi');
call('pick', 'abc', 5);
call('count_calls');
console.log('--- host boundary');
call('big', 62);
call('big', 63);
call('add', 2n ** 62n, 2n ** 62n);
call('looks_int', true);
call('looks_int', false);
call('greet', 'x'.repeat(20_000_000));
// About 24 MB of blocks and strs in all: more than the module's 16 MiB unless collected.
for (let i = 0; i < 3000; i++) lib.greet('x'.repeat(2000));
call('count_calls');
call('stop', 3);
call('add', 1, 2);
