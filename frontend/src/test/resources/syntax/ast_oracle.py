"""CPython's side of the syntax tests. Reads file paths (one per line) on stdin; for each, in
order, writes to stdout:
    P <path>
then either
    D <ast.dump(tree)>
    A <ast.dump(tree, include_attributes=True)>     (left out with --no-pos)
or, when CPython cannot parse the file,
    E <lineno> <offset> <msg>
or, when CPython fails in another way (e.g. RecursionError),
    S <reason>
Dumps never contain a newline (repr escapes them), so the format is line based.
With --compile, each file goes through compile() instead (symbol table and compiler checks
included) and a success is "D compiled"."""
import ast
import sys
import warnings

warnings.simplefilter('ignore')  # SyntaxWarnings about the inputs are not the oracle's business

with_pos = '--no-pos' not in sys.argv
compile_mode = '--compile' in sys.argv
out = sys.stdout
for line in sys.stdin:
    path = line.rstrip('\n')
    with open(path, 'rb') as f:
        src = f.read()
    out.write('P %s\n' % path)
    try:
        if compile_mode:
            compile(src, path, 'exec')
            out.write('D compiled\n')
            out.flush()
            continue
        tree = ast.parse(src)
        text = 'D %s\n' % ast.dump(tree)
        if with_pos:
            text += 'A %s\n' % ast.dump(tree, include_attributes=True)
    except SyntaxError as e:
        text = 'E %s %s %s\n' % (e.lineno or 0, e.offset or 0, str(e.msg).replace('\n', ' '))
    except (ValueError, RecursionError, MemoryError) as e:
        text = 'S %s: %s\n' % (type(e).__name__, str(e).replace('\n', ' '))
    out.write(text)
    out.flush()
