"""The pure core of the pipelines, in their order: page in, archive row out.

Used by `scrapy extract` and by re-extraction from stored pages, so both give
exactly what a crawl stores.
"""

from pipelines.extract import extract_article


def process_page(html: str, url: str) -> dict:
    """All derived fields of one page (extraction now; classification and
    award structure join here as their stages land)."""
    return extract_article(html, url)
