package dev.waspy.frontend.scope;

import dev.waspy.frontend.syntax.ast.Stmt;
import java.util.List;
import java.util.Set;

/**
 * A class statement of the program Waspy compiles as a class (every one but an exception class
 * whose body is {@code pass} or a docstring, which {@link Scopes#exceptionClasses} holds): its bases,
 * its methods, and the names its body binds. {@link ClassBodies} reads it and refuses, at its
 * position, what it cannot compile yet.
 *
 * @param bases   the names of its bases among the program's classes, in order ({@code object} left out)
 * @param methods its {@code def}s in body order
 * @param names   every name its body binds (methods and class attributes)
 * @param exceptionBase for an exception class, its one base (a built-in exception class or one of
 *                the program's), whose exception id its own id's parent is; null for others
 */
public record ProgramClass(Stmt.ClassDef def, List<String> bases, List<Method> methods, Set<String> names, String exceptionBase) {
    /** How a method's decorator makes its function into a class attribute. */
    public enum Kind { FUNCTION, STATIC, CLASS, PROPERTY, SETTER, DELETER }

    /**
     * One {@code def} of the body, with its scope (named by its qualified name, made unique: a
     * property's setter shares its getter's name) and, for a setter or deleter, the property's name.
     */
    public record Method(Stmt.FunctionDef def, FunctionScope scope, Kind kind, String property) {}

    public String name() { return def.name(); }

    public boolean isException() { return exceptionBase != null; }

    /** The hidden global holding the class for {@code super()} (CPython's {@code __class__} cell). */
    public static String classSlot(String name) { return "$class." + name; }
}
