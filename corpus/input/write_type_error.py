# sys.stdout.write of something other than a str: TypeError at run time, after what came before.
import sys

sys.stdout.write("before\n")
sys.stdout.write(len(sys.argv))
