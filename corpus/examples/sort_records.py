# Sorting records (tuples and dicts) with key=lambda, reverse=True, builtin keys and min/max with key.

people = [
    ("Zoe", 28, "Berlin", 72000.0),
    ("adam", 35, "Paris", 58000.0),
    ("Maya", 22, "Berlin", 41000.0),
    ("liam", 41, "Oslo", 91000.0),
    ("Noah", 35, "Paris", 63000.0),
    ("emma", 28, "Oslo", 55000.0),
    ("Olga", 50, "Berlin", 88000.0),
]

print("by name (case-sensitive):", [p[0] for p in sorted(people)])
print("by name (ignoring case):", [p[0] for p in sorted(people, key=lambda p: p[0].lower())])
print("by age:", [(p[0], p[1]) for p in sorted(people, key=lambda p: p[1])])
print("by salary, highest first:")
for name, age, city, salary in sorted(people, key=lambda p: p[3], reverse=True):
    print(f"  {name:<6}{age:>3} {city:<7}{salary:>10,.2f}")

print("by name length then name:", [p[0] for p in sorted(people, key=lambda p: (len(p[0]), p[0]))])
print("youngest:", min(people, key=lambda p: p[1])[0], "oldest:", max(people, key=lambda p: p[1])[0])
print("richest in Paris:", max([p for p in people if p[2] == "Paris"], key=lambda p: p[3])[0])

records = [{"name": p[0], "age": p[1], "city": p[2], "salary": p[3]} for p in people]
records.sort(key=lambda r: r["city"])
print("dicts by city:", [(r["city"], r["name"]) for r in records])
records.sort(key=lambda r: r["salary"], reverse=True)
print("dicts by salary:", [r["name"] for r in records])

words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry", "fig"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w[::-1]))

numbers = [5, -3, 12, -7, 0, 8, -1, 3]
print(sorted(numbers), sorted(numbers, key=abs), sorted(numbers, reverse=True))
print(sorted(numbers, key=lambda n: (n % 3, n)))
print(sorted(map(str, numbers)))
print(sorted(["10", "9", "100", "1"], key=int), sorted(["10", "9", "100", "1"]))

grades = {"ana": 88, "ben": 95, "cai": 88, "dee": 72, "eli": 95}
print(sorted(grades, key=lambda k: grades[k]))
print(sorted(grades.items(), key=lambda kv: (-kv[1], kv[0])))
top = max(grades.items(), key=lambda kv: kv[1])
print("first of the best:", top)
print("min default:", min([], default=None), max([3, 1, 2], default=0))
