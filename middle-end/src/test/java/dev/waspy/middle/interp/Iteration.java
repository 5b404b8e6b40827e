package dev.waspy.middle.interp;

import static dev.waspy.middle.interp.PyValues.exc;

import dev.waspy.middle.interp.PyValues.Tuple;
import java.math.BigInteger;
import java.util.List;

/**
 * Iteration as the C runtime does it (iter.c): range objects, and iterators that keep a position
 * into a live container (a list that grows during a loop is seen growing; a dict or set that
 * changes size raises RuntimeError at the next step, with CPython's messages).
 */
final class Iteration {
    private Iteration() {}

    record Range(BigInteger start, BigInteger stop, BigInteger step) {
        long length() {
            BigInteger n = step.signum() > 0
                    ? (start.compareTo(stop) < 0 ? stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE) : BigInteger.ZERO)
                    : (start.compareTo(stop) > 0 ? start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE) : BigInteger.ZERO);
            return n.longValueExact();
        }

        BigInteger item(long i) { return start.add(step.multiply(BigInteger.valueOf(i))); }
    }

    /** What an iterator walks: the runtime's iterator kinds (their type names are CPython's). */
    enum Kind {
        LIST("list_iterator"), TUPLE("tuple_iterator"), STR("str_ascii_iterator"), RANGE("range_iterator"),
        DICT_KEYS("dict_keyiterator"), DICT_VALUES("dict_valueiterator"), DICT_ITEMS("dict_itemiterator"), SET("set_iterator"),
        LIST_REV("list_reverseiterator"), SEQ_REV("reversed"), DICT_REV_KEYS("dict_reversekeyiterator"),
        DICT_REV_VALUES("dict_reversevalueiterator"), DICT_REV_ITEMS("dict_reverseitemiterator");

        final String typeName;

        Kind(String typeName) { this.typeName = typeName; }
    }

    /** An iterator: the container (null once exhausted), the next position, the last item produced. */
    static final class Iter {
        final Kind kind;
        Object container;
        long pos;
        Object last = PyValues.NONE;
        /** A dict's or set's size at creation (-1 once a change was reported), and a dict's layout then. */
        long size;
        final long layout;
        /** A str's code points, read once. */
        private int[] codePoints;

        Iter(Kind kind, Object container, long pos, long size) {
            this.kind = kind;
            this.container = container;
            this.pos = pos;
            this.size = size;
            this.layout = container instanceof PyDict d ? d.layout() : 0;
        }

        String typeName() {
            if (kind == Kind.STR && container instanceof String s && !s.chars().allMatch(c -> c < 128)) return "str_iterator";
            return kind.typeName;
        }

        /** One step: true with {@link #last} set, or false at the end. */
        boolean step() {
            if (container == null) return false;
            switch (kind) {
                case LIST -> {
                    var l = (PyList) container;
                    if (pos >= l.size()) return finish();
                    last = l.items.get((int) pos);
                }
                case TUPLE -> {
                    var t = (Tuple) container;
                    if (pos >= t.items().size()) return finish();
                    last = t.items().get((int) pos);
                }
                case STR -> {
                    if (codePoints == null) codePoints = ((String) container).codePoints().toArray();
                    if (pos >= codePoints.length) return finish();
                    last = new String(Character.toChars(codePoints[(int) pos]));
                }
                case RANGE -> {
                    var r = (Range) container;
                    if (pos >= r.length()) return finish();
                    last = r.item(pos);
                }
                case DICT_KEYS, DICT_VALUES, DICT_ITEMS -> {
                    var d = (PyDict) container;
                    checkDict(d);
                    int e = d.next((int) pos);
                    if (e < 0) return finish();
                    last = entry(d, e, kind.ordinal() - Kind.DICT_KEYS.ordinal());
                    pos = e;
                }
                case SET -> {
                    var s = (PySet) container;
                    checkSize(s.size(), "Set changed size during iteration");
                    int i = s.nextSlot(pos);
                    if (i < 0) return finish();
                    last = s.slotKey(i);
                    pos = i;
                }
                case LIST_REV -> {
                    var l = (PyList) container;
                    if (pos < 0 || pos >= l.size()) return finish();
                    last = l.items.get((int) pos);
                }
                case SEQ_REV -> {
                    if (pos < 0) return finish();
                    if (container instanceof Tuple t) last = t.items().get((int) pos);
                    else {
                        if (codePoints == null) codePoints = ((String) container).codePoints().toArray();
                        last = new String(Character.toChars(codePoints[(int) pos]));
                    }
                }
                case DICT_REV_KEYS, DICT_REV_VALUES, DICT_REV_ITEMS -> {
                    var d = (PyDict) container;
                    checkDict(d);
                    int e = pos < 0 ? -1 : d.prev((int) pos);
                    if (e < 0) return finish();
                    last = entry(d, e, kind.ordinal() - Kind.DICT_REV_KEYS.ordinal());
                    pos = e;
                }
            }
            pos += kind.ordinal() >= Kind.LIST_REV.ordinal() ? -1 : 1;
            return true;
        }

        private void checkSize(int now, String message) {
            if (size != now) {
                size = -1;
                throw exc("RuntimeError", message);
            }
        }

        /**
         * A dict that changed size raises; one whose keys changed at an equal size is where
         * CPython's next step depends on its table's history (a key found past the old ones, a
         * "keys changed" RuntimeError, or the end after a compaction): not modelled.
         */
        private void checkDict(PyDict d) {
            checkSize(d.size(), "dictionary changed size during iteration");
            if (d.layout() != layout) throw new Interpreter.Unmodelled("a dict whose keys changed under a loop at an equal size");
        }

        private boolean finish() {
            container = null;
            return false;
        }
    }

    private static Object entry(PyDict d, int e, int what) {
        return switch (what) {
            case 0 -> d.keyAt(e);
            case 1 -> d.valueAt(e);
            default -> new Tuple(List.of(d.keyAt(e), d.valueAt(e)));
        };
    }

    /** d.keys(), d.values(), d.items(): kind 0, 1, 2. */
    record DictView(PyDict dict, int kind) {
        String typeName() { return List.of("dict_keys", "dict_values", "dict_items").get(kind); }
    }

    static Iter iter(Object v) {
        return switch (v) {
            case Iter it -> it;
            case PyList l -> new Iter(Kind.LIST, l, 0, 0);
            case Tuple t -> new Iter(Kind.TUPLE, t, 0, 0);
            case String s -> new Iter(Kind.STR, s, 0, 0);
            case Range r -> new Iter(Kind.RANGE, r, 0, 0);
            case PyDict d -> new Iter(Kind.DICT_KEYS, d, 0, d.size());
            case PySet s -> new Iter(Kind.SET, s, 0, s.size());
            case DictView w -> new Iter(Kind.values()[Kind.DICT_KEYS.ordinal() + w.kind()], w.dict(), 0, w.dict().size());
            default -> throw exc("TypeError", "'" + PyValues.typeName(v) + "' object is not iterable");
        };
    }

    static Iter reversed(Object v) {
        return switch (v) {
            case PyList l -> new Iter(Kind.LIST_REV, l, l.size() - 1, 0);
            case Tuple t -> new Iter(Kind.SEQ_REV, t, t.items().size() - 1, 0);
            case String s -> new Iter(Kind.SEQ_REV, s, s.codePointCount(0, s.length()) - 1, 0);
            case Range r -> {
                long n = r.length();
                yield iter(new Range(r.item(n - 1), r.start().subtract(r.step()), r.step().negate()));
            }
            case PyDict d -> new Iter(Kind.DICT_REV_KEYS, d, d.used() - 1, d.size());
            case DictView w -> new Iter(Kind.values()[Kind.DICT_REV_KEYS.ordinal() + w.kind()], w.dict(), w.dict().used() - 1, w.dict().size());
            default -> throw exc("TypeError", "'" + PyValues.typeName(v) + "' object is not reversible");
        };
    }

    /** list(v). */
    static PyList toList(Object v) {
        if (v instanceof PyList l) return new PyList(l.items);
        if (v instanceof Tuple t) return new PyList(t.items());
        var l = new PyList();
        var it = iter(v);
        while (it.step()) l.items.add(it.last);
        return l;
    }

    static Object next(Object it) {
        if (!(it instanceof Iter i)) throw exc("TypeError", "'" + PyValues.typeName(it) + "' object is not an iterator");
        if (i.step()) return i.last;
        throw exc("StopIteration", null);
    }

    static Object nextDefault(Object it, Object dflt) {
        if (!(it instanceof Iter i)) throw exc("TypeError", "'" + PyValues.typeName(it) + "' object is not an iterator");
        return i.step() ? i.last : dflt;
    }

    /** The type ids of waspy.h, for rt_obj_isinstance and rt_obj_expect. */
    static int typeId(Object v) {
        return switch (v) {
            case Boolean b -> 2;
            case BigInteger i -> 3;
            case Double d -> 4;
            case String s -> 5;
            case Tuple t -> 6;
            case PyList l -> 8;
            case PyDict d -> 9;
            case PySet s -> s.frozen() ? 22 : 10;
            case Range r -> 11;
            case Iter it -> 16;
            case DictView w -> 17;
            default -> v == PyValues.NONE ? 1 : 0;
        };
    }
}
