with (open(a) as f, open(b) as g,):
    pass
with (a, b):
    pass
with (a):
    pass
with (yield):
    pass
with (a) as b, (c) as d:
    pass
async def f():
    async with a as (b, c), d:
        pass
    async for x in y:
        await z
