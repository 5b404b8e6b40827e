# Fixed-point formatting shows a float's exact binary value once the precision is high enough.

print(f"{0.1:.30f}")
print(f"{0.3:.25f} {1/3:.20f} {2/3:.20f}")
print(f"{2**0.5:.40f}")
print(f"{1e300:.2f}")
print(f"{1e22:.3f} {1e23:.3f} {2.0**70:.1f}")
print(f"{5e-324:.10f} {1e-7:.10f} {1.5e-5:.8f} {-1e-10:.3f}")
print(f"{123.456:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-2.5:.0f} {3.5:.0f}")
print(f"{2.675:.2f} {2.665:.2f} {1.005:.2f} {1.0049999:.2f} {0.045:.2f}")
print(f"{123456789.0:15.3f}|{-0.0:8.2f}|{float('inf'):8.2f}|{float('nan'):>8.1f}|{-float('inf'):<7.0f}|")
print(f"{2**100:40d}|{-2**100:<40d}|{2**100:^40x}|{-2**64:x}")
print(f"{10**30:_>35d}|{-7:+>6d}|{255:0>8x}|{3.14159:0<10.2f}")
for p in range(0, 18, 3):
    print(f"{p:2d} [{2**0.5 * 10**p:.3f}] [{1 / 7 / 10**p:.12f}]")
