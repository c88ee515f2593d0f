#!/usr/bin/env python3
"""Builds the engine's FX table (fx-usd-monthly.csv) from the ECB's euro reference rates.

usage: build-fx-table.py EUROFXREF_HIST_XML > fx-usd-monthly.csv

Input: the ECB's historical reference rates (eurofxref-hist.xml; the copy we used ships inside
org.javamoney.moneta:moneta-convert-ecb:1.4.5 on Maven Central, 1999-01-04 .. 2023-02-21).
Output: one row per month and currency: the monthly average of the daily cross rate against the
US dollar (units of the currency per 1 USD), from 2000-01 on. EUR is derived as 1/USD-per-EUR.
The yuan is missing from the ECB set before April 2005; from 2000-01 to 2005-06 it was held at
8.2770 per dollar by the People's Bank of China, which the table uses for those months
(marked 'peg' in the source column).
"""
import collections
import sys
import xml.etree.ElementTree as ET

WANTED = ["EUR", "GBP", "JPY", "CNY", "HKD", "AUD", "INR", "KRW", "CHF", "CAD", "TWD"]
NS = {"e": "http://www.ecb.int/vocabulary/2002-08-01/eurofxref"}


def main():
    root = ET.parse(sys.argv[1]).getroot()
    sums = collections.defaultdict(float)
    counts = collections.defaultdict(int)
    for day in root.findall(".//e:Cube[@time]", NS):
        month = day.get("time")[:7]
        if month < "2000-01":
            continue
        rates = {c.get("currency"): float(c.get("rate")) for c in day}
        usd = rates.get("USD")
        if not usd:
            continue
        for cur in WANTED:
            if cur == "EUR":
                per_usd = 1.0 / usd
            elif cur in rates:
                per_usd = rates[cur] / usd
            else:
                continue
            sums[(month, cur)] += per_usd
            counts[(month, cur)] += 1
    months = sorted({m for m, _ in sums})
    print("# month,currency,units_per_usd,source")
    for month in months:
        for cur in WANTED:
            key = (month, cur)
            if key in counts:
                print(f"{month},{cur},{sums[key] / counts[key]:.6g},ecb")
            elif cur == "CNY" and month <= "2005-06":
                print(f"{month},CNY,8.277,peg")


if __name__ == "__main__":
    main()
