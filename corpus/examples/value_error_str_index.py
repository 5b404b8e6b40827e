# Ends with ValueError from str.index: extracting fields between markers until a marker is missing.

LOG = [
    "[2024-05-01 10:00] user=ann action=login",
    "[2024-05-01 10:05] user=bob action=upload size=120",
    "[2024-05-01 10:07] user=ann action=logout",
    "2024-05-01 10:09 user=cy action=login",
    "[2024-05-01 10:12] user=dee action=login",
]


def field(line, name):
    start = line.find(name + "=")
    if start < 0:
        return ""
    start += len(name) + 1
    end = line.find(" ", start)
    return line[start:] if end < 0 else line[start:end]


users = {}
for line in LOG:
    name = field(line, "user")
    users[name] = users.get(name, 0) + 1
print("events per user:", users)
print("uploads:", [line for line in LOG if "action=upload" in line])
print("times via split:", [line.split()[1].rstrip("]") for line in LOG])
print("count of '=':", [line.count("=") for line in LOG])
print("find returns -1:", LOG[0].find("size="), "rfind:", LOG[1].rfind("="))
for line in LOG:
    stamp = line[line.index("[") + 1:line.index("]")]
    date, time = stamp.split()
    print(date, time, field(line, "user"), field(line, "action"), field(line, "size") or "-")
print("not reached")
