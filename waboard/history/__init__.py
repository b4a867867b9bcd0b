"""What happened to each customer over time, read from the stored messages with the rules.

- `windows`: the customer service windows the customer's messages opened and restarted;
- `actions`: the rules' action a stored message records (and the template as it was sent);
- `ledger`: the consent a customer was created with;
- `replay`: one replayer that decides a stored history again, message by message.

Qt-free and SQL-free: it reads the store only through its query methods.
"""
