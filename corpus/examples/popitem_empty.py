# Ends with KeyError from dict.popitem on an empty dict: a work list of pending jobs is drained one
# more time than it has entries.

pending = {}
for job_id, name in enumerate(["resize", "thumbnail", "upload", "notify"], 100):
    pending[job_id] = name
print("pending:", pending)

done = []
rounds = len(pending) + 1
for r in range(rounds):
    print("round", r, "has", len(pending), "jobs")
    job_id, name = pending.popitem()
    done.append(name)
    print("  finished", job_id, name, "-> done so far", done)
print("not reached")
