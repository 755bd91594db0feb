"""The calendar feed: a private ICS address per person (`links`) and what it holds (`feed`).

Calendar apps subscribe to the address and fetch it now and then without signing in, so the
secret in the address is the only key: whoever has it can read these events, and `links.rotate`
gives a new one, after which the old address answers 404.
"""
