"""The `sessions` section: the client's advice allowance, advice sessions and follow-ups, merged by uuid.

A timer that runs on the sender's computer does not travel: sessions carry their counted minutes only, and an
update from a package leaves a local running timer as it is.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from tender_helper.core.errors import QT_TRANSLATE_NOOP
from tender_helper.handoff.errors import PackageDamaged
from tender_helper.handoff.merge import decide, parse_time
from tender_helper.handoff.sections import ExportContext, ImportContext
from tender_helper.storage.sessions_repo import AdviceSession, AdviserClient, FollowUp, SessionRepository, Topic


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def client_json(client: AdviserClient) -> dict[str, Any]:
    return {
        "allowance_minutes": client.allowance_minutes,
        "programme": client.programme,
        "updated_at": _time(client.updated_at),
    }


def session_json(advice: AdviceSession) -> dict[str, Any]:
    return {
        "uuid": advice.uuid,
        "started_at": advice.started_at.isoformat(),
        "minutes": advice.minutes,
        "topics": [topic.value for topic in advice.topics],
        "notes": advice.notes,
        "updated_at": _time(advice.updated_at),
    }


def follow_up_json(item: FollowUp, session_uuid: str | None) -> dict[str, Any]:
    return {
        "uuid": item.uuid,
        "session_uuid": session_uuid,
        "text": item.text,
        "owner": item.owner,
        "due": item.due.isoformat() if item.due else None,
        "done": item.done,
        "updated_at": _time(item.updated_at),
    }


def session_label(data: dict[str, Any]) -> str:
    return f"{str(data['started_at'])[:16].replace('T', ' ')}, {data['minutes']} min"


class SessionsSection:
    name = "sessions"
    version = 1

    def export(self, ctx: ExportContext) -> Any:
        repo = SessionRepository(ctx.session)
        client = repo.client(ctx.company_id)
        sessions = repo.sessions(ctx.company_id) if ctx.options.include_sessions else []
        uuids = {advice.id: advice.uuid for advice in sessions}
        items = repo.follow_ups(ctx.company_id) if ctx.options.include_sessions else []
        return {
            "client": client_json(client) if client.updated_at is not None else None,
            "sessions": [session_json(advice) for advice in sorted(sessions, key=lambda a: a.uuid)],
            "follow_ups": [
                follow_up_json(item, uuids.get(item.session_id)) for item in sorted(items, key=lambda f: f.uuid)
            ],
        }

    def merge(self, ctx: ImportContext, data: Any) -> None:
        repo = SessionRepository(ctx.session)
        company_id = ctx.require_company()
        if data.get("client") is not None:
            self._merge_client(ctx, repo, company_id, data["client"])
        session_ids: dict[str, int] = {}
        for incoming in data.get("sessions", []):
            session_ids[incoming["uuid"]] = self._merge_session(ctx, repo, company_id, incoming)
        for incoming in data.get("follow_ups", []):
            self._merge_follow_up(ctx, repo, company_id, incoming, session_ids)

    def _merge_client(self, ctx: ImportContext, repo: SessionRepository, company_id: int, incoming: Any) -> None:
        client = repo.client(company_id)
        local = client_json(client) if client.updated_at is not None else None
        change = ctx.record(decide(self.name, "client", incoming.get("programme") or "", local, incoming, ctx.choose))
        if change.writes:
            repo.save_client(
                AdviserClient(company_id, incoming.get("allowance_minutes"), str(incoming.get("programme", ""))),
                stamp=parse_time(incoming.get("updated_at")),
            )

    def _merge_session(self, ctx: ImportContext, repo: SessionRepository, company_id: int, incoming: Any) -> int:
        local = repo.by_uuid(str(incoming["uuid"]))
        if local is not None and local.company_id != company_id:
            raise _foreign()
        local_json = session_json(local) if local else None
        change = ctx.record(
            decide(self.name, str(incoming["uuid"]), session_label(incoming), local_json, incoming, ctx.choose)
        )
        if not change.writes:
            assert local is not None and local.id is not None
            return local.id
        known = {topic.value for topic in Topic}
        values = AdviceSession(
            company_id=company_id,
            uuid=str(incoming["uuid"]),
            started_at=datetime.fromisoformat(incoming["started_at"]),
            minutes=int(incoming["minutes"]),
            topics=tuple(Topic(t) for t in incoming.get("topics", []) if t in known),
            notes=str(incoming.get("notes", "")),
        )
        if local is not None:
            values = replace(values, id=local.id, running_since=local.running_since)
        stored = repo.save(values, stamp=parse_time(incoming.get("updated_at")))
        assert stored.id is not None
        return stored.id

    def _merge_follow_up(
        self, ctx: ImportContext, repo: SessionRepository, company_id: int, incoming: Any, session_ids: dict[str, int]
    ) -> None:
        local = repo.follow_up_by_uuid(str(incoming["uuid"]))
        if local is not None and local.company_id != company_id:
            raise _foreign()
        local_session = repo.get(local.session_id).uuid if local and local.session_id else None
        local_json = follow_up_json(local, local_session) if local else None
        change = ctx.record(
            decide("follow_ups", str(incoming["uuid"]), str(incoming["text"]), local_json, incoming, ctx.choose)
        )
        if not change.writes:
            return
        session_uuid = incoming.get("session_uuid")
        if session_uuid and session_uuid not in session_ids:
            known_session = repo.by_uuid(str(session_uuid))
            if known_session is not None and known_session.id is not None:
                session_ids[session_uuid] = known_session.id
        due = incoming.get("due")
        repo.save_follow_up(
            FollowUp(
                id=local.id if local else None,
                uuid=str(incoming["uuid"]),
                company_id=company_id,
                session_id=session_ids.get(session_uuid) if session_uuid else None,
                text=str(incoming["text"]),
                owner=str(incoming.get("owner", "")),
                due=date.fromisoformat(due) if due else None,
                done=bool(incoming.get("done", False)),
            ),
            stamp=parse_time(incoming.get("updated_at")),
        )


def _foreign() -> PackageDamaged:
    return PackageDamaged(
        QT_TRANSLATE_NOOP(
            "Errors", "The package holds a session that belongs to another company here. Nothing was imported."
        )
    )
