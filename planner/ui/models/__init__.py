"""Qt table models over plain row objects (never live ORM instances)."""
