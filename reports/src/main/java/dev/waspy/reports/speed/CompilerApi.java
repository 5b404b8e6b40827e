package dev.waspy.reports.speed;

import dev.waspy.frontend.diag.SourceFile;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * The two compiler entry points the speed measurements call: {@code Parser.parse(SourceFile)} and
 * {@code Compiler.compile(SourceFile, CompilerOptions)}. They are looked up by name, so this module
 * builds (and reports the gap) while either is still missing from the compiler.
 */
public final class CompilerApi {
    static final String PARSER = "dev.waspy.frontend.syntax.Parser";
    static final String COMPILER = "dev.waspy.backend.Compiler";
    static final String OPTIONS = "dev.waspy.backend.CompilerOptions";

    private final Optional<Entry> parse;
    private final Optional<Entry> compile;
    private final String missing;

    private record Entry(Method method, Object target, Object[] extra) {
        Object call(SourceFile source) {
            Object[] args = new Object[1 + extra.length];
            args[0] = source;
            System.arraycopy(extra, 0, args, 1, extra.length);
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(cause);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private CompilerApi(Optional<Entry> parse, Optional<Entry> compile, String missing) {
        this.parse = parse;
        this.compile = compile;
        this.missing = missing;
    }

    public static CompilerApi find() {
        StringBuilder missing = new StringBuilder();
        Optional<Entry> parse = entry(PARSER, "parse", false, missing);
        Optional<Entry> compile = entry(COMPILER, "compile", true, missing);
        return new CompilerApi(parse, compile, missing.toString().strip());
    }

    private static Optional<Entry> entry(String className, String name, boolean withOptions, StringBuilder missing) {
        try {
            Class<?> owner = Class.forName(className);
            for (Method m : owner.getMethods()) {
                Class<?>[] p = m.getParameterTypes();
                if (!m.getName().equals(name) || p.length != (withOptions ? 2 : 1) || p[0] != SourceFile.class) {
                    continue;
                }
                Object target = Modifier.isStatic(m.getModifiers()) ? null : owner.getConstructor().newInstance();
                Object[] extra = withOptions ? new Object[] {defaultOptions(p[1])} : new Object[0];
                return Optional.of(new Entry(m, target, extra));
            }
            missing.append(className).append('.').append(name).append("(SourceFile").append(withOptions ? ", CompilerOptions" : "")
                    .append(") does not exist yet. ");
        } catch (ClassNotFoundException e) {
            missing.append(className).append(" does not exist yet. ");
        } catch (ReflectiveOperationException e) {
            missing.append(className).append(" cannot be used: ").append(e).append(". ");
        }
        return Optional.empty();
    }

    /** Default options: a static {@code defaults()} when there is one, else the no-argument constructor. */
    private static Object defaultOptions(Class<?> type) throws ReflectiveOperationException {
        for (String factory : new String[] {"defaults", "defaultOptions", "of"}) {
            try {
                Method m = type.getMethod(factory);
                if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0) {
                    return m.invoke(null);
                }
            } catch (NoSuchMethodException e) {
                // try the next spelling
            }
        }
        return type.getConstructor().newInstance();
    }

    public boolean canParse() {
        return parse.isPresent();
    }

    public boolean canCompile() {
        return compile.isPresent();
    }

    /** What is missing, for the report; empty when both entry points exist. */
    public String missing() {
        return missing;
    }

    public Object parse(SourceFile source) {
        return parse.orElseThrow(() -> new IllegalStateException(missing)).call(source);
    }

    public Object compile(SourceFile source) {
        return compile.orElseThrow(() -> new IllegalStateException(missing)).call(source);
    }
}
