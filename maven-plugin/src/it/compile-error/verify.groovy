// The build failed on bad.py with the compiler's own message, and no Java stack trace; warn.py
// compiled with the warning warnAnnotations asks for.
def log = new File(basedir, 'build.log').text
assert log.contains("1 Python program does not compile:")
assert log.contains("src/main/python/bad.py:5:6: error: '(' was never closed")
assert log.contains('    print("total:", total')
assert !log.contains('good.py')
assert log.contains("[WARNING] src/main/python/warn.py:2:14: warning: the value assigned to 'count' has type str,"
        + " but its annotation says int")
assert !log.contains('\tat ')
assert !log.contains('Caused by')
true
