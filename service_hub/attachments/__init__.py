"""Files in conversations: scanned, typed by content, cleaned, previewed, stored, fetched by parties only."""
