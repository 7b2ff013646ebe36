"""Qt face of the customer client: the visit's signals, models, pages, main window."""
