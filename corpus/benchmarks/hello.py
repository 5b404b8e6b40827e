# Hello world: measures start-up only (process launch, engine load, module load), not steady state.
# category: startup
print("Hello, world!")
