int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static char buf[64];
int fill(int c) { for (int i = 0; i < 64; i++) buf[i] = (char)(c + i); return buf[10]; }
