package dev.waspy.frontend.lower;

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
 * annotation or to {@code object}, inference runs to the fixpoint again, and a final lowering
 * builds the HIR and reports type errors.
 */
public final class Lowering {
    private Lowering() {}

    public static HProgram lower(SourceFile file, Mod.Module m) {
        Scopes scopes = ScopeAnalysis.analyze(file, m);
        return lower(file, m, scopes, inferTypes(file, m, scopes));
    }

    /** The fixpoint of inference, for tests that look at types alone. */
    public static TypeEnv inferTypes(SourceFile file, Mod.Module m, Scopes scopes) {
        var env = new TypeEnv();
        for (FunctionScope fs : scopes.functions()) env.fn(fs.name()).params().addAll(fs.params());
        fixpoint(file, m, scopes, env);
        defaultUnknowns(file, scopes, env);
        fixpoint(file, m, scopes, env);
        defaultUnknowns(file, scopes, env);
        return env;
    }

    private static void fixpoint(SourceFile file, Mod.Module m, Scopes scopes, TypeEnv env) {
        // Each round can only raise some entry in a lattice of small height; this bound is never reached in practice.
        for (int round = 0; round < 1000; round++) {
            for (var fl : lowerers(file, m, scopes, env, true)) fl.lower();
            if (!env.takeChanged()) return;
        }
        throw new IllegalStateException("type inference did not converge");
    }

    private static void defaultUnknowns(SourceFile file, Scopes scopes, TypeEnv env) {
        for (var e : Map.copyOf(env.globals()).entrySet()) env.setGlobal(e.getKey(), known(e.getValue(), Type.OBJ));
        for (String g : scopes.globals()) if (env.global(g) instanceof Type.Bottom) env.setGlobal(g, Type.OBJ);
        for (FunctionScope fs : scopes.functions()) {
            TypeEnv.Fn fn = env.fn(fs.name());
            for (Arg a : fs.def().args().args()) {
                Type t = fn.local(a.arg());
                if (t.hasBottom()) {
                    Type dflt = a.annotation() != null ? Annotations.parse(file, a.annotation()) : Type.OBJ;
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
        env.takeChanged();
    }

    /** {@code t} with every unknown part replaced by {@code dflt}. */
    private static Type known(Type t, Type dflt) {
        if (t instanceof Type.Bottom) return dflt;
        if (t instanceof Type.Tuple tt) return Type.tuple(tt.items().stream().map(x -> known(x, Type.OBJ)).toList());
        return t;
    }

    private static List<FunctionLowerer> lowerers(SourceFile file, Mod.Module m, Scopes scopes, TypeEnv env, boolean infer) {
        var out = new ArrayList<FunctionLowerer>();
        var constants = new FrozenConstants(m.body());
        out.add(new FunctionLowerer(file, scopes, env, scopes.module(), m.body(), infer, constants));
        for (FunctionScope fs : scopes.functions()) out.add(new FunctionLowerer(file, scopes, env, fs, fs.def().body(), infer, constants));
        return out;
    }

    private static HProgram lower(SourceFile file, Mod.Module m, Scopes scopes, TypeEnv env) {
        var functions = new ArrayList<HFunction>();
        for (var fl : lowerers(file, m, scopes, env, false)) functions.add(fl.lower());
        if (env.takeChanged()) throw new IllegalStateException("types changed after inference reached its fixpoint");
        var globals = new ArrayList<HVar>();
        for (String g : scopes.globals()) globals.add(new HVar(g, true, env.global(g)));
        return new HProgram(file.path(), globals, functions);
    }
}
