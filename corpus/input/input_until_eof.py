# input() in a loop until the end of stdin: the last call raises EOFError, which ends the program
# (status 1, "EOFError: EOF when reading a line"); the prompt of that last call is still written.
count = 0
longest = ""
while True:
    line = input("> ")
    count += 1
    if len(line) > len(longest):
        longest = line
    print(f"[{count}] {line!r} ({len(line)} chars)")
    print("longest so far:", longest)
