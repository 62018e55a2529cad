; Inno Setup 6 script: a per-user installer for Letter Composer (no administrator prompt).
; Build the folder app first (python packaging\build.py), then from the repository's top:
;   iscc /DAppVersion=0.1.0 packaging\windows\letter-composer.iss
; The installer lands in dist\LetterComposer-<version>-setup.exe.
; .github/workflows/installers.yml does both on windows-latest.

#define AppName "Letter Composer"
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppExe "Letter Composer.exe"
#define CliExe "letter-composer.exe"
#define SourceDir "..\..\dist\letter-composer"

[Setup]
; Never change AppId: Windows uses it to find an earlier install to upgrade.
AppId=org.lettercomposer.LetterComposer
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Letter Composer contributors
AppPublisherURL=https://lettercomposer.org/
VersionInfoVersion={#AppVersion}
; Per-user: installs to %LOCALAPPDATA%\Programs\Letter Composer, registry under HKCU.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=LetterComposer-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\letter-composer.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries wholesale; stale ones must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Write letters for Urgent Actions"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; File associations, per user (HKA is HKCU for a non-administrative install).
; .lcpack: a case pack (zip of cases and templates); .lccase: one case (TOML text).
Root: HKA; Subkey: "Software\Classes\.lcpack"; ValueType: string; ValueName: ""; ValueData: "LetterComposer.Pack"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.lcpack"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-letter-composer-pack"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.lcpack\OpenWithProgids"; ValueType: string; ValueName: "LetterComposer.Pack"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\LetterComposer.Pack"; ValueType: string; ValueName: ""; ValueData: "Letter Composer case pack"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\LetterComposer.Pack\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\LetterComposer.Pack\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

Root: HKA; Subkey: "Software\Classes\.lccase"; ValueType: string; ValueName: ""; ValueData: "LetterComposer.Case"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.lccase"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-letter-composer-case"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.lccase\OpenWithProgids"; ValueType: string; ValueName: "LetterComposer.Case"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\LetterComposer.Case"; ValueType: string; ValueName: ""; ValueData: "Letter Composer case"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\LetterComposer.Case\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\LetterComposer.Case\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

; "Open with" lists the app for both types.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".lcpack"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".lccase"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
