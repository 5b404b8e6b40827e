# A stack machine whose faults are exceptions: each program is run, its fault reported.
PROGRAMS = [
    "push 6 push 7 mul print",
    "push 1 push 0 div print",
    "add",
    "push 2 load x print",
    "push 5 store x load x load x mul print",
    "push 9 frob",
    "push 3 push 4 sub push 2 pow print",
    "push 12 push 5 mod push 7 swap sub print",
]


def run(program, env):
    stack = []
    out = []
    ops = program.split()
    pc = 0
    try:
        while pc < len(ops):
            op = ops[pc]
            pc += 1
            if op == "push":
                stack.append(int(ops[pc]))
                pc += 1
            elif op == "load":
                stack.append(env[ops[pc]])
                pc += 1
            elif op == "store":
                env[ops[pc]] = stack.pop()
                pc += 1
            elif op == "print":
                out.append(stack[-1])
            elif op == "swap":
                stack[-1], stack[-2] = stack[-2], stack[-1]
            elif op in ("add", "sub", "mul", "div", "mod", "pow"):
                b = stack.pop()
                a = stack.pop()
                if op == "add":
                    stack.append(a + b)
                elif op == "sub":
                    stack.append(a - b)
                elif op == "mul":
                    stack.append(a * b)
                elif op == "div":
                    stack.append(a // b)
                elif op == "mod":
                    stack.append(a % b)
                else:
                    stack.append(a ** b)
            else:
                raise NotImplementedError("unknown op " + op)
    except IndexError as e:
        return out, f"stack underflow at {pc} ({e})"
    except ZeroDivisionError as e:
        return out, "division fault: " + str(e)
    except KeyError as e:
        return out, "undefined variable " + str(e)
    except RuntimeError as e:
        return out, type_of(e) + ": " + str(e)
    return out, "ok, stack " + str(stack)


def type_of(e):
    try:
        raise e
    except NotImplementedError:
        return "NotImplementedError"
    except RuntimeError:
        return "RuntimeError"


env = {}
for p in PROGRAMS:
    out, status = run(p, env)
    print(p)
    print("   ", out, status)
print(sorted(env.items()))
