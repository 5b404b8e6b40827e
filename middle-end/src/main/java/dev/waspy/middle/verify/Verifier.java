package dev.waspy.middle.verify;

import dev.waspy.middle.analysis.Dominators;
import dev.waspy.middle.dump.IrPrinter;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Edge;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Terminator;
import dev.waspy.middle.ir.Var;
import dev.waspy.middle.rt.AbiType;
import dev.waspy.middle.rt.RuntimeFunction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks the invariants every stage may rely on and returns every violation found (it never
 * stops at the first, never throws): each block is terminated; the CFG's edges are exactly those
 * of the terminators and handlers; each temp is defined once, with one type, before every use on
 * every path (definitions dominate uses); phis head their block with one argument per
 * predecessor; operand and result types match the primitive table, the callee, the slot; boxes
 * go from a typed value to {@code object} and unboxes back.
 */
public final class Verifier {
    private final IrProgram program;
    private final IrFunction f;
    private final List<String> errors = new ArrayList<>();
    private final Map<Integer, Temp> defs = new HashMap<>();
    private final Map<Integer, Block> defBlock = new HashMap<>();
    private final Map<Integer, Integer> defIndex = new HashMap<>();
    /** The function's locals and the program's globals as sets: a list lookup per use is quadratic. */
    private final java.util.Set<Var> known = new java.util.HashSet<>();

    private Verifier(IrProgram program, IrFunction f) {
        this.program = program;
        this.f = f;
        known.addAll(f.locals());
        if (program != null) known.addAll(program.globals());
    }

    /** Verifies every function of a program, calls and globals included. */
    public static List<String> verify(IrProgram p) {
        var out = new ArrayList<String>();
        if (p.module() == null) out.add("program has no " + IrProgram.MODULE + " function");
        for (IrFunction f : p.functions()) out.addAll(verify(p, f));
        return out;
    }

    /** Verifies one function; {@code program} (nullable) lets calls and globals be checked too. */
    public static List<String> verify(IrProgram program, IrFunction f) {
        var v = new Verifier(program, f);
        v.run();
        return v.errors;
    }

    private void run() {
        if (f.entry() == null) {
            errors.add("function " + f.name() + ": no blocks");
            return;
        }
        if (f.cfg().inDegreeOf(f.entry()) != 0) error(f.entry(), null, "the entry block has predecessors");
        checkGraph();
        collectDefinitions();
        var dom = Dominators.of(f);
        for (Block b : f.blocks()) {
            boolean phisDone = false;
            for (int i = 0; i < b.insts().size(); i++) {
                Inst inst = b.insts().get(i);
                if (inst instanceof Inst.Phi phi) {
                    if (phisDone) error(b, inst, "phi after a non-phi instruction");
                    checkPhi(b, phi, dom);
                } else {
                    phisDone = true;
                    for (Temp u : inst.uses()) checkUse(b, i, inst, u, dom);
                }
                checkTypes(b, inst);
            }
            Terminator t = b.terminator();
            if (t != null) {
                for (Temp u : t.uses()) checkUse(b, b.insts().size(), null, u, dom);
                checkTerminatorTypes(b, t);
            }
        }
    }

    private void checkGraph() {
        var blockSet = new HashSet<>(f.blocks());
        for (Block v : f.cfg().vertexSet()) {
            if (!blockSet.contains(v)) errors.add("function " + f.name() + ": CFG vertex " + v + " is not a block of the function");
        }
        for (Block b : f.blocks()) {
            if (!f.cfg().containsVertex(b)) {
                error(b, null, "block is missing from the CFG");
                continue;
            }
            if (b.terminator() == null) {
                error(b, null, "block has no terminator");
                continue;
            }
            var expected = new ArrayList<String>();
            for (Block s : b.terminator().successors()) expected.add(s.label());
            if (b.handler() != null) expected.add("!" + b.handler().label());
            var actual = new ArrayList<String>();
            for (Edge e : f.cfg().outgoingEdgesOf(b)) {
                String tgt = f.cfg().getEdgeTarget(e).label();
                actual.add(e.kind() == Edge.Kind.EXCEPTION ? "!" + tgt : tgt);
            }
            expected.sort(null);
            actual.sort(null);
            if (!expected.equals(actual)) {
                error(b, null, "CFG edges " + actual + " do not match the terminator's successors " + expected);
            }
            for (Block s : b.terminator().successors()) {
                if (!blockSet.contains(s)) error(b, null, "jumps to " + s + ", which is not a block of the function");
            }
        }
    }

    private void collectDefinitions() {
        for (Block b : f.blocks()) {
            for (int i = 0; i < b.insts().size(); i++) {
                Inst inst = b.insts().get(i);
                Temp d = inst.def();
                if (d == null) continue;
                if (defs.containsKey(d.id())) {
                    error(b, inst, d + " is defined more than once");
                } else {
                    defs.put(d.id(), d);
                    defBlock.put(d.id(), b);
                    defIndex.put(d.id(), i);
                }
            }
        }
    }

    private void checkUse(Block b, int index, Inst inst, Temp u, Dominators<Block> dom) {
        Temp d = defs.get(u.id());
        if (d == null) {
            error(b, inst, u + " is used but never defined");
            return;
        }
        if (!d.type().equals(u.type())) {
            error(b, inst, u + " is used as " + u.type().show() + " but defined as " + d.type().show());
        }
        if (!dom.reachable(b)) return; // dead code: nothing runs, nothing to order
        Block db = defBlock.get(u.id());
        boolean ok = db == b ? defIndex.get(u.id()) < index : dom.dominates(db, b);
        if (!ok) error(b, inst, "the definition of " + u + " (in " + db + ") does not dominate this use");
    }

    private void checkPhi(Block b, Inst.Phi phi, Dominators<Block> dom) {
        Set<Block> preds = new HashSet<>();
        for (Edge e : f.cfg().incomingEdgesOf(b)) preds.add(f.cfg().getEdgeSource(e));
        Set<Block> seen = new HashSet<>();
        for (Inst.PhiArg a : phi.args()) {
            if (!preds.contains(a.pred())) error(b, phi, a.pred() + " is not a predecessor");
            if (!seen.add(a.pred())) error(b, phi, "two arguments for predecessor " + a.pred());
            if (!a.value().type().equals(phi.dst().type())) {
                error(b, phi, "argument " + a.value() + " is " + a.value().type().show() + ", phi is " + phi.dst().type().show());
            }
            Temp d = defs.get(a.value().id());
            if (d == null) {
                error(b, phi, a.value() + " is used but never defined");
            } else if (dom.reachable(a.pred()) && !dom.dominates(defBlock.get(a.value().id()), a.pred())) {
                error(b, phi, "the definition of " + a.value() + " does not dominate the end of " + a.pred());
            }
        }
        if (phi.args().size() != preds.size()) {
            error(b, phi, "phi has " + phi.args().size() + " arguments for " + preds.size() + " predecessors");
        }
    }

    private void checkTypes(Block b, Inst inst) {
        switch (inst) {
            case Inst.Const c -> expect(b, inst, "result", c.value().type(), c.dst().type());
            case Inst.Load l -> {
                checkVar(b, inst, l.var());
                expect(b, inst, "result", l.var().type(), l.dst().type());
            }
            case Inst.Store s -> {
                checkVar(b, inst, s.var());
                expect(b, inst, "stored value", s.var().type(), s.src().type());
            }
            case Inst.PrimOp p -> {
                if (p.args().size() != p.prim().operands().size()) {
                    error(b, inst, p.prim().opName() + " takes " + p.prim().operands().size() + " operands, has " + p.args().size());
                } else {
                    for (int i = 0; i < p.args().size(); i++) {
                        expect(b, inst, "operand " + (i + 1), p.prim().operands().get(i), p.args().get(i).type());
                    }
                }
                expect(b, inst, "result", p.prim().result(), p.dst().type());
            }
            case Inst.Call c -> {
                IrFunction callee = program == null ? null : program.function(c.callee());
                if (program != null && callee == null) {
                    error(b, inst, "calls unknown function " + c.callee());
                } else if (callee != null) {
                    if (callee.params().size() != c.args().size()) {
                        error(b, inst, c.callee() + " takes " + callee.params().size() + " arguments, has " + c.args().size());
                    } else {
                        for (int i = 0; i < c.args().size(); i++) {
                            expect(b, inst, "argument " + (i + 1), callee.params().get(i).type(), c.args().get(i).type());
                        }
                    }
                    expect(b, inst, "result", callee.returnType(), c.dst().type());
                }
            }
            case Inst.RtCall c -> checkRuntimeCall(b, c);
            case Inst.CallIndirect c -> {
                if (!(c.frame().type() instanceof IrType.Tuple)) error(b, inst, "calls a frame that is not a tuple");
                expect(b, inst, "result", IrType.OBJ, c.dst().type());
            }
            case Inst.Box x -> {
                if (x.src().type() instanceof IrType.Obj) error(b, inst, "boxes a value that is already an object");
                expect(b, inst, "result", IrType.OBJ, x.dst().type());
            }
            case Inst.Unbox u -> {
                expect(b, inst, "operand", IrType.OBJ, u.src().type());
                if (u.dst().type() instanceof IrType.Obj) error(b, inst, "unboxes to object");
            }
            case Inst.MakeTuple t -> expect(b, inst, "result",
                    IrType.tuple(t.items().stream().map(Temp::type).toList()), t.dst().type());
            case Inst.TupleGet g -> {
                if (g.tuple().type() instanceof IrType.Tuple tt) {
                    if (g.index() < 0 || g.index() >= tt.items().size()) {
                        error(b, inst, "index " + g.index() + " out of range for " + tt.show());
                    } else {
                        expect(b, inst, "result", tt.items().get(g.index()), g.dst().type());
                    }
                } else {
                    error(b, inst, "operand is " + g.tuple().type().show() + ", not a tuple");
                }
            }
            case Inst.Phi p -> { }
            case Inst.Undef u -> { } // of any type: never observed
        }
    }

    private void checkTerminatorTypes(Block b, Terminator t) {
        switch (t) {
            case Terminator.Branch br -> expectT(b, "condition", IrType.BOOL, br.cond().type());
            case Terminator.Return r -> expectT(b, "returned value", f.returnType(), r.value().type());
            case Terminator.Raise r -> {
                if (r.message() != null) expectT(b, "message", IrType.STR, r.message().type());
            }
            case Terminator.Throw x -> expectT(b, "raised value", IrType.OBJ, x.exc().type());
            case Terminator.Jump j -> { }
            case Terminator.Unreachable u -> { }
        }
    }

    private void checkVar(Block b, Inst inst, Var v) {
        switch (v) {
            case Var.Local l -> {
                if (!known.contains(l)) error(b, inst, "slot " + l.name() + ": " + l.type().show() + " is not a local of the function");
            }
            case Var.Global g -> {
                if (program != null && !known.contains(g)) {
                    error(b, inst, "global " + g.name() + ": " + g.type().show() + " is not a global of the program");
                }
            }
        }
    }

    /** Arity and types against the function's descriptor (the linker checks the descriptor against runtime.wasm). */
    private void checkRuntimeCall(Block b, Inst.RtCall c) {
        RuntimeFunction fn = c.function();
        if (fn.params().size() != c.args().size()) {
            error(b, c, fn.name() + " takes " + fn.params().size() + " arguments, has " + c.args().size());
            return;
        }
        for (int i = 0; i < c.args().size(); i++) {
            AbiType want = fn.params().get(i);
            IrType got = c.args().get(i).type();
            if (!want.accepts(got)) error(b, c, "argument " + (i + 1) + " of " + fn.name() + ": expected " + want.spelling() + ", found " + got.show());
        }
        if (!fn.result().accepts(c.dst().type())) {
            error(b, c, "result of " + fn.name() + ": expected " + fn.result().spelling() + ", found " + c.dst().type().show());
        }
    }

    private void expect(Block b, Inst inst, String what, IrType want, IrType got) {
        if (!Objects.equals(want, got)) error(b, inst, what + " should be " + want.show() + ", is " + got.show());
    }

    private void expectT(Block b, String what, IrType want, IrType got) {
        if (!Objects.equals(want, got)) {
            errors.add("function " + f.name() + ", block " + b + ", `" + IrPrinter.terminator(b.terminator()) + "`: "
                    + what + " should be " + want.show() + ", is " + got.show());
        }
    }

    private void error(Block b, Inst inst, String message) {
        String where = "function " + f.name() + ", block " + b;
        if (inst != null) where += ", `" + IrPrinter.inst(inst) + "`";
        errors.add(where + ": " + message);
    }
}
