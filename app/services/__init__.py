"""Services: one transaction per user action; they hand plain dataclasses to callers."""
