# Non-ASCII input: UTF-8 decoded to code points (len, indexing, upper()), printed back as UTF-8;
# bytes that are not UTF-8 become U+DC80..U+DCFF (surrogateescape, as CPython in UTF-8 mode) and
# print() writes them back unchanged.
import sys

for line in sys.stdin:
    line = line.rstrip("\n")
    print(len(line), repr(line))
    print(line.upper(), line[::-1])
    print([hex(ord(c)) for c in line if ord(c) > 127])
