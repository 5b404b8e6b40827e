# Ends with ValueError from list.remove: a sprint board moves tasks between columns (lists in a dict),
# reports progress after each move, and finally tries to finish a task that is no longer open.

board = {
    "todo": ["write parser", "add tests", "fix login bug", "update docs", "review PR 12"],
    "doing": ["profile queries"],
    "done": [],
}
points = {"write parser": 5, "add tests": 3, "fix login bug": 2, "update docs": 1,
          "review PR 12": 1, "profile queries": 3}


def move(task, source, target):
    board[source].remove(task)
    board[target].append(task)
    print(f"{task:<16} {source:>5} -> {target:<5}", progress())


def progress():
    total = sum(points.values())
    finished = sum(points[t] for t in board["done"])
    return f"[{finished:>2}/{total} points, {100 * finished // total:>3}%]"


print("open tasks:", len(board["todo"]) + len(board["doing"]), progress())
print("biggest task:", max(points, key=lambda t: points[t]))
move("write parser", "todo", "doing")
move("profile queries", "doing", "done")
move("add tests", "todo", "doing")
move("write parser", "doing", "done")
move("fix login bug", "todo", "done")
for column, tasks in board.items():
    print(f"  {column:<6} {len(tasks)} {tasks}")
print("index of 'update docs' in todo:", board["todo"].index("update docs"))
print("todo count of 'add tests':", board["todo"].count("add tests"))
move("add tests", "doing", "done")
move("update docs", "todo", "doing")
move("fix login bug", "todo", "done")
print("not reached")
