# with-statements need context managers, which are not supported.
# expect: 4:1: error: with
print("opening")
with open("data.txt") as f:
    print("inside")
