# An order system's own exception hierarchy: raised deep inside, caught by family.
class OrderError(Exception):
    """Anything wrong with an order."""


class OutOfStock(OrderError):
    pass


class UnknownItem(OrderError):
    pass


class PaymentDeclined(OrderError):
    """The card was refused."""


class MissingField(KeyError):
    pass


STOCK = {"widget": 5, "gadget": 0, "doohickey": 2}
PRICES = {"widget": 3.5, "gadget": 12.0, "doohickey": 0.75}


def reserve(item, qty):
    if item not in STOCK:
        raise UnknownItem(item)
    if STOCK[item] < qty:
        raise OutOfStock(item, STOCK[item], qty)
    STOCK[item] -= qty


def charge(total, limit):
    if total > limit:
        raise PaymentDeclined(f"{total:.2f} over the limit of {limit:.2f}")
    return total


def place(order):
    if "item" not in order:
        raise MissingField("item")
    item = order["item"]
    qty = order.get("qty", 1)
    reserve(item, qty)
    try:
        return charge(PRICES[item] * qty, order.get("limit", 10.0))
    except PaymentDeclined:
        STOCK[item] += qty
        raise


orders = [
    {"item": "widget", "qty": 2},
    {"item": "gadget"},
    {"item": "sprocket", "qty": 1},
    {"qty": 3},
    {"item": "widget", "qty": 3, "limit": 5.0},
    {"item": "doohickey", "qty": 2},
    {"item": "widget", "qty": 3},
]
revenue = 0.0
for n, order in enumerate(orders):
    try:
        revenue += place(order)
        print(n, "placed")
    except OutOfStock as e:
        item, have, want = e.args
        print(n, f"out of stock: {item} has {have}, wanted {want}")
    except PaymentDeclined as e:
        print(n, "declined:", e)
    except OrderError as e:
        print(n, "order error", repr(e), str(e))
    except KeyError as e:
        print(n, "bad order, missing", e, repr(e))

print(f"revenue {revenue:.2f}", STOCK)
