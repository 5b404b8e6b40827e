package dev.waspy.middle.interp;

import dev.waspy.middle.interp.Iteration.DictView;
import dev.waspy.middle.interp.PyValues.Tuple;
import java.util.List;

/**
 * The set-like dict views (keys and items) as the runtime's dictview.c: comparisons against sets
 * and views, and & | - ^ giving sets, each following CPython 3.11's dictobject.c step by step so
 * that a result's table, hence its iteration order, is CPython's.
 */
final class DictViews {
    private DictViews() {}

    static boolean isSetlike(Object x) { return x instanceof DictView w && w.kind() != 1; }

    private static long setlikeLen(Object x) { return x instanceof PySet s ? s.size() : ((DictView) x).dict().size(); }

    private static boolean setlikeContains(Object x, Object item) {
        return x instanceof PySet s ? s.contains(item) : Containers.contains(x, item);
    }

    private static boolean allContainedIn(Object a, Object b) {
        var it = Iteration.iter(a);
        while (it.step()) if (!setlikeContains(b, it.last)) return false;
        return true;
    }

    /** self OP other for a set-like view self; null when other is not set-like. */
    static Boolean compare(Object self, Object other, String op) {
        if (!(other instanceof PySet) && !isSetlike(other)) return null;
        long ns = setlikeLen(self);
        long no = setlikeLen(other);
        return switch (op) {
            case "==" -> ns == no && allContainedIn(self, other);
            case "<" -> ns < no && allContainedIn(self, other);
            case "<=" -> ns <= no && allContainedIn(self, other);
            case ">" -> ns > no && allContainedIn(other, self);
            default -> ns >= no && allContainedIn(other, self);
        };
    }

    /** The same comparison seen from the other operand (CPython's reflected operator). */
    static String reflected(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            case ">=" -> "<=";
            default -> op;
        };
    }

    /** CPython's dictviews_to_set: a keys view goes through its dict (set(dict) presizes the table). */
    private static PySet toSet(Object x) {
        if (x instanceof DictView w && w.kind() == 0) x = w.dict();
        return PySet.of(x);
    }

    private static PySet filterIntoSet(Object from, Object in) {
        var r = new PySet();
        var it = Iteration.iter(from);
        while (it.step()) if (setlikeContains(in, it.last)) r.add(it.last);
        return r;
    }

    private static PySet intersect(Object self, Object other) {
        if (!isSetlike(self)) { Object t = self; self = other; other = t; }
        long n = ((DictView) self).dict().size();
        if (other instanceof PySet s && n <= s.size()) return filterIntoSet(self, other);
        if (isSetlike(other) && ((DictView) other).dict().size() > n) { Object t = self; self = other; other = t; }
        return filterIntoSet(other, self);
    }

    private static PySet itemsXor(DictView self, DictView other) {
        PyDict d2 = other.dict();
        PyDict temp = self.dict().copy();
        var r = new PySet();
        for (int e = d2.next(0); e >= 0; e = d2.next(e + 1)) {
            Object key = d2.keyAt(e);
            Object val2 = d2.valueAt(e);
            if (temp.contains(key) && Containers.same(temp.get(key), val2)) temp.del(key);
            else r.add(new Tuple(List.of(key, val2)));
        }
        r.update(new DictView(temp, 2));
        return r;
    }

    /** a op b with a set-like view on either side (op one of & | ^ -). */
    static PySet setop(String op, Object a, Object b) {
        if (op.equals("&")) return intersect(a, b);
        if (op.equals("^") && a instanceof DictView x && x.kind() == 2 && b instanceof DictView y && y.kind() == 2) return itemsXor(x, y);
        PySet r = toSet(a);
        switch (op) {
            case "|" -> r.update(b);
            case "-" -> r.differenceUpdate(b);
            default -> r.symmetricDifferenceUpdateObj(b);
        }
        return r;
    }
}
