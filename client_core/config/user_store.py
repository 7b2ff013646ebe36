"""The user's own settings: a small JSON file under platformdirs' config dir.

JSON because the standard library both reads and writes it (tomllib only
reads), so the store stays pure Python and testable without Qt.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from .apps import AppIdentity
from .schema import SPEC_BY_KEY, Layer, SettingValueError, Source

FILE_NAME = "settings.json"


def default_user_settings_path(app: AppIdentity) -> Path:
    # roaming=True: on Windows the file follows the user between machines.
    return platformdirs.user_config_path(app.name, app.vendor, roaming=True) / FILE_NAME


class UserSettingsStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> Layer:
        """Raw values from the file; a missing file is an empty layer, a broken one a problem."""
        layer = Layer(Source.USER, str(self.path), {})
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return layer
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            layer.problem(None, f"cannot read user settings, ignoring them: {exc}")
            return layer
        if not isinstance(data, dict):
            layer.problem(None, "user settings are not a JSON object, ignoring them")
            return layer
        for key, value in data.items():
            if key in SPEC_BY_KEY:
                layer.values[key] = value
            else:
                layer.problem(key, "unknown setting, ignored")
        return layer

    def update(self, changes: Mapping[str, object | None]) -> None:
        """Validate and store changes; a value of None removes the key (back to policy/default).

        Raises SettingValueError for unknown keys, policy-only keys and bad values,
        before anything is written.
        """
        current = self.read().values
        for key, value in changes.items():
            spec = SPEC_BY_KEY.get(key)
            if spec is None:
                raise SettingValueError(f"unknown setting {key!r}")
            if spec.policy_only:
                raise SettingValueError(f"{key} can only be set by machine policy")
            if value is None:
                current.pop(key, None)
            else:
                current[key] = spec.coerce(value)
        self._write(current)

    def _write(self, values: Mapping[str, object]) -> None:
        # Write to a temporary file and rename, so a crash never leaves half a file.
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(dict(sorted(values.items())), fh, indent=2, ensure_ascii=False)
                fh.write("\n")
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
