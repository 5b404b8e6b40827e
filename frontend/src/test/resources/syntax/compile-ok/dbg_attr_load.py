print(x.__debug__)
