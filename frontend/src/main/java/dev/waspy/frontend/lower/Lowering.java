package dev.waspy.frontend.lower;

import dev.waspy.frontend.syntax.FrozenConstants;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.hir.HFunction;
import dev.waspy.frontend.hir.HProgram;
import dev.waspy.frontend.hir.HVar;
import dev.waspy.frontend.scope.FunctionScope;
import dev.waspy.frontend.scope.ScopeAnalysis;
import dev.waspy.frontend.scope.Scopes;
import dev.waspy.frontend.syntax.ast.Arg;
import dev.waspy.frontend.syntax.ast.Mod;
import dev.waspy.frontend.types.Annotations;
import dev.waspy.frontend.types.Type;
import dev.waspy.frontend.types.TypeEnv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * From the AST to the typed IR: scope analysis, then whole-program type inference, then lowering.
 *
 * <p>Inference runs the lowering itself in infer mode over every function, round after round,
 * joining what it sees (assigned values, returned values, call arguments) into the {@link
 * TypeEnv} until a round changes nothing: a fixpoint across the call graph, recursion included,
 * reached because entries only grow in a lattice of bounded height. What is still unknown then
 * (a function never called, a variable only assigned values of unknown type) defaults to its
 * annotation or to {@code object}, and inference runs to the fixpoint again, until defaulting
 * changes nothing. A final lowering then builds the HIR and reports type errors (and, as warnings,
 * values that disagree with their annotations). Should the final
 * round still grow a type (a construct whose infer mode saw less than its final mode), what it
 * found joins the fixpoint and the final round is run again: the HIR is only ever built from
 * types that no longer change.
 */
public final class Lowering {
    private Lowering() {}

    /** Rounds of "default what is unknown, then infer again"; each one grows the env. */
    private static final int MAX_DEFAULT_ROUNDS = 100;

    public static HProgram lower(SourceFile file, Mod.Module m) {
        return lower(file, m, new ArrayList<>());
    }

    /**
     * {@code warnings} receives, positioned and in source order, every value whose type disagrees
     * with its annotation (which is not an error: the value's own type wins).
     */
    public static HProgram lower(SourceFile file, Mod.Module m, List<CompileError> warnings) {
        Scopes scopes = ScopeAnalysis.analyze(file, m);
        TypeEnv env = inferTypes(file, m, scopes);
        for (int attempt = 0; attempt < MAX_DEFAULT_ROUNDS; attempt++) {
            HProgram p;
            var found = new ArrayList<CompileError>();
            try {
                p = lower(file, m, scopes, env, found);
            } catch (CompileError e) {
                // A type error judged on types the final round itself was still growing is not final.
                if (!env.takeChanged()) throw e;
                settle(file, m, scopes, env);
                continue;
            }
            if (!env.takeChanged()) {
                found.sort(java.util.Comparator.comparingInt(CompileError::line).thenComparingInt(CompileError::column));
                warnings.addAll(found);
                return p;
            }
            settle(file, m, scopes, env);
        }
        throw new IllegalStateException("types changed after inference reached its fixpoint");
    }

    /** The fixpoint of inference, for tests that look at types alone. */
    public static TypeEnv inferTypes(SourceFile file, Mod.Module m, Scopes scopes) {
        var env = new TypeEnv();
        for (FunctionScope fs : scopes.functions()) env.fn(fs.name()).params().addAll(fs.params());
        settle(file, m, scopes, env);
        return env;
    }

    /** Infers to the fixpoint, defaults what stayed unknown, and repeats until defaulting changes nothing. */
    private static void settle(SourceFile file, Mod.Module m, Scopes scopes, TypeEnv env) {
        for (int round = 0; round < MAX_DEFAULT_ROUNDS; round++) {
            fixpoint(file, m, scopes, env);
            if (!defaultUnknowns(file, scopes, env)) return;
        }
        throw new IllegalStateException("type inference did not converge");
    }

    private static void fixpoint(SourceFile file, Mod.Module m, Scopes scopes, TypeEnv env) {
        // Each round can only raise some entry in a lattice of small height; this bound is never reached in practice.
        for (int round = 0; round < 1000; round++) {
            for (var fl : lowerers(file, m, scopes, env, true, null)) fl.lower();
            if (!env.takeChanged()) return;
        }
        throw new IllegalStateException("type inference did not converge");
    }

    /** Gives what stayed unknown its default; whether anything changed. */
    private static boolean defaultUnknowns(SourceFile file, Scopes scopes, TypeEnv env) {
        for (var e : Map.copyOf(env.globals()).entrySet()) env.setGlobal(e.getKey(), known(e.getValue(), Type.OBJ));
        for (String g : scopes.globals()) if (env.global(g) instanceof Type.Bottom) env.setGlobal(g, Type.OBJ);
        for (FunctionScope fs : scopes.functions()) {
            TypeEnv.Fn fn = env.fn(fs.name());
            for (Arg a : fs.def().args().args()) {
                Type t = fn.local(a.arg());
                if (t.hasBottom()) {
                    Type hinted = a.annotation() != null ? Annotations.type(scopes.hint(a.annotation())) : null;
                    Type dflt = hinted != null ? hinted : Type.OBJ;
                    env.setLocal(fn, a.arg(), t instanceof Type.Bottom ? dflt : known(t, Type.OBJ));
                }
            }
            for (String l : fs.locals()) {
                Type t = fn.local(l);
                if (t.hasBottom()) env.setLocal(fn, l, known(t, Type.OBJ));
            }
            // A function that never returns normally: None is as good as anything.
            if (fn.ret().hasBottom()) env.setReturn(fn, known(fn.ret(), Type.NONE));
        }
        env.defaultCells(t -> known(t, Type.OBJ));
        return env.takeChanged();
    }

    /** {@code t} with every unknown part replaced by {@code dflt}. */
    private static Type known(Type t, Type dflt) {
        if (t instanceof Type.Bottom) return dflt;
        if (t instanceof Type.Tuple tt) return Type.tuple(tt.items().stream().map(x -> known(x, Type.OBJ)).toList());
        return t;
    }

    private static List<FunctionLowerer> lowerers(SourceFile file, Mod.Module m, Scopes scopes, TypeEnv env, boolean infer,
                                                  List<CompileError> warnings) {
        var out = new ArrayList<FunctionLowerer>();
        var constants = new FrozenConstants(m.body());
        out.add(new FunctionLowerer(file, scopes, env, scopes.module(), m.body(), infer, constants, warnings));
        for (FunctionScope fs : scopes.functions()) out.add(new FunctionLowerer(file, scopes, env, fs, fs.def().body(), infer, constants, warnings));
        return out;
    }

    private static HProgram lower(SourceFile file, Mod.Module m, Scopes scopes, TypeEnv env, List<CompileError> warnings) {
        var functions = new ArrayList<HFunction>();
        for (var fl : lowerers(file, m, scopes, env, false, warnings)) functions.add(fl.lower());
        var globals = new ArrayList<HVar>();
        for (String g : scopes.globals()) globals.add(new HVar(g, true, env.global(g)));
        return new HProgram(file.path(), globals, functions, scopes.importedNames());
    }
}
