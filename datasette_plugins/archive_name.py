"""The archive is served as the database `archive`, whatever its file is called.

Datasette names a database after its file, but data/metadata.yml (descriptions, facets, canned
queries, the search page) and the home page's links are keyed to `archive`: served as
`polri-2024`, a copy of the archive would get bare tables and links that lead nowhere. So when
Datasette serves a single database file, it is the archive, and it takes that name. With several
files, each keeps its own name and only one called archive.db gets the publication.
"""

from datasette import hookimpl

ARCHIVE = "archive"


@hookimpl
def startup(datasette):
    files = [db for db in datasette.databases.values() if db.path]
    if len(files) == 1 and files[0].name != ARCHIVE:
        (archive,) = files
        datasette.remove_database(archive.name)
        datasette.add_database(archive, name=ARCHIVE)
