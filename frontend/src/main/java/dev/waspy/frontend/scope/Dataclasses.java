package dev.waspy.frontend.scope;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Parser;
import dev.waspy.frontend.syntax.ast.Alias;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Keyword;
import dev.waspy.frontend.syntax.ast.Mod;
import dev.waspy.frontend.syntax.ast.Node;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code @dataclass} as the dataclasses module makes it, done before anything else reads the
 * module: the decorator and {@code from dataclasses import dataclass, field} go, and the class
 * gets the methods {@code dataclass} would give it, written in Python and parsed here, placed after
 * its fields (so a default is read from the class namespace, as the method's default is the class
 * attribute): {@code __init__} (calling {@code __post_init__} when the class has one; a
 * {@code field(default_factory=f)} calls {@code f()} when the argument is left out),
 * {@code __repr__}, {@code __eq__}, and with {@code order=True} the four orderings. A method the
 * class defines itself is kept, as dataclasses does. Fields of a base dataclass come first. What
 * is not modelled (frozen instances, {@code slots}, {@code kw_only}, fields read elsewhere through
 * the module) is refused at its position.
 */
public final class Dataclasses {
    private final SourceFile file;
    /** The fields of each dataclass seen so far, for subclasses. */
    private final Map<String, List<Field>> fieldsOf = new HashMap<>();
    private int sentinel;

    /** A field; {@code owner} is the class whose body gave its default (the class attribute holding it). */
    private record Field(String name, boolean hasDefault, String factory, String owner) {}

    private Dataclasses(SourceFile file) {
        this.file = file;
    }

    /** The module with its dataclasses written out; the module itself when it imports nothing from dataclasses. */
    public static Mod.Module desugar(SourceFile file, Mod.Module m) {
        boolean imports = m.body().stream().anyMatch(s -> s instanceof Stmt.ImportFrom f && "dataclasses".equals(f.module()));
        if (!imports) return m;
        return new Dataclasses(file).run(m);
    }

    private Mod.Module run(Mod.Module m) {
        var body = new ArrayList<Stmt>();
        Set<String> names = new LinkedHashSet<>();
        for (Stmt s : m.body()) {
            if (s instanceof Stmt.ImportFrom f && "dataclasses".equals(f.module())) {
                if (f.level() != 0) throw unsupported(f.pos(), "relative imports");
                for (Alias a : f.names()) {
                    if (!a.name().equals("dataclass") && !a.name().equals("field")) {
                        throw unsupported(a.pos(), "'" + a.name() + "' of the dataclasses module");
                    }
                    if (a.asname() != null) throw unsupported(a.pos(), "renaming an import of dataclasses");
                    names.add(a.name());
                }
                continue;
            }
            if (s instanceof Stmt.ClassDef cd && isDataclass(cd)) {
                body.addAll(dataclass(cd, body));
                continue;
            }
            body.add(s);
        }
        var out = new Mod.Module(body, m.typeIgnores());
        for (String n : names) {
            Pos use = firstUse(out, n);
            if (use != null) throw unsupported(use, "'" + n + "' of dataclasses other than as a class decorator and in its fields");
        }
        return out;
    }

    private static boolean isDataclass(Stmt.ClassDef cd) {
        return cd.decoratorList().size() == 1 && decoratorName(cd.decoratorList().get(0)) != null;
    }

    private static String decoratorName(Expr d) {
        if (d instanceof Expr.Name n && n.id().equals("dataclass")) return "dataclass";
        if (d instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("dataclass") && c.args().isEmpty()) return "dataclass";
        return null;
    }

    /** The statements replacing {@code cd}: a sentinel for default factories, then the class with its methods. */
    private List<Stmt> dataclass(Stmt.ClassDef cd, List<Stmt> before) {
        boolean eq = true, order = false, repr = true, init = true;
        if (cd.decoratorList().get(0) instanceof Expr.Call c) {
            for (Keyword k : c.keywords()) {
                boolean v = flag(k);
                switch (k.arg() == null ? "" : k.arg()) {
                    case "eq" -> eq = v;
                    case "order" -> order = v;
                    case "repr" -> repr = v;
                    case "init" -> init = v;
                    case "frozen", "unsafe_hash", "slots", "kw_only", "match_args", "weakref_slot" -> {
                        if (v || !k.arg().equals("frozen") && !k.arg().equals("match_args")) throw unsupported(k.pos(), "dataclass(" + k.arg() + "=...)");
                    }
                    default -> throw unsupported(k.pos(), "this dataclass argument");
                }
            }
        }
        if (order && !eq) throw unsupported(cd.pos(), "dataclass(order=True, eq=False)");
        var fields = new ArrayList<Field>();
        for (Expr b : cd.bases()) {
            if (b instanceof Expr.Name n && fieldsOf.containsKey(n.id())) fields.addAll(fieldsOf.get(n.id()));
        }
        var body = new ArrayList<Stmt>();
        Set<String> defined = new LinkedHashSet<>();
        String missing = null;
        for (Stmt s : cd.body()) {
            if (s instanceof Stmt.FunctionDef fd) defined.add(fd.name());
            if (!(s instanceof Stmt.AnnAssign a) || !(a.target() instanceof Expr.Name n)) {
                body.add(s);
                continue;
            }
            if (isClassVar(a.annotation())) {
                body.add(s);
                continue;
            }
            Expr value = a.value();
            String factory = null;
            if (value instanceof Expr.Call c && c.func() instanceof Expr.Name f && f.id().equals("field")) {
                if (!c.args().isEmpty()) throw unsupported(c.pos(), "positional arguments of field()");
                value = null;
                for (Keyword k : c.keywords()) {
                    switch (k.arg() == null ? "" : k.arg()) {
                        case "default" -> value = k.value();
                        case "default_factory" -> factory = source(k.value());
                        default -> throw unsupported(k.pos(), "field(" + k.arg() + "=...)");
                    }
                }
                if (value != null && factory != null) throw unsupported(c.pos(), "field() with both default and default_factory");
            }
            if (mutable(value)) {
                throw unsupported(value.pos(), "a list, dict or set as a dataclass field's default (ValueError in CPython: use default_factory)");
            }
            fields.removeIf(x -> x.name().equals(n.id()));
            fields.add(new Field(n.id(), value != null || factory != null, factory, cd.name()));
            body.add(new Stmt.AnnAssign(a.target(), a.annotation(), value, a.simple(), a.pos()));
        }
        if (missing == null && fields.stream().anyMatch(f -> f.factory() != null)) missing = "_dataclass_missing_" + sentinel++;
        boolean seenDefault = false;
        for (Field f : fields) {
            if (f.hasDefault()) seenDefault = true;
            else if (seenDefault) throw unsupported(cd.pos(), "dataclass fields without a default after fields with one (TypeError in CPython)");
        }
        fieldsOf.put(cd.name(), List.copyOf(fields));
        var src = new StringBuilder();
        if (init && !defined.contains("__init__")) init(src, cd.name(), fields, defined.contains("__post_init__"), missing);
        if (repr && !defined.contains("__repr__")) repr(src, fields);
        if (eq && !defined.contains("__eq__")) compare(src, "__eq__", "==", fields);
        if (order) {
            for (String[] op : new String[][] {{"__lt__", "<"}, {"__le__", "<="}, {"__gt__", ">"}, {"__ge__", ">="}}) {
                if (defined.contains(op[0])) throw unsupported(cd.pos(), "dataclass(order=True) with its own " + op[0] + " (TypeError in CPython)");
                compare(src, op[0], op[1], fields);
            }
        }
        for (Stmt s : parse(src.toString())) body.add(s);
        var out = new ArrayList<Stmt>();
        if (missing != null) {
            // a value no argument can be: an instance of a class of its own
            for (Stmt s : parse("class " + missing + "_class:\n    pass\n" + missing + " = " + missing + "_class()\n")) out.add(s);
        }
        out.add(new Stmt.ClassDef(cd.name(), cd.bases(), cd.keywords(), body, List.of(), cd.pos()));
        return out;
    }

    private void init(StringBuilder src, String cls, List<Field> fields, boolean postInit, String missing) {
        src.append("def __init__(self");
        for (Field f : fields) {
            src.append(", ").append(f.name());
            if (f.factory() != null) src.append("=").append(missing);
            else if (f.hasDefault()) src.append("=").append(f.owner().equals(cls) ? "" : f.owner() + ".").append(f.name());
        }
        src.append("):\n");
        for (Field f : fields) {
            if (f.factory() != null) {
                src.append("    self.").append(f.name()).append(" = ").append(f.factory()).append("() if ").append(f.name())
                        .append(" is ").append(missing).append(" else ").append(f.name()).append('\n');
            } else {
                src.append("    self.").append(f.name()).append(" = ").append(f.name()).append('\n');
            }
        }
        if (postInit) src.append("    self.__post_init__()\n");
        if (fields.isEmpty() && !postInit) src.append("    pass\n");
    }

    private static void repr(StringBuilder src, List<Field> fields) {
        src.append("def __repr__(self):\n    return self.__class__.__qualname__ + \"(\"");
        for (int i = 0; i < fields.size(); i++) {
            String n = fields.get(i).name();
            src.append(" + \"").append(i == 0 ? "" : ", ").append(n).append("=\" + repr(self.").append(n).append(")");
        }
        src.append(" + \")\"\n");
    }

    private static void compare(StringBuilder src, String method, String op, List<Field> fields) {
        src.append("def ").append(method).append("(self, other):\n    if other.__class__ is self.__class__:\n        return ")
                .append(tuple("self", fields)).append(' ').append(op).append(' ').append(tuple("other", fields))
                .append("\n    return NotImplemented\n");
    }

    private static String tuple(String who, List<Field> fields) {
        var sb = new StringBuilder("(");
        for (Field f : fields) sb.append(who).append('.').append(f.name()).append(", ");
        return sb.append(")").toString();
    }

    private List<Stmt> parse(String src) {
        return Parser.parse(SourceFile.of(file.path(), src)).body();
    }

    private boolean flag(Keyword k) {
        if (k.value() instanceof Expr.Constant c && c.value() instanceof Boolean b) return b;
        throw unsupported(k.value().pos(), "dataclass arguments other than True or False");
    }

    /** A default dataclasses rejects (its type is unhashable): a list, dict or set display or call. */
    private static boolean mutable(Expr e) {
        return e instanceof Expr.List || e instanceof Expr.Dict || e instanceof Expr.Set || e instanceof Expr.ListComp
                || e instanceof Expr.DictComp || e instanceof Expr.SetComp
                || e instanceof Expr.Call c && c.func() instanceof Expr.Name f && Set.of("list", "dict", "set").contains(f.id());
    }

    private static boolean isClassVar(Expr ann) {
        return ann instanceof Expr.Name n && n.id().equals("ClassVar")
                || ann instanceof Expr.Subscript s && isClassVar(s.value())
                || ann instanceof Expr.Attribute a && a.attr().equals("ClassVar");
    }

    /** A default factory: a name or a dotted name (it is called in the generated __init__). */
    private String source(Expr e) {
        if (e instanceof Expr.Name n) return n.id();
        if (e instanceof Expr.Attribute a) return source(a.value()) + "." + a.attr();
        throw unsupported(e.pos(), "default factories other than a name");
    }

    /** Where {@code name} is read in the module, or null. */
    private static Pos firstUse(Node n, String name) {
        if (n instanceof Expr.Name x && x.id().equals(name)) return x.pos();
        for (Node c : AstChildren.of(n)) {
            Pos p = firstUse(c, name);
            if (p != null) return p;
        }
        return null;
    }

    private CompileError unsupported(Pos pos, String what) {
        return Errors.unsupported(file, pos, what);
    }
}
