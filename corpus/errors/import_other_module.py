# Only sys and the modules the runtime implements (math, random) may be imported; any other module is a compile error (at the statement or at the module name).
# expect: 4:1 or 4:8: error: import
import sys
import os

print(os.getcwd())
sys.exit(0)
