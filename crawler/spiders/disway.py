"""The Disway network's other regional portals (Radar Lampung, Radar Cirebon, ...)."""

from crawler.outlets import DISWAY
from crawler.spiders.base import OutletSpider


class DiswaySpider(OutletSpider):
    name = "disway"
    outlet = DISWAY
