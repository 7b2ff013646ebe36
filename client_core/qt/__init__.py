"""Qt adapters of client_core: video view, remote-audio playback, device listing."""
