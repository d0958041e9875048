"""订单与交车: orders, lost prospects, the delivery checklist and its PDF."""
