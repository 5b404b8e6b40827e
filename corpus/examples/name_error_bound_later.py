# A NameError's "Did you mean" names only globals that exist when the error happens: a setting read
# by a function before the line that assigns it is suggested from what is bound so far ('timeout'),
# not from the closer names the module binds afterwards ('timeouts', 'timeout_').

retries = 3
timeout = 10

def settings():
    return "retries=" + str(retries) + " timeout=" + str(timeout_s)

for attempt in range(retries):
    print("attempt", attempt, "of", retries, "waits", timeout * (attempt + 1))
print(settings())
timeout_s = 30
timeouts = 5
timeout_ = 1
