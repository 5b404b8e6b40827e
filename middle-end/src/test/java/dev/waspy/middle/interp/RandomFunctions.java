package dev.waspy.middle.interp;

import static dev.waspy.middle.interp.PyValues.exc;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The random module (random.c): the Mersenne Twister, CPython's seeding and random.py's
 * algorithms, as the runtime has them. The generator belongs to the run (each run has a thread of
 * its own); a run that draws before seeding is {@link Interpreter.Unmodelled} (the runtime seeds
 * from the host), and so are the distributions that take the runtime's own log or pow (gauss,
 * normalvariate, lognormvariate, expovariate, paretovariate, weibullvariate).
 */
final class RandomFunctions {
    private RandomFunctions() {}

    private static final int N = 624, M = 397;

    /** MT19937's words and position; null until seeded. */
    private static final ThreadLocal<int[]> STATE = new ThreadLocal<>();
    private static final ThreadLocal<int[]> INDEX = ThreadLocal.withInitial(() -> new int[1]);

    static void register(RuntimeTable.Rows r) {
        r.effect("rt_random_seed", a -> seed(a.get(0)));
        r.add("rt_random_random", a -> random());
        r.add("rt_random_getrandbits", a -> {
            BigInteger k = index(a.get(0));
            if (k.signum() < 0) throw exc("ValueError", "number of bits must be non-negative");
            return bits(k.intValueExact());
        });
        r.add("rt_random_randrange", a -> randrange(a.get(0), a.get(1), a.get(2)));
        r.add("rt_random_randint", a -> randrange(a.get(0), ObjOps.arith("+", a.get(1), BigInteger.ONE), BigInteger.ONE));
        r.add("rt_random_choice", a -> {
            BigInteger n = Containers.len(a.get(0));
            if (n.signum() == 0) throw exc("IndexError", "Cannot choose from an empty sequence");
            return Subscripts.getitem(a.get(0), below(n));
        });
        r.effect("rt_random_shuffle", a -> {
            Object x = a.get(0);
            for (long i = Containers.len(x).longValue() - 1; i >= 1; i--) {
                BigInteger j = below(BigInteger.valueOf(i + 1)), bi = BigInteger.valueOf(i);
                Object xi = Subscripts.getitem(x, bi), xj = Subscripts.getitem(x, j);
                Subscripts.setitem(x, bi, xj);
                Subscripts.setitem(x, j, xi);
            }
        });
        r.add("rt_random_sample", a -> sample(a.get(0), a.get(1)));
        r.add("rt_random_choices", a -> choices(a.get(0), a.get(1), a.get(2), a.get(3)));
        // random.py's arithmetic on the arguments as they are: an int stays exact, a str is its TypeError
        r.add("rt_random_uniform", a -> {
            Object width = ObjOps.arith("-", a.get(1), a.get(0));
            return ObjOps.arith("+", a.get(0), ObjOps.arith("*", width, random()));
        });
        r.add("rt_random_triangular", a -> triangular(a.get(0), a.get(1), a.get(2)));
        for (String f : List.of("gauss", "normalvariate", "lognormvariate", "expovariate", "paretovariate", "weibullvariate")) {
            r.add("rt_random_" + f, a -> {
                throw new Interpreter.Unmodelled("random." + f + " (it takes the runtime's own log or pow)");
            });
        }
    }

    private static void seed(Object a) {
        BigInteger n;
        if (a == PyValues.NONE) throw new Interpreter.Unmodelled("random.seed(None) (seeded from the host)");
        if (PyValues.isInt(a)) n = PyValues.toInt(a).abs();
        else if (a instanceof String str) n = strSeed(str);
        else if (a instanceof Double) n = BigInteger.valueOf(Hashing.hash(a)).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
        else throw exc("TypeError", "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) key[i] = n.shiftRight(32 * i).intValue();
        initByArray(key);
    }

    /** random.py's str seed: the int of the UTF-8 bytes followed by their SHA-512 digest, big-endian. */
    private static BigInteger strSeed(String s) {
        if (s.codePoints().anyMatch(c -> c >= 0xd800 && c < 0xe000)) {
            throw new Interpreter.Unmodelled("random.seed of a str holding a surrogate (an unsupported stop in the runtime)");
        }
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-512").digest(bytes);
            byte[] all = java.util.Arrays.copyOf(bytes, bytes.length + digest.length);
            System.arraycopy(digest, 0, all, bytes.length, digest.length);
            return new BigInteger(1, all);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int[] initGenrand(int s) {
        int[] mt = new int[N];
        mt[0] = s;
        for (int i = 1; i < N; i++) mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        return mt;
    }

    private static void initByArray(int[] key) {
        int[] mt = initGenrand(19650218);
        int i = 1, j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
            if (j >= key.length) j = 0;
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
        }
        mt[0] = 0x80000000;
        STATE.set(mt);
        INDEX.get()[0] = N;
    }

    /** The next 32-bit output, as an unsigned value in a long. */
    private static long genrand() {
        int[] mt = STATE.get();
        if (mt == null) throw new Interpreter.Unmodelled("random numbers before random.seed() (seeded from the host)");
        int[] idx = INDEX.get();
        if (idx[0] >= N) {
            for (int kk = 0; kk < N; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % N] & 0x7fffffff);
                mt[kk] = mt[(kk + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            idx[0] = 0;
        }
        int y = mt[idx[0]++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    private static double random() {
        long a = genrand() >>> 5, b = genrand() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    private static BigInteger bits(int k) {
        if (k == 0) return BigInteger.ZERO;
        if (k <= 32) return BigInteger.valueOf(genrand() >>> (32 - k));
        BigInteger r = BigInteger.ZERO;
        for (int i = 0; k > 0; i++, k -= 32) {
            long w = genrand();
            if (k < 32) w >>>= (32 - k);
            r = r.or(BigInteger.valueOf(w).shiftLeft(32 * i));
        }
        return r;
    }

    /** _randbelow_with_getrandbits(n), n > 0. */
    private static BigInteger below(BigInteger n) {
        int k = n.bitLength();
        BigInteger r = bits(k);
        while (r.compareTo(n) >= 0) r = bits(k);
        return r;
    }

    private static BigInteger index(Object v) {
        if (PyValues.isInt(v)) return PyValues.toInt(v);
        throw exc("TypeError", "'" + PyValues.typeName(v) + "' object cannot be interpreted as an integer");
    }

    /** randrange's int(x): an int, or an integral float (random.py's deprecated path). */
    private static BigInteger rangeArg(Object v, String what) {
        if (v instanceof Double d) {
            BigInteger i = PyValues.floatToInt(d);
            if (Math.floor(d) != d) throw exc("ValueError", "non-integer " + what + " for randrange()");
            return i;
        }
        if (!PyValues.isInt(v)) throw new Interpreter.Unmodelled("randrange() of a non-number (an unsupported stop in the runtime)");
        return PyValues.toInt(v);
    }

    private static BigInteger randrange(Object start, Object stop, Object step) {
        BigInteger istart = rangeArg(start, "arg 1");
        if (stop == PyValues.NONE) {
            if (!BigInteger.ONE.equals(step)) throw exc("TypeError", "Missing a non-None stop argument");
            if (istart.signum() > 0) return below(istart);
            throw exc("ValueError", "empty range for randrange()");
        }
        BigInteger istop = rangeArg(stop, "stop"), width = istop.subtract(istart), istep = rangeArg(step, "step");
        if (istep.equals(BigInteger.ONE)) {
            if (width.signum() > 0) return istart.add(below(width));
            throw exc("ValueError", "empty range for randrange() (" + istart + ", " + istop + ", " + width + ")");
        }
        BigInteger n;
        if (istep.signum() > 0) n = PyValues.floorDiv(width.add(istep).subtract(BigInteger.ONE), istep);
        else if (istep.signum() < 0) n = PyValues.floorDiv(width.add(istep).add(BigInteger.ONE), istep);
        else throw exc("ValueError", "zero step for randrange()");
        if (n.signum() <= 0) throw exc("ValueError", "empty range for randrange()");
        return istart.add(istep.multiply(below(n)));
    }

    private static PyList sample(Object population, Object kv) {
        if (!(population instanceof PyList || population instanceof PyValues.Tuple || population instanceof String
                || population instanceof Iteration.Range)) {
            throw exc("TypeError", "Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        long n = Containers.len(population).longValue();
        BigInteger kb = index(kv);
        if (kb.signum() < 0 || kb.compareTo(BigInteger.valueOf(n)) > 0) throw exc("ValueError", "Sample larger than population or is negative");
        int k = kb.intValue();
        var result = new ArrayList<Object>();
        long setsize = 21;
        // 4 ** ceil(log(3k, 4)): 3k is never a power of 4, so the exponent is exact in integers
        if (k > 5) {
            long p = 1;
            while (p < 3L * k) p *= 4;
            setsize += p;
        }
        if (n <= setsize) {
            var pool = new ArrayList<>(Iteration.toList(population).items);
            for (int i = 0; i < k; i++) {
                int j = below(BigInteger.valueOf(n - i)).intValue();
                result.add(pool.get(j));
                pool.set(j, pool.get((int) (n - i - 1)));
            }
        } else {
            var selected = new java.util.HashSet<BigInteger>();
            for (int i = 0; i < k; i++) {
                BigInteger j = below(BigInteger.valueOf(n));
                while (selected.contains(j)) j = below(BigInteger.valueOf(n));
                selected.add(j);
                result.add(Subscripts.getitem(population, j));
            }
        }
        return new PyList(result);
    }

    private static Object triangular(Object low, Object high, Object mode) {
        double u = random(), c = 0.5;
        if (mode != PyValues.NONE) {
            Object num = ObjOps.arith("-", mode, low), den = ObjOps.arith("-", high, low);
            try {
                c = (Double) ObjOps.arith("/", num, den);
            } catch (PyValues.PyExc e) {
                if (e.cls.equals("ZeroDivisionError")) return low;
                throw e;
            }
        }
        if (u > c) {
            u = 1.0 - u;
            c = 1.0 - c;
            Object t = low;
            low = high;
            high = t;
        }
        if (u * c < 0) throw exc("ValueError", "math domain error");
        return ObjOps.arith("+", low, ObjOps.arith("*", ObjOps.arith("-", high, low), Math.sqrt(u * c)));
    }

    private static PyList choices(Object population, Object weights, Object cum, Object kv) {
        long n = Containers.len(population).longValue();
        var result = new ArrayList<Object>();
        if (cum == PyValues.NONE && weights == PyValues.NONE) {
            BigInteger k = index(kv);
            for (long i = 0; BigInteger.valueOf(i).compareTo(k) < 0; i++) {
                result.add(Subscripts.getitem(population, PyValues.floatToInt(Math.floor(random() * (double) n))));
            }
            return new PyList(result);
        }
        if (cum == PyValues.NONE) {
            if (PyValues.isInt(weights)) {
                throw exc("TypeError", "The number of choices must be a keyword argument: k=" + PyValues.repr(weights));
            }
            var sums = new ArrayList<Object>();
            Object acc = null;
            for (Object w : Iteration.toList(weights).items) {
                acc = acc == null ? w : ObjOps.arith("+", acc, w);
                sums.add(acc);
            }
            cum = new PyList(sums);
        } else if (weights != PyValues.NONE) {
            throw exc("TypeError", "Cannot specify both weights and cumulative weights");
        }
        if (Containers.len(cum).longValue() != n) throw exc("ValueError", "The number of weights does not match the population");
        double total = (Double) ObjOps.arith("+", Subscripts.getitem(cum, BigInteger.ONE.negate()), 0.0);
        if (total <= 0) throw exc("ValueError", "Total of weights must be greater than zero");
        if (!Double.isFinite(total)) throw exc("ValueError", "Total of weights must be finite");
        BigInteger k = index(kv);
        for (long i = 0; BigInteger.valueOf(i).compareTo(k) < 0; i++) {
            Object x = random() * total;
            long lo = 0, hi = n - 1;
            while (lo < hi) {
                long mid = (lo + hi) / 2;
                if (ObjOps.compare("<", x, Subscripts.getitem(cum, BigInteger.valueOf(mid)))) hi = mid;
                else lo = mid + 1;
            }
            result.add(Subscripts.getitem(population, BigInteger.valueOf(lo)));
        }
        return new PyList(result);
    }
}
