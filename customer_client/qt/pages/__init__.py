"""One module per page of the customer's path; each only builds widgets and emits intents."""
