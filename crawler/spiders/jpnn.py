"""JPNN.com, the national portal."""

from crawler.outlets import JPNN
from crawler.spiders.base import OutletSpider


class JpnnSpider(OutletSpider):
    name = "jpnn"
    outlet = JPNN
