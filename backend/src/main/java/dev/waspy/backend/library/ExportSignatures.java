package dev.waspy.backend.library;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.scope.Errors;
import dev.waspy.frontend.syntax.ast.Arg;
import dev.waspy.frontend.syntax.ast.Mod;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.Stmt;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.ir.IrType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The host signature of each function {@code --export} names: a parameter's or the result's
 * annotation when it has one, else the type the compiler found for it; then checked against the
 * compiled function, whichever IR builder made it. What cannot cross the boundary faithfully is a
 * compile error at the parameter, the annotation or the {@code def}.
 */
public final class ExportSignatures {
    /** The names a library module exports on its own (ABI.md, "Library modules"). */
    public static final Set<String> RESERVED = Set.of("_initialize", "waspy_alloc", "waspy_error", "memory");

    private final SourceFile file;
    private final IrProgram program;

    private ExportSignatures(SourceFile file, IrProgram program) {
        this.file = file;
        this.program = program;
    }

    public static List<ExportedFunction> read(SourceFile file, Mod.Module module, IrProgram program,
                                              List<String> names) {
        var reader = new ExportSignatures(file, program);
        List<ExportedFunction> out = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names)) {
            Stmt.FunctionDef def = definition(module, name);
            if (RESERVED.contains(name)) {
                throw reader.error(def.pos(), "a function named '" + name + "' cannot be exported: a library module"
                        + " exports that name itself");
            }
            out.add(reader.signature(def));
        }
        return out;
    }

    /** The module-level {@code def} that binds the name last (the one a call at the end sees). */
    private static Stmt.FunctionDef definition(Mod.Module module, String name) {
        Stmt.FunctionDef found = null;
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.FunctionDef d && d.name().equals(name)) {
                found = d;
            }
        }
        if (found == null) {
            throw new NoSuchExport(name);
        }
        return found;
    }

    private ExportedFunction signature(Stmt.FunctionDef def) {
        String fn = "exported function '" + def.name() + "'";
        var args = def.args();
        if (args.vararg() != null || args.kwarg() != null || !args.kwonlyargs().isEmpty()) {
            Arg extra = args.vararg() != null ? args.vararg() : args.kwarg() != null ? args.kwarg()
                    : args.kwonlyargs().getFirst();
            throw error(extra.pos(), fn + ": a host passes positional arguments only (no *args, **kwargs"
                    + " or keyword-only parameters)");
        }
        CompileError first = null;
        for (IrFunction compiled : compiledForms(def.name())) {
            try {
                return signature(def, fn, compiled);
            } catch (CompileError e) {
                first = first != null ? first : e;
            }
        }
        throw first != null ? first : error(def.pos(), fn + " is not compiled");
    }

    /**
     * The compiled functions of a definition: its own, then the instances the generic path's
     * specialization made for the argument types of the program's calls ({@code f[int, str]}),
     * of which the export takes the first whose parameters take the host's values.
     */
    private List<IrFunction> compiledForms(String name) {
        List<IrFunction> out = new ArrayList<>();
        if (program.function(name) != null) {
            out.add(program.function(name));
        }
        for (IrFunction f : program.functions()) {
            if (f.name().startsWith(name + "[")) {
                out.add(f);
            }
        }
        return out;
    }

    private ExportedFunction signature(Stmt.FunctionDef def, String fn, IrFunction compiled) {
        var args = def.args();
        List<Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        if (compiled.params().size() != all.size()) {
            throw new IllegalStateException(compiled.name() + " has " + compiled.params().size()
                    + " parameters, its definition " + all.size());
        }
        List<ExportedFunction.Param> params = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Arg a = all.get(i);
            IrType ir = compiled.params().get(i).type();
            HostType host = a.annotation() != null ? annotated(fn, "parameter '" + a.arg() + "'", a.annotation())
                    : inferred(ir, a.pos(), fn + ": parameter '" + a.arg() + "'");
            if (host == HostType.NONE) {
                throw error(a.annotation() != null ? a.annotation().pos() : a.pos(),
                        fn + ": parameter '" + a.arg() + "' is None, which has no host form");
            }
            checkParam(fn, a, ir, host);
            params.add(new ExportedFunction.Param(a.arg(), host));
        }
        HostType result = def.returns() != null ? annotated(fn, "result", def.returns())
                : inferred(compiled.returnType(), def.pos(), fn + ": the result");
        checkResult(fn, def, compiled.returnType(), result);
        return new ExportedFunction(def.name(), params, result, compiled.name());
    }

    private HostType annotated(String fn, String what, dev.waspy.frontend.syntax.ast.Expr annotation) {
        HostType t = HostHints.read(file, annotation);
        if (t == null) {
            throw error(annotation.pos(), fn + ": the " + what + "'s annotation has no host form; a host passes "
                    + HostHints.FORMS + (what.equals("result") ? " or None" : ""));
        }
        return t;
    }

    private CompileError inferredError(Pos pos, String what, IrType ir) {
        return error(pos, what + " has no annotation and its type is not fixed at compile time (" + ir.show()
                + "); annotate it with one of " + HostHints.FORMS + (what.endsWith("result") ? " or None" : ""));
    }

    private HostType inferred(IrType ir, Pos pos, String what) {
        return switch (ir) {
            case IrType.Int i -> HostType.INT;
            case IrType.Float f -> HostType.FLOAT;
            case IrType.Bool b -> HostType.BOOL;
            case IrType.Str s -> HostType.STR;
            case IrType.NoneType n -> HostType.NONE;
            default -> throw inferredError(pos, what, ir);
        };
    }

    /**
     * The compiled parameter takes the host's value as it is or boxed. A typed list parameter is
     * refused: the typed code reads its items as the types its own calls put there, which a host
     * list need not match.
     */
    private void checkParam(String fn, Arg a, IrType ir, HostType host) {
        boolean ok = ir instanceof IrType.Obj || (!host.isList() && ir.equals(host.irType()));
        if (!ok) {
            throw error(a.pos(), fn + ": parameter '" + a.arg() + "' is " + host.python() + " for the host but "
                    + ir.show() + " in the program's own calls" + (host.isList()
                    ? " (a list the program passes too has item types fixed by the program; give the host a"
                    + " function of its own that calls this one)" : ""));
        }
    }

    /** A result is boxed and converted at run time; refused only when it can never be the host's type. */
    private void checkResult(String fn, Stmt.FunctionDef def, IrType ir, HostType host) {
        boolean ok = switch (host) {
            case NONE -> true;
            case INT -> ir instanceof IrType.Obj || ir instanceof IrType.Int || ir instanceof IrType.Bool;
            case FLOAT -> ir instanceof IrType.Obj || ir instanceof IrType.Int || ir instanceof IrType.Bool
                    || ir instanceof IrType.Float;
            case BOOL, STR -> ir instanceof IrType.Obj || ir.equals(host.irType());
            case LIST_INT, LIST_FLOAT, LIST_STR -> ir instanceof IrType.Obj || ir instanceof IrType.ListT;
        };
        if (!ok) {
            Pos at = def.returns() != null ? def.returns().pos() : def.pos();
            throw error(at, fn + " returns " + ir.show() + ", which is no " + host.python());
        }
    }

    private CompileError error(Pos pos, String message) {
        return Errors.at(file, pos, message);
    }
}
