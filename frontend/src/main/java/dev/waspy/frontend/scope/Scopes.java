package dev.waspy.frontend.scope;

import dev.waspy.frontend.hint.TypeHint;
import dev.waspy.frontend.syntax.ast.Expr;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The result of scope analysis: the module's and every function's names, and how to resolve one. */
public final class Scopes {
    private final FunctionScope module;
    private final Map<String, FunctionScope> functions;
    private final Set<String> globals;
    private final boolean importsSys;
    private final Set<String> typingNames;
    private final Map<Expr, TypeHint> hints;
    private final Set<String> unassigned;
    private final Map<String, String> exceptionClasses;
    private final Map<String, ProgramClass> classes;
    private final Map<FunctionScope, ProgramClass> methods;
    private final Set<String> attributeNames;
    private final Map<String, String> stdImports;

    Scopes(FunctionScope module, Map<String, FunctionScope> functions, Set<String> globals, Set<String> unassigned,
            boolean importsSys, Set<String> typingNames, Map<Expr, TypeHint> hints, Map<String, String> exceptionClasses,
            Map<String, ProgramClass> classes, Map<FunctionScope, ProgramClass> methods, Set<String> attributeNames,
            Map<String, String> stdImports) {
        this.attributeNames = attributeNames;
        this.classes = classes;
        this.methods = methods;
        this.unassigned = unassigned;
        this.stdImports = stdImports;
        this.exceptionClasses = exceptionClasses;
        this.module = module;
        this.functions = functions;
        this.globals = globals;
        this.importsSys = importsSys;
        this.typingNames = typingNames;
        this.hints = hints;
    }

    /**
     * The names bound by imports of typing and __future__, in binding order: keys of the module's
     * globals dict that compiled code never reads (CPython's NameError suggestions see them).
     */
    public List<String> importedNames() { return List.copyOf(typingNames); }

    /** What the annotation {@code annotation} (a parameter's, a return's, an annotated assignment's) says. */
    public TypeHint hint(Expr annotation) {
        TypeHint h = hints.get(annotation);
        if (h == null) throw new IllegalStateException("annotation not read by scope analysis: " + annotation.pos());
        return h;
    }

    public FunctionScope module() { return module; }

    /**
     * What a name bound by an import of a runtime-implemented module stands for: {@code "math"}
     * ({@link Symbol#MODULE}) or {@code "math.sqrt"} ({@link Symbol#MODULE_MEMBER}); null for any other name.
     */
    public String stdImport(String name) { return stdImports.get(name); }

    /**
     * The exception classes the program defines ({@code class NotFound(LookupError): pass}), in
     * definition order, each with the name of its base (a built-in exception class or one before it).
     */
    public Map<String, String> exceptionClasses() { return exceptionClasses; }
    public Collection<FunctionScope> functions() { return functions.values(); }

    /** The program's classes (not its exception classes with empty bodies), in definition order. */
    public Map<String, ProgramClass> classes() { return classes; }

    /**
     * The names an instance attribute may have that the program gave it: every name a class body
     * binds, and every attribute it assigns ({@code obj.name = v}). A method call of such a name
     * may reach a program's method or a value stored there, not only a built-in method.
     */
    public Set<String> attributeNames() { return attributeNames; }

    /** The methods of the program's classes, each with its class. */
    public Map<FunctionScope, ProgramClass> methods() { return methods; }
    public FunctionScope function(String name) { return functions.get(name); }
    /** Every module-level variable (functions excluded), in first-binding order. */
    public Set<String> globals() { return globals; }
    /** The globals read somewhere but bound nowhere (a subset of {@link #globals}): every read is NameError. */
    public Set<String> unassigned() { return unassigned; }

    /** What {@code name} means inside {@code fs}, or null when it is bound nowhere. */
    public Symbol resolve(FunctionScope fs, String name) {
        if (!fs.isModule() && !fs.declaredGlobal().contains(name) && fs.locals().contains(name)) return Symbol.LOCAL;
        // an exception class with a body: raised, caught and made as the others, its class a global
        if (exceptionClasses.containsKey(name) && classes.containsKey(name)) return Symbol.EXCEPTION;
        if (globals.contains(name)) return Symbol.GLOBAL;
        if (functions.containsKey(name)) return Symbol.FUNCTION;
        if (exceptionClasses.containsKey(name)) return Symbol.EXCEPTION;
        if (importsSys && name.equals("sys")) return Symbol.SYS;
        if (typingNames.contains(name)) return Symbol.TYPING;
        String std = stdImports.get(name);
        if (std != null) return std.contains(".") ? Symbol.MODULE_MEMBER : Symbol.MODULE;
        if (Builtins.SUPPORTED.contains(name) || Builtins.CLASSES.contains(name)) return Symbol.BUILTIN;
        if (Builtins.EXCEPTIONS.contains(name)) return Symbol.EXCEPTION;
        return null;
    }
}
