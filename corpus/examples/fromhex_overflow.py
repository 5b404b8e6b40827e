# float.fromhex past the largest float: CPython's OverflowError.
print(float.fromhex("0x1.fffffffffffffp1023"))
print(float.fromhex("0x1.fffffffffffff8p1023"))
