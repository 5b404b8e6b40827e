# del of a local that is not bound raises UnboundLocalError, as a read would: the loop variable
# of a loop that never ran.


def cleanup(items):
    for item in items:
        print("cleaning", item)
    del item
    return "done"


print(cleanup(["cup", "plate"]))
print(cleanup([]))
