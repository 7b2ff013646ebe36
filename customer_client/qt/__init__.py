"""Qt face of the customer client: session object, models, pages, main window."""
