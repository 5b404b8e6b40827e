if x:
	if y:
		pass
  
# comment

z = (1 +
     2)
w = 1 + \
    2
