"""TangerangEkspres, on the Disway network."""

from crawler.outlets import TANGERANGEKSPRES
from crawler.spiders.base import OutletSpider


class TangerangEkspresSpider(OutletSpider):
    name = "tangerangekspres"
    outlet = TANGERANGEKSPRES
