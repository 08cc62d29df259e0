"""The Lua scripts of the shared crawl (lua/*.lua), read once at import.

Each runs inside Redis in one step, so that no worker killed half-way leaves the frontier, the leases
or a host's politeness slots inconsistent. Read through importlib.resources, so that they load from
the egg Scrapyd runs as well as from a checkout.
"""

from importlib.resources import files


def _script(name: str) -> str:
    return files(__package__).joinpath("lua", f"{name}.lua").read_text(encoding="utf-8")


POP = _script("pop")  # take the best request under a lease
ENQUEUE = _script("enqueue")  # mark seen and queue, releasing the lease it replaces
BEAT = _script("beat")  # heartbeat: take back dead workers' leases, start a new round
GIVE_BACK = _script("give_back")  # a worker stopping early gives its requests back
OTHERS_BUSY = _script("others_busy")  # leases held by the other live workers
PUSH_ITEM = _script("push_item")  # an article to the writer, once per round
ACQUIRE = _script("acquire")  # a host's politeness slot, across workers
