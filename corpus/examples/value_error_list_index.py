# Ends with ValueError from list.index: looking up positions in a playlist until a song is missing.

playlist = ["intro", "blue", "rain", "echo", "drift", "blue", "outro"]
print("playlist:", playlist)
print("first blue at", playlist.index("blue"), "second at", playlist[3:].index("blue") + 3)
queue = ["rain", "outro", "intro", "echo", "silence", "drift"]
jumps = []
position = 0
for song in queue:
    target = playlist.index(song)
    jumps.append(target - position)
    print(f"play {song:<6} at {target}, skip {target - position:+d}")
    position = target
print("not reached", jumps)
