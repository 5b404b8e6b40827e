# Ends with ValueError from list.index: a music player jumps through a playlist by song title, keeps
# play counts in a dict and a history list, and stops at a title the playlist does not have.

playlist = ["intro", "blue", "rain", "echo", "drift", "blue", "outro"]
lengths = [62, 241, 198, 305, 276, 241, 90]
print("playlist:", playlist)
print("first blue at", playlist.index("blue"), "second at", playlist[3:].index("blue") + 3)
print("total length: %d:%02d" % divmod(sum(lengths), 60))
print("longest:", playlist[lengths.index(max(lengths))], "shortest:", playlist[lengths.index(min(lengths))])

by_length = sorted(zip(lengths, playlist))
print("by length:", [title for _, title in by_length])
distinct = []
for title in playlist:
    if title not in distinct:
        distinct.append(title)
print("distinct titles:", distinct, "repeats:", len(playlist) - len(distinct))

plays = {}
history = []
queue = ["rain", "outro", "intro", "echo", "blue", "drift", "silence", "drift"]
position = 0
elapsed = 0
for song in queue:
    target = playlist.index(song)
    skipped = target - position
    elapsed += lengths[target]
    plays[song] = plays.get(song, 0) + 1
    history.append(target)
    print(f"play {song:<6} at {target}, skip {skipped:+d}, elapsed {elapsed // 60}:{elapsed % 60:02d}")
    position = target
    if len(history) >= 3:
        print("   last three positions:", history[-3:], "unique so far:", len(set(history)))
print("not reached", plays)
