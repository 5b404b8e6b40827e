# ord, chr, hex, oct and bin check their argument as CPython does: a bool is an int, and the TypeErrors name the type.
tests = [5, "ab", None, True, 1.5, "7", "", 2 ** 70]
for t in tests:
    try:
        print(ord(t))
    except (TypeError, ValueError, OverflowError) as e:
        print("ord", type(e).__name__, e)
    try:
        print(chr(t))
    except (TypeError, ValueError, OverflowError) as e:
        print("chr", type(e).__name__, e)
    try:
        print(hex(t), oct(t), bin(t))
    except (TypeError, ValueError, OverflowError) as e:
        print("hex", type(e).__name__, e)
