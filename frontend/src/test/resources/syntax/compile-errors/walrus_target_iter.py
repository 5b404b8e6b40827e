[i for i, j in [(1, 2)] if (j := 3)]
