x += *a, b
