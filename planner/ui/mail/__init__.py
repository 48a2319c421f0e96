"""The window's side of e-mail: settings in Preferences, previews, the outbox, templates, and
the background sender."""
