"""Call engine on aiortc: a mesh of peer connections, a signaling abstraction, local sources.

Typical wiring (the app supplies the hub connection)::

    signaling = HubFrameSignaling(conversation_id, hub.send_frame)
    engine = CallEngine(my_id, signaling,
                        audio=CaptureSource(microphone_spec()),
                        video=CaptureSource(camera_spec("/dev/video0")))
    hub.on_frame(lambda frame: dispatch_frame(engine, frame))
    await engine.start(); await engine.call(expert_id)
"""

from hub_protocol.ice import apply_environment as _apply_ice_environment

# Names load their module on first use (PEP 562): the customer client's first screen
# needs CallMedia and SourceSpec, not aiortc, PyAV and numpy (about 50 MB of RSS).
_EXPORTS = {
    "CallConfig": "config",
    "CallEngine": "engine",
    "CallError": "errors",
    "CallEvent": "engine",
    "CallMedia": "media",
    "CallState": "states",
    "CallStats": "stats",
    "CaptureSource": "sources",
    "DeviceBusyError": "errors",
    "DeviceError": "errors",
    "DeviceMissingError": "errors",
    "FrameFanout": "fanout",
    "HubFrameSignaling": "signaling",
    "IceFailedError": "errors",
    "IceServer": "config",
    "LocalMedia": "media",
    "MediaSource": "sources",
    "MemorySignalingHub": "signaling",
    "PeerLeftError": "errors",
    "PermissionDeniedError": "errors",
    "Quality": "quality",
    "RelayPolicy": "config",
    "RemoteMedia": "peer",
    "SignalingChannel": "signaling",
    "SignalingError": "errors",
    "SourceSpec": "sources",
    "ThreadedSource": "sources",
    "TurnAuthError": "errors",
    "camera_spec": "sources",
    "dispatch_frame": "signaling",
    "microphone_spec": "sources",
    "synthetic_audio": "sources",
    "synthetic_video": "sources",
    "with_turn_override": "config",
}


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value

__all__ = [
    "CallConfig",
    "CallEngine",
    "CallError",
    "CallEvent",
    "CallMedia",
    "CallState",
    "CallStats",
    "CaptureSource",
    "DeviceBusyError",
    "DeviceError",
    "DeviceMissingError",
    "FrameFanout",
    "HubFrameSignaling",
    "IceFailedError",
    "IceServer",
    "LocalMedia",
    "MediaSource",
    "MemorySignalingHub",
    "PeerLeftError",
    "PermissionDeniedError",
    "Quality",
    "RelayPolicy",
    "RemoteMedia",
    "SignalingChannel",
    "SignalingError",
    "SourceSpec",
    "ThreadedSource",
    "TurnAuthError",
    "camera_spec",
    "dispatch_frame",
    "microphone_spec",
    "synthetic_audio",
    "synthetic_video",
    "with_turn_override",
]

_apply_ice_environment()
