#!/usr/bin/env python3
"""Writes N synthetic historical tickets as CSV (the backfill benchmark's input): varied moods, topics, HTML and
personal data for the masker. Usage: scripts/generate-backfill-sample.py 100000 > /tmp/tickets.csv"""
import csv
import random
import sys

random.seed(4)
n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
openers = ["Hi team,", "Hello,", "Dear support,", "<p>Hi,</p>", "Good morning,", ""]
bodies = [
    "I have asked three times and still no answer. This is unacceptable.",
    "The export has been broken since the update and we are reconsidering our renewal.",
    "Thanks a lot, the new dashboard works great and the team loves it!",
    "We were charged twice this month, card 4111 1111 1111 1111. Please refund.",
    "Login fails with error 500 after the password reset. Call me on +1 415 555 0142.",
    "Could you tell me how to add a new user to our workspace?",
    "The sync stopped again and our data is missing. This is the third time this week!!!",
    "Not bad at all, but the report is a bit slow to load.",
    "Please send the invoice to billing@customer.example, our office is at 221B Baker Street.",
    "If this is not fixed today we will cancel our subscription and move to a competitor.",
    "<div>The API returns <b>timeouts</b> since yesterday. Our integration is down.</div>",
    "Great job on the quick fix, really appreciated.",
]
closers = ["Thanks", "Regards", "Best,", "", "Cheers"]
subjects = ["Export broken", "Invoice question", "Login problem", "Feature request", "Sync failing",
            "Thank you", "Billing", "API timeouts", "Dashboard slow", "Cancel subscription"]
w = csv.writer(sys.stdout)
w.writerow(["ticket_id", "subject", "body", "created_at"])
for i in range(1, n + 1):
    body = " ".join(filter(None, [random.choice(openers)] + random.sample(bodies, random.randint(1, 3))
                           + [random.choice(closers)]))
    w.writerow([f"H-{i}", random.choice(subjects), body,
                f"2025-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}T{random.randint(0, 23):02d}:00:00Z"])
