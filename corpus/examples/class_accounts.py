# A bank: properties with a setter, staticmethod and classmethod, __str__/__len__/__bool__,
# an exception class raised from a method, a subclass overriding a class attribute.
class Account:
    interest = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

    def deposit(self, amount):
        self.balance = self.balance + amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self.owner, amount - self._balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    @staticmethod
    def fee(amount):
        return round(amount * 0.01, 2)

    @classmethod
    def open(cls, owner):
        return cls(owner, 10.0)

    def __str__(self):
        return f"{self.owner}#{self.id}: {self.balance:.2f}"

    def __len__(self):
        return len(self.history)

    def __bool__(self):
        return self._balance > 0


class InsufficientFunds(Exception):
    pass


class Savings(Account):
    interest = 0.05

    def add_interest(self):
        self.deposit(self.balance * self.interest)


a = Account("ann", 100.0)
a.deposit(50).withdraw(30)
print(a, len(a), bool(a), a.history)
b = Savings.open("bob")
b.add_interest()
print(b, Account.fee(1234.5), b.fee(10))
try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print("insufficient:", e.args)
try:
    a.balance = -5
except ValueError as e:
    print("error:", e)
z = Account("zed")
print(bool(z), "empty" if not z else "full")
accounts = [a, b, z]
accounts.sort(key=lambda acc: acc.balance)
print([str(x) for x in accounts])
print(sum(x.balance for x in accounts))
print(isinstance(b, Account), isinstance(a, Savings), issubclass(Savings, Account))
total = 0
for acc in accounts:
    total += len(acc)
print(total)
