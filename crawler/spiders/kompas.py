"""Kompas.com Regional; its tag pages live on www.kompas.com."""

from crawler.outlets import KOMPAS
from crawler.spiders.base import OutletSpider


class KompasSpider(OutletSpider):
    name = "kompas"
    outlet = KOMPAS
