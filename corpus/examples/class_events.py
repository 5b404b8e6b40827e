# An event system: bound methods stored in dicts and lists and called later, callable instances
# (__call__), handlers registered through a decorator-like method, classmethod registries, and
# exceptions raised by one handler caught by the dispatcher.
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.log = []

    def on(self, name, handler):
        self.handlers.setdefault(name, []).append(handler)
        return handler

    def emit(self, name, payload):
        results = []
        for h in self.handlers.get(name, []):
            try:
                results.append(h(payload))
            except ValueError as e:
                self.log.append(f"{name}: {e}")
        return results


class Counter:
    def __init__(self, label):
        self.label = label
        self.n = 0

    def bump(self, payload):
        self.n += payload
        return f"{self.label}={self.n}"


class Threshold:
    def __init__(self, limit):
        self.limit = limit

    def __call__(self, payload):
        if payload > self.limit:
            raise ValueError(f"{payload} over {self.limit}")
        return "ok"


class Recorder:
    instances = []

    def __init__(self):
        self.seen = []
        Recorder.instances.append(self)

    def record(self, payload):
        self.seen.append(payload)
        return len(self.seen)

    @classmethod
    def total(cls):
        return sum(len(r.seen) for r in cls.instances)


bus = EventBus()
clicks = Counter("clicks")
bus.on("click", clicks.bump)
bus.on("click", Threshold(5))
rec = Recorder()
bus.on("click", rec.record)
bus.on("key", Recorder().record)
for v in [1, 3, 7, 2]:
    print(bus.emit("click", v))
print(bus.emit("key", "a"), bus.emit("none", 0))
print(bus.log, clicks.n, rec.seen, Recorder.total())
handler = clicks.bump
print(handler(10), callable(handler), callable(clicks), callable(Threshold(1)))
