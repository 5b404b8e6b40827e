# A def rebinding a name an import of random bound: which one a call reaches depends on their order, so it is refused.
# expect: 6:1: error: rebinding
from random import random


def random():
    return 4


print(random())
