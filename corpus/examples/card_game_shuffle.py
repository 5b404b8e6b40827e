# A shuffled deck card game: build a deck, shuffle with a seed, deal hands, score them, draw cards.
import random

SUITS = ["Hearts", "Diamonds", "Clubs", "Spades"]
RANKS = ["2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K", "A"]
VALUES = {r: i + 2 for i, r in enumerate(RANKS)}


def new_deck():
    return [(rank, suit) for suit in SUITS for rank in RANKS]


def hand_value(hand):
    return sum(VALUES[rank] for rank, _ in hand)


def show(hand):
    return ", ".join(f"{rank} of {suit}" for rank, suit in hand)


random.seed(7)
deck = new_deck()
random.shuffle(deck)
first_order = list(deck)
print("top five:", show(deck[:5]))
players = ["Ann", "Bob", "Cid", "Dee"]
hands = {p: [] for p in players}
for round_no in range(5):
    for p in players:
        hands[p].append(deck.pop())
for p in players:
    print(f"{p}: {show(hands[p])} = {hand_value(hands[p])}")
winner = max(players, key=lambda p: hand_value(hands[p]))
print("winner:", winner)
print("left in deck:", len(deck))
print("random card:", random.choice(deck))
print("sample of 3:", random.sample(deck, 3))
print("sample of ranks:", random.sample(RANKS, k=5))
print("sample of a range:", random.sample(range(1000), 10))
tosses = "".join(random.choice("HT") for _ in range(40))
print("coin tosses:", tosses, tosses.count("H"))
random.seed(7)
again = new_deck()
random.shuffle(again)
print("same order after reseeding:", again == first_order)
