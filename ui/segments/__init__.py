"""The segment builder (客户筛选)."""
