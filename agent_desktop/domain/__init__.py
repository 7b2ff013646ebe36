"""The workstation's domain: plain Python, no Qt, no I/O, clocks injected.

Everything here is driven by tests without a window or a socket; the Qt
models in ``agent_desktop.qt`` only adapt these objects.
"""
