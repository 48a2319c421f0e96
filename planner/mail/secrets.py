"""The SMTP password: PLANNER_SMTP_PASSWORD for scripts, else the system's keyring (Windows
Credential Manager, macOS Keychain, Secret Service). Never a file, never the database."""

from __future__ import annotations

import os

from planner.domain.errors import PlannerError
from planner.mail.settings import MailSettings

ENV = "PLANNER_SMTP_PASSWORD"
SERVICE = "Planner SMTP"


def account(settings: MailSettings) -> str:
    """The keyring's name for the login: one password per login and server."""
    return f"{settings.user}@{settings.host}"


def password(settings: MailSettings) -> str | None:
    """The password to log in with, or None when no login is needed or none is stored."""
    if not settings.user:
        return None
    from_env = os.environ.get(ENV)
    if from_env:
        return from_env
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SERVICE, account(settings))
        except KeyringError:
            return None
    except Exception:  # noqa: BLE001 (a broken keyring backend reads as "no password")
        return None


def store_password(settings: MailSettings, secret: str) -> None:
    """Keep the password in the keyring (an empty one removes it)."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        if secret:
            keyring.set_password(SERVICE, account(settings), secret)
        else:
            try:
                keyring.delete_password(SERVICE, account(settings))
            except PasswordDeleteError:
                pass
    except KeyringError as exc:
        raise PlannerError("mail_keyring_failed", reason=str(exc) or type(exc).__name__) from exc
