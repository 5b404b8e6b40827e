x.y: *a
