# Names imported from typing may be used in annotations only: typing.cast as a call is refused.
# expect: 7:12: error: typing
from typing import List, cast


def total(xs: List[int]) -> int:
    return cast(int, sum(xs))


print(total([1, 2]))
