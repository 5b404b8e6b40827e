package dev.waspy.middle.build.generic;

import dev.waspy.frontend.syntax.FrozenConstants;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.scope.FunctionScope;
import dev.waspy.frontend.scope.ScopeAnalysis;
import dev.waspy.frontend.scope.Scopes;
import dev.waspy.frontend.scope.StaticChecks;
import dev.waspy.frontend.scope.SymbolTable;
import dev.waspy.frontend.syntax.ast.Mod;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Var;
import dev.waspy.middle.rt.ExcClass;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Builds IR straight from the syntax tree and the symbol table, with no type inference: every Python
 * value is an {@code object} (a boxed, tagged i64), every operation the generic one of the
 * runtime ({@code obj.*} primitives, {@code rt_obj_*} calls). Module globals and locals are slots,
 * written with explicit loads and stores; unbound checks and mem2reg run afterwards.
 *
 * <p>First {@link Refusals} rejects, at its position, every construct this builder does not handle
 * yet; then one {@link GenericFunction} per function (the module body first) lowers the
 * statements ({@link Statements}), expressions ({@link Expressions}) and calls ({@link Calls}).
 */
public final class GenericBuilder {
    final SourceFile file;
    final Scopes scopes;
    /** CPython's scopes: which names of a function are its locals. */
    final SymbolTable symbols;
    private final IrProgram program;
    private final Map<String, Var.Global> globals = new LinkedHashMap<>();
    /** CPython's frozenset constants of set displays, merged module-wide as its constant cache does. */
    final FrozenConstants frozenConstants;

    private GenericBuilder(SourceFile file, Scopes scopes, SymbolTable symbols, Mod.Module module) {
        this.file = file;
        this.scopes = scopes;
        this.symbols = symbols;
        this.frozenConstants = new FrozenConstants(module.body());
        this.program = new IrProgram(file.path());
    }

    public static IrProgram build(SourceFile file, Mod.Module module) {
        return buildWithScopes(file, module).ir();
    }

    /** The program's IR, and the scopes it was built from (what its annotations say, for {@link AnnotationWarnings}). */
    public record Built(IrProgram ir, Scopes scopes) {}

    public static Built buildWithScopes(SourceFile file, Mod.Module source) {
        // @dataclass classes get their methods written out first, as the dataclasses module makes them
        Mod.Module module = dev.waspy.frontend.scope.Dataclasses.desugar(file, source);
        // CPython's compile-time errors (the symbol table's included) come before any refusal
        SymbolTable symbols = StaticChecks.check(file, module);
        // Today's scopes still say which constructs are in the supported subset, and which globals
        // are module functions, builtins or sys.
        Scopes scopes = ScopeAnalysis.analyzeChecked(file, module);
        Refusals.Found found = Refusals.check(file, scopes, module);
        Set<String> functionValues = found.functionValues();
        var b = new GenericBuilder(file, scopes, symbols, module);
        for (String g : scopes.globals()) {
            var v = new Var.Global(g, IrType.OBJ);
            b.globals.put(g, v);
            b.program.addGlobal(v);
        }
        scopes.importedNames().forEach(b.program::addImportedName);
        for (String fn : functionValues) {
            var v = new Var.Global(functionSlot(fn), IrType.OBJ);
            b.globals.put(v.name(), v);
            b.program.addGlobal(v);
        }
        b.functionValues.addAll(functionValues);
        b.dynamicCalls.addAll(found.dynamicCalls());
        b.program.addFunction(new GenericFunction(b, scopes.module(), symbols.top(), module.body()).build());
        for (FunctionScope fs : scopes.functions()) {
            b.program.addFunction(new GenericFunction(b, fs, symbols.block(fs.def()), fs.def().body()).build());
        }
        for (String fn : functionValues) b.program.addFunction(Classes.entry(scopes.function(fn)));
        for (FunctionScope ms : scopes.methods().keySet()) {
            b.program.addFunction(new GenericFunction(b, ms, symbols.block(ms.def()), ms.def().body()).build());
            b.program.addFunction(Classes.entry(ms));
        }
        return new Built(b.program, scopes);
    }

    /** The runtime's id of the first exception class a program defines, and how many it may ({@code EXC_USER_FIRST}, exc.c). */
    static final int FIRST_PROGRAM_EXCEPTION = 64;
    static final int MAX_PROGRAM_EXCEPTIONS = 192;

    /**
     * The runtime's id of an exception class: a built-in one's ({@link ExcClass}), else the
     * program's, numbered from {@link #FIRST_PROGRAM_EXCEPTION} in definition order.
     */
    int exceptionId(String name) {
        ExcClass c = ExcClass.forName(name);
        if (c != null) return c.id();
        int i = 0;
        for (String n : scopes.exceptionClasses().keySet()) {
            if (n.equals(name)) return FIRST_PROGRAM_EXCEPTION + i;
            i++;
        }
        throw new IllegalStateException("not an exception class: " + name);
    }

    /** The module functions used as values: each has a function object, made when the program starts. */
    final Set<String> functionValues = new java.util.LinkedHashSet<>();
    /** The calls of module functions made through their function objects (Refusals.Found). */
    final Set<dev.waspy.frontend.syntax.ast.Expr.Call> dynamicCalls = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** The hidden global holding the function object of module function {@code fn}. */
    static String functionSlot(String fn) {
        return "$fn." + fn;
    }

    /** The function-table index of the table entry named {@code entry}. */
    int entryIndex(String entry) {
        return program.entry(entry);
    }

    /** Whether the program has classes: then a method call may reach one of their methods. */
    boolean hasClasses() {
        return !scopes.classes().isEmpty();
    }

    Var.Global global(String name) {
        Var.Global g = globals.get(name);
        if (g == null) throw new IllegalStateException("unknown global " + name);
        return g;
    }
}
