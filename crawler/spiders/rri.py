"""RRI (Radio Republik Indonesia): national and station news on one host."""

from crawler.outlets import RRI
from crawler.spiders.base import OutletSpider


class RriSpider(OutletSpider):
    name = "rri"
    outlet = RRI
