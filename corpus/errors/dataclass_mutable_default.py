# dataclasses rejects a list, dict or set as a field's default when the class is made (ValueError);
# Waspy refuses it rather than share one list between instances.
# expect: 9:19: error: a list, dict or set as a dataclass field's default
from dataclasses import dataclass


@dataclass
class Bag:
    items: list = []


print(Bag())
