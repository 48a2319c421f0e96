"""Plain types, rules and errors. No storage, no Qt."""
