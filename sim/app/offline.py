"""The app works offline and never fetches from the internet on a browser's behalf.

Solara serves `/_solara/cdn/<path>` from the assets installed with it (the `solara-assets`
package fills the cache at set-up) and, for any path it lacks, fetches it from a public CDN,
retrying for about 7 s: any request could make the server reach out, and a burst of them tie
up its threads. Here a path that is not installed is refused at once.
"""


class NotInstalled(FileNotFoundError):
    """An asset the app does not ship; it is never fetched."""


def refuse_cdn_fetches() -> None:
    """Make Solara's CDN proxy serve installed assets only (call before the server serves)."""
    import solara.server.cdn_helper as cdn

    def refuse(url: str) -> bytes:
        raise NotInstalled(f"{url}: not installed with the app; the app does not fetch it")

    cdn.fetch_from_cdn = refuse
