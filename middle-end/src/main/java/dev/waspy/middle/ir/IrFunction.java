package dev.waspy.middle.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * One compiled function: parameters, local slots, blocks and the control-flow graph over them.
 * The graph is a JGraphT multigraph kept in step with the terminators (and exception handlers):
 * {@link #setTerminator} and {@link #setHandler} are the only ways to change control flow.
 */
public final class IrFunction {
    private final String name;
    private final List<Var.Local> params;
    private final IrType returnType;
    private final List<Var.Local> locals = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private final Graph<Block, Edge> cfg = new DirectedPseudograph<>(Edge.class);
    private Block entry;
    private int nextTemp;
    private int nextBlock;
    private String sourceName = "";
    private int sourceLine;

    public IrFunction(String name, List<Var.Local> params, IrType returnType) {
        this.name = name;
        this.params = List.copyOf(params);
        this.returnType = returnType;
        locals.addAll(params);
    }

    /** The function's name in the program: the Python qualified name; the module body is {@code <module>}. */
    public String name() { return name; }
    public List<Var.Local> params() { return params; }
    public IrType returnType() { return returnType; }

    /** Every local slot, parameters first. */
    public List<Var.Local> locals() { return Collections.unmodifiableList(locals); }

    public Var.Local addLocal(String localName, IrType type) {
        var v = new Var.Local(localName, type);
        locals.add(v);
        return v;
    }

    /** Blocks in creation order; the entry block comes first. */
    public List<Block> blocks() { return Collections.unmodifiableList(blocks); }

    public Block entry() { return entry; }

    /** The CFG. Read it freely; change control flow only through this class. */
    public Graph<Block, Edge> cfg() { return cfg; }

    public Block newBlock() {
        var b = new Block(nextBlock++);
        blocks.add(b);
        cfg.addVertex(b);
        if (entry == null) entry = b;
        return b;
    }

    public Temp newTemp(IrType type) { return new Temp(nextTemp++, type); }

    /** One more than the largest temp number in use, for passes that size tables by temp. */
    public int tempCount() { return nextTemp; }

    public void setTerminator(Block b, Terminator t) {
        for (Edge e : List.copyOf(cfg.outgoingEdgesOf(b))) {
            if (e.kind() != Edge.Kind.EXCEPTION) cfg.removeEdge(e);
        }
        b.terminator = t;
        switch (t) {
            case Terminator.Jump j -> cfg.addEdge(b, j.target(), new Edge(Edge.Kind.JUMP));
            case Terminator.Branch br -> {
                cfg.addEdge(b, br.ifTrue(), new Edge(Edge.Kind.TRUE));
                cfg.addEdge(b, br.ifFalse(), new Edge(Edge.Kind.FALSE));
            }
            case Terminator.Return r -> { }
            case Terminator.Raise r -> { }
            case Terminator.Throw x -> { }
            case Terminator.Unreachable u -> { }
        }
    }

    /** Sets where exceptions raised in {@code b} go (null: propagate to the caller). */
    public void setHandler(Block b, Block handler) {
        for (Edge e : List.copyOf(cfg.outgoingEdgesOf(b))) {
            if (e.kind() == Edge.Kind.EXCEPTION) cfg.removeEdge(e);
        }
        b.handler = handler;
        if (handler != null) cfg.addEdge(b, handler, new Edge(Edge.Kind.EXCEPTION));
    }

    /** Removes blocks no longer reachable (the caller makes sure nothing refers to them). */
    public void removeBlocks(java.util.Collection<Block> dead) {
        for (Block b : dead) {
            if (b == entry) throw new IllegalArgumentException("cannot remove the entry block");
            cfg.removeVertex(b);
        }
        blocks.removeAll(dead);
    }

    /** Where the function comes from, for dumps: file name and line of its {@code def}. */
    public void setSource(String file, int line) { this.sourceName = file; this.sourceLine = line; }

    private boolean tableEntry;

    /**
     * Whether this is an entry of the program's function table ({@link IrProgram#entries}): called
     * only through the table, with a signature every entry shares, which specialization keeps.
     */
    public boolean tableEntry() { return tableEntry; }

    public void setTableEntry() { tableEntry = true; }
    public String sourceName() { return sourceName; }
    public int sourceLine() { return sourceLine; }
}
