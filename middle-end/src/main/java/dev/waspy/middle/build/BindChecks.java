package dev.waspy.middle.build;

import dev.waspy.middle.build.UnboundLoads.Site;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Terminator;
import dev.waspy.middle.ir.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes reads of possibly unbound variables raise as CPython does: UnboundLocalError for a local,
 * NameError for a global. A forward "definitely assigned" analysis over each CFG finds the loads
 * that may run before any store; only their variables get a bool flag slot ({@code x$bound}),
 * set after every store, and only those loads are guarded:
 * <pre>
 *   %5: int = load x                     %4: bool = load x$bound
 *                              becomes   branch %4, b7, b8
 *                                      b7: %5: int = load x ...
 *                                      b8: raise UnboundLocalError, %6
 * </pre>
 * The module body starts with nothing bound and clears the global flags first. A function starts
 * with the globals that are bound at every call in the module body (functions run only from
 * there); any other global counts as possibly unbound until the function stores it.
 *
 * <p>{@code del x} is built as a load of {@code x} (raising if it is unbound, in CPython's words)
 * then a store of an {@code undef}, which clears the flag. A deleted variable (a local of the
 * function deleting it, a global deleted anywhere) is never taken as bound: each of its loads
 * tests the flag.
 */
public final class BindChecks {
    /**
     * One "Did you mean" a NameError may carry: {@code name} (null: no suggestion), said when the
     * global {@code ifBound} is bound at the error, or in any case when it is null.
     */
    private record Hint(String name, Var.Global ifBound) {}

    private BindChecks() {}

    public static void run(IrProgram p) {
        var sites = new LinkedHashMap<IrFunction, List<Site>>();
        Set<Var> flagged = new LinkedHashSet<>();
        // Functions run only when the module body calls them (directly or through other
        // functions): a global bound at every call site of the module is bound in every function.
        Set<Var> atCalls = new HashSet<>();
        Set<Var> deletedGlobals = new HashSet<>();
        for (IrFunction f : p.functions()) for (Var v : deleted(f)) if (v instanceof Var.Global) deletedGlobals.add(v);
        List<Site> moduleSites = p.module() == null ? List.of() : UnboundLoads.of(p.module(), Set.of(), atCalls, deleted(p.module(), deletedGlobals));
        Set<Var> boundInFunctions = new HashSet<>();
        for (Var v : atCalls) if (v instanceof Var.Global) boundInFunctions.add(v);
        for (IrFunction f : p.functions()) {
            List<Site> s = f == p.module() ? moduleSites : UnboundLoads.of(f, boundInFunctions, null, deleted(f, deletedGlobals));
            sites.put(f, s);
            for (Site x : s) {
                flagged.add(x.var());
                // A suggestion that depends on which globals are bound at the error reads their flags.
                if (x.var() instanceof Var.Global) {
                    for (Hint h : hints(p, f, x)) if (h.ifBound() != null) flagged.add(h.ifBound());
                }
            }
        }
        if (flagged.isEmpty()) return;
        Map<Var, Var> flags = new HashMap<>();
        for (Var v : flagged) {
            if (v instanceof Var.Global g) {
                var flag = new Var.Global(g.name() + "$bound", IrType.BOOL);
                p.addGlobal(flag);
                flags.put(v, flag);
            }
        }
        Map<Var, Var> globalFlags = flags;
        for (IrFunction f : p.functions()) {
            // Locals are records equal by name and type: each function gets its own flags.
            flags = new HashMap<>(globalFlags);
            var entryInit = new ArrayList<Inst>();
            for (Site s : sites.get(f)) {
                if (s.var() instanceof Var.Local l && !flags.containsKey(l)) {
                    Var flag = f.addLocal(l.name() + "$bound", IrType.BOOL);
                    flags.put(l, flag);
                    init(f, flag, f.params().contains(l), entryInit);
                }
            }
            if (f == p.module()) {
                for (Var v : flagged) if (v instanceof Var.Global) init(f, flags.get(v), false, entryInit);
            }
            setFlagsAfterStores(f, flags);
            var perBlock = new LinkedHashMap<Block, List<Site>>();
            for (Site s : sites.get(f)) perBlock.computeIfAbsent(s.block(), k -> new ArrayList<>()).add(s);
            for (var e : perBlock.entrySet()) {
                var list = e.getValue();
                // Split from the last load backwards so earlier indices stay valid.
                int[] at = loadIndices(e.getKey(), list);
                for (int i = list.size() - 1; i >= 0; i--) guard(p, f, list.get(i), at[i], flags);
            }
            f.entry().insts().addAll(0, entryInit);
        }
    }

    /** A flag's value on entry: bound for a parameter, else unbound. */
    private static void init(IrFunction f, Var flag, boolean bound, List<Inst> out) {
        Temp v = f.newTemp(IrType.BOOL);
        out.add(new Inst.Const(v, new Constant.BoolC(bound)));
        out.add(new Inst.Store(flag, v));
    }

    /** The temps of {@code f} defined by {@code undef}: before mem2reg, only those of {@code del}. */
    private static Set<Temp> undefs(IrFunction f) {
        var out = new HashSet<Temp>();
        for (Block b : f.blocks()) for (Inst i : b.insts()) if (i instanceof Inst.Undef u) out.add(u.dst());
        return out;
    }

    /** The variables a {@code del} in {@code f} unbinds (a store of an undef). */
    private static Set<Var> deleted(IrFunction f) {
        Set<Temp> undefs = undefs(f);
        var out = new HashSet<Var>();
        for (Block b : f.blocks()) {
            for (Inst i : b.insts()) if (i instanceof Inst.Store s && undefs.contains(s.src())) out.add(s.var());
        }
        return out;
    }

    /** What counts as deleted in {@code f}: its own deleted locals and every deleted global. */
    private static Set<Var> deleted(IrFunction f, Set<Var> deletedGlobals) {
        var out = new HashSet<>(deletedGlobals);
        for (Var v : deleted(f)) if (v instanceof Var.Local) out.add(v);
        return out;
    }

    private static void setFlagsAfterStores(IrFunction f, Map<Var, Var> flags) {
        Set<Temp> undefs = undefs(f);
        for (Block b : f.blocks()) {
            var out = new ArrayList<Inst>();
            for (Inst i : b.insts()) {
                out.add(i);
                if (i instanceof Inst.Store s && flags.containsKey(s.var())) {
                    Temp bound = f.newTemp(IrType.BOOL);
                    out.add(new Inst.Const(bound, new Constant.BoolC(!undefs.contains(s.src()))));
                    out.add(new Inst.Store(flags.get(s.var()), bound));
                }
            }
            b.insts().clear();
            b.insts().addAll(out);
        }
    }

    /**
     * Where each site's load is now (flag stores were inserted since the sites were found), in one
     * pass over the block; the sites are in instruction order. Guarding from the last site back
     * leaves the indices of the earlier ones valid.
     */
    private static int[] loadIndices(Block b, List<Site> sites) {
        int[] at = new int[sites.size()];
        Map<Var, Integer> rank = new HashMap<>();
        int next = 0;
        for (int i = 0; i < b.insts().size() && next < sites.size(); i++) {
            if (b.insts().get(i) instanceof Inst.Load l) {
                int r = rank.merge(l.var(), 1, Integer::sum) - 1;
                Site s = sites.get(next);
                if (l.var().equals(s.var()) && r == s.index()) at[next++] = i;
            }
        }
        if (next < sites.size()) throw new IllegalStateException("load of " + sites.get(next).var() + " not found");
        return at;
    }

    /** Splits the block before the load at {@code at} and branches on the flag to it or to a raise. */
    private static void guard(IrProgram p, IrFunction f, Site s, int at, Map<Var, Var> flags) {
        Var flag = flags.get(s.var());
        Block b = s.block();
        Block rest = f.newBlock();
        var tail = new ArrayList<>(b.insts().subList(at, b.insts().size()));
        b.insts().subList(at, b.insts().size()).clear();
        rest.insts().addAll(tail);
        Terminator t = b.terminator();
        f.setTerminator(rest, t);
        f.setHandler(rest, b.handler());
        for (Block succ : t.successors()) retargetPhis(succ, b, rest);
        Block raise = f.newBlock();
        f.setHandler(raise, b.handler());
        Temp ok = f.newTemp(IrType.BOOL);
        b.add(new Inst.Load(ok, flag));
        f.setTerminator(b, new Terminator.Branch(ok, rest, raise));
        String name = pythonName(s.var());
        if (s.var() instanceof Var.Local) {
            raise(f, raise, "UnboundLocalError", "cannot access local variable '" + name + "' where it is not associated with a value");
            return;
        }
        // The suggestion is the first hint whose global is bound at the error: a chain of flag tests.
        Block test = raise;
        for (Hint h : hints(p, f, s)) {
            String text = "name '" + name + "' is not defined" + (h.name() == null ? "" : ". Did you mean: '" + h.name() + "'?");
            if (h.ifBound() == null) {
                raise(f, test, "NameError", text);
                return;
            }
            Block yes = f.newBlock();
            Block no = f.newBlock();
            f.setHandler(yes, b.handler());
            f.setHandler(no, b.handler());
            Temp bound = f.newTemp(IrType.BOOL);
            test.add(new Inst.Load(bound, flags.get(h.ifBound())));
            f.setTerminator(test, new Terminator.Branch(bound, yes, no));
            raise(f, yes, "NameError", text);
            test = no;
        }
    }

    private static void raise(IrFunction f, Block b, String excClass, String text) {
        Temp msg = f.newTemp(IrType.STR);
        b.add(new Inst.Const(msg, new Constant.StrC(text)));
        f.setTerminator(b, new Terminator.Raise(excClass, msg));
    }

    /** The name a load of {@code v} reports when unbound. */
    private static String pythonName(Var v) {
        String name = v.name();
        // A hidden default slot is unbound only while its def has not run: the function itself is missing.
        if (name.startsWith("$default.")) name = name.substring("$default.".length(), name.lastIndexOf('.'));
        return name;
    }

    /**
     * CPython's ". Did you mean: 'x'?" candidates for a NameError at {@code s}, as CPython looks
     * them up when the error is reported: the function's variables (all of them, bound or not),
     * then the keys of the module's globals dict at that moment, then the builtins. The globals are
     * ranked best first; the list ends at the first one certainly bound at the site (the dunders,
     * functions, globals bound on every path there), else with the builtins' answer.
     */
    private static List<Hint> hints(IrProgram p, IrFunction f, Site s) {
        String name = pythonName(s.var());
        var varnames = new ArrayList<String>();
        if (f != p.module()) {
            for (Var.Local l : f.locals()) if (isPythonName(l.name())) varnames.add(l.name());
        }
        String local = Suggestions.closest(varnames, name);
        if (local != null) return List.of(new Hint(local, null));
        // A script's globals: the dunders, then (approximately) imports of typing and __future__
        // (taken as bound: they come first in a script), definitions, then variables.
        var globals = new ArrayList<>(Suggestions.MODULE_DUNDERS);
        globals.addAll(p.importedNames());
        for (IrFunction g : p.functions()) if (g != p.module()) globals.add(g.name());
        var variables = new HashMap<String, Var.Global>();
        for (Var.Global g : p.globals()) {
            if (!isPythonName(g.name())) continue;
            globals.add(g.name());
            variables.putIfAbsent(g.name(), g);
        }
        var hints = new ArrayList<Hint>();
        for (String candidate : Suggestions.ranked(globals, name)) {
            Var.Global g = variables.get(candidate);
            boolean certain = g == null || s.bound().contains(g);
            hints.add(new Hint(candidate, certain ? null : g));
            if (certain) return hints;
        }
        hints.add(new Hint(Suggestions.closest(Suggestions.BUILTINS, name), null));
        return hints;
    }

    private static boolean isPythonName(String n) { return !n.startsWith("$") && !n.contains("$"); }

    private static void retargetPhis(Block succ, Block from, Block to) {
        var insts = succ.insts();
        for (int i = 0; i < insts.size(); i++) {
            if (insts.get(i) instanceof Inst.Phi phi) {
                var args = phi.args().stream()
                        .map(a -> a.pred() == from ? new Inst.PhiArg(to, a.value()) : a).toList();
                insts.set(i, new Inst.Phi(phi.dst(), args));
            }
        }
    }
}
