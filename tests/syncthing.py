"""Real Syncthing instances for tests: several on 127.0.0.1, one shared folder, nothing leaves the machine.

Each instance has a home of its own (keys made by `syncthing generate`), listens on a free loopback
port, knows the others by their loopback addresses only, and has global and local discovery, relays,
NAT traversal, usage reports, upgrades and the web GUI off. The shared folder is watched and rescanned
every few seconds. Every instance is stopped when the block ends, whatever happened inside it.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FOLDER_ID = "eventdesk-uji"
STOP_SECONDS = 10


@dataclass
class Instance:
    home: Path
    folder: Path
    port: int
    device_id: str
    process: subprocess.Popen | None = None


def available() -> bool:
    return shutil.which("syncthing") is not None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _environment(home: Path) -> dict[str, str]:
    return {**os.environ, "HOME": str(home), "STNOUPGRADE": "1", "STNODEFAULTFOLDER": "1", "STNORESTART": "1"}


def _generate(home: Path) -> str:
    result = subprocess.run(
        ["syncthing", "generate", f"--home={home}", "--no-default-folder"],
        capture_output=True,
        text=True,
        timeout=60,
        env=_environment(home),
        check=True,
    )
    found = re.search(r"Device ID: ([A-Z0-9-]{63})", result.stdout + result.stderr)
    assert found, result.stdout + result.stderr
    return found.group(1)


def _config(me: Instance, everyone: list[Instance]) -> str:
    shared_with = "".join(f'<device id="{other.device_id}"></device>' for other in everyone)
    devices = "".join(
        f'<device id="{other.device_id}" name="meja-{n}" compression="metadata" introducer="false">'
        f"<address>tcp://127.0.0.1:{other.port}</address></device>"
        for n, other in enumerate(everyone)
    )
    return f"""<configuration version="36">
    <folder id="{FOLDER_ID}" label="EventDesk" path="{me.folder}" type="sendreceive" rescanIntervalS="5"
            fsWatcherEnabled="true" fsWatcherDelayS="1">{shared_with}</folder>
    {devices}
    <gui enabled="false" tls="false"><address>127.0.0.1:{_free_port()}</address></gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{me.port}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <startBrowser>false</startBrowser>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <reconnectionIntervalS>2</reconnectionIntervalS>
    </options>
</configuration>
"""


@contextlib.contextmanager
def cluster(root: Path, count: int) -> Iterator[list[Instance]]:
    """`count` Syncthing instances sharing one folder (each its own copy of it), stopped at the end."""
    instances: list[Instance] = []
    for n in range(count):
        home, folder = root / f"syncthing-{n}", root / f"folder-{n}"
        folder.mkdir(parents=True)
        (folder / ".stfolder").mkdir()
        instances.append(Instance(home, folder, _free_port(), _generate(home)))
    try:
        for instance in instances:
            (instance.home / "config.xml").write_text(_config(instance, instances), encoding="utf-8")
            log = (instance.home / "syncthing.log").open("wb")
            instance.process = subprocess.Popen(
                ["syncthing", "serve", f"--home={instance.home}", "--no-browser", "--no-restart", "--no-upgrade"],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=_environment(instance.home),
            )
            log.close()
        yield instances
    finally:
        for instance in instances:
            if instance.process is not None and instance.process.poll() is None:
                instance.process.terminate()
        for instance in instances:
            if instance.process is None:
                continue
            try:
                instance.process.wait(timeout=STOP_SECONDS)
            except subprocess.TimeoutExpired:
                instance.process.kill()
                instance.process.wait(timeout=STOP_SECONDS)


def log_tail(instance: Instance, lines: int = 30) -> str:
    path = instance.home / "syncthing.log"
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""
