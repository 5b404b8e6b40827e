try:
    pass
# done
