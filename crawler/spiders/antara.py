"""ANTARA: www.antaranews.com and every regional portal."""

from crawler.outlets import ANTARA
from crawler.spiders.base import OutletSpider


class AntaraSpider(OutletSpider):
    name = "antara"
    outlet = ANTARA
