nonlocal x
from __future__ import nope
