"""Business rules as data and small pure functions; defaults live in app.settings."""
