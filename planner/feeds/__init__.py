"""Subscribable calendar feeds: publishing to a folder and serving over HTTP."""
