"""The Tribun regional network: every <region>.tribunnews.com portal."""

from crawler.outlets import TRIBUN
from crawler.spiders.base import OutletSpider


class TribunSpider(OutletSpider):
    name = "tribun"
    outlet = TRIBUN
