"""Every field the archive derives from one page: the pure core of the pipelines, in their order.

Used by `scrapy extract` and by re-extraction from stored pages, so both give
exactly what a crawl stores.
"""

from pipelines.classify import classify_award_role
from pipelines.dedupe import minhash_signature
from pipelines.extract import extract_article
from pipelines.structure import article_units, extract_awards


def process_page(html: str, url: str) -> dict:
    """All derived fields of one page: text and metadata, award role, awards, units."""
    article = extract_article(html, url)
    role = classify_award_role(article["title"], article["text"])
    article.update(award_role=role.award_role, award_score=role.score, award_evidence=role.evidence)
    awards = (
        extract_awards(article["title"], article["text"], article["published_at"])
        if role.award_role == "received"
        else []
    )
    article["awards"] = awards
    article["units"] = article_units(article["title"], article["text"], awards)
    article["minhash"] = minhash_signature(article["text"])
    return article
