"""CPython's side of SymbolTableTest. Reads file paths (one per line) on stdin; for each, in order,
writes to stdout
    P <path>
then the file's symbol table as Python's symtable module gives it, one line per block and one per
name (the format of Waspy's SymbolTableDump):
    <type> <name> line=<lineno> nested=<0|1> varnames=[<parameters in order>]
      <name> <SCOPE> <FLAG|FLAG|...> <predicate,predicate,...>
(names sorted, children indented under their block, '-' for an empty list), then
    END
or, when CPython rejects the file,
    E <message>
SCOPE is decoded from the scope bits of the raw flags (_symtable's LOCAL, GLOBAL_EXPLICIT,
GLOBAL_IMPLICIT, FREE, CELL), the FLAGs are the raw def-use bits, and the predicates are the
answers of symtable.Symbol's is_* methods."""
import _symtable
import symtable
import sys
import warnings

warnings.simplefilter('ignore')

SCOPES = {_symtable.LOCAL: 'LOCAL', _symtable.GLOBAL_EXPLICIT: 'GLOBAL_EXPLICIT',
          _symtable.GLOBAL_IMPLICIT: 'GLOBAL_IMPLICIT', _symtable.FREE: 'FREE', _symtable.CELL: 'CELL'}
FLAGS = ['DEF_GLOBAL', 'DEF_LOCAL', 'DEF_PARAM', 'DEF_NONLOCAL', 'USE', 'DEF_FREE', 'DEF_FREE_CLASS',
         'DEF_IMPORT', 'DEF_ANNOT', 'DEF_COMP_ITER']
TYPES = {_symtable.TYPE_FUNCTION: 'function', _symtable.TYPE_CLASS: 'class', _symtable.TYPE_MODULE: 'module'}
PREDICATES = ['local', 'global', 'declared_global', 'free', 'parameter', 'imported', 'assigned',
              'referenced', 'nonlocal', 'annotated']


def flag_names(flags):
    names = [n for i, n in enumerate(FLAGS) if flags & (1 << i)]
    return '|'.join(names) or '-'


def block(out, table, indent):
    raw = table._table
    out.append('%s%s %s line=%d nested=%d varnames=[%s]' % (
        indent, TYPES[raw.type], raw.name, raw.lineno, 1 if table.is_nested() else 0, ', '.join(raw.varnames)))
    for name in sorted(raw.symbols):
        flags = raw.symbols[name]
        scope = SCOPES[(flags >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK]
        # table.lookup(name) would decide "module scope" by the block's name being 'top', which
        # a function named top also has; the block's type is what that test means
        sym = symtable.Symbol(name, flags, module_scope=raw.type == _symtable.TYPE_MODULE)
        preds = [p for p in PREDICATES if getattr(sym, 'is_' + p)()]
        out.append('%s  %s %s %s %s' % (indent, name, scope, flag_names(flags & ((1 << _symtable.SCOPE_OFF) - 1)),
                                        ','.join(preds) or '-'))
    for child in table.get_children():
        block(out, child, indent + '  ')


for line in sys.stdin:
    path = line.rstrip('\n')
    with open(path, 'rb') as f:
        src = f.read()
    sys.stdout.write('P %s\n' % path)
    try:
        out = []
        block(out, symtable.symtable(src, path, 'exec'), '')
        sys.stdout.write('\n'.join(out) + '\nEND\n')
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        sys.stdout.write('E %s: %s\n' % (type(e).__name__, str(e).replace('\n', ' ')))
    sys.stdout.flush()
