# A cooperative task scheduler: classes with inheritance, a priority run queue, message passing.
# category: objects


class Message:
    def __init__(self, sender, payload):
        self.sender = sender
        self.payload = payload


class Task:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority
        self.inbox = []
        self.steps = 0
        self.done = False

    def deliver(self, message):
        self.inbox.append(message)

    def step(self, scheduler):
        self.steps += 1
        return self.run(scheduler)

    def run(self, scheduler):
        raise NotImplementedError


class Producer(Task):
    def __init__(self, name, priority, target, count):
        Task.__init__(self, name, priority)
        self.target = target
        self.count = count
        self.next_value = 1

    def run(self, scheduler):
        if self.next_value > self.count:
            self.done = True
            return 0
        scheduler.send(self.target, Message(self, self.next_value))
        self.next_value += 1
        return 1


class Worker(Task):
    def __init__(self, name, priority, sink):
        Task.__init__(self, name, priority)
        self.sink = sink
        self.processed = 0

    def run(self, scheduler):
        work = 0
        while self.inbox:
            message = self.inbox.pop()
            value = (message.payload * 31 + self.priority) % 1009
            scheduler.send(self.sink, Message(self, value))
            self.processed += 1
            work += 1
        return work


class Sink(Task):
    def __init__(self, name, priority):
        Task.__init__(self, name, priority)
        self.total = 0
        self.received = 0

    def run(self, scheduler):
        work = 0
        while self.inbox:
            message = self.inbox.pop()
            self.total = (self.total * 7 + message.payload) % 1000000007
            self.received += 1
            work += 1
        return work


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.ticks = 0
        self.added = 0

    def add(self, task):
        # Ties in priority keep the order of arrival, whether or not the sort is stable.
        task.order = self.added
        self.added += 1
        self.tasks.append(task)
        self.tasks.sort(key=lambda t: (-t.priority, t.order))

    def send(self, target, message):
        target.deliver(message)

    def run(self):
        busy = True
        while busy:
            busy = False
            for task in self.tasks:
                self.ticks += 1
                if task.step(self) > 0:
                    busy = True


def main():
    scheduler = Scheduler()
    sink = Sink("sink", 1)
    scheduler.add(sink)
    for w in range(8):
        worker = Worker(f"worker{w}", 2 + w % 3, sink)
        scheduler.add(worker)
        scheduler.add(Producer(f"producer{w}", 5 + w % 2, worker, 18000 + 1500 * w))
    scheduler.run()
    print(f"ticks: {scheduler.ticks}")
    print(f"received: {sink.received}, checksum: {sink.total}")
    for task in scheduler.tasks:
        if isinstance(task, Worker):
            print(f"{task.name}: {task.processed} messages in {task.steps} steps")


main()
