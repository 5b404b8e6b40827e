async def f():
    [lambda: await x for y in z]
