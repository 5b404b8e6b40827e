package dev.waspy.middle.build.generic;

import dev.waspy.frontend.scope.FunctionScope;
import dev.waspy.frontend.scope.ProgramClass;
import dev.waspy.frontend.syntax.ast.Arg;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Keyword;
import dev.waspy.frontend.syntax.ast.Stmt;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Terminator;
import dev.waspy.middle.ir.Var;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Classes and calls of values. A class statement runs its body as CPython does, top to bottom
 * into a namespace dict (a method becomes a function object, {@code rt_func_new}, wrapped by its
 * decorator), then makes the class ({@code rt_class_new}: C3 MRO) and binds its name. A call of a
 * value (a class, a bound method, any callable) and a method call on a value the compiler does not
 * know are two steps: the runtime binds the arguments into a frame ({@code rt_call_prepare},
 * {@code rt_method_prepare}), then {@code CallIndirect} calls the function the frame names
 * through the function table, and {@code rt_call_result} gives the value (the new instance of a
 * class). Each method is an IR function of its own (named by its qualified name) with a table
 * entry ({@link #entry}) that unpacks a frame into its arguments.
 */
final class Classes {
    /** A call's frame: a tuple of the runtime's making, read only through the table entry. */
    private static final IrType FRAME = IrType.tuple(List.of());

    /** The class body being built: its namespace, and the names it has bound so far. */
    record Body(Temp ns, Set<String> bound) {}

    private final GenericFunction f;
    private final Emitter em;

    Classes(GenericFunction f) {
        this.f = f;
        this.em = f.em;
    }

    void classStmt(Stmt.ClassDef cd) {
        ProgramClass pc = f.program.scopes.classes().get(cd.name());
        Temp ns = em.rt("rt_dict_new", IrType.DICT);
        setName(ns, "__module__", em.box(em.str("__main__")));
        setName(ns, "__qualname__", em.box(em.str(cd.name())));
        var body = new Body(ns, new HashSet<>());
        Body outer = f.classBody;
        f.classBody = body;
        int method = 0;
        for (Stmt s : cd.body()) {
            switch (s) {
                case Stmt.FunctionDef fd -> {
                    setName(ns, fd.name(), methodValue(pc, pc.methods().get(method++), body));
                    body.bound().add(fd.name());
                }
                case Stmt.Assign a -> bind(body, ((Expr.Name) a.targets().get(0)).id(), f.ex.value(a.value()));
                case Stmt.AnnAssign a when a.value() != null -> bind(body, ((Expr.Name) a.target()).id(), f.ex.value(a.value()));
                case Stmt.Expr e when s == cd.body().get(0) -> setName(ns, "__doc__", f.ex.value(e.value()));
                default -> { }
            }
        }
        f.classBody = outer;
        var bases = new ArrayList<Temp>();
        for (String b : pc.bases()) bases.add(em.load(f.program.global(b)));
        if (pc.isException()) f.exceptions.define(cd);
        Temp cls = em.rt("rt_class_new", IrType.OBJ, em.str(cd.name()), em.tuple(bases), ns);
        if (pc.isException()) em.rt("rt_class_set_exception", IrType.NONE, cls, em.smallInt(f.program.exceptionId(cd.name())));
        em.store(f.program.global(cd.name()), cls);
        em.store(f.program.global(ProgramClass.classSlot(cd.name())), cls);
    }

    private void bind(Body body, String name, Temp v) {
        setName(body.ns(), name, v);
        body.bound().add(name);
    }

    private void setName(Temp ns, String name, Temp v) {
        em.rt("rt_dict_set", IrType.NONE, ns, em.box(em.str(name)), v);
    }

    /** A name the class body bound above, read from its namespace (NameError if deleted since). */
    Temp load(Body body, String name) {
        return em.rt("rt_class_ns_get", IrType.OBJ, body.ns(), em.str(name));
    }

    /** The function object of a method, its defaults evaluated now, wrapped as its decorator says. */
    private Temp methodValue(ProgramClass pc, ProgramClass.Method m, Body body) {
        Stmt.FunctionDef fd = m.def();
        var params = new ArrayList<Temp>();
        for (Arg a : fd.args().args()) params.add(em.box(em.str(a.arg())));
        List<Temp> defaults = f.ex.values(fd.args().defaults());
        int index = f.program.entryIndex(entryName(m.scope()));
        Temp fn = em.rt("rt_func_new", IrType.OBJ, em.smallInt(index), em.str(fd.name()), em.str(pc.name() + "." + fd.name()),
                em.tuple(params), em.tuple(defaults));
        return switch (m.kind()) {
            case FUNCTION -> fn;
            case STATIC -> em.rt("rt_staticmethod", IrType.OBJ, fn);
            case CLASS -> em.rt("rt_classmethod", IrType.OBJ, fn);
            case PROPERTY -> em.rt("rt_property", IrType.OBJ, fn);
            case SETTER, DELETER -> em.rt("rt_property_with", IrType.OBJ, load(body, m.property()),
                    em.smallInt(m.kind() == ProgramClass.Kind.SETTER ? 1 : 2), fn);
        };
    }

    /** The function object of a module function (its defaults are constants: Refusals checked). */
    Temp functionObject(FunctionScope fs) {
        var params = new ArrayList<Temp>();
        for (Arg a : fs.def().args().args()) params.add(em.box(em.str(a.arg())));
        List<Temp> defaults = f.ex.values(fs.def().args().defaults());
        int index = f.program.entryIndex(entryName(fs));
        return em.rt("rt_func_new", IrType.OBJ, em.smallInt(index), em.str(fs.name()), em.str(fs.name()), em.tuple(params), em.tuple(defaults));
    }

    /** The name of a method's table entry. */
    static String entryName(FunctionScope method) {
        return "<entry " + method.name() + ">";
    }

    /** The table entry of a method: {@code (frame) -> object}, its arguments the frame's items from 3 on. */
    static IrFunction entry(FunctionScope method) {
        int n = method.params().size();
        var frame = new Var.Local("frame", IrType.tuple(Collections.nCopies(3 + n, IrType.OBJ)));
        var fn = new IrFunction(entryName(method), List.of(frame), IrType.OBJ);
        fn.setTableEntry();
        var em = new Emitter(fn);
        Temp t = em.load(frame);
        var args = new ArrayList<Temp>();
        for (int k = 0; k < n; k++) {
            int item = 3 + k;
            args.add(em.emit(IrType.OBJ, d -> new Inst.TupleGet(d, t, item)));
        }
        em.terminate(new Terminator.Return(em.call(method.name(), args)));
        fn.removeBlocks(List.of(em.current()));
        return fn;
    }

    /** {@code callee(args, k=v)} of any callable value. */
    Temp callValue(Temp callee, Expr.Call c) {
        List<Temp> args = f.ex.values(c.args());
        return callValue(callee, args, keywords(c));
    }

    /** {@code callee(args)} with arguments already evaluated. */
    Temp callValue(Temp callee, List<Temp> args) {
        return callValue(callee, args, em.none());
    }

    private Temp callValue(Temp callee, List<Temp> args, Temp kwargs) {
        return finish(em.rt("rt_call_prepare", FRAME, callee, em.tuple(args), kwargs));
    }

    /** {@code self.name(args, k=v)} looked up at run time. */
    Temp callMethod(Temp self, String name, Expr.Call c) {
        List<Temp> args = f.ex.values(c.args());
        return callMethod(self, name, args, keywords(c));
    }

    /** {@code self.name(args)} with arguments already evaluated. */
    Temp callMethod(Temp self, String name, List<Temp> args) {
        return callMethod(self, name, args, em.none());
    }

    private Temp callMethod(Temp self, String name, List<Temp> args, Temp kwargs) {
        return finish(em.rt("rt_method_prepare", FRAME, self, em.str(name), em.tuple(args), kwargs));
    }

    /** Calls the function a frame names, then takes the call's value (the new instance of a class). */
    private Temp finish(Temp frame) {
        Temp r = em.emit(IrType.OBJ, d -> new Inst.CallIndirect(d, frame));
        return em.rt("rt_call_result", IrType.OBJ, frame, r);
    }

    /** The keyword arguments as a dict, in order; None without any. */
    private Temp keywords(Expr.Call c) {
        if (c.keywords().isEmpty()) return em.none();
        Temp kw = em.rt("rt_dict_new", IrType.DICT);
        for (Keyword k : c.keywords()) em.rt("rt_dict_set", IrType.NONE, kw, em.box(em.str(k.arg())), f.ex.value(k.value()));
        return em.box(kw);
    }

    /** {@code super()} in a method: its class (the hidden global CPython's __class__ cell stands for) and first parameter. */
    Temp superObject() {
        ProgramClass pc = f.program.scopes.methods().get(f.scope);
        Temp cls = em.load(f.program.global(ProgramClass.classSlot(pc.name())));
        Temp self = em.load(f.var(f.scope.params().get(0)));
        return em.rt("rt_super", IrType.OBJ, cls, self);
    }
}
