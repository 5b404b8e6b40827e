# A vending machine as a state machine of classes: states as instances of subclasses overriding
# handlers, transitions returning the next state, class attributes as constants, __str__ of the
# machine, an inventory dict of item objects with __lt__ for sorting, and errors as exceptions.
class VendingError(Exception):
    pass


class Item:
    def __init__(self, name, price, stock):
        self.name, self.price, self.stock = name, price, stock

    def __lt__(self, other):
        return (self.price, self.name) < (other.price, other.name)

    def __repr__(self):
        return f"{self.name}@{self.price}x{self.stock}"


class State:
    name = "?"

    def insert(self, m, coins):
        raise VendingError(f"cannot insert in {self.name}")

    def choose(self, m, item):
        raise VendingError(f"cannot choose in {self.name}")

    def __str__(self):
        return self.name


class Idle(State):
    name = "idle"

    def insert(self, m, coins):
        m.credit += coins
        return Paying()


class Paying(State):
    name = "paying"

    def insert(self, m, coins):
        m.credit += coins
        return self

    def choose(self, m, key):
        item = m.items.get(key)
        if item is None:
            raise VendingError(f"no item {key!r}")
        if item.stock == 0:
            raise VendingError(f"{item.name} sold out")
        if m.credit < item.price:
            raise VendingError(f"need {item.price - m.credit} more")
        item.stock -= 1
        m.credit -= item.price
        m.sold.append(item.name)
        change, m.credit = m.credit, 0
        m.change += change
        return Idle()


class Machine:
    def __init__(self, items):
        self.items = {i.name: i for i in items}
        self.state = Idle()
        self.credit = 0
        self.change = 0
        self.sold = []

    def do(self, action, arg):
        try:
            self.state = getattr_action(self.state, action)(self, arg)
        except VendingError as e:
            print("  refused:", e)
        print(f"{action}({arg!r}) -> {self}")

    def __str__(self):
        return f"[{self.state} credit={self.credit} change={self.change}]"


def getattr_action(state, action):
    if action == "insert":
        return state.insert
    return state.choose


m = Machine([Item("cola", 150, 2), Item("chips", 100, 1), Item("gum", 50, 0)])
script = [("choose", "cola"), ("insert", 100), ("choose", "cola"), ("insert", 100), ("choose", "cola"),
          ("insert", 200), ("choose", "chips"), ("insert", 50), ("choose", "gum"), ("choose", "tea"),
          ("insert", 150), ("choose", "cola")]
for action, arg in script:
    m.do(action, arg)
print(m.sold, sorted(m.items.values()), m.change)
