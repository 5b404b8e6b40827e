# Ends with KeyError: a price lookup meets an item that was never stocked, after a few good orders.

prices = {"apple": 0.5, "bread": 2.25, "cheese": 6.8, "dates": 4.1}
orders = [
    ("ann", [("apple", 6), ("bread", 1)]),
    ("bob", [("cheese", 2), ("dates", 1), ("apple", 2)]),
    ("cy", [("bread", 3)]),
    ("dee", [("apple", 1), ("banana", 4)]),
    ("eve", [("cheese", 1)]),
]

print("menu:", sorted(prices))
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
