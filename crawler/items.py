"""Items: what a spider hands to the pipelines.

A spider only navigates; it yields an `ArticlePage` with the raw page and the
facts of its fetch. The pipelines fill in the remaining fields, which are the
archive's column names (see pipelines/schema.py).
"""

import scrapy


class ArticlePage(scrapy.Item):
    # Filled by the spider.
    url = scrapy.Field()  # the URL that was fetched (the original, even in mirror mode)
    outlet = scrapy.Field()  # Outlet.key
    host = scrapy.Field()
    html = scrapy.Field()  # decoded page text
    status = scrapy.Field()
    headers = scrapy.Field()  # dict of response headers
    fetched_at = scrapy.Field()  # ISO 8601, UTC
    discovered_via = scrapy.Field()  # feed / sitemap / listing URL that led here
    # Filled by the pipelines: the article's fields (archive columns).
    article = scrapy.Field()
    refused = scrapy.Field()  # why the extract stage found no article in the page, if it found none

    def __repr__(self):
        # The raw page is large: log the URL and the title, not the HTML.
        title = (self.get("article") or {}).get("title")
        return f"<ArticlePage {self.get('url')} {title!r}>" if title else f"<ArticlePage {self.get('url')}>"
