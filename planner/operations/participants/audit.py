"""The audit log of personal data (kept in planner.store.audit, where every layer can write it)."""

from planner.store.audit import record

__all__ = ["record"]
