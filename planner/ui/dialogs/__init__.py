"""Dialogs. Every dialog is opened through DialogService so tests never block on exec()."""
