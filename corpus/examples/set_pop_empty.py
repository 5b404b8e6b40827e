# Ends with KeyError from popping an empty set: a ticket dispenser hands out ticket numbers from a set,
# returns some, and serves one customer more than it has tickets.

tickets = set(range(101, 109))
print("tickets:", tickets, len(tickets))
served = []
returned = {103, 999}
for customer in range(5):
    t = tickets.pop()
    served.append(t)
    print("customer", customer, "gets", t, "left", sorted(tickets))
back = returned & set(served)
tickets |= back
print("returned and valid:", back, "now", len(tickets), "left")
print("ignored:", returned - back)
print("served so far:", served, "any duplicates:", len(served) != len(set(served)))
extra = {200, 201}
tickets.update(extra)
print("after restock:", len(tickets), "max", max(tickets), "min", min(tickets))
tickets.discard(200)
tickets.discard(12345)
print("after discards:", len(tickets), 200 in tickets, 201 in tickets)
evens = {t for t in tickets if t % 2 == 0}
odds = tickets - evens
print("even tickets:", len(evens), "odd tickets:", len(odds), "disjoint:", evens.isdisjoint(odds))
print("union restores all:", evens | odds == tickets, (evens | odds) <= tickets, evens < tickets)
customer = 5
while True:
    t = tickets.pop()
    served.append(t)
    print("customer", customer, "gets", t, "left", len(tickets))
    customer += 1
