"""Qt models (thin adapters over agent_desktop.domain) and views."""
