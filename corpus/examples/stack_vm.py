# A tiny stack machine: programs are lists of (opcode, argument) tuples, run with a list stack, a dict
# of variables and jumps by index; a trace of the first steps, then factorial, gcd and primes.


def run(program, trace_steps):
    stack = []
    variables = {}
    output = []
    pc = 0
    steps = 0
    while pc < len(program):
        op, arg = program[pc]
        if steps < trace_steps:
            print(f"  {steps:>3} pc={pc:<2} {op:<6} {str(arg):<5} stack={stack}")
        steps += 1
        pc += 1
        if op == "push":
            stack.append(arg)
        elif op == "load":
            stack.append(variables[arg])
        elif op == "store":
            variables[arg] = stack.pop()
        elif op == "add":
            b = stack.pop()
            stack.append(stack.pop() + b)
        elif op == "sub":
            b = stack.pop()
            stack.append(stack.pop() - b)
        elif op == "mul":
            b = stack.pop()
            stack.append(stack.pop() * b)
        elif op == "mod":
            b = stack.pop()
            stack.append(stack.pop() % b)
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "jmp":
            pc = arg
        elif op == "print":
            output.append(stack.pop())
        elif op == "dup":
            stack.append(stack[-1])
        else:
            output.append(-999)
            break
    return output, steps, variables


factorial = [("push", 1), ("store", "acc"), ("push", 10), ("store", "n"),
             ("load", "n"), ("jz", 15),
             ("load", "acc"), ("load", "n"), ("mul", 0), ("store", "acc"),
             ("load", "n"), ("push", 1), ("sub", 0), ("store", "n"), ("jmp", 4),
             ("load", "acc"), ("print", 0)]
out, steps, env = run(factorial, 12)
print("factorial:", out, "steps:", steps, "variables:", env)

gcd = [("push", 1071), ("store", "a"), ("push", 462), ("store", "b"),
       ("load", "b"), ("jz", 13),
       ("load", "a"), ("load", "b"), ("mod", 0), ("load", "b"), ("store", "a"), ("store", "b"),
       ("jmp", 4), ("load", "a"), ("print", 0)]
out, steps, env = run(gcd, 0)
print("gcd(1071, 462):", out, "steps:", steps)

primes = [("push", 2), ("store", "n"),
          ("load", "n"), ("push", 30), ("sub", 0), ("jz", 28),
          ("push", 2), ("store", "d"),
          ("load", "d"), ("load", "n"), ("sub", 0), ("jz", 21),
          ("load", "n"), ("load", "d"), ("mod", 0), ("jz", 23),
          ("load", "d"), ("push", 1), ("add", 0), ("store", "d"), ("jmp", 8),
          ("load", "n"), ("print", 0),
          ("load", "n"), ("push", 1), ("add", 0), ("store", "n"), ("jmp", 2)]
out, steps, env = run(primes, 0)
print("primes below 30:", out, "steps:", steps, "final n:", env["n"])

opcodes = {}
for program in [factorial, gcd, primes]:
    for op, _ in program:
        opcodes[op] = opcodes.get(op, 0) + 1
print("opcode use:", sorted(opcodes.items(), key=lambda kv: (-kv[1], kv[0])))
print("bad opcode:", run([("push", 1), ("halt", 0), ("print", 0)], 5)[0])
