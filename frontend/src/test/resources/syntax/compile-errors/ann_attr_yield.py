(yield).y: int
