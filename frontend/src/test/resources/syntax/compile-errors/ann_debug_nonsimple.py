(__debug__): int
