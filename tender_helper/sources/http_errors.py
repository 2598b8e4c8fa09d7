"""Typed errors of the notice-source HTTP layer, each with a message a non-technical user can act on."""

from __future__ import annotations

from tender_helper.core.errors import QT_TRANSLATE_NOOP, SourceError


class NetworkUnavailable(SourceError):
    """The source could not be reached at all (no connection, DNS failure, refused connection)."""

    TEMPLATE = QT_TRANSLATE_NOOP(
        "Errors",
        "{source} could not be reached. Check your internet connection; your saved notices are still available.",
    )

    def __init__(self, *, source: str, detail: str = "") -> None:
        super().__init__(self.TEMPLATE, source=source)
        self.detail = detail


class SourceTimeout(NetworkUnavailable):
    """The source accepted the connection but did not answer in time, even after retrying."""

    TEMPLATE = QT_TRANSLATE_NOOP(
        "Errors",
        "{source} did not answer in time. Please try again later; your saved notices are still available.",
    )


class SourceRateLimited(SourceError):
    """The source asked us to slow down (HTTP 429) for longer than we are willing to wait."""

    def __init__(self, *, source: str, retry_after: float | None = None) -> None:
        minutes = max(1, round((retry_after or 60) / 60))
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{source} is busy and asked Tender Helper to wait. Please try again in about {minutes} minute(s); "
                "your saved notices are still available.",
            ),
            source=source,
            minutes=minutes,
        )
        self.retry_after = retry_after


class SourceServerError(SourceError):
    """The source kept answering with a server error (HTTP 5xx)."""

    def __init__(self, *, source: str, status: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{source} is having technical problems (error {status}). Please try again later; "
                "your saved notices are still available.",
            ),
            source=source,
            status=status,
        )
        self.status = status


class SourceRequestRejected(SourceError):
    """The source refused the request (HTTP 4xx other than 429); `body` holds what it said, for diagnosis."""

    def __init__(self, *, source: str, status: int, body: bytes = b"") -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{source} refused the request (error {status}). Tender Helper may need an update; "
                "your saved notices are still available.",
            ),
            source=source,
            status=status,
        )
        self.status = status
        self.body = body


class SourceBadResponse(SourceError):
    """The source answered, but with something that is not what was asked for; `what` names what came back."""

    def __init__(self, *, source: str, what: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{source} sent a reply Tender Helper could not read ({what}). Please try again later; "
                "if it keeps happening, the service may have changed.",
            ),
            source=source,
            what=what,
        )
        self.what = what


class SourceQueryError(SourceError):
    """The source rejected the search built from the profile (TED: QUERY_* and UNSUPPORTED_VALUE errors)."""

    def __init__(self, *, source: str, error_type: str, detail: str = "") -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{source} did not accept the search built from your profile ({error_type}{detail}). "
                "Check the profile's codes and countries; if they look right, Tender Helper may need an update.",
            ),
            source=source,
            error_type=error_type,
            detail=f": {detail}" if detail else "",
        )
        self.error_type = error_type


class IterationTokenExpired(SourceError):
    """The paging position of an interrupted search is no longer valid; search again from the last date seen."""

    def __init__(self, *, source: str, error_type: str = "EXPIRED_ITERATION_TOKEN") -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The interrupted download from {source} cannot be continued. Start it again; "
                "it will resume from the last notices already saved.",
            ),
            source=source,
        )
        self.error_type = error_type


class SourceCancelled(SourceError):
    """The user cancelled the download; raised between requests, never in the middle of one."""

    def __init__(self, *, source: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The download from {source} was cancelled."),
            source=source,
        )
