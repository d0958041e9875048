"""The customer's 360° card (客户全景), opened from every list with C."""
