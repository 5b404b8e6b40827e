x = *a
break
