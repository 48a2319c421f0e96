"""Printed documents (reportlab): itineraries, sign-in sheets, attendance reports, badges,
crossing and catering lists, and the annual progress report. Start at `documents`."""
