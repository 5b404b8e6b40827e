package dev.waspy.frontend.scope;

import static dev.waspy.frontend.scope.SymbolFlags.DEF_BOUND;
import static dev.waspy.frontend.scope.SymbolFlags.DEF_FREE_CLASS;
import static dev.waspy.frontend.scope.SymbolFlags.DEF_GLOBAL;
import static dev.waspy.frontend.scope.SymbolFlags.DEF_NONLOCAL;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The symbol table's second pass (CPython's {@code analyze_block}): gives every name of every
 * block its {@link NameScope}, top-down with the names bound by enclosing functions ({@code bound})
 * and declared global ({@code global}), then bottom-up with the names nested blocks need from
 * outside ({@code free}).
 *
 * <p>A class body's names are invisible to its methods, so a class passes down what it received,
 * not what it binds, plus {@code __class__} (the cell {@code super()} reads). A local that a
 * nested block needs becomes a CELL; a free name that passes through a class that also binds it
 * gets DEF_FREE_CLASS there; a free name that passes through a block without mentioning it is
 * added to that block as FREE, so that every closure on the way can hand the cell on.
 */
final class ScopeResolver {
    private final SourceFile file;

    ScopeResolver(SourceFile file) { this.file = file; }

    void resolve(SymbolBlock module) {
        block(module, null, new HashSet<>(), new HashSet<>());
    }

    /** {@code bound} is null only for the module; {@code free} collects what this block needs from outside. */
    private void block(SymbolBlock ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        boolean isClass = ste.type() == BlockType.CLASS;
        if (isClass) {
            // what a class binds is not visible inside its methods
            newGlobal.addAll(global);
            if (bound != null) newBound.addAll(bound);
        }
        for (Map.Entry<String, Integer> e : ste.flags.entrySet()) {
            name(ste, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (!isClass) {
            if (ste.type() == BlockType.FUNCTION) newBound.addAll(local);
            if (bound != null) newBound.addAll(bound);
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> allFree = new HashSet<>();
        for (SymbolBlock child : ste.children) {
            Set<String> childFree = new HashSet<>(newFree);
            block(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
            if (child.free || child.childFree) ste.childFree = true;
        }
        newFree.addAll(allFree);
        if (ste.type() == BlockType.FUNCTION) {
            cells(ste, newFree);
        } else if (isClass && newFree.remove("__class__")) {
            ste.needsClassClosure = true;
        }
        passFree(ste, bound, newFree, isClass);
        free.addAll(newFree);
    }

    /** CPython's {@code analyze_name}: the scope of one name from its flags and what encloses the block. */
    private void name(SymbolBlock ste, String name, int flags, Set<String> bound, Set<String> local,
                      Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) throw directiveError(ste, name, "name '" + name + "' is nonlocal and global");
            ste.scopes.put(name, NameScope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) bound.remove(name);
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) throw directiveError(ste, name, "nonlocal declaration not allowed at module level");
            if (!bound.contains(name)) throw directiveError(ste, name, "no binding for nonlocal '" + name + "' found");
            ste.scopes.put(name, NameScope.FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            ste.scopes.put(name, NameScope.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            ste.scopes.put(name, NameScope.FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (ste.nested()) ste.free = true;
        ste.scopes.put(name, NameScope.GLOBAL_IMPLICIT);
    }

    /** A local some nested block reads is a cell here, and is no longer free above. */
    private static void cells(SymbolBlock ste, Set<String> free) {
        for (Map.Entry<String, NameScope> e : ste.scopes.entrySet()) {
            if (e.getValue() == NameScope.LOCAL && free.remove(e.getKey())) e.setValue(NameScope.CELL);
        }
    }

    /** CPython's {@code update_symbols}: names nested blocks need from further out pass through this block as FREE. */
    private static void passFree(SymbolBlock ste, Set<String> bound, Set<String> free, boolean isClass) {
        for (String name : free) {
            Integer flags = ste.flags.get(name);
            if (flags != null) {
                if (isClass && (flags & (DEF_BOUND | DEF_GLOBAL)) != 0) ste.flags.put(name, flags | DEF_FREE_CLASS);
                continue; // a cell, or already free here
            }
            if (bound != null && !bound.contains(name)) continue; // a global
            ste.flags.put(name, 0);
            ste.scopes.put(name, NameScope.FREE);
        }
    }

    private CompileError directiveError(SymbolBlock ste, String name, String message) {
        return Errors.at(file, ste.directives.get(name), message);
    }
}
