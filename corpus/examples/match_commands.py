# A command interpreter for a tiny text adventure, dispatching with match on the split line:
# literal words, captures, OR alternatives, starred rests, guards and AS captures.

rooms = {
    "hall": {"north": "library", "east": "kitchen"},
    "library": {"south": "hall"},
    "kitchen": {"west": "hall", "down": "cellar"},
    "cellar": {"up": "kitchen"},
}
state = {"room": "hall", "bag": [], "moves": 0}
floor = {"hall": ["lamp"], "library": ["book", "scroll"], "kitchen": ["knife", "bread"], "cellar": []}


def handle(line):
    match line.lower().split():
        case []:
            return "say something"
        case ["quit" | "exit" | "q"]:
            return "bye"
        case ["look"]:
            here = state["room"]
            return f"{here}: exits {sorted(rooms[here])}, items {floor[here]}"
        case ["go", ("north" | "south" | "east" | "west" | "up" | "down") as direction]:
            exits = rooms[state["room"]]
            if direction not in exits:
                return "you cannot go " + direction
            state["room"] = exits[direction]
            state["moves"] += 1
            return "you walk to the " + state["room"]
        case ["go", other]:
            return f"'{other}' is not a direction"
        case ["take", item] if item in floor[state["room"]]:
            floor[state["room"]].remove(item)
            state["bag"].append(item)
            return "taken: " + item
        case ["take", item]:
            return "there is no " + item + " here"
        case ["take", first, *more]:
            taken = [handle("take " + name) for name in [first] + more]
            return "; ".join(taken)
        case ["drop", *items] if not items:
            return "drop what?"
        case ["drop", *items]:
            dropped = [i for i in items if i in state["bag"]]
            for i in dropped:
                state["bag"].remove(i)
                floor[state["room"]].append(i)
            return f"dropped {dropped}" if dropped else "you carry none of those"
        case ["inventory" | "i"]:
            return f"bag: {state['bag']} after {state['moves']} moves"
        case [verb, *_]:
            return f"I do not know how to {verb}"


script = [
    "", "look", "take lamp", "take lamp", "go north", "look", "take book scroll map", "go west",
    "go sideways", "go south", "go east", "take bread", "go down", "look", "drop", "drop book lamp",
    "look", "inventory", "dance wildly", "I", "quit",
]
for command in script:
    print(f"> {command}")
    print(handle(command))
