import email.polic{y

from email import message
