"""Hostile case packs never break a letter: refused at import, or left out at render time."""

from __future__ import annotations

import dataclasses
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from composer.model.draft import Draft, Sender
from composer.model.library import open_case, save_user_case, user_case_ids
from composer.model.packs import PackError, import_pack, read_pack, templates_dir
from composer.model.templates import take_wording_warnings, variant_count
from hostile_packs import (
    REFUSED_TEMPLATES,
    RUNTIME_HOSTILE,
    RUNTIME_REASONS,
    SAMPLE_SENDER,
    lying_member_pack,
    pack_bytes,
    write,
)

REAL = Sender("Margaret Thompson", ("42 Elm Street",), "Guelph")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def letters_for_every_wording(sender: Sender) -> list[str]:
    """The demand paragraphs of letters whose seeds between them use every demand wording."""
    case = open_case("kalesnikava")
    count = variant_count("en", "demand")
    texts: list[str] = []
    for seed in range(4 * count):
        letter = Draft.new(case, "en", sender, seed=seed).letter()
        texts.extend(letter.paragraphs)
    return texts


@pytest.mark.parametrize("kind", sorted(RUNTIME_HOSTILE))
def test_a_wording_that_turns_on_the_real_writer_is_left_out(
    tmp_path: Path, user_data: Path, kind: str
) -> None:
    """It passes the import check with the sample writer; with a real one every letter still
    has all its demands in shipped words, and one warning says which wording was left out."""
    pack = write(tmp_path / "p.lcpack", pack_bytes({"en/demand-20.j2": RUNTIME_HOSTILE[kind]}))
    assert import_pack(pack).templates == ("en/demand-20.j2",)
    take_wording_warnings()

    texts = letters_for_every_wording(REAL)

    assert not any("Zebra" in t for t in texts)
    demands = [d.text["en"].rstrip(".") for d in open_case("kalesnikava").demands]
    for demand in demands:
        assert sum(demand[1:] in t for t in texts) == 4 * variant_count("en", "demand")
    warnings = take_wording_warnings()
    assert len(warnings) == 1 and warnings[0].name == "en/demand-20.j2"
    assert RUNTIME_REASONS[kind] in warnings[0].reason
    # The sample writer still gets the pack's wording: it was left out, not banned.
    assert any("Zebra" in t for t in letters_for_every_wording(Sender(SAMPLE_SENDER)))


@pytest.mark.parametrize("kind", sorted(REFUSED_TEMPLATES))
def test_hostile_templates_are_refused_in_one_line_and_nothing_is_written(
    tmp_path: Path, user_data: Path, kind: str
) -> None:
    name, source, reason = REFUSED_TEMPLATES[kind]
    pack = write(tmp_path / "p.lcpack", pack_bytes({name: source}))
    save_user_case(dataclasses.replace(open_case("kalesnikava"), id="mine"))
    before = snapshot(user_data)
    tracemalloc.start()
    try:
        with pytest.raises(PackError) as refused:
            import_pack(pack)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    message = str(refused.value)
    assert "\n" not in message and name in message and reason in message
    assert snapshot(user_data) == before
    assert peak < 20 * 1024 * 1024  # 'x'*10000*10000*5 was built (611 MB) before it was refused


def test_a_file_named_like_a_shipped_wording_adds_and_never_replaces(user_data: Path) -> None:
    """A custom salutation-1/demand-1 in the user's folder (an old pack's) changes nothing a
    letter must say: the recipient's salutation and every demand stay."""
    shipped_openings = variant_count("en", "opening")
    folder = templates_dir() / "en"
    folder.mkdir(parents=True)
    (folder / "salutation-1.j2").write_text("Hey you,", encoding="utf-8")
    (folder / "demand-1.j2").write_text("Keep up the good work.", encoding="utf-8")
    (folder / "opening-1.j2").write_text("Zebra writes about {{ people }}.", encoding="utf-8")
    take_wording_warnings()

    case = open_case("kalesnikava")
    letters = [Draft.new(case, "en", REAL, seed=seed).letter() for seed in range(16)]

    assert {letter.salutation for letter in letters} == {"Dear Minister,"}
    texts = [p for letter in letters for p in letter.paragraphs]
    assert not any("good work" in t for t in texts)
    for demand in case.demands:
        wanted = demand.text["en"][1:].rstrip(".")
        assert all(wanted in " ".join(letter.paragraphs) for letter in letters)
    # The shipped openings are all still in use, and the custom one comes after them.
    assert variant_count("en", "opening") == shipped_openings + 1
    assert any("Zebra writes" in t for t in texts)
    assert {str(w) for w in take_wording_warnings()} == {
        "the custom wording en/demand-1.j2 was left out: it leaves out the demand; "
        "a standard one is used"
    }


def test_a_pack_wording_with_a_shipped_name_is_added_under_a_new_number(
    tmp_path: Path, user_data: Path
) -> None:
    shipped_openings = variant_count("en", "opening")
    pack = write(
        tmp_path / "p.lcpack",
        pack_bytes({"en/opening-1.j2": "Zebra writes about {{ people }}."}),
    )
    assert import_pack(pack).templates == (f"en/opening-{shipped_openings + 1}.j2",)
    assert not (templates_dir() / "en" / "opening-1.j2").exists()


@pytest.mark.parametrize(
    ("compression", "reason"),
    [
        (zipfile.ZIP_BZIP2, "compression Letter Composer does not read"),
        (zipfile.ZIP_LZMA, "compression Letter Composer does not read"),
        (zipfile.ZIP_DEFLATED, "not a case pack"),
    ],
)
def test_a_member_that_lies_about_its_size_is_refused_without_inflating_it(
    tmp_path: Path, user_data: Path, compression: int, reason: str
) -> None:
    """16 MB of spaces saying they are 1,000 bytes: refused, and the process never holds them
    (bzip2 used to be inflated whole before any check: 1.8 KB became 4 GB)."""
    pack = write(tmp_path / "bomb.lcpack", lying_member_pack(compression, 16 * 1024 * 1024))
    assert pack.stat().st_size < 20_000  # bzip2: 350 bytes; deflate: 16 KB
    tracemalloc.start()
    try:
        with pytest.raises(PackError) as refused:
            read_pack(pack)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert reason in str(refused.value) and "\n" not in str(refused.value)
    assert peak < 4 * 1024 * 1024
    assert user_case_ids() == []


def test_deeply_nested_manifest_and_case_are_one_line(tmp_path: Path, user_data: Path) -> None:
    deep_json = "[" * 200_000 + "]" * 200_000
    with zipfile.ZipFile(tmp_path / "json.lcpack", "w") as archive:
        archive.writestr("manifest.json", deep_json)
    with pytest.raises(PackError) as refused:
        read_pack(tmp_path / "json.lcpack")
    assert str(refused.value) == "the pack's manifest is nested far too deeply"
    info = zipfile.ZipInfo("cases/deep.toml")
    deep_toml = "id = 'deep'\nx = " + "[" * 5000 + "]" * 5000 + "\n"
    write(tmp_path / "toml.lcpack", pack_bytes({}, extra=[(info, deep_toml.encode())]))
    with pytest.raises(PackError, match="nested far too deeply") as refused:
        read_pack(tmp_path / "toml.lcpack")
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize("device", ["con", "nul", "aux", "prn", "com1", "lpt9"])
def test_a_case_named_like_a_windows_device_is_refused_with_the_reason(
    tmp_path: Path, user_data: Path, device: str
) -> None:
    from composer.model.case import case_to_toml

    case = dataclasses.replace(open_case("kalesnikava"), id="x")
    text = case_to_toml(case).replace('id = "x"', f'id = "{device}"')
    info = zipfile.ZipInfo(f"cases/{device}.toml")
    pack = write(tmp_path / "dev.lcpack", pack_bytes({}, extra=[(info, text.encode())]))
    with pytest.raises(PackError) as refused:
        import_pack(pack)
    assert str(refused.value) == (
        f"the pack holds a case named cases/{device}.toml; its id is a name Windows keeps for "
        f"a device; choose another, like 'case-{device}'"
    )
    with pytest.raises(Exception, match="Windows keeps for a device"):
        save_user_case(dataclasses.replace(case, id=device))
    assert user_case_ids() == []


def test_an_imported_ua_about_someone_called_con_gets_a_usable_id(user_data: Path) -> None:
    from composer.model.importer import unique_id

    assert unique_id("Con", ()) == "case-con"
    assert unique_id("NUL", ()) == "case-nul"


def test_a_failure_midway_through_an_import_puts_everything_back(
    tmp_path: Path, user_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pack replaces the user's case 'mine' and adds two more and a wording; the third
    rename fails (a disk pulled out): the old 'mine' is back, nothing new is left, no
    temporary file and no new folder remain."""
    import os

    from composer.model.case import case_to_toml

    mine = dataclasses.replace(open_case("kalesnikava"), id="mine")
    save_user_case(mine)
    before = snapshot(user_data)
    extra = [
        (
            zipfile.ZipInfo(f"cases/{case_id}.toml"),
            case_to_toml(dataclasses.replace(mine, id=case_id, title=f"Pack {case_id}")).encode(),
        )
        for case_id in ("mine", "new-a", "new-b")
    ]
    pack = write(
        tmp_path / "p.lcpack",
        pack_bytes({"en/opening-9.j2": "From the pack: {{ people }}."}, extra=extra),
    )
    real_replace = os.replace
    calls: list[str] = []

    def failing_replace(src: str, dst: str) -> None:
        calls.append(str(dst))
        if len(calls) == 3:
            raise OSError(5, "Input/output error", str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(PackError) as refused:
        import_pack(pack, overwrite={"mine"})
    assert str(refused.value).startswith("the pack could not be imported (Input/output error")
    assert str(refused.value).endswith("; nothing was changed")
    monkeypatch.setattr(os, "replace", real_replace)
    assert snapshot(user_data) == before
    assert not (user_data / "templates").exists()
    assert open_case("mine").title == mine.title


def test_a_custom_wording_file_that_cannot_be_read_is_left_out(user_data: Path) -> None:
    """Not UTF-8, or megabytes long: every letter still comes, and the warning says which."""
    folder = templates_dir() / "en"
    folder.mkdir(parents=True)
    (folder / "demand-7.j2").write_bytes(b"\xff\xfe Zebra {{ demand }}")
    (folder / "demand-8.j2").write_text("{{ demand }} Zebra " * 60_000, encoding="utf-8")
    take_wording_warnings()
    letter = Draft.new(open_case("kalesnikava"), "en", REAL, seed=1).letter()
    assert len(letter.paragraphs) == 6 and "Zebra" not in " ".join(letter.paragraphs)
    assert {(w.name, w.reason) for w in take_wording_warnings()} == {
        ("en/demand-7.j2", "it cannot be read as text"),
        ("en/demand-8.j2", "it is too long to be a letter part"),
    }


def test_a_pack_export_leaves_behind_wordings_no_laptop_would_accept(
    tmp_path: Path, user_data: Path
) -> None:
    from composer.model.packs import export_pack

    folder = templates_dir() / "en"
    folder.mkdir(parents=True)
    (folder / "opening-7.j2").write_text("From {{ sender.town }}: {{ people }}.", encoding="utf-8")
    (folder / "opening-8.j2").write_bytes(b"\xff\xfe not text")
    (folder / "opening-9.j2").write_text("{{ 'x' * 10000 * 10000 }}", encoding="utf-8")
    export_pack(["kalesnikava"], tmp_path / "out.lcpack")
    with zipfile.ZipFile(tmp_path / "out.lcpack") as archive:
        names = [n for n in archive.namelist() if n.startswith("templates/")]
    assert names == ["templates/en/opening-7.j2"]


def test_a_left_out_custom_demand_wording_never_repeats_a_neighbours(user_data: Path) -> None:
    """The shipped wording put in place of a failing custom one is one no other demand uses."""
    folder = templates_dir() / "en"
    folder.mkdir(parents=True)
    (folder / "demand-1.j2").write_text("Keep up the good work.", encoding="utf-8")
    case = open_case("kalesnikava")
    custom = variant_count("en", "demand") - 1  # the custom wording comes after the shipped
    seen_custom = 0
    for seed in range(60):
        draft = Draft.new(case, "en", REAL, seed=seed)
        if custom in [b.variant for b in draft.blocks if b.key.startswith("demand-")]:
            seen_custom += 1
        demands = [b.text for b in draft.blocks if b.key.startswith("demand-")]
        openings = [" ".join(text.split()[:3]) for text in demands]
        assert len(set(openings)) == len(openings), (seed, openings)
    assert seen_custom > 10  # the failing custom wording was picked, and replaced
    take_wording_warnings()
