# Reading numbers: a count, then that many lines of ints (input() inside a generator expression),
# then whitespace-separated floats on one line; input(prompt) with prompts of several types.
n = int(input())
total = sum(int(input()) for _ in range(n))
print("sum of", n, "ints:", total)
values = [float(x) for x in input("floats? ").split()]
print("floats:", values, "mean:", sum(values) / len(values))
big = int(input(12345))
print("big squared:", big * big)
name = input(None)
print(f"hello, {name}!")
