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

from .config import CallConfig, IceServer
from .engine import CallEngine, CallEvent
from .errors import (
    CallError,
    DeviceBusyError,
    DeviceError,
    DeviceMissingError,
    IceFailedError,
    PeerLeftError,
    PermissionDeniedError,
    SignalingError,
)
from .fanout import FrameFanout
from .media import CallMedia
from .peer import RemoteMedia
from .signaling import HubFrameSignaling, MemorySignalingHub, SignalingChannel, dispatch_frame
from .sources import (
    CaptureSource,
    MediaSource,
    SourceSpec,
    ThreadedSource,
    camera_spec,
    microphone_spec,
    synthetic_audio,
    synthetic_video,
)
from .states import CallState
from .stats import CallStats

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
    "MediaSource",
    "MemorySignalingHub",
    "PeerLeftError",
    "PermissionDeniedError",
    "RemoteMedia",
    "SignalingChannel",
    "SignalingError",
    "SourceSpec",
    "ThreadedSource",
    "camera_spec",
    "dispatch_frame",
    "microphone_spec",
    "synthetic_audio",
    "synthetic_video",
]

_apply_ice_environment()
