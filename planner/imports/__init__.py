"""Readers of calendar files and participant lists: parse and validate, never write the database."""
