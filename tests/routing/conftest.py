import pytest

from service_hub.routing import QueueCatalog, load_queues


@pytest.fixture(scope="session")
def catalog() -> QueueCatalog:
    """The shipped resources/queues.toml."""
    return load_queues()
