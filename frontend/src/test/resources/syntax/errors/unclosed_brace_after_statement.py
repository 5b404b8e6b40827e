impo{rt unittest

from test import support
