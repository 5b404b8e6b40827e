# Ends with ValueError from list.remove: a task list removes finished tasks, one of them twice.

tasks = ["write", "test", "review", "deploy", "document", "test"]
print("tasks:", tasks, "count of test:", tasks.count("test"))
print("index of review:", tasks.index("review"))

done = ["test", "write", "test", "review", "review"]
for task in done:
    print("finishing", task, "at index", tasks.index(task) if task in tasks else -1)
    tasks.remove(task)
    print("  left:", tasks)
print("not reached")
