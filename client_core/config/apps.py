"""Names under which each program keeps its settings and IT finds its policy."""

from __future__ import annotations

from dataclasses import dataclass

VENDOR = "Kela"


@dataclass(frozen=True)
class AppIdentity:
    key: str  # Python package name, e.g. "agent_desktop"
    name: str  # registry key and platformdirs app name, e.g. "AgentDesktop"
    display_name: str  # shown to people
    bundle_id: str  # macOS bundle identifier == managed-preferences domain
    linux_dir: str  # /etc/<linux_dir>/policy.toml
    vendor: str = VENDOR

    @property
    def registry_key(self) -> str:
        """Path under HKEY_LOCAL_MACHINE that the MSI writes and GPO manages."""
        return rf"SOFTWARE\Policies\{self.vendor}\{self.name}"


AGENT_DESKTOP = AppIdentity(
    key="agent_desktop",
    name="AgentDesktop",
    display_name="Agent Desktop",
    bundle_id="fi.kela.agentdesktop",
    linux_dir="kela-agent-desktop",
)
CUSTOMER_CLIENT = AppIdentity(
    key="customer_client",
    name="CustomerClient",
    display_name="Customer Client",
    bundle_id="fi.kela.customerclient",
    linux_dir="kela-customer-client",
)
APPS = {app.key: app for app in (AGENT_DESKTOP, CUSTOMER_CLIENT)}
