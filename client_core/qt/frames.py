"""PyAV frame -> QVideoFrame without per-pixel Python: numpy copies whole planes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

if TYPE_CHECKING:  # both load with the first frame
    from av.video.frame import VideoFrame


def to_qvideoframe(frame: VideoFrame) -> QVideoFrame:
    """Copy a YUV420P frame into a QVideoFrame; Qt converts to RGB on the GPU when drawing."""
    import numpy as np

    if frame.format.name != "yuv420p":
        frame = frame.reformat(format="yuv420p")
    w, h = frame.width, frame.height
    fmt = QVideoFrameFormat(QSize(w, h), QVideoFrameFormat.PixelFormat.Format_YUV420P)
    out = QVideoFrame(fmt)
    if not out.map(QVideoFrame.MapMode.WriteOnly):
        raise RuntimeError("cannot map QVideoFrame for writing")
    try:
        for i, (pw, ph) in enumerate(
            ((w, h), ((w + 1) // 2, (h + 1) // 2), ((w + 1) // 2, (h + 1) // 2))
        ):
            src_plane = frame.planes[i]
            src = np.frombuffer(src_plane, np.uint8).reshape(-1, src_plane.line_size)[:ph, :pw]
            dst_stride = out.bytesPerLine(i)
            dst = np.frombuffer(out.bits(i), np.uint8).reshape(-1, dst_stride)[:ph, :pw]
            dst[:] = src  # one vectorised row-strided copy per plane
    finally:
        out.unmap()
    return out
