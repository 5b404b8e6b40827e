typedef int (*op_fn)(int, int);
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static op_fn ops[] = {add, sub, mul};
static const char message[] = "hello, waspy";
static long long counter = 7;
static double scale = 1.5;

int apply(int which, int a, int b) { return ops[which % 3](a, b); }

int classify(int x) {
    switch (x) {
        case 0: return 10;
        case 1: return 20;
        case 2: return 30;
        case 3: return 45;
        case 5: return 99;
        default: return -1;
    }
}

long long bump(long long by) { counter += by; return counter * 3; }

double scaled(double x) { return x * scale + (double) counter; }

float mix(float a, int b) { return a / (float) b; }

static char buffer[64];
int copy_message(void) {
    __builtin_memcpy(buffer, message, sizeof message);
    __builtin_memset(buffer + 20, 'x', 10);
    int sum = 0;
    for (int i = 0; i < 32; i++) sum += buffer[i];
    return sum;
}

unsigned long long wide(unsigned int a) { return (unsigned long long) a << 33 | (a >> 3); }
