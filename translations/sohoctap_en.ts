<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>Usage: sohoctap-cli COMMAND [options]

Commands:
  demo --out FILE [--people N] [--seed S]   create a demo commune file
  info FILE [--json]                        households and people per village, clans, units
  people FILE [--village V] [--csv]         the household register (UTF-8)
  check FILE                                integrity and data version of a file

Run &apos;sohoctap-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Usage: sohoctap-cli COMMAND [options]

Commands:
  demo --out FILE [--people N] [--seed S]   create a demo commune file
  info FILE [--json]                        households and people per village, clans, units
  people FILE [--village V] [--csv]         the household register (UTF-8)
  check FILE                                integrity and data version of a file

Run &apos;sohoctap-cli COMMAND --help&apos; for a command&apos;s options.</translation>
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
        <source>%1 is damaged (%2). Nothing was changed. Open a backup copy instead (backups made before upgrades sit beside the file) or ask for help before editing it.</source>
        <translation>%1 is damaged (%2). Nothing was changed. Open a backup copy instead (backups made before upgrades sit beside the file) or ask for help before editing it.</translation>
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
    <name>FileDialog</name>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
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
</TS>
