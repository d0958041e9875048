"""DealerDesk core: domain model, database, rules and services. Knows nothing of Qt."""
