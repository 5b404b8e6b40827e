# Ends with KeyError from dict.popitem on an empty dict: a job runner drains a dict of pending jobs
# newest first, records timings and retries, and drains once more than it has entries.

pending = {}
for job_id, name in enumerate(["resize", "thumbnail", "upload", "notify", "archive"], 100):
    pending[job_id] = name
print("pending:", pending)
cost = {"resize": 40, "thumbnail": 15, "upload": 120, "notify": 5, "archive": 60}
print("total cost:", sum(cost[n] for n in pending.values()), "ids:", list(pending))

done = []
clock = 0
timings = {}
retried = set()
rounds = len(pending) + 2
for r in range(rounds):
    print("round", r, "has", len(pending), "jobs:", sorted(pending.values()))
    job_id, name = pending.popitem()
    clock += cost[name]
    if name == "upload" and job_id not in retried:
        retried.add(job_id)
        pending[job_id] = name
        print("  upload failed, requeued", job_id, "at", clock)
        continue
    done.append(name)
    timings[name] = clock
    print("  finished", job_id, name, "at", clock, "-> done so far", done)
    if len(done) % 2 == 0:
        print("  checkpoint:", {n: timings[n] for n in sorted(timings)})
print("not reached")
