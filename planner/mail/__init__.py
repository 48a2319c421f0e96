"""E-mail: settings, templates, messages with calendar invitations (iTIP), the outbox and its
worker. Qt-free: the command line, the window and the tests share all of it."""
