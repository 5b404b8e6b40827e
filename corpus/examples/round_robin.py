# Round-robin CPU scheduling: a list as the ready queue, a dict of remaining work, a Gantt chart and
# waiting times, compared with first-come first-served and shortest-job-first.

JOBS = [("A", 0, 7), ("B", 1, 4), ("C", 2, 9), ("D", 4, 2), ("E", 6, 5)]


def round_robin(jobs, quantum):
    remaining = {name: burst for name, _, burst in jobs}
    arrivals = sorted(jobs, key=lambda j: j[1])
    queue = []
    time = 0
    chart = []
    finish = {}
    i = 0
    while len(finish) < len(jobs):
        while i < len(arrivals) and arrivals[i][1] <= time:
            queue.append(arrivals[i][0])
            i += 1
        if not queue:
            time = arrivals[i][1]
            continue
        name = queue.pop(0)
        run = min(quantum, remaining[name])
        chart.append((name, time, time + run))
        time += run
        remaining[name] -= run
        while i < len(arrivals) and arrivals[i][1] <= time:
            queue.append(arrivals[i][0])
            i += 1
        if remaining[name] > 0:
            queue.append(name)
        else:
            finish[name] = time
    return chart, finish


def non_preemptive(jobs, shortest_first):
    pending = sorted(jobs, key=lambda j: j[1])
    time = 0
    chart = []
    finish = {}
    while pending:
        ready = [j for j in pending if j[1] <= time] or [pending[0]]
        job = min(ready, key=lambda j: (j[2], j[1])) if shortest_first else ready[0]
        pending.remove(job)
        time = max(time, job[1])
        chart.append((job[0], time, time + job[2]))
        time += job[2]
        finish[job[0]] = time
    return chart, finish


def report(label, chart, finish):
    gantt = "".join(name * (end - start) for name, start, end in chart)
    waits = {name: finish[name] - arrive - burst for name, arrive, burst in JOBS}
    turnaround = {name: finish[name] - arrive for name, arrive, _ in JOBS}
    print(f"{label:<8} |{gantt}| switches {len(chart) - 1}")
    print(f"{'':<8} waits {waits} mean {sum(waits.values()) / len(waits):.2f}, "
          f"turnaround mean {sum(turnaround.values()) / len(turnaround):.2f}")


for q in [1, 2, 4, 10]:
    chart, finish = round_robin(JOBS, q)
    report(f"RR q={q}", chart, finish)
chart, finish = non_preemptive(JOBS, False)
report("FCFS", chart, finish)
chart, finish = non_preemptive(JOBS, True)
report("SJF", chart, finish)
print("SJF order:", [name for name, _, _ in chart])
