"""Bringing a store's customer lists in from Excel and CSV files (no Qt here).

normalize: pure functions from what people type to what DealerDesk stores.
readers: the rows of a sheet, streamed (python-calamine, openpyxl, csv).
plan: which rows create what, and which are duplicates, errors or totals.
"""
