package dev.waspy.backend.outline;

import dev.waspy.wasm.instr.BlockType;
import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.instr.NumericOp;
import dev.waspy.wasm.instr.Variable;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.ValType;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Splits a lowered function of more than {@link #MAX_INSTRUCTIONS} instructions: the largest
 * {@code block} or {@code loop} (no parameters, no results) that fits the bound becomes a function
 * of its own, until the caller fits too. Engines that translate each Wasm function into one method
 * leave a huge one to their slowest tier (HotSpot does not compile a method over 8,000 bytes of
 * bytecode, and its optimizing compiler takes seconds on one near that size), so Chicory runs the
 * split form faster. Functions under the bound are left alone.
 *
 * <p>The locals the region reads are the new function's parameters; the ones it writes and anyone
 * may read afterwards (outside the region, or inside it on its next run) are its results, with an
 * exit code first when the region branches out of itself: 0 falls through, 1 returns (the return
 * values follow the code), 2 + j takes the j-th outward branch, which the caller repeats:
 *
 * <pre>{@code
 * block                           ;; before            local.get $a  local.get $n
 *   ... local.get $a ...                               call $f#1         ;; -> (code, $a)
 *   ... br_if 1 ...   ;; out                           local.set $a  local.set $exit
 *   ... local.set $a ...                               local.get $exit  i32.const 2  i32.eq  br_if 0
 * end
 * }</pre>
 * A region is taken only when every outward branch goes to a label without values (or is a
 * {@code return}) and none is a {@code br_table}.
 */
public final class Outlining {
    /** Bound on a function's instructions (Chicory's compiler makes 2.8-2.9 bytes of JVM bytecode of one). */
    public static final int MAX_INSTRUCTIONS = 1_500;
    /** A smaller region is not worth a call. */
    private static final int MIN_REGION = 100;

    /** A function split off, with its local names (taken from the caller's). */
    public record Part(Function function, String name, SortedMap<Integer, String> localNames) {}

    /** The caller after splitting, its local names, and the parts in the order they are to be appended. */
    public record Result(Function caller, SortedMap<Integer, String> localNames, List<Part> parts) {}

    private final Module module;
    private final FuncType type;
    private final int bound;
    private final List<ValType> localTypes = new ArrayList<>();
    private final SortedMap<Integer, String> names;
    private List<Instruction> body;

    private Outlining(Module module, Function fn, SortedMap<Integer, String> names, int bound) {
        this.module = module;
        this.type = module.types().get(fn.typeIndex());
        this.bound = bound;
        this.names = new TreeMap<>(names);
        localTypes.addAll(type.params());
        localTypes.addAll(fn.locals());
        this.body = new ArrayList<>(fn.body());
    }

    /**
     * Splits {@code fn} (a function of {@code module}, whose types it may add to) until it has at
     * most {@code bound} instructions or no region is left to take.
     *
     * @param firstIndex the function index the first part will have (parts are appended in order)
     */
    public static Result split(Module module, Function fn, String name, SortedMap<Integer, String> localNames,
                               int firstIndex, int bound) {
        Outlining o = new Outlining(module, fn, localNames, bound);
        List<Part> parts = new ArrayList<>();
        while (o.body.size() > bound) {
            Part part = null;
            LocalLiveness liveness = new LocalLiveness(o.body);
            for (Region r : o.regions()) {
                part = o.outline(r, liveness, firstIndex + parts.size(), name + "#" + (parts.size() + 1));
                if (part != null) {
                    break;
                }
            }
            if (part == null) {
                break;
            }
            parts.add(part);
        }
        int params = o.type.params().size();
        Function caller = new Function(fn.typeIndex(), o.localTypes.subList(params, o.localTypes.size()), o.body);
        return new Result(caller, o.names, parts);
    }

    /** A candidate: instructions {@code start..end} (an opener and its {@code end}), the openers around it. */
    private record Region(int start, int end, List<Integer> enclosing) {
        int size() {
            return end - start + 1;
        }
    }

    /** An outward branch's meaning: 1 for a return, else 2 + j for outward depth {@code depths[j]}. */
    private record Exits(List<Integer> depths, boolean returns) {
        int code(int outwardDepth) {
            return 2 + depths.indexOf(outwardDepth);
        }

        boolean any() {
            return returns || !depths.isEmpty();
        }
    }

    /** The regions that may be taken, largest first. */
    private List<Region> regions() {
        // The constructs open at each point, innermost last.
        List<Integer> openers = new ArrayList<>();
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Instruction ins = body.get(i);
            switch (ins) {
                case Control.Block b -> openers.add(i);
                case Control.Loop l -> openers.add(i);
                case Control.If f -> openers.add(i);
                case Control.End e when !openers.isEmpty() -> {
                    int start = openers.removeLast();
                    Instruction opener = body.get(start);
                    int size = i - start + 1;
                    boolean plain = opener instanceof Control.Block(BlockType.Empty b)
                            || opener instanceof Control.Loop(BlockType.Empty l);
                    if (plain && size <= bound && size >= MIN_REGION) {
                        Region r = new Region(start, i, List.copyOf(openers));
                        if (exits(r) != null) {
                            regions.add(r);
                        }
                    }
                }
                default -> { }
            }
        }
        regions.sort(java.util.Comparator.comparingInt(Region::size).reversed());
        return regions;
    }

    /** How many values a branch to the construct opened by {@code opener} carries. */
    private int arity(Instruction opener) {
        boolean loop = opener instanceof Control.Loop;
        BlockType t = switch (opener) {
            case Control.Block b -> b.type();
            case Control.Loop l -> l.type();
            case Control.If f -> f.type();
            default -> throw new IllegalArgumentException("not a construct: " + opener);
        };
        return switch (t) {
            case BlockType.Empty e -> 0;
            case BlockType.Value v -> loop ? 0 : 1;
            case BlockType.TypeIndex x -> loop ? module.types().get(x.index()).params().size()
                    : module.types().get(x.index()).results().size();
        };
    }

    /** The region's outward branches, or null when one cannot be carried out of a function. */
    private Exits exits(Region r) {
        TreeSet<Integer> depths = new TreeSet<>();
        boolean returns = false;
        int depth = 0;
        for (int i = r.start; i <= r.end; i++) {
            Instruction ins = body.get(i);
            int here = depth;
            switch (ins) {
                case Control.Block b -> depth++;
                case Control.Loop l -> depth++;
                case Control.If f -> depth++;
                case Control.End e -> depth--;
                case Control.Return ret -> returns = true;
                case Control.Br(int label) when label >= here -> {
                    Integer out = outward(r, label - here);
                    if (out == null) {
                        return null;
                    }
                    returns |= out < 0;
                    if (out >= 0) {
                        depths.add(out);
                    }
                }
                case Control.BrIf(int label) when label >= here -> {
                    Integer out = outward(r, label - here);
                    if (out == null || out < 0) {
                        return null;
                    }
                    depths.add(out);
                }
                case Control.BrTable t when outwardTable(t, here) -> {
                    return null;
                }
                default -> { }
            }
        }
        return new Exits(List.copyOf(depths), returns);
    }

    private static boolean outwardTable(Control.BrTable t, int depth) {
        return t.defaultLabel() >= depth || t.labels().stream().anyMatch(l -> l >= depth);
    }

    /** An outward depth if its label takes no values, -1 for the function's own label, else null. */
    private Integer outward(Region r, int d) {
        List<Integer> enclosing = r.enclosing;
        if (d == enclosing.size()) {
            return -1;
        }
        return arity(body.get(enclosing.get(enclosing.size() - 1 - d))) == 0 ? d : null;
    }

    /** Takes region {@code r} out as function {@code index}, unless its part would exceed the bound (then null). */
    private Part outline(Region r, LocalLiveness liveness, int index, String partName) {
        Exits exits = exits(r);
        List<Instruction> region = body.subList(r.start, r.end + 1);
        TreeSet<Integer> read = new TreeSet<>();
        TreeSet<Integer> written = new TreeSet<>();
        for (Instruction ins : region) {
            switch (ins) {
                case Variable.LocalGet(int x) -> read.add(x);
                case Variable.LocalSet(int x) -> written.add(x);
                case Variable.LocalTee(int x) -> written.add(x);
                default -> { }
            }
        }
        // In: what the region reads of the values live on entry. Out: what it writes of the values
        // live after it, wherever it leaves to (and those come in too, for the paths not writing them).
        BitSet liveAfter = liveness.before(r.end + 1);
        exits.depths.forEach(d -> liveAfter.or(liveness.atLabel(r.enclosing, d)));
        List<Integer> results = written.stream().filter(liveAfter::get).toList();
        BitSet liveIn = liveness.before(r.start);
        TreeSet<Integer> params = new TreeSet<>();
        read.stream().filter(liveIn::get).forEach(params::add);
        params.addAll(results);
        TreeSet<Integer> own = new TreeSet<>(written);
        own.addAll(read);
        own.removeAll(params);

        // The part's locals: parameters, then locals of its own, then the return values' temps.
        int[] map = new int[localTypes.size()];
        List<ValType> paramTypes = new ArrayList<>();
        List<ValType> declared = new ArrayList<>();
        SortedMap<Integer, String> partNames = new TreeMap<>();
        int next = 0;
        for (int x : params) {
            paramTypes.add(localTypes.get(x));
            partNames.put(next, names.getOrDefault(x, "%" + x));
            map[x] = next++;
        }
        for (int x : own) {
            declared.add(localTypes.get(x));
            partNames.put(next, names.getOrDefault(x, "%" + x));
            map[x] = next++;
        }
        List<ValType> returned = exits.returns ? type.results() : List.of();
        int retBase = next;
        for (ValType t : returned) {
            declared.add(t);
            partNames.put(next++, "%ret");
        }
        List<ValType> resultTypes = new ArrayList<>();
        if (exits.any()) {
            resultTypes.add(ValType.I32);
        }
        resultTypes.addAll(returned);
        results.forEach(x -> resultTypes.add(localTypes.get(x)));

        List<Instruction> code = new ArrayList<>();
        if (exits.any()) {
            code.add(new Control.Block(BlockType.of(ValType.I32)));
        }
        rewriteRegion(region, map, exits, retBase, returned.size(), code);
        if (exits.any()) {
            code.add(new Numeric.I32Const(0));
            code.add(new Control.End());
        }
        for (int k = 0; k < returned.size(); k++) {
            code.add(new Variable.LocalGet(retBase + k));
        }
        results.forEach(x -> code.add(new Variable.LocalGet(map[x])));
        code.add(new Control.End());
        if (code.size() > bound) {
            return null;
        }
        int typeIndex = module.typeIndex(FuncType.of(paramTypes, resultTypes));
        Part part = new Part(new Function(typeIndex, declared, code), partName, partNames);

        body = spliced(r, call(params, index, results, exits, returned));
        return part;
    }

    /** The region's code for the part: outward branches become an exit code for its wrapping block. */
    private static void rewriteRegion(List<Instruction> region, int[] map, Exits exits, int retBase, int returned,
                                      List<Instruction> out) {
        int depth = 0;
        for (Instruction ins : region) {
            int here = depth;
            switch (ins) {
                case Control.Block b -> { depth++; out.add(ins); }
                case Control.Loop l -> { depth++; out.add(ins); }
                case Control.If f -> { depth++; out.add(ins); }
                case Control.End e -> { depth--; out.add(ins); }
                case Control.Return ret -> returnFrom(depth, retBase, returned, out);
                case Control.Br(int label) when label >= here -> {
                    int d = label - here;
                    if (exits.depths.contains(d)) {
                        out.add(new Numeric.I32Const(exits.code(d)));
                        out.add(new Control.Br(here));
                    } else {
                        returnFrom(here, retBase, returned, out);
                    }
                }
                case Control.BrIf(int label) when label >= here -> {
                    out.add(new Control.If(BlockType.EMPTY));
                    out.add(new Numeric.I32Const(exits.code(label - here)));
                    out.add(new Control.Br(here + 1));
                    out.add(new Control.End());
                }
                case Variable.LocalGet(int x) -> out.add(new Variable.LocalGet(map[x]));
                case Variable.LocalSet(int x) -> out.add(new Variable.LocalSet(map[x]));
                case Variable.LocalTee(int x) -> out.add(new Variable.LocalTee(map[x]));
                default -> out.add(ins);
            }
        }
    }

    private static void returnFrom(int depth, int retBase, int returned, List<Instruction> out) {
        for (int k = returned - 1; k >= 0; k--) {
            out.add(new Variable.LocalSet(retBase + k));
        }
        out.add(new Numeric.I32Const(1));
        out.add(new Control.Br(depth));
    }

    /** What replaces the region in the caller: the call, its results into locals, the exits taken again. */
    private List<Instruction> call(TreeSet<Integer> params, int index, List<Integer> results, Exits exits,
                                   List<ValType> returned) {
        List<Instruction> code = new ArrayList<>();
        params.forEach(x -> code.add(new Variable.LocalGet(x)));
        code.add(new Control.Call(index));
        for (int k = results.size() - 1; k >= 0; k--) {
            code.add(new Variable.LocalSet(results.get(k)));
        }
        int retBase = localTypes.size();
        for (ValType t : returned) {
            names.put(localTypes.size(), "%ret");
            localTypes.add(t);
        }
        for (int k = returned.size() - 1; k >= 0; k--) {
            code.add(new Variable.LocalSet(retBase + k));
        }
        if (!exits.any()) {
            return code;
        }
        int exit = localTypes.size();
        names.put(exit, "%exit");
        localTypes.add(ValType.I32);
        code.add(new Variable.LocalSet(exit));
        for (int d : exits.depths) {
            code.add(new Variable.LocalGet(exit));
            code.add(new Numeric.I32Const(exits.code(d)));
            code.add(new Numeric.Op(NumericOp.I32_EQ));
            code.add(new Control.BrIf(d));
        }
        if (exits.returns) {
            code.add(new Variable.LocalGet(exit));
            code.add(new Numeric.I32Const(1));
            code.add(new Numeric.Op(NumericOp.I32_EQ));
            code.add(new Control.If(BlockType.EMPTY));
            for (int k = 0; k < returned.size(); k++) {
                code.add(new Variable.LocalGet(retBase + k));
            }
            code.add(new Control.Return());
            code.add(new Control.End());
        }
        return code;
    }

    private List<Instruction> spliced(Region r, List<Instruction> replacement) {
        List<Instruction> out = new ArrayList<>(body.size());
        out.addAll(body.subList(0, r.start));
        out.addAll(replacement);
        out.addAll(body.subList(r.end + 1, body.size()));
        return out;
    }
}
