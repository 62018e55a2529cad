"""The installer definitions for Windows and macOS say what we promise (they build in CI only)."""

from __future__ import annotations

import plistlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.lettercomposer.LetterComposer"


def test_macos_info_plist_declares_the_app_and_its_documents() -> None:
    """Bundle id, Retina support and both document types (packs, cases) with exported UTIs."""
    with (ROOT / "packaging" / "macos" / "Info.plist").open("rb") as fh:
        info = plistlib.load(fh)
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["NSHighResolutionCapable"] is True
    assert info["CFBundleExecutable"] == "letter-composer"
    handled = {uti for doc in info["CFBundleDocumentTypes"] for uti in doc["LSItemContentTypes"]}
    exported = {
        t["UTTypeIdentifier"]: t["UTTypeTagSpecification"]["public.filename-extension"]
        for t in info["UTExportedTypeDeclarations"]
    }
    assert exported == {
        "org.lettercomposer.pack": ["lcpack"],
        "org.lettercomposer.case": ["lccase"],
    }
    assert handled == set(exported)


def test_inno_setup_script_is_per_user_with_shortcuts_and_associations() -> None:
    """No admin prompt; Start menu and desktop shortcuts; .lcpack and .lccase open the app."""
    iss = (ROOT / "packaging" / "windows" / "letter-composer.iss").read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.MULTILINE)
    assert "{autoprograms}" in iss and "{autodesktop}" in iss
    for ext in (".lcpack", ".lccase"):
        assert f'Subkey: "Software\\Classes\\{ext}"' in iss
    assert "Root: HKLM" not in iss
    assert (ROOT / "resources" / "icons" / "letter-composer.ico").is_file()


def test_spec_bundles_for_macos_with_the_info_plist() -> None:
    """The spec's BUNDLE step reads packaging/macos/Info.plist; the workflow builds both OSes."""
    spec = (ROOT / "packaging" / "letter-composer.spec").read_text(encoding="utf-8")
    assert "BUNDLE(" in spec and '"macos" / "Info.plist"' in spec
    workflow = (ROOT / ".github" / "workflows" / "installers.yml").read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in workflow and "runs-on: macos-latest" in workflow
    assert "letter-composer.iss" in workflow
