"""Writers of calendars, documents and lists. Each returns bytes or writes atomically to a path."""
