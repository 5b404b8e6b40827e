# Methods on str (here .upper()) are not supported yet; string use stays to literals, str() and +.
# expect: 5:11: error: method|attribute
greeting = "hello"
name = "world"
message = greeting.upper() + " " + name
print(message)
