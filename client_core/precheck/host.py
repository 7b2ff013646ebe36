"""Read this machine's :class:`PlatformInfo` (the only OS-touching part)."""

from __future__ import annotations

import platform

from client_core.precheck.verdicts import PlatformInfo


def current_platform() -> PlatformInfo:
    system = platform.system()
    if system == "Windows":
        release = platform.version()  # "10.0.19045": the build tells 10 from 8.1
    elif system == "Darwin":
        release = platform.mac_ver()[0]
    else:
        release = platform.release()
    libc_name, libc_version = platform.libc_ver()
    return PlatformInfo(system, release, libc_version if libc_name == "glibc" else None)
