# quit(message): the message on stderr, status 1.
print("before")
quit("stopped here")
