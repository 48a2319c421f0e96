"""Word copies (.docx) of the itinerary and the annual progress report."""
