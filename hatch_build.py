"""Build hook: put the data package into the wheel as ``azru/_data`` (see ``azru.location``).

Only what the package consists of is shipped: ``datapackage.json``, every file
its resources list (tables other workers add come along), the geometry under
``geo/``, the README and the pages it links (``CODING.md``, ``LICENSE.md``). An editable install ships nothing: it reads the
checkout's ``data/``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def data_files(data: Path) -> list[str]:
    """The files of the data package in ``data``, relative to it."""
    package = json.loads((data / "datapackage.json").read_text(encoding="utf-8"))
    listed = [str(resource["path"]) for resource in package["resources"] if "path" in resource]
    extra = [p.relative_to(data).as_posix() for p in sorted((data / "geo").glob("*")) if p.is_file()]
    # The READMEs link CODING.md and LICENSE.md: shipped too, so no link of a shipped file leads nowhere.
    return ["datapackage.json", "README.md", "CODING.md", "LICENSE.md", *listed, *extra]


class CustomBuildHook(BuildHookInterface):
    """Adds the data package to a wheel (not to an editable one)."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        data = Path(self.root) / "data"
        for name in data_files(data):
            build_data["force_include"][str(data / name)] = f"azru/_data/{name}"
