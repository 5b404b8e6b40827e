# Ends with KeyError: a price lookup meets an item that was never stocked, after a few good orders.

prices = {"apple": 0.5, "bread": 2.25, "cheese": 6.8, "dates": 4.1}
orders = [
    ("ann", [("apple", 6), ("bread", 1)]),
    ("bob", [("cheese", 2), ("dates", 1), ("apple", 2)]),
    ("cy", [("bread", 3)]),
    ("dee", [("apple", 1), ("banana", 4)]),
    ("eve", [("cheese", 1)]),
]

stock = {"apple": 40, "bread": 6, "cheese": 3, "dates": 10}
print("menu:", sorted(prices))
print("cheapest:", min(prices, key=lambda k: prices[k]), "dearest:", max(prices, key=lambda k: prices[k]))
print("stock value: %.2f" % sum(prices[k] * stock[k] for k in prices))
wanted = {}
for _, lines in orders:
    for item, qty in lines:
        wanted[item] = wanted.get(item, 0) + qty
print("wanted in total:", wanted)
short = {k: wanted[k] - stock.get(k, 0) for k in wanted if wanted[k] > stock.get(k, 0)}
print("short:", short)
print("get with default:", prices.get("banana"), prices.get("banana", 0.0))
print("membership:", "apple" in prices, "banana" in prices)
revenue = 0.0
for customer, lines in orders:
    total = 0.0
    for item, qty in lines:
        cost = prices[item] * qty
        total += cost
        print(f"  {customer}: {qty} x {item} = {cost:.2f}")
    revenue += total
    print(f"{customer} pays {total:.2f}; revenue so far {revenue:.2f}")
print("not reached")
