package dev.waspy.middle.interp;

import static dev.waspy.middle.interp.PyValues.exc;

import dev.waspy.middle.interp.PyValues.Tuple;
import java.math.BigInteger;
import java.util.List;

/**
 * The runtime functions the generic path uses for loops, modelled on scalars: range objects,
 * iterators over ranges, tuples and strs, and the type tests of {@code rt_obj_isinstance}
 * (type ids as waspy.h). Containers stay unmodelled.
 */
final class Iteration {
    private Iteration() {}

    record Range(BigInteger start, BigInteger stop, BigInteger step) {}

    /** An iterator: the items still to come and the last one produced. */
    static final class Iter {
        final java.util.Iterator<Object> rest;
        Object last;

        Iter(java.util.Iterator<Object> rest) { this.rest = rest; }
    }

    /** The result of the runtime call, or null when it is not one of these. */
    static Object call(String function, List<Object> a) {
        return switch (function) {
            case "rt_obj_isinstance" -> ((BigInteger) a.get(1)).testBit(typeId(a.get(0)));
            case "rt_range_new" -> {
                if (((BigInteger) a.get(2)).signum() == 0) throw exc("ValueError", "range() arg 3 must not be zero");
                yield new Range((BigInteger) a.get(0), (BigInteger) a.get(1), (BigInteger) a.get(2));
            }
            case "rt_obj_iter" -> iter(a.get(0));
            case "rt_iter_step" -> {
                Iter it = (Iter) a.get(0);
                if (!it.rest.hasNext()) yield false;
                it.last = it.rest.next();
                yield true;
            }
            case "rt_iter_value" -> ((Iter) a.get(0)).last;
            default -> null;
        };
    }

    private static Object iter(Object v) {
        return switch (v) {
            case Iter it -> it;
            case Tuple t -> new Iter(t.items().iterator());
            case String s -> new Iter(s.codePoints().mapToObj(c -> (Object) new String(Character.toChars(c))).iterator());
            case Range r -> new Iter(new java.util.Iterator<>() {
                BigInteger next = r.start();

                @Override public boolean hasNext() {
                    return r.step().signum() > 0 ? next.compareTo(r.stop()) < 0 : next.compareTo(r.stop()) > 0;
                }

                @Override public Object next() {
                    BigInteger v = next;
                    next = next.add(r.step());
                    return v;
                }
            });
            default -> throw exc("TypeError", "'" + PyValues.typeName(v) + "' object is not iterable");
        };
    }

    private static int typeId(Object v) {
        return switch (v) {
            case Boolean b -> 2;
            case BigInteger i -> 3;
            case Double d -> 4;
            case String s -> 5;
            case Tuple t -> 6;
            case Range r -> 11;
            case Iter it -> 16;
            default -> v == PyValues.NONE ? 1 : 0;
        };
    }
}
