"""Setting the store up: its profile, staff, car catalogue and settings (管理 menu), and
the first-run wizard that walks a new database through them."""
