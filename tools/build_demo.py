"""Chooses the bundled sample notices from the research corpus and copies them byte for byte to resources/demo/."""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tender_helper.core.errors import TenderHelperError  # noqa: E402
from tender_helper.core.notice import Notice  # noqa: E402
from tender_helper.sources.notice_xml import parse_notice_xml  # noqa: E402

DEFAULT_CORPUS = Path("/work/shared/corpus")
# Real notices only: national/ holds synthetic SDK examples and files from repositories without a licence.
FOLDERS = ("eforms", "eforms-more/ted", "eforms-more/doffin")
COUNTRY_ORDER = ("FIN", "SWE", "DNK", "NOR")  # Norway last: the corpus has dozens of Doffin notices
KIND_ORDER = ("competition", "planning", "result")
MAX_PER_KIND = {"competition": 34, "planning": 9, "result": 5}
TED_PIPELINE = ("OP-TED/ted-rdf-conversion-pipeline", "4fcc3fdd00b1903f6be0df328abbc0b7f66ecf7b", "Apache-2.0")
DOFFIN_OCDS = ("bjornjorgensen/TED-and-Doffin-to-ocds", "116d01bf84d8c3c3118bf15973a1d781bc5cd1cf", "Apache-2.0")
_TED_MORE_NAME = re.compile(r"v(?P<sdk>[\d.]+)_sub(?P<subtype>\d+)_(?P<number>.+\.xml)")


@dataclass(frozen=True)
class Candidate:
    path: Path
    relative: str
    notice: Notice
    digest: str

    def sort_key(self) -> tuple[int, int, int, str]:
        country = self.notice.buyer.country if self.notice.buyer else None
        undated = 0 if self.notice.deadline or self.notice.participation_deadline else 1
        qualification = 2 if self.notice.notice_type == "qu-sy" else 0  # standing lists interest an SME less
        return (
            COUNTRY_ORDER.index(country) if country in COUNTRY_ORDER else len(COUNTRY_ORDER),
            KIND_ORDER.index(self.notice.kind),
            undated + qualification - min(len(self.notice.lots), 4),  # dated and with lots first
            self.relative,
        )

    def target_name(self) -> str:
        """<country>_<notice type>_<number>.xml, or the corpus name when it already starts with the country."""
        country = (self.notice.buyer.country if self.notice.buyer else None) or "XXX"
        if self.path.name.startswith(country):
            return self.path.name
        number = re.findall(r"\d+-\d+", self.path.stem)
        return f"{country}_{self.notice.notice_type or self.notice.kind}_{number[-1] if number else self.path.stem}.xml"


def usable(notice: Notice) -> bool:
    """A Nordic buyer, a kind a user looks at, no test notice, no placeholder dates."""
    title = " ".join(notice.title.values()).lower()
    deadlines = [lot.deadline for lot in notice.lots] + [lot.participation_deadline for lot in notice.lots]
    return (
        notice.buyer is not None
        and notice.buyer.country in COUNTRY_ORDER
        and notice.kind in KIND_ORDER
        and re.search(r"\btest\b", title) is None
        and all(moment is None or moment.year < 2090 for moment in deadlines)
        and (notice.publication_date is not None or notice.deadline is not None)
    )


def candidates(corpus: Path) -> list[Candidate]:
    found: dict[tuple[str, str], Candidate] = {}
    digests: set[str] = set()
    for folder in FOLDERS:
        for path in sorted((corpus / folder).glob("*.xml")):
            data = path.read_bytes()
            try:
                notice = parse_notice_xml(data, name=path.name)
            except TenderHelperError:
                continue
            digest = hashlib.sha256(data).hexdigest()
            key = (notice.source, notice.source_id)
            if key in found or digest in digests or not usable(notice):
                continue
            digests.add(digest)
            found[key] = Candidate(path, path.relative_to(corpus).as_posix(), notice, digest)
    return sorted(found.values(), key=Candidate.sort_key)


def choose(found: list[Candidate], count: int) -> list[Candidate]:
    taken: dict[str, int] = dict.fromkeys(KIND_ORDER, 0)
    chosen: list[Candidate] = []
    for candidate in found:
        kind = candidate.notice.kind
        if len(chosen) < count and taken[kind] < MAX_PER_KIND[kind]:
            taken[kind] += 1
            chosen.append(candidate)
    return chosen


def corpus_origins(corpus: Path) -> dict[str, tuple[str, str, str, str]]:
    """eforms/<file> -> (repo, path, commit, licence) from the corpus's SOURCES.md table."""
    origins: dict[str, tuple[str, str, str, str]] = {}
    for line in (corpus / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 11 and cells[0].startswith("`") and cells[0].endswith(".xml`"):
            origins["eforms/" + cells[0].strip("`")] = (cells[7], cells[8], cells[9], cells[10])
    return origins


def origin(candidate: Candidate, origins: dict[str, tuple[str, str, str, str]]) -> tuple[str, str, str, str]:
    if candidate.relative in origins:
        return origins[candidate.relative]
    name = candidate.path.name
    if candidate.relative.startswith("eforms-more/ted/"):
        match = _TED_MORE_NAME.fullmatch(name)
        assert match, name
        folder = f"eforms_sdk_v{match['sdk']}/eform_subtype_{match['subtype']}"
        path = f"`tests/test_data/eforms_samples/{folder}/{match['number']}`"
        return TED_PIPELINE[0], path, f"{TED_PIPELINE[1]} (snapshot HEAD)", TED_PIPELINE[2]
    return DOFFIN_OCDS[0], f"`xmlfile/{name}`", f"{DOFFIN_OCDS[1]} (snapshot HEAD)", DOFFIN_OCDS[2]


SOURCES_HEAD = """# resources/demo — where each sample notice comes from

Byte-for-byte copies of real public notices, chosen by `tools/build_demo.py` from the project's research
corpus (which copied them with `git show <commit>:<path>` from public GitHub repositories). Nothing was
edited; `tender-helper demo` shifts their dates when it loads them so that the calls for tender are open.
The notice content is public procurement data published in the EU Official Journal S (TED; reuse under
Commission Decision 2011/833/EU, https://ted.europa.eu/en/legal-notice) or on Doffin (Norway). Shipped as
sample data only; do not rebrand them.

| file | kind | buyer | origin repo | origin path | commit | licence of the repo |
|---|---|---|---|---|---|---|
"""


def write(chosen: list[Candidate], corpus: Path, out: Path) -> None:
    notices = out / "notices"
    if notices.exists():
        shutil.rmtree(notices)
    notices.mkdir(parents=True)
    origins = corpus_origins(corpus)
    rows = []
    for candidate in chosen:
        target = notices / candidate.target_name()
        shutil.copyfile(candidate.path, target)
        assert hashlib.sha256(target.read_bytes()).hexdigest() == candidate.digest
        repo, path, commit, licence = origin(candidate, origins)
        buyer = candidate.notice.buyer
        who = f"{buyer.name} ({buyer.country})" if buyer else ""
        kind = f"{candidate.notice.kind}/{candidate.notice.notice_type}"
        rows.append(f"| `notices/{target.name}` | {kind} | {who} | {repo} | {path} | {commit} | {licence} |")
    (out / "SOURCES.md").write_text(SOURCES_HEAD + "\n".join(rows) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "demo")
    parser.add_argument("--count", type=int, default=48)
    args = parser.parse_args()
    chosen = choose(candidates(args.corpus), args.count)
    write(chosen, args.corpus, args.out)
    for candidate in chosen:
        print(candidate.target_name())
    print(f"{len(chosen)} notices written to {args.out / 'notices'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
