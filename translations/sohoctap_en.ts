<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AchievementReport</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>no target</translation>
    </message>
    <message>
        <source>nothing to count</source>
        <translation>nothing to count</translation>
    </message>
    <message>
        <source>+%1 points: reached</source>
        <translation>+%1 points: reached</translation>
    </message>
    <message>
        <source>−%1 points: not reached</source>
        <translation>−%1 points: not reached</translation>
    </message>
</context>
<context>
    <name>AdminUnitService</name>
    <message>
        <source>This file already holds a commune; one file keeps one commune.</source>
        <translation>This file already holds a commune; one file keeps one commune.</translation>
    </message>
    <message>
        <source>Create the commune before its villages.</source>
        <translation>Create the commune before its villages.</translation>
    </message>
    <message>
        <source>A village named %1 already exists.</source>
        <translation>A village named %1 already exists.</translation>
    </message>
    <message>
        <source>The village no longer exists.</source>
        <translation>The village no longer exists.</translation>
    </message>
    <message>
        <source>Enter the new name.</source>
        <translation>Enter the new name.</translation>
    </message>
    <message>
        <source>A village named %1 already exists; merge the villages instead.</source>
        <translation>A village named %1 already exists; merge the villages instead.</translation>
    </message>
    <message>
        <source>A village cannot be merged into itself.</source>
        <translation>A village cannot be merged into itself.</translation>
    </message>
    <message>
        <source>The village to merge no longer exists.</source>
        <translation>The village to merge no longer exists.</translation>
    </message>
    <message>
        <source>The village to merge into no longer exists.</source>
        <translation>The village to merge into no longer exists.</translation>
    </message>
    <message>
        <source>Household code %1 exists in both villages. Give one of them a new code before merging.</source>
        <translation>Household code %1 exists in both villages. Give one of them a new code before merging.</translation>
    </message>
    <message>
        <source>The village to split no longer exists.</source>
        <translation>The village to split no longer exists.</translation>
    </message>
    <message>
        <source>A household to move is not in %1.</source>
        <translation>A household to move is not in %1.</translation>
    </message>
    <message>
        <source>The merger date %1 must be later than %2, the date from which %3 is recorded.</source>
        <translation>The merger date %1 must be later than %2, the date from which %3 is recorded.</translation>
    </message>
    <message>
        <source>Enter the date from which the new name is used.</source>
        <translation>Enter the date from which the new name is used.</translation>
    </message>
    <message>
        <source>The new name must start after %1, when the current name began.</source>
        <translation>The new name must start after %1, when the current name began.</translation>
    </message>
    <message>
        <source>Enter the date of the merger.</source>
        <translation>Enter the date of the merger.</translation>
    </message>
    <message>
        <source>Enter the date of the split.</source>
        <translation>Enter the date of the split.</translation>
    </message>
    <message>
        <source>Type the village&apos;s name.</source>
        <translation>Type the village&apos;s name.</translation>
    </message>
</context>
<context>
    <name>AttendanceList</name>
    <message>
        <source>Course attendance sheet</source>
        <translation>Course attendance sheet</translation>
    </message>
    <message>
        <source>The learners of a course of the learning centre with an &quot;x&quot; for each session they attended, and the totals per learner and per session.</source>
        <translation>The learners of a course of the learning centre with an &quot;x&quot; for each session they attended, and the totals per learner and per session.</translation>
    </message>
    <message>
        <source>Choose the course whose attendance sheet to make.</source>
        <translation>Choose the course whose attendance sheet to make.</translation>
    </message>
    <message>
        <source>The course chosen is not in this commune file. Choose another course.</source>
        <translation>The course chosen is not in this commune file. Choose another course.</translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; has no sessions yet. Add its sessions on the Learning centre page first.</source>
        <translation>The course &quot;%1&quot; has no sessions yet. Add its sessions on the Learning centre page first.</translation>
    </message>
</context>
<context>
    <name>AuditedWriter</name>
    <message>
        <source>A new record could not be added to %1: %2</source>
        <translation>A new record could not be added to %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>A record of %1 could not be changed: %2</source>
        <translation>A record of %1 could not be changed: %2</translation>
    </message>
    <message>
        <source>A record could not be deleted from %1: %2</source>
        <translation>A record could not be deleted from %1: %2</translation>
    </message>
    <message>
        <source>The change could not be written to the history of changes: %1</source>
        <translation>The change could not be written to the history of changes: %1</translation>
    </message>
    <message>
        <source>The record to change is no longer in %1; it may have been deleted meanwhile.</source>
        <translation>The record to change is no longer in %1; it may have been deleted meanwhile.</translation>
    </message>
    <message>
        <source>The record to delete is no longer in %1; it may have been deleted meanwhile.</source>
        <translation>The record to delete is no longer in %1; it may have been deleted meanwhile.</translation>
    </message>
    <message>
        <source>the statement was not prepared</source>
        <translation>the statement was not prepared</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Usage:
  sohoctap-cli backup list [--db FILE] [--check] [--json] [--folder DIR]
      the backups in the backup folder, newest first (only FILE&apos;s with --db); --check reads each one
  sohoctap-cli backup create --db FILE [--folder DIR]
      takes a backup of FILE now (the oldest beyond the number to keep are deleted)
  sohoctap-cli backup restore BACKUP --out NEW
      checks BACKUP and copies it into the new file NEW (never over an existing file)
The folder and the number kept are the window&apos;s (File &gt; Backups…).
</source>
        <translation>Usage:
  sohoctap-cli backup list [--db FILE] [--check] [--json] [--folder DIR]
      the backups in the backup folder, newest first (only FILE&apos;s with --db); --check reads each one
  sohoctap-cli backup create --db FILE [--folder DIR]
      takes a backup of FILE now (the oldest beyond the number to keep are deleted)
  sohoctap-cli backup restore BACKUP --out NEW
      checks BACKUP and copies it into the new file NEW (never over an existing file)
The folder and the number kept are the window&apos;s (File &gt; Backups…).
</translation>
    </message>
    <message>
        <source>Try: sohoctap-cli backup %1 --help</source>
        <translation>Try: sohoctap-cli backup %1 --help</translation>
    </message>
    <message>
        <source>Lists the backups, newest first.</source>
        <translation>Lists the backups, newest first.</translation>
    </message>
    <message>
        <source>Only the backups of this commune file.</source>
        <translation>Only the backups of this commune file.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Check each backup and count its records (slower).</source>
        <translation>Check each backup and count its records (slower).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Print JSON instead of a table.</translation>
    </message>
    <message>
        <source>The backup folder (default: the window&apos;s setting).</source>
        <translation>The backup folder (default: the window&apos;s setting).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>backup list takes no FILE; use --db FILE.</source>
        <translation>backup list takes no FILE; use --db FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Backups in %1 (keeping %n per commune file):</source>
        <translation>
            <numerusform>Backups in %1 (keeping %n per commune file):</numerusform>
            <numerusform>Backups in %1 (keeping %n per commune file):</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(unreadable)</translation>
    </message>
    <message>
        <source>ok: %1 villages, %2 households, %3 people</source>
        <translation>ok: %1 villages, %2 households, %3 people</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>PROBLEM: %1</translation>
    </message>
    <message>
        <source>Takes a backup of a commune file now.</source>
        <translation>Takes a backup of a commune file now.</translation>
    </message>
    <message>
        <source>The commune file.</source>
        <translation>The commune file.</translation>
    </message>
    <message>
        <source>backup create needs --db FILE.</source>
        <translation>backup create needs --db FILE.</translation>
    </message>
    <message>
        <source>Backup taken in %1 s: %2</source>
        <translation>Backup taken in %1 s: %2</translation>
    </message>
    <message>
        <source>Checks a backup and copies it into a new commune file (never over an existing file).</source>
        <translation>Checks a backup and copies it into a new commune file (never over an existing file).</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>The backup file.</translation>
    </message>
    <message>
        <source>The new commune file to write.</source>
        <translation>The new commune file to write.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>backup restore needs one BACKUP and --out NEW.</source>
        <translation>backup restore needs one BACKUP and --out NEW.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2. Choose an older backup (sohoctap-cli backup list).</source>
        <translation>The backup %1 cannot be restored: %2. Choose an older backup (sohoctap-cli backup list).</translation>
    </message>
    <message>
        <source>Restored %1 (%2 villages, %3 households, %4 people) into %5 in %6 s.</source>
        <translation>Restored %1 (%2 villages, %3 households, %4 people) into %5 in %6 s.</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>the file is missing</source>
        <translation>the file is missing</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>it cannot be opened (%1)</translation>
    </message>
    <message>
        <source>it is not a readable database (%1)</source>
        <translation>it is not a readable database (%1)</translation>
    </message>
    <message>
        <source>it is not a Sổ Học Tập file</source>
        <translation>it is not a Sổ Học Tập file</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Sổ Học Tập (data version %1)</source>
        <translation>it was saved by a newer version of Sổ Học Tập (data version %1)</translation>
    </message>
    <message>
        <source>its check could not run (%1)</source>
        <translation>its check could not run (%1)</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>it is damaged (%1)</translation>
    </message>
    <message>
        <source>its records cannot be read (%1)</source>
        <translation>its records cannot be read (%1)</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Before a merge</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>Taken by hand</translation>
    </message>
    <message>
        <source>It was cancelled; nothing was left behind.</source>
        <translation>It was cancelled; nothing was left behind.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be written, so no backup was taken. Choose another folder in File &gt; Backups…, or free the drive.</source>
        <translation>The backup folder %1 cannot be written, so no backup was taken. Choose another folder in File &gt; Backups…, or free the drive.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written to the disk. Check the drive, or choose another folder in File &gt; Backups….</source>
        <translation>The backup %1 could not be written to the disk. Check the drive, or choose another folder in File &gt; Backups….</translation>
    </message>
    <message>
        <source>The backup could not be named %1. Check the backup folder, or choose another one in File &gt; Backups….</source>
        <translation>The backup could not be named %1. Check the backup folder, or choose another one in File &gt; Backups….</translation>
    </message>
    <message>
        <source>No commune file is open, so no backup was taken.</source>
        <translation>No commune file is open, so no backup was taken.</translation>
    </message>
    <message>
        <source>No backup of %1 could be taken: %2. Check that the backup folder&apos;s drive has free space, or choose another folder in File &gt; Backups….</source>
        <translation>No backup of %1 could be taken: %2. Check that the backup folder&apos;s drive has free space, or choose another folder in File &gt; Backups….</translation>
    </message>
    <message>
        <source>%1 cannot be read, so no backup was taken: %2.</source>
        <translation>%1 cannot be read, so no backup was taken: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Sổ Học Tập file that can be read, so no backup was taken.</source>
        <translation>%1 is not a Sổ Học Tập file that can be read, so no backup was taken.</translation>
    </message>
    <message>
        <source>the copy failed its check (%1)</source>
        <translation>the copy failed its check (%1)</translation>
    </message>
    <message>
        <source>%1 already exists, and a restore never writes over a file. Choose another name, or move that file away first.</source>
        <translation>%1 already exists, and a restore never writes over a file. Choose another name, or move that file away first.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2. Nothing was written; choose an older backup.</source>
        <translation>The backup %1 cannot be restored: %2. Nothing was written; choose an older backup.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written. Choose another place for the restored file.</source>
        <translation>The folder %1 cannot be written. Choose another place for the restored file.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2.</source>
        <translation>The backup %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another place for the restored file.</source>
        <translation>%1 cannot be written: %2. Choose another place for the restored file.</translation>
    </message>
    <message>
        <source>The restored file %1 could not be written (%2). Check that the drive has free space; nothing was left behind.</source>
        <translation>The restored file %1 could not be written (%2). Check that the drive has free space; nothing was left behind.</translation>
    </message>
    <message>
        <source>The restored file %1 could not be written to the disk. Check the drive; nothing was left behind.</source>
        <translation>The restored file %1 could not be written to the disk. Check the drive; nothing was left behind.</translation>
    </message>
    <message>
        <source>The copy of the backup in %1 did not match the backup (%2); nothing was left behind. Check the drive, then try again.</source>
        <translation>The copy of the backup in %1 did not match the backup (%2); nothing was left behind. Check the drive, then try again.</translation>
    </message>
    <message>
        <source>different record counts</source>
        <translation>different record counts</translation>
    </message>
    <message>
        <source>The restored file could not be named %1. Choose another name; nothing was overwritten.</source>
        <translation>The restored file could not be named %1. Choose another name; nothing was overwritten.</translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <source>Clone catalogue %1 as version %2</source>
        <translation>Clone catalogue %1 as version %2</translation>
    </message>
    <message>
        <source>Save catalogue %1 as a new version</source>
        <translation>Save catalogue %1 as a new version</translation>
    </message>
    <message>
        <source>Delete catalogue %1 version %2</source>
        <translation>Delete catalogue %1 version %2</translation>
    </message>
</context>
<context>
    <name>CatalogueLibrary</name>
    <message>
        <source>The built-in criteria catalogues are missing from this build of the app.</source>
        <translation>The built-in criteria catalogues are missing from this build of the app.</translation>
    </message>
</context>
<context>
    <name>CatalogueLoader</name>
    <message>
        <source>%1: the field is missing.</source>
        <translation>%1: the field is missing.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>an object { … }</source>
        <translation>an object { … }</translation>
    </message>
    <message>
        <source>a list [ … ]</source>
        <translation>a list [ … ]</translation>
    </message>
    <message>
        <source>%1[%2]: must be text.</source>
        <translation>%1[%2]: must be text.</translation>
    </message>
    <message>
        <source>%1: unknown field; the known fields here are: %2.</source>
        <translation>%1: unknown field; the known fields here are: %2.</translation>
    </message>
    <message>
        <source>%1: must be %2.</source>
        <translation>%1: must be %2.</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;: write &quot;fact&quot; or &quot;judged&quot;.</source>
        <translation>unknown kind &quot;%1&quot;: write &quot;fact&quot; or &quot;judged&quot;.</translation>
    </message>
    <message>
        <source>unknown wording &quot;%1&quot;: write &quot;official&quot; or &quot;provincial&quot;.</source>
        <translation>unknown wording &quot;%1&quot;: write &quot;official&quot; or &quot;provincial&quot;.</translation>
    </message>
    <message>
        <source>%1: the key must be a level number (&quot;1&quot; or &quot;2&quot;).</source>
        <translation>%1: the key must be a level number (&quot;1&quot; or &quot;2&quot;).</translation>
    </message>
    <message>
        <source>%1: must be an object { … }.</source>
        <translation>%1: must be an object { … }.</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot;: write &quot;all_indicators&quot;, &quot;points&quot; or &quot;bands&quot;.</source>
        <translation>unknown rule &quot;%1&quot;: write &quot;all_indicators&quot;, &quot;points&quot; or &quot;bands&quot;.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1: line %2: not valid JSON (%3).</source>
        <translation>%1: line %2: not valid JSON (%3).</translation>
    </message>
    <message>
        <source>%1: the catalogue must be one JSON object { … }.</source>
        <translation>%1: the catalogue must be one JSON object { … }.</translation>
    </message>
    <message>
        <source>format %1 is not known to this version of the app (it reads format %2); update the app.</source>
        <translation>format %1 is not known to this version of the app (it reads format %2); update the app.</translation>
    </message>
    <message>
        <source>unknown title &quot;%1&quot;; known titles: %2.</source>
        <translation>unknown title &quot;%1&quot;; known titles: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the title %2, which is given to a %3.</source>
        <translation>&quot;%1&quot; does not match the title %2, which is given to a %3.</translation>
    </message>
</context>
<context>
    <name>CatalogueRepository</name>
    <message>
        <source>catalogue %1 version %2 in the commune file</source>
        <translation>catalogue %1 version %2 in the commune file</translation>
    </message>
    <message>
        <source>The catalogues of the commune file cannot be read (%1).</source>
        <translation>The catalogues of the commune file cannot be read (%1).</translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>Type a version label for the catalogue, e.g. &quot;2015.1-quang-nam.1&quot;.</source>
        <translation>Type a version label for the catalogue, e.g. &quot;2015.1-quang-nam.1&quot;.</translation>
    </message>
    <message>
        <source>The version &quot;%1&quot; may hold only letters without accents, digits, dots and dashes, e.g. &quot;2015.1-quang-nam.1&quot;.</source>
        <translation>The version &quot;%1&quot; may hold only letters without accents, digits, dots and dashes, e.g. &quot;2015.1-quang-nam.1&quot;.</translation>
    </message>
    <message>
        <source>Version %1 of %2 is built into the app: choose another label.</source>
        <translation>Version %1 of %2 is built into the app: choose another label.</translation>
    </message>
    <message>
        <source>Version %1 of %2 already exists in this file: choose another label.</source>
        <translation>Version %1 of %2 already exists in this file: choose another label.</translation>
    </message>
    <message>
        <source>This commune file is open read-only: the catalogue cannot be cloned.</source>
        <translation>This commune file is open read-only: the catalogue cannot be cloned.</translation>
    </message>
    <message>
        <source>A built-in catalogue cannot be changed: clone it first (Clone…) and edit the clone.</source>
        <translation>A built-in catalogue cannot be changed: clone it first (Clone…) and edit the clone.</translation>
    </message>
    <message>
        <source>Version %1 of %2 is not a clone in this file: clone a catalogue before editing it.</source>
        <translation>Version %1 of %2 is not a clone in this file: clone a catalogue before editing it.</translation>
    </message>
    <message>
        <source>catalogue %1 version %2</source>
        <translation>catalogue %1 version %2</translation>
    </message>
    <message>
        <source>Version %1 of %2 is built into the app and cannot be deleted.</source>
        <translation>Version %1 of %2 is built into the app and cannot be deleted.</translation>
    </message>
    <message>
        <source>Version %1 of %2 is no longer in this file.</source>
        <translation>Version %1 of %2 is no longer in this file.</translation>
    </message>
    <message>
        <source>Version %1 of %2 is a copy of a built-in catalogue kept for old results and cannot be deleted.</source>
        <translation>Version %1 of %2 is a copy of a built-in catalogue kept for old results and cannot be deleted.</translation>
    </message>
    <message>
        <source>Whether results use version %1 of %2 cannot be read; nothing was deleted.</source>
        <translation>Whether results use version %1 of %2 cannot be read; nothing was deleted.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 of %2 judged %n result(s) and is kept so they can still be explained; it cannot be deleted. To stop using it, save a newer version or limit its years.</source>
        <translation>
            <numerusform>Version %1 of %2 judged %n result(s) and is kept so they can still be explained; it cannot be deleted. To stop using it, save a newer version or limit its years.</numerusform>
            <numerusform>Version %1 of %2 judged %n result(s) and is kept so they can still be explained; it cannot be deleted. To stop using it, save a newer version or limit its years.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueValidator</name>
    <message numerus="yes">
        <source>%1: and %n more problem(s).</source>
        <translation>
            <numerusform>%1: and %n more problem(s).</numerusform>
            <numerusform>%1: and %n more problem(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: must be a number.</source>
        <translation>%1: must be a number.</translation>
    </message>
    <message>
        <source>%1: the share %2 is out of range: write it between 0 and 1 (0.7 for 70%).</source>
        <translation>%1: the share %2 is out of range: write it between 0 and 1 (0.7 for 70%).</translation>
    </message>
    <message>
        <source>%1: the age %2 is out of range: a whole number from 0 to 120.</source>
        <translation>%1: the age %2 is out of range: a whole number from 0 to 120.</translation>
    </message>
    <message>
        <source>%1: %2 is not a count: a whole number from 0 up.</source>
        <translation>%1: %2 is not a count: a whole number from 0 up.</translation>
    </message>
    <message>
        <source>%1: unknown title &quot;%2&quot;.</source>
        <translation>%1: unknown title &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1.min_age: the age range is empty (min_age %2 &gt; max_age %3).</source>
        <translation>%1.min_age: the age range is empty (min_age %2 &gt; max_age %3).</translation>
    </message>
    <message>
        <source>%1: the year %2 is out of range: %3 to %4, or 0 for open.</source>
        <translation>%1: the year %2 is out of range: %3 to %4, or 0 for open.</translation>
    </message>
    <message>
        <source>last_year: %1 is before first_year %2.</source>
        <translation>last_year: %1 is before first_year %2.</translation>
    </message>
    <message>
        <source>pass_rule.levels: %1 is out of range: 1 or 2.</source>
        <translation>pass_rule.levels: %1 is out of range: 1 or 2.</translation>
    </message>
    <message>
        <source>pass_rule.months_between_levels: %1 is out of range: 0 to %2.</source>
        <translation>pass_rule.months_between_levels: %1 is out of range: 0 to %2.</translation>
    </message>
    <message>
        <source>pass_rule.min_each_indicator: must not be negative.</source>
        <translation>pass_rule.min_each_indicator: must not be negative.</translation>
    </message>
    <message>
        <source>total_points: a catalogue scored by points needs its total (e.g. 100).</source>
        <translation>total_points: a catalogue scored by points needs its total (e.g. 100).</translation>
    </message>
    <message>
        <source>pass_rule.min_total: %1 is out of range: above 0 and at most the total %2.</source>
        <translation>pass_rule.min_total: %1 is out of range: above 0 and at most the total %2.</translation>
    </message>
    <message>
        <source>pass_rule.bands: a rating needs at least one band.</source>
        <translation>pass_rule.bands: a rating needs at least one band.</translation>
    </message>
    <message>
        <source>%1.name: the band needs a name (e.g. &quot;Tốt&quot;).</source>
        <translation>%1.name: the band needs a name (e.g. &quot;Tốt&quot;).</translation>
    </message>
    <message>
        <source>%1.min_total: %2 is out of range: 0 to the total %3.</source>
        <translation>%1.min_total: %2 is out of range: 0 to the total %3.</translation>
    </message>
    <message>
        <source>%1.min_total: bands go from the highest to the lowest; %2 is not below %3.</source>
        <translation>%1.min_total: bands go from the highest to the lowest; %2 is not below %3.</translation>
    </message>
    <message>
        <source>%1.code: the indicator needs a code.</source>
        <translation>%1.code: the indicator needs a code.</translation>
    </message>
    <message>
        <source>%1.text: the indicator needs its text.</source>
        <translation>%1.text: the indicator needs its text.</translation>
    </message>
    <message>
        <source>%1.fact: an indicator of kind &quot;fact&quot; needs the fact&apos;s name.</source>
        <translation>%1.fact: an indicator of kind &quot;fact&quot; needs the fact&apos;s name.</translation>
    </message>
    <message>
        <source>%1.fact: unknown fact &quot;%2&quot;; known facts: %3.</source>
        <translation>%1.fact: unknown fact &quot;%2&quot;; known facts: %3.</translation>
    </message>
    <message>
        <source>%1.parameters.%2: the fact &quot;%3&quot; needs this parameter.</source>
        <translation>%1.parameters.%2: the fact &quot;%3&quot; needs this parameter.</translation>
    </message>
    <message>
        <source>%1.points: must not be negative.</source>
        <translation>%1.points: must not be negative.</translation>
    </message>
    <message>
        <source>%1.min_points: %2 is out of range: 0 to the indicator&apos;s points %3.</source>
        <translation>%1.min_points: %2 is out of range: 0 to the indicator&apos;s points %3.</translation>
    </message>
    <message>
        <source>%1.level: %2 is out of range: 0 (every level) to %3.</source>
        <translation>%1.level: %2 is out of range: 0 (every level) to %3.</translation>
    </message>
    <message>
        <source>%1: level %2 is out of range: 1 to %3.</source>
        <translation>%1: level %2 is out of range: 1 to %3.</translation>
    </message>
    <message>
        <source>code: the catalogue needs a code (e.g. &quot;learning_family.448&quot;).</source>
        <translation>code: the catalogue needs a code (e.g. &quot;learning_family.448&quot;).</translation>
    </message>
    <message>
        <source>version: the catalogue needs a version (e.g. &quot;2015.1&quot;).</source>
        <translation>version: the catalogue needs a version (e.g. &quot;2015.1&quot;).</translation>
    </message>
    <message>
        <source>title_text: the title&apos;s name is missing (e.g. &quot;Gia đình học tập&quot;).</source>
        <translation>title_text: the title&apos;s name is missing (e.g. &quot;Gia đình học tập&quot;).</translation>
    </message>
    <message>
        <source>instrument.date: &quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>instrument.date: &quot;%1&quot; is not a date: write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>instrument.number: the instrument&apos;s number is missing (e.g. &quot;25/2023/TT-BGDĐT&quot;).</source>
        <translation>instrument.number: the instrument&apos;s number is missing (e.g. &quot;25/2023/TT-BGDĐT&quot;).</translation>
    </message>
    <message>
        <source>validity_months: %1 is out of range: 1 to %2.</source>
        <translation>validity_months: %1 is out of range: 1 to %2.</translation>
    </message>
    <message>
        <source>depends_on[%1]: unknown title &quot;%2&quot;.</source>
        <translation>depends_on[%1]: unknown title &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>depends_on[%1]: a title cannot depend on itself.</source>
        <translation>depends_on[%1]: a title cannot depend on itself.</translation>
    </message>
    <message>
        <source>applies_to[%1]: empty.</source>
        <translation>applies_to[%1]: empty.</translation>
    </message>
    <message>
        <source>criteria: the catalogue has no criteria.</source>
        <translation>criteria: the catalogue has no criteria.</translation>
    </message>
    <message>
        <source>%1.code: the criterion needs a code.</source>
        <translation>%1.code: the criterion needs a code.</translation>
    </message>
    <message>
        <source>%1.code: the criterion code &quot;%2&quot; is used twice.</source>
        <translation>%1.code: the criterion code &quot;%2&quot; is used twice.</translation>
    </message>
    <message>
        <source>%1.text: the criterion needs its text.</source>
        <translation>%1.text: the criterion needs its text.</translation>
    </message>
    <message>
        <source>%1.indicators: the criterion has no indicators.</source>
        <translation>%1.indicators: the criterion has no indicators.</translation>
    </message>
    <message>
        <source>%1.min_points: %2 is out of range: 0 to the criterion&apos;s points %3.</source>
        <translation>%1.min_points: %2 is out of range: 0 to the criterion&apos;s points %3.</translation>
    </message>
    <message>
        <source>%1.code: the indicator code &quot;%2&quot; is used twice (first at %3).</source>
        <translation>%1.code: the indicator code &quot;%2&quot; is used twice (first at %3).</translation>
    </message>
    <message>
        <source>%1.points: the criterion declares %2 points but its indicators add up to %3.</source>
        <translation>%1.points: the criterion declares %2 points but its indicators add up to %3.</translation>
    </message>
    <message>
        <source>total_points: the catalogue declares %1 points but its criteria add up to %2.</source>
        <translation>total_points: the catalogue declares %1 points but its criteria add up to %2.</translation>
    </message>
</context>
<context>
    <name>CentreEvidence</name>
    <message>
        <source>Chưa dự buổi học nào tại TTHTCĐ năm %1</source>
        <translation>Chưa dự buổi học nào tại TTHTCĐ năm %1</translation>
    </message>
    <message>
        <source>Dự %1 buổi học, %2 chuyên đề tại TTHTCĐ năm %3</source>
        <translation>Dự %1 buổi học, %2 chuyên đề tại TTHTCĐ năm %3</translation>
    </message>
    <message>
        <source>%1: %2 buổi, %3 học viên</source>
        <translation>%1: %2 buổi, %3 học viên</translation>
    </message>
    <message>
        <source>%1 chuyên đề (cần %2), %3 buổi học (cần %4) năm %5</source>
        <translation>%1 chuyên đề (cần %2), %3 buổi học (cần %4) năm %5</translation>
    </message>
</context>
<context>
    <name>CertificateLayout</name>
    <message>
        <source>There is no certificate design named &quot;%1&quot;. Choose another title, or put a design %2 in %3.</source>
        <translation>There is no certificate design named &quot;%1&quot;. Choose another title, or put a design %2 in %3.</translation>
    </message>
    <message>
        <source>The certificate design %1 cannot be used: %2. Correct the file or remove it to use the built-in design.</source>
        <translation>The certificate design %1 cannot be used: %2. Correct the file or remove it to use the built-in design.</translation>
    </message>
    <message>
        <source>not valid JSON at character %1 (%2)</source>
        <translation>not valid JSON at character %1 (%2)</translation>
    </message>
    <message>
        <source>orientation.%1 must be &quot;landscape&quot; or &quot;portrait&quot;</source>
        <translation>orientation.%1 must be &quot;landscape&quot; or &quot;portrait&quot;</translation>
    </message>
    <message>
        <source>border.color is not a colour</source>
        <translation>border.color is not a colour</translation>
    </message>
    <message>
        <source>blocks is missing or empty</source>
        <translation>blocks is missing or empty</translation>
    </message>
    <message>
        <source>%1: x, y, w and h must place the block inside the page (fractions from 0 to 1)</source>
        <translation>%1: x, y, w and h must place the block inside the page (fractions from 0 to 1)</translation>
    </message>
    <message>
        <source>%1.size must be between 4 and 120 points</source>
        <translation>%1.size must be between 4 and 120 points</translation>
    </message>
    <message>
        <source>%1.align must be left, center, right or justify</source>
        <translation>%1.align must be left, center, right or justify</translation>
    </message>
    <message>
        <source>%1.color is not a colour</source>
        <translation>%1.color is not a colour</translation>
    </message>
</context>
<context>
    <name>CertificatesSource</name>
    <message>
        <source>Recognition certificates</source>
        <translation>Recognition certificates</translation>
    </message>
    <message>
        <source>One certificate per page for every subject recognised for a title in the year, for a village or the whole commune, on A4 or A5.</source>
        <translation>One certificate per page for every subject recognised for a title in the year, for a village or the whole commune, on A4 or A5.</translation>
    </message>
    <message>
        <source>Certificates are printed on A4 or A5; choose one of them.</source>
        <translation>Certificates are printed on A4 or A5; choose one of them.</translation>
    </message>
    <message>
        <source>Nothing of %1 was recognised as &quot;%2&quot; for %3. Record the recognition decision in View &gt; Evaluation (Ctrl+E) first, or choose another year.</source>
        <translation>Nothing of %1 was recognised as &quot;%2&quot; for %3. Record the recognition decision in View &gt; Evaluation (Ctrl+E) first, or choose another year.</translation>
    </message>
</context>
<context>
    <name>ChangeReplayer</name>
    <message>
        <source>A record in %1 is already back; the step cannot be repeated.</source>
        <translation>A record in %1 is already back; the step cannot be repeated.</translation>
    </message>
    <message>
        <source>A record in %1 has been deleted since; the step cannot be undone or redone.</source>
        <translation>A record in %1 has been deleted since; the step cannot be undone or redone.</translation>
    </message>
    <message>
        <source>A record in %1 has been changed since; the step cannot be undone or redone.</source>
        <translation>A record in %1 has been changed since; the step cannot be undone or redone.</translation>
    </message>
    <message>
        <source>A setting has been changed since; the step cannot be undone or redone.</source>
        <translation>A setting has been changed since; the step cannot be undone or redone.</translation>
    </message>
</context>
<context>
    <name>CitizenId</name>
    <message>
        <source>The ID &quot;%1&quot; was stored as a number in the spreadsheet and lost digits; retype it from the card (12 digits for a CCCD, 9 for a CMND).</source>
        <translation>The ID &quot;%1&quot; was stored as a number in the spreadsheet and lost digits; retype it from the card (12 digits for a CCCD, 9 for a CMND).</translation>
    </message>
    <message>
        <source>An ID has only digits; &quot;%1&quot; contains other characters.</source>
        <translation>An ID has only digits; &quot;%1&quot; contains other characters.</translation>
    </message>
    <message>
        <source>This ID has %1 digits. It probably lost its leading zero(s) when the spreadsheet stored it as a number; check the card: it is likely %2.</source>
        <translation>This ID has %1 digits. It probably lost its leading zero(s) when the spreadsheet stored it as a number; check the card: it is likely %2.</translation>
    </message>
    <message>
        <source>This ID has %1 digits; a CCCD has 12. If the spreadsheet stored it as a number, its leading zeros were lost; retype it from the card.</source>
        <translation>This ID has %1 digits; a CCCD has 12. If the spreadsheet stored it as a number, its leading zeros were lost; retype it from the card.</translation>
    </message>
    <message>
        <source>A CCCD has 12 digits and a CMND 9; this ID has %1.</source>
        <translation>A CCCD has 12 digits and a CMND 9; this ID has %1.</translation>
    </message>
    <message>
        <source>The first three digits of a CCCD are a province code (001 to 096); %1 is not one. Check the number.</source>
        <translation>The first three digits of a CCCD are a province code (001 to 096); %1 is not one. Check the number.</translation>
    </message>
    <message>
        <source>Digit 4 of a CCCD gives the century of birth; %1 would mean born after 2099. Check the number.</source>
        <translation>Digit 4 of a CCCD gives the century of birth; %1 would mean born after 2099. Check the number.</translation>
    </message>
    <message>
        <source>The CCCD says female (digit 4 is %1) but the person is recorded as male.</source>
        <translation>The CCCD says female (digit 4 is %1) but the person is recorded as male.</translation>
    </message>
    <message>
        <source>The CCCD says male (digit 4 is %1) but the person is recorded as female.</source>
        <translation>The CCCD says male (digit 4 is %1) but the person is recorded as female.</translation>
    </message>
    <message>
        <source>The CCCD says born in %1 (digits 4 to 6 are %2) but the birth year is %3.</source>
        <translation>The CCCD says born in %1 (digits 4 to 6 are %2) but the birth year is %3.</translation>
    </message>
</context>
<context>
    <name>ClanCommands</name>
    <message>
        <source>New clan %1</source>
        <translation>New clan %1</translation>
    </message>
    <message>
        <source>Edit clan %1</source>
        <translation>Edit clan %1</translation>
    </message>
    <message>
        <source>Delete clan %1</source>
        <translation>Delete clan %1</translation>
    </message>
    <message>
        <source>Move household %1 from %2 to %3</source>
        <translation>Move household %1 from %2 to %3</translation>
    </message>
    <message>
        <source>Add household %1 to %2</source>
        <translation>Add household %1 to %2</translation>
    </message>
    <message>
        <source>Remove household %1 from %2</source>
        <translation>Remove household %1 from %2</translation>
    </message>
</context>
<context>
    <name>ClanRegisterWidget</name>
    <message>
        <source>Clans of the commune</source>
        <translation>Clans of the commune</translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>Fil&amp;ter:</translation>
    </message>
    <message>
        <source>Type any part of the clan&apos;s name or of its head&apos;s name (with or without accents). Esc clears.</source>
        <translation>Type any part of the clan&apos;s name or of its head&apos;s name (with or without accents). Esc clears.</translation>
    </message>
    <message>
        <source>Filter: clan or head…</source>
        <translation>Filter: clan or head…</translation>
    </message>
    <message>
        <source>&amp;New clan…</source>
        <translation>&amp;New clan…</translation>
    </message>
    <message>
        <source>Ed&amp;it clan…</source>
        <translation>Ed&amp;it clan…</translation>
    </message>
    <message>
        <source>&amp;Delete clan</source>
        <translation>&amp;Delete clan</translation>
    </message>
    <message>
        <source>Clans</source>
        <translation>Clans</translation>
    </message>
    <message>
        <source>Member hou&amp;seholds</source>
        <translation>Member hou&amp;seholds</translation>
    </message>
    <message>
        <source>Member households</source>
        <translation>Member households</translation>
    </message>
    <message>
        <source>&amp;Add household…</source>
        <translation>&amp;Add household…</translation>
    </message>
    <message>
        <source>Re&amp;move from clan</source>
        <translation>Re&amp;move from clan</translation>
    </message>
    <message>
        <source>&amp;Open household</source>
        <translation>&amp;Open household</translation>
    </message>
</context>
<context>
    <name>ClanService</name>
    <message>
        <source>Type the name of the clan, e.g. &quot;Họ Nguyễn Văn&quot;.</source>
        <translation>Type the name of the clan, e.g. &quot;Họ Nguyễn Văn&quot;.</translation>
    </message>
    <message>
        <source>The clan &quot;%1&quot; already exists.</source>
        <translation>The clan &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>The chosen head is no longer in the registers.</source>
        <translation>The chosen head is no longer in the registers.</translation>
    </message>
    <message>
        <source>%1 has died and cannot be the head of a clan.</source>
        <translation>%1 has died and cannot be the head of a clan.</translation>
    </message>
    <message>
        <source>%1 has moved away from the commune and cannot be the head of a clan.</source>
        <translation>%1 has moved away from the commune and cannot be the head of a clan.</translation>
    </message>
    <message>
        <source>The clan no longer exists.</source>
        <translation>The clan no longer exists.</translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation>The household no longer exists.</translation>
    </message>
    <message>
        <source>Household %1 is already a member of %2.</source>
        <translation>Household %1 is already a member of %2.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Exit codes: 0 success, 1 wrong usage, 2 the file cannot be opened (missing, damaged, not a commune file, or from a newer version), 3 check found problems, 4 the command failed.</source>
        <translation>Exit codes: 0 success, 1 wrong usage, 2 the file cannot be opened (missing, damaged, not a commune file, or from a newer version), 3 check found problems, 4 the command failed.</translation>
    </message>
    <message>
        <source>Try: sohoctap-cli %1 --help</source>
        <translation>Try: sohoctap-cli %1 --help</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Creates a fictional but realistic commune file, the same for the same seed.</source>
        <translation>Creates a fictional but realistic commune file, the same for the same seed.</translation>
    </message>
    <message>
        <source>The new file (must not exist).</source>
        <translation>The new file (must not exist).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>About how many people (default 6450).</source>
        <translation>About how many people (default 6450).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (default 2025).</source>
        <translation>Random seed (default 2025).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>demo needs --out FILE and nothing else.</source>
        <translation>demo needs --out FILE and nothing else.</translation>
    </message>
    <message>
        <source>--people must be a whole number from 1 to 2000000.</source>
        <translation>--people must be a whole number from 1 to 2000000.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed must be a whole number.</translation>
    </message>
    <message>
        <source>Created %1: %2 villages, %3 households, %4 people, %5 clans, %6 units, %7 courses (%8 s).</source>
        <translation>Created %1: %2 villages, %3 households, %4 people, %5 clans, %6 units, %7 courses (%8 s).</translation>
    </message>
    <message>
        <source>Shows the commune: households and people per village, clans, units.</source>
        <translation>Shows the commune: households and people per village, clans, units.</translation>
    </message>
    <message>
        <source>The commune file.</source>
        <translation>The commune file.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Print JSON instead of a table.</translation>
    </message>
    <message>
        <source>info needs exactly one FILE.</source>
        <translation>info needs exactly one FILE.</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Clans: %1. Local units: %2. Learning centre: %3 (%4 courses).</source>
        <translation>Clans: %1. Local units: %2. Learning centre: %3 (%4 courses).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Prints the household register: village, household code, relation to the head, full name, birth date, sex, ID, ethnicity, education, clan.</source>
        <translation>Prints the household register: village, household code, relation to the head, full name, birth date, sex, ID, ethnicity, education, clan.</translation>
    </message>
    <message>
        <source>Only this village (name or code).</source>
        <translation>Only this village (name or code).</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Print CSV (UTF-8, comma-separated, with a header row).</source>
        <translation>Print CSV (UTF-8, comma-separated, with a header row).</translation>
    </message>
    <message>
        <source>people needs exactly one FILE.</source>
        <translation>people needs exactly one FILE.</translation>
    </message>
    <message>
        <source>No village named %1. Villages: %2.</source>
        <translation>No village named %1. Villages: %2.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Clan</source>
        <translation>Clan</translation>
    </message>
    <message>
        <source>The register could not be read.</source>
        <translation>The register could not be read.</translation>
    </message>
    <message>
        <source>Checks a commune file: full integrity check, foreign keys, data version.</source>
        <translation>Checks a commune file: full integrity check, foreign keys, data version.</translation>
    </message>
    <message>
        <source>check needs exactly one FILE.</source>
        <translation>check needs exactly one FILE.</translation>
    </message>
    <message>
        <source>Data version: %1 (this app: %2)</source>
        <translation>Data version: %1 (this app: %2)</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Problems found:</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integrity: ok</translation>
    </message>
    <message>
        <source>Years the commune has lived, comma-separated (e.g. 2024,2025): registrations, evaluation, the council&apos;s judgements and recognitions, and signers on the papers. Default: none (registers only).</source>
        <translation>Years the commune has lived, comma-separated (e.g. 2024,2025): registrations, evaluation, the council&apos;s judgements and recognitions, and signers on the papers. Default: none (registers only).</translation>
    </message>
    <message>
        <source>Y,Y</source>
        <translation>Y,Y</translation>
    </message>
    <message>
        <source>--lived-years must list different years from 2000 to %1, e.g. 2024,2025.</source>
        <translation>--lived-years must list different years from 2000 to %1, e.g. 2024,2025.</translation>
    </message>
    <message>
        <source>Lived %1: %2 registrations, %3 met, %4 not met, %5 waiting for the council, %6 recognised.</source>
        <translation>Lived %1: %2 registrations, %3 met, %4 not met, %5 waiting for the council, %6 recognised.</translation>
    </message>
    <message>
        <source>Usage: sohoctap-cli COMMAND [options]

Commands:
  demo --out FILE [--people N] [--seed S] [--lived-years Y,Y]
                                            create a demo commune file (with years lived)
  info FILE [--json]                        households and people per village, clans, units
  people FILE [--village V] [--csv]         the household register (UTF-8)
  import FILE... --db DB [--dry-run]        import household registers (xlsx, xls, csv)
  evaluate FILE --year Y [--title T] [--json] evaluate the learning titles, explain each verdict
  report list | report NAME --db DB --year Y [--village V] --out FILE.xlsx|.pdf
                                            reports, lists, minutes and certificates
  package export --db DB --village V... --out FILE | package merge --db DB FILE [--dry-run]
                                            volunteer packages and their merge
  backup list [--db FILE] | backup create --db FILE | backup restore BACKUP --out NEW
                                            rotating backups (File &gt; Backups… in the window)
  check FILE                                integrity and data version of a file

Run &apos;sohoctap-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Usage: sohoctap-cli COMMAND [options]

Commands:
  demo --out FILE [--people N] [--seed S] [--lived-years Y,Y]
                                            create a demo commune file (with years lived)
  info FILE [--json]                        households and people per village, clans, units
  people FILE [--village V] [--csv]         the household register (UTF-8)
  import FILE... --db DB [--dry-run]        import household registers (xlsx, xls, csv)
  evaluate FILE --year Y [--title T] [--json] evaluate the learning titles, explain each verdict
  report list | report NAME --db DB --year Y [--village V] --out FILE.xlsx|.pdf
                                            reports, lists, minutes and certificates
  package export --db DB --village V... --out FILE | package merge --db DB FILE [--dry-run]
                                            volunteer packages and their merge
  backup list [--db FILE] | backup create --db FILE | backup restore BACKUP --out NEW
                                            rotating backups (File &gt; Backups… in the window)
  check FILE                                integrity and data version of a file

Run &apos;sohoctap-cli COMMAND --help&apos; for a command&apos;s options.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Number (STT)</source>
        <translation>Number (STT)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Family and middle name</source>
        <translation>Family and middle name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Birth date (men)</source>
        <translation>Birth date (men)</translation>
    </message>
    <message>
        <source>Birth date (women)</source>
        <translation>Birth date (women)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Female (marked)</source>
        <translation>Female (marked)</translation>
    </message>
    <message>
        <source>Male (marked)</source>
        <translation>Male (marked)</translation>
    </message>
    <message>
        <source>Citizen ID (CCCD/CMND)</source>
        <translation>Citizen ID (CCCD/CMND)</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Clan</source>
        <translation>Clan</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Household number</source>
        <translation>Household number</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The saved column mapping is from another version of the program; choose the columns again.</source>
        <translation>The saved column mapping is from another version of the program; choose the columns again.</translation>
    </message>
    <message>
        <source>The saved column mapping has no columns; choose the columns again.</source>
        <translation>The saved column mapping has no columns; choose the columns again.</translation>
    </message>
    <message>
        <source>The saved column mapping is damaged (column %1, field &quot;%2&quot;); choose the columns again.</source>
        <translation>The saved column mapping is damaged (column %1, field &quot;%2&quot;); choose the columns again.</translation>
    </message>
    <message>
        <source>Household identity (entry template)</source>
        <translation>Household identity (entry template)</translation>
    </message>
    <message>
        <source>Person identity (entry template)</source>
        <translation>Person identity (entry template)</translation>
    </message>
</context>
<context>
    <name>CommuneEvidence</name>
    <message>
        <source>theo thiết lập của xã</source>
        <translation>theo thiết lập của xã</translation>
    </message>
    <message>
        <source>theo bộ tiêu chí</source>
        <translation>theo bộ tiêu chí</translation>
    </message>
    <message>
        <source>(không rõ thôn)</source>
        <translation>(không rõ thôn)</translation>
    </message>
    <message>
        <source>%1: %2 người đạt Công dân học tập</source>
        <translation>%1: %2 người đạt Công dân học tập</translation>
    </message>
    <message>
        <source>Người dân từ %1 tuổi trở lên (%2), đang cư trú ngày %3</source>
        <translation>Người dân từ %1 tuổi trở lên (%2), đang cư trú ngày %3</translation>
    </message>
    <message>
        <source>%1 người dân đạt Công dân học tập (cần %2)</source>
        <translation>%1 người dân đạt Công dân học tập (cần %2)</translation>
    </message>
    <message>
        <source>%1: %2 người qua đào tạo, %3 đại học trở lên</source>
        <translation>%1: %2 người qua đào tạo, %3 đại học trở lên</translation>
    </message>
    <message>
        <source>Đại học trở lên: %1 (cần %2)</source>
        <translation>Đại học trở lên: %1 (cần %2)</translation>
    </message>
    <message>
        <source>Có trình độ chuyên môn kỹ thuật: %1 (cần %2)</source>
        <translation>Có trình độ chuyên môn kỹ thuật: %1 (cần %2)</translation>
    </message>
    <message>
        <source>Người dân từ %1 tuổi trở lên (%2), đang cư trú ngày %3%4</source>
        <translation>Người dân từ %1 tuổi trở lên (%2), đang cư trú ngày %3%4</translation>
    </message>
    <message>
        <source>; xã thuộc vùng khó khăn</source>
        <translation>; xã thuộc vùng khó khăn</translation>
    </message>
    <message>
        <source>%1 người chưa rõ trình độ: tính là chưa qua đào tạo</source>
        <translation>%1 người chưa rõ trình độ: tính là chưa qua đào tạo</translation>
    </message>
    <message>
        <source>%1 qua đào tạo (cần %2), trong đó %3 đại học trở lên (cần %4)</source>
        <translation>%1 qua đào tạo (cần %2), trong đó %3 đại học trở lên (cần %4)</translation>
    </message>
</context>
<context>
    <name>CommuneOverviewWidget</name>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>V&amp;illages and residential groups</source>
        <translation>V&amp;illages and residential groups</translation>
    </message>
</context>
<context>
    <name>CourseField</name>
    <message>
        <source>Agriculture</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Law</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Digital skills</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Literacy</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Row %1, column %2 of “%3” holds more than %4 MB of text in one cell; a register cell is never that long. Check that the file is a register saved as CSV.</source>
        <translation>Row %1, column %2 of “%3” holds more than %4 MB of text in one cell; a register cell is never that long. Check that the file is a register saved as CSV.</translation>
    </message>
    <message>
        <source>“%1” has more than %2 rows, the most one sheet can hold. Split the file and import the parts.</source>
        <translation>“%1” has more than %2 rows, the most one sheet can hold. Split the file and import the parts.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>“%1” is empty: there is nothing to import.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; a CSV file above %3 MB cannot be imported. Split it and import the parts.</source>
        <translation>“%1” is %2 MB; a CSV file above %3 MB cannot be imported. Split it and import the parts.</translation>
    </message>
    <message>
        <source>“%1” is not a text (CSV) file: it holds binary data. Open it in the program that made it and save it as CSV or as an Excel workbook.</source>
        <translation>“%1” is not a text (CSV) file: it holds binary data. Open it in the program that made it and save it as CSV or as an Excel workbook.</translation>
    </message>
    <message>
        <source>Could not tell how the text of “%1” is encoded (best guess: %2, %3% sure). Choose the encoding in the import preview (or --encoding on the command line) and import it again.</source>
        <translation>Could not tell how the text of “%1” is encoded (best guess: %2, %3% sure). Choose the encoding in the import preview (or --encoding on the command line) and import it again.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2. Check that the file exists and that you may read it.</source>
        <translation>Could not read “%1”: %2. Check that the file exists and that you may read it.</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Recognised</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>A village or commune needs a name.</source>
        <translation>A village or commune needs a name.</translation>
    </message>
    <message>
        <source>A clan needs a name.</source>
        <translation>A clan needs a name.</translation>
    </message>
    <message>
        <source>The SQLite driver is not available.</source>
        <translation>The SQLite driver is not available.</translation>
    </message>
    <message>
        <source>A file named %1 already exists. Choose another name, or open that file.</source>
        <translation>A file named %1 already exists. Choose another name, or open that file.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The file %1 does not exist. It may have been moved or renamed.</source>
        <translation>The file %1 does not exist. It may have been moved or renamed.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that it is a file and that you may read it.</source>
        <translation>The file %1 cannot be read. Check that it is a file and that you may read it.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a Sổ Học Tập file: %2. Check that the drive is connected and the file is not open in another program; if it is damaged, open a backup copy instead.</source>
        <translation>%1 cannot be opened as a Sổ Học Tập file: %2. Check that the drive is connected and the file is not open in another program; if it is damaged, open a backup copy instead.</translation>
    </message>
    <message>
        <source>%1 is not a Sổ Học Tập file, or it is damaged (%2). Nothing was changed. If it is your commune file, restore it from a backup.</source>
        <translation>%1 is not a Sổ Học Tập file, or it is damaged (%2). Nothing was changed. If it is your commune file, restore it from a backup.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no commune. Use File &gt; New to create a commune file.</source>
        <translation>%1 is empty: it holds no commune. Use File &gt; New to create a commune file.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Sổ Học Tập file. Nothing was changed.</source>
        <translation>%1 is an SQLite database of another program, not a Sổ Học Tập file. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Sổ Học Tập (data version %2; this version reads up to %3). Install the newer version to open it. The file was not changed.</source>
        <translation>%1 was saved by a newer version of Sổ Học Tập (data version %2; this version reads up to %3). Install the newer version to open it. The file was not changed.</translation>
    </message>
    <message>
        <source>%1 was made by an older version and must be upgraded, but it is read-only here. Copy it to a writable folder and open the copy.</source>
        <translation>%1 was made by an older version and must be upgraded, but it is read-only here. Copy it to a writable folder and open the copy.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The file needs an upgrade, but its backup could not be made, so nothing was changed: %1</source>
        <translation>The file needs an upgrade, but its backup could not be made, so nothing was changed: %1</translation>
    </message>
    <message>
        <source>Upgrade step %1 is missing from this build.</source>
        <translation>Upgrade step %1 is missing from this build.</translation>
    </message>
    <message>
        <source>Upgrade step %1 failed (%2); the file was left as it was.</source>
        <translation>Upgrade step %1 failed (%2); the file was left as it was.</translation>
    </message>
    <message>
        <source>This build lacks the upgrade steps to data version %1.</source>
        <translation>This build lacks the upgrade steps to data version %1.</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>The check could not run: %1</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>The backup %1 could not be written: %2</translation>
    </message>
    <message>
        <source>The backup %1 failed its integrity check.</source>
        <translation>The backup %1 failed its integrity check.</translation>
    </message>
    <message>
        <source>A household needs a code.</source>
        <translation>A household needs a code.</translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation>The household no longer exists.</translation>
    </message>
    <message>
        <source>The learning centre needs a name.</source>
        <translation>The learning centre needs a name.</translation>
    </message>
    <message>
        <source>A course needs a title.</source>
        <translation>A course needs a title.</translation>
    </message>
    <message>
        <source>A session needs a date.</source>
        <translation>A session needs a date.</translation>
    </message>
    <message>
        <source>A unit needs a name.</source>
        <translation>A unit needs a name.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>A person needs a name.</translation>
    </message>
    <message>
        <source>The commune file could not be read: %1</source>
        <translation>The commune file could not be read: %1</translation>
    </message>
    <message>
        <source>The commune file could not be read.</source>
        <translation>The commune file could not be read.</translation>
    </message>
    <message>
        <source>Could not start writing to the file: %1</source>
        <translation>Could not start writing to the file: %1</translation>
    </message>
    <message>
        <source>The change was already finished.</source>
        <translation>The change was already finished.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1. Nothing was written; check that the disk has space and the file is writable.</source>
        <translation>The change could not be saved: %1. Nothing was written; check that the disk has space and the file is writable.</translation>
    </message>
    <message>
        <source>A record of %1 refers to a record of %2 that does not exist.</source>
        <translation>A record of %1 refers to a record of %2 that does not exist.</translation>
    </message>
    <message>
        <source>%1 was made by an older version (data version %2). Open it once in Sổ Học Tập to upgrade it; a backup of it is kept.</source>
        <translation>%1 was made by an older version (data version %2). Open it once in Sổ Học Tập to upgrade it; a backup of it is kept.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file is busy (open in another window?); it was not upgraded.</source>
        <translation>The file is busy (open in another window?); it was not upgraded.</translation>
    </message>
    <message>
        <source>The household is not a member of this clan.</source>
        <translation>The household is not a member of this clan.</translation>
    </message>
    <message>
        <source>This person is no longer on the attendance list.</source>
        <translation>This person is no longer on the attendance list.</translation>
    </message>
    <message>
        <source>The local units could not be read: %1</source>
        <translation>The local units could not be read: %1</translation>
    </message>
    <message>
        <source>The commune file could not be written: %1</source>
        <translation>The commune file could not be written: %1</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 cannot be created: %2</translation>
    </message>
    <message>
        <source>You may not change %1 (it is a read-only file), so it was opened read-only: you can read it but not change it. To edit it, copy it to a folder of yours and open the copy.</source>
        <translation>You may not change %1 (it is a read-only file), so it was opened read-only: you can read it but not change it. To edit it, copy it to a folder of yours and open the copy.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written (a write-protected USB stick or a shared folder), so the file was opened read-only: you can read it but not change it. To edit it, copy it to a folder of yours and open the copy.</source>
        <translation>The folder of %1 cannot be written (a write-protected USB stick or a shared folder), so the file was opened read-only: you can read it but not change it. To edit it, copy it to a folder of yours and open the copy.</translation>
    </message>
    <message>
        <source>%1 is open in another copy of Sổ Học Tập (%2), so it was opened read-only: you can read it but not change it. Close the other copy, then open the file again to edit it.</source>
        <translation>%1 is open in another copy of Sổ Học Tập (%2), so it was opened read-only: you can read it but not change it. Close the other copy, then open the file again to edit it.</translation>
    </message>
    <message>
        <source>If Sổ Học Tập is no longer running on %1, delete %2 and open the file again.</source>
        <translation>If Sổ Học Tập is no longer running on %1, delete %2 and open the file again.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be made beside the file, which a change needs (so that two copies of Sổ Học Tập never write it at once); it was opened read-only. Check that you may write in its folder and that the disk is not full.</source>
        <translation>The lock file %1 cannot be made beside the file, which a change needs (so that two copies of Sổ Học Tập never write it at once); it was opened read-only. Check that you may write in its folder and that the disk is not full.</translation>
    </message>
    <message>
        <source>another window of this program, since %1</source>
        <translation>another window of this program, since %1</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>%1 on %2, since %3</source>
        <translation>%1 on %2, since %3</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing was changed. Restore a backup instead with Help &gt; Restore from backup… (the backups are kept in %3), or ask for help before editing it.</source>
        <translation>%1 is damaged (%2). Nothing was changed. Restore a backup instead with Help &gt; Restore from backup… (the backups are kept in %3), or ask for help before editing it.</translation>
    </message>
    <message>
        <source>%1 was made by an older version and must be upgraded before it can be read, but it is open in another copy of Sổ Học Tập. Close the other copy, then open the file again.</source>
        <translation>%1 was made by an older version and must be upgraded before it can be read, but it is open in another copy of Sổ Học Tập. Close the other copy, then open the file again.</translation>
    </message>
</context>
<context>
    <name>DemoCommuneGenerator</name>
    <message>
        <source>The demo commune needs at least one person.</source>
        <translation>The demo commune needs at least one person.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>DemoYear</name>
    <message>
        <source>The demo year cannot be made: catalogue %1 is missing.</source>
        <translation>The demo year cannot be made: catalogue %1 is missing.</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>The commune file could not be read: %1. Check that the file is still there and try again.</source>
        <translation>The commune file could not be read: %1. Check that the file is still there and try again.</translation>
    </message>
</context>
<context>
    <name>DocumentSettings</name>
    <message>
        <source>The file is read-only: the document settings could not be saved. Copy the file somewhere you may write and open the copy.</source>
        <translation>The file is read-only: the document settings could not be saved. Copy the file somewhere you may write and open the copy.</translation>
    </message>
</context>
<context>
    <name>DocumentSources</name>
    <message>
        <source>Choose the title (learning family, clan, citizen, village or unit) the document is for.</source>
        <translation>Choose the title (learning family, clan, citizen, village or unit) the document is for.</translation>
    </message>
</context>
<context>
    <name>DuplicateService</name>
    <message>
        <source>in no household</source>
        <translation>in no household</translation>
    </message>
    <message>
        <source>%1, household %2</source>
        <translation>%1, household %2</translation>
    </message>
    <message>
        <source>Choose two different people to merge.</source>
        <translation>Choose two different people to merge.</translation>
    </message>
    <message>
        <source>One of the two people is no longer in the file; nothing was merged.</source>
        <translation>One of the two people is no longer in the file; nothing was merged.</translation>
    </message>
    <message>
        <source>%1 is recorded as the head of another household with members. Make someone else head of that household first, or keep that record and merge the other into it.</source>
        <translation>%1 is recorded as the head of another household with members. Make someone else head of that household first, or keep that record and merge the other into it.</translation>
    </message>
    <message>
        <source>Both records have the same registration, recognition or judgement for a year; remove one of them first. (%1)</source>
        <translation>Both records have the same registration, recognition or judgement for a year; remove one of them first. (%1)</translation>
    </message>
    <message>
        <source>One of the two people is no longer in the file.</source>
        <translation>One of the two people is no longer in the file.</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>New household %1</source>
        <translation>New household %1</translation>
    </message>
    <message>
        <source>Add %1 to household %2</source>
        <translation>Add %1 to household %2</translation>
    </message>
    <message>
        <source>Move %1 to household %2</source>
        <translation>Move %1 to household %2</translation>
    </message>
    <message>
        <source>Make %1 head of household %2</source>
        <translation>Make %1 head of household %2</translation>
    </message>
    <message>
        <source>Record the death of %1</source>
        <translation>Record the death of %1</translation>
    </message>
    <message>
        <source>Record that %1 moved away</source>
        <translation>Record that %1 moved away</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>New village %1</source>
        <translation>New village %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Rename %1 to %2</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Merge %1 into %2</translation>
    </message>
    <message>
        <source>Split %1 from %2</source>
        <translation>Split %1 from %2</translation>
    </message>
    <message>
        <source>Split household %1 into %2</source>
        <translation>Split household %1 into %2</translation>
    </message>
    <message>
        <source>Edit household %1</source>
        <translation>Edit household %1</translation>
    </message>
    <message>
        <source>Delete household %1</source>
        <translation>Delete household %1</translation>
    </message>
</context>
<context>
    <name>Education</name>
    <message>
        <source>&quot;%1&quot;: there is no %2-year school system. Write the grade over 12 (today&apos;s system) or over 10 (the old system), e.g. 9/12 or 7/10.</source>
        <translation>&quot;%1&quot;: there is no %2-year school system. Write the grade over 12 (today&apos;s system) or over 10 (the old system), e.g. 9/12 or 7/10.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: grade %2 does not exist in the %3-year system; grades go from 0 to %3.</source>
        <translation>&quot;%1&quot;: grade %2 does not exist in the %3-year system; grades go from 0 to %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an education level. Expected a grade such as 9/12 or 7/10, or one of TC, CĐ, ĐH, Thạc sĩ, Tiến sĩ, Sơ cấp, Mầm non, Biết chữ, Không biết chữ.</source>
        <translation>&quot;%1&quot; is not an education level. Expected a grade such as 9/12 or 7/10, or one of TC, CĐ, ĐH, Thạc sĩ, Tiến sĩ, Sơ cấp, Mầm non, Biết chữ, Không biết chữ.</translation>
    </message>
    <message>
        <source>Illiterate</source>
        <translation>Illiterate</translation>
    </message>
    <message>
        <source>Preschool</source>
        <translation>Preschool</translation>
    </message>
    <message>
        <source>Literate (level 2)</source>
        <translation>Literate (level 2)</translation>
    </message>
    <message>
        <source>Literate</source>
        <translation>Literate</translation>
    </message>
    <message>
        <source>Grade %1/%2</source>
        <translation>Grade %1/%2</translation>
    </message>
    <message>
        <source>Elementary vocational training</source>
        <translation>Elementary vocational training</translation>
    </message>
    <message>
        <source>Intermediate vocational training</source>
        <translation>Intermediate vocational training</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>University</source>
        <translation>University</translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation>Master&apos;s degree</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Doctorate</translation>
    </message>
</context>
<context>
    <name>EntryTemplateRepository</name>
    <message>
        <source>The village %1 is not in this commune file; choose one of its villages.</source>
        <translation>The village %1 is not in this commune file; choose one of its villages.</translation>
    </message>
</context>
<context>
    <name>EntryTemplateWriter</name>
    <message>
        <source>%1 could not be created; choose another folder.</source>
        <translation>%1 could not be created; choose another folder.</translation>
    </message>
    <message>
        <source>Correct any value; add a person on an empty row with their household&apos;s number (Số hộ); leave a row that is no longer true as it is and tell the clerk.</source>
        <translation>Correct any value; add a person on an empty row with their household&apos;s number (Số hộ); leave a row that is no longer true as it is and tell the clerk.</translation>
    </message>
    <message>
        <source>Writing the entry template was cancelled; no file was written.</source>
        <translation>Writing the entry template was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2); choose another folder.</source>
        <translation>%1 could not be written (%2); choose another folder.</translation>
    </message>
    <message>
        <source>%1 could not be written; choose another folder.</source>
        <translation>%1 could not be written; choose another folder.</translation>
    </message>
</context>
<context>
    <name>EvaluateCommand</name>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Evaluates the learning titles of a year (results are stored in the file) and explains each verdict.</source>
        <translation>Evaluates the learning titles of a year (results are stored in the file) and explains each verdict.</translation>
    </message>
    <message>
        <source>The commune file.</source>
        <translation>The commune file.</translation>
    </message>
    <message>
        <source>The year to evaluate.</source>
        <translation>The year to evaluate.</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Print only this title: learning_family, learning_clan, learning_village, learning_unit, learning_citizen, learning_commune, centre_rating.</source>
        <translation>Print only this title: learning_family, learning_clan, learning_village, learning_unit, learning_citizen, learning_commune, centre_rating.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Print JSON instead of text.</translation>
    </message>
    <message>
        <source>Try: sohoctap-cli evaluate --help</source>
        <translation>Try: sohoctap-cli evaluate --help</translation>
    </message>
    <message>
        <source>evaluate needs exactly one FILE and --year Y (e.g. --year 2025).</source>
        <translation>evaluate needs exactly one FILE and --year Y (e.g. --year 2025).</translation>
    </message>
    <message>
        <source>Unknown title: %1. Run &apos;sohoctap-cli evaluate --help&apos; for the list.</source>
        <translation>Unknown title: %1. Run &apos;sohoctap-cli evaluate --help&apos; for the list.</translation>
    </message>
    <message>
        <source>The file is read-only: the results could not be stored. Copy it somewhere you may write and evaluate the copy.</source>
        <translation>The file is read-only: the results could not be stored. Copy it somewhere you may write and evaluate the copy.</translation>
    </message>
    <message numerus="yes">
        <source>Evaluated %n subject(s) for %1 in %2 s.</source>
        <translation>
            <numerusform>Evaluated %n subject(s) for %1 in %2 s.</numerusform>
            <numerusform>Evaluated %n subject(s) for %1 in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>%1: met %2 · not met %3 · waiting for the council %4</source>
        <translation>%1: met %2 · not met %3 · waiting for the council %4</translation>
    </message>
    <message>
        <source>Changed since the last evaluation:</source>
        <translation>Changed since the last evaluation:</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>The results could not be stored.</source>
        <translation>The results could not be stored.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>EvaluationCommands</name>
    <message>
        <source>Judge %1 of %2 (%3)</source>
        <translation>Judge %1 of %2 (%3)</translation>
    </message>
    <message>
        <source>Recognise %1 (decision %2)</source>
        <translation>Recognise %1 (decision %2)</translation>
    </message>
    <message numerus="yes">
        <source>Recognise %n subject(s) (decision %1)</source>
        <translation>
            <numerusform>Recognise %n subject(s) (decision %1)</numerusform>
            <numerusform>Recognise %n subject(s) (decision %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw the recognition of %1 (%2)</source>
        <translation>Withdraw the recognition of %1 (%2)</translation>
    </message>
</context>
<context>
    <name>EvaluationRepository</name>
    <message>
        <source>The results could not be saved: %1</source>
        <translation>The results could not be saved: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>The results could not be saved: the file is not open.</source>
        <translation>The results could not be saved: the file is not open.</translation>
    </message>
    <message>
        <source>The results could not be saved: a result of %1 was given for %2.</source>
        <translation>The results could not be saved: a result of %1 was given for %2.</translation>
    </message>
</context>
<context>
    <name>EvaluationService</name>
    <message>
        <source>No criteria catalogue could be loaded.</source>
        <translation>No criteria catalogue could be loaded.</translation>
    </message>
    <message>
        <source>Choose a year to evaluate.</source>
        <translation>Choose a year to evaluate.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>The subject could not be evaluated.</source>
        <translation>The subject could not be evaluated.</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message numerus="yes">
        <source>%n registration(s) for %1 name subjects no longer in the registers; they were skipped.</source>
        <translation>
            <numerusform>%n registration(s) for %1 name subjects no longer in the registers; they were skipped.</numerusform>
            <numerusform>%n registration(s) for %1 name subjects no longer in the registers; they were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>No criteria catalogue for %1 is in force in %2; those subjects were not evaluated.</source>
        <translation>No criteria catalogue for %1 is in force in %2; those subjects were not evaluated.</translation>
    </message>
    <message>
        <source>No criteria catalogue for %1 (%2) is in force in %3; those subjects were not evaluated.</source>
        <translation>No criteria catalogue for %1 (%2) is in force in %3; those subjects were not evaluated.</translation>
    </message>
    <message>
        <source>The subject is no longer in the registers.</source>
        <translation>The subject is no longer in the registers.</translation>
    </message>
    <message>
        <source>No criteria catalogue for %1 is in force in %2.</source>
        <translation>No criteria catalogue for %1 is in force in %2.</translation>
    </message>
    <message>
        <source>Chỉ báo dùng dữ kiện %1, không áp dụng cho loại đối tượng này</source>
        <translation>Chỉ báo dùng dữ kiện %1, không áp dụng cho loại đối tượng này</translation>
    </message>
    <message>
        <source>Không có dữ kiện tên %1</source>
        <translation>Không có dữ kiện tên %1</translation>
    </message>
    <message>
        <source>Đủ chỉ tiêu mức độ %1, nhưng mức độ %2 mới được công nhận năm %3: mức độ %1 chỉ xét sau ít nhất %4 tháng</source>
        <translation>Đủ chỉ tiêu mức độ %1, nhưng mức độ %2 mới được công nhận năm %3: mức độ %1 chỉ xét sau ít nhất %4 tháng</translation>
    </message>
    <message>
        <source>Đủ chỉ tiêu mức độ %1, nhưng chưa được công nhận mức độ %2</source>
        <translation>Đủ chỉ tiêu mức độ %1, nhưng chưa được công nhận mức độ %2</translation>
    </message>
    <message>
        <source>%1/%2 điểm (cần %3)</source>
        <translation>%1/%2 điểm (cần %3)</translation>
    </message>
    <message>
        <source>Xếp loại %1: %2 điểm</source>
        <translation>Xếp loại %1: %2 điểm</translation>
    </message>
</context>
<context>
    <name>FactParameters</name>
    <message>
        <source>Bộ tiêu chí thiếu tham số: %1</source>
        <translation>Bộ tiêu chí thiếu tham số: %1</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Volunteer packages (*.shtpkg)</source>
        <translation>Volunteer packages (*.shtpkg)</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <source>People who need follow-up</source>
        <translation>People who need follow-up</translation>
    </message>
    <message>
        <source>Children out of school, adults who cannot read and everyone else the year&apos;s evaluation found against a rule, with the reason.</source>
        <translation>Children out of school, adults who cannot read and everyone else the year&apos;s evaluation found against a rule, with the reason.</translation>
    </message>
    <message>
        <source>không đi học năm %1</source>
        <translation>không đi học năm %1</translation>
    </message>
    <message>
        <source>chưa biết chữ (%1)</source>
        <translation>chưa biết chữ (%1)</translation>
    </message>
    <message>
        <source>chưa biết chữ</source>
        <translation>chưa biết chữ</translation>
    </message>
    <message>
        <source>Nobody in %1 needs follow-up for %2: no child out of school, no adult who cannot read, nothing against a rule in the evaluation.</source>
        <translation>Nobody in %1 needs follow-up for %2: no child out of school, no adult who cannot read, nothing against a rule in the evaluation.</translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <source>Household code:</source>
        <translation>Household code:</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Head of household:</source>
        <translation>Head of household:</translation>
    </message>
    <message>
        <source>&amp;Add new member…</source>
        <translation>&amp;Add new member…</translation>
    </message>
    <message>
        <source>Ed&amp;it person…</source>
        <translation>Ed&amp;it person…</translation>
    </message>
    <message>
        <source>&amp;Move to another household…</source>
        <translation>&amp;Move to another household…</translation>
    </message>
    <message>
        <source>Mark &amp;deceased…</source>
        <translation>Mark &amp;deceased…</translation>
    </message>
    <message>
        <source>Mark moved a&amp;way…</source>
        <translation>Mark moved a&amp;way…</translation>
    </message>
    <message>
        <source>De&amp;lete person</source>
        <translation>De&amp;lete person</translation>
    </message>
    <message>
        <source>Show &amp;past members</source>
        <translation>Show &amp;past members</translation>
    </message>
    <message>
        <source>Add e&amp;xisting person…</source>
        <translation>Add e&amp;xisting person…</translation>
    </message>
    <message>
        <source>Ma&amp;ke head…</source>
        <translation>Ma&amp;ke head…</translation>
    </message>
    <message>
        <source>&amp;Split household…</source>
        <translation>&amp;Split household…</translation>
    </message>
    <message>
        <source>Edit household &amp;code and address…</source>
        <translation>Edit household &amp;code and address…</translation>
    </message>
</context>
<context>
    <name>HouseholdEvidence</name>
    <message>
        <source>%1, %2 tuổi: %3</source>
        <translation>%1, %2 tuổi: %3</translation>
    </message>
    <message>
        <source>đi học năm %1</source>
        <translation>đi học năm %1</translation>
    </message>
    <message>
        <source>được miễn (ốm đau, khuyết tật)</source>
        <translation>được miễn (ốm đau, khuyết tật)</translation>
    </message>
    <message>
        <source>không đi học năm %1</source>
        <translation>không đi học năm %1</translation>
    </message>
    <message>
        <source>chưa rõ có đi học không</source>
        <translation>chưa rõ có đi học không</translation>
    </message>
    <message>
        <source>Không có trẻ từ %1 đến %2 tuổi</source>
        <translation>Không có trẻ từ %1 đến %2 tuổi</translation>
    </message>
    <message>
        <source>%1/%2 trẻ từ %3 đến %4 tuổi đi học hoặc được miễn</source>
        <translation>%1/%2 trẻ từ %3 đến %4 tuổi đi học hoặc được miễn</translation>
    </message>
    <message>
        <source>không có khả năng học, không tính</source>
        <translation>không có khả năng học, không tính</translation>
    </message>
    <message>
        <source>biết chữ (%1)</source>
        <translation>biết chữ (%1)</translation>
    </message>
    <message>
        <source>chưa biết chữ</source>
        <translation>chưa biết chữ</translation>
    </message>
    <message>
        <source>chưa biết chữ (%1)</source>
        <translation>chưa biết chữ (%1)</translation>
    </message>
    <message>
        <source>chưa rõ trình độ học vấn</source>
        <translation>chưa rõ trình độ học vấn</translation>
    </message>
    <message>
        <source>Không có người từ %1 đến %2 tuổi phải xét</source>
        <translation>Không có người từ %1 đến %2 tuổi phải xét</translation>
    </message>
    <message>
        <source>%1/%2 người từ %3 đến %4 tuổi biết chữ</source>
        <translation>%1/%2 người từ %3 đến %4 tuổi biết chữ</translation>
    </message>
    <message>
        <source>đã học %1 chuyên đề tại TTHTCĐ năm %2</source>
        <translation>đã học %1 chuyên đề tại TTHTCĐ năm %2</translation>
    </message>
    <message>
        <source>chưa học chuyên đề nào tại TTHTCĐ năm %1</source>
        <translation>chưa học chuyên đề nào tại TTHTCĐ năm %1</translation>
    </message>
    <message>
        <source>mới học %1/%2 chuyên đề tại TTHTCĐ năm %3</source>
        <translation>mới học %1/%2 chuyên đề tại TTHTCĐ năm %3</translation>
    </message>
    <message>
        <source>Không có người từ %1 đến %2 tuổi</source>
        <translation>Không có người từ %1 đến %2 tuổi</translation>
    </message>
    <message>
        <source>%1/%2 người lớn đã học ít nhất %3 chuyên đề tại TTHTCĐ</source>
        <translation>%1/%2 người lớn đã học ít nhất %3 chuyên đề tại TTHTCĐ</translation>
    </message>
</context>
<context>
    <name>HouseholdGrouper</name>
    <message>
        <source>The household of %1 has no one marked as head (Chủ hộ)</source>
        <translation>The household of %1 has no one marked as head (Chủ hộ)</translation>
    </message>
    <message>
        <source>%1, its first member, becomes the head</source>
        <translation>%1, its first member, becomes the head</translation>
    </message>
</context>
<context>
    <name>HouseholdRegisterWidget</name>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>Fil&amp;ter:</translation>
    </message>
    <message>
        <source>Type any part of a household code, of the head&apos;s name (with or without accents) or of the address. Esc clears.</source>
        <translation>Type any part of a household code, of the head&apos;s name (with or without accents) or of the address. Esc clears.</translation>
    </message>
    <message>
        <source>Filter: household code, head, address…</source>
        <translation>Filter: household code, head, address…</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>&amp;New household…</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>Edit &amp;details…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
</context>
<context>
    <name>HouseholdService</name>
    <message>
        <source>Household code %1 is already used in this village.</source>
        <translation>Household code %1 is already used in this village.</translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation>The household no longer exists.</translation>
    </message>
    <message>
        <source>%1 already lives in another household; move them instead of adding them.</source>
        <translation>%1 already lives in another household; move them instead of adding them.</translation>
    </message>
    <message>
        <source>The household already has a head; change the head instead.</source>
        <translation>The household already has a head; change the head instead.</translation>
    </message>
    <message>
        <source>The date %1 is before the person joined the household (%2).</source>
        <translation>The date %1 is before the person joined the household (%2).</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>The person no longer exists.</translation>
    </message>
    <message>
        <source>The target household no longer exists.</source>
        <translation>The target household no longer exists.</translation>
    </message>
    <message>
        <source>%1 already lives in this household.</source>
        <translation>%1 already lives in this household.</translation>
    </message>
    <message>
        <source>The target household already has a head.</source>
        <translation>The target household already has a head.</translation>
    </message>
    <message>
        <source>The new head must be a current member of the household.</source>
        <translation>The new head must be a current member of the household.</translation>
    </message>
    <message>
        <source>Enter the date of death (at least the year).</source>
        <translation>Enter the date of death (at least the year).</translation>
    </message>
    <message>
        <source>The date of death is before the birth date.</source>
        <translation>The date of death is before the birth date.</translation>
    </message>
    <message>
        <source>Enter the date the person moved away (at least the year).</source>
        <translation>Enter the date the person moved away (at least the year).</translation>
    </message>
    <message>
        <source>The household still has members. Move them or mark them first.</source>
        <translation>The household still has members. Move them or mark them first.</translation>
    </message>
    <message>
        <source>This person is the head of a household with other members. Choose a new head of the household first.</source>
        <translation>This person is the head of a household with other members. Choose a new head of the household first.</translation>
    </message>
    <message>
        <source>%1 has died or moved away and cannot join a household.</source>
        <translation>%1 has died or moved away and cannot join a household.</translation>
    </message>
    <message>
        <source>Enter the date of the move.</source>
        <translation>Enter the date of the move.</translation>
    </message>
    <message>
        <source>Enter the date from which the new head is head.</source>
        <translation>Enter the date from which the new head is head.</translation>
    </message>
    <message>
        <source>The date %1 is before the household&apos;s current record began (%2).</source>
        <translation>The date %1 is before the household&apos;s current record began (%2).</translation>
    </message>
    <message>
        <source>The household to split no longer exists.</source>
        <translation>The household to split no longer exists.</translation>
    </message>
    <message>
        <source>Enter the date of the split.</source>
        <translation>Enter the date of the split.</translation>
    </message>
    <message>
        <source>Choose the head of the new household.</source>
        <translation>Choose the head of the new household.</translation>
    </message>
    <message>
        <source>A member is listed twice.</source>
        <translation>A member is listed twice.</translation>
    </message>
    <message>
        <source>Only the new head can be head of the new household; choose another relation for %1.</source>
        <translation>Only the new head can be head of the new household; choose another relation for %1.</translation>
    </message>
    <message>
        <source>%1 is not a current member of household %2.</source>
        <translation>%1 is not a current member of household %2.</translation>
    </message>
    <message>
        <source>The date %1 is before %2 joined household %3 (%4).</source>
        <translation>The date %1 is before %2 joined household %3 (%4).</translation>
    </message>
    <message>
        <source>Household %1 must keep at least one member. Leave someone in it, or move the members one by one to another household instead.</source>
        <translation>Household %1 must keep at least one member. Leave someone in it, or move the members one by one to another household instead.</translation>
    </message>
    <message>
        <source>%1 is the head of household %2 and stays in it. To let them go, first make another member head of household %2.</source>
        <translation>%1 is the head of household %2 and stays in it. To let them go, first make another member head of household %2.</translation>
    </message>
    <message>
        <source>Enter the code of the new household.</source>
        <translation>Enter the code of the new household.</translation>
    </message>
    <message>
        <source>Enter the household code.</source>
        <translation>Enter the household code.</translation>
    </message>
</context>
<context>
    <name>ImportApplier</name>
    <message>
        <source>The commune file has no commune yet: create the commune first, then import its villages.</source>
        <translation>The commune file has no commune yet: create the commune first, then import its villages.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import cancelled: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>, row %1</source>
        <translation>, row %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, column %1</translation>
    </message>
    <message>
        <source>%1: %2, text %3 (confidence %4%)</source>
        <translation>%1: %2, text %3 (confidence %4%)</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>  sheet %1: skipped (%2)</source>
        <translation>  sheet %1: skipped (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>  sheet %1 → %2: header on row %3, data from row %4, %n column(s) read%5</source>
        <translation>
            <numerusform>  sheet %1 → %2: header on row %3, data from row %4, %n column(s) read%5</numerusform>
            <numerusform>  sheet %1 → %2: header on row %3, data from row %4, %n column(s) read%5</numerusform>
        </translation>
    </message>
    <message>
        <source> (the mapping remembered for this header)</source>
        <translation> (the mapping remembered for this header)</translation>
    </message>
    <message>
        <source>%1: no sheet with a household register was found (%2). Open it in the window to choose the header rows and columns.</source>
        <translation>%1: no sheet with a household register was found (%2). Open it in the window to choose the header rows and columns.</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Households +</source>
        <translation>Households +</translation>
    </message>
    <message>
        <source>People +</source>
        <translation>People +</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (new)</translation>
    </message>
    <message>
        <source>Problems (%1):</source>
        <translation>Problems (%1):</translation>
    </message>
    <message>
        <source>  … and %1 more (--report writes them all).</source>
        <translation>  … and %1 more (--report writes them all).</translation>
    </message>
    <message>
        <source>Possible duplicates (%1), imported as they are: review them after the import.</source>
        <translation>Possible duplicates (%1), imported as they are: review them after the import.</translation>
    </message>
    <message>
        <source>Imports household registers (.xlsx, .xls, .csv) into a commune file, all or nothing. The same file imported again changes nothing; an updated copy updates what changed. Possible duplicates are reported, never merged.</source>
        <translation>Imports household registers (.xlsx, .xls, .csv) into a commune file, all or nothing. The same file imported again changes nothing; an updated copy updates what changed. Possible duplicates are reported, never merged.</translation>
    </message>
    <message>
        <source>Register files to import.</source>
        <translation>Register files to import.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>The commune file (created when it does not exist).</source>
        <translation>The commune file (created when it does not exist).</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>The commune&apos;s name, to create DB.</source>
        <translation>The commune&apos;s name, to create DB.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Show what would be imported; write nothing.</source>
        <translation>Show what would be imported; write nothing.</translation>
    </message>
    <message>
        <source>Text encoding of legacy files: auto (default), utf8, cp1258, tcvn3, vni.</source>
        <translation>Text encoding of legacy files: auto (default), utf8, cp1258, tcvn3, vni.</translation>
    </message>
    <message>
        <source>ENC</source>
        <translation>ENC</translation>
    </message>
    <message>
        <source>Write the dry-run report (.xlsx) to OUT.</source>
        <translation>Write the dry-run report (.xlsx) to OUT.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Do not ask before importing.</source>
        <translation>Do not ask before importing.</translation>
    </message>
    <message>
        <source>Try: sohoctap-cli import --help</source>
        <translation>Try: sohoctap-cli import --help</translation>
    </message>
    <message>
        <source>import needs at least one FILE and --db DB.</source>
        <translation>import needs at least one FILE and --db DB.</translation>
    </message>
    <message>
        <source>Unknown encoding %1: use auto, utf8, cp1258, tcvn3 or vni.</source>
        <translation>Unknown encoding %1: use auto, utf8, cp1258, tcvn3 or vni.</translation>
    </message>
    <message>
        <source>%1 does not exist. Give --commune NAME to create it for that commune.</source>
        <translation>%1 does not exist. Give --commune NAME to create it for that commune.</translation>
    </message>
    <message>
        <source>%1 may not be written (read-only file or folder); nothing was imported.</source>
        <translation>%1 may not be written (read-only file or folder); nothing was imported.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Report written to %1.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Nothing to import: everything is already in the commune file.</source>
        <translation>Nothing to import: everything is already in the commune file.</translation>
    </message>
    <message>
        <source>Import now? [y/N] </source>
        <translation>Import now? [y/N] </translation>
    </message>
    <message>
        <source>The commune file has no commune yet: give --commune NAME.</source>
        <translation>The commune file has no commune yet: give --commune NAME.</translation>
    </message>
    <message>
        <source>Imported into %1: %2 new villages, %3 households and %4 people added, %5 people updated (%6 s).</source>
        <translation>Imported into %1: %2 new villages, %3 households and %4 people added, %5 people updated (%6 s).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Backup taken: %1</source>
        <translation>Backup taken: %1</translation>
    </message>
    <message>
        <source>the import of %1</source>
        <translation>the import of %1</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Merge %1 into %2</translation>
    </message>
    <message>
        <source>Import the register</source>
        <translation>Import the register</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>The import was not started. %1</source>
        <translation>The import was not started. %1</translation>
    </message>
    <message>
        <source>the import of the register</source>
        <translation>the import of the register</translation>
    </message>
    <message>
        <source>the import of %1</source>
        <translation>the import of %1</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message numerus="yes">
        <source>%n village(s) (%1 new), </source>
        <translation>
            <numerusform>%n village(s) (%1 new), </numerusform>
            <numerusform>%n village(s) (%1 new), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) to add, %1 already in the file; </source>
        <translation>
            <numerusform>%n household(s) to add, %1 already in the file; </numerusform>
            <numerusform>%n household(s) to add, %1 already in the file; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) to add, %1 to update, %2 unchanged; </source>
        <translation>
            <numerusform>%n person(s) to add, %1 to update, %2 unchanged; </numerusform>
            <numerusform>%n person(s) to add, %1 to update, %2 unchanged; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new clan(s); </source>
        <translation>
            <numerusform>%n new clan(s); </numerusform>
            <numerusform>%n new clan(s); </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), %1 possible duplicate(s).</source>
        <translation>
            <numerusform>%n problem(s), %1 possible duplicate(s).</numerusform>
            <numerusform>%n problem(s), %1 possible duplicate(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>same name and birth date</translation>
    </message>
    <message>
        <source>same ID and name</source>
        <translation>same ID and name</translation>
    </message>
    <message>
        <source>one ID, two different names</source>
        <translation>one ID, two different names</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>, row %1</source>
        <translation>, row %1</translation>
    </message>
    <message>
        <source>Household code %1 is used twice in this village.</source>
        <translation>Household code %1 is used twice in this village.</translation>
    </message>
    <message>
        <source>This household gets the code %1.</source>
        <translation>This household gets the code %1.</translation>
    </message>
    <message>
        <source>%1 is a second head of the household.</source>
        <translation>%1 is a second head of the household.</translation>
    </message>
    <message>
        <source>Recorded as another relative; correct it after the import.</source>
        <translation>Recorded as another relative; correct it after the import.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>Relation to the head</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>already in the commune file, in no household</source>
        <translation>already in the commune file, in no household</translation>
    </message>
    <message>
        <source>already in the commune file: %1, household %2</source>
        <translation>already in the commune file: %1, household %2</translation>
    </message>
    <message>
        <source>%1 has the ID %2, like another person (%3).</source>
        <translation>%1 has the ID %2, like another person (%3).</translation>
    </message>
    <message>
        <source>Both are imported with the ID; check which one is right.</source>
        <translation>Both are imported with the ID; check which one is right.</translation>
    </message>
    <message>
        <source>%1 may be the same person as %2 (%3).</source>
        <translation>%1 may be the same person as %2 (%3).</translation>
    </message>
    <message>
        <source>Imported; review the pair after the import (merge or keep apart).</source>
        <translation>Imported; review the pair after the import (merge or keep apart).</translation>
    </message>
    <message>
        <source>This entry template was written from another commune file.</source>
        <translation>This entry template was written from another commune file.</translation>
    </message>
    <message>
        <source>Its rows are matched by household number, name and birth date, like any register.</source>
        <translation>Its rows are matched by household number, name and birth date, like any register.</translation>
    </message>
    <message>
        <source>The village this entry template was written for (%1) is no longer in the commune file.</source>
        <translation>The village this entry template was written for (%1) is no longer in the commune file.</translation>
    </message>
    <message>
        <source>The village is found by its name, or created.</source>
        <translation>The village is found by its name, or created.</translation>
    </message>
    <message>
        <source>The household of %1 is not in the commune file (deleted since the entry template was written?).</source>
        <translation>The household of %1 is not in the commune file (deleted since the entry template was written?).</translation>
    </message>
    <message>
        <source>Matched by its number and head like a register&apos;s household.</source>
        <translation>Matched by its number and head like a register&apos;s household.</translation>
    </message>
    <message>
        <source>%1 is not in the commune file (deleted since the entry template was written?).</source>
        <translation>%1 is not in the commune file (deleted since the entry template was written?).</translation>
    </message>
    <message>
        <source>Row not imported; add the person by hand if they belong here.</source>
        <translation>Row not imported; add the person by hand if they belong here.</translation>
    </message>
    <message>
        <source>%1 has the identity of another row (a copied row?).</source>
        <translation>%1 has the identity of another row (a copied row?).</translation>
    </message>
    <message>
        <source>Imported as a new person.</source>
        <translation>Imported as a new person.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ImportReportWriter</name>
    <message>
        <source>add</source>
        <translation>add</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>The report %1 could not be created; check that the folder exists and may be written.</source>
        <translation>The report %1 could not be created; check that the folder exists and may be written.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Import dry run: nothing has been written yet</source>
        <translation>Import dry run: nothing has been written yet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>New village</source>
        <translation>New village</translation>
    </message>
    <message>
        <source>Households to add</source>
        <translation>Households to add</translation>
    </message>
    <message>
        <source>Households already in the file</source>
        <translation>Households already in the file</translation>
    </message>
    <message>
        <source>People to add</source>
        <translation>People to add</translation>
    </message>
    <message>
        <source>People to update</source>
        <translation>People to update</translation>
    </message>
    <message>
        <source>People unchanged</source>
        <translation>People unchanged</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>What the import does</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Other place</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>In the register</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Also</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>From the register</source>
        <translation>From the register</translation>
    </message>
    <message>
        <source>The report %1 could not be written: %2</source>
        <translation>The report %1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>ImportRepository</name>
    <message>
        <source>The column mapping could not be remembered: %1</source>
        <translation>The column mapping could not be remembered: %1</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>The decision could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>JudgementService</name>
    <message>
        <source>Evaluate %1 first: the council judges subjects that have a result.</source>
        <translation>Evaluate %1 first: the council judges subjects that have a result.</translation>
    </message>
    <message>
        <source>The criteria catalogue of this result is no longer available; evaluate the year again.</source>
        <translation>The criteria catalogue of this result is no longer available; evaluate the year again.</translation>
    </message>
    <message>
        <source>The criteria catalogue %1 has no indicator %2.</source>
        <translation>The criteria catalogue %1 has no indicator %2.</translation>
    </message>
    <message>
        <source>Indicator %1 is scored from 0 to %2 points.</source>
        <translation>Indicator %1 is scored from 0 to %2 points.</translation>
    </message>
    <message>
        <source>Indicator %1 is met or not met; it takes no points.</source>
        <translation>Indicator %1 is met or not met; it takes no points.</translation>
    </message>
</context>
<context>
    <name>LayoutDetector</name>
    <message>
        <source>sheet &quot;%1&quot; is a summary, not a village</source>
        <translation>sheet &quot;%1&quot; is a summary, not a village</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; holds counts (%2 COUNT/SUM formulas), not people</source>
        <translation>sheet &quot;%1&quot; holds counts (%2 COUNT/SUM formulas), not people</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>empty row</translation>
    </message>
    <message>
        <source>column-number row</source>
        <translation>column-number row</translation>
    </message>
    <message>
        <source>header repeated (page break)</source>
        <translation>header repeated (page break)</translation>
    </message>
    <message>
        <source>total row</source>
        <translation>total row</translation>
    </message>
    <message>
        <source>signature block</source>
        <translation>signature block</translation>
    </message>
</context>
<context>
    <name>LearningCentreCommands</name>
    <message>
        <source>Create the learning centre %1</source>
        <translation>Create the learning centre %1</translation>
    </message>
    <message>
        <source>Edit the learning centre %1</source>
        <translation>Edit the learning centre %1</translation>
    </message>
    <message>
        <source>New course %1</source>
        <translation>New course %1</translation>
    </message>
    <message>
        <source>Edit course %1</source>
        <translation>Edit course %1</translation>
    </message>
    <message>
        <source>Delete course %1</source>
        <translation>Delete course %1</translation>
    </message>
    <message>
        <source>New session of %1 on %2</source>
        <translation>New session of %1 on %2</translation>
    </message>
    <message>
        <source>Edit the session of %1</source>
        <translation>Edit the session of %1</translation>
    </message>
    <message>
        <source>Delete the session of %1</source>
        <translation>Delete the session of %1</translation>
    </message>
    <message>
        <source>Mark %1 present on %2</source>
        <translation>Mark %1 present on %2</translation>
    </message>
    <message>
        <source>Mark the household of %1 present on %2</source>
        <translation>Mark the household of %1 present on %2</translation>
    </message>
    <message>
        <source>Copy the previous session&apos;s attendance to %1</source>
        <translation>Copy the previous session&apos;s attendance to %1</translation>
    </message>
    <message>
        <source>Remove %1 from the session of %2</source>
        <translation>Remove %1 from the session of %2</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n people from the session of %1</source>
        <translation>
            <numerusform>Remove %n people from the session of %1</numerusform>
            <numerusform>Remove %n people from the session of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearningCentreService</name>
    <message>
        <source>Type the title of the course.</source>
        <translation>Type the title of the course.</translation>
    </message>
    <message>
        <source>Enter the date the course starts.</source>
        <translation>Enter the date the course starts.</translation>
    </message>
    <message>
        <source>The course cannot end (%1) before it starts (%2).</source>
        <translation>The course cannot end (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>The number of hours cannot be negative.</source>
        <translation>The number of hours cannot be negative.</translation>
    </message>
    <message>
        <source>Enter the date of the session.</source>
        <translation>Enter the date of the session.</translation>
    </message>
    <message>
        <source>The session must be held within the course&apos;s dates, %1 to %2.</source>
        <translation>The session must be held within the course&apos;s dates, %1 to %2.</translation>
    </message>
    <message>
        <source>The session cannot be held before the course starts (%1).</source>
        <translation>The session cannot be held before the course starts (%1).</translation>
    </message>
    <message>
        <source>This commune already has a learning centre; edit it instead.</source>
        <translation>This commune already has a learning centre; edit it instead.</translation>
    </message>
    <message>
        <source>Type the name of the learning centre.</source>
        <translation>Type the name of the learning centre.</translation>
    </message>
    <message>
        <source>The director chosen is no longer in the registers.</source>
        <translation>The director chosen is no longer in the registers.</translation>
    </message>
    <message>
        <source>Choose the field of the course from the list.</source>
        <translation>Choose the field of the course from the list.</translation>
    </message>
    <message>
        <source>Create the learning centre first.</source>
        <translation>Create the learning centre first.</translation>
    </message>
    <message>
        <source>The course no longer exists.</source>
        <translation>The course no longer exists.</translation>
    </message>
    <message>
        <source>The session of %1 would fall outside the course&apos;s new dates. Change the session&apos;s date or delete it first.</source>
        <translation>The session of %1 would fall outside the course&apos;s new dates. Change the session&apos;s date or delete it first.</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>The session no longer exists.</translation>
    </message>
    <message>
        <source>%1 died (%2) and cannot be marked present on %3.</source>
        <translation>%1 died (%2) and cannot be marked present on %3.</translation>
    </message>
    <message>
        <source>%1 moved away (%2) and cannot be marked present on %3.</source>
        <translation>%1 moved away (%2) and cannot be marked present on %3.</translation>
    </message>
    <message>
        <source>The person is no longer in the registers.</source>
        <translation>The person is no longer in the registers.</translation>
    </message>
    <message>
        <source>%1 is already marked present.</source>
        <translation>%1 is already marked present.</translation>
    </message>
    <message>
        <source>%1 has no current household.</source>
        <translation>%1 has no current household.</translation>
    </message>
    <message>
        <source>Everyone of household %1 is already marked present.</source>
        <translation>Everyone of household %1 is already marked present.</translation>
    </message>
    <message>
        <source>This is the first session of the course: there is no earlier session to copy from.</source>
        <translation>This is the first session of the course: there is no earlier session to copy from.</translation>
    </message>
    <message>
        <source>Nobody was marked present at the session of %1.</source>
        <translation>Nobody was marked present at the session of %1.</translation>
    </message>
    <message>
        <source>Everyone present at the session of %1 is already marked present here.</source>
        <translation>Everyone present at the session of %1 is already marked present here.</translation>
    </message>
    <message>
        <source>Choose who to remove from the attendance list.</source>
        <translation>Choose who to remove from the attendance list.</translation>
    </message>
</context>
<context>
    <name>ListFrame</name>
    <message>
        <source>The village chosen for the report is not in this commune file. Choose another village or the whole commune.</source>
        <translation>The village chosen for the report is not in this commune file. Choose another village or the whole commune.</translation>
    </message>
</context>
<context>
    <name>ListReportRepository</name>
    <message>
        <source>The commune file could not be read: %1. Check that the file is still there and try again.</source>
        <translation>The commune file could not be read: %1. Check that the file is still there and try again.</translation>
    </message>
</context>
<context>
    <name>LocalUnitCommands</name>
    <message>
        <source>New unit %1</source>
        <translation>New unit %1</translation>
    </message>
    <message>
        <source>Edit unit %1</source>
        <translation>Edit unit %1</translation>
    </message>
    <message>
        <source>Delete unit %1</source>
        <translation>Delete unit %1</translation>
    </message>
    <message>
        <source>Add %1 to the staff of %2</source>
        <translation>Add %1 to the staff of %2</translation>
    </message>
    <message>
        <source>%1 left %2</source>
        <translation>%1 left %2</translation>
    </message>
    <message>
        <source>Remove %1 from the staff of %2</source>
        <translation>Remove %1 from the staff of %2</translation>
    </message>
</context>
<context>
    <name>LocalUnitKind</name>
    <message>
        <source>Commune People&apos;s Committee</source>
        <translation>Commune People&apos;s Committee</translation>
    </message>
    <message>
        <source>Preschool</source>
        <translation>Preschool</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <source>Lower secondary school</source>
        <translation>Lower secondary school</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Health station</source>
        <translation>Health station</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>TT 24/2023</source>
        <translation>TT 24/2023</translation>
    </message>
    <message>
        <source>Association (448-D)</source>
        <translation>Association (448-D)</translation>
    </message>
    <message>
        <source>Criteria: TT 24/2023/TT-BGDĐT, which applies to the commune People&apos;s Committee.</source>
        <translation>Criteria: TT 24/2023/TT-BGDĐT, which applies to the commune People&apos;s Committee.</translation>
    </message>
    <message>
        <source>Criteria: TT 24/2023/TT-BGDĐT, which applies to public preschools, primary and lower-secondary schools.</source>
        <translation>Criteria: TT 24/2023/TT-BGDĐT, which applies to public preschools, primary and lower-secondary schools.</translation>
    </message>
    <message>
        <source>Criteria: TT 24/2023/TT-BGDĐT, which applies to units managed above the commune.</source>
        <translation>Criteria: TT 24/2023/TT-BGDĐT, which applies to units managed above the commune.</translation>
    </message>
    <message>
        <source>Criteria: the Study Promotion Association&apos;s (QĐ 448/QĐ-KHVN, section D), which apply to the other units the commune manages.</source>
        <translation>Criteria: the Study Promotion Association&apos;s (QĐ 448/QĐ-KHVN, section D), which apply to the other units the commune manages.</translation>
    </message>
</context>
<context>
    <name>LocalUnitRegisterWidget</name>
    <message>
        <source>Local units</source>
        <translation>Local units</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>Type any part of a unit&apos;s name, kind, village or criteria, with or without accents (Ctrl+F). Esc clears; Down or Enter goes to the list.</source>
        <translation>Type any part of a unit&apos;s name, kind, village or criteria, with or without accents (Ctrl+F). Esc clears; Down or Enter goes to the list.</translation>
    </message>
    <message>
        <source>Filter: name, kind, village…</source>
        <translation>Filter: name, kind, village…</translation>
    </message>
    <message>
        <source>&amp;New unit…</source>
        <translation>&amp;New unit…</translation>
    </message>
    <message>
        <source>Edi&amp;t unit…</source>
        <translation>Edi&amp;t unit…</translation>
    </message>
    <message>
        <source>&amp;Delete unit</source>
        <translation>&amp;Delete unit</translation>
    </message>
    <message>
        <source>Show f&amp;ormer staff</source>
        <translation>Show f&amp;ormer staff</translation>
    </message>
    <message>
        <source>Staff of the unit</source>
        <translation>Staff of the unit</translation>
    </message>
    <message>
        <source>&amp;Add staff…</source>
        <translation>&amp;Add staff…</translation>
    </message>
    <message>
        <source>&amp;Left on…</source>
        <translation>&amp;Left on…</translation>
    </message>
    <message>
        <source>Re&amp;move from staff</source>
        <translation>Re&amp;move from staff</translation>
    </message>
</context>
<context>
    <name>LocalUnitService</name>
    <message>
        <source>Enter the unit&apos;s name, as on its sign or its seal.</source>
        <translation>Enter the unit&apos;s name, as on its sign or its seal.</translation>
    </message>
    <message>
        <source>There is already a unit named &quot;%1&quot;. Give this one a name that tells them apart.</source>
        <translation>There is already a unit named &quot;%1&quot;. Give this one a name that tells them apart.</translation>
    </message>
    <message>
        <source>Choose what kind of unit this is.</source>
        <translation>Choose what kind of unit this is.</translation>
    </message>
    <message>
        <source>Choose which level manages the unit.</source>
        <translation>Choose which level manages the unit.</translation>
    </message>
    <message>
        <source>The total staff cannot be negative.</source>
        <translation>The total staff cannot be negative.</translation>
    </message>
    <message>
        <source>The chosen village no longer exists; choose another or none.</source>
        <translation>The chosen village no longer exists; choose another or none.</translation>
    </message>
    <message>
        <source>The unit no longer exists; it may have been deleted meanwhile.</source>
        <translation>The unit no longer exists; it may have been deleted meanwhile.</translation>
    </message>
    <message>
        <source>Choose a person of the register.</source>
        <translation>Choose a person of the register.</translation>
    </message>
    <message>
        <source>%1 has died and cannot join a unit&apos;s staff.</source>
        <translation>%1 has died and cannot join a unit&apos;s staff.</translation>
    </message>
    <message>
        <source>Enter the date from which %1 works there.</source>
        <translation>Enter the date from which %1 works there.</translation>
    </message>
    <message>
        <source>%1 is already on the staff of %2 (since %3). To record a new role, first record the date they left the old one.</source>
        <translation>%1 is already on the staff of %2 (since %3). To record a new role, first record the date they left the old one.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>an unknown date</translation>
    </message>
    <message>
        <source>The staff record no longer exists; it may have been deleted meanwhile.</source>
        <translation>The staff record no longer exists; it may have been deleted meanwhile.</translation>
    </message>
    <message>
        <source>%1 already left on %2.</source>
        <translation>%1 already left on %2.</translation>
    </message>
    <message>
        <source>Enter the date %1 left.</source>
        <translation>Enter the date %1 left.</translation>
    </message>
    <message>
        <source>%1 cannot leave on %2, before they started (%3).</source>
        <translation>%1 cannot leave on %2, before they started (%3).</translation>
    </message>
</context>
<context>
    <name>MergeApplier</name>
    <message numerus="yes">
        <source>%n conflict(s) still need a decision. Decide each one (keep this file&apos;s value or take the package&apos;s), then merge.</source>
        <translation>
            <numerusform>%n conflict(s) still need a decision. Decide each one (keep this file&apos;s value or take the package&apos;s), then merge.</numerusform>
            <numerusform>%n conflict(s) still need a decision. Decide each one (keep this file&apos;s value or take the package&apos;s), then merge.</numerusform>
        </translation>
    </message>
    <message>
        <source>The merge was cancelled; nothing was changed.</source>
        <translation>The merge was cancelled; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>MergeCommands</name>
    <message>
        <source>Merge package of %1</source>
        <translation>Merge package of %1</translation>
    </message>
    <message>
        <source>The merge was not started. %1</source>
        <translation>The merge was not started. %1</translation>
    </message>
    <message>
        <source>the merge of the package of %1</source>
        <translation>the merge of the package of %1</translation>
    </message>
</context>
<context>
    <name>MergeDescriber</name>
    <message>
        <source>household %1</source>
        <translation>household %1</translation>
    </message>
    <message>
        <source>%1 in household %2</source>
        <translation>%1 in household %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>course %1</source>
        <translation>course %1</translation>
    </message>
    <message>
        <source>session of %1</source>
        <translation>session of %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 %3: %4</source>
        <translation>%1 of %2 %3: %4</translation>
    </message>
    <message>
        <source>Learning centre</source>
        <translation>Learning centre</translation>
    </message>
    <message>
        <source>a session</source>
        <translation>a session</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>household %1 (%2)</source>
        <translation>household %1 (%2)</translation>
    </message>
    <message>
        <source>the learning centre</source>
        <translation>the learning centre</translation>
    </message>
</context>
<context>
    <name>MinutesSource</name>
    <message>
        <source>Minutes of the recognition meeting</source>
        <translation>Minutes of the recognition meeting</translation>
    </message>
    <message>
        <source>The minutes of the meeting that examines a title for one village: every subject evaluated with its result, points and reasons, ready to sign.</source>
        <translation>The minutes of the meeting that examines a title for one village: every subject evaluated with its result, points and reasons, ready to sign.</translation>
    </message>
    <message>
        <source>Choose the village whose meeting the minutes record.</source>
        <translation>Choose the village whose meeting the minutes record.</translation>
    </message>
    <message>
        <source>Nothing of %1 was evaluated for &quot;%2&quot; in %3. Register the subjects and evaluate the year in View &gt; Evaluation (Ctrl+E) first.</source>
        <translation>Nothing of %1 was evaluated for &quot;%2&quot; in %3. Register the subjects and evaluate the year in View &gt; Evaluation (Ctrl+E) first.</translation>
    </message>
</context>
<context>
    <name>NewCommuneDialog</name>
    <message>
        <source>New commune file</source>
        <translation>New commune file</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>for example: Hòa An</source>
        <translation>for example: Hòa An</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>Saved as:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
</context>
<context>
    <name>NewHouseholdDialog</name>
    <message>
        <source>New household</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>Household &amp;code:</source>
        <translation>Household &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Date formed:</source>
        <translation>&amp;Date formed:</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
</context>
<context>
    <name>OperationMarker</name>
    <message>
        <source>%1 (started %2) was interrupted after it was saved; its changes are in the file. Check them before doing it again.</source>
        <translation>%1 (started %2) was interrupted after it was saved; its changes are in the file. Check them before doing it again.</translation>
    </message>
    <message>
        <source>%1 (started %2) was not completed; nothing was changed. You can start it again.</source>
        <translation>%1 (started %2) was not completed; nothing was changed. You can start it again.</translation>
    </message>
    <message>
        <source>the last long action</source>
        <translation>the last long action</translation>
    </message>
</context>
<context>
    <name>PackageCommand</name>
    <message>
        <source>deleted here, edited in the package</source>
        <translation>deleted here, edited in the package</translation>
    </message>
    <message>
        <source>edited here, deleted in the package</source>
        <translation>edited here, deleted in the package</translation>
    </message>
    <message>
        <source>added in the package, already here</source>
        <translation>added in the package, already here</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>changed on both sides</translation>
    </message>
    <message>
        <source>This package was merged before: nothing to do.</source>
        <translation>This package was merged before: nothing to do.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 changed, %4 deleted, %5 conflicts</source>
        <translation>%1: %2 added, %3 changed, %4 deleted, %5 conflicts</translation>
    </message>
    <message>
        <source>(no village)</source>
        <translation>(no village)</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>Not merged: %1</translation>
    </message>
    <message>
        <source>Conflict (%1): %2, %3</source>
        <translation>Conflict (%1): %2, %3</translation>
    </message>
    <message>
        <source>here %1 | package %2 | before %3</source>
        <translation>here %1 | package %2 | before %3</translation>
    </message>
    <message>
        <source>The clerk&apos;s commune file.</source>
        <translation>The clerk&apos;s commune file.</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>Try: sohoctap-cli package %1 --help</source>
        <translation>Try: sohoctap-cli package %1 --help</translation>
    </message>
    <message>
        <source>There is no village %1 in this file. Use its name as shown by `sohoctap-cli info`, or its uuid.</source>
        <translation>There is no village %1 in this file. Use its name as shown by `sohoctap-cli info`, or its uuid.</translation>
    </message>
    <message>
        <source>Writes the Excel entry template of one village for volunteers without the app.</source>
        <translation>Writes the Excel entry template of one village for volunteers without the app.</translation>
    </message>
    <message>
        <source>Writes a volunteer package: the villages&apos; registers and the base the merge compares with. People of other villages never go in.</source>
        <translation>Writes a volunteer package: the villages&apos; registers and the base the merge compares with. People of other villages never go in.</translation>
    </message>
    <message>
        <source>A village (name or uuid); repeat for more.</source>
        <translation>A village (name or uuid); repeat for more.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>package %1 needs --db DB, --village V and --out FILE.</source>
        <translation>package %1 needs --db DB, --village V and --out FILE.</translation>
    </message>
    <message>
        <source>Entry template written to %1.</source>
        <translation>Entry template written to %1.</translation>
    </message>
    <message>
        <source>Package %1 written to %2: %3.</source>
        <translation>Package %1 written to %2: %3.</translation>
    </message>
    <message>
        <source>Merges a volunteer package back into the clerk&apos;s file: every change that does not conflict is applied in one transaction, audited with the source merge:&lt;package uuid&gt;. When any change conflicts (the same field changed on both sides, deleted on one side and edited on the other, the same new person) NOTHING is applied: the conflicts are listed and the exit code is 5; decide them in the app (File &gt; Merge package). Merging the same package twice changes nothing.
Exit codes: 0 merged or nothing to do, 1 usage, 2 cannot open DB, 4 refused or failed, 5 conflicts need a decision.</source>
        <translation>Merges a volunteer package back into the clerk&apos;s file: every change that does not conflict is applied in one transaction, audited with the source merge:&lt;package uuid&gt;. When any change conflicts (the same field changed on both sides, deleted on one side and edited on the other, the same new person) NOTHING is applied: the conflicts are listed and the exit code is 5; decide them in the app (File &gt; Merge package). Merging the same package twice changes nothing.
Exit codes: 0 merged or nothing to do, 1 usage, 2 cannot open DB, 4 refused or failed, 5 conflicts need a decision.</translation>
    </message>
    <message>
        <source>The package sent back.</source>
        <translation>The package sent back.</translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation>Show what would change; write nothing.</translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation>Print the plan as JSON.</translation>
    </message>
    <message>
        <source>package merge needs --db DB and one FILE.</source>
        <translation>package merge needs --db DB and one FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n change(s).</source>
        <translation>
            <numerusform>Merged %n change(s).</numerusform>
            <numerusform>Merged %n change(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was merged: %n conflict(s) need a decision in the app.</source>
        <translation>
            <numerusform>Nothing was merged: %n conflict(s) need a decision in the app.</numerusform>
            <numerusform>Nothing was merged: %n conflict(s) need a decision in the app.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage:
  sohoctap-cli package export --db DB --village V... --out FILE
  sohoctap-cli package merge --db DB FILE [--dry-run] [--json]
  sohoctap-cli package template --db DB --village V --out FILE.xlsx
Add --help after a subcommand for its options and exit codes.
</source>
        <translation>Usage:
  sohoctap-cli package export --db DB --village V... --out FILE
  sohoctap-cli package merge --db DB FILE [--dry-run] [--json]
  sohoctap-cli package template --db DB --village V --out FILE.xlsx
Add --help after a subcommand for its options and exit codes.
</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <translation>Nothing was merged.</translation>
    </message>
    <message>
        <source>the merge of the package of %1</source>
        <translation>the merge of the package of %1</translation>
    </message>
</context>
<context>
    <name>PackageExporter</name>
    <message>
        <source>Choose at least one village for the package.</source>
        <translation>Choose at least one village for the package.</translation>
    </message>
    <message>
        <source>This file is itself a volunteer package. Export packages from the clerk&apos;s commune file.</source>
        <translation>This file is itself a volunteer package. Export packages from the clerk&apos;s commune file.</translation>
    </message>
    <message>
        <source>The file has no commune yet. Create the commune and its villages first.</source>
        <translation>The file has no commune yet. Create the commune and its villages first.</translation>
    </message>
    <message>
        <source>The village %1 is not in this commune file.</source>
        <translation>The village %1 is not in this commune file.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>The package could not be created at %1: %2</source>
        <translation>The package could not be created at %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists and could not be replaced. Choose another name.</source>
        <translation>%1 already exists and could not be replaced. Choose another name.</translation>
    </message>
    <message>
        <source>The package could not be saved as %1. Check the folder and try again.</source>
        <translation>The package could not be saved as %1. Check the folder and try again.</translation>
    </message>
</context>
<context>
    <name>PackageInfo</name>
    <message>
        <source>Volunteer package: %1 (%2), made on %3</source>
        <translation>Volunteer package: %1 (%2), made on %3</translation>
    </message>
</context>
<context>
    <name>PackageMerger</name>
    <message>
        <source>%1 was not found. Choose the package the volunteer sent back.</source>
        <translation>%1 was not found. Choose the package the volunteer sent back.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2</source>
        <translation>%1 cannot be merged: %2</translation>
    </message>
    <message>
        <source>%1 is a commune file, not a volunteer package: there is nothing to merge. Open it with File &gt; Open, or choose the package the volunteer sent back.</source>
        <translation>%1 is a commune file, not a volunteer package: there is nothing to merge. Open it with File &gt; Open, or choose the package the volunteer sent back.</translation>
    </message>
    <message>
        <source>The open file is a volunteer package. Merge packages into the clerk&apos;s commune file.</source>
        <translation>The open file is a volunteer package. Merge packages into the clerk&apos;s commune file.</translation>
    </message>
    <message>
        <source>%1 was made from the file of %2, not from this commune&apos;s file. Merge it into the file it was exported from.</source>
        <translation>%1 was made from the file of %2, not from this commune&apos;s file. Merge it into the file it was exported from.</translation>
    </message>
    <message>
        <source>%1 was not exported from this file, or its record of what was exported was changed afterwards (the signature does not match). Nothing was merged. Merge it into the file it was exported from, or export a new package.</source>
        <translation>%1 was not exported from this file, or its record of what was exported was changed afterwards (the signature does not match). Nothing was merged. Merge it into the file it was exported from, or export a new package.</translation>
    </message>
    <message>
        <source>The merge was cancelled; nothing was changed.</source>
        <translation>The merge was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>This commune file is older than %1: some of its records are at an earlier revision than when the package was exported (was the file restored from a backup?). Nothing was merged. Open the file the package was exported from, then merge again.</source>
        <translation>This commune file is older than %1: some of its records are at an earlier revision than when the package was exported (was the file restored from a backup?). Nothing was merged. Open the file the package was exported from, then merge again.</translation>
    </message>
    <message numerus="yes">
        <source>The package changed %n row(s) of %1: these are not merged. Make the same changes in this file if they are needed.</source>
        <translation>
            <numerusform>The package changed %n row(s) of %1: these are not merged. Make the same changes in this file if they are needed.</numerusform>
            <numerusform>The package changed %n row(s) of %1: these are not merged. Make the same changes in this file if they are needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageRepository</name>
    <message>
        <source>The package file could not be opened for writing: %1</source>
        <translation>The package file could not be opened for writing: %1</translation>
    </message>
    <message>
        <source>The package could not be written: %1</source>
        <translation>The package could not be written: %1</translation>
    </message>
    <message>
        <source>The rows of %1 could not be read: %2</source>
        <translation>The rows of %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The package&apos;s base could not be written: %1</source>
        <translation>The package&apos;s base could not be written: %1</translation>
    </message>
    <message>
        <source>The package&apos;s base could not be read: %1</source>
        <translation>The package&apos;s base could not be read: %1</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>The year in &quot;%1&quot; has only two digits, which could mean 19xx or 20xx; write the year with four digits, e.g. 05/03/1956.</source>
        <translation>The year in &quot;%1&quot; has only two digits, which could mean 19xx or 20xx; write the year with four digits, e.g. 05/03/1956.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Expected a year (1956), a month and year (03/1956) or a full date as day/month/year (05/03/1956).</source>
        <translation>&quot;%1&quot; is not a date. Expected a year (1956), a month and year (03/1956) or a full date as day/month/year (05/03/1956).</translation>
    </message>
    <message>
        <source>The year %1 is outside the accepted range %2 to %3.</source>
        <translation>The year %1 is outside the accepted range %2 to %3.</translation>
    </message>
    <message>
        <source>Month %1 does not exist in &quot;%2&quot;; a month is 1 to 12 (dates are written day/month/year).</source>
        <translation>Month %1 does not exist in &quot;%2&quot;; a month is 1 to 12 (dates are written day/month/year).</translation>
    </message>
    <message>
        <source>Day %1 does not exist in %2/%3; that month has %4 days.</source>
        <translation>Day %1 does not exist in %2/%3; that month has %4 days.</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Printing and PDF need the graphical part of the application. Save the report as .xlsx, or print it from the Reports page of the app.</source>
        <translation>Printing and PDF need the graphical part of the application. Save the report as .xlsx, or print it from the Reports page of the app.</translation>
    </message>
    <message>
        <source>The font for printed papers could not be loaded from the application&apos;s resources. Reinstall the application.</source>
        <translation>The font for printed papers could not be loaded from the application&apos;s resources. Reinstall the application.</translation>
    </message>
    <message>
        <source>The printer does not accept an %1 page with these margins. Choose another printer or paper size.</source>
        <translation>The printer does not accept an %1 page with these margins. Choose another printer or paper size.</translation>
    </message>
    <message>
        <source>Printing could not start. Check that the printer is ready, or save as PDF instead.</source>
        <translation>Printing could not start. Check that the printer is ready, or save as PDF instead.</translation>
    </message>
    <message>
        <source>The rows of the report could not be read from the commune file. Build the report again.</source>
        <translation>The rows of the report could not be read from the commune file. Build the report again.</translation>
    </message>
    <message>
        <source>The printer refused a new page. Check the printer and print again.</source>
        <translation>The printer refused a new page. Check the printer and print again.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Cannot write %1: %2. Choose another folder.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free space and try again.</source>
        <translation>Cannot write %1: %2. Check the free space and try again.</translation>
    </message>
</context>
<context>
    <name>PeopleRegisterWidget</name>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>Fil&amp;ter:</translation>
    </message>
    <message>
        <source>Type any part of a name (with or without accents), of a CCCD/CMND number or of a household code. Esc clears.</source>
        <translation>Type any part of a name (with or without accents), of a CCCD/CMND number or of a household code. Esc clears.</translation>
    </message>
    <message>
        <source>Filter: name, CCCD, household code…</source>
        <translation>Filter: name, CCCD, household code…</translation>
    </message>
    <message>
        <source>Show former residents and the &amp;deceased</source>
        <translation>Show former residents and the &amp;deceased</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>for example: Nguyễn Thị Thu Hà</source>
        <translation>for example: Nguyễn Thị Thu Hà</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>1956, 03/1956 or 05/03/1956</source>
        <translation>1956, 03/1956 or 05/03/1956</translation>
    </message>
    <message>
        <source>&amp;ID number (CCCD/CMND):</source>
        <translation>&amp;ID number (CCCD/CMND):</translation>
    </message>
    <message>
        <source>12 digits (CCCD) or 9 digits (CMND)</source>
        <translation>12 digits (CCCD) or 9 digits (CMND)</translation>
    </message>
    <message>
        <source>&amp;Ethnicity:</source>
        <translation>&amp;Ethnicity:</translation>
    </message>
    <message>
        <source>&amp;Religion:</source>
        <translation>&amp;Religion:</translation>
    </message>
    <message>
        <source>Ed&amp;ucation:</source>
        <translation>Ed&amp;ucation:</translation>
    </message>
    <message>
        <source>9/12, 7/10, TC, CĐ, ĐH…</source>
        <translation>9/12, 7/10, TC, CĐ, ĐH…</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>&amp;Occupation:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>PersonService</name>
    <message>
        <source>This person heads a household with other members. Choose a new head first.</source>
        <translation>This person heads a household with other members. Choose a new head first.</translation>
    </message>
</context>
<context>
    <name>PersonValidator</name>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Enter the person&apos;s full name.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>The birth date %1 is in the future.</translation>
    </message>
    <message>
        <source>The date of death is before the birth date.</source>
        <translation>The date of death is before the birth date.</translation>
    </message>
    <message>
        <source>The ID %1 already belongs to %2. Check both records.</source>
        <translation>The ID %1 already belongs to %2. Check both records.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>About Qt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>RecognisedCitizensList</name>
    <message>
        <source>Citizens recognised as learning citizens</source>
        <translation>Citizens recognised as learning citizens</translation>
    </message>
    <message>
        <source>The citizens recognised &quot;Công dân học tập&quot; in the year, with their village and the decision number.</source>
        <translation>The citizens recognised &quot;Công dân học tập&quot; in the year, with their village and the decision number.</translation>
    </message>
    <message>
        <source>No citizen of %1 was recognised as a learning citizen for %2. Record the recognition decision in View &gt; Evaluation (Ctrl+E) first, or choose another year.</source>
        <translation>No citizen of %1 was recognised as a learning citizen for %2. Record the recognition decision in View &gt; Evaluation (Ctrl+E) first, or choose another year.</translation>
    </message>
</context>
<context>
    <name>RecognisedHouseholdsList</name>
    <message>
        <source>Households recognised as learning families</source>
        <translation>Households recognised as learning families</translation>
    </message>
    <message>
        <source>The households recognised &quot;Gia đình học tập&quot; in the year, with the decision number and date, per village.</source>
        <translation>The households recognised &quot;Gia đình học tập&quot; in the year, with the decision number and date, per village.</translation>
    </message>
    <message>
        <source>No household of %1 was recognised as a learning family for %2. Record the recognition decision in View &gt; Evaluation (Ctrl+E) first, or choose another year.</source>
        <translation>No household of %1 was recognised as a learning family for %2. Record the recognition decision in View &gt; Evaluation (Ctrl+E) first, or choose another year.</translation>
    </message>
</context>
<context>
    <name>RecognitionService</name>
    <message>
        <source>Choose the subjects to recognise.</source>
        <translation>Choose the subjects to recognise.</translation>
    </message>
    <message>
        <source>Type the number of the recognition decision.</source>
        <translation>Type the number of the recognition decision.</translation>
    </message>
    <message>
        <source>Enter the date of the recognition decision.</source>
        <translation>Enter the date of the recognition decision.</translation>
    </message>
    <message>
        <source>A recognition for %1 cannot be decided before the year has begun (%2).</source>
        <translation>A recognition for %1 cannot be decided before the year has begun (%2).</translation>
    </message>
    <message>
        <source>%1 has no result for %2: evaluate the year first.</source>
        <translation>%1 has no result for %2: evaluate the year first.</translation>
    </message>
    <message>
        <source>%1 does not meet the criteria for %2 (%3); only subjects that meet them can be recognised.</source>
        <translation>%1 does not meet the criteria for %2 (%3); only subjects that meet them can be recognised.</translation>
    </message>
    <message>
        <source>There is no recognition for %1 to withdraw.</source>
        <translation>There is no recognition for %1 to withdraw.</translation>
    </message>
</context>
<context>
    <name>RegisterList</name>
    <message>
        <source>Register of households and people</source>
        <translation>Register of households and people</translation>
    </message>
    <message>
        <source>Every household of a village (or of the whole commune, village by village) with its members, in the order of the head&apos;s given name.</source>
        <translation>Every household of a village (or of the whole commune, village by village) with its members, in the order of the head&apos;s given name.</translation>
    </message>
    <message>
        <source>%1 has no household with living members to list. Add households (Ctrl+Shift+N) or import the register (Ctrl+I) first.</source>
        <translation>%1 has no household with living members to list. Add households (Ctrl+Shift+N) or import the register (Ctrl+I) first.</translation>
    </message>
</context>
<context>
    <name>RegisterParser</name>
    <message>
        <source>Row %1 skipped: %2</source>
        <translation>Row %1 skipped: %2</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>not imported</translation>
    </message>
    <message>
        <source>Residence &quot;%1&quot; is not known</source>
        <translation>Residence &quot;%1&quot; is not known</translation>
    </message>
    <message>
        <source>recorded as permanent; the text is kept in the notes</source>
        <translation>recorded as permanent; the text is kept in the notes</translation>
    </message>
    <message>
        <source>Residence as written: %1</source>
        <translation>Residence as written: %1</translation>
    </message>
    <message>
        <source>title above the header</source>
        <translation>title above the header</translation>
    </message>
    <message>
        <source>below the total row</source>
        <translation>below the total row</translation>
    </message>
    <message>
        <source>Row %1 has data but no name</source>
        <translation>Row %1 has data but no name</translation>
    </message>
    <message>
        <source>row not imported</source>
        <translation>row not imported</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; is empty</source>
        <translation>sheet &quot;%1&quot; is empty</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; has no header row with a name column in its first %2 rows</source>
        <translation>sheet &quot;%1&quot; has no header row with a name column in its first %2 rows</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; has no people below its header</source>
        <translation>sheet &quot;%1&quot; has no people below its header</translation>
    </message>
    <message>
        <source>The text encoding of %1 was guessed as %2 with low confidence (%3%)</source>
        <translation>The text encoding of %1 was guessed as %2 with low confidence (%3%)</translation>
    </message>
    <message>
        <source>check the names in the preview; choose another encoding if they look wrong</source>
        <translation>check the names in the preview; choose another encoding if they look wrong</translation>
    </message>
    <message>
        <source>sheet not imported</source>
        <translation>sheet not imported</translation>
    </message>
</context>
<context>
    <name>RegistrationCommands</name>
    <message>
        <source>Register %1 for %2 %3</source>
        <translation>Register %1 for %2 %3</translation>
    </message>
    <message>
        <source>Register %1 of %2 for %3 %4</source>
        <translation>Register %1 of %2 for %3 %4</translation>
    </message>
    <message>
        <source>Take back the registration of %1 for %2 %3</source>
        <translation>Take back the registration of %1 for %2 %3</translation>
    </message>
    <message>
        <source>Register every village for %1 %2</source>
        <translation>Register every village for %1 %2</translation>
    </message>
    <message>
        <source>the registration of every village for %1 %2</source>
        <translation>the registration of every village for %1 %2</translation>
    </message>
</context>
<context>
    <name>RegistrationRepository</name>
    <message>
        <source>The commune and its learning centre are evaluated every year without registering.</source>
        <translation>The commune and its learning centre are evaluated every year without registering.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member(s)</numerusform>
            <numerusform>%n member(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>born %1, household %2</source>
        <translation>born %1, household %2</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n household(s)</numerusform>
            <numerusform>%n household(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationService</name>
    <message>
        <source>Learning household (Gia đình học tập)</source>
        <translation>Learning household (Gia đình học tập)</translation>
    </message>
    <message>
        <source>Learning clan (Dòng họ học tập)</source>
        <translation>Learning clan (Dòng họ học tập)</translation>
    </message>
    <message>
        <source>Learning village (Cộng đồng học tập cấp thôn)</source>
        <translation>Learning village (Cộng đồng học tập cấp thôn)</translation>
    </message>
    <message>
        <source>Learning unit (Đơn vị học tập)</source>
        <translation>Learning unit (Đơn vị học tập)</translation>
    </message>
    <message>
        <source>Learning citizen (Công dân học tập)</source>
        <translation>Learning citizen (Công dân học tập)</translation>
    </message>
    <message>
        <source>Learning commune (Cộng đồng học tập cấp xã)</source>
        <translation>Learning commune (Cộng đồng học tập cấp xã)</translation>
    </message>
    <message>
        <source>Learning centre rating (TTHTCĐ)</source>
        <translation>Learning centre rating (TTHTCĐ)</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n household(s)</numerusform>
            <numerusform>%n household(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s)</source>
        <translation>
            <numerusform>%n citizen(s)</numerusform>
            <numerusform>%n citizen(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clan(s)</source>
        <translation>
            <numerusform>%n clan(s)</numerusform>
            <numerusform>%n clan(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n village(s)</source>
        <translation>
            <numerusform>%n village(s)</numerusform>
            <numerusform>%n village(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit(s)</numerusform>
            <numerusform>%n unit(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a year registrations can be made for. Choose a year between 2000 and next year.</source>
        <translation>%1 is not a year registrations can be made for. Choose a year between 2000 and next year.</translation>
    </message>
    <message>
        <source>%1 needs no registration: it is evaluated every year.</source>
        <translation>%1 needs no registration: it is evaluated every year.</translation>
    </message>
    <message>
        <source>%1 is given to other subjects than the ones chosen; nothing was registered.</source>
        <translation>%1 is given to other subjects than the ones chosen; nothing was registered.</translation>
    </message>
    <message>
        <source>One of the chosen subjects is no longer in the registers; nothing was registered. Choose again.</source>
        <translation>One of the chosen subjects is no longer in the registers; nothing was registered. Choose again.</translation>
    </message>
    <message>
        <source>The village is no longer in the registers. Choose another.</source>
        <translation>The village is no longer in the registers. Choose another.</translation>
    </message>
    <message>
        <source>%1 no longer exists (merged or split); register the subjects of the village it became part of.</source>
        <translation>%1 no longer exists (merged or split); register the subjects of the village it became part of.</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Wife</source>
        <translation>Wife</translation>
    </message>
    <message>
        <source>Husband</source>
        <translation>Husband</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Mother-in-law</source>
        <translation>Mother-in-law</translation>
    </message>
    <message>
        <source>Father-in-law</source>
        <translation>Father-in-law</translation>
    </message>
    <message>
        <source>Parent-in-law</source>
        <translation>Parent-in-law</translation>
    </message>
    <message>
        <source>Daughter-in-law</source>
        <translation>Daughter-in-law</translation>
    </message>
    <message>
        <source>Son-in-law</source>
        <translation>Son-in-law</translation>
    </message>
    <message>
        <source>Child-in-law</source>
        <translation>Child-in-law</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>Grandmother</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>Grandfather</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>Sister</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>Brother</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>needs: %1; writes %2</source>
        <translation>needs: %1; writes %2</translation>
    </message>
    <message>
        <source>Builds a report, list, minutes or certificates from a commune file and writes it as .xlsx or .pdf (by the extension of --out). &apos;sohoctap-cli report list&apos; names the reports and what each needs.</source>
        <translation>Builds a report, list, minutes or certificates from a commune file and writes it as .xlsx or .pdf (by the extension of --out). &apos;sohoctap-cli report list&apos; names the reports and what each needs.</translation>
    </message>
    <message>
        <source>The report (see &apos;report list&apos;).</source>
        <translation>The report (see &apos;report list&apos;).</translation>
    </message>
    <message>
        <source>The commune file.</source>
        <translation>The commune file.</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>The year of the report.</source>
        <translation>The year of the report.</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>One village (name or UUID); default the whole commune.</source>
        <translation>One village (name or UUID); default the whole commune.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>The local unit (name or UUID), for tt24-summary.</source>
        <translation>The local unit (name or UUID), for tt24-summary.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>The course (title or UUID), for attendance sheets.</source>
        <translation>The course (title or UUID), for attendance sheets.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>The title for minutes, certificates and lists of recognised subjects: learning_family, learning_clan, learning_village, learning_unit, learning_citizen.</source>
        <translation>The title for minutes, certificates and lists of recognised subjects: learning_family, learning_clan, learning_village, learning_unit, learning_citizen.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>The date on the paper (YYYY-MM-DD); default today.</source>
        <translation>The date on the paper (YYYY-MM-DD); default today.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Certificates: A4 or A5.</source>
        <translation>Certificates: A4 or A5.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>The file to write: .xlsx or .pdf.</source>
        <translation>The file to write: .xlsx or .pdf.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Try: sohoctap-cli report --help</source>
        <translation>Try: sohoctap-cli report --help</translation>
    </message>
    <message>
        <source>report needs one NAME, or &apos;list&apos;. Try: sohoctap-cli report --help</source>
        <translation>report needs one NAME, or &apos;list&apos;. Try: sohoctap-cli report --help</translation>
    </message>
    <message>
        <source>Unknown report: %1. Run &apos;sohoctap-cli report list&apos; for the reports.</source>
        <translation>Unknown report: %1. Run &apos;sohoctap-cli report list&apos; for the reports.</translation>
    </message>
    <message>
        <source>%1 needs --year Y (e.g. --year 2025).</source>
        <translation>%1 needs --year Y (e.g. --year 2025).</translation>
    </message>
    <message>
        <source>report needs --out FILE ending in .xlsx or .pdf.</source>
        <translation>report needs --out FILE ending in .xlsx or .pdf.</translation>
    </message>
    <message>
        <source>%1 cannot be written as .%2.</source>
        <translation>%1 cannot be written as .%2.</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD (e.g. 2026-01-05).</source>
        <translation>--date must be a date written YYYY-MM-DD (e.g. 2026-01-05).</translation>
    </message>
    <message>
        <source>--page-size must be A4 or A5.</source>
        <translation>--page-size must be A4 or A5.</translation>
    </message>
    <message>
        <source>%1 needs --title T. Try: sohoctap-cli report --help</source>
        <translation>%1 needs --title T. Try: sohoctap-cli report --help</translation>
    </message>
    <message>
        <source>report needs --db FILE, the commune file.</source>
        <translation>report needs --db FILE, the commune file.</translation>
    </message>
    <message>
        <source>There is no village &quot;%1&quot; in %2. Run &apos;sohoctap-cli info %2&apos; for the villages.</source>
        <translation>There is no village &quot;%1&quot; in %2. Run &apos;sohoctap-cli info %2&apos; for the villages.</translation>
    </message>
    <message>
        <source>%1 needs --village V (a name or UUID).</source>
        <translation>%1 needs --village V (a name or UUID).</translation>
    </message>
    <message>
        <source>%1 needs --unit U (a local unit&apos;s name or UUID).</source>
        <translation>%1 needs --unit U (a local unit&apos;s name or UUID).</translation>
    </message>
    <message>
        <source>There is no local unit &quot;%1&quot; in the file.</source>
        <translation>There is no local unit &quot;%1&quot; in the file.</translation>
    </message>
    <message>
        <source>%1 needs --course C (a course&apos;s title or UUID).</source>
        <translation>%1 needs --course C (a course&apos;s title or UUID).</translation>
    </message>
    <message>
        <source>There is no course &quot;%1&quot; in the file.</source>
        <translation>There is no course &quot;%1&quot; in the file.</translation>
    </message>
    <message>
        <source>This build of sohoctap-cli cannot write PDF. Write .xlsx, or save the PDF from the Reports page of the app.</source>
        <translation>This build of sohoctap-cli cannot write PDF. Write .xlsx, or save the PDF from the Reports page of the app.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n row(s)) in %2 s.</source>
        <translation>
            <numerusform>Wrote %1 (%n row(s)) in %2 s.</numerusform>
            <numerusform>Wrote %1 (%n row(s)) in %2 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <source>%1: the field is missing.</source>
        <translation>%1: the field is missing.</translation>
    </message>
    <message>
        <source>%1: must be text.</source>
        <translation>%1: must be text.</translation>
    </message>
    <message>
        <source>%1: must not be empty.</source>
        <translation>%1: must not be empty.</translation>
    </message>
    <message>
        <source>%1: must be true or false.</source>
        <translation>%1: must be true or false.</translation>
    </message>
    <message>
        <source>%1: must be a number.</source>
        <translation>%1: must be a number.</translation>
    </message>
    <message>
        <source>%1: must be a list [ … ].</source>
        <translation>%1: must be a list [ … ].</translation>
    </message>
    <message>
        <source>%1: unknown field; the known fields here are: %2.</source>
        <translation>%1: unknown field; the known fields here are: %2.</translation>
    </message>
    <message>
        <source>must be between 1 and 255 characters.</source>
        <translation>must be between 1 and 255 characters.</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use text, integer, decimal, percent or date.</source>
        <translation>unknown kind &quot;%1&quot;; use text, integer, decimal, percent or date.</translation>
    </message>
    <message>
        <source>only integer and decimal columns can be summed.</source>
        <translation>only integer and decimal columns can be summed.</translation>
    </message>
    <message>
        <source>a percentage needs both a numerator and a denominator.</source>
        <translation>a percentage needs both a numerator and a denominator.</translation>
    </message>
    <message>
        <source>only percent columns have a numerator.</source>
        <translation>only percent columns have a numerator.</translation>
    </message>
    <message>
        <source>a table needs at least one column.</source>
        <translation>a table needs at least one column.</translation>
    </message>
    <message>
        <source>%1: must be an object { … }.</source>
        <translation>%1: must be an object { … }.</translation>
    </message>
    <message>
        <source>%1.figure: &quot;%2&quot; is already a column of this table.</source>
        <translation>%1.figure: &quot;%2&quot; is already a column of this table.</translation>
    </message>
    <message numerus="yes">
        <source>%1: and %n more problem(s).</source>
        <translation>
            <numerusform>%1: and %n more problem(s).</numerusform>
            <numerusform>%1: and %n more problem(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no layout for the report &quot;%1&quot; (looked for %2 in %3 and in the application).</source>
        <translation>There is no layout for the report &quot;%1&quot; (looked for %2 in %3 and in the application).</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1: line %2: not valid JSON (%3).</source>
        <translation>%1: line %2: not valid JSON (%3).</translation>
    </message>
    <message>
        <source>%1: a report layout must be one JSON object { … }.</source>
        <translation>%1: a report layout must be one JSON object { … }.</translation>
    </message>
    <message>
        <source>a sheet name has at most 31 characters.</source>
        <translation>a sheet name has at most 31 characters.</translation>
    </message>
    <message>
        <source>a sheet name cannot contain [ ] : * ? / or \.</source>
        <translation>a sheet name cannot contain [ ] : * ? / or \.</translation>
    </message>
    <message>
        <source>%1.key: &quot;%2&quot; is already the key of another table.</source>
        <translation>%1.key: &quot;%2&quot; is already the key of another table.</translation>
    </message>
    <message>
        <source>The layout of the report &quot;%1&quot; has no table &quot;%2&quot;: add it to %1.json or remove the override in %3.</source>
        <translation>The layout of the report &quot;%1&quot; has no table &quot;%2&quot;: add it to %1.json or remove the override in %3.</translation>
    </message>
    <message>
        <source>%1.json: table &quot;%2&quot;, column %3: the report makes no figure &quot;%4&quot;; the figures it makes are: %5.</source>
        <translation>%1.json: table &quot;%2&quot;, column %3: the report makes no figure &quot;%4&quot;; the figures it makes are: %5.</translation>
    </message>
</context>
<context>
    <name>ResidenceStatus</name>
    <message>
        <source>Temporary resident</source>
        <translation>Temporary resident</translation>
    </message>
    <message>
        <source>Temporarily absent</source>
        <translation>Temporarily absent</translation>
    </message>
    <message>
        <source>Permanent resident</source>
        <translation>Permanent resident</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>The setting could not be saved: %1</translation>
    </message>
    <message>
        <source>The citizens&apos; minimum age must be between 1 and 99.</source>
        <translation>The citizens&apos; minimum age must be between 1 and 99.</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>ShareEvidence</name>
    <message>
        <source>đạt</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>chưa đạt</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>… và %1 mục khác chưa đạt</source>
        <translation>… và %1 mục khác chưa đạt</translation>
    </message>
    <message>
        <source>Hộ %1: không còn ai cư trú ngày %2, không tính</source>
        <translation>Hộ %1: không còn ai cư trú ngày %2, không tính</translation>
    </message>
    <message>
        <source>Hộ %1: %2</source>
        <translation>Hộ %1: %2</translation>
    </message>
    <message>
        <source>%1 hộ đạt %2 (cần %3)</source>
        <translation>%1 hộ đạt %2 (cần %3)</translation>
    </message>
    <message>
        <source>Gia đình học tập</source>
        <translation>Gia đình học tập</translation>
    </message>
    <message>
        <source>Bộ tiêu chí ghi danh hiệu không có: %1</source>
        <translation>Bộ tiêu chí ghi danh hiệu không có: %1</translation>
    </message>
    <message>
        <source>Hộ %1: chuyển khỏi %2 ngày %3, không tính</source>
        <translation>Hộ %1: chuyển khỏi %2 ngày %3, không tính</translation>
    </message>
    <message>
        <source>%1, %2 tuổi: %3</source>
        <translation>%1, %2 tuổi: %3</translation>
    </message>
    <message>
        <source>%1 người từ %2 tuổi đạt Công dân học tập (cần %3)</source>
        <translation>%1 người từ %2 tuổi đạt Công dân học tập (cần %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Đơn vị khai %1 người; sổ chỉ có %2 người: tính trên %1</source>
        <translation>Đơn vị khai %1 người; sổ chỉ có %2 người: tính trên %1</translation>
    </message>
    <message>
        <source>Tính trên %1 người có trong sổ</source>
        <translation>Tính trên %1 người có trong sổ</translation>
    </message>
    <message>
        <source>%1 người đạt Công dân học tập (cần %2)</source>
        <translation>%1 người đạt Công dân học tập (cần %2)</translation>
    </message>
</context>
<context>
    <name>StartPageWidget</name>
    <message>
        <source>The records of your commune&apos;s learning society: households, citizens, clans, local units and the learning centre. Everything stays on this computer.</source>
        <translation>The records of your commune&apos;s learning society: households, citizens, clans, local units and the learning centre. Everything stays on this computer.</translation>
    </message>
    <message>
        <source>Create a new file for a commune or ward (Ctrl+N)</source>
        <translation>Create a new file for a commune or ward (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;New commune file…</source>
        <translation>&amp;New commune file…</translation>
    </message>
    <message>
        <source>Open an existing commune file (Ctrl+O)</source>
        <translation>Open an existing commune file (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Open a file…</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <source>No recent files yet. Create a new commune file or open one you already have.</source>
        <translation>No recent files yet. Create a new commune file or open one you already have.</translation>
    </message>
    <message>
        <source>Tip: select a recent file with the arrow keys and press Enter to open it.</source>
        <translation>Tip: select a recent file with the arrow keys and press Enter to open it.</translation>
    </message>
</context>
<context>
    <name>TableLabel</name>
    <message>
        <source>the people</source>
        <translation>the people</translation>
    </message>
    <message>
        <source>the households</source>
        <translation>the households</translation>
    </message>
    <message>
        <source>the household members</source>
        <translation>the household members</translation>
    </message>
    <message>
        <source>the households&apos; villages</source>
        <translation>the households&apos; villages</translation>
    </message>
    <message>
        <source>the commune and villages</source>
        <translation>the commune and villages</translation>
    </message>
    <message>
        <source>the village names</source>
        <translation>the village names</translation>
    </message>
    <message>
        <source>the clans</source>
        <translation>the clans</translation>
    </message>
    <message>
        <source>the clans&apos; households</source>
        <translation>the clans&apos; households</translation>
    </message>
    <message>
        <source>the local units</source>
        <translation>the local units</translation>
    </message>
    <message>
        <source>the units&apos; staff</source>
        <translation>the units&apos; staff</translation>
    </message>
    <message>
        <source>the learning centre</source>
        <translation>the learning centre</translation>
    </message>
    <message>
        <source>the courses</source>
        <translation>the courses</translation>
    </message>
    <message>
        <source>the course sessions</source>
        <translation>the course sessions</translation>
    </message>
    <message>
        <source>the attendance lists</source>
        <translation>the attendance lists</translation>
    </message>
    <message>
        <source>the history of changes</source>
        <translation>the history of changes</translation>
    </message>
    <message>
        <source>the criteria catalogues</source>
        <translation>the criteria catalogues</translation>
    </message>
    <message>
        <source>the registrations for titles</source>
        <translation>the registrations for titles</translation>
    </message>
    <message>
        <source>the council&apos;s judgements</source>
        <translation>the council&apos;s judgements</translation>
    </message>
    <message>
        <source>the recognitions</source>
        <translation>the recognitions</translation>
    </message>
    <message>
        <source>the local targets</source>
        <translation>the local targets</translation>
    </message>
    <message>
        <source>the import history</source>
        <translation>the import history</translation>
    </message>
</context>
<context>
    <name>Target</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>%1–%2%</source>
        <translation>%1–%2%</translation>
    </message>
    <message>
        <source>, difficult areas</source>
        <translation>, difficult areas</translation>
    </message>
    <message>
        <source> [provisional]</source>
        <translation> [provisional]</translation>
    </message>
</context>
<context>
    <name>TargetCatalogue</name>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>%1: unknown field (expected one of indicator, year, share, share_max, confidence, provincial_plan, area, source, source_date, note)</source>
        <translation>%1: unknown field (expected one of indicator, year, share, share_max, confidence, provincial_plan, area, source, source_date, note)</translation>
    </message>
    <message>
        <source>indicator: %1 is not a known indicator (one of %2)</source>
        <translation>indicator: %1 is not a known indicator (one of %2)</translation>
    </message>
    <message>
        <source>year: %1 must be a whole year between 2000 and 2100</source>
        <translation>year: %1 must be a whole year between 2000 and 2100</translation>
    </message>
    <message>
        <source>share: %1 must be a number from 0 to 1 (0.7 for 70%)</source>
        <translation>share: %1 must be a number from 0 to 1 (0.7 for 70%)</translation>
    </message>
    <message>
        <source>share_max: %1 must be a number from share (%2) to 1</source>
        <translation>share_max: %1 must be a number from share (%2) to 1</translation>
    </message>
    <message>
        <source>confidence: %1 must be &quot;verified&quot; or &quot;inferred&quot;</source>
        <translation>confidence: %1 must be &quot;verified&quot; or &quot;inferred&quot;</translation>
    </message>
    <message>
        <source>area: %1 must be &quot;general&quot; or &quot;difficult&quot;</source>
        <translation>area: %1 must be &quot;general&quot; or &quot;difficult&quot;</translation>
    </message>
    <message>
        <source>provincial_plan: %1 must be true or false</source>
        <translation>provincial_plan: %1 must be true or false</translation>
    </message>
    <message>
        <source>source: %1 must name the instrument, e.g. &quot;QĐ 387/QĐ-TTg&quot;</source>
        <translation>source: %1 must name the instrument, e.g. &quot;QĐ 387/QĐ-TTg&quot;</translation>
    </message>
    <message>
        <source>source_date: %1 must be a date written YYYY-MM-DD</source>
        <translation>source_date: %1 must be a date written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>note: %1 must be text</source>
        <translation>note: %1 must be text</translation>
    </message>
    <message>
        <source>The national targets (%1) are missing from this program: reinstall it.</source>
        <translation>The national targets (%1) are missing from this program: reinstall it.</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>not valid JSON: %1 at character %2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object with &quot;format&quot; and &quot;targets&quot;</source>
        <translation>the file must hold one JSON object with &quot;format&quot; and &quot;targets&quot;</translation>
    </message>
    <message>
        <source>format: %1 is not a targets format this program reads (%2)</source>
        <translation>format: %1 is not a targets format this program reads (%2)</translation>
    </message>
    <message>
        <source>targets: must be a list of targets</source>
        <translation>targets: must be a list of targets</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: must be an object</translation>
    </message>
    <message>
        <source>%1: a second target of %2 for %3 (%4, %5)</source>
        <translation>%1: a second target of %2 for %3 (%4, %5)</translation>
    </message>
</context>
<context>
    <name>TargetCommands</name>
    <message>
        <source>%1 target: %2 %3, %4</source>
        <translation>%1 target: %2 %3, %4</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>TargetIndicator</name>
    <message>
        <source>Learning families (GĐHT)</source>
        <translation>Learning families (GĐHT)</translation>
    </message>
    <message>
        <source>Households recognised Gia đình học tập, of all households</source>
        <translation>Households recognised Gia đình học tập, of all households</translation>
    </message>
    <message>
        <source>GĐHT</source>
        <translation>GĐHT</translation>
    </message>
    <message>
        <source>Learning clans (DHHT)</source>
        <translation>Learning clans (DHHT)</translation>
    </message>
    <message>
        <source>Clans recognised Dòng họ học tập, of all clans</source>
        <translation>Clans recognised Dòng họ học tập, of all clans</translation>
    </message>
    <message>
        <source>DHHT</source>
        <translation>DHHT</translation>
    </message>
    <message>
        <source>Learning communities (CĐHT)</source>
        <translation>Learning communities (CĐHT)</translation>
    </message>
    <message>
        <source>Villages and residential groups recognised Cộng đồng học tập, of all of them</source>
        <translation>Villages and residential groups recognised Cộng đồng học tập, of all of them</translation>
    </message>
    <message>
        <source>CĐHT</source>
        <translation>CĐHT</translation>
    </message>
    <message>
        <source>Learning units (ĐVHT)</source>
        <translation>Learning units (ĐVHT)</translation>
    </message>
    <message>
        <source>Local units recognised Đơn vị học tập, of all units</source>
        <translation>Local units recognised Đơn vị học tập, of all units</translation>
    </message>
    <message>
        <source>ĐVHT</source>
        <translation>ĐVHT</translation>
    </message>
    <message>
        <source>CDHT: adults in GĐHT/DHHT/CĐHT</source>
        <translation>CDHT: adults in GĐHT/DHHT/CĐHT</translation>
    </message>
    <message>
        <source>Adults living in a recognised learning family, clan or community who are recognised Công dân học tập</source>
        <translation>Adults living in a recognised learning family, clan or community who are recognised Công dân học tập</translation>
    </message>
    <message>
        <source>CDHT (adults)</source>
        <translation>CDHT (adults)</translation>
    </message>
    <message>
        <source>CDHT: staff of ĐVHT</source>
        <translation>CDHT: staff of ĐVHT</translation>
    </message>
    <message>
        <source>Cadres, civil servants and employees of the commune-level units recognised Đơn vị học tập who are recognised Công dân học tập</source>
        <translation>Cadres, civil servants and employees of the commune-level units recognised Đơn vị học tập who are recognised Công dân học tập</translation>
    </message>
    <message>
        <source>CDHT (staff)</source>
        <translation>CDHT (staff)</translation>
    </message>
    <message>
        <source>CDHT: all adults</source>
        <translation>CDHT: all adults</translation>
    </message>
    <message>
        <source>Adult residents recognised Công dân học tập</source>
        <translation>Adult residents recognised Công dân học tập</translation>
    </message>
    <message>
        <source>CDHT (all adults)</source>
        <translation>CDHT (all adults)</translation>
    </message>
    <message>
        <source>CDHT: digital skills</source>
        <translation>CDHT: digital skills</translation>
    </message>
    <message>
        <source>Of the citizens recognised, those whose digital skills meet their job&apos;s needs</source>
        <translation>Of the citizens recognised, those whose digital skills meet their job&apos;s needs</translation>
    </message>
    <message>
        <source>CDHT (digital skills)</source>
        <translation>CDHT (digital skills)</translation>
    </message>
    <message>
        <source>CDHT: updating online</source>
        <translation>CDHT: updating online</translation>
    </message>
    <message>
        <source>Of the citizens recognised, those able to update their information online</source>
        <translation>Of the citizens recognised, those able to update their information online</translation>
    </message>
    <message>
        <source>CDHT (online)</source>
        <translation>CDHT (online)</translation>
    </message>
    <message>
        <source>Association leads the centre</source>
        <translation>Association leads the centre</translation>
    </message>
    <message>
        <source>The commune association&apos;s chair or vice-chair takes part in running the TTHTCĐ</source>
        <translation>The commune association&apos;s chair or vice-chair takes part in running the TTHTCĐ</translation>
    </message>
    <message>
        <source>HKH leads TTHTCĐ</source>
        <translation>HKH leads TTHTCĐ</translation>
    </message>
    <message>
        <source>Association staff trained in ICT</source>
        <translation>Association staff trained in ICT</translation>
    </message>
    <message>
        <source>Association staff active at the TTHTCĐ and trained in information technology</source>
        <translation>Association staff active at the TTHTCĐ and trained in information technology</translation>
    </message>
    <message>
        <source>HKH staff ICT</source>
        <translation>HKH staff ICT</translation>
    </message>
    <message>
        <source>Centre uses ICT</source>
        <translation>Centre uses ICT</translation>
    </message>
    <message>
        <source>Learning centres using information technology in management and teaching</source>
        <translation>Learning centres using information technology in management and teaching</translation>
    </message>
    <message>
        <source>TTHTCĐ ICT</source>
        <translation>TTHTCĐ ICT</translation>
    </message>
</context>
<context>
    <name>TargetService</name>
    <message>
        <source>The target year must be between %1 and %2.</source>
        <translation>The target year must be between %1 and %2.</translation>
    </message>
    <message>
        <source>A target is a share from 0% to 100%.</source>
        <translation>A target is a share from 0% to 100%.</translation>
    </message>
    <message>
        <source>National targets come with the program and cannot be changed; add a province or commune target instead.</source>
        <translation>National targets come with the program and cannot be changed; add a province or commune target instead.</translation>
    </message>
    <message>
        <source>There is already a %1 target for &quot;%2&quot; in %3: change that one instead.</source>
        <translation>There is already a %1 target for &quot;%2&quot; in %3: change that one instead.</translation>
    </message>
    <message>
        <source>This target no longer exists.</source>
        <translation>This target no longer exists.</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Windows-1258 (Vietnamese Windows)</source>
        <translation>Windows-1258 (Vietnamese Windows)</translation>
    </message>
    <message>
        <source>TCVN3 (ABC, .VnTime)</source>
        <translation>TCVN3 (ABC, .VnTime)</translation>
    </message>
    <message>
        <source>VNI-Windows (VNI-Times)</source>
        <translation>VNI-Windows (VNI-Times)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western, not Vietnamese)</source>
        <translation>Windows-1252 (Western, not Vietnamese)</translation>
    </message>
</context>
<context>
    <name>ThreeWayMerge</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <source>Moved away on</source>
        <translation>Moved away on</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>Household code</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>Relation to the head</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>Reason it ended</source>
        <translation>Reason it ended</translation>
    </message>
    <message>
        <source>Clan</source>
        <translation>Clan</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Learning centre</source>
        <translation>Learning centre</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Kind of subject</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Judged on</source>
        <translation>Judged on</translation>
    </message>
</context>
<context>
    <name>Tt24SummarySource</name>
    <message>
        <source>TT 24 self-assessment of a unit</source>
        <translation>TT 24 self-assessment of a unit</translation>
    </message>
    <message>
        <source>The summary table of criteria and indicators of one local unit (Đơn vị học tập) with evidence and the self-assessed result, from the year&apos;s evaluation.</source>
        <translation>The summary table of criteria and indicators of one local unit (Đơn vị học tập) with evidence and the self-assessed result, from the year&apos;s evaluation.</translation>
    </message>
    <message>
        <source>Choose the year of the report.</source>
        <translation>Choose the year of the report.</translation>
    </message>
    <message>
        <source>Choose the local unit whose self-assessment to print.</source>
        <translation>Choose the local unit whose self-assessment to print.</translation>
    </message>
    <message>
        <source>This unit has no evaluation for %1 yet: register it for Đơn vị học tập in %1 and press Evaluate (F5) first.</source>
        <translation>This unit has no evaluation for %1 yet: register it for Đơn vị học tập in %1 and press Evaluate (F5) first.</translation>
    </message>
    <message>
        <source>The criteria catalogue %1 %2 of the %3 evaluation is no longer in the file: press Evaluate (F5) again.</source>
        <translation>The criteria catalogue %1 %2 of the %3 evaluation is no longer in the file: press Evaluate (F5) again.</translation>
    </message>
</context>
<context>
    <name>Tt25DossierSource</name>
    <message>
        <source>TT 25 self-assessment of the commune</source>
        <translation>TT 25 self-assessment of the commune</translation>
    </message>
    <message>
        <source>The summary table of criteria and indicators with evidence and the self-assessed result, and a draft of the self-assessment report, from the year&apos;s evaluation.</source>
        <translation>The summary table of criteria and indicators with evidence and the self-assessed result, and a draft of the self-assessment report, from the year&apos;s evaluation.</translation>
    </message>
    <message>
        <source>Choose the year of the report.</source>
        <translation>Choose the year of the report.</translation>
    </message>
    <message>
        <source>The commune has no evaluation for %1 yet: register the commune for Cộng đồng học tập cấp xã in %1 and press Evaluate (F5) first.</source>
        <translation>The commune has no evaluation for %1 yet: register the commune for Cộng đồng học tập cấp xã in %1 and press Evaluate (F5) first.</translation>
    </message>
    <message>
        <source>The criteria catalogue %1 %2 of the %3 evaluation is no longer in the file: press Evaluate (F5) again.</source>
        <translation>The criteria catalogue %1 %2 of the %3 evaluation is no longer in the file: press Evaluate (F5) again.</translation>
    </message>
</context>
<context>
    <name>ValueNormalizer</name>
    <message>
        <source>%1 is not a date (%2)</source>
        <translation>%1 is not a date (%2)</translation>
    </message>
    <message>
        <source>Birth date &quot;%1&quot; cannot be read (%2)</source>
        <translation>Birth date &quot;%1&quot; cannot be read (%2)</translation>
    </message>
    <message>
        <source>birth date left empty; the text is kept in the notes</source>
        <translation>birth date left empty; the text is kept in the notes</translation>
    </message>
    <message>
        <source>Birth date as written: %1</source>
        <translation>Birth date as written: %1</translation>
    </message>
    <message>
        <source>Birth date %1 is in the future</source>
        <translation>Birth date %1 is in the future</translation>
    </message>
    <message>
        <source>ID %1 has lost its leading zero(s): the spreadsheet stored it as a number</source>
        <translation>ID %1 has lost its leading zero(s): the spreadsheet stored it as a number</translation>
    </message>
    <message>
        <source>restored as %1</source>
        <translation>restored as %1</translation>
    </message>
    <message>
        <source>ID %1 is not usable: %2</source>
        <translation>ID %1 is not usable: %2</translation>
    </message>
    <message>
        <source>ID left empty; the text is kept in the notes</source>
        <translation>ID left empty; the text is kept in the notes</translation>
    </message>
    <message>
        <source>ID as written: %1</source>
        <translation>ID as written: %1</translation>
    </message>
    <message>
        <source>Relation &quot;%1&quot; is not known</source>
        <translation>Relation &quot;%1&quot; is not known</translation>
    </message>
    <message>
        <source>recorded as &quot;other&quot;; the word is kept in the notes</source>
        <translation>recorded as &quot;other&quot;; the word is kept in the notes</translation>
    </message>
    <message>
        <source>Relation as written: %1</source>
        <translation>Relation as written: %1</translation>
    </message>
    <message>
        <source>Sex &quot;%1&quot; is not known</source>
        <translation>Sex &quot;%1&quot; is not known</translation>
    </message>
    <message>
        <source>sex left empty; the text is kept in the notes</source>
        <translation>sex left empty; the text is kept in the notes</translation>
    </message>
    <message>
        <source>Sex as written: %1</source>
        <translation>Sex as written: %1</translation>
    </message>
    <message>
        <source>Education &quot;%1&quot; cannot be read (%2)</source>
        <translation>Education &quot;%1&quot; cannot be read (%2)</translation>
    </message>
    <message>
        <source>education left empty; the text is kept in the notes</source>
        <translation>education left empty; the text is kept in the notes</translation>
    </message>
    <message>
        <source>Education as written: %1</source>
        <translation>Education as written: %1</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <source>Đạt</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Chờ hội đồng</source>
        <translation>Chờ hội đồng</translation>
    </message>
</context>
<context>
    <name>WorkbookReader</name>
    <message>
        <source>“%1” is protected by a password: open it in Excel, remove the password (File &gt; Info &gt; Protect workbook), save, and import again.</source>
        <translation>“%1” is protected by a password: open it in Excel, remove the password (File &gt; Info &gt; Protect workbook), save, and import again.</translation>
    </message>
    <message>
        <source>“%1” cannot be found. Check that the file is still there (a USB stick may have been removed) and choose it again.</source>
        <translation>“%1” cannot be found. Check that the file is still there (a USB stick may have been removed) and choose it again.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: you may not have permission to read it, or another program holds it. Close it there and try again.</source>
        <translation>“%1” cannot be opened: you may not have permission to read it, or another program holds it. Close it there and try again.</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes): there is nothing to import. The copy may have failed: copy the file again.</source>
        <translation>“%1” is empty (0 bytes): there is nothing to import. The copy may have failed: copy the file again.</translation>
    </message>
    <message>
        <source>“%1” is not a spreadsheet: it is a document of another program (such as Word). Save the register from Excel as an Excel workbook (.xlsx) and import that file.</source>
        <translation>“%1” is not a spreadsheet: it is a document of another program (such as Word). Save the register from Excel as an Excel workbook (.xlsx) and import that file.</translation>
    </message>
    <message>
        <source>“%1” is a web page (an HTML table), not a real Excel file, although its name says so: many programs export “Excel” files this way. Open it in Excel, choose File &gt; Save As &gt; Excel Workbook (.xlsx), and import that file.</source>
        <translation>“%1” is a web page (an HTML table), not a real Excel file, although its name says so: many programs export “Excel” files this way. Open it in Excel, choose File &gt; Save As &gt; Excel Workbook (.xlsx), and import that file.</translation>
    </message>
    <message>
        <source>“%1” is an Excel 2003 XML spreadsheet, which the import does not read. Open it in Excel, save it as an Excel workbook (.xlsx), and import that file.</source>
        <translation>“%1” is an Excel 2003 XML spreadsheet, which the import does not read. Open it in Excel, save it as an Excel workbook (.xlsx), and import that file.</translation>
    </message>
    <message>
        <source>“%1” is a PDF document, not a spreadsheet: its table cannot be imported. Import the Excel workbook or CSV file the register was printed from.</source>
        <translation>“%1” is a PDF document, not a spreadsheet: its table cannot be imported. Import the Excel workbook or CSV file the register was printed from.</translation>
    </message>
    <message>
        <source>“%1” is named as an Excel workbook but holds plain text (probably CSV). Rename it to end in .csv and import it again.</source>
        <translation>“%1” is named as an Excel workbook but holds plain text (probably CSV). Rename it to end in .csv and import it again.</translation>
    </message>
    <message>
        <source>“%1” is not in a format the import reads. Import Excel workbooks (.xlsx, .xls) or CSV files.</source>
        <translation>“%1” is not in a format the import reads. Import Excel workbooks (.xlsx, .xls) or CSV files.</translation>
    </message>
</context>
<context>
    <name>WriteErrorText</name>
    <message>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <source>The last change</source>
        <translation>The last change</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. %2 was not saved: nothing of it was written, and the file is as it was before. Free some space on that disk (or copy the file to a disk with room and open the copy), then do it again.</source>
        <translation>The disk holding %1 is full. %2 was not saved: nothing of it was written, and the file is as it was before. Free some space on that disk (or copy the file to a disk with room and open the copy), then do it again.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: the drive it is on (a USB stick?) may have been removed, or it failed. %2 was not saved; the file keeps everything up to the last action that finished. Reconnect the drive and open the file again (File &gt; Open recent). If it no longer opens, use Help &gt; Restore from backup.</source>
        <translation>%1 cannot be reached: the drive it is on (a USB stick?) may have been removed, or it failed. %2 was not saved; the file keeps everything up to the last action that finished. Reconnect the drive and open the file again (File &gt; Open recent). If it no longer opens, use Help &gt; Restore from backup.</translation>
    </message>
    <message>
        <source>%1 can no longer be written (the file, its folder or its drive became read-only). %2 was not saved: nothing of it was written. Check the drive&apos;s write-protect switch and your permissions, then open the file again.</source>
        <translation>%1 can no longer be written (the file, its folder or its drive became read-only). %2 was not saved: nothing of it was written. Check the drive&apos;s write-protect switch and your permissions, then open the file again.</translation>
    </message>
    <message>
        <source>%1 is being written by another program or another copy of Sổ Học Tập. %2 was not saved: nothing of it was written. Close the other copy, then do it again.</source>
        <translation>%1 is being written by another program or another copy of Sổ Học Tập. %2 was not saved: nothing of it was written. Close the other copy, then do it again.</translation>
    </message>
    <message>
        <source>SQLite found damage in %1 while writing. %2 was not saved: nothing of it was written. Stop editing this file: close it, keep it for whoever helps you, and use Help &gt; Restore from backup to continue from the latest good copy.</source>
        <translation>SQLite found damage in %1 while writing. %2 was not saved: nothing of it was written. Stop editing this file: close it, keep it for whoever helps you, and use Help &gt; Restore from backup to continue from the latest good copy.</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>The change</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 is open read-only.</translation>
    </message>
    <message>
        <source>%1 was not saved: nothing of it was written. %2</source>
        <translation>%1 was not saved: nothing of it was written. %2</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>“%1” is damaged and cannot be read (%2). Open it in Excel and save it again as an Excel workbook (.xlsx), then import that file.</source>
        <translation>“%1” is damaged and cannot be read (%2). Open it in Excel and save it again as an Excel workbook (.xlsx), then import that file.</translation>
    </message>
    <message>
        <source>“%1” is protected by a password: open it in Excel, remove the password (File &gt; Info &gt; Protect workbook), save, and import again.</source>
        <translation>“%1” is protected by a password: open it in Excel, remove the password (File &gt; Info &gt; Protect workbook), save, and import again.</translation>
    </message>
    <message>
        <source>sheet “%1” cannot be selected</source>
        <translation>sheet “%1” cannot be selected</translation>
    </message>
    <message>
        <source>sheet “%1” has no dimensions</source>
        <translation>sheet “%1” has no dimensions</translation>
    </message>
    <message>
        <source>“%1”, sheet “%2”, row %3, column %4: the cell holds more than %5 characters of text, far more than a register&apos;s cell, so the file is refused. Shorten or clear that cell in Excel and import again.</source>
        <translation>“%1”, sheet “%2”, row %3, column %4: the cell holds more than %5 characters of text, far more than a register&apos;s cell, so the file is refused. Shorten or clear that cell in Excel and import again.</translation>
    </message>
    <message>
        <source>“%1”, sheet “%2”: row %3 holds data beyond the %4 rows the import reads. Check the sheet in Excel: delete what lies below the register and import again.</source>
        <translation>“%1”, sheet “%2”: row %3 holds data beyond the %4 rows the import reads. Check the sheet in Excel: delete what lies below the register and import again.</translation>
    </message>
    <message>
        <source>the reader of old Excel files stopped on it</source>
        <translation>the reader of old Excel files stopped on it</translation>
    </message>
    <message>
        <source>the reader of old Excel files did not finish within two minutes</source>
        <translation>the reader of old Excel files did not finish within two minutes</translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <source>“%1” is damaged and cannot be read (%2). Open it in Excel and save it again, or ask for a new copy of the file.</source>
        <translation>“%1” is damaged and cannot be read (%2). Open it in Excel and save it again, or ask for a new copy of the file.</translation>
    </message>
    <message>
        <source>“%1” is refused: unpacked, it would be larger than %2 MB, the import&apos;s limit. A register is far smaller: the file is damaged or made to exhaust the computer&apos;s memory (a “zip bomb”).</source>
        <translation>“%1” is refused: unpacked, it would be larger than %2 MB, the import&apos;s limit. A register is far smaller: the file is damaged or made to exhaust the computer&apos;s memory (a “zip bomb”).</translation>
    </message>
    <message>
        <source>its zip archive is broken: %1</source>
        <translation>its zip archive is broken: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be opened (%2). Check that the file is not open in another program and that you may read it.</source>
        <translation>“%1” cannot be opened (%2). Check that the file is not open in another program and that you may read it.</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>the part %1 is missing</translation>
    </message>
    <message>
        <source>“%1” is protected by a password: open it in Excel, remove the password (File &gt; Info &gt; Protect workbook), save, and import again.</source>
        <translation>“%1” is protected by a password: open it in Excel, remove the password (File &gt; Info &gt; Protect workbook), save, and import again.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 cannot be read: %2 at line %3</source>
        <translation>%1 cannot be read: %2 at line %3</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>“%1” is an OpenDocument spreadsheet (.ods), which the import does not read. Open it in LibreOffice Calc or Excel, save it as an Excel workbook (.xlsx), and import that file.</source>
        <translation>“%1” is an OpenDocument spreadsheet (.ods), which the import does not read. Open it in LibreOffice Calc or Excel, save it as an Excel workbook (.xlsx), and import that file.</translation>
    </message>
    <message>
        <source>“%1” is a Word document, not a spreadsheet. Copy its table into Excel, save it as an Excel workbook (.xlsx), and import that file.</source>
        <translation>“%1” is a Word document, not a spreadsheet. Copy its table into Excel, save it as an Excel workbook (.xlsx), and import that file.</translation>
    </message>
    <message>
        <source>“%1” is a zip archive, not an Excel workbook. If the register is inside it, extract it first and import the workbook itself.</source>
        <translation>“%1” is a zip archive, not an Excel workbook. If the register is inside it, extract it first and import the workbook itself.</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>sheet “%1”</translation>
    </message>
</context>
<context>
    <name>XlsxReportWriter</name>
    <message>
        <source>The folder of %1 does not exist. Choose another folder.</source>
        <translation>The folder of %1 does not exist. Choose another folder.</translation>
    </message>
    <message>
        <source>%1 could not be written: the folder may not be written (%2). Choose another folder.</source>
        <translation>%1 could not be written: the folder may not be written (%2). Choose another folder.</translation>
    </message>
    <message>
        <source>%1 could not be created. Check that the folder may be written.</source>
        <translation>%1 could not be created. Check that the folder may be written.</translation>
    </message>
    <message>
        <source>%1 was not written: the rows of the report could not be read from the commune file. Build the report again.</source>
        <translation>%1 was not written: the rows of the report could not be read from the commune file. Build the report again.</translation>
    </message>
    <message>
        <source>%1 could not be created: the sheet name &quot;%2&quot; is not allowed.</source>
        <translation>%1 could not be created: the sheet name &quot;%2&quot; is not allowed.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check the free space and that the folder may be written.</source>
        <translation>%1 could not be written (%2). Check the free space and that the folder may be written.</translation>
    </message>
    <message>
        <source>%1 could not be replaced. If it is open in Excel or LibreOffice, close it and export again.</source>
        <translation>%1 could not be replaced. If it is open in Excel or LibreOffice, close it and export again.</translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>“%1”, sheet “%2”, row %3, column %4: the cell holds more than %5 characters of text, far more than a register&apos;s cell, so the file is refused. Shorten or clear that cell in Excel and import again.</source>
        <translation>“%1”, sheet “%2”, row %3, column %4: the cell holds more than %5 characters of text, far more than a register&apos;s cell, so the file is refused. Shorten or clear that cell in Excel and import again.</translation>
    </message>
    <message>
        <source>“%1”, sheet “%2”: row %3 holds data beyond the %4 rows the import reads. Check the sheet in Excel: delete what lies below the register and import again.</source>
        <translation>“%1”, sheet “%2”: row %3 holds data beyond the %4 rows the import reads. Check the sheet in Excel: delete what lies below the register and import again.</translation>
    </message>
</context>
<context>
    <name>YearlySource</name>
    <message>
        <source>Yearly statistics of the learning titles</source>
        <translation>Yearly statistics of the learning titles</translation>
    </message>
    <message>
        <source>Households, clans, villages, units and citizens registered and recognised, per village and for the commune, each share beside its target; the learning centre&apos;s courses.</source>
        <translation>Households, clans, villages, units and citizens registered and recognised, per village and for the commune, each share beside its target; the learning centre&apos;s courses.</translation>
    </message>
    <message>
        <source>Choose the year of the report.</source>
        <translation>Choose the year of the report.</translation>
    </message>
    <message>
        <source>Nothing is registered, evaluated or recognised for %1 yet: register the households, clans, villages, units and citizens for %1 and press Evaluate (F5) first.</source>
        <translation>Nothing is registered, evaluated or recognised for %1 yet: register the households, clans, villages, units and citizens for %1 and press Evaluate (F5) first.</translation>
    </message>
    <message>
        <source>The chosen village is not in this commune file. Choose another village or the whole commune.</source>
        <translation>The chosen village is not in this commune file. Choose another village or the whole commune.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sổ Học Tập: the commune&apos;s learning-society records, offline.</source>
        <translation>Sổ Học Tập: the commune&apos;s learning-society records, offline.</translation>
    </message>
    <message>
        <source>The commune file to open (.sqlite).</source>
        <translation>The commune file to open (.sqlite).</translation>
    </message>
</context>
<context>
    <name>sht::AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
</context>
<context>
    <name>sht::BackupListModel</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(unreadable)</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problem: %1</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>This backup cannot be restored: %1</translation>
    </message>
    <message>
        <source>%1
Last change recorded: %2</source>
        <translation>%1
Last change recorded: %2</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
</context>
<context>
    <name>sht::BackupSettingsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message numerus="yes">
        <source>A backup of the open commune file is taken once a day when it is first opened, and before every import, merge and upgrade. Of each commune file, the newest backups up to the number below are kept, and besides them the last %n taken before an upgrade; older ones are deleted. Other commune files&apos; backups are never touched. Help &gt; Restore from backup lists them.</source>
        <translation>
            <numerusform>A backup of the open commune file is taken once a day when it is first opened, and before every import, merge and upgrade. Of each commune file, the newest backups up to the number below are kept, and besides them the last %n taken before an upgrade; older ones are deleted. Other commune files&apos; backups are never touched. Help &gt; Restore from backup lists them.</numerusform>
            <numerusform>A backup of the open commune file is taken once a day when it is first opened, and before every import, merge and upgrade. Of each commune file, the newest backups up to the number below are kept, and besides them the last %n taken before an upgrade; older ones are deleted. Other commune files&apos; backups are never touched. Help &gt; Restore from backup lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source> per commune file</source>
        <translation> per commune file</translation>
    </message>
    <message numerus="yes">
        <source>How many backups of each commune file are kept (1 to 100), besides the last %n taken before an upgrade</source>
        <translation>
            <numerusform>How many backups of each commune file are kept (1 to 100), besides the last %n taken before an upgrade</numerusform>
            <numerusform>How many backups of each commune file are kept (1 to 100), besides the last %n taken before an upgrade</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: the app&apos;s data folder. A folder on another drive keeps the backups safe when this one fails.</source>
        <translation>Empty: the app&apos;s data folder. A folder on another drive keeps the backups safe when this one fails.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the folder the backups go into</source>
        <translation>Choose the folder the backups go into</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Keep the newest:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Take a backup now</source>
        <translation>&amp;Take a backup now</translation>
    </message>
    <message>
        <source>Back up the open commune file now, into the folder above</source>
        <translation>Back up the open commune file now, into the folder above</translation>
    </message>
    <message>
        <source>Open a commune file first</source>
        <translation>Open a commune file first</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the settings (Enter)</source>
        <translation>Save the settings (Enter)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written. Choose another folder (a writable drive).</source>
        <translation>The folder %1 cannot be written. Choose another folder (a writable drive).</translation>
    </message>
    <message>
        <source>Backup taken: %1</source>
        <translation>Backup taken: %1</translation>
    </message>
    <message>
        <source>Taking a backup of %1…</source>
        <translation>Taking a backup of %1…</translation>
    </message>
    <message>
        <source>The backup was cancelled; none was taken.</source>
        <translation>The backup was cancelled; none was taken.</translation>
    </message>
</context>
<context>
    <name>sht::CancellableWork</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>sht::CatalogueBrowserDialog</name>
    <message>
        <source>level %1: %2</source>
        <translation>level %1: %2</translation>
    </message>
    <message>
        <source>fact %1</source>
        <translation>fact %1</translation>
    </message>
    <message>
        <source>judged (prefilled by %1)</source>
        <translation>judged (prefilled by %1)</translation>
    </message>
    <message>
        <source>judged</source>
        <translation>judged</translation>
    </message>
    <message>
        <source>provincial wording</source>
        <translation>provincial wording</translation>
    </message>
    <message>
        <source>provisional: needs provincial wording</source>
        <translation>provisional: needs provincial wording</translation>
    </message>
    <message>
        <source>met when every indicator is met</source>
        <translation>met when every indicator is met</translation>
    </message>
    <message>
        <source>met at %1 of %2 points</source>
        <translation>met at %1 of %2 points</translation>
    </message>
    <message>
        <source>, no indicator below %1</source>
        <translation>, no indicator below %1</translation>
    </message>
    <message>
        <source>rated of %1 points: %2</source>
        <translation>rated of %1 points: %2</translation>
    </message>
    <message>
        <source>; %1 levels, level 2 at least %2 months after level 1</source>
        <translation>; %1 levels, level 2 at least %2 months after level 1</translation>
    </message>
    <message>
        <source> (provisional threshold)</source>
        <translation> (provisional threshold)</translation>
    </message>
    <message>
        <source>Criteria catalogues</source>
        <translation>Criteria catalogues</translation>
    </message>
    <message>
        <source>Catalo&amp;gues:</source>
        <translation>Catalo&amp;gues:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Thresholds</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Criteria and &amp;indicators:</source>
        <translation>Criteria and &amp;indicators:</translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>&amp;Clone…</translation>
    </message>
    <message>
        <source>Copy this catalogue into the file to adapt it to the province (Alt+C)</source>
        <translation>Copy this catalogue into the file to adapt it to the province (Alt+C)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the chosen indicator of a clone (Enter or F2)</source>
        <translation>Edit the chosen indicator of a clone (Enter or F2)</translation>
    </message>
    <message>
        <source>Pass &amp;rule…</source>
        <translation>Pass &amp;rule…</translation>
    </message>
    <message>
        <source>Edit the clone&apos;s pass rule, years and validity (Alt+R)</source>
        <translation>Edit the clone&apos;s pass rule, years and validity (Alt+R)</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>&amp;Save as new version</translation>
    </message>
    <message>
        <source>Store the edited clone as a new version; older versions stay for their results (Ctrl+S)</source>
        <translation>Store the edited clone as a new version; older versions stay for their results (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Delete clone</source>
        <translation>&amp;Delete clone</translation>
    </message>
    <message>
        <source>Delete this version of a clone that no result uses (Del)</source>
        <translation>Delete this version of a clone that no result uses (Del)</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <source>Close the catalogues (Esc)</source>
        <translation>Close the catalogues (Esc)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The changes to %1 %2 are not saved. Save them as a new version?</source>
        <translation>The changes to %1 %2 are not saved. Save them as a new version?</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>every year</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>any year</source>
        <translation>any year</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message numerus="yes">
        <source>In force: %1. Pass rule: %2. A recognition lasts %n month(s).</source>
        <translation>
            <numerusform>In force: %1. Pass rule: %2. A recognition lasts %n month(s).</numerusform>
            <numerusform>In force: %1. Pass rule: %2. A recognition lasts %n month(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Clone of %1 %2%3.</source>
        <translation>Clone of %1 %2%3.</translation>
    </message>
    <message>
        <source>, for %1</source>
        <translation>, for %1</translation>
    </message>
    <message>
        <source>Built into the app: read-only. Clone it (Alt+C) to write the province&apos;s guidance.</source>
        <translation>Built into the app: read-only. Clone it (Alt+C) to write the province&apos;s guidance.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) provisional: wording or threshold not confirmed by a known official text.</source>
        <translation>
            <numerusform>%n item(s) provisional: wording or threshold not confirmed by a known official text.</numerusform>
            <numerusform>%n item(s) provisional: wording or threshold not confirmed by a known official text.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited, not saved yet: Ctrl+S saves a new version.</source>
        <translation>Edited, not saved yet: Ctrl+S saves a new version.</translation>
    </message>
    <message>
        <source>%1 (min %2)</source>
        <translation>%1 (min %2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>Provisional: the official text of this indicator is not known; write the province&apos;s wording in a clone.</source>
        <translation>Provisional: the official text of this indicator is not known; write the province&apos;s wording in a clone.</translation>
    </message>
    <message>
        <source>Provisional: the threshold or wording is not confirmed by a known official text.</source>
        <translation>Provisional: the threshold or wording is not confirmed by a known official text.</translation>
    </message>
    <message>
        <source>Fix before saving:</source>
        <translation>Fix before saving:</translation>
    </message>
    <message>
        <source>%1 %2 is built into the app and cannot be changed. Clone it (Alt+C), then edit the clone.</source>
        <translation>%1 %2 is built into the app and cannot be changed. Clone it (Alt+C), then edit the clone.</translation>
    </message>
    <message>
        <source>Clone catalogue</source>
        <translation>Clone catalogue</translation>
    </message>
    <message>
        <source>Cloned as version %1. Choose an indicator and press Enter to edit it; Ctrl+S saves.</source>
        <translation>Cloned as version %1. Choose an indicator and press Enter to edit it; Ctrl+S saves.</translation>
    </message>
    <message>
        <source>Nothing has changed since this version was saved.</source>
        <translation>Nothing has changed since this version was saved.</translation>
    </message>
    <message>
        <source>Saved as version %1. Results judged with earlier versions keep them.</source>
        <translation>Saved as version %1. Results judged with earlier versions keep them.</translation>
    </message>
    <message>
        <source>%1 %2 is built into the app and cannot be deleted.</source>
        <translation>%1 %2 is built into the app and cannot be deleted.</translation>
    </message>
    <message>
        <source>Delete clone</source>
        <translation>Delete clone</translation>
    </message>
    <message>
        <source>Delete version %1 of %2? The built-in catalogue and other versions stay.</source>
        <translation>Delete version %1 of %2? The built-in catalogue and other versions stay.</translation>
    </message>
    <message>
        <source>provisional: not confirmed</source>
        <translation>provisional: not confirmed</translation>
    </message>
</context>
<context>
    <name>sht::CatalogueCloneDialog</name>
    <message>
        <source>Clone %1 %2</source>
        <translation>Clone %1 %2</translation>
    </message>
    <message>
        <source>The clone is stored in this commune file. Write the province&apos;s wording, thresholds and points in it; the built-in catalogue stays as it is.</source>
        <translation>The clone is stored in this commune file. Write the province&apos;s wording, thresholds and points in it; the built-in catalogue stays as it is.</translation>
    </message>
    <message>
        <source>e.g. Quảng Nam</source>
        <translation>e.g. Quảng Nam</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>&amp;Version label:</source>
        <translation>&amp;Version label:</translation>
    </message>
    <message>
        <source>C&amp;lone</source>
        <translation>C&amp;lone</translation>
    </message>
</context>
<context>
    <name>sht::CatalogueIndicatorDialog</name>
    <message>
        <source>Line %1 (&quot;%2&quot;) is not a parameter: write name=value, e.g. min_share=0.7, or level2.min_share=0.8 for level 2.</source>
        <translation>Line %1 (&quot;%2&quot;) is not a parameter: write name=value, e.g. min_share=0.7, or level2.min_share=0.8 for level 2.</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Indicator %1</translation>
    </message>
    <message>
        <source>computed from the registers by the fact %1</source>
        <translation>computed from the registers by the fact %1</translation>
    </message>
    <message>
        <source>judged by the council</source>
        <translation>judged by the council</translation>
    </message>
    <message>
        <source>, evidence prefilled by the fact %1</source>
        <translation>, evidence prefilled by the fact %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource:</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Points:</translation>
    </message>
    <message>
        <source>An indicator scored below this fails the whole title (0: no minimum)</source>
        <translation>An indicator scored below this fails the whole title (0: no minimum)</translation>
    </message>
    <message>
        <source>&amp;Minimum points:</source>
        <translation>&amp;Minimum points:</translation>
    </message>
    <message>
        <source>One name=value a line, e.g. min_share=0.7 (70%); level2.min_share=0.8 sets level 2&apos;s own value.</source>
        <translation>One name=value a line, e.g. min_share=0.7 (70%); level2.min_share=0.8 sets level 2&apos;s own value.</translation>
    </message>
    <message>
        <source>P&amp;arameters (name=value, one a line):</source>
        <translation>P&amp;arameters (name=value, one a line):</translation>
    </message>
    <message>
        <source>Pro&amp;visional: the wording or threshold still waits for the province&apos;s guidance</source>
        <translation>Pro&amp;visional: the wording or threshold still waits for the province&apos;s guidance</translation>
    </message>
    <message>
        <source>Take the changes (Ctrl+Enter)</source>
        <translation>Take the changes (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Type the indicator&apos;s text.</source>
        <translation>Type the indicator&apos;s text.</translation>
    </message>
    <message>
        <source>The minimum points cannot be above the indicator&apos;s points.</source>
        <translation>The minimum points cannot be above the indicator&apos;s points.</translation>
    </message>
</context>
<context>
    <name>sht::CatalogueListModel</name>
    <message>
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <source>clone of %1</source>
        <translation>clone of %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%n provisional item(s)</source>
        <translation>
            <numerusform>%n provisional item(s)</numerusform>
            <numerusform>%n provisional item(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Some items are provisional: their wording or threshold waits for the province&apos;s guidance. Clone the catalogue to write them in.</source>
        <translation>Some items are provisional: their wording or threshold waits for the province&apos;s guidance. Clone the catalogue to write them in.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
</context>
<context>
    <name>sht::CataloguePassRuleDialog</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Pass rule of %1 %2</source>
        <translation>Pass rule of %1 %2</translation>
    </message>
    <message>
        <source>Met when every indicator is met</source>
        <translation>Met when every indicator is met</translation>
    </message>
    <message>
        <source>Met at a total of points (of %1)</source>
        <translation>Met at a total of points (of %1)</translation>
    </message>
    <message>
        <source>Rated by bands of points (of %1)</source>
        <translation>Rated by bands of points (of %1)</translation>
    </message>
    <message>
        <source>&amp;Total needed:</source>
        <translation>&amp;Total needed:</translation>
    </message>
    <message>
        <source>No indicator &amp;below:</source>
        <translation>No indicator &amp;below:</translation>
    </message>
    <message>
        <source>In force &amp;from year:</source>
        <translation>In force &amp;from year:</translation>
    </message>
    <message>
        <source>&amp;Until year:</source>
        <translation>&amp;Until year:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Recognition &amp;lasts:</source>
        <translation>Recognition &amp;lasts:</translation>
    </message>
    <message>
        <source>Pro&amp;visional: the threshold waits for the province&apos;s guidance</source>
        <translation>Pro&amp;visional: the threshold waits for the province&apos;s guidance</translation>
    </message>
</context>
<context>
    <name>sht::ChangeHeadDialog</name>
    <message>
        <source>Change the head of household</source>
        <translation>Change the head of household</translation>
    </message>
    <message>
        <source>%1 becomes the head of the household.</source>
        <translation>%1 becomes the head of the household.</translation>
    </message>
    <message>
        <source>%1 becomes the head of the household. The other members keep their relation; %2 stays a member.</source>
        <translation>%1 becomes the head of the household. The other members keep their relation; %2 stays a member.</translation>
    </message>
    <message>
        <source>&amp;Former head becomes:</source>
        <translation>&amp;Former head becomes:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
</context>
<context>
    <name>sht::ClanDialog</name>
    <message>
        <source>Clan %1</source>
        <translation>Clan %1</translation>
    </message>
    <message>
        <source>New clan</source>
        <translation>New clan</translation>
    </message>
    <message>
        <source>e.g. Họ Nguyễn Văn</source>
        <translation>e.g. Họ Nguyễn Văn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>C&amp;lear head</source>
        <translation>C&amp;lear head</translation>
    </message>
    <message>
        <source>The clan has no head recorded (Alt+L)</source>
        <translation>The clan has no head recorded (Alt+L)</translation>
    </message>
    <message>
        <source>Head of the clan:</source>
        <translation>Head of the clan:</translation>
    </message>
    <message>
        <source>&amp;Find the head (name, ID number or household code):</source>
        <translation>&amp;Find the head (name, ID number or household code):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cre&amp;ate</source>
        <translation>Cre&amp;ate</translation>
    </message>
    <message>
        <source>(none; find a person below)</source>
        <translation>(none; find a person below)</translation>
    </message>
    <message>
        <source>The clan no longer exists.</source>
        <translation>The clan no longer exists.</translation>
    </message>
</context>
<context>
    <name>sht::ClanHouseholdDialog</name>
    <message>
        <source>Add households to %1</source>
        <translation>Add households to %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Adds the chosen household to the clan (Enter)</source>
        <translation>Adds the chosen household to the clan (Enter)</translation>
    </message>
    <message>
        <source>This household is a member of %1 now; adding it moves it to %2.</source>
        <translation>This household is a member of %1 now; adding it moves it to %2.</translation>
    </message>
    <message>
        <source>Find the household first: type part of its code or of its head&apos;s name.</source>
        <translation>Find the household first: type part of its code or of its head&apos;s name.</translation>
    </message>
    <message>
        <source>Move the household to another clan</source>
        <translation>Move the household to another clan</translation>
    </message>
    <message>
        <source>Household %1 is a member of %2. A household belongs to one clan only.

Move it from %2 to %3?</source>
        <translation>Household %1 is a member of %2. A household belongs to one clan only.

Move it from %2 to %3?</translation>
    </message>
    <message>
        <source>Added to %1: %2</source>
        <translation>Added to %1: %2</translation>
    </message>
</context>
<context>
    <name>sht::ClanHouseholdsModel</name>
    <message>
        <source>(no head)</source>
        <translation>(no head)</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>sht::ClanRegisterWidget</name>
    <message>
        <source>Insert or Ctrl+N</source>
        <translation>Insert or Ctrl+N</translation>
    </message>
    <message>
        <source>F2, or Enter on a clan</source>
        <translation>F2, or Enter on a clan</translation>
    </message>
    <message>
        <source>Del on a clan</source>
        <translation>Del on a clan</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A, or Insert in the households list</source>
        <translation>Ctrl+Shift+A, or Insert in the households list</translation>
    </message>
    <message>
        <source>Del in the households list</source>
        <translation>Del in the households list</translation>
    </message>
    <message>
        <source>Enter on a household</source>
        <translation>Enter on a household</translation>
    </message>
    <message>
        <source>Member hou&amp;seholds</source>
        <translation>Member hou&amp;seholds</translation>
    </message>
    <message>
        <source>Member hou&amp;seholds (no clan yet: press Insert to add one)</source>
        <translation>Member hou&amp;seholds (no clan yet: press Insert to add one)</translation>
    </message>
    <message>
        <source>Member hou&amp;seholds (choose a clan)</source>
        <translation>Member hou&amp;seholds (choose a clan)</translation>
    </message>
    <message>
        <source>Member hou&amp;seholds of %1 (%L2)</source>
        <translation>Member hou&amp;seholds of %1 (%L2)</translation>
    </message>
    <message>
        <source>%L1 / %L2 shown</source>
        <translation>%L1 / %L2 shown</translation>
    </message>
    <message>
        <source>Delete the clan %1?

It has no member households.</source>
        <translation>Delete the clan %1?

It has no member households.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the clan %1?

Its %n member household(s) will leave the clan; the households and their people stay in the registers.</source>
        <translation>
            <numerusform>Delete the clan %1?

Its %n member household(s) will leave the clan; the households and their people stay in the registers.</numerusform>
            <numerusform>Delete the clan %1?

Its %n member household(s) will leave the clan; the households and their people stay in the registers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete a clan</source>
        <translation>Delete a clan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove a household from the clan</source>
        <translation>Remove a household from the clan</translation>
    </message>
    <message>
        <source>Remove household %1 from %2?

The household stays in the registers; it only leaves the clan.</source>
        <translation>Remove household %1 from %2?

The household stays in the registers; it only leaves the clan.</translation>
    </message>
</context>
<context>
    <name>sht::ClanTableModel</name>
    <message>
        <source>(no head recorded)</source>
        <translation>(no head recorded)</translation>
    </message>
    <message>
        <source>Clan</source>
        <translation>Clan</translation>
    </message>
    <message>
        <source>Head of the clan</source>
        <translation>Head of the clan</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>sht::CommuneOverviewWidget</name>
    <message>
        <source>(commune without a name)</source>
        <translation>(commune without a name)</translation>
    </message>
    <message>
        <source>no learning centre yet</source>
        <translation>no learning centre yet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clan(s)</source>
        <translation>
            <numerusform>%Ln clan</numerusform>
            <numerusform>%Ln clans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln local unit(s)</source>
        <translation>
            <numerusform>%Ln local unit</numerusform>
            <numerusform>%Ln local units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learning centre: %1 (%Ln course(s))</source>
        <translation>
            <numerusform>Learning centre: %1 (%Ln course)</numerusform>
            <numerusform>Learning centre: %1 (%Ln courses)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sht::CourseDialog</name>
    <message>
        <source>New course</source>
        <translation>New course</translation>
    </message>
    <message>
        <source>Edit course</source>
        <translation>Edit course</translation>
    </message>
    <message>
        <source>e.g. Kỹ thuật trồng lúa</source>
        <translation>e.g. Kỹ thuật trồng lúa</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>e.g. Nhà văn hóa thôn Đông</source>
        <translation>e.g. Nhà văn hóa thôn Đông</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <source>&amp;Dates from:</source>
        <translation>&amp;Dates from:</translation>
    </message>
    <message>
        <source>Planned &amp;hours:</source>
        <translation>Planned &amp;hours:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Add the course</source>
        <translation>&amp;Add the course</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>sht::CourseTableModel</name>
    <message>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
</context>
<context>
    <name>sht::DashboardTableModel</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source> [provisional]</source>
        <translation> [provisional]</translation>
    </message>
    <message>
        <source>, difficult areas</source>
        <translation>, difficult areas</translation>
    </message>
    <message>
        <source>No target applies to this year.</source>
        <translation>No target applies to this year.</translation>
    </message>
    <message>
        <source>%1 by %2, set by %3</source>
        <translation>%1 by %2, set by %3</translation>
    </message>
    <message>
        <source>Provisional: the figure is inferred (e.g. repeated by provincial plans) and not yet confirmed in the national text.</source>
        <translation>Provisional: the figure is inferred (e.g. repeated by provincial plans) and not yet confirmed in the national text.</translation>
    </message>
    <message>
        <source>%1 registered for the title this year, %2 evaluated and met</source>
        <translation>%1 registered for the title this year, %2 evaluated and met</translation>
    </message>
    <message>
        <source>Compared with the highest target that applies: %1</source>
        <translation>Compared with the highest target that applies: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>In scope</translation>
    </message>
    <message>
        <source>Registered / met</source>
        <translation>Registered / met</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>National target</translation>
    </message>
    <message>
        <source>Local target</source>
        <translation>Local target</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
</context>
<context>
    <name>sht::DashboardWidget</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>S&amp;cope:</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Targets…</translation>
    </message>
    <message>
        <source>National, province and commune targets (%1)</source>
        <translation>National, province and commune targets (%1)</translation>
    </message>
    <message>
        <source>Achievements against targets</source>
        <translation>Achievements against targets</translation>
    </message>
    <message>
        <source>Recognised against the targets</source>
        <translation>Recognised against the targets</translation>
    </message>
    <message>
        <source>Recognised over the years</source>
        <translation>Recognised over the years</translation>
    </message>
    <message>
        <source>Whole commune</source>
        <translation>Whole commune</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 targets reached</source>
        <translation>%1, %2: %3 of %4 targets reached</translation>
    </message>
    <message>
        <source>Recognised against the target, %1</source>
        <translation>Recognised against the target, %1</translation>
    </message>
    <message>
        <source>Recognised: decided that year, or still valid on 31/12. Adults are %1 or older at the end of the year.</source>
        <translation>Recognised: decided that year, or still valid on 31/12. Adults are %1 or older at the end of the year.</translation>
    </message>
    <message>
        <source>[provisional]: the figure is inferred and not confirmed in the national text; &quot;theo kế hoạch tỉnh&quot;: taken from provincial plans.</source>
        <translation>[provisional]: the figure is inferred and not confirmed in the national text; &quot;theo kế hoạch tỉnh&quot;: taken from provincial plans.</translation>
    </message>
    <message>
        <source>This commune is in a difficult area: QĐ 281&apos;s lower targets apply to the years up to 2020.</source>
        <translation>This commune is in a difficult area: QĐ 281&apos;s lower targets apply to the years up to 2020.</translation>
    </message>
</context>
<context>
    <name>sht::DocumentSettingsDialog</name>
    <message>
        <source>Document signers and heading</source>
        <translation>Document signers and heading</translation>
    </message>
    <message>
        <source>These names are printed on every report, minutes and certificate of this commune file: the issuing body top left, the place on the date line, the signers under the signature blocks.</source>
        <translation>These names are printed on every report, minutes and certificate of this commune file: the issuing body top left, the place on the date line, the signers under the signature blocks.</translation>
    </message>
    <message>
        <source>&amp;Parent body (optional):</source>
        <translation>&amp;Parent body (optional):</translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation>&amp;Issuing body:</translation>
    </message>
    <message>
        <source>Study promotion &amp;association:</source>
        <translation>Study promotion &amp;association:</translation>
    </message>
    <message>
        <source>P&amp;lace on the date line:</source>
        <translation>P&amp;lace on the date line:</translation>
    </message>
    <message>
        <source>&amp;Chairman of the People&apos;s Committee:</source>
        <translation>&amp;Chairman of the People&apos;s Committee:</translation>
    </message>
    <message>
        <source>Chairman of the associatio&amp;n:</source>
        <translation>Chairman of the associatio&amp;n:</translation>
    </message>
    <message>
        <source>P&amp;repared by:</source>
        <translation>P&amp;repared by:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the names (Enter)</source>
        <translation>Save the names (Enter)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <source>Type the issuing body (for example UBND XÃ HÒA BÌNH): every paper starts with it.</source>
        <translation>Type the issuing body (for example UBND XÃ HÒA BÌNH): every paper starts with it.</translation>
    </message>
    <message>
        <source>Change the document signers and heading</source>
        <translation>Change the document signers and heading</translation>
    </message>
</context>
<context>
    <name>sht::DuplicateReviewDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Keep &amp;left</source>
        <translation>Keep &amp;left</translation>
    </message>
    <message>
        <source>Keep the record on the left; the other is merged into it (Left)</source>
        <translation>Keep the record on the left; the other is merged into it (Left)</translation>
    </message>
    <message>
        <source>Keep r&amp;ight</source>
        <translation>Keep r&amp;ight</translation>
    </message>
    <message>
        <source>Keep the record on the right; the other is merged into it (Right)</source>
        <translation>Keep the record on the right; the other is merged into it (Right)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>One person: merge the other record into the one kept. Edit &gt; Undo takes it back (M)</source>
        <translation>One person: merge the other record into the one kept. Edit &gt; Undo takes it back (M)</translation>
    </message>
    <message>
        <source>Keep &amp;apart</source>
        <translation>Keep &amp;apart</translation>
    </message>
    <message>
        <source>Two different people: never propose this pair again (K)</source>
        <translation>Two different people: never propose this pair again (K)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>The previous pair (Up)</source>
        <translation>The previous pair (Up)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Leave this pair as it is and show the next one (N or Down)</source>
        <translation>Leave this pair as it is and show the next one (N or Down)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Stop reviewing; pairs not decided stay as they are (Esc)</source>
        <translation>Stop reviewing; pairs not decided stay as they are (Esc)</translation>
    </message>
    <message>
        <source>Left / Right: the record to keep · M: merge · K: keep apart · N or Down: next pair · Up: previous · Esc: close</source>
        <translation>Left / Right: the record to keep · M: merge · K: keep apart · N or Down: next pair · Up: previous · Esc: close</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Born:</translation>
    </message>
    <message>
        <source>Citizen ID:</source>
        <translation>Citizen ID:</translation>
    </message>
    <message>
        <source>Lives in:</source>
        <translation>Lives in:</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>deceased</translation>
    </message>
    <message>
        <source>%1, household %2 (%3)</source>
        <translation>%1, household %2 (%3)</translation>
    </message>
    <message>
        <source>in no household</source>
        <translation>in no household</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>No longer in the file</source>
        <translation>No longer in the file</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>No possible duplicates</source>
        <translation>No possible duplicates</translation>
    </message>
    <message>
        <source>No two people of the file look like one person.</source>
        <translation>No two people of the file look like one person.</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>kept apart</source>
        <translation>kept apart</translation>
    </message>
    <message>
        <source>already one person (merged in another pair)</source>
        <translation>already one person (merged in another pair)</translation>
    </message>
    <message>
        <source>Pair %1 of %2</source>
        <translation>Pair %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n merged</numerusform>
            <numerusform>%n merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept apart</source>
        <translation>
            <numerusform>%n kept apart</numerusform>
            <numerusform>%n kept apart</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Both have the citizen ID %1 and the same name.</source>
        <translation>Both have the citizen ID %1 and the same name.</translation>
    </message>
    <message>
        <source>The citizen ID %1 is the same too.</source>
        <translation>The citizen ID %1 is the same too.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <source>Cannot keep them apart</source>
        <translation>Cannot keep them apart</translation>
    </message>
    <message>
        <source>Same name and a matching birth date.</source>
        <translation>Same name and a matching birth date.</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Merged into it</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Keep this record</translation>
    </message>
    <message>
        <source>Merge into the other</source>
        <translation>Merge into the other</translation>
    </message>
</context>
<context>
    <name>sht::EvaluationChangesDialog</name>
    <message>
        <source>(not evaluated)</source>
        <translation>(not evaluated)</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>level %1</translation>
    </message>
    <message>
        <source>What changed in %1</source>
        <translation>What changed in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) differ from the previous evaluation of %1:</source>
        <translation>
            <numerusform>%n verdict(s) differ from the previous evaluation of %1:</numerusform>
            <numerusform>%n verdict(s) differ from the previous evaluation of %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Waiting for the council</source>
        <translation>Waiting for the council</translation>
    </message>
    <message>
        <source>Not evaluated:</source>
        <translation>Not evaluated:</translation>
    </message>
</context>
<context>
    <name>sht::EvaluationDetailWidget</name>
    <message>
        <source>Criteria and indicators</source>
        <translation>Criteria and indicators</translation>
    </message>
    <message>
        <source>On an indicator the council judges: Space or M met, N not met, digits points, Del clear; Enter next indicator; Ctrl+Down / Ctrl+Up next / previous subject; F2 the note</source>
        <translation>On an indicator the council judges: Space or M met, N not met, digits points, Del clear; Enter next indicator; Ctrl+Down / Ctrl+Up next / previous subject; F2 the note</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>What the council saw, e.g. &quot;minutes of 12/01, page 3&quot;</source>
        <translation>What the council saw, e.g. &quot;minutes of 12/01, page 3&quot;</translation>
    </message>
    <message>
        <source>The evidence note of the current judgement; Enter saves it, Esc goes back (F2)</source>
        <translation>The evidence note of the current judgement; Enter saves it, Esc goes back (F2)</translation>
    </message>
    <message>
        <source>Evidence &amp;note:</source>
        <translation>Evidence &amp;note:</translation>
    </message>
    <message>
        <source>Choose a subject in the list to see why it has its verdict.</source>
        <translation>Choose a subject in the list to see why it has its verdict.</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict: %1</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>recognised by decision %1</source>
        <translation>recognised by decision %1</translation>
    </message>
    <message>
        <source>Criteria: %1 (%2, version %3)</source>
        <translation>Criteria: %1 (%2, version %3)</translation>
    </message>
    <message>
        <source>Some indicators of these criteria are provisional: they wait for the province&apos;s wording and thresholds (marked *). A cloned catalogue can hold them.</source>
        <translation>Some indicators of these criteria are provisional: they wait for the province&apos;s wording and thresholds (marked *). A cloned catalogue can hold them.</translation>
    </message>
    <message>
        <source>The criteria version %1 %2 that gave this verdict is no longer in the file: evaluate again (F5).</source>
        <translation>The criteria version %1 %2 that gave this verdict is no longer in the file: evaluate again (F5).</translation>
    </message>
    <message>
        <source>Judged by the council.</source>
        <translation>Judged by the council.</translation>
    </message>
    <message>
        <source>Judged by the council; the registers prefill the evidence (%1).</source>
        <translation>Judged by the council; the registers prefill the evidence (%1).</translation>
    </message>
    <message>
        <source>Computed from the registers (%1).</source>
        <translation>Computed from the registers (%1).</translation>
    </message>
    <message>
        <source>Provisional: waits for the province&apos;s wording.</source>
        <translation>Provisional: waits for the province&apos;s wording.</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Points: %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Value: %1</translation>
    </message>
    <message>
        <source>given by the council</source>
        <translation>given by the council</translation>
    </message>
    <message numerus="yes">
        <source>Evidence (%n against the rule):</source>
        <translation>
            <numerusform>Evidence (%n against the rule):</numerusform>
            <numerusform>Evidence (%n against the rule):</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Council&apos;s note:</source>
        <translation>Council&apos;s note:</translation>
    </message>
    <message>
        <source>What the council should see:</source>
        <translation>What the council should see:</translation>
    </message>
    <message>
        <source>Computed indicator: it follows the registers. Enter goes to the next indicator the council judges.</source>
        <translation>Computed indicator: it follows the registers. Enter goes to the next indicator the council judges.</translation>
    </message>
    <message>
        <source>Type the points (0–%1), or Space / M full points, N none; Del clears; Enter next; Ctrl+Down next subject; F2 note.</source>
        <translation>Type the points (0–%1), or Space / M full points, N none; Del clears; Enter next; Ctrl+Down next subject; F2 note.</translation>
    </message>
    <message>
        <source>Space or M met, N not met, Del clears; Enter next; Ctrl+Down next subject; F2 note.</source>
        <translation>Space or M met, N not met, Del clears; Enter next; Ctrl+Down next subject; F2 note.</translation>
    </message>
    <message>
        <source>Points: %1… (Enter confirms, Backspace corrects)</source>
        <translation>Points: %1… (Enter confirms, Backspace corrects)</translation>
    </message>
</context>
<context>
    <name>sht::EvaluationIndicatorModel</name>
    <message>
        <source>Council</source>
        <translation>Council</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Computed</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Provisional: waits for the province&apos;s wording</source>
        <translation>Provisional: waits for the province&apos;s wording</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Criterion / indicator</source>
        <translation>Criterion / indicator</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>sht::EvaluationTableModel</name>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Waiting for the council</source>
        <translation>Waiting for the council</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Decision %1 of %2, signed by %3; valid until %4</source>
        <translation>Decision %1 of %2, signed by %3; valid until %4</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Level / points</source>
        <translation>Level / points</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>sht::EvaluationWidget</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>All titles</source>
        <translation>All titles</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Filter: name or village…</source>
        <translation>Filter: name or village…</translation>
    </message>
    <message>
        <source>Type any part of a subject&apos;s or a village&apos;s name, with or without accents. Esc clears, Down goes to the list (Ctrl+F).</source>
        <translation>Type any part of a subject&apos;s or a village&apos;s name, with or without accents. Esc clears, Down goes to the list (Ctrl+F).</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>All verdicts</translation>
    </message>
    <message>
        <source>Verdi&amp;ct:</source>
        <translation>Verdi&amp;ct:</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Register…</translation>
    </message>
    <message>
        <source>Households, citizens, clans, villages and units that register for the year&apos;s titles (Alt+R)</source>
        <translation>Households, citizens, clans, villages and units that register for the year&apos;s titles (Alt+R)</translation>
    </message>
    <message>
        <source>Eval&amp;uate</source>
        <translation>Eval&amp;uate</translation>
    </message>
    <message>
        <source>Evaluates every registered subject of the year (%1)</source>
        <translation>Evaluates every registered subject of the year (%1)</translation>
    </message>
    <message>
        <source>Rec&amp;ognise…</source>
        <translation>Rec&amp;ognise…</translation>
    </message>
    <message>
        <source>Records the decision that recognises the selected subjects whose verdict is met (%1)</source>
        <translation>Records the decision that recognises the selected subjects whose verdict is met (%1)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Withdraws the recognition of the current subject (Alt+W)</source>
        <translation>Withdraws the recognition of the current subject (Alt+W)</translation>
    </message>
    <message>
        <source>Catalo&amp;gues…</source>
        <translation>Catalo&amp;gues…</translation>
    </message>
    <message>
        <source>The criteria catalogues: read them, clone one for the province&apos;s guidance</source>
        <translation>The criteria catalogues: read them, clone one for the province&apos;s guidance</translation>
    </message>
    <message>
        <source>T&amp;argets…</source>
        <translation>T&amp;argets…</translation>
    </message>
    <message>
        <source>Percentages per title against the national and local targets</source>
        <translation>Percentages per title against the national and local targets</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>No commune file is open.</source>
        <translation>No commune file is open.</translation>
    </message>
    <message>
        <source>Met %1 · Not met %2 · Waiting %3</source>
        <translation>Met %1 · Not met %2 · Waiting %3</translation>
    </message>
    <message>
        <source>(of %1 registered)</source>
        <translation>(of %1 registered)</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing registered for %1 yet: Register… (Alt+R), then Evaluate (F5).</source>
        <translation>Nothing registered for %1 yet: Register… (Alt+R), then Evaluate (F5).</translation>
    </message>
    <message numerus="yes">
        <source>%n registered but not evaluated yet: press F5.</source>
        <translation>
            <numerusform>%n registered but not evaluated yet: press F5.</numerusform>
            <numerusform>%n registered but not evaluated yet: press F5.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registers changed since the last evaluation: press F5 to evaluate again.</source>
        <translation>The registers changed since the last evaluation: press F5 to evaluate again.</translation>
    </message>
    <message>
        <source>No results for %1 yet.</source>
        <translation>No results for %1 yet.</translation>
    </message>
    <message>
        <source>The result of %1 is no longer stored: evaluate the year again (F5).</source>
        <translation>The result of %1 is no longer stored: evaluate the year again (F5).</translation>
    </message>
    <message>
        <source>That was the last subject in the list.</source>
        <translation>That was the last subject in the list.</translation>
    </message>
    <message>
        <source>That was the first subject in the list.</source>
        <translation>That was the first subject in the list.</translation>
    </message>
    <message>
        <source>%1: %2 judged.</source>
        <translation>%1: %2 judged.</translation>
    </message>
    <message>
        <source>The verdict is now: %1.</source>
        <translation>The verdict is now: %1.</translation>
    </message>
    <message>
        <source>Registrations changed: press F5 to evaluate %1 with them.</source>
        <translation>Registrations changed: press F5 to evaluate %1 with them.</translation>
    </message>
    <message>
        <source>Evaluating %1…</source>
        <translation>Evaluating %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluate</translation>
    </message>
    <message>
        <source>Evaluation cancelled: the results of %1 are as they were.</source>
        <translation>Evaluation cancelled: the results of %1 are as they were.</translation>
    </message>
    <message numerus="yes">
        <source>Evaluated %n subject(s) of %1 in %2 s.</source>
        <translation>
            <numerusform>Evaluated %n subject(s) of %1 in %2 s.</numerusform>
            <numerusform>Evaluated %n subject(s) of %1 in %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluated for the first time.</source>
        <translation>
            <numerusform>%n evaluated for the first time.</numerusform>
            <numerusform>%n evaluated for the first time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) changed.</source>
        <translation>
            <numerusform>%n verdict(s) changed.</numerusform>
            <numerusform>%n verdict(s) changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be evaluated.</source>
        <translation>
            <numerusform>%n could not be evaluated.</numerusform>
            <numerusform>%n could not be evaluated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose subjects of one title: a decision recognises one title (filter by Title, Alt+T).</source>
        <translation>Choose subjects of one title: a decision recognises one title (filter by Title, Alt+T).</translation>
    </message>
    <message>
        <source>Select the subjects whose verdict is met (filter Verdict: Met, then Ctrl+A), then Ctrl+R.</source>
        <translation>Select the subjects whose verdict is met (filter Verdict: Met, then Ctrl+A), then Ctrl+R.</translation>
    </message>
    <message numerus="yes">
        <source>Decision %1 recognises %n subject(s).</source>
        <translation>
            <numerusform>Decision %1 recognises %n subject(s).</numerusform>
            <numerusform>Decision %1 recognises %n subject(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected subject(s) not met were left out.</source>
        <translation>
            <numerusform>%n selected subject(s) not met were left out.</numerusform>
            <numerusform>%n selected subject(s) not met were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no recognition for %2 to withdraw.</source>
        <translation>%1 has no recognition for %2 to withdraw.</translation>
    </message>
    <message>
        <source>Withdraw recognition</source>
        <translation>Withdraw recognition</translation>
    </message>
    <message>
        <source>Withdraw the recognition of %1 (decision %2)?</source>
        <translation>Withdraw the recognition of %1 (decision %2)?</translation>
    </message>
    <message>
        <source>The recognition of %1 was withdrawn.</source>
        <translation>The recognition of %1 was withdrawn.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>sht::HouseholdDetailsDialog</name>
    <message>
        <source>Household %1</source>
        <translation>Household %1</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>e.g. Xóm 2, Thôn Đông</source>
        <translation>e.g. Xóm 2, Thôn Đông</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Enter the household code.</source>
        <translation>Enter the household code.</translation>
    </message>
</context>
<context>
    <name>sht::HouseholdDialog</name>
    <message>
        <source>Household %1</source>
        <translation>Household %1</translation>
    </message>
</context>
<context>
    <name>sht::HouseholdEditor</name>
    <message>
        <source>(no head recorded)</source>
        <translation>(no head recorded)</translation>
    </message>
    <message>
        <source>New member of household %1</source>
        <translation>New member of household %1</translation>
    </message>
    <message>
        <source>Add an existing person</source>
        <translation>Add an existing person</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Change the head of household</source>
        <translation>Change the head of household</translation>
    </message>
    <message>
        <source>Move to another household</source>
        <translation>Move to another household</translation>
    </message>
    <message>
        <source>Mark deceased</source>
        <translation>Mark deceased</translation>
    </message>
    <message>
        <source>Record the death of %1. They leave the household from that date; their record is kept.</source>
        <translation>Record the death of %1. They leave the household from that date; their record is kept.</translation>
    </message>
    <message>
        <source>&amp;Date of death:</source>
        <translation>&amp;Date of death:</translation>
    </message>
    <message>
        <source>Mark moved away</source>
        <translation>Mark moved away</translation>
    </message>
    <message>
        <source>Record that %1 moved away from the commune. They leave the household from that date; their record is kept.</source>
        <translation>Record that %1 moved away from the commune. They leave the household from that date; their record is kept.</translation>
    </message>
    <message>
        <source>&amp;Date moved away:</source>
        <translation>&amp;Date moved away:</translation>
    </message>
    <message numerus="yes">
        <source>%n household membership record(s) (current and past)</source>
        <translation>
            <numerusform>%n household membership record (current and past)</numerusform>
            <numerusform>%n household membership records (current and past)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance record(s) at the learning centre</source>
        <translation>
            <numerusform>%n attendance record at the learning centre</numerusform>
            <numerusform>%n attendance records at the learning centre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the staff of a local unit</source>
        <translation>
            <numerusform>%n place on the staff of a local unit</numerusform>
            <numerusform>%n places on the staff of a local unit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the post of clan head (%n clan(s) will have no head)</source>
        <translation>
            <numerusform>the post of clan head (%n clan will have no head)</numerusform>
            <numerusform>the post of clan head (%n clans will have no head)</numerusform>
        </translation>
    </message>
    <message>
        <source>the post of director of the learning centre</source>
        <translation>the post of director of the learning centre</translation>
    </message>
    <message>
        <source>Delete %1 from the registers for good?</source>
        <translation>Delete %1 from the registers for good?</translation>
    </message>
    <message>
        <source>Delete %1 (born %2) from the registers for good?</source>
        <translation>Delete %1 (born %2) from the registers for good?</translation>
    </message>
    <message>
        <source>Nothing else refers to this person.</source>
        <translation>Nothing else refers to this person.</translation>
    </message>
    <message>
        <source>This also deletes: %1.</source>
        <translation>This also deletes: %1.</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>Delete only a record entered by mistake: for a death or a move, use Mark deceased or Mark moved away, which keep the history. Edit &gt; Undo (Ctrl+Z) brings the record back.</source>
        <translation>Delete only a record entered by mistake: for a death or a move, use Mark deceased or Mark moved away, which keep the history. Edit &gt; Undo (Ctrl+Z) brings the record back.</translation>
    </message>
</context>
<context>
    <name>sht::HouseholdMembersModel</name>
    <message>
        <source>Moved to another household</source>
        <translation>Moved to another household</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Died</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Household split</source>
        <translation>Household split</translation>
    </message>
    <message>
        <source>Head of household changed</source>
        <translation>Head of household changed</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>CCCD/CMND</source>
        <translation>CCCD/CMND</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Why it ended</translation>
    </message>
</context>
<context>
    <name>sht::HouseholdRegisterWidget</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New household (%1)</source>
        <translation>New household (%1)</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>Delete household</translation>
    </message>
    <message numerus="yes">
        <source>Household %1 still has %n member(s). Move them to another household, or mark them deceased or moved away, before deleting it.</source>
        <translation>
            <numerusform>Household %1 still has %n member(s). Move them to another household, or mark them deceased or moved away, before deleting it.</numerusform>
            <numerusform>Household %1 still has %n member(s). Move them to another household, or mark them deceased or moved away, before deleting it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete household %1 from the registers? The record of its past members goes with it (the people themselves stay).</source>
        <translation>Delete household %1 from the registers? The record of its past members goes with it (the people themselves stay).</translation>
    </message>
    <message>
        <source>Households of the whole commune</source>
        <translation>Households of the whole commune</translation>
    </message>
    <message>
        <source>Households of %1</source>
        <translation>Households of %1</translation>
    </message>
    <message>
        <source>%L1 / %L2 shown</source>
        <translation>%L1 / %L2 shown</translation>
    </message>
</context>
<context>
    <name>sht::HouseholdTableModel</name>
    <message>
        <source>(no head)</source>
        <translation>(no head)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>sht::ImportDialog</name>
    <message>
        <source>Import registers</source>
        <translation>Import registers</translation>
    </message>
    <message>
        <source>The files to import. Del removes the chosen one; files can be dropped here.</source>
        <translation>The files to import. Del removes the chosen one; files can be dropped here.</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <source>Add an Excel workbook (.xlsx, .xls) or a CSV file (Ctrl+O)</source>
        <translation>Add an Excel workbook (.xlsx, .xls) or a CSV file (Ctrl+O)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <source>Space ticks or unticks a sheet: unticked sheets are not imported</source>
        <translation>Space ticks or unticks a sheet: unticked sheets are not imported</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>&amp;Files:</translation>
    </message>
    <message>
        <source>S&amp;heets:</source>
        <translation>S&amp;heets:</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>The village or residential group this sheet&apos;s households go to: an existing one, or a new name</source>
        <translation>The village or residential group this sheet&apos;s households go to: an existing one, or a new name</translation>
    </message>
    <message>
        <source>The first row chooses what each column holds; grey rows are skipped</source>
        <translation>The first row chooses what each column holds; grey rows are skipped</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>&amp;Preview (columns and rows):</source>
        <translation>&amp;Preview (columns and rows):</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>What the import does</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>And there</source>
        <translation>And there</translation>
    </message>
    <message>
        <source>Person / value</source>
        <translation>Person / value</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>In the register</translation>
    </message>
    <message>
        <source>Only ticked people are updated (Space ticks or unticks)</source>
        <translation>Only ticked people are updated (Space ticks or unticks)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Updates to confirm</source>
        <translation>Updates to confirm</translation>
    </message>
    <message>
        <source>1. Preview</source>
        <translation>1. Preview</translation>
    </message>
    <message>
        <source>2. Dry run</source>
        <translation>2. Dry run</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Dry run</translation>
    </message>
    <message>
        <source>Show what the import would do, without changing anything (Alt+D)</source>
        <translation>Show what the import would do, without changing anything (Alt+D)</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Save &amp;report…</translation>
    </message>
    <message>
        <source>Save the dry run&apos;s report as an Excel workbook (Alt+R)</source>
        <translation>Save the dry run&apos;s report as an Excel workbook (Alt+R)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import everything, or nothing if anything fails (Ctrl+Enter)</source>
        <translation>Import everything, or nothing if anything fails (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Add a register to import</source>
        <translation>Add a register to import</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation>Registers (*.xlsx *.xls *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>skipped: %1</translation>
    </message>
    <message>
        <source>Text read as %1 (confidence %2%)</source>
        <translation>Text read as %1 (confidence %2%)</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>This sheet is skipped: %1. Tick it to import it anyway.</source>
        <translation>This sheet is skipped: %1. Tick it to import it anyway.</translation>
    </message>
    <message>
        <source>Choose a sheet of this file.</source>
        <translation>Choose a sheet of this file.</translation>
    </message>
    <message>
        <source>Add a file to import (Ctrl+O).</source>
        <translation>Add a file to import (Ctrl+O).</translation>
    </message>
    <message>
        <source>Skipped because</source>
        <translation>Skipped because</translation>
    </message>
    <message>
        <source>Column holds:</source>
        <translation>Column holds:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>column numbers</source>
        <translation>column numbers</translation>
    </message>
    <message>
        <source>above the header</source>
        <translation>above the header</translation>
    </message>
    <message>
        <source>Cannot read the file this way</source>
        <translation>Cannot read the file this way</translation>
    </message>
    <message>
        <source>No names in this sheet</source>
        <translation>No names in this sheet</translation>
    </message>
    <message>
        <source>No column of this sheet holds names, so it cannot be imported. Choose the name column in the preview&apos;s first row, then tick the sheet again.</source>
        <translation>No column of this sheet holds names, so it cannot be imported. Choose the name column in the preview&apos;s first row, then tick the sheet again.</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>left out</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nothing to import</translation>
    </message>
    <message>
        <source>No person was found in the sheets chosen. Check that a column holds the names (the preview&apos;s first row) and that the sheet is ticked.</source>
        <translation>No person was found in the sheets chosen. Check that a column holds the names (the preview&apos;s first row) and that the sheet is ticked.</translation>
    </message>
    <message>
        <source>Cannot prepare the import</source>
        <translation>Cannot prepare the import</translation>
    </message>
    <message>
        <source>%1 (%2, household %3)</source>
        <translation>%1 (%2, household %3)</translation>
    </message>
    <message>
        <source>Save the dry run&apos;s report</source>
        <translation>Save the dry run&apos;s report</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>Cannot save the report</translation>
    </message>
    <message>
        <source>Everything in these files is already in the commune file.</source>
        <translation>Everything in these files is already in the commune file.</translation>
    </message>
    <message>
        <source>Large import</source>
        <translation>Large import</translation>
    </message>
    <message numerus="yes">
        <source>This import writes %n person(s). An import this large cannot be taken back with Edit &gt; Undo. Import now?</source>
        <translation>
            <numerusform>This import writes %n person(s). An import this large cannot be taken back with Edit &gt; Undo. Import now?</numerusform>
            <numerusform>This import writes %n person(s). An import this large cannot be taken back with Edit &gt; Undo. Import now?</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>%1

Nothing was changed in the commune file.</source>
        <translation>%1

Nothing was changed in the commune file.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>%1 household(s) and %2 person(s) added, %3 person(s) updated, %4 village(s) created. %5</source>
        <translation>%1 household(s) and %2 person(s) added, %3 person(s) updated, %4 village(s) created. %5</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back.</source>
        <translation>Edit &gt; Undo takes the whole import back.</translation>
    </message>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>Cannot look for duplicates</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of people may be the same person. Review them now?</source>
        <translation>
            <numerusform>%n pair(s) of people may be the same person. Review them now?</numerusform>
            <numerusform>%n pair(s) of people may be the same person. Review them now?</numerusform>
        </translation>
    </message>
    <message>
        <source>Header on row %1</source>
        <translation>Header on row %1</translation>
    </message>
    <message>
        <source>Header on rows %1–%2</source>
        <translation>Header on rows %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%1, data from row %2; %n column(s) recognised.</source>
        <translation>
            <numerusform>%1, data from row %2; %n column(s) recognised.</numerusform>
            <numerusform>%1, data from row %2; %n column(s) recognised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sht::LearningCentreDialog</name>
    <message>
        <source>Create the learning centre</source>
        <translation>Create the learning centre</translation>
    </message>
    <message>
        <source>Edit the learning centre</source>
        <translation>Edit the learning centre</translation>
    </message>
    <message>
        <source>e.g. Trung tâm học tập cộng đồng xã Hòa An</source>
        <translation>e.g. Trung tâm học tập cộng đồng xã Hòa An</translation>
    </message>
    <message>
        <source>&amp;Established on:</source>
        <translation>&amp;Established on:</translation>
    </message>
    <message>
        <source>No di&amp;rector</source>
        <translation>No di&amp;rector</translation>
    </message>
    <message>
        <source>Find the &amp;director (name, ID number or household code):</source>
        <translation>Find the &amp;director (name, ID number or household code):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Director:</source>
        <translation>Director:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>sht::LearningCentreWidget</name>
    <message>
        <source>This commune has no community learning centre recorded yet. Create it to record its courses and who attends them.</source>
        <translation>This commune has no community learning centre recorded yet. Create it to record its courses and who attends them.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Filter: title, field, place…</source>
        <translation>Filter: title, field, place…</translation>
    </message>
    <message>
        <source>Type any part of a course&apos;s title, field or place, with or without accents. Esc clears.</source>
        <translation>Type any part of a course&apos;s title, field or place, with or without accents. Esc clears.</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;New course…</translation>
    </message>
    <message>
        <source>%1 or Insert</source>
        <translation>%1 or Insert</translation>
    </message>
    <message>
        <source>Edit c&amp;ourse…</source>
        <translation>Edit c&amp;ourse…</translation>
    </message>
    <message>
        <source>F2 or Enter</source>
        <translation>F2 or Enter</translation>
    </message>
    <message>
        <source>&amp;Delete course</source>
        <translation>&amp;Delete course</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Add &amp;session…</source>
        <translation>Add &amp;session…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>&amp;Copy last session</source>
        <translation>&amp;Copy last session</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>&amp;Who came? Type part of a name, ID number or household code:</source>
        <translation>&amp;Who came? Type part of a name, ID number or household code:</translation>
    </message>
    <message>
        <source>Mark &amp;present</source>
        <translation>Mark &amp;present</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Whole household</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Community learning centre</source>
        <translation>Community learning centre</translation>
    </message>
    <message>
        <source>&amp;Create the learning centre…</source>
        <translation>&amp;Create the learning centre…</translation>
    </message>
    <message>
        <source>established %1</source>
        <translation>established %1</translation>
    </message>
    <message>
        <source>director: %1</source>
        <translation>director: %1</translation>
    </message>
    <message>
        <source>Edit the cen&amp;tre…</source>
        <translation>Edit the cen&amp;tre…</translation>
    </message>
    <message>
        <source>Sessions of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Sessions of &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Present on &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Present on &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the course &quot;%1&quot;?</source>
        <translation>Delete the course &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>It has no sessions yet.</source>
        <translation>It has no sessions yet.</translation>
    </message>
    <message numerus="yes">
        <source>This also deletes its %n session(s)</source>
        <translation>
            <numerusform>This also deletes its %n session(s)</numerusform>
            <numerusform>This also deletes its %n session(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n attendance record(s).</source>
        <translation>
            <numerusform> and %n attendance record(s).</numerusform>
            <numerusform> and %n attendance record(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Edit &gt; Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>Delete course</translation>
    </message>
    <message>
        <source>Delete the session of %1?</source>
        <translation>Delete the session of %1?</translation>
    </message>
    <message>
        <source>Nobody is marked present at it.</source>
        <translation>Nobody is marked present at it.</translation>
    </message>
    <message numerus="yes">
        <source>This also deletes its %n attendance record(s).</source>
        <translation>
            <numerusform>This also deletes its %n attendance record(s).</numerusform>
            <numerusform>This also deletes its %n attendance record(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>%1 marked present.</source>
        <translation>%1 marked present.</translation>
    </message>
    <message numerus="yes">
        <source>Household %1: %n marked present</source>
        <translation>
            <numerusform>Household %1: %n marked present</numerusform>
            <numerusform>Household %1: %n marked present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already present</source>
        <translation>
            <numerusform>, %n already present</numerusform>
            <numerusform>, %n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked present as on %1</source>
        <translation>
            <numerusform>%n marked present as on %1</numerusform>
            <numerusform>%n marked present as on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n no longer in the commune</source>
        <translation>
            <numerusform>, %n no longer in the commune</numerusform>
            <numerusform>, %n no longer in the commune</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the attendance list</source>
        <translation>Remove from the attendance list</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n people from the attendance list of this session?
%1</source>
        <translation>
            <numerusform>Remove these %n people from the attendance list of this session?
%1</numerusform>
            <numerusform>Remove these %n people from the attendance list of this session?
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed from the list.</source>
        <translation>%1 removed from the list.</translation>
    </message>
    <message numerus="yes">
        <source>%n people removed from the list.</source>
        <translation>
            <numerusform>%n people removed from the list.</numerusform>
            <numerusform>%n people removed from the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sht::LocalUnitDialog</name>
    <message>
        <source>e.g. Trường Tiểu học Hòa An</source>
        <translation>e.g. Trường Tiểu học Hòa An</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Managed by:</source>
        <translation>&amp;Managed by:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>Everyone who works there, including those who live outside the commune</source>
        <translation>Everyone who works there, including those who live outside the commune</translation>
    </message>
    <message>
        <source>Total &amp;staff:</source>
        <translation>Total &amp;staff:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>(village %1)</source>
        <translation>(village %1)</translation>
    </message>
</context>
<context>
    <name>sht::LocalUnitRegisterWidget</name>
    <message>
        <source>Commune People&apos;s Committee</source>
        <translation>Commune People&apos;s Committee</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Association (448-D)</source>
        <translation>Association (448-D)</translation>
    </message>
    <message>
        <source>Insert or Ctrl+N</source>
        <translation>Insert or Ctrl+N</translation>
    </message>
    <message>
        <source>F2 or Enter</source>
        <translation>F2 or Enter</translation>
    </message>
    <message>
        <source>Delete, in the list of units</source>
        <translation>Delete, in the list of units</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A, or Insert in the staff list</source>
        <translation>Ctrl+Shift+A, or Insert in the staff list</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Delete, in the staff list</source>
        <translation>Delete, in the staff list</translation>
    </message>
    <message>
        <source>Staff: choose a unit above</source>
        <translation>Staff: choose a unit above</translation>
    </message>
    <message>
        <source>&amp;Staff of %1 in the register: %2 now, %3 former</source>
        <translation>&amp;Staff of %1 in the register: %2 now, %3 former</translation>
    </message>
    <message>
        <source>&amp;Staff of %1 in the register: %2</source>
        <translation>&amp;Staff of %1 in the register: %2</translation>
    </message>
    <message>
        <source>%L1 / %L2 shown</source>
        <translation>%L1 / %L2 shown</translation>
    </message>
    <message>
        <source>New local unit</source>
        <translation>New local unit</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Delete %1 from the register for good?</source>
        <translation>Delete %1 from the register for good?</translation>
    </message>
    <message>
        <source>No staff records go with it.</source>
        <translation>No staff records go with it.</translation>
    </message>
    <message numerus="yes">
        <source>This also deletes its %n staff record(s) (current and former); the people stay in the register.</source>
        <translation>
            <numerusform>This also deletes its %n staff record(s) (current and former); the people stay in the register.</numerusform>
            <numerusform>This also deletes its %n staff record(s) (current and former); the people stay in the register.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Edit &gt; Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <source>Remove %1 from the staff of %2?
Do this only for a record entered by mistake: when someone leaves, use Left on…, which keeps the history. The person stays in the register. Edit &gt; Undo (Ctrl+Z) brings the record back.</source>
        <translation>Remove %1 from the staff of %2?
Do this only for a record entered by mistake: when someone leaves, use Left on…, which keeps the history. The person stays in the register. Edit &gt; Undo (Ctrl+Z) brings the record back.</translation>
    </message>
    <message>
        <source>Remove from staff</source>
        <translation>Remove from staff</translation>
    </message>
</context>
<context>
    <name>sht::LocalUnitStaffModel</name>
    <message>
        <source>%1 left on %2</source>
        <translation>%1 left on %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
</context>
<context>
    <name>sht::LocalUnitTableModel</name>
    <message>
        <source>Staff members who are in the commune&apos;s register now</source>
        <translation>Staff members who are in the commune&apos;s register now</translation>
    </message>
    <message>
        <source>Total staff, as the unit reports it (some may live outside the commune)</source>
        <translation>Total staff, as the unit reports it (some may live outside the commune)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Managing level</source>
        <translation>Managing level</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>In register</source>
        <translation>In register</translation>
    </message>
</context>
<context>
    <name>sht::MainWindow</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Create a new file for a commune or ward</source>
        <translation>Create a new file for a commune or ward</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a commune file</source>
        <translation>Open a commune file</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close the commune file</source>
        <translation>Close the commune file</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Sổ Học Tập</source>
        <translation>&amp;About Sổ Học Tập</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation>Cannot create the file</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>File upgraded</source>
        <translation>File upgraded</translation>
    </message>
    <message>
        <source>The file was made by an older version of Sổ Học Tập and has been upgraded. A copy of it as it was is kept in:
%1</source>
        <translation>The file was made by an older version of Sổ Học Tập and has been upgraded. A copy of it as it was is kept in:
%1</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>File not found</translation>
    </message>
    <message>
        <source>%1 no longer exists: it may have been moved, renamed or be on a drive that is not connected. It has been removed from the recent files.</source>
        <translation>%1 no longer exists: it may have been moved, renamed or be on a drive that is not connected. It has been removed from the recent files.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start Sổ Học Tập.</source>
        <translation>The new language will be used the next time you start Sổ Học Tập.</translation>
    </message>
    <message>
        <source>About Sổ Học Tập</source>
        <translation>About Sổ Học Tập</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sổ Học Tập %1&lt;/h3&gt;&lt;p&gt;The records of a commune&apos;s learning society — households, citizens, clans, local units and the learning centre — kept offline in one file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sổ Học Tập %1&lt;/h3&gt;&lt;p&gt;The records of a commune&apos;s learning society — households, citizens, clans, local units and the learning centre — kept offline in one file.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln village(s)</source>
        <translation>
            <numerusform>%Ln village</numerusform>
            <numerusform>%Ln villages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation>
            <numerusform>%Ln household</numerusform>
            <numerusform>%Ln households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Navigation pane</source>
        <translation>&amp;Navigation pane</translation>
    </message>
    <message>
        <source>Move to the list of villages and registers</source>
        <translation>Move to the list of villages and registers</translation>
    </message>
    <message>
        <source>Current &amp;page</source>
        <translation>Current &amp;page</translation>
    </message>
    <message>
        <source>Move to the page shown beside the navigation pane</source>
        <translation>Move to the page shown beside the navigation pane</translation>
    </message>
    <message>
        <source>&amp;Find people</source>
        <translation>&amp;Find people</translation>
    </message>
    <message>
        <source>Filter the People register by name, CCCD or household code</source>
        <translation>Filter the People register by name, CCCD or household code</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&lt;opened file&gt;</source>
        <translation>&lt;opened file&gt;</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Cannot undo or redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Show the list of edits; choose one to go back to it</source>
        <translation>Show the list of edits; choose one to go back to it</translation>
    </message>
    <message>
        <source>Add a household with its head to a village</source>
        <translation>Add a household with its head to a village</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>New hou&amp;sehold…</source>
        <translation>New hou&amp;sehold…</translation>
    </message>
    <message>
        <source>Re&amp;name village…</source>
        <translation>Re&amp;name village…</translation>
    </message>
    <message>
        <source>Give a village a new name from a date; the old name stays in history</source>
        <translation>Give a village a new name from a date; the old name stays in history</translation>
    </message>
    <message>
        <source>&amp;Merge villages…</source>
        <translation>&amp;Merge villages…</translation>
    </message>
    <message>
        <source>Merge a village into another from a date (the 2025 mergers)</source>
        <translation>Merge a village into another from a date (the 2025 mergers)</translation>
    </message>
    <message>
        <source>S&amp;plit village…</source>
        <translation>S&amp;plit village…</translation>
    </message>
    <message>
        <source>Move some households of a village into a new village from a date</source>
        <translation>Move some households of a village into a new village from a date</translation>
    </message>
    <message>
        <source>&amp;Import registers…</source>
        <translation>&amp;Import registers…</translation>
    </message>
    <message>
        <source>Import household registers from Excel (.xlsx, .xls) or CSV files; files can also be dropped on the window</source>
        <translation>Import household registers from Excel (.xlsx, .xls) or CSV files; files can also be dropped on the window</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>&amp;Evaluation</translation>
    </message>
    <message>
        <source>Registrations, verdicts with their reasons, the council&apos;s judgements and recognitions</source>
        <translation>Registrations, verdicts with their reasons, the council&apos;s judgements and recognitions</translation>
    </message>
    <message>
        <source>&amp;Targets dashboard</source>
        <translation>&amp;Targets dashboard</translation>
    </message>
    <message>
        <source>Shares of recognised households, clans, villages, units and citizens against the national and local targets</source>
        <translation>Shares of recognised households, clans, villages, units and citizens against the national and local targets</translation>
    </message>
    <message>
        <source>&amp;Criteria catalogues…</source>
        <translation>&amp;Criteria catalogues…</translation>
    </message>
    <message>
        <source>The criteria of every title, their sources and what is provisional; adapt a copy to the province</source>
        <translation>The criteria of every title, their sources and what is provisional; adapt a copy to the province</translation>
    </message>
    <message>
        <source>Read-only file</source>
        <translation>Read-only file</translation>
    </message>
    <message>
        <source>This file is open read-only: nothing can be imported into it.</source>
        <translation>This file is open read-only: nothing can be imported into it.</translation>
    </message>
    <message>
        <source>E&amp;xport volunteer package…</source>
        <translation>E&amp;xport volunteer package…</translation>
    </message>
    <message>
        <source>Write some villages into a file a volunteer opens on their own laptop and sends back</source>
        <translation>Write some villages into a file a volunteer opens on their own laptop and sends back</translation>
    </message>
    <message>
        <source>Merge &amp;volunteer package…</source>
        <translation>Merge &amp;volunteer package…</translation>
    </message>
    <message>
        <source>Review what a returned volunteer package changes, decide its conflicts and merge it</source>
        <translation>Review what a returned volunteer package changes, decide its conflicts and merge it</translation>
    </message>
    <message>
        <source>Export &amp;Excel entry template…</source>
        <translation>Export &amp;Excel entry template…</translation>
    </message>
    <message>
        <source>An Excel workbook of one village for a volunteer without the app; it comes back through Import</source>
        <translation>An Excel workbook of one village for a volunteer without the app; it comes back through Import</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Yearly statistics, TT 25 and TT 24 dossiers, lists, minutes and certificates: preview, export to Excel, print or save as PDF</source>
        <translation>Yearly statistics, TT 25 and TT 24 dossiers, lists, minutes and certificates: preview, export to Excel, print or save as PDF</translation>
    </message>
    <message>
        <source>Document &amp;signers…</source>
        <translation>Document &amp;signers…</translation>
    </message>
    <message>
        <source>The issuing body, the place and the signers printed on every report, minutes and certificate</source>
        <translation>The issuing body, the place and the signers printed on every report, minutes and certificate</translation>
    </message>
    <message>
        <source>%1 (volunteer package)</source>
        <translation>%1 (volunteer package)</translation>
    </message>
    <message>
        <source>Volunteer package</source>
        <translation>Volunteer package</translation>
    </message>
    <message>
        <source>The criteria catalogues are kept by the clerk: a volunteer package uses them as they are.</source>
        <translation>The criteria catalogues are kept by the clerk: a volunteer package uses them as they are.</translation>
    </message>
    <message>
        <source>Choose the package the volunteer sent back</source>
        <translation>Choose the package the volunteer sent back</translation>
    </message>
    <message>
        <source>Volunteer packages (*.shtpkg);;All files (*)</source>
        <translation>Volunteer packages (*.shtpkg);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>How many backups to keep and where; take a backup of the open file now</source>
        <translation>How many backups to keep and where; take a backup of the open file now</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>List the backups with their dates and records, and restore one into a new file</source>
        <translation>List the backups with their dates and records, and restore one into a new file</translation>
    </message>
    <message>
        <source>The last action was interrupted</source>
        <translation>The last action was interrupted</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Opened read-only</translation>
    </message>
    <message>
        <source>Taking today&apos;s backup…</source>
        <translation>Taking today&apos;s backup…</translation>
    </message>
    <message>
        <source>Warning: today&apos;s backup could not be taken. %1</source>
        <translation>Warning: today&apos;s backup could not be taken. %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup of this file was taken (File &gt; Backups…).</source>
        <translation>Today&apos;s backup of this file was taken (File &gt; Backups…).</translation>
    </message>
</context>
<context>
    <name>sht::MemberTransferDialog</name>
    <message>
        <source>Add an existing person</source>
        <translation>Add an existing person</translation>
    </message>
    <message>
        <source>Move %1 to another household</source>
        <translation>Move %1 to another household</translation>
    </message>
    <message>
        <source>Re&amp;lation to the head:</source>
        <translation>Re&amp;lation to the head:</translation>
    </message>
    <message>
        <source>&amp;Residence:</source>
        <translation>&amp;Residence:</translation>
    </message>
    <message>
        <source>&amp;Date joined:</source>
        <translation>&amp;Date joined:</translation>
    </message>
    <message>
        <source>&amp;Date of the move:</source>
        <translation>&amp;Date of the move:</translation>
    </message>
    <message>
        <source>This household no longer exists. Choose another one.</source>
        <translation>This household no longer exists. Choose another one.</translation>
    </message>
</context>
<context>
    <name>sht::MergeChangesModel</name>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Not tied to a village</source>
        <translation>Not tied to a village</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln change(s))</source>
        <translation>
            <numerusform>%1 (%Ln change(s))</numerusform>
            <numerusform>%1 (%Ln change(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3 changes shown)</source>
        <translation>%1 (%2 of %3 changes shown)</translation>
    </message>
    <message>
        <source>Village / record</source>
        <translation>Village / record</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Fields (before → after)</source>
        <translation>Fields (before → after)</translation>
    </message>
</context>
<context>
    <name>sht::MergeConflictModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>changed in both files</source>
        <translation>changed in both files</translation>
    </message>
    <message>
        <source>deleted in your file, edited by the volunteer</source>
        <translation>deleted in your file, edited by the volunteer</translation>
    </message>
    <message>
        <source>edited in your file, deleted by the volunteer</source>
        <translation>edited in your file, deleted by the volunteer</translation>
    </message>
    <message>
        <source>added by the volunteer, but already in your file</source>
        <translation>added by the volunteer, but already in your file</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>to decide</translation>
    </message>
    <message>
        <source>keep it deleted</source>
        <translation>keep it deleted</translation>
    </message>
    <message>
        <source>keep yours</source>
        <translation>keep yours</translation>
    </message>
    <message>
        <source>delete it</source>
        <translation>delete it</translation>
    </message>
    <message>
        <source>take the volunteer&apos;s</source>
        <translation>take the volunteer&apos;s</translation>
    </message>
    <message>
        <source>keep both (two people)</source>
        <translation>keep both (two people)</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(not there)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>decided</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) to make</source>
        <translation>
            <numerusform>%n decision(s) to make</numerusform>
            <numerusform>%n decision(s) to make</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1: %2 · %3</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>As exported</source>
        <translation>As exported</translation>
    </message>
    <message>
        <source>Your file</source>
        <translation>Your file</translation>
    </message>
    <message>
        <source>Volunteer&apos;s package</source>
        <translation>Volunteer&apos;s package</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>sht::MergeReviewDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Merge a volunteer package</source>
        <translation>Merge a volunteer package</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>← Keep &amp;yours</source>
        <translation>← Keep &amp;yours</translation>
    </message>
    <message>
        <source>Keep the value in your file (Left; Ctrl+Left: every remaining field of this conflict)</source>
        <translation>Keep the value in your file (Left; Ctrl+Left: every remaining field of this conflict)</translation>
    </message>
    <message>
        <source>Take the &amp;volunteer&apos;s →</source>
        <translation>Take the &amp;volunteer&apos;s →</translation>
    </message>
    <message>
        <source>Take the value from the volunteer&apos;s package (Right; Ctrl+Right: every remaining field of this conflict)</source>
        <translation>Take the value from the volunteer&apos;s package (Right; Ctrl+Right: every remaining field of this conflict)</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Keep &amp;both</translation>
    </message>
    <message>
        <source>Two different people who look alike: keep yours and add the volunteer&apos;s too (B)</source>
        <translation>Two different people who look alike: keep yours and add the volunteer&apos;s too (B)</translation>
    </message>
    <message>
        <source>Up / Down: conflicts and fields · Left: keep yours · Right: take the volunteer&apos;s · B: keep both · Ctrl+Left / Ctrl+Right: the whole conflict</source>
        <translation>Up / Down: conflicts and fields · Left: keep yours · Right: take the volunteer&apos;s · B: keep both · Ctrl+Left / Ctrl+Right: the whole conflict</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Name, village, register or value, with or without accents</source>
        <translation>Name, village, register or value, with or without accents</translation>
    </message>
    <message>
        <source>&amp;Apply merge</source>
        <translation>&amp;Apply merge</translation>
    </message>
    <message>
        <source>Merge every change and your decisions into this file, as one step Edit &gt; Undo takes back (Ctrl+Enter)</source>
        <translation>Merge every change and your decisions into this file, as one step Edit &gt; Undo takes back (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Reading the volunteer package…</source>
        <translation>Reading the volunteer package…</translation>
    </message>
    <message>
        <source>Merge cancelled</source>
        <translation>Merge cancelled</translation>
    </message>
    <message>
        <source>Reading the package was cancelled: nothing was changed.</source>
        <translation>Reading the package was cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot merge this package</source>
        <translation>Cannot merge this package</translation>
    </message>
    <message>
        <source>Already merged</source>
        <translation>Already merged</translation>
    </message>
    <message>
        <source>%1 was merged into this file before: there is nothing more to merge.

%2</source>
        <translation>%1 was merged into this file before: there is nothing more to merge.

%2</translation>
    </message>
    <message>
        <source>Nothing to merge</source>
        <translation>Nothing to merge</translation>
    </message>
    <message>
        <source>%1 holds no change since it was exported: there is nothing to merge.

%2</source>
        <translation>%1 holds no change since it was exported: there is nothing to merge.

%2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Co&amp;nflicts (%1)</source>
        <translation>Co&amp;nflicts (%1)</translation>
    </message>
    <message>
        <source>Changes &amp;without conflict (%1)</source>
        <translation>Changes &amp;without conflict (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not tied to a village</source>
        <translation>Not tied to a village</translation>
    </message>
    <message>
        <source>Nothing to merge.</source>
        <translation>Nothing to merge.</translation>
    </message>
    <message>
        <source>No conflicts: every change can be merged as it is (Ctrl+Enter).</source>
        <translation>No conflicts: every change can be merged as it is (Ctrl+Enter).</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still need a decision</source>
        <translation>
            <numerusform>%n conflict(s) still need a decision</numerusform>
            <numerusform>%n conflict(s) still need a decision</numerusform>
        </translation>
    </message>
    <message>
        <source>Every conflict is decided: Ctrl+Enter merges.</source>
        <translation>Every conflict is decided: Ctrl+Enter merges.</translation>
    </message>
    <message>
        <source>Merging the volunteer package…</source>
        <translation>Merging the volunteer package…</translation>
    </message>
    <message>
        <source>The merge was cancelled: your file is as it was.</source>
        <translation>The merge was cancelled: your file is as it was.</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <source>Package merged</source>
        <translation>Package merged</translation>
    </message>
    <message>
        <source>The volunteer&apos;s work on %1 is in your file: %2 added, %3 changed, %4 deleted, %5. Edit &gt; Undo (Ctrl+Z) takes the whole merge back.</source>
        <translation>The volunteer&apos;s work on %1 is in your file: %2 added, %3 changed, %4 deleted, %5. Edit &gt; Undo (Ctrl+Z) takes the whole merge back.</translation>
    </message>
    <message>
        <source>their villages</source>
        <translation>their villages</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) decided</source>
        <translation>
            <numerusform>%n conflict(s) decided</numerusform>
            <numerusform>%n conflict(s) decided</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sht::NavigationModel</name>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Villages and residential groups</source>
        <translation>Villages and residential groups</translation>
    </message>
    <message>
        <source>Show the people of %1</source>
        <translation>Show the people of %1</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>Households</source>
        <comment>column header: number of households</comment>
        <translation>Households</translation>
    </message>
    <message>
        <source>People</source>
        <comment>column header: number of people</comment>
        <translation>People</translation>
    </message>
    <message>
        <source>People</source>
        <comment>the People register</comment>
        <translation>People</translation>
    </message>
    <message>
        <source>Households</source>
        <comment>the Households register</comment>
        <translation>Households</translation>
    </message>
    <message>
        <source>Clans</source>
        <translation>Clans</translation>
    </message>
    <message>
        <source>Local units</source>
        <translation>Local units</translation>
    </message>
    <message>
        <source>Learning centre (TTHTCĐ)</source>
        <translation>Learning centre (TTHTCĐ)</translation>
    </message>
    <message>
        <source>Learning titles</source>
        <translation>Learning titles</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>sht::NavigationPane</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>sht::NewCommuneDialog</name>
    <message>
        <source>Commune (xã)</source>
        <translation>Commune (xã)</translation>
    </message>
    <message>
        <source>Ward (phường)</source>
        <translation>Ward (phường)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name: a new commune file never replaces an existing one.</source>
        <translation>A file with this name already exists. Choose another name: a new commune file never replaces an existing one.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Save the new commune file as</source>
        <translation>Save the new commune file as</translation>
    </message>
</context>
<context>
    <name>sht::NewHouseholdDialog</name>
    <message>
        <source>The commune has no village yet: create the village first.</source>
        <translation>The commune has no village yet: create the village first.</translation>
    </message>
    <message>
        <source>Enter the household code.</source>
        <translation>Enter the household code.</translation>
    </message>
    <message>
        <source>The code %1 is already used in this village; %2 is free.</source>
        <translation>The code %1 is already used in this village; %2 is free.</translation>
    </message>
</context>
<context>
    <name>sht::PackageExportDialog</name>
    <message>
        <source>Export a volunteer package</source>
        <translation>Export a volunteer package</translation>
    </message>
    <message>
        <source>Export an Excel entry template</source>
        <translation>Export an Excel entry template</translation>
    </message>
    <message>
        <source>A volunteer package holds the chosen villages&apos; households and people (and nothing of the other villages). The volunteer opens it in Sổ Học Tập on their own laptop, enters their data and sends the file back for you to merge.</source>
        <translation>A volunteer package holds the chosen villages&apos; households and people (and nothing of the other villages). The volunteer opens it in Sổ Học Tập on their own laptop, enters their data and sends the file back for you to merge.</translation>
    </message>
    <message>
        <source>An Excel workbook with the village&apos;s households and people filled in and drop-down lists, for a volunteer without the app. Filled in, it comes back through File &gt; Import registers, matched row by row.</source>
        <translation>An Excel workbook with the village&apos;s households and people filled in and drop-down lists, for a volunteer without the app. Filled in, it comes back through File &gt; Import registers, matched row by row.</translation>
    </message>
    <message>
        <source>&amp;Villages (type to find, Space ticks):</source>
        <translation>&amp;Villages (type to find, Space ticks):</translation>
    </message>
    <message>
        <source>&amp;Village (type to find, Space ticks):</source>
        <translation>&amp;Village (type to find, Space ticks):</translation>
    </message>
    <message>
        <source>Village name, with or without accents</source>
        <translation>Village name, with or without accents</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Choose where to save the file, then write it (Enter)</source>
        <translation>Choose where to save the file, then write it (Enter)</translation>
    </message>
    <message>
        <source>No village ticked; %1 of %2 shown.</source>
        <translation>No village ticked; %1 of %2 shown.</translation>
    </message>
    <message>
        <source>Ticked: %1.</source>
        <translation>Ticked: %1.</translation>
    </message>
    <message>
        <source>This commune has no village yet.</source>
        <translation>This commune has no village yet.</translation>
    </message>
    <message>
        <source>Tick at least one village (Space ticks the one shown).</source>
        <translation>Tick at least one village (Space ticks the one shown).</translation>
    </message>
    <message>
        <source>Save the volunteer package</source>
        <translation>Save the volunteer package</translation>
    </message>
    <message>
        <source>Volunteer packages (*.shtpkg)</source>
        <translation>Volunteer packages (*.shtpkg)</translation>
    </message>
    <message>
        <source>Save the entry template</source>
        <translation>Save the entry template</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>File already exists</source>
        <translation>File already exists</translation>
    </message>
    <message>
        <source>%1 already exists and is left as it is. Choose another name, or delete or move that file first.</source>
        <translation>%1 already exists and is left as it is. Choose another name, or delete or move that file first.</translation>
    </message>
    <message>
        <source>Writing the volunteer package…</source>
        <translation>Writing the volunteer package…</translation>
    </message>
    <message>
        <source>Writing the entry template…</source>
        <translation>Writing the entry template…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <source>The export was cancelled: no file was written.</source>
        <translation>The export was cancelled: no file was written.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Volunteer package ready</source>
        <translation>Volunteer package ready</translation>
    </message>
    <message>
        <source>The package for %1 is saved as:
%2

Hand this file to the volunteer (on a USB stick or by message). They open it in Sổ Học Tập on their laptop, enter their data and send the file back. Then choose File &gt; Merge volunteer package… to bring their work into this file.</source>
        <translation>The package for %1 is saved as:
%2

Hand this file to the volunteer (on a USB stick or by message). They open it in Sổ Học Tập on their laptop, enter their data and send the file back. Then choose File &gt; Merge volunteer package… to bring their work into this file.</translation>
    </message>
    <message>
        <source>Entry template ready</source>
        <translation>Entry template ready</translation>
    </message>
    <message>
        <source>The entry template for %1 is saved as:
%2

Give it to the volunteer who works in Excel. When it comes back filled in, import it with File &gt; Import registers… (Ctrl+I): its rows are matched by their hidden identities.</source>
        <translation>The entry template for %1 is saved as:
%2

Give it to the volunteer who works in Excel. When it comes back filled in, import it with File &gt; Import registers… (Ctrl+I): its rows are matched by their hidden identities.</translation>
    </message>
</context>
<context>
    <name>sht::PartialDateDialog</name>
    <message>
        <source>2019, 03/2019 or 15/03/2019</source>
        <translation>2019, 03/2019 or 15/03/2019</translation>
    </message>
    <message>
        <source>Enter the date, at least the year.</source>
        <translation>Enter the date, at least the year.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>The date %1 is in the future.</translation>
    </message>
</context>
<context>
    <name>sht::PeopleFinder</name>
    <message>
        <source>&amp;Find the person (name, ID number or household code):</source>
        <translation>&amp;Find the person (name, ID number or household code):</translation>
    </message>
    <message>
        <source>&amp;Find the household (its code or the head&apos;s name):</source>
        <translation>&amp;Find the household (its code or the head&apos;s name):</translation>
    </message>
    <message>
        <source>%1 — head: %2 — %3</source>
        <translation>%1 — head: %2 — %3</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, born %2</translation>
    </message>
    <message>
        <source>%1 — lives in household %2 (%3)</source>
        <translation>%1 — lives in household %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — in no household now</source>
        <translation>%1 — in no household now</translation>
    </message>
    <message>
        <source>Type part of a name, an ID number or a household code.</source>
        <translation>Type part of a name, an ID number or a household code.</translation>
    </message>
    <message>
        <source>Type part of the household code or of the head&apos;s name.</source>
        <translation>Type part of the household code or of the head&apos;s name.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>%1 found; the first %2 are listed. Type more to narrow.</source>
        <translation>%1 found; the first %2 are listed. Type more to narrow.</translation>
    </message>
    <message numerus="yes">
        <source>%n found.</source>
        <translation>
            <numerusform>%n found.</numerusform>
            <numerusform>%n found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sht::PeopleRegisterWidget</name>
    <message>
        <source>People of the whole commune</source>
        <translation>People of the whole commune</translation>
    </message>
    <message>
        <source>People of %1</source>
        <translation>People of %1</translation>
    </message>
    <message>
        <source>%L1 / %L2 shown</source>
        <translation>%L1 / %L2 shown</translation>
    </message>
</context>
<context>
    <name>sht::PeopleTableModel</name>
    <message>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>No longer lives in the commune</source>
        <translation>No longer lives in the commune</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>ID (CCCD/CMND)</source>
        <translation>ID (CCCD/CMND)</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>Household code</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
</context>
<context>
    <name>sht::PersonDialog</name>
    <message>
        <source>Re&amp;lation to the head:</source>
        <translation>Re&amp;lation to the head:</translation>
    </message>
    <message>
        <source>Resi&amp;dence:</source>
        <translation>Resi&amp;dence:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Joined on:</translation>
    </message>
</context>
<context>
    <name>sht::PersonForm</name>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Enter the person&apos;s full name.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future. Check the year.</source>
        <translation>The birth date %1 is in the future. Check the year.</translation>
    </message>
    <message>
        <source>This ID number already belongs to %1. Check both records.</source>
        <translation>This ID number already belongs to %1. Check both records.</translation>
    </message>
    <message>
        <source>old CMND</source>
        <translation>old CMND</translation>
    </message>
    <message>
        <source>A phone number has 8 to 12 digits (for example 0912 345 678).</source>
        <translation>A phone number has 8 to 12 digits (for example 0912 345 678).</translation>
    </message>
</context>
<context>
    <name>sht::RecognitionDialog</name>
    <message>
        <source>Recognise: %1 %2</source>
        <translation>Recognise: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>The decision recognises %n subject(s) whose verdict is met:</source>
        <translation>
            <numerusform>The decision recognises %n subject(s) whose verdict is met:</numerusform>
            <numerusform>The decision recognises %n subject(s) whose verdict is met:</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. 125/QĐ-UBND</source>
        <translation>e.g. 125/QĐ-UBND</translation>
    </message>
    <message>
        <source>e.g. Chủ tịch UBND xã Nguyễn Văn An</source>
        <translation>e.g. Chủ tịch UBND xã Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>Decision &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Signed by:</translation>
    </message>
    <message>
        <source>&amp;Recognise</source>
        <translation>&amp;Recognise</translation>
    </message>
    <message numerus="yes">
        <source>Valid for %n month(s), from %1 to %2 (set by the criteria).</source>
        <translation>
            <numerusform>Valid for %n month(s), from %1 to %2 (set by the criteria).</numerusform>
            <numerusform>Valid for %n month(s), from %1 to %2 (set by the criteria).</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of the decision, as printed on it.</source>
        <translation>Type the number of the decision, as printed on it.</translation>
    </message>
    <message>
        <source>Type who signed the decision.</source>
        <translation>Type who signed the decision.</translation>
    </message>
</context>
<context>
    <name>sht::RegistrationCandidateModel</name>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>not registered</translation>
    </message>
    <message>
        <source>Registered · name</source>
        <translation>Registered · name</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>sht::RegistrationDialog</name>
    <message>
        <source>Registrations for %1</source>
        <translation>Registrations for %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>Part of a name, household code or village…</source>
        <translation>Part of a name, household code or village…</translation>
    </message>
    <message>
        <source>Type to find; Down or Enter goes to the list, where Space ticks. Esc clears.</source>
        <translation>Type to find; Down or Enter goes to the list, where Space ticks. Esc clears.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Subjects that may register</source>
        <translation>Subjects that may register</translation>
    </message>
    <message>
        <source>Space ticks or clears the selected rows</source>
        <translation>Space ticks or clears the selected rows</translation>
    </message>
    <message>
        <source>Register &amp;whole village</source>
        <translation>Register &amp;whole village</translation>
    </message>
    <message>
        <source>Registers every subject of the chosen village that may register (%1)</source>
        <translation>Registers every subject of the chosen village that may register (%1)</translation>
    </message>
    <message>
        <source>Tic&amp;k selected</source>
        <translation>Tic&amp;k selected</translation>
    </message>
    <message>
        <source>Registers the selected rows, or takes them back when all are registered (Space)</source>
        <translation>Registers the selected rows, or takes them back when all are registered (Space)</translation>
    </message>
    <message>
        <source>%1 registered of %2 that may register</source>
        <translation>%1 registered of %2 that may register</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a village first (Alt+V).</source>
        <translation>Choose a village first (Alt+V).</translation>
    </message>
    <message>
        <source>%1 newly registered</source>
        <translation>%1 newly registered</translation>
    </message>
    <message>
        <source>Register &amp;every village</source>
        <translation>Register &amp;every village</translation>
    </message>
    <message>
        <source>Registers every subject of every village of the commune that may register, as one step (%1)</source>
        <translation>Registers every subject of every village of the commune that may register, as one step (%1)</translation>
    </message>
    <message>
        <source>%1 newly registered in every village</source>
        <translation>%1 newly registered in every village</translation>
    </message>
</context>
<context>
    <name>sht::ReportPreviewModel</name>
    <message>
        <source>first %1 of %2 rows shown</source>
        <translation>first %1 of %2 rows shown</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
</context>
<context>
    <name>sht::ReportsWidget</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;Reports:</source>
        <translation>&amp;Reports:</translation>
    </message>
    <message>
        <source>A4 (landscape)</source>
        <translation>A4 (landscape)</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>Local &amp;unit:</source>
        <translation>Local &amp;unit:</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Course:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Page si&amp;ze:</translation>
    </message>
    <message>
        <source>&amp;Date on the paper:</source>
        <translation>&amp;Date on the paper:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>&amp;Build preview</source>
        <translation>&amp;Build preview</translation>
    </message>
    <message>
        <source>E&amp;xport Excel…</source>
        <translation>E&amp;xport Excel…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Print preview…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Si&amp;gners and heading…</source>
        <translation>Si&amp;gners and heading…</translation>
    </message>
    <message>
        <source>Build the preview again with the figures of the file now (%1)</source>
        <translation>Build the preview again with the figures of the file now (%1)</translation>
    </message>
    <message>
        <source>Export the report as an Excel workbook (%1)</source>
        <translation>Export the report as an Excel workbook (%1)</translation>
    </message>
    <message>
        <source>See the pages as they will be printed, and print them (%1)</source>
        <translation>See the pages as they will be printed, and print them (%1)</translation>
    </message>
    <message>
        <source>Save the report as a PDF file (%1)</source>
        <translation>Save the report as a PDF file (%1)</translation>
    </message>
    <message>
        <source>The issuing body, the place and the signers printed on every paper (Alt+G)</source>
        <translation>The issuing body, the place and the signers printed on every paper (Alt+G)</translation>
    </message>
    <message>
        <source>Open a commune file to make its reports.</source>
        <translation>Open a commune file to make its reports.</translation>
    </message>
    <message>
        <source>Whole commune</source>
        <translation>Whole commune</translation>
    </message>
    <message>
        <source>Choose a report in the list.</source>
        <translation>Choose a report in the list.</translation>
    </message>
    <message>
        <source>Building “%1”…</source>
        <translation>Building “%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Building the report was cancelled. Press F5 to build it again.</source>
        <translation>Building the report was cancelled. Press F5 to build it again.</translation>
    </message>
    <message>
        <source>The report has nothing to show for these choices.</source>
        <translation>The report has nothing to show for these choices.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s), one per page: the print preview (%1) shows them.</source>
        <translation>
            <numerusform>%n certificate(s), one per page: the print preview (%1) shows them.</numerusform>
            <numerusform>%n certificate(s), one per page: the print preview (%1) shows them.</numerusform>
        </translation>
    </message>
    <message>
        <source>(the tables follow here: see below)</source>
        <translation>(the tables follow here: see below)</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>(no name yet: Signers and heading…)</source>
        <translation>(no name yet: Signers and heading…)</translation>
    </message>
    <message>
        <source>Cannot make the report</source>
        <translation>Cannot make the report</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this report?</source>
        <translation>%1 already exists. Replace it with this report?</translation>
    </message>
    <message>
        <source>Export the report to Excel</source>
        <translation>Export the report to Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Cannot export the report</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>Cannot save the PDF</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Print preview: %1</translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <translation>Cannot print the report</translation>
    </message>
    <message>
        <source>The new names are printed on every paper from now on.</source>
        <translation>The new names are printed on every paper from now on.</translation>
    </message>
</context>
<context>
    <name>sht::RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message numerus="yes">
        <source>Backups are kept in %1 (the newest %n per commune file; File &gt; Backups… changes this). A backup is checked again before it is restored, into a new file: the open file is never overwritten.</source>
        <translation>
            <numerusform>Backups are kept in %1 (the newest %n per commune file; File &gt; Backups… changes this). A backup is checked again before it is restored, into a new file: the open file is never overwritten.</numerusform>
            <numerusform>Backups are kept in %1 (the newest %n per commune file; File &gt; Backups… changes this). A backup is checked again before it is restored, into a new file: the open file is never overwritten.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Only the backups of the open commune file</source>
        <translation>&amp;Only the backups of the open commune file</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Restore the selected backup into a new file (Enter)</source>
        <translation>Restore the selected backup into a new file (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Checking the backups… %1 of %2</source>
        <translation>Checking the backups… %1 of %2</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>No backups yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) checked.</source>
        <translation>
            <numerusform>%n backup(s) checked.</numerusform>
            <numerusform>%n backup(s) checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>Checking the backups…</translation>
    </message>
    <message>
        <source>Restore the backup into a new file</source>
        <translation>Restore the backup into a new file</translation>
    </message>
    <message>
        <source>%1 is the file open now, and it cannot be replaced while it is open. Choose another name for the restored file; you can open it afterwards.</source>
        <translation>%1 is the file open now, and it cannot be replaced while it is open. Choose another name for the restored file; you can open it afterwards.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the backup?

The file there now is not deleted: it is renamed to %2.</source>
        <translation>%1 already exists. Replace it with the backup?

The file there now is not deleted: it is renamed to %2.</translation>
    </message>
    <message>
        <source>%1 could not be renamed (is it open in another program?). Choose another name; nothing was changed.</source>
        <translation>%1 could not be renamed (is it open in another program?). Choose another name; nothing was changed.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was written.</source>
        <translation>The restore was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>Restored into %1.</translation>
    </message>
    <message>
        <source>The backup of %1 was restored into:
%2

Open the restored file now?</source>
        <translation>The backup of %1 was restored into:
%2

Open the restored file now?</translation>
    </message>
    <message>
        <source>Checking the backup and copying it into %1…</source>
        <translation>Checking the backup and copying it into %1…</translation>
    </message>
</context>
<context>
    <name>sht::SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <source>%1 runs from %2 to %3.</source>
        <translation>%1 runs from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 starts on %2.</source>
        <translation>%1 starts on %2.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>&amp;Add the session</source>
        <translation>&amp;Add the session</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>sht::SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
</context>
<context>
    <name>sht::SplitHouseholdDialog</name>
    <message>
        <source>Split household %1</source>
        <translation>Split household %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tick the members who leave household %1 to form a new household.</source>
        <translation>Tick the members who leave household %1 to form a new household.</translation>
    </message>
    <message>
        <source>Tick the members who leave household %1 to form a new household. The head, %2, stays.</source>
        <translation>Tick the members who leave household %1 to form a new household. The head, %2, stays.</translation>
    </message>
    <message>
        <source>&amp;Members of the new household:</source>
        <translation>&amp;Members of the new household:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Relation to the new head</source>
        <translation>Relation to the new head</translation>
    </message>
    <message>
        <source>The household has no other member than its head.</source>
        <translation>The household has no other member than its head.</translation>
    </message>
    <message>
        <source>New &amp;head:</source>
        <translation>New &amp;head:</translation>
    </message>
    <message>
        <source>&amp;Code of the new household:</source>
        <translation>&amp;Code of the new household:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Date of the split:</source>
        <translation>&amp;Date of the split:</translation>
    </message>
    <message>
        <source>Only the head lives in this household: there is nobody to form a new household.</source>
        <translation>Only the head lives in this household: there is nobody to form a new household.</translation>
    </message>
    <message>
        <source>Tick the members who form the new household.</source>
        <translation>Tick the members who form the new household.</translation>
    </message>
    <message>
        <source>The household must keep at least one member: leave someone in it.</source>
        <translation>The household must keep at least one member: leave someone in it.</translation>
    </message>
    <message>
        <source>Only the new head can be head of the new household; choose another relation for %1.</source>
        <translation>Only the new head can be head of the new household; choose another relation for %1.</translation>
    </message>
    <message>
        <source>Enter the code of the new household.</source>
        <translation>Enter the code of the new household.</translation>
    </message>
    <message>
        <source>The code %1 is already used in this village; %2 is free.</source>
        <translation>The code %1 is already used in this village; %2 is free.</translation>
    </message>
</context>
<context>
    <name>sht::SplitVillageDialog</name>
    <message>
        <source>Split a village</source>
        <translation>Split a village</translation>
    </message>
    <message>
        <source>&amp;Split this village:</source>
        <translation>&amp;Split this village:</translation>
    </message>
    <message>
        <source>e.g. Thôn Đông Bắc</source>
        <translation>e.g. Thôn Đông Bắc</translation>
    </message>
    <message>
        <source>&amp;New village&apos;s name:</source>
        <translation>&amp;New village&apos;s name:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Households that go to the new village (Space ticks; type to find):</source>
        <translation>&amp;Households that go to the new village (Space ticks; type to find):</translation>
    </message>
    <message>
        <source>Household code, head, address…</source>
        <translation>Household code, head, address…</translation>
    </message>
    <message>
        <source>&amp;Tick all shown</source>
        <translation>&amp;Tick all shown</translation>
    </message>
    <message>
        <source>The ticked households move to the new village from this date. The first village keeps the others and its history, so reports of earlier years still count every household where it was.</source>
        <translation>The ticked households move to the new village from this date. The first village keeps the others and its history, so reports of earlier years still count every household where it was.</translation>
    </message>
    <message>
        <source>S&amp;plit</source>
        <translation>S&amp;plit</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 households ticked; %3 shown.</source>
        <translation>%1 of %2 households ticked; %3 shown.</translation>
    </message>
    <message>
        <source>This commune has no village yet.</source>
        <translation>This commune has no village yet.</translation>
    </message>
    <message>
        <source>Type the new village&apos;s name.</source>
        <translation>Type the new village&apos;s name.</translation>
    </message>
    <message>
        <source>Tick the households that go to the new village.</source>
        <translation>Tick the households that go to the new village.</translation>
    </message>
    <message>
        <source>Leave at least one household in %1 (to rename a village, use Rename village).</source>
        <translation>Leave at least one household in %1 (to rename a village, use Rename village).</translation>
    </message>
</context>
<context>
    <name>sht::StaffDialog</name>
    <message>
        <source>Add staff to %1</source>
        <translation>Add staff to %1</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>Left %1</translation>
    </message>
    <message>
        <source>e.g. Hiệu trưởng, Giáo viên, Kế toán</source>
        <translation>e.g. Hiệu trưởng, Giáo viên, Kế toán</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Since:</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Left on:</translation>
    </message>
    <message>
        <source>When did %1 leave %2? They started on %3.</source>
        <translation>When did %1 leave %2? They started on %3.</translation>
    </message>
    <message>
        <source>When did %1 leave %2?</source>
        <translation>When did %1 leave %2?</translation>
    </message>
    <message>
        <source>%1 is already on the staff of %2. To record a new role, first record the date they left the old one (Left on…).</source>
        <translation>%1 is already on the staff of %2. To record a new role, first record the date they left the old one (Left on…).</translation>
    </message>
</context>
<context>
    <name>sht::TargetEditDialog</name>
    <message>
        <source>Change target</source>
        <translation>Change target</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>New target</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>e.g. KH 45/KH-UBND of the province, 2023</source>
        <translation>e.g. KH 45/KH-UBND of the province, 2023</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>Set &amp;by:</source>
        <translation>Set &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>sht::TargetTableModel</name>
    <message>
        <source>%1, difficult areas</source>
        <translation>%1, difficult areas</translation>
    </message>
    <message>
        <source> [provisional]</source>
        <translation> [provisional]</translation>
    </message>
    <message>
        <source>National targets come with the program and cannot be changed; Insert adds your own.</source>
        <translation>National targets come with the program and cannot be changed; Insert adds your own.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Set by</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>sht::TargetsDialog</name>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>National targets come with the program (greyed: they cannot be changed). Add the province&apos;s or the commune&apos;s own targets: where one is higher, the dashboard measures against it.</source>
        <translation>National targets come with the program (greyed: they cannot be changed). Add the province&apos;s or the commune&apos;s own targets: where one is higher, the dashboard measures against it.</translation>
    </message>
    <message>
        <source>%1, difficult areas</source>
        <translation>%1, difficult areas</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation>Enter or F2</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Target added (Edit &gt; Undo takes it back).</source>
        <translation>Target added (Edit &gt; Undo takes it back).</translation>
    </message>
    <message>
        <source>National targets come with the program and cannot be changed; press Insert to add the commune&apos;s own target instead.</source>
        <translation>National targets come with the program and cannot be changed; press Insert to add the commune&apos;s own target instead.</translation>
    </message>
    <message>
        <source>Target changed.</source>
        <translation>Target changed.</translation>
    </message>
    <message>
        <source>National targets come with the program and cannot be deleted.</source>
        <translation>National targets come with the program and cannot be deleted.</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>Delete target</translation>
    </message>
    <message>
        <source>Delete the %1 target &quot;%2&quot; for %3 (%4)?</source>
        <translation>Delete the %1 target &quot;%2&quot; for %3 (%4)?</translation>
    </message>
    <message>
        <source>Target deleted (Edit &gt; Undo brings it back).</source>
        <translation>Target deleted (Edit &gt; Undo brings it back).</translation>
    </message>
</context>
<context>
    <name>sht::VillageDialog</name>
    <message>
        <source>Rename a village</source>
        <translation>Rename a village</translation>
    </message>
    <message>
        <source>Merge two villages</source>
        <translation>Merge two villages</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>&amp;Merge this village:</source>
        <translation>&amp;Merge this village:</translation>
    </message>
    <message>
        <source>e.g. Thôn Đông Hòa</source>
        <translation>e.g. Thôn Đông Hòa</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;New name:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Into:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>The old name is kept for reports of the years before this date.</source>
        <translation>The old name is kept for reports of the years before this date.</translation>
    </message>
    <message>
        <source>Every household of the first village moves into the second from this date. The first village is kept in the history, so reports of earlier years still show it.</source>
        <translation>Every household of the first village moves into the second from this date. The first village is kept in the history, so reports of earlier years still show it.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Mer&amp;ge</source>
        <translation>Mer&amp;ge</translation>
    </message>
    <message>
        <source>This commune has no village yet.</source>
        <translation>This commune has no village yet.</translation>
    </message>
    <message>
        <source>Type the new name.</source>
        <translation>Type the new name.</translation>
    </message>
    <message>
        <source>Choose two different villages.</source>
        <translation>Choose two different villages.</translation>
    </message>
</context>
<context>
    <name>sht::VillageTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Residential group</source>
        <translation>Residential group</translation>
    </message>
    <message>
        <source>Village</source>
        <comment>column header: the village or residential group</comment>
        <translation>Village</translation>
    </message>
    <message>
        <source>Village</source>
        <comment>kind of unit</comment>
        <translation>Village</translation>
    </message>
</context>
<context>
    <name>sht::VolunteerModeBar</name>
    <message>
        <source>created %1</source>
        <translation>created %1</translation>
    </message>
    <message>
        <source>created %1 by %2</source>
        <translation>created %1 by %2</translation>
    </message>
    <message>
        <source>Volunteer package for %1</source>
        <translation>Volunteer package for %1</translation>
    </message>
    <message>
        <source>Volunteer package for %1 (%2)</source>
        <translation>Volunteer package for %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2. Only these villages are here. Send this file back to the clerk when you are done.</source>
        <translation>%1 — %2. Only these villages are here. Send this file back to the clerk when you are done.</translation>
    </message>
</context>
</TS>
