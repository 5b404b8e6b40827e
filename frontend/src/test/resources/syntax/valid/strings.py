a = 'it''s' "a\"b" 'c\'d' '\x41\101\u0041\U00000041\N{LATIN CAPITAL LETTER A}\a\b\f\n\r\t\v\\\q'
b = b'\x00\xff\'"' rb'\d' Rb"x" BR'y' br"z"
c = """multi
line\
continued""" u'\u00e9' U"u"
d = 'é' '日本' '\U0001F600' '😀' '\ud800' '\udfff\ud800'
e = ''
