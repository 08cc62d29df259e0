"""The engine floor for the benchmarks: a bare Scrapy spider that fetches the article pages and reads their titles.

    python tools/bench/bare_spider.py URLS_FILE

Scrapy's own default settings (no project settings, pipelines or middlewares of this project), with
the concurrency a mirror-mode crawl uses; URLS_FILE holds one URL a line. Prints the number of titles read.
"""

import sys

import scrapy
from scrapy.crawler import CrawlerProcess


class TitleSpider(scrapy.Spider):
    name = "title_only"

    def __init__(self, urls: list[str], **kwargs):
        super().__init__(**kwargs)
        self.urls = urls
        self.titles = 0

    async def start(self):
        for url in self.urls:
            yield scrapy.Request(url)

    def parse(self, response):
        title = response.css("title::text").get()
        self.titles += bool(title)
        yield {"title": title}


def main(path: str) -> None:
    with open(path, encoding="utf-8") as f:
        urls = [line.strip() for line in f if line.strip()]
    process = CrawlerProcess(
        settings={"LOG_LEVEL": "WARNING", "CONCURRENT_REQUESTS": 8, "CONCURRENT_REQUESTS_PER_DOMAIN": 8}
    )
    crawler = process.create_crawler(TitleSpider)
    process.crawl(crawler, urls=urls)
    process.start()
    print(crawler.spider.titles, file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
