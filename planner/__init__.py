"""Planner: events, delegations and exchange programmes for Guangdong / Hong Kong organisers."""

__version__ = "0.1.0"
