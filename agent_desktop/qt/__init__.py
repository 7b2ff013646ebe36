"""Qt adapters (signals over the services, models over the domain) and views."""
