package dev.waspy.frontend.scope;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.ast.Arg;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a module-level class statement into a {@link ProgramClass}, refusing at its position what
 * Waspy does not compile yet: class keywords and decorators, bases other than the program's
 * earlier classes, statements of a class body other than methods, class attributes, docstrings
 * and {@code pass}, decorators other than {@code staticmethod}, {@code classmethod},
 * {@code property} and a property's {@code setter}/{@code deleter}, and special methods the
 * runtime does not call.
 */
final class ClassBodies {
    /** The special methods the runtime calls (class.c): defining another would be ignored, so it is refused. */
    static final Set<String> SPECIAL = Set.of(
            "__init__", "__repr__", "__str__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
            "__hash__", "__len__", "__bool__", "__contains__", "__getitem__", "__setitem__", "__delitem__",
            "__iter__", "__next__", "__call__", "__neg__", "__pos__", "__invert__", "__abs__", "__enter__", "__exit__",
            "__post_init__",
            "__add__", "__radd__", "__iadd__", "__sub__", "__rsub__", "__isub__", "__mul__", "__rmul__", "__imul__",
            "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__",
            "__pow__", "__rpow__", "__divmod__", "__rdivmod__",
            "__and__", "__rand__", "__iand__", "__or__", "__ror__", "__ior__", "__xor__", "__rxor__", "__ixor__",
            "__lshift__", "__rlshift__", "__rshift__", "__rrshift__");

    private final SourceFile file;

    private ClassBodies(SourceFile file) {
        this.file = file;
    }

    /**
     * The class {@code cd}, whose bases may name the classes in {@code earlier}; {@code exceptions}
     * are the program's exception classes (a class may not derive from one yet).
     */
    static ProgramClass read(SourceFile file, Stmt.ClassDef cd, Map<String, ProgramClass> earlier, Map<String, String> exceptions) {
        return new ClassBodies(file).read(cd, earlier, exceptions);
    }

    private ProgramClass read(Stmt.ClassDef cd, Map<String, ProgramClass> earlier, Map<String, String> exceptions) {
        if (!cd.keywords().isEmpty()) throw unsupported(cd.keywords().get(0).pos(), "class keywords (metaclass=...)");
        if (!cd.decoratorList().isEmpty()) throw unsupported(cd.decoratorList().get(0).pos(), "class decorators");
        List<String> bases = new ArrayList<>();
        String exceptionBase = null;
        for (Expr b : cd.bases()) {
            if (b instanceof Expr.Starred) throw unsupported(b.pos(), "starred base classes");
            if (!(b instanceof Expr.Name n)) throw unsupported(b.pos(), "base classes other than names of classes");
            if (n.id().equals("object")) continue;
            boolean exception = Builtins.EXCEPTIONS.contains(n.id()) || exceptions.containsKey(n.id());
            if (exception) {
                if (cd.bases().size() != 1) throw unsupported(n.pos(), "exception classes with more than one base");
                if (NOT_SUBCLASSED.contains(root(n.id(), exceptions))) throw unsupported(n.pos(), "subclasses of " + n.id() + " with a body");
                exceptionBase = n.id();
            }
            if (earlier.containsKey(n.id())) {
                bases.add(n.id());
                continue;
            }
            if (exception) continue;
            throw unsupported(n.pos(), "base classes other than classes defined before in the module");
        }
        List<ProgramClass.Method> methods = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> properties = new HashSet<>();
        Set<String> taken = new HashSet<>();
        for (Stmt s : cd.body()) {
            switch (s) {
                case Stmt.FunctionDef fd -> {
                    ProgramClass.Method m = method(cd, fd, properties, taken);
                    methods.add(m);
                    if (m.kind() == ProgramClass.Kind.PROPERTY) properties.add(fd.name());
                    names.add(fd.name());
                }
                case Stmt.Assign a -> {
                    if (a.targets().size() != 1 || !(a.targets().get(0) instanceof Expr.Name n)) {
                        throw unsupported(a.pos(), "class attributes assigned other than to one name");
                    }
                    attribute(n);
                    names.add(n.id());
                }
                case Stmt.AnnAssign a -> {
                    if (!(a.target() instanceof Expr.Name n)) throw unsupported(a.pos(), "annotated class attributes other than names");
                    if (a.value() != null) {
                        attribute(n);
                        names.add(n.id());
                    }
                }
                case Stmt.Pass p -> { }
                case Stmt.Expr e when e.value() instanceof Expr.Constant c && c.value() instanceof String -> { }
                default -> throw unsupported(s.pos(), s.getClass().getSimpleName() + " statements in a class body");
            }
        }
        return new ProgramClass(cd, List.copyOf(bases), List.copyOf(methods), names, exceptionBase);
    }

    /** The built-in exception classes whose subclasses the runtime does not make (they take more than BaseException's arguments). */
    private static final Set<String> NOT_SUBCLASSED = Set.of("OSError", "SyntaxError", "KeyboardInterrupt", "StopIteration",
            "SystemExit", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "ImportError", "ModuleNotFoundError");

    /** The built-in exception class an exception class derives from. */
    private static String root(String name, Map<String, String> exceptions) {
        while (exceptions.containsKey(name)) name = exceptions.get(name);
        return name;
    }

    private void attribute(Expr.Name n) {
        if (n.id().equals("__slots__")) throw unsupported(n.pos(), "__slots__");
        if (n.id().startsWith("__") && n.id().endsWith("__") && !n.id().equals("__hash__") && !n.id().equals("__doc__")) {
            throw unsupported(n.pos(), "the class attribute " + n.id());
        }
    }

    private ProgramClass.Method method(Stmt.ClassDef cd, Stmt.FunctionDef fd, Set<String> properties, Set<String> taken) {
        String name = fd.name();
        if (name.startsWith("__") && name.endsWith("__") && !SPECIAL.contains(name)) {
            throw unsupported(fd.pos(), "the special method " + name);
        }
        var a = fd.args();
        if (!a.posonlyargs().isEmpty()) throw unsupported(a.posonlyargs().get(0).pos(), "positional-only parameters");
        if (a.vararg() != null) throw unsupported(a.vararg().pos(), "*args parameters");
        if (!a.kwonlyargs().isEmpty()) throw unsupported(a.kwonlyargs().get(0).pos(), "keyword-only parameters");
        if (a.kwarg() != null) throw unsupported(a.kwarg().pos(), "**kwargs parameters");
        if (fd.decoratorList().size() > 1) throw unsupported(fd.decoratorList().get(1).pos(), "more than one decorator");
        ProgramClass.Kind kind = ProgramClass.Kind.FUNCTION;
        String property = null;
        if (!fd.decoratorList().isEmpty()) {
            Expr d = fd.decoratorList().get(0);
            if (d instanceof Expr.Name n && n.id().equals("staticmethod")) kind = ProgramClass.Kind.STATIC;
            else if (d instanceof Expr.Name n && n.id().equals("classmethod")) kind = ProgramClass.Kind.CLASS;
            else if (d instanceof Expr.Name n && n.id().equals("property")) kind = ProgramClass.Kind.PROPERTY;
            else if (d instanceof Expr.Attribute at && at.value() instanceof Expr.Name p && properties.contains(p.id())
                    && (at.attr().equals("setter") || at.attr().equals("deleter"))) {
                kind = at.attr().equals("setter") ? ProgramClass.Kind.SETTER : ProgramClass.Kind.DELETER;
                property = p.id();
            } else {
                throw unsupported(d.pos(), "this decorator");
            }
        }
        var params = new ArrayList<String>();
        for (Arg x : a.args()) params.add(x.arg());
        String qualname = cd.name() + "." + name;
        String unique = qualname;
        for (int k = 2; !taken.add(unique); k++) unique = qualname + "@" + k;
        return new ProgramClass.Method(fd, new FunctionScope(unique, fd, params), kind, property);
    }

    private CompileError unsupported(Pos pos, String what) {
        return Errors.unsupported(file, pos, what);
    }
}
