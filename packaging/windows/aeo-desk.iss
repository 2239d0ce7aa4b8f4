; Inno Setup 6 script: the Windows installer of AEO Desk, made from the one-folder build.
;
; On Windows, from the project root, in the project's venv (README, "Packaging"):
;   pyinstaller --noconfirm packaging\aeo-desk.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\aeo-desk.iss
; The installer is written to dist\aeo-desk-<version>-setup.exe.
;
; Per-machine install into Program Files (administrator rights), a Start menu shortcut, an
; optional desktop shortcut, and an entry in Settings > Apps to uninstall it. The user's data
; (database, settings, logs under %APPDATA%\AEO Desk) is never touched by the uninstaller.
; Paths below are relative to this file's folder.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "AEO Desk"
#define AppExe "aeo-desk.exe"
#define BuildDir "..\..\dist\aeo-desk"

[Setup]
; The reverse-DNS id used on every platform; it names the uninstall entry, so never change it.
AppId=org.example.AeoDesk
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=AEO Desk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
; Qt 6 runs on 64-bit Windows 10 (1809) and later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=aeo-desk-{#AppVersion}-setup
SetupIconFile=aeo-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: aeo-desk.exe (GUI), aeo-desk-cli.exe (console) and _internal\.
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
