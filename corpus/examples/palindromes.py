# Palindromes: cleaning text, reversing with slices, longest palindromic substring, number palindromes.


def clean(text):
    return "".join(ch.lower() for ch in text if ch.isalnum())


def is_palindrome(text):
    s = clean(text)
    return s == s[::-1]


def longest_palindrome(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in [(center, center), (center, center + 1)]:
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best


phrases = [
    "A man, a plan, a canal: Panama",
    "Was it a car or a cat I saw?",
    "No lemon, no melon",
    "Hello, world",
    "Step on no pets",
    "Never odd or even",
    "Python",
    "",
]
for p in phrases:
    print(repr(p), is_palindrome(p), repr(clean(p)[:12]))

for s in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "x", "noonracecar"]:
    print(s, "->", longest_palindrome(s))

count = 0
found = []
for n in range(10, 1000):
    if str(n) == str(n)[::-1]:
        count += 1
        if n % 37 == 0:
            found.append(n)
print("palindromes 10..999:", count)
print("divisible by 37:", found)


def reverse_and_add(n, limit):
    steps = 0
    while steps < limit:
        n = n + int(str(n)[::-1])
        steps += 1
        if str(n) == str(n)[::-1]:
            return n, steps
    return n, -1


for start in [56, 57, 59, 89, 196]:
    print(start, reverse_and_add(start, 30))

words = ["level", "rotor", "stats", "radar", "python", "civic", "kayak", "madam", "refer", "tenet"]
pals = [w for w in words if w == w[::-1]]
print(len(pals), "of", len(words), "are palindromes")
print("pairs forming palindromes:", [(a, b) for a in ["ab", "ba", "abc", "cba", "x"] for b in ["ab", "ba", "abc", "cba", "x"] if a != b and a + b == (a + b)[::-1]])
