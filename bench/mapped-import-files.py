#!/usr/bin/env python3
"""Writes the same deals twice: as SamePage's deals.csv and as a Salesforce-style opportunity report, plus its mapping.

Usage: mapped-import-files.py ROWS FOLDER. Deterministic (seed 7): 20,000 partners, three solutions.
"""
import csv, json, random, sys
from datetime import date, timedelta

rows, folder = int(sys.argv[1]), sys.argv[2]
random.seed(7)
solutions = ["Nordlicht Backup", "Nordlicht Secure Mail", "Nordlicht Analytics Suite"]
types = [("new", "New Customer"), ("upsell", "Existing Customer - Upgrade"), ("renewal", "Existing Customer - Renewal"), ("recurring", "Subscription")]
with open(f"{folder}/partners.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["externalId", "name", "type", "segment"])
    for i in range(20_000):
        w.writerow([f"P{i:05d}", f"Partner {i:05d} GmbH", random.choice(["msp", "reseller", "var", "si"]), "SMB"])

start = date(2023, 1, 1)
with open(f"{folder}/deals.csv", "w", newline="") as plain, open(f"{folder}/opportunities.csv", "w", newline="") as mapped:
    p, m = csv.writer(plain), csv.writer(mapped)
    p.writerow(["externalId", "partnerId", "solution", "date", "type", "customerId", "productRevenue", "partnerMargin", "servicesRevenue", "seats", "status"])
    m.writerow(["Opportunity ID", "Opportunity Name", "Partner Account", "Product Name", "Close Date", "Type", "Account Name", "Amount", "Partner Margin", "Services Amount", "Quantity", "Stage", "Lead Source"])
    for i in range(rows):
        partner = random.randrange(20_000)
        solution = random.choice(solutions)
        day = start + timedelta(days=random.randrange(1000))
        kind, label = random.choice(types)
        revenue = random.randrange(10_000, 5_000_000) / 100
        margin = random.randrange(5, 40) / 100
        services = random.randrange(0, 1_000_000) / 100
        seats = random.randrange(1, 200)
        won = random.random() < 0.8
        customer = f"C{random.randrange(800_000):06d}"
        p.writerow([f"D{i:08d}", f"P{partner:05d}", solution, day.isoformat(), kind, customer, f"{revenue:.2f}", f"{margin:.2f}", f"{services:.2f}", seats, "won" if won else "lost"])
        m.writerow([f"006{i:012d}", f"Deal {i}", f"Partner {partner:05d} GmbH", solution, f"{day.month}/{day.day}/{day.year}", label, customer,
                    f"EUR {revenue:,.2f}", f"{round(margin * 100)} %", f"EUR {services:,.2f}", seats, "Closed Won" if won else "Closed Lost", "Partner"])

mapping = {
    "format": "samepage.mapping/1", "kind": "deals", "culture": "en-US", "dateFormats": ["M/d/yyyy"],
    "columns": {
        "externalId": {"column": "Opportunity ID"},
        "partnerId": {"column": "Partner Account", "match": "name"},
        "solution": {"column": "Product Name"},
        "date": {"column": "Close Date"},
        "type": {"column": "Type", "values": {"New Customer": "new", "*upgrade*": "upsell", "*renewal*": "renewal", "Subscription": "recurring"}},
        "customerId": {"column": "Account Name"},
        "productRevenue": {"column": "Amount"},
        "partnerMargin": {"column": "Partner Margin"},
        "servicesRevenue": {"column": "Services Amount"},
        "seats": {"column": "Quantity"},
        "status": {"column": "Stage", "values": {"Closed Won": "won", "Closed Lost": "lost", "*": "skip"}},
    },
}
with open(f"{folder}/mapping.json", "w") as f:
    json.dump(mapping, f, indent=1)
