# Calendar arithmetic: leap years, day of the week, day of the year and days between dates.


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month == 4 or month == 6 or month == 9 or month == 11 else 31


def day_of_week(year, month, day):
    # Zeller's congruence, shifted so that 0 is Monday.
    if month < 3:
        month += 12
        year -= 1
    k = year % 100
    j = year // 100
    h = (day + 13 * (month + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def day_name(d):
    if d == 0:
        return "Monday"
    elif d == 1:
        return "Tuesday"
    elif d == 2:
        return "Wednesday"
    elif d == 3:
        return "Thursday"
    elif d == 4:
        return "Friday"
    elif d == 5:
        return "Saturday"
    return "Sunday"


def day_number(year, month, day):
    # Days since 0001-01-01 (day 1), in the proleptic Gregorian calendar.
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400
    for m in range(1, month):
        days += days_in_month(year, m)
    return days + day


leaps = 0
for year in range(1900, 2101):
    if is_leap(year):
        leaps += 1
print("leap years 1900-2100:", leaps, is_leap(1900), is_leap(2000), is_leap(2024))
print("1969-07-20 was a", day_name(day_of_week(1969, 7, 20)))
print("2000-01-01 was a", day_name(day_of_week(2000, 1, 1)))
print("2024-02-29 is a", day_name(day_of_week(2024, 2, 29)))
print("days 1970-01-01 -> 2000-01-01:", day_number(2000, 1, 1) - day_number(1970, 1, 1))
print("weekday check:", (day_number(2024, 2, 29) - 1) % 7 == day_of_week(2024, 2, 29))
thirteenths = 0
for year in range(2000, 2031):
    for month in range(1, 13):
        if day_of_week(year, month, 13) == 4:
            thirteenths += 1
print("Friday the 13ths in 2000-2030:", thirteenths)
print(f"{'month':<6}{'days':>5}{'starts':>11}")
for month in range(1, 13):
    print(f"{month:<6d}{days_in_month(2024, month):>5d}{day_name(day_of_week(2024, month, 1)):>11}")
