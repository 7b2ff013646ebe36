#!/usr/bin/env python3
"""Bundle figures: size unpacked, download size (zip and MSI), the 20 largest
contributors, cold start of the bundled program to its first window, and the
idle memory of the bundled customer client on its first screen (real hub).

    .venv/bin/python bench/bundle.py                   # builds both bundles first
    .venv/bin/python bench/bundle.py --quick           # reuses bundles the suite or a build left
    .venv/bin/python bench/bundle.py --dist DIR        # measures the bundles in DIR

Human-readable lines first, then ONE JSON object on the last line. Sizes in MiB
(2**20 bytes). Targets: customer client download <= 60 MB, agent desktop
download <= 120 MB, bundled cold start <= 2 s, customer client idle RSS <= 150 MB.
The download is the larger of the zip and the MSI (msitools' wixl, MSZIP).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
APPS = {"customer_client": "customer-client", "agent_desktop": "agent-desktop"}
# Where the test suite's bundle build leaves its output (tests/packaging/test_bundle_build.py).
SUITE_DIST = ROOT / "var" / "bundle-test" / "dist"
DEFAULT_DIST = ROOT / "dist" / "linux"
MB = 2**20
TARGETS = {
    "customer_client_download_mb": 60.0,
    "agent_desktop_download_mb": 120.0,
    "customer_client_bundle_start_s": 2.0,
    "agent_desktop_bundle_start_s": 2.0,
    "customer_client_idle_rss_mb": 150.0,
}
# Grouped one level deeper: these hold many unrelated large files.
_SPLIT = ("_internal/PySide6/Qt/lib", "_internal/PySide6/Qt/plugins", "_internal/PySide6/Qt",
          "_internal/av.libs", "_internal/numpy.libs", "_internal/PySide6", "_internal")


def find_dist(args: argparse.Namespace) -> Path:
    if args.dist:
        return Path(args.dist)
    if args.quick and not args.build:
        for candidate in (SUITE_DIST, DEFAULT_DIST):
            if all((candidate / exe / exe).is_file() for exe in APPS.values()):
                print(f"reusing bundles in {candidate}")
                return candidate
    start = time.monotonic()
    subprocess.run(["bash", str(ROOT / "packaging" / "build_linux.sh")], check=True, cwd=ROOT,
                   env=dict(os.environ, DIST_DIR=str(DEFAULT_DIST)))
    print(f"built both bundles in {time.monotonic() - start:.0f} s")
    return DEFAULT_DIST


def bundle_files(bundle: Path) -> list[Path]:
    """Regular files, not symlinks: what a zip or an MSI of the bundle carries."""
    return [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]


def contributor(rel: str) -> str:
    for prefix in _SPLIT:
        if rel.startswith(prefix + "/"):
            head = rel[len(prefix) + 1:].split("/", 1)[0]
            return f"{prefix}/{head}".removeprefix("_internal/")
    return rel.split("/", 1)[0]


def top_contributors(bundle: Path, n: int = 20) -> list[tuple[str, float]]:
    sizes: Counter[str] = Counter()
    for path in bundle_files(bundle):
        sizes[contributor(path.relative_to(bundle).as_posix())] += path.stat().st_size
    return [(name, round(size / MB, 1)) for name, size in sizes.most_common(n)]


def zip_size(bundle: Path, out: Path) -> int:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(bundle_files(bundle)):
            zf.write(path, f"{bundle.name}/{path.relative_to(bundle).as_posix()}")
    return out.stat().st_size


def msi_size(bundle: Path, app: str, out: Path) -> int:
    sys.path.insert(0, str(ROOT / "packaging" / "windows"))
    import wxs_tools

    wxs_tools.build_msi(bundle, app, "0.0.1", out)
    return out.stat().st_size


def evict(bundle: Path) -> None:
    """Drop the bundle's files (only those) from the page cache.

    A bundle just written by PyInstaller sits in the cache in large folios, and the
    kernel then maps whole folios on a page fault: the same program shows ~17 MB more
    RSS than after its files were read back from disk. Evicting first makes idle RSS
    comparable between builds, and the first start a cold one."""
    for path in bundle_files(bundle):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AGENT_DESKTOP_SMOKE_DELAY_MS="0",
               CUSTOMER_CLIENT_SMOKE_DELAY_MS="0")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(home / var.lower())
    return env


def cold_start(exe: Path, runs: int) -> tuple[float, float]:
    """(first run, median of the rest): spawn to the --smoke-test marker (first window shown).
    The first run starts with the bundle's files out of the page cache."""
    evict(exe.parent)
    times = []
    with tempfile.TemporaryDirectory() as home:
        for _ in range(runs):
            start = time.perf_counter()
            proc = subprocess.Popen([str(exe), "--smoke-test", "--hub-url", "ws://127.0.0.1:9/ws"],
                                    env=_env(Path(home)), stdout=subprocess.PIPE,
                                    stderr=subprocess.DEVNULL, text=True)
            assert proc.stdout is not None
            line = proc.stdout.readline()
            times.append(time.perf_counter() - start)
            proc.wait(60)
            if not line.startswith("SMOKE-TEST OK"):
                raise RuntimeError(f"{exe.name}: no smoke marker: {line!r}")
    return times[0], statistics.median(times[1:] or times)


def idle_rss(exe: Path, seconds: float) -> tuple[float, list[tuple[str, float]]]:
    """RSS of the bundled customer client on its first screen (the language choice; it
    connects to the real hub given when the customer picks a service), and the mapped
    files that hold most of it."""
    import psutil

    from tests.hubkit import launch_hub_process

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "hub"
        data.mkdir()
        hub = launch_hub_process(data)
        evict(exe.parent)
        try:
            env = _env(Path(tmp)) | {"CUSTOMER_TOKEN": hub.customer_token("bench-1")}
            proc = subprocess.Popen([str(exe), "--hub-url", hub.ws_url], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                time.sleep(seconds)
                client = psutil.Process(proc.pid)
                if proc.poll() is not None:
                    raise RuntimeError(f"the bundled client exited with {proc.returncode}")
                rss = client.memory_info().rss / MB
                maps = sorted(client.memory_maps(grouped=True), key=lambda m: -m.rss)
                top = [(Path(m.path).name or m.path, round(m.rss / MB, 1)) for m in maps[:12]]
            finally:
                proc.terminate()
                proc.wait(10)
        finally:
            hub.proc.terminate()
            hub.proc.wait(10)
    return rss, top


def measure_app(app: str, bundle: Path, work: Path, runs: int) -> dict[str, object]:
    files = bundle_files(bundle)
    unpacked = sum(p.stat().st_size for p in files) / MB
    zipped = zip_size(bundle, work / f"{app}.zip") / MB
    msi = msi_size(bundle, app, work / f"{app}.msi") / MB
    first, median = cold_start(bundle / bundle.name, runs)
    top = top_contributors(bundle)
    print(f"\n{app}: {unpacked:.0f} MB unpacked in {len(files)} files, zip {zipped:.1f} MB, "
          f"MSI {msi:.1f} MB; cold start {first:.2f} s first run, {median:.2f} s median of {runs}")
    for name, size in top:
        print(f"  {size:7.1f} MB  {name}")
    return {
        f"{app}_unpacked_mb": round(unpacked, 1),
        f"{app}_files": len(files),
        f"{app}_zip_mb": round(zipped, 1),
        f"{app}_msi_mb": round(msi, 1),
        f"{app}_download_mb": round(max(zipped, msi), 1),
        f"{app}_bundle_first_start_s": round(first, 3),
        f"{app}_bundle_start_s": round(median, 3),
        f"{app}_top20": top,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="reuse built bundles; fewer runs")
    parser.add_argument("--build", action="store_true", help="build the bundles even with --quick")
    parser.add_argument("--dist", help="directory holding customer-client/ and agent-desktop/")
    args = parser.parse_args()
    runs, idle = (3, 5.0) if args.quick else (7, 10.0)
    dist = find_dist(args)
    result: dict[str, object] = {"dist": str(dist), "quick": args.quick}
    with tempfile.TemporaryDirectory(prefix="bundle-bench-") as tmp:
        for app, exe in APPS.items():
            result |= measure_app(app, dist / exe, Path(tmp), runs)
    rss, maps = idle_rss(dist / "customer-client" / "customer-client", idle)
    print(f"\ncustomer client idle RSS after {idle:.0f} s on its first screen (real hub "
          f"given): {rss:.0f} MB; largest mappings:")
    for name, size in maps:
        print(f"  {size:7.1f} MB  {name}")
    result["customer_client_idle_rss_mb"] = round(rss, 1)
    result["meets_targets"] = all(float(result[k]) <= v for k, v in TARGETS.items())  # type: ignore[arg-type]
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
