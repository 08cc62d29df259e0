"""Tribrata News: Polri's own news site (Divisi Humas), an Odoo blog."""

from crawler.outlets import TRIBRATANEWS
from crawler.spiders.base import OutletSpider


class TribrataNewsSpider(OutletSpider):
    name = "tribratanews"
    outlet = TRIBRATANEWS
