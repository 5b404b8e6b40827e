async def f():
    yield 1
    return None
