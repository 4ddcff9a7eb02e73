<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AdminUnitService</name>
    <message>
        <source>This file already holds a commune; one file keeps one commune.</source>
        <translation>Tệp này đã có dữ liệu của một xã; mỗi tệp chỉ lưu một xã.</translation>
    </message>
    <message>
        <source>Create the commune before its villages.</source>
        <translation>Hãy tạo xã trước, sau đó mới thêm thôn, tổ dân phố.</translation>
    </message>
    <message>
        <source>A village named %1 already exists.</source>
        <translation>Đã có thôn/tổ dân phố tên là %1.</translation>
    </message>
    <message>
        <source>The village no longer exists.</source>
        <translation>Thôn/tổ dân phố này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Enter the new name.</source>
        <translation>Hãy nhập tên mới.</translation>
    </message>
    <message>
        <source>A village named %1 already exists; merge the villages instead.</source>
        <translation>Đã có thôn/tổ dân phố tên là %1; nếu hai nơi là một, hãy sáp nhập thay vì đổi tên.</translation>
    </message>
    <message>
        <source>A village cannot be merged into itself.</source>
        <translation>Không thể sáp nhập một thôn/tổ dân phố vào chính nó.</translation>
    </message>
    <message>
        <source>The village to merge no longer exists.</source>
        <translation>Thôn/tổ dân phố cần sáp nhập không còn tồn tại.</translation>
    </message>
    <message>
        <source>The village to merge into no longer exists.</source>
        <translation>Thôn/tổ dân phố nhận sáp nhập không còn tồn tại.</translation>
    </message>
    <message>
        <source>Household code %1 exists in both villages. Give one of them a new code before merging.</source>
        <translation>Mã hộ %1 có ở cả hai thôn/tổ dân phố. Hãy đổi mã cho một trong hai hộ trước khi sáp nhập.</translation>
    </message>
    <message>
        <source>The village to split no longer exists.</source>
        <translation>Thôn/tổ dân phố cần chia tách không còn tồn tại.</translation>
    </message>
    <message>
        <source>A household to move is not in %1.</source>
        <translation>Có hộ cần chuyển không thuộc %1.</translation>
    </message>
    <message>
        <source>The merger date %1 must be later than %2, the date from which %3 is recorded.</source>
        <translation>Ngày sáp nhập %1 phải sau ngày %2, là ngày bắt đầu ghi nhận %3.</translation>
    </message>
    <message>
        <source>Enter the date from which the new name is used.</source>
        <translation>Hãy nhập ngày bắt đầu dùng tên mới.</translation>
    </message>
    <message>
        <source>The new name must start after %1, when the current name began.</source>
        <translation>Tên mới phải bắt đầu sau ngày %1, là ngày bắt đầu dùng tên hiện tại.</translation>
    </message>
    <message>
        <source>Enter the date of the merger.</source>
        <translation>Hãy nhập ngày sáp nhập.</translation>
    </message>
    <message>
        <source>Enter the date of the split.</source>
        <translation>Hãy nhập ngày chia tách.</translation>
    </message>
    <message>
        <source>Type the village&apos;s name.</source>
        <translation>Hãy nhập tên thôn/tổ dân phố.</translation>
    </message>
</context>
<context>
    <name>AuditedWriter</name>
    <message>
        <source>A new record could not be added to %1: %2</source>
        <translation>Không thêm được bản ghi mới vào %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>A record of %1 could not be changed: %2</source>
        <translation>Không sửa được bản ghi trong %1: %2</translation>
    </message>
    <message>
        <source>A record could not be deleted from %1: %2</source>
        <translation>Không xóa được bản ghi khỏi %1: %2</translation>
    </message>
    <message>
        <source>The change could not be written to the history of changes: %1</source>
        <translation>Không ghi được thay đổi vào lịch sử thay đổi: %1</translation>
    </message>
    <message>
        <source>The record to change is no longer in %1; it may have been deleted meanwhile.</source>
        <translation>Bản ghi cần sửa không còn trong %1; có thể nó vừa bị xóa.</translation>
    </message>
    <message>
        <source>The record to delete is no longer in %1; it may have been deleted meanwhile.</source>
        <translation>Bản ghi cần xóa không còn trong %1; có thể nó vừa bị xóa.</translation>
    </message>
</context>
<context>
    <name>ChangeReplayer</name>
    <message>
        <source>A record in %1 is already back; the step cannot be repeated.</source>
        <translation>Một bản ghi trong %1 đã có lại rồi; không thể làm lại bước này.</translation>
    </message>
    <message>
        <source>A record in %1 has been deleted since; the step cannot be undone or redone.</source>
        <translation>Một bản ghi trong %1 đã bị xóa sau đó; không thể hoàn tác hay làm lại bước này.</translation>
    </message>
    <message>
        <source>A record in %1 has been changed since; the step cannot be undone or redone.</source>
        <translation>Một bản ghi trong %1 đã bị sửa sau đó; không thể hoàn tác hay làm lại bước này.</translation>
    </message>
</context>
<context>
    <name>CitizenId</name>
    <message>
        <source>The ID &quot;%1&quot; was stored as a number in the spreadsheet and lost digits; retype it from the card (12 digits for a CCCD, 9 for a CMND).</source>
        <translation>Số CCCD/CMND “%1” đã bị bảng tính lưu thành dạng số nên mất chữ số; hãy nhập lại theo thẻ (CCCD có 12 chữ số, CMND có 9 chữ số).</translation>
    </message>
    <message>
        <source>An ID has only digits; &quot;%1&quot; contains other characters.</source>
        <translation>Số CCCD/CMND chỉ gồm chữ số; “%1” có ký tự khác.</translation>
    </message>
    <message>
        <source>This ID has %1 digits. It probably lost its leading zero(s) when the spreadsheet stored it as a number; check the card: it is likely %2.</source>
        <translation>Số này có %1 chữ số. Có lẽ bảng tính đã lưu nó thành dạng số nên mất số 0 ở đầu; hãy đối chiếu với thẻ: nhiều khả năng số đúng là %2.</translation>
    </message>
    <message>
        <source>This ID has %1 digits; a CCCD has 12. If the spreadsheet stored it as a number, its leading zeros were lost; retype it from the card.</source>
        <translation>Số này có %1 chữ số, còn số CCCD có 12 chữ số. Nếu bảng tính đã lưu nó thành dạng số thì các số 0 ở đầu đã bị mất; hãy nhập lại theo thẻ.</translation>
    </message>
    <message>
        <source>A CCCD has 12 digits and a CMND 9; this ID has %1.</source>
        <translation>Số CCCD có 12 chữ số, số CMND có 9 chữ số; số này có %1 chữ số.</translation>
    </message>
    <message>
        <source>The first three digits of a CCCD are a province code (001 to 096); %1 is not one. Check the number.</source>
        <translation>Ba chữ số đầu của số CCCD là mã tỉnh (từ 001 đến 096); %1 không phải là mã tỉnh. Hãy kiểm tra lại số.</translation>
    </message>
    <message>
        <source>Digit 4 of a CCCD gives the century of birth; %1 would mean born after 2099. Check the number.</source>
        <translation>Chữ số thứ 4 của số CCCD cho biết thế kỷ sinh; %1 có nghĩa là sinh sau năm 2099. Hãy kiểm tra lại số.</translation>
    </message>
    <message>
        <source>The CCCD says female (digit 4 is %1) but the person is recorded as male.</source>
        <translation>Theo số CCCD thì người này là nữ (chữ số thứ 4 là %1), nhưng hồ sơ ghi là nam.</translation>
    </message>
    <message>
        <source>The CCCD says male (digit 4 is %1) but the person is recorded as female.</source>
        <translation>Theo số CCCD thì người này là nam (chữ số thứ 4 là %1), nhưng hồ sơ ghi là nữ.</translation>
    </message>
    <message>
        <source>The CCCD says born in %1 (digits 4 to 6 are %2) but the birth year is %3.</source>
        <translation>Theo số CCCD thì người này sinh năm %1 (chữ số thứ 4 đến 6 là %2), nhưng năm sinh trong hồ sơ là %3.</translation>
    </message>
</context>
<context>
    <name>ClanCommands</name>
    <message>
        <source>New clan %1</source>
        <translation>Thêm dòng họ %1</translation>
    </message>
    <message>
        <source>Edit clan %1</source>
        <translation>Sửa thông tin dòng họ %1</translation>
    </message>
    <message>
        <source>Delete clan %1</source>
        <translation>Xóa dòng họ %1</translation>
    </message>
    <message>
        <source>Move household %1 from %2 to %3</source>
        <translation>Chuyển hộ %1 từ %2 sang %3</translation>
    </message>
    <message>
        <source>Add household %1 to %2</source>
        <translation>Thêm hộ %1 vào %2</translation>
    </message>
    <message>
        <source>Remove household %1 from %2</source>
        <translation>Bỏ hộ %1 khỏi %2</translation>
    </message>
</context>
<context>
    <name>ClanRegisterWidget</name>
    <message>
        <source>Clans of the commune</source>
        <translation>Dòng họ trong xã</translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <source>Type any part of the clan&apos;s name or of its head&apos;s name (with or without accents). Esc clears.</source>
        <translation>Gõ một phần bất kỳ của tên dòng họ hoặc tên trưởng họ (có dấu hay không dấu đều được). Esc để xóa.</translation>
    </message>
    <message>
        <source>Filter: clan or head…</source>
        <translation>Lọc: dòng họ, trưởng họ…</translation>
    </message>
    <message>
        <source>&amp;New clan…</source>
        <translation>Thêm dòng &amp;họ…</translation>
    </message>
    <message>
        <source>Ed&amp;it clan…</source>
        <translation>Sử&amp;a dòng họ…</translation>
    </message>
    <message>
        <source>&amp;Delete clan</source>
        <translation>Xóa &amp;dòng họ</translation>
    </message>
    <message>
        <source>Clans</source>
        <translation>Dòng họ</translation>
    </message>
    <message>
        <source>Member hou&amp;seholds</source>
        <translation>&amp;Các hộ thành viên</translation>
    </message>
    <message>
        <source>Member households</source>
        <translation>Các hộ thành viên</translation>
    </message>
    <message>
        <source>&amp;Add household…</source>
        <translation>Thêm hộ &amp;vào dòng họ…</translation>
    </message>
    <message>
        <source>Re&amp;move from clan</source>
        <translation>&amp;Bỏ khỏi dòng họ</translation>
    </message>
    <message>
        <source>&amp;Open household</source>
        <translation>&amp;Mở hộ</translation>
    </message>
</context>
<context>
    <name>ClanService</name>
    <message>
        <source>Type the name of the clan, e.g. &quot;Họ Nguyễn Văn&quot;.</source>
        <translation>Hãy nhập tên dòng họ, ví dụ “Họ Nguyễn Văn”.</translation>
    </message>
    <message>
        <source>The clan &quot;%1&quot; already exists.</source>
        <translation>Đã có dòng họ “%1”.</translation>
    </message>
    <message>
        <source>The chosen head is no longer in the registers.</source>
        <translation>Người được chọn làm trưởng họ không còn trong sổ.</translation>
    </message>
    <message>
        <source>%1 has died and cannot be the head of a clan.</source>
        <translation>%1 đã mất nên không thể làm trưởng họ.</translation>
    </message>
    <message>
        <source>%1 has moved away from the commune and cannot be the head of a clan.</source>
        <translation>%1 đã chuyển đi khỏi xã nên không thể làm trưởng họ.</translation>
    </message>
    <message>
        <source>The clan no longer exists.</source>
        <translation>Dòng họ này không còn tồn tại.</translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation>Hộ gia đình này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Household %1 is already a member of %2.</source>
        <translation>Hộ %1 đã thuộc %2.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Exit codes: 0 success, 1 wrong usage, 2 the file cannot be opened (missing, damaged, not a commune file, or from a newer version), 3 check found problems, 4 the command failed.</source>
        <translation>Mã thoát: 0 thành công, 1 dùng lệnh sai, 2 không mở được tệp (không có tệp, tệp hỏng, không phải tệp dữ liệu xã, hoặc tệp của phiên bản mới hơn), 3 kiểm tra thấy lỗi, 4 lệnh không thực hiện được.</translation>
    </message>
    <message>
        <source>Try: sohoctap-cli %1 --help</source>
        <translation>Xem hướng dẫn: sohoctap-cli %1 --help</translation>
    </message>
    <message>
        <source>Usage: sohoctap-cli COMMAND [options]

Commands:
  demo --out FILE [--people N] [--seed S]   create a demo commune file
  info FILE [--json]                        households and people per village, clans, units
  people FILE [--village V] [--csv]         the household register (UTF-8)
  check FILE                                integrity and data version of a file

Run &apos;sohoctap-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Cách dùng: sohoctap-cli LỆNH [tùy chọn]

Các lệnh:
  demo --out FILE [--people N] [--seed S]   tạo một tệp dữ liệu xã mẫu
  info FILE [--json]                        số hộ, số nhân khẩu theo thôn; dòng họ, đơn vị
  people FILE [--village V] [--csv]         danh sách nhân khẩu theo hộ (UTF-8)
  check FILE                                kiểm tra tính toàn vẹn và phiên bản dữ liệu của tệp

Chạy &apos;sohoctap-cli LỆNH --help&apos; để xem các tùy chọn của từng lệnh.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Chưa nhập lệnh nào.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Không có lệnh này: %1</translation>
    </message>
    <message>
        <source>Creates a fictional but realistic commune file, the same for the same seed.</source>
        <translation>Tạo một tệp dữ liệu xã mẫu, hư cấu nhưng giống thật; cùng một --seed luôn cho ra cùng một tệp.</translation>
    </message>
    <message>
        <source>The new file (must not exist).</source>
        <translation>Tệp sẽ tạo (không được trùng với tệp đã có).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>About how many people (default 6450).</source>
        <translation>Số nhân khẩu ước tính (mặc định 6450).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (default 2025).</source>
        <translation>Số khởi tạo ngẫu nhiên (mặc định 2025).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>demo needs --out FILE and nothing else.</source>
        <translation>Lệnh demo cần --out FILE và không nhận thêm đối số nào khác.</translation>
    </message>
    <message>
        <source>--people must be a whole number from 1 to 2000000.</source>
        <translation>--people phải là số nguyên từ 1 đến 2000000.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed phải là số nguyên.</translation>
    </message>
    <message>
        <source>Created %1: %2 villages, %3 households, %4 people, %5 clans, %6 units, %7 courses (%8 s).</source>
        <translation>Đã tạo %1: %2 thôn/tổ dân phố, %3 hộ, %4 nhân khẩu, %5 dòng họ, %6 đơn vị, %7 chuyên đề, lớp học (%8 giây).</translation>
    </message>
    <message>
        <source>Shows the commune: households and people per village, clans, units.</source>
        <translation>Xem tổng quan xã: số hộ và số nhân khẩu theo thôn, tổ dân phố; số dòng họ, đơn vị.</translation>
    </message>
    <message>
        <source>The commune file.</source>
        <translation>Tệp dữ liệu xã.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>In ra dạng JSON thay vì bảng.</translation>
    </message>
    <message>
        <source>info needs exactly one FILE.</source>
        <translation>Lệnh info cần đúng một FILE.</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn/TDP</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Số khẩu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Clans: %1. Local units: %2. Learning centre: %3 (%4 courses).</source>
        <translation>Dòng họ: %1. Đơn vị: %2. TTHTCĐ: %3 (%4 chuyên đề, lớp học).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Prints the household register: village, household code, relation to the head, full name, birth date, sex, ID, ethnicity, education, clan.</source>
        <translation>In danh sách nhân khẩu theo hộ: thôn, mã hộ, quan hệ với chủ hộ, họ và tên, ngày sinh, giới tính, số CCCD/CMND, dân tộc, trình độ văn hóa, dòng họ.</translation>
    </message>
    <message>
        <source>Only this village (name or code).</source>
        <translation>Chỉ in thôn/tổ dân phố này (tên hoặc mã).</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Print CSV (UTF-8, comma-separated, with a header row).</source>
        <translation>In ra dạng CSV (UTF-8, phân tách bằng dấu phẩy, có dòng tiêu đề).</translation>
    </message>
    <message>
        <source>people needs exactly one FILE.</source>
        <translation>Lệnh people cần đúng một FILE.</translation>
    </message>
    <message>
        <source>No village named %1. Villages: %2.</source>
        <translation>Không có thôn/tổ dân phố nào tên là %1. Các thôn, tổ dân phố hiện có: %2.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>CCCD/CMND</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Trình độ văn hóa</translation>
    </message>
    <message>
        <source>Clan</source>
        <translation>Dòng họ</translation>
    </message>
    <message>
        <source>The register could not be read.</source>
        <translation>Không đọc được danh sách nhân khẩu.</translation>
    </message>
    <message>
        <source>Checks a commune file: full integrity check, foreign keys, data version.</source>
        <translation>Kiểm tra tệp dữ liệu xã: kiểm tra toàn vẹn đầy đủ, khóa ngoại, phiên bản dữ liệu.</translation>
    </message>
    <message>
        <source>check needs exactly one FILE.</source>
        <translation>Lệnh check cần đúng một FILE.</translation>
    </message>
    <message>
        <source>Data version: %1 (this app: %2)</source>
        <translation>Phiên bản dữ liệu: %1 (chương trình này: %2)</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Phát hiện lỗi:</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Tính toàn vẹn: tốt</translation>
    </message>
</context>
<context>
    <name>CommuneOverviewWidget</name>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>V&amp;illages and residential groups</source>
        <translation>T&amp;hôn, tổ dân phố</translation>
    </message>
</context>
<context>
    <name>CourseField</name>
    <message>
        <source>Agriculture</source>
        <translation>Nông nghiệp</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sức khỏe</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Pháp luật</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Kỹ năng số</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Văn hóa</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Xóa mù chữ</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>A village or commune needs a name.</source>
        <translation>Hãy nhập tên xã hoặc thôn/tổ dân phố.</translation>
    </message>
    <message>
        <source>A clan needs a name.</source>
        <translation>Hãy nhập tên dòng họ.</translation>
    </message>
    <message>
        <source>The SQLite driver is not available.</source>
        <translation>Không có trình điều khiển SQLite; hãy cài đặt lại Sổ Học Tập.</translation>
    </message>
    <message>
        <source>A file named %1 already exists. Choose another name, or open that file.</source>
        <translation>Đã có tệp %1. Hãy chọn tên khác, hoặc mở tệp đó.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>The file %1 does not exist. It may have been moved or renamed.</source>
        <translation>Không tìm thấy tệp %1. Có thể tệp đã bị chuyển đi nơi khác hoặc đổi tên.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that it is a file and that you may read it.</source>
        <translation>Không đọc được tệp %1. Hãy kiểm tra xem đó có đúng là một tệp không và có quyền đọc tệp không.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a Sổ Học Tập file: %2. Check that the drive is connected and the file is not open in another program; if it is damaged, open a backup copy instead.</source>
        <translation>Không mở được %1 như một tệp Sổ Học Tập: %2. Hãy kiểm tra ổ đĩa đã được kết nối và tệp không đang mở trong chương trình khác; nếu tệp bị hỏng, hãy mở bản sao lưu.</translation>
    </message>
    <message>
        <source>%1 is not a Sổ Học Tập file, or it is damaged (%2). Nothing was changed. If it is your commune file, restore it from a backup.</source>
        <translation>%1 không phải là tệp Sổ Học Tập, hoặc tệp đã bị hỏng (%2). Tệp chưa bị thay đổi gì. Nếu đây là tệp dữ liệu của xã, hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no commune. Use File &gt; New to create a commune file.</source>
        <translation>%1 là tệp trống, chưa có dữ liệu xã nào. Hãy dùng Tệp &gt; Tạo mới để tạo tệp dữ liệu xã.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Sổ Học Tập file. Nothing was changed.</source>
        <translation>%1 là cơ sở dữ liệu SQLite của chương trình khác, không phải tệp Sổ Học Tập. Tệp chưa bị thay đổi gì.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Sổ Học Tập (data version %2; this version reads up to %3). Install the newer version to open it. The file was not changed.</source>
        <translation>%1 được lưu bằng phiên bản Sổ Học Tập mới hơn (phiên bản dữ liệu %2; phiên bản đang dùng chỉ đọc được đến %3). Hãy cài phiên bản mới hơn để mở tệp. Tệp chưa bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing was changed. Open a backup copy instead (backups made before upgrades sit beside the file) or ask for help before editing it.</source>
        <translation>%1 đã bị hỏng (%2). Tệp chưa bị thay đổi gì. Hãy mở bản sao lưu (các bản sao lưu tạo trước khi nâng cấp nằm cùng thư mục với tệp) hoặc nhờ người hỗ trợ trước khi sửa tệp.</translation>
    </message>
    <message>
        <source>%1 was made by an older version and must be upgraded, but it is read-only here. Copy it to a writable folder and open the copy.</source>
        <translation>%1 được tạo bằng phiên bản cũ và cần nâng cấp, nhưng ở vị trí này tệp chỉ đọc được, không ghi được. Hãy chép tệp sang một thư mục ghi được rồi mở bản chép đó.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được vào %1: %2</translation>
    </message>
    <message>
        <source>The file needs an upgrade, but its backup could not be made, so nothing was changed: %1</source>
        <translation>Tệp cần nâng cấp nhưng không tạo được bản sao lưu, nên tệp chưa bị thay đổi gì: %1</translation>
    </message>
    <message>
        <source>Upgrade step %1 is missing from this build.</source>
        <translation>Bản cài đặt này thiếu bước nâng cấp %1.</translation>
    </message>
    <message>
        <source>Upgrade step %1 failed (%2); the file was left as it was.</source>
        <translation>Bước nâng cấp %1 không thành công (%2); tệp được giữ nguyên như cũ.</translation>
    </message>
    <message>
        <source>This build lacks the upgrade steps to data version %1.</source>
        <translation>Bản cài đặt này thiếu các bước nâng cấp lên phiên bản dữ liệu %1.</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Không chạy được việc kiểm tra: %1</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>Đã có tệp %1.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>Không ghi được bản sao lưu %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 failed its integrity check.</source>
        <translation>Bản sao lưu %1 không đạt khi kiểm tra tính toàn vẹn.</translation>
    </message>
    <message>
        <source>A household needs a code.</source>
        <translation>Hãy nhập mã hộ.</translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation>Hộ gia đình này không còn tồn tại.</translation>
    </message>
    <message>
        <source>The learning centre needs a name.</source>
        <translation>Hãy nhập tên Trung tâm học tập cộng đồng.</translation>
    </message>
    <message>
        <source>A course needs a title.</source>
        <translation>Hãy nhập tên chuyên đề, lớp học.</translation>
    </message>
    <message>
        <source>A session needs a date.</source>
        <translation>Hãy nhập ngày của buổi học.</translation>
    </message>
    <message>
        <source>A unit needs a name.</source>
        <translation>Hãy nhập tên đơn vị.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Hãy nhập họ và tên.</translation>
    </message>
    <message>
        <source>The commune file could not be read: %1</source>
        <translation>Không đọc được tệp dữ liệu xã: %1</translation>
    </message>
    <message>
        <source>The commune file could not be read.</source>
        <translation>Không đọc được tệp dữ liệu xã.</translation>
    </message>
    <message>
        <source>Could not start writing to the file: %1</source>
        <translation>Không thể bắt đầu ghi vào tệp: %1</translation>
    </message>
    <message>
        <source>The change was already finished.</source>
        <translation>Thay đổi này đã được hoàn tất trước đó.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1. Nothing was written; check that the disk has space and the file is writable.</source>
        <translation>Không lưu được thay đổi: %1. Chưa có gì được ghi vào tệp; hãy kiểm tra ổ đĩa còn chỗ trống và tệp ghi được.</translation>
    </message>
    <message>
        <source>A record of %1 refers to a record of %2 that does not exist.</source>
        <translation>Một bản ghi trong %1 trỏ tới một bản ghi không tồn tại trong %2.</translation>
    </message>
    <message>
        <source>%1 was made by an older version (data version %2). Open it once in Sổ Học Tập to upgrade it; a backup of it is kept.</source>
        <translation>%1 được tạo bởi phiên bản cũ (phiên bản dữ liệu %2). Hãy mở tệp một lần trong Sổ Học Tập để nâng cấp; bản sao lưu của tệp sẽ được giữ lại.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>The file is busy (open in another window?); it was not upgraded.</source>
        <translation>Tệp đang bận (có đang mở ở cửa sổ khác không?); tệp chưa được nâng cấp.</translation>
    </message>
    <message>
        <source>The household is not a member of this clan.</source>
        <translation>Hộ này không thuộc dòng họ này.</translation>
    </message>
    <message>
        <source>This person is no longer on the attendance list.</source>
        <translation>Người này không còn trong danh sách điểm danh.</translation>
    </message>
    <message>
        <source>The local units could not be read: %1</source>
        <translation>Không đọc được danh sách đơn vị: %1</translation>
    </message>
</context>
<context>
    <name>DemoCommuneGenerator</name>
    <message>
        <source>The demo commune needs at least one person.</source>
        <translation>Xã mẫu cần có ít nhất một nhân khẩu.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Đã hủy; chưa ghi gì vào tệp.</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>New household %1</source>
        <translation>Thêm hộ %1</translation>
    </message>
    <message>
        <source>Add %1 to household %2</source>
        <translation>Thêm %1 vào hộ %2</translation>
    </message>
    <message>
        <source>Move %1 to household %2</source>
        <translation>Chuyển %1 sang hộ %2</translation>
    </message>
    <message>
        <source>Make %1 head of household %2</source>
        <translation>Đặt %1 làm chủ hộ %2</translation>
    </message>
    <message>
        <source>Record the death of %1</source>
        <translation>Ghi nhận %1 đã mất</translation>
    </message>
    <message>
        <source>Record that %1 moved away</source>
        <translation>Ghi nhận %1 đã chuyển đi</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sửa thông tin %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Xóa %1</translation>
    </message>
    <message>
        <source>New village %1</source>
        <translation>Thêm %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Đổi tên %1 thành %2</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Sáp nhập %1 vào %2</translation>
    </message>
    <message>
        <source>Split %1 from %2</source>
        <translation>Tách %1 từ %2</translation>
    </message>
    <message>
        <source>Split household %1 into %2</source>
        <translation>Tách hộ %1, lập hộ mới %2</translation>
    </message>
    <message>
        <source>Edit household %1</source>
        <translation>Sửa thông tin hộ %1</translation>
    </message>
    <message>
        <source>Delete household %1</source>
        <translation>Xóa hộ %1</translation>
    </message>
</context>
<context>
    <name>Education</name>
    <message>
        <source>&quot;%1&quot;: there is no %2-year school system. Write the grade over 12 (today&apos;s system) or over 10 (the old system), e.g. 9/12 or 7/10.</source>
        <translation>“%1”: không có hệ phổ thông %2 năm. Hãy ghi lớp trên hệ 12 năm (hiện nay) hoặc hệ 10 năm (trước đây), ví dụ 9/12 hoặc 7/10.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: grade %2 does not exist in the %3-year system; grades go from 0 to %3.</source>
        <translation>“%1”: hệ %3 năm không có lớp %2; chỉ có từ lớp 0 đến lớp %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an education level. Expected a grade such as 9/12 or 7/10, or one of TC, CĐ, ĐH, Thạc sĩ, Tiến sĩ, Sơ cấp, Mầm non, Biết chữ, Không biết chữ.</source>
        <translation>“%1” không phải là trình độ văn hóa. Hãy ghi lớp, ví dụ 9/12 hoặc 7/10, hoặc một trong các mức: TC, CĐ, ĐH, Thạc sĩ, Tiến sĩ, Sơ cấp, Mầm non, Biết chữ, Không biết chữ.</translation>
    </message>
    <message>
        <source>Illiterate</source>
        <translation>Không biết chữ</translation>
    </message>
    <message>
        <source>Preschool</source>
        <translation>Mầm non</translation>
    </message>
    <message>
        <source>Literate (level 2)</source>
        <translation>Biết chữ (mức 2)</translation>
    </message>
    <message>
        <source>Literate</source>
        <translation>Biết chữ</translation>
    </message>
    <message>
        <source>Grade %1/%2</source>
        <translation>Lớp %1/%2</translation>
    </message>
    <message>
        <source>Elementary vocational training</source>
        <translation>Sơ cấp</translation>
    </message>
    <message>
        <source>Intermediate vocational training</source>
        <translation>Trung cấp</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Cao đẳng</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Đại học</translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation>Thạc sĩ</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Tiến sĩ</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <source>Household code:</source>
        <translation>Mã hộ:</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>Thôn/tổ dân phố:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Head of household:</source>
        <translation>Chủ hộ:</translation>
    </message>
    <message>
        <source>&amp;Add new member…</source>
        <translation>Thêm nhân khẩ&amp;u mới…</translation>
    </message>
    <message>
        <source>Ed&amp;it person…</source>
        <translation>Sửa thông t&amp;in…</translation>
    </message>
    <message>
        <source>&amp;Move to another household…</source>
        <translation>Chuyển sang hộ &amp;khác…</translation>
    </message>
    <message>
        <source>Mark &amp;deceased…</source>
        <translation>Đã &amp;mất…</translation>
    </message>
    <message>
        <source>Mark moved a&amp;way…</source>
        <translation>Chuyển đi &amp;nơi khác…</translation>
    </message>
    <message>
        <source>De&amp;lete person</source>
        <translation>Xó&amp;a người</translation>
    </message>
    <message>
        <source>Show &amp;past members</source>
        <translation>Hiện cả nhân khẩu đã &amp;rời hộ</translation>
    </message>
    <message>
        <source>Add e&amp;xisting person…</source>
        <translation>Thêm người &amp;có sẵn…</translation>
    </message>
    <message>
        <source>Ma&amp;ke head…</source>
        <translation>Làm c&amp;hủ hộ…</translation>
    </message>
    <message>
        <source>&amp;Split household…</source>
        <translation>Tách hộ, &amp;lập hộ mới…</translation>
    </message>
    <message>
        <source>Edit household &amp;code and address…</source>
        <translation>Sửa mã hộ &amp;và địa chỉ…</translation>
    </message>
</context>
<context>
    <name>HouseholdRegisterWidget</name>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <source>Type any part of a household code, of the head&apos;s name (with or without accents) or of the address. Esc clears.</source>
        <translation>Gõ một phần bất kỳ của mã hộ, tên chủ hộ (có dấu hay không dấu đều được) hoặc địa chỉ. Esc để xóa.</translation>
    </message>
    <message>
        <source>Filter: household code, head, address…</source>
        <translation>Lọc: mã hộ, chủ hộ, địa chỉ…</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>Thêm hộ &amp;mới…</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>Sửa thông t&amp;in…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
</context>
<context>
    <name>HouseholdService</name>
    <message>
        <source>Household code %1 is already used in this village.</source>
        <translation>Mã hộ %1 đã được dùng trong thôn/tổ dân phố này.</translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation>Hộ gia đình này không còn tồn tại.</translation>
    </message>
    <message>
        <source>%1 already lives in another household; move them instead of adding them.</source>
        <translation>%1 đã là nhân khẩu của hộ khác; hãy chuyển người này sang thay vì thêm mới.</translation>
    </message>
    <message>
        <source>The household already has a head; change the head instead.</source>
        <translation>Hộ này đã có chủ hộ; nếu cần, hãy đổi chủ hộ.</translation>
    </message>
    <message>
        <source>The date %1 is before the person joined the household (%2).</source>
        <translation>Ngày %1 sớm hơn ngày người này vào hộ (%2).</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>Nhân khẩu này không còn tồn tại.</translation>
    </message>
    <message>
        <source>The target household no longer exists.</source>
        <translation>Hộ chuyển đến không còn tồn tại.</translation>
    </message>
    <message>
        <source>%1 already lives in this household.</source>
        <translation>%1 đã là nhân khẩu của hộ này.</translation>
    </message>
    <message>
        <source>The target household already has a head.</source>
        <translation>Hộ chuyển đến đã có chủ hộ.</translation>
    </message>
    <message>
        <source>The new head must be a current member of the household.</source>
        <translation>Chủ hộ mới phải là nhân khẩu hiện có của hộ.</translation>
    </message>
    <message>
        <source>Enter the date of death (at least the year).</source>
        <translation>Hãy nhập ngày mất (ít nhất là năm mất).</translation>
    </message>
    <message>
        <source>The date of death is before the birth date.</source>
        <translation>Ngày mất sớm hơn ngày sinh; hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>Enter the date the person moved away (at least the year).</source>
        <translation>Hãy nhập ngày chuyển đi (ít nhất là năm).</translation>
    </message>
    <message>
        <source>The household still has members. Move them or mark them first.</source>
        <translation>Hộ vẫn còn nhân khẩu. Hãy chuyển họ sang hộ khác hoặc ghi nhận họ đã mất hay đã chuyển đi trước.</translation>
    </message>
    <message>
        <source>This person is the head of a household with other members. Choose a new head of the household first.</source>
        <translation>Người này là chủ hộ của một hộ còn thành viên khác. Hãy chọn chủ hộ mới trước.</translation>
    </message>
    <message>
        <source>%1 has died or moved away and cannot join a household.</source>
        <translation>%1 đã mất hoặc đã chuyển đi nên không thể nhập vào hộ.</translation>
    </message>
    <message>
        <source>Enter the date of the move.</source>
        <translation>Hãy nhập ngày chuyển hộ.</translation>
    </message>
    <message>
        <source>Enter the date from which the new head is head.</source>
        <translation>Hãy nhập ngày chủ hộ mới bắt đầu làm chủ hộ.</translation>
    </message>
    <message>
        <source>The date %1 is before the household&apos;s current record began (%2).</source>
        <translation>Ngày %1 sớm hơn ngày bắt đầu của hồ sơ hộ hiện tại (%2).</translation>
    </message>
    <message>
        <source>The household to split no longer exists.</source>
        <translation>Hộ cần tách không còn nữa.</translation>
    </message>
    <message>
        <source>Enter the date of the split.</source>
        <translation>Hãy nhập ngày tách hộ.</translation>
    </message>
    <message>
        <source>Choose the head of the new household.</source>
        <translation>Hãy chọn chủ hộ mới.</translation>
    </message>
    <message>
        <source>A member is listed twice.</source>
        <translation>Có thành viên được chọn hai lần.</translation>
    </message>
    <message>
        <source>Only the new head can be head of the new household; choose another relation for %1.</source>
        <translation>Hộ mới chỉ có một chủ hộ là chủ hộ mới; hãy chọn quan hệ khác với chủ hộ mới cho %1.</translation>
    </message>
    <message>
        <source>%1 is not a current member of household %2.</source>
        <translation>%1 hiện không phải là thành viên của hộ %2.</translation>
    </message>
    <message>
        <source>The date %1 is before %2 joined household %3 (%4).</source>
        <translation>Ngày %1 sớm hơn ngày %2 vào hộ %3 (%4).</translation>
    </message>
    <message>
        <source>Household %1 must keep at least one member. Leave someone in it, or move the members one by one to another household instead.</source>
        <translation>Hộ %1 phải còn lại ít nhất một thành viên. Hãy để lại ít nhất một người, hoặc chuyển từng người sang hộ khác.</translation>
    </message>
    <message>
        <source>%1 is the head of household %2 and stays in it. To let them go, first make another member head of household %2.</source>
        <translation>%1 là chủ hộ %2 nên ở lại hộ. Muốn cho người này tách đi, trước hết hãy chọn một thành viên khác làm chủ hộ %2.</translation>
    </message>
    <message>
        <source>Enter the code of the new household.</source>
        <translation>Hãy nhập mã hộ mới.</translation>
    </message>
    <message>
        <source>Enter the household code.</source>
        <translation>Hãy nhập mã hộ.</translation>
    </message>
</context>
<context>
    <name>LearningCentreCommands</name>
    <message>
        <source>Create the learning centre %1</source>
        <translation>Tạo %1</translation>
    </message>
    <message>
        <source>Edit the learning centre %1</source>
        <translation>Sửa thông tin %1</translation>
    </message>
    <message>
        <source>New course %1</source>
        <translation>Thêm chuyên đề %1</translation>
    </message>
    <message>
        <source>Edit course %1</source>
        <translation>Sửa chuyên đề %1</translation>
    </message>
    <message>
        <source>Delete course %1</source>
        <translation>Xóa chuyên đề %1</translation>
    </message>
    <message>
        <source>New session of %1 on %2</source>
        <translation>Thêm buổi học %1 ngày %2</translation>
    </message>
    <message>
        <source>Edit the session of %1</source>
        <translation>Sửa buổi học ngày %1</translation>
    </message>
    <message>
        <source>Delete the session of %1</source>
        <translation>Xóa buổi học ngày %1</translation>
    </message>
    <message>
        <source>Mark %1 present on %2</source>
        <translation>Điểm danh %1 có mặt ngày %2</translation>
    </message>
    <message>
        <source>Mark the household of %1 present on %2</source>
        <translation>Điểm danh cả hộ của %1 có mặt ngày %2</translation>
    </message>
    <message>
        <source>Copy the previous session&apos;s attendance to %1</source>
        <translation>Chép danh sách điểm danh buổi trước sang ngày %1</translation>
    </message>
    <message>
        <source>Remove %1 from the session of %2</source>
        <translation>Xóa %1 khỏi buổi học ngày %2</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n people from the session of %1</source>
        <translation>
            <numerusform>Xóa %n người khỏi buổi học ngày %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearningCentreService</name>
    <message>
        <source>Type the title of the course.</source>
        <translation>Hãy nhập tên chuyên đề, lớp học.</translation>
    </message>
    <message>
        <source>Enter the date the course starts.</source>
        <translation>Hãy nhập ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The course cannot end (%1) before it starts (%2).</source>
        <translation>Ngày kết thúc (%1) không thể trước ngày bắt đầu (%2).</translation>
    </message>
    <message>
        <source>The number of hours cannot be negative.</source>
        <translation>Số giờ không được là số âm.</translation>
    </message>
    <message>
        <source>Enter the date of the session.</source>
        <translation>Hãy nhập ngày của buổi học.</translation>
    </message>
    <message>
        <source>The session must be held within the course&apos;s dates, %1 to %2.</source>
        <translation>Buổi học phải nằm trong thời gian của chuyên đề, từ %1 đến %2.</translation>
    </message>
    <message>
        <source>The session cannot be held before the course starts (%1).</source>
        <translation>Buổi học không thể trước ngày bắt đầu của chuyên đề (%1).</translation>
    </message>
    <message>
        <source>This commune already has a learning centre; edit it instead.</source>
        <translation>Xã đã có Trung tâm học tập cộng đồng; hãy sửa thông tin trung tâm đó.</translation>
    </message>
    <message>
        <source>Type the name of the learning centre.</source>
        <translation>Hãy nhập tên Trung tâm học tập cộng đồng.</translation>
    </message>
    <message>
        <source>The director chosen is no longer in the registers.</source>
        <translation>Người được chọn làm giám đốc không còn trong sổ.</translation>
    </message>
    <message>
        <source>Choose the field of the course from the list.</source>
        <translation>Hãy chọn lĩnh vực của chuyên đề trong danh sách.</translation>
    </message>
    <message>
        <source>Create the learning centre first.</source>
        <translation>Hãy tạo Trung tâm học tập cộng đồng trước.</translation>
    </message>
    <message>
        <source>The course no longer exists.</source>
        <translation>Chuyên đề, lớp học này không còn tồn tại.</translation>
    </message>
    <message>
        <source>The session of %1 would fall outside the course&apos;s new dates. Change the session&apos;s date or delete it first.</source>
        <translation>Buổi học ngày %1 sẽ nằm ngoài thời gian mới của chuyên đề. Hãy đổi ngày hoặc xóa buổi học đó trước.</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>Buổi học này không còn tồn tại.</translation>
    </message>
    <message>
        <source>%1 died (%2) and cannot be marked present on %3.</source>
        <translation>%1 đã mất (%2) nên không thể điểm danh có mặt ngày %3.</translation>
    </message>
    <message>
        <source>%1 moved away (%2) and cannot be marked present on %3.</source>
        <translation>%1 đã chuyển đi (%2) nên không thể điểm danh có mặt ngày %3.</translation>
    </message>
    <message>
        <source>The person is no longer in the registers.</source>
        <translation>Người này không còn trong sổ.</translation>
    </message>
    <message>
        <source>%1 is already marked present.</source>
        <translation>%1 đã được điểm danh rồi.</translation>
    </message>
    <message>
        <source>%1 has no current household.</source>
        <translation>%1 hiện không thuộc hộ nào.</translation>
    </message>
    <message>
        <source>Everyone of household %1 is already marked present.</source>
        <translation>Mọi người trong hộ %1 đều đã được điểm danh.</translation>
    </message>
    <message>
        <source>This is the first session of the course: there is no earlier session to copy from.</source>
        <translation>Đây là buổi học đầu tiên của chuyên đề: không có buổi trước để chép.</translation>
    </message>
    <message>
        <source>Nobody was marked present at the session of %1.</source>
        <translation>Buổi học ngày %1 không có ai được điểm danh.</translation>
    </message>
    <message>
        <source>Everyone present at the session of %1 is already marked present here.</source>
        <translation>Mọi người có mặt ở buổi học ngày %1 đều đã được điểm danh ở buổi này.</translation>
    </message>
    <message>
        <source>Choose who to remove from the attendance list.</source>
        <translation>Hãy chọn người cần xóa khỏi danh sách điểm danh.</translation>
    </message>
</context>
<context>
    <name>LocalUnitCommands</name>
    <message>
        <source>New unit %1</source>
        <translation>Thêm đơn vị %1</translation>
    </message>
    <message>
        <source>Edit unit %1</source>
        <translation>Sửa thông tin đơn vị %1</translation>
    </message>
    <message>
        <source>Delete unit %1</source>
        <translation>Xóa đơn vị %1</translation>
    </message>
    <message>
        <source>Add %1 to the staff of %2</source>
        <translation>Thêm %1 vào danh sách cán bộ, nhân viên của %2</translation>
    </message>
    <message>
        <source>%1 left %2</source>
        <translation>Ghi nhận %1 rời %2</translation>
    </message>
    <message>
        <source>Remove %1 from the staff of %2</source>
        <translation>Xóa %1 khỏi danh sách cán bộ, nhân viên của %2</translation>
    </message>
</context>
<context>
    <name>LocalUnitKind</name>
    <message>
        <source>Commune People&apos;s Committee</source>
        <translation>UBND xã</translation>
    </message>
    <message>
        <source>Preschool</source>
        <translation>Trường mầm non</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Trường tiểu học</translation>
    </message>
    <message>
        <source>Lower secondary school</source>
        <translation>Trường THCS</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Health station</source>
        <translation>Trạm y tế</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Hợp tác xã</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>TT 24/2023</source>
        <translation>TT 24/2023</translation>
    </message>
    <message>
        <source>Association (448-D)</source>
        <translation>Hội Khuyến học (448-D)</translation>
    </message>
    <message>
        <source>Criteria: TT 24/2023/TT-BGDĐT, which applies to the commune People&apos;s Committee.</source>
        <translation>Bộ tiêu chí: Thông tư 24/2023/TT-BGDĐT, áp dụng cho UBND xã.</translation>
    </message>
    <message>
        <source>Criteria: TT 24/2023/TT-BGDĐT, which applies to public preschools, primary and lower-secondary schools.</source>
        <translation>Bộ tiêu chí: Thông tư 24/2023/TT-BGDĐT, áp dụng cho các trường mầm non, tiểu học và trung học cơ sở công lập.</translation>
    </message>
    <message>
        <source>Criteria: TT 24/2023/TT-BGDĐT, which applies to units managed above the commune.</source>
        <translation>Bộ tiêu chí: Thông tư 24/2023/TT-BGDĐT, áp dụng cho các đơn vị do cấp trên xã quản lý.</translation>
    </message>
    <message>
        <source>Criteria: the Study Promotion Association&apos;s (QĐ 448/QĐ-KHVN, section D), which apply to the other units the commune manages.</source>
        <translation>Bộ tiêu chí của Hội Khuyến học (QĐ 448/QĐ-KHVN, phần D), áp dụng cho các đơn vị khác do xã quản lý.</translation>
    </message>
</context>
<context>
    <name>LocalUnitRegisterWidget</name>
    <message>
        <source>Local units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <source>Type any part of a unit&apos;s name, kind, village or criteria, with or without accents (Ctrl+F). Esc clears; Down or Enter goes to the list.</source>
        <translation>Gõ một phần bất kỳ của tên, loại, thôn/tổ dân phố hoặc bộ tiêu chí của đơn vị, có dấu hay không dấu đều được (Ctrl+F). Esc để xóa; Down hoặc Enter để chuyển xuống danh sách.</translation>
    </message>
    <message>
        <source>Filter: name, kind, village…</source>
        <translation>Lọc: tên, loại, thôn…</translation>
    </message>
    <message>
        <source>&amp;New unit…</source>
        <translation>Thêm đơn vị &amp;mới…</translation>
    </message>
    <message>
        <source>Edi&amp;t unit…</source>
        <translation>Sử&amp;a đơn vị…</translation>
    </message>
    <message>
        <source>&amp;Delete unit</source>
        <translation>Xóa đơn &amp;vị</translation>
    </message>
    <message>
        <source>Show f&amp;ormer staff</source>
        <translation>&amp;Hiện cả người đã nghỉ</translation>
    </message>
    <message>
        <source>Staff of the unit</source>
        <translation>Cán bộ, nhân viên của đơn vị</translation>
    </message>
    <message>
        <source>&amp;Add staff…</source>
        <translation>Thêm &amp;nhân viên…</translation>
    </message>
    <message>
        <source>&amp;Left on…</source>
        <translation>Đã &amp;rời đơn vị…</translation>
    </message>
    <message>
        <source>Re&amp;move from staff</source>
        <translation>&amp;Bỏ khỏi danh sách</translation>
    </message>
</context>
<context>
    <name>LocalUnitService</name>
    <message>
        <source>Enter the unit&apos;s name, as on its sign or its seal.</source>
        <translation>Hãy nhập tên đơn vị, ghi đúng như trên biển hiệu hoặc con dấu.</translation>
    </message>
    <message>
        <source>There is already a unit named &quot;%1&quot;. Give this one a name that tells them apart.</source>
        <translation>Đã có đơn vị tên là “%1”. Hãy đặt cho đơn vị này một tên để phân biệt.</translation>
    </message>
    <message>
        <source>Choose what kind of unit this is.</source>
        <translation>Hãy chọn loại đơn vị.</translation>
    </message>
    <message>
        <source>Choose which level manages the unit.</source>
        <translation>Hãy chọn cấp quản lý đơn vị.</translation>
    </message>
    <message>
        <source>The total staff cannot be negative.</source>
        <translation>Tổng số cán bộ, nhân viên không được là số âm.</translation>
    </message>
    <message>
        <source>The chosen village no longer exists; choose another or none.</source>
        <translation>Thôn/tổ dân phố đã chọn không còn tồn tại; hãy chọn nơi khác hoặc để trống.</translation>
    </message>
    <message>
        <source>The unit no longer exists; it may have been deleted meanwhile.</source>
        <translation>Đơn vị này không còn tồn tại; có thể nó vừa bị xóa.</translation>
    </message>
    <message>
        <source>Choose a person of the register.</source>
        <translation>Hãy chọn một người có trong sổ.</translation>
    </message>
    <message>
        <source>%1 has died and cannot join a unit&apos;s staff.</source>
        <translation>%1 đã mất nên không thể thêm vào danh sách cán bộ, nhân viên.</translation>
    </message>
    <message>
        <source>Enter the date from which %1 works there.</source>
        <translation>Hãy nhập ngày %1 bắt đầu làm việc tại đơn vị.</translation>
    </message>
    <message>
        <source>%1 is already on the staff of %2 (since %3). To record a new role, first record the date they left the old one.</source>
        <translation>%1 đã có trong danh sách cán bộ, nhân viên của %2 (từ %3). Muốn ghi chức vụ mới, trước hết hãy ghi ngày người này rời chức vụ cũ.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>một ngày không rõ</translation>
    </message>
    <message>
        <source>The staff record no longer exists; it may have been deleted meanwhile.</source>
        <translation>Bản ghi cán bộ, nhân viên này không còn tồn tại; có thể nó vừa bị xóa.</translation>
    </message>
    <message>
        <source>%1 already left on %2.</source>
        <translation>%1 đã rời đơn vị ngày %2.</translation>
    </message>
    <message>
        <source>Enter the date %1 left.</source>
        <translation>Hãy nhập ngày %1 rời đơn vị.</translation>
    </message>
    <message>
        <source>%1 cannot leave on %2, before they started (%3).</source>
        <translation>%1 không thể rời đơn vị ngày %2, trước ngày bắt đầu làm việc (%3).</translation>
    </message>
</context>
<context>
    <name>NewCommuneDialog</name>
    <message>
        <source>New commune file</source>
        <translation>Tạo tệp dữ liệu xã mới</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>for example: Hòa An</source>
        <translation>ví dụ: Hòa An</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>Tên sẽ lưu:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Tệ&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
</context>
<context>
    <name>NewHouseholdDialog</name>
    <message>
        <source>New household</source>
        <translation>Hộ mới</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>Thôn/tổ dân &amp;phố:</translation>
    </message>
    <message>
        <source>Household &amp;code:</source>
        <translation>&amp;Mã hộ:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;Date formed:</source>
        <translation>Ngày &amp;lập hộ:</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>The year in &quot;%1&quot; has only two digits, which could mean 19xx or 20xx; write the year with four digits, e.g. 05/03/1956.</source>
        <translation>Năm trong “%1” chỉ có hai chữ số, có thể là 19xx hoặc 20xx; hãy ghi năm đủ bốn chữ số, ví dụ 05/03/1956.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Expected a year (1956), a month and year (03/1956) or a full date as day/month/year (05/03/1956).</source>
        <translation>“%1” không phải là ngày tháng. Hãy ghi năm (1956), tháng và năm (03/1956) hoặc đủ ngày/tháng/năm (05/03/1956).</translation>
    </message>
    <message>
        <source>The year %1 is outside the accepted range %2 to %3.</source>
        <translation>Năm %1 nằm ngoài khoảng cho phép (từ %2 đến %3).</translation>
    </message>
    <message>
        <source>Month %1 does not exist in &quot;%2&quot;; a month is 1 to 12 (dates are written day/month/year).</source>
        <translation>Tháng %1 trong “%2” không hợp lệ; tháng chỉ từ 1 đến 12 (ngày tháng ghi theo thứ tự ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>Day %1 does not exist in %2/%3; that month has %4 days.</source>
        <translation>Tháng %2/%3 không có ngày %1; tháng đó chỉ có %4 ngày.</translation>
    </message>
</context>
<context>
    <name>PeopleRegisterWidget</name>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <source>Type any part of a name (with or without accents), of a CCCD/CMND number or of a household code. Esc clears.</source>
        <translation>Gõ một phần bất kỳ của họ tên (có dấu hay không dấu đều được), của số CCCD/CMND hoặc của mã hộ. Esc để xóa.</translation>
    </message>
    <message>
        <source>Filter: name, CCCD, household code…</source>
        <translation>Lọc: tên, CCCD, mã hộ…</translation>
    </message>
    <message>
        <source>Show former residents and the &amp;deceased</source>
        <translation>Hiện cả người đã &amp;chuyển đi và người đã mất</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Danh sách nhân khẩu</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>for example: Nguyễn Thị Thu Hà</source>
        <translation>ví dụ: Nguyễn Thị Thu Hà</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Ngày &amp;sinh:</translation>
    </message>
    <message>
        <source>1956, 03/1956 or 05/03/1956</source>
        <translation>1956, 03/1956 hoặc 05/03/1956</translation>
    </message>
    <message>
        <source>&amp;ID number (CCCD/CMND):</source>
        <translation>Số &amp;CCCD/CMND:</translation>
    </message>
    <message>
        <source>12 digits (CCCD) or 9 digits (CMND)</source>
        <translation>12 chữ số (CCCD) hoặc 9 chữ số (CMND)</translation>
    </message>
    <message>
        <source>&amp;Ethnicity:</source>
        <translation>&amp;Dân tộc:</translation>
    </message>
    <message>
        <source>&amp;Religion:</source>
        <translation>&amp;Tôn giáo:</translation>
    </message>
    <message>
        <source>Ed&amp;ucation:</source>
        <translation>Trình độ &amp;văn hóa:</translation>
    </message>
    <message>
        <source>9/12, 7/10, TC, CĐ, ĐH…</source>
        <translation>9/12, 7/10, TC, CĐ, ĐH…</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>&amp;Nghề nghiệp:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
</context>
<context>
    <name>PersonService</name>
    <message>
        <source>This person heads a household with other members. Choose a new head first.</source>
        <translation>Người này là chủ hộ của một hộ còn nhân khẩu khác. Hãy chọn chủ hộ mới trước.</translation>
    </message>
</context>
<context>
    <name>PersonValidator</name>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Hãy nhập họ và tên.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>Ngày sinh %1 là một ngày trong tương lai; hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>The date of death is before the birth date.</source>
        <translation>Ngày mất sớm hơn ngày sinh; hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>The ID %1 already belongs to %2. Check both records.</source>
        <translation>Số CCCD/CMND %1 đã được ghi cho %2. Hãy kiểm tra lại cả hai hồ sơ.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao ché&amp;p</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Giới thiệu Qt</translation>
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
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Wife</source>
        <translation>Vợ</translation>
    </message>
    <message>
        <source>Husband</source>
        <translation>Chồng</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Vợ/chồng</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mẹ</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Bố</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Bố/mẹ</translation>
    </message>
    <message>
        <source>Mother-in-law</source>
        <translation>Mẹ vợ/chồng</translation>
    </message>
    <message>
        <source>Father-in-law</source>
        <translation>Bố vợ/chồng</translation>
    </message>
    <message>
        <source>Parent-in-law</source>
        <translation>Bố/mẹ vợ/chồng</translation>
    </message>
    <message>
        <source>Daughter-in-law</source>
        <translation>Con dâu</translation>
    </message>
    <message>
        <source>Son-in-law</source>
        <translation>Con rể</translation>
    </message>
    <message>
        <source>Child-in-law</source>
        <translation>Con dâu/rể</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Cháu</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>Bà</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>Ông</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Ông/bà</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>Chị/em gái</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>Anh/em trai</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Anh/chị/em</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>ResidenceStatus</name>
    <message>
        <source>Temporary resident</source>
        <translation>Tạm trú</translation>
    </message>
    <message>
        <source>Temporarily absent</source>
        <translation>Tạm vắng</translation>
    </message>
    <message>
        <source>Permanent resident</source>
        <translation>Thường trú</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
</context>
<context>
    <name>StartPageWidget</name>
    <message>
        <source>The records of your commune&apos;s learning society: households, citizens, clans, local units and the learning centre. Everything stays on this computer.</source>
        <translation>Hồ sơ xây dựng xã hội học tập của xã: hộ gia đình, công dân, dòng họ, đơn vị và Trung tâm học tập cộng đồng. Mọi dữ liệu chỉ lưu trên máy tính này.</translation>
    </message>
    <message>
        <source>Create a new file for a commune or ward (Ctrl+N)</source>
        <translation>Tạo tệp dữ liệu mới cho một xã hoặc phường (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;New commune file…</source>
        <translation>Tạo tệp xã &amp;mới…</translation>
    </message>
    <message>
        <source>Open an existing commune file (Ctrl+O)</source>
        <translation>Mở tệp dữ liệu xã đã có (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>Mở tệ&amp;p…</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Tệp gầ&amp;n đây</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Tệp gần đây</translation>
    </message>
    <message>
        <source>No recent files yet. Create a new commune file or open one you already have.</source>
        <translation>Chưa có tệp nào mở gần đây. Hãy tạo tệp dữ liệu xã mới hoặc mở tệp đã có.</translation>
    </message>
    <message>
        <source>Tip: select a recent file with the arrow keys and press Enter to open it.</source>
        <translation>Mẹo: chọn tệp gần đây bằng các phím mũi tên rồi nhấn Enter để mở.</translation>
    </message>
</context>
<context>
    <name>TableLabel</name>
    <message>
        <source>the people</source>
        <translation>danh sách nhân khẩu</translation>
    </message>
    <message>
        <source>the households</source>
        <translation>danh sách hộ gia đình</translation>
    </message>
    <message>
        <source>the household members</source>
        <translation>danh sách thành viên hộ</translation>
    </message>
    <message>
        <source>the households&apos; villages</source>
        <translation>lịch sử thôn của các hộ</translation>
    </message>
    <message>
        <source>the commune and villages</source>
        <translation>danh sách xã và thôn</translation>
    </message>
    <message>
        <source>the village names</source>
        <translation>tên các thôn</translation>
    </message>
    <message>
        <source>the clans</source>
        <translation>danh sách dòng họ</translation>
    </message>
    <message>
        <source>the clans&apos; households</source>
        <translation>danh sách hộ của dòng họ</translation>
    </message>
    <message>
        <source>the local units</source>
        <translation>danh sách đơn vị</translation>
    </message>
    <message>
        <source>the units&apos; staff</source>
        <translation>danh sách cán bộ, nhân viên của đơn vị</translation>
    </message>
    <message>
        <source>the learning centre</source>
        <translation>Trung tâm học tập cộng đồng</translation>
    </message>
    <message>
        <source>the courses</source>
        <translation>danh sách chuyên đề, lớp học</translation>
    </message>
    <message>
        <source>the course sessions</source>
        <translation>danh sách buổi học</translation>
    </message>
    <message>
        <source>the attendance lists</source>
        <translation>danh sách điểm danh</translation>
    </message>
    <message>
        <source>the history of changes</source>
        <translation>lịch sử thay đổi</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sổ Học Tập: the commune&apos;s learning-society records, offline.</source>
        <translation>Sổ Học Tập: hồ sơ xã hội học tập của xã, dùng được không cần Internet.</translation>
    </message>
    <message>
        <source>The commune file to open (.sqlite).</source>
        <translation>Tệp dữ liệu xã cần mở (.sqlite).</translation>
    </message>
</context>
<context>
    <name>sht::AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn/TDP</translation>
    </message>
</context>
<context>
    <name>sht::ChangeHeadDialog</name>
    <message>
        <source>Change the head of household</source>
        <translation>Đổi chủ hộ</translation>
    </message>
    <message>
        <source>%1 becomes the head of the household.</source>
        <translation>%1 trở thành chủ hộ.</translation>
    </message>
    <message>
        <source>%1 becomes the head of the household. The other members keep their relation; %2 stays a member.</source>
        <translation>%1 trở thành chủ hộ. Các nhân khẩu khác giữ nguyên quan hệ với chủ hộ; %2 vẫn là nhân khẩu của hộ.</translation>
    </message>
    <message>
        <source>&amp;Former head becomes:</source>
        <translation>Chủ hộ cũ &amp;trở thành:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Từ &amp;ngày:</translation>
    </message>
</context>
<context>
    <name>sht::ClanDialog</name>
    <message>
        <source>Clan %1</source>
        <translation>Dòng họ: %1</translation>
    </message>
    <message>
        <source>New clan</source>
        <translation>Thêm dòng họ</translation>
    </message>
    <message>
        <source>e.g. Họ Nguyễn Văn</source>
        <translation>ví dụ: Họ Nguyễn Văn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>C&amp;lear head</source>
        <translation>&amp;Bỏ trưởng họ</translation>
    </message>
    <message>
        <source>The clan has no head recorded (Alt+L)</source>
        <translation>Ghi là dòng họ chưa có trưởng họ (Alt+B)</translation>
    </message>
    <message>
        <source>Head of the clan:</source>
        <translation>Trưởng họ:</translation>
    </message>
    <message>
        <source>&amp;Find the head (name, ID number or household code):</source>
        <translation>&amp;Tìm trưởng họ (họ tên, số CCCD/CMND hoặc mã hộ):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cre&amp;ate</source>
        <translation>Tạo &amp;mới</translation>
    </message>
    <message>
        <source>(none; find a person below)</source>
        <translation>(chưa có; hãy tìm người ở bên dưới)</translation>
    </message>
    <message>
        <source>The clan no longer exists.</source>
        <translation>Dòng họ này không còn tồn tại.</translation>
    </message>
</context>
<context>
    <name>sht::ClanHouseholdDialog</name>
    <message>
        <source>Add households to %1</source>
        <translation>Thêm hộ vào %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>Adds the chosen household to the clan (Enter)</source>
        <translation>Thêm hộ đã chọn vào dòng họ (Enter)</translation>
    </message>
    <message>
        <source>This household is a member of %1 now; adding it moves it to %2.</source>
        <translation>Hộ này đang thuộc %1; nếu thêm, hộ sẽ được chuyển sang %2.</translation>
    </message>
    <message>
        <source>Find the household first: type part of its code or of its head&apos;s name.</source>
        <translation>Hãy tìm hộ trước: gõ một phần mã hộ hoặc tên chủ hộ.</translation>
    </message>
    <message>
        <source>Move the household to another clan</source>
        <translation>Chuyển hộ sang dòng họ khác</translation>
    </message>
    <message>
        <source>Household %1 is a member of %2. A household belongs to one clan only.

Move it from %2 to %3?</source>
        <translation>Hộ %1 đang thuộc %2. Mỗi hộ chỉ thuộc một dòng họ.

Chuyển hộ này từ %2 sang %3?</translation>
    </message>
    <message>
        <source>Added to %1: %2</source>
        <translation>Đã thêm vào %1: %2</translation>
    </message>
</context>
<context>
    <name>sht::ClanHouseholdsModel</name>
    <message>
        <source>(no head)</source>
        <translation>(chưa có chủ hộ)</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn/TDP</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số nhân khẩu</translation>
    </message>
</context>
<context>
    <name>sht::ClanRegisterWidget</name>
    <message>
        <source>Insert or Ctrl+N</source>
        <translation>Insert hoặc Ctrl+N</translation>
    </message>
    <message>
        <source>F2, or Enter on a clan</source>
        <translation>F2, hoặc Enter trên một dòng họ</translation>
    </message>
    <message>
        <source>Del on a clan</source>
        <translation>Del trên một dòng họ</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A, or Insert in the households list</source>
        <translation>Ctrl+Shift+A, hoặc Insert trong danh sách hộ</translation>
    </message>
    <message>
        <source>Del in the households list</source>
        <translation>Del trong danh sách hộ</translation>
    </message>
    <message>
        <source>Enter on a household</source>
        <translation>Enter trên một hộ</translation>
    </message>
    <message>
        <source>Member hou&amp;seholds</source>
        <translation>&amp;Các hộ thành viên</translation>
    </message>
    <message>
        <source>Member hou&amp;seholds (no clan yet: press Insert to add one)</source>
        <translation>&amp;Các hộ thành viên (chưa có dòng họ nào: nhấn Insert để thêm)</translation>
    </message>
    <message>
        <source>Member hou&amp;seholds (choose a clan)</source>
        <translation>&amp;Các hộ thành viên (hãy chọn một dòng họ)</translation>
    </message>
    <message>
        <source>Member hou&amp;seholds of %1 (%L2)</source>
        <translation>&amp;Các hộ thành viên của %1 (%L2)</translation>
    </message>
    <message>
        <source>%L1 / %L2 shown</source>
        <translation>Hiển thị %L1 / %L2</translation>
    </message>
    <message>
        <source>Delete the clan %1?

It has no member households.</source>
        <translation>Xóa dòng họ %1?

Dòng họ này chưa có hộ thành viên nào.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the clan %1?

Its %n member household(s) will leave the clan; the households and their people stay in the registers.</source>
        <translation>
            <numerusform>Xóa dòng họ %1?

%n hộ thành viên sẽ không còn thuộc dòng họ này; các hộ và nhân khẩu của hộ vẫn được giữ trong sổ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete a clan</source>
        <translation>Xóa dòng họ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove a household from the clan</source>
        <translation>Bỏ hộ khỏi dòng họ</translation>
    </message>
    <message>
        <source>Remove household %1 from %2?

The household stays in the registers; it only leaves the clan.</source>
        <translation>Bỏ hộ %1 khỏi %2?

Hộ vẫn được giữ trong sổ, chỉ không còn thuộc dòng họ này.</translation>
    </message>
</context>
<context>
    <name>sht::ClanTableModel</name>
    <message>
        <source>(no head recorded)</source>
        <translation>(chưa ghi trưởng họ)</translation>
    </message>
    <message>
        <source>Clan</source>
        <translation>Dòng họ</translation>
    </message>
    <message>
        <source>Head of the clan</source>
        <translation>Trưởng họ</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Số nhân khẩu</translation>
    </message>
</context>
<context>
    <name>sht::CommuneOverviewWidget</name>
    <message>
        <source>(commune without a name)</source>
        <translation>(xã chưa có tên)</translation>
    </message>
    <message>
        <source>no learning centre yet</source>
        <translation>chưa có Trung tâm học tập cộng đồng</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clan(s)</source>
        <translation>
            <numerusform>%Ln dòng họ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln local unit(s)</source>
        <translation>
            <numerusform>%Ln đơn vị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learning centre: %1 (%Ln course(s))</source>
        <translation>
            <numerusform>TTHTCĐ: %1 (%Ln chuyên đề, lớp học)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sht::CourseDialog</name>
    <message>
        <source>New course</source>
        <translation>Thêm chuyên đề, lớp học</translation>
    </message>
    <message>
        <source>Edit course</source>
        <translation>Sửa chuyên đề, lớp học</translation>
    </message>
    <message>
        <source>e.g. Kỹ thuật trồng lúa</source>
        <translation>ví dụ: Kỹ thuật trồng lúa</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>đến &amp;ngày</translation>
    </message>
    <message>
        <source>e.g. Nhà văn hóa thôn Đông</source>
        <translation>ví dụ: Nhà văn hóa thôn Đông</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tên &amp;chuyên đề:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>Lĩnh &amp;vực:</translation>
    </message>
    <message>
        <source>&amp;Dates from:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>Planned &amp;hours:</source>
        <translation>Số &amp;giờ dự kiến:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
    <message>
        <source>&amp;Add the course</source>
        <translation>Thêm &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
</context>
<context>
    <name>sht::CourseTableModel</name>
    <message>
        <source>Place: %1</source>
        <translation>Địa điểm: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên chuyên đề</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Số buổi</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Số người học</translation>
    </message>
</context>
<context>
    <name>sht::HouseholdDetailsDialog</name>
    <message>
        <source>Household %1</source>
        <translation>Hộ %1</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã hộ:</translation>
    </message>
    <message>
        <source>e.g. Xóm 2, Thôn Đông</source>
        <translation>ví dụ: Xóm 2, Thôn Đông</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Enter the household code.</source>
        <translation>Hãy nhập mã hộ.</translation>
    </message>
</context>
<context>
    <name>sht::HouseholdDialog</name>
    <message>
        <source>Household %1</source>
        <translation>Hộ %1</translation>
    </message>
</context>
<context>
    <name>sht::HouseholdEditor</name>
    <message>
        <source>(no head recorded)</source>
        <translation>(chưa ghi chủ hộ)</translation>
    </message>
    <message>
        <source>New member of household %1</source>
        <translation>Nhân khẩu mới của hộ %1</translation>
    </message>
    <message>
        <source>Add an existing person</source>
        <translation>Thêm người có sẵn</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sửa thông tin %1</translation>
    </message>
    <message>
        <source>Change the head of household</source>
        <translation>Đổi chủ hộ</translation>
    </message>
    <message>
        <source>Move to another household</source>
        <translation>Chuyển sang hộ khác</translation>
    </message>
    <message>
        <source>Mark deceased</source>
        <translation>Ghi nhận đã mất</translation>
    </message>
    <message>
        <source>Record the death of %1. They leave the household from that date; their record is kept.</source>
        <translation>Ghi nhận %1 đã mất. Người này rời khỏi hộ từ ngày đó; hồ sơ vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>&amp;Date of death:</source>
        <translation>&amp;Ngày mất:</translation>
    </message>
    <message>
        <source>Mark moved away</source>
        <translation>Ghi nhận chuyển đi nơi khác</translation>
    </message>
    <message>
        <source>Record that %1 moved away from the commune. They leave the household from that date; their record is kept.</source>
        <translation>Ghi nhận %1 đã chuyển đi khỏi xã. Người này rời khỏi hộ từ ngày đó; hồ sơ vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>&amp;Date moved away:</source>
        <translation>&amp;Ngày chuyển đi:</translation>
    </message>
    <message numerus="yes">
        <source>%n household membership record(s) (current and past)</source>
        <translation>
            <numerusform>%n bản ghi nhân khẩu trong hộ (hiện tại và trước đây)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance record(s) at the learning centre</source>
        <translation>
            <numerusform>%n lượt tham gia học tại TTHTCĐ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the staff of a local unit</source>
        <translation>
            <numerusform>%n vị trí trong danh sách cán bộ của đơn vị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the post of clan head (%n clan(s) will have no head)</source>
        <translation>
            <numerusform>vai trò trưởng họ (%n dòng họ sẽ không còn trưởng họ)</numerusform>
        </translation>
    </message>
    <message>
        <source>the post of director of the learning centre</source>
        <translation>vai trò giám đốc TTHTCĐ</translation>
    </message>
    <message>
        <source>Delete %1 from the registers for good?</source>
        <translation>Xóa hẳn %1 khỏi sổ?</translation>
    </message>
    <message>
        <source>Delete %1 (born %2) from the registers for good?</source>
        <translation>Xóa hẳn %1 (sinh %2) khỏi sổ?</translation>
    </message>
    <message>
        <source>Nothing else refers to this person.</source>
        <translation>Không có dữ liệu nào khác liên quan đến người này.</translation>
    </message>
    <message>
        <source>This also deletes: %1.</source>
        <translation>Cùng bị xóa: %1.</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Xóa người</translation>
    </message>
    <message>
        <source>Delete only a record entered by mistake: for a death or a move, use Mark deceased or Mark moved away, which keep the history. Edit &gt; Undo (Ctrl+Z) brings the record back.</source>
        <translation>Chỉ xóa hồ sơ nhập nhầm: khi người này mất hoặc chuyển đi, hãy dùng “Đã mất” hoặc “Chuyển đi nơi khác” để giữ lịch sử. Sửa &gt; Hoàn tác (Ctrl+Z) sẽ khôi phục hồ sơ.</translation>
    </message>
</context>
<context>
    <name>sht::HouseholdMembersModel</name>
    <message>
        <source>Moved to another household</source>
        <translation>Chuyển sang hộ khác</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Đã mất</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Chuyển đi nơi khác</translation>
    </message>
    <message>
        <source>Household split</source>
        <translation>Tách hộ</translation>
    </message>
    <message>
        <source>Head of household changed</source>
        <translation>Đổi chủ hộ</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Đã xóa khỏi hộ</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>CCCD/CMND</source>
        <translation>Số CCCD/CMND</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Cư trú</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Lý do</translation>
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
        <translation>Hộ mới (%1)</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>Xóa hộ</translation>
    </message>
    <message numerus="yes">
        <source>Household %1 still has %n member(s). Move them to another household, or mark them deceased or moved away, before deleting it.</source>
        <translation>
            <numerusform>Hộ %1 vẫn còn %n nhân khẩu. Hãy chuyển họ sang hộ khác, hoặc ghi nhận họ đã mất hay đã chuyển đi, rồi mới xóa hộ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete household %1 from the registers? The record of its past members goes with it (the people themselves stay).</source>
        <translation>Xóa hộ %1 khỏi sổ? Lịch sử nhân khẩu của hộ cũng bị xóa theo (bản thân các nhân khẩu vẫn được giữ lại).</translation>
    </message>
    <message>
        <source>Households of the whole commune</source>
        <translation>Hộ gia đình toàn xã</translation>
    </message>
    <message>
        <source>Households of %1</source>
        <translation>Hộ gia đình %1</translation>
    </message>
    <message>
        <source>%L1 / %L2 shown</source>
        <translation>Hiển thị %L1 / %L2</translation>
    </message>
</context>
<context>
    <name>sht::HouseholdTableModel</name>
    <message>
        <source>(no head)</source>
        <translation>(chưa có chủ hộ)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn/TDP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số nhân khẩu</translation>
    </message>
</context>
<context>
    <name>sht::LearningCentreDialog</name>
    <message>
        <source>Create the learning centre</source>
        <translation>Tạo Trung tâm học tập cộng đồng</translation>
    </message>
    <message>
        <source>Edit the learning centre</source>
        <translation>Sửa thông tin Trung tâm học tập cộng đồng</translation>
    </message>
    <message>
        <source>e.g. Trung tâm học tập cộng đồng xã Hòa An</source>
        <translation>ví dụ: Trung tâm học tập cộng đồng xã Hòa An</translation>
    </message>
    <message>
        <source>&amp;Established on:</source>
        <translation>&amp;Ngày thành lập:</translation>
    </message>
    <message>
        <source>No di&amp;rector</source>
        <translation>&amp;Chưa có giám đốc</translation>
    </message>
    <message>
        <source>Find the &amp;director (name, ID number or household code):</source>
        <translation>Tìm &amp;giám đốc (họ tên, số CCCD/CMND hoặc mã hộ):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Director:</source>
        <translation>Giám đốc:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Tạo &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(chưa có)</translation>
    </message>
</context>
<context>
    <name>sht::LearningCentreWidget</name>
    <message>
        <source>This commune has no community learning centre recorded yet. Create it to record its courses and who attends them.</source>
        <translation>Xã chưa có Trung tâm học tập cộng đồng trong sổ. Hãy tạo trung tâm để ghi các chuyên đề, lớp học và người tham gia học.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Filter: title, field, place…</source>
        <translation>Lọc: tên, lĩnh vực, địa điểm…</translation>
    </message>
    <message>
        <source>Type any part of a course&apos;s title, field or place, with or without accents. Esc clears.</source>
        <translation>Gõ một phần bất kỳ của tên, lĩnh vực hoặc địa điểm của chuyên đề, có dấu hay không dấu đều được. Esc để xóa.</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>Thêm chuyên đề &amp;mới…</translation>
    </message>
    <message>
        <source>%1 or Insert</source>
        <translation>%1 hoặc Insert</translation>
    </message>
    <message>
        <source>Edit c&amp;ourse…</source>
        <translation>Sửa &amp;chuyên đề…</translation>
    </message>
    <message>
        <source>F2 or Enter</source>
        <translation>F2 hoặc Enter</translation>
    </message>
    <message>
        <source>&amp;Delete course</source>
        <translation>Xó&amp;a chuyên đề</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Chuyên đề, lớp học</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>Add &amp;session…</source>
        <translation>Thêm &amp;buổi học…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Sửa buổi &amp;học…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>&amp;Copy last session</source>
        <translation>Ché&amp;p từ buổi trước</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Xóa &amp;khỏi danh sách</translation>
    </message>
    <message>
        <source>&amp;Who came? Type part of a name, ID number or household code:</source>
        <translation>A&amp;i đến học? Gõ một phần họ tên, số CCCD/CMND hoặc mã hộ:</translation>
    </message>
    <message>
        <source>Mark &amp;present</source>
        <translation>Điểm &amp;danh</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Whole household</source>
        <translation>Cả hộ</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Community learning centre</source>
        <translation>Trung tâm học tập cộng đồng</translation>
    </message>
    <message>
        <source>&amp;Create the learning centre…</source>
        <translation>Tạo Trung tâm &amp;học tập cộng đồng…</translation>
    </message>
    <message>
        <source>established %1</source>
        <translation>thành lập %1</translation>
    </message>
    <message>
        <source>director: %1</source>
        <translation>giám đốc: %1</translation>
    </message>
    <message>
        <source>Edit the cen&amp;tre…</source>
        <translation>Sửa thông tin T&amp;rung tâm…</translation>
    </message>
    <message>
        <source>Sessions of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Các buổi học của &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Present on &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Có mặt ngày &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n người có mặt</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the course &quot;%1&quot;?</source>
        <translation>Xóa chuyên đề “%1”?</translation>
    </message>
    <message>
        <source>It has no sessions yet.</source>
        <translation>Chuyên đề này chưa có buổi học nào.</translation>
    </message>
    <message numerus="yes">
        <source>This also deletes its %n session(s)</source>
        <translation>
            <numerusform>Cùng bị xóa: %n buổi học</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n attendance record(s).</source>
        <translation>
            <numerusform> và %n lượt điểm danh.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Sửa &gt; Hoàn tác (Ctrl+Z) sẽ khôi phục lại.</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>Xóa chuyên đề</translation>
    </message>
    <message>
        <source>Delete the session of %1?</source>
        <translation>Xóa buổi học ngày %1?</translation>
    </message>
    <message>
        <source>Nobody is marked present at it.</source>
        <translation>Buổi học này chưa có ai được điểm danh.</translation>
    </message>
    <message numerus="yes">
        <source>This also deletes its %n attendance record(s).</source>
        <translation>
            <numerusform>Cùng bị xóa: %n lượt điểm danh.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Xóa buổi học</translation>
    </message>
    <message>
        <source>%1 marked present.</source>
        <translation>Đã điểm danh %1.</translation>
    </message>
    <message numerus="yes">
        <source>Household %1: %n marked present</source>
        <translation>
            <numerusform>Hộ %1: đã điểm danh %n người</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already present</source>
        <translation>
            <numerusform>, %n người đã có mặt từ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked present as on %1</source>
        <translation>
            <numerusform>Đã điểm danh %n người như buổi ngày %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n no longer in the commune</source>
        <translation>
            <numerusform>, %n người không còn ở xã</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the attendance list</source>
        <translation>Xóa khỏi danh sách điểm danh</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n people from the attendance list of this session?
%1</source>
        <translation>
            <numerusform>Xóa %n người này khỏi danh sách điểm danh của buổi học?
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed from the list.</source>
        <translation>Đã xóa %1 khỏi danh sách.</translation>
    </message>
    <message numerus="yes">
        <source>%n people removed from the list.</source>
        <translation>
            <numerusform>Đã xóa %n người khỏi danh sách.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sht::LocalUnitDialog</name>
    <message>
        <source>e.g. Trường Tiểu học Hòa An</source>
        <translation>ví dụ: Trường Tiểu học Hòa An</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Managed by:</source>
        <translation>&amp;Cấp quản lý:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>Thôn/tổ dân &amp;phố:</translation>
    </message>
    <message>
        <source>Everyone who works there, including those who live outside the commune</source>
        <translation>Tất cả những người làm việc tại đơn vị, kể cả người sống ngoài xã</translation>
    </message>
    <message>
        <source>Total &amp;staff:</source>
        <translation>Tổng số cán bộ, &amp;nhân viên:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>(village %1)</source>
        <translation>(thôn %1)</translation>
    </message>
</context>
<context>
    <name>sht::LocalUnitRegisterWidget</name>
    <message>
        <source>Commune People&apos;s Committee</source>
        <translation>UBND xã</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Association (448-D)</source>
        <translation>Hội Khuyến học (448-D)</translation>
    </message>
    <message>
        <source>Insert or Ctrl+N</source>
        <translation>Insert hoặc Ctrl+N</translation>
    </message>
    <message>
        <source>F2 or Enter</source>
        <translation>F2 hoặc Enter</translation>
    </message>
    <message>
        <source>Delete, in the list of units</source>
        <translation>Delete, trong danh sách đơn vị</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A, or Insert in the staff list</source>
        <translation>Ctrl+Shift+A, hoặc Insert trong danh sách cán bộ, nhân viên</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Delete, in the staff list</source>
        <translation>Delete, trong danh sách cán bộ, nhân viên</translation>
    </message>
    <message>
        <source>Staff: choose a unit above</source>
        <translation>Cán bộ, nhân viên: hãy chọn một đơn vị ở trên</translation>
    </message>
    <message>
        <source>&amp;Staff of %1 in the register: %2 now, %3 former</source>
        <translation>&amp;Cán bộ, nhân viên của %1 có trong sổ: %2 hiện tại, %3 đã nghỉ</translation>
    </message>
    <message>
        <source>&amp;Staff of %1 in the register: %2</source>
        <translation>&amp;Cán bộ, nhân viên của %1 có trong sổ: %2</translation>
    </message>
    <message>
        <source>%L1 / %L2 shown</source>
        <translation>Hiển thị %L1 / %L2</translation>
    </message>
    <message>
        <source>New local unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sửa thông tin %1</translation>
    </message>
    <message>
        <source>Delete %1 from the register for good?</source>
        <translation>Xóa hẳn %1 khỏi sổ?</translation>
    </message>
    <message>
        <source>No staff records go with it.</source>
        <translation>Không có bản ghi cán bộ, nhân viên nào bị xóa theo.</translation>
    </message>
    <message numerus="yes">
        <source>This also deletes its %n staff record(s) (current and former); the people stay in the register.</source>
        <translation>
            <numerusform>Cùng bị xóa: %n bản ghi cán bộ, nhân viên (hiện tại và đã nghỉ); bản thân những người này vẫn còn trong sổ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Sửa &gt; Hoàn tác (Ctrl+Z) sẽ khôi phục lại.</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Xóa đơn vị</translation>
    </message>
    <message>
        <source>Remove %1 from the staff of %2?
Do this only for a record entered by mistake: when someone leaves, use Left on…, which keeps the history. The person stays in the register. Edit &gt; Undo (Ctrl+Z) brings the record back.</source>
        <translation>Xóa %1 khỏi danh sách cán bộ, nhân viên của %2?
Chỉ làm việc này với bản ghi nhập nhầm: khi có người nghỉ việc, hãy dùng “Đã rời đơn vị…” để giữ lịch sử. Người này vẫn còn trong sổ. Sửa &gt; Hoàn tác (Ctrl+Z) sẽ khôi phục bản ghi.</translation>
    </message>
    <message>
        <source>Remove from staff</source>
        <translation>Xóa khỏi danh sách cán bộ, nhân viên</translation>
    </message>
</context>
<context>
    <name>sht::LocalUnitStaffModel</name>
    <message>
        <source>%1 left on %2</source>
        <translation>%1 đã rời đơn vị ngày %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
</context>
<context>
    <name>sht::LocalUnitTableModel</name>
    <message>
        <source>Staff members who are in the commune&apos;s register now</source>
        <translation>Số cán bộ, nhân viên hiện có trong sổ của xã</translation>
    </message>
    <message>
        <source>Total staff, as the unit reports it (some may live outside the commune)</source>
        <translation>Tổng số cán bộ, nhân viên theo báo cáo của đơn vị (có thể có người sống ngoài xã)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Managing level</source>
        <translation>Cấp quản lý</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn/TDP</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Số CB, NV</translation>
    </message>
    <message>
        <source>In register</source>
        <translation>Có trong sổ</translation>
    </message>
</context>
<context>
    <name>sht::MainWindow</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Tạo mới…</translation>
    </message>
    <message>
        <source>Create a new file for a commune or ward</source>
        <translation>Tạo tệp dữ liệu mới cho một xã hoặc phường</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open a commune file</source>
        <translation>Mở tệp dữ liệu xã</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Xóa danh sách</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Close the commune file</source>
        <translation>Đóng tệp dữ liệu xã</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;About Sổ Học Tập</source>
        <translation>&amp;Giới thiệu Sổ Học Tập</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Tệp &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation>Không tạo được tệp</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>File upgraded</source>
        <translation>Tệp đã được nâng cấp</translation>
    </message>
    <message>
        <source>The file was made by an older version of Sổ Học Tập and has been upgraded. A copy of it as it was is kept in:
%1</source>
        <translation>Tệp được tạo bằng phiên bản Sổ Học Tập cũ hơn và vừa được nâng cấp. Bản sao của tệp trước khi nâng cấp được giữ tại:
%1</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Không tìm thấy tệp</translation>
    </message>
    <message>
        <source>%1 no longer exists: it may have been moved, renamed or be on a drive that is not connected. It has been removed from the recent files.</source>
        <translation>Không còn tệp %1: có thể tệp đã bị chuyển đi, đổi tên hoặc nằm trên ổ đĩa chưa được kết nối. Tệp đã được bỏ khỏi danh sách tệp gần đây.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (chỉ đọc)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start Sổ Học Tập.</source>
        <translation>Ngôn ngữ mới sẽ được dùng từ lần mở Sổ Học Tập tiếp theo.</translation>
    </message>
    <message>
        <source>About Sổ Học Tập</source>
        <translation>Giới thiệu Sổ Học Tập</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sổ Học Tập %1&lt;/h3&gt;&lt;p&gt;The records of a commune&apos;s learning society — households, citizens, clans, local units and the learning centre — kept offline in one file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sổ Học Tập %1&lt;/h3&gt;&lt;p&gt;Hồ sơ xây dựng xã hội học tập của xã — hộ gia đình, công dân, dòng họ, đơn vị và Trung tâm học tập cộng đồng — lưu trong một tệp trên máy, không cần Internet.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln village(s)</source>
        <translation>
            <numerusform>%Ln thôn/tổ dân phố</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation>
            <numerusform>%Ln hộ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln nhân khẩu</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Navigation pane</source>
        <translation>Ô điều &amp;hướng</translation>
    </message>
    <message>
        <source>Move to the list of villages and registers</source>
        <translation>Chuyển đến danh sách thôn, tổ dân phố và các sổ</translation>
    </message>
    <message>
        <source>Current &amp;page</source>
        <translation>Trang đang &amp;xem</translation>
    </message>
    <message>
        <source>Move to the page shown beside the navigation pane</source>
        <translation>Chuyển đến trang đang hiển thị bên cạnh ô điều hướng</translation>
    </message>
    <message>
        <source>&amp;Find people</source>
        <translation>&amp;Tìm nhân khẩu</translation>
    </message>
    <message>
        <source>Filter the People register by name, CCCD or household code</source>
        <translation>Lọc sổ nhân khẩu theo họ tên, số CCCD hoặc mã hộ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử thao tác</translation>
    </message>
    <message>
        <source>&lt;opened file&gt;</source>
        <translation>&lt;lúc mở tệp&gt;</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Không hoàn tác hay làm lại được</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Lịch sử &amp;thao tác</translation>
    </message>
    <message>
        <source>Show the list of edits; choose one to go back to it</source>
        <translation>Hiện danh sách các thao tác đã làm; chọn một thao tác để quay lại lúc đó</translation>
    </message>
    <message>
        <source>Add a household with its head to a village</source>
        <translation>Thêm một hộ cùng chủ hộ vào thôn/tổ dân phố</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sửa thông tin %1</translation>
    </message>
    <message>
        <source>New hou&amp;sehold…</source>
        <translation>Thêm hộ &amp;mới…</translation>
    </message>
    <message>
        <source>Re&amp;name village…</source>
        <translation>Đổ&amp;i tên thôn/tổ dân phố…</translation>
    </message>
    <message>
        <source>Give a village a new name from a date; the old name stays in history</source>
        <translation>Đổi tên thôn/tổ dân phố từ một ngày; tên cũ vẫn được lưu trong lịch sử</translation>
    </message>
    <message>
        <source>&amp;Merge villages…</source>
        <translation>&amp;Sáp nhập thôn/tổ dân phố…</translation>
    </message>
    <message>
        <source>Merge a village into another from a date (the 2025 mergers)</source>
        <translation>Sáp nhập một thôn/tổ dân phố vào thôn khác từ một ngày (sáp nhập năm 2025)</translation>
    </message>
    <message>
        <source>S&amp;plit village…</source>
        <translation>&amp;Chia tách thôn/tổ dân phố…</translation>
    </message>
    <message>
        <source>Move some households of a village into a new village from a date</source>
        <translation>Chuyển một số hộ của một thôn/tổ dân phố sang thôn mới từ một ngày</translation>
    </message>
</context>
<context>
    <name>sht::MemberTransferDialog</name>
    <message>
        <source>Add an existing person</source>
        <translation>Thêm người có sẵn</translation>
    </message>
    <message>
        <source>Move %1 to another household</source>
        <translation>Chuyển %1 sang hộ khác</translation>
    </message>
    <message>
        <source>Re&amp;lation to the head:</source>
        <translation>&amp;Quan hệ với chủ hộ:</translation>
    </message>
    <message>
        <source>&amp;Residence:</source>
        <translation>Đăng &amp;ký cư trú:</translation>
    </message>
    <message>
        <source>&amp;Date joined:</source>
        <translation>Vào hộ từ &amp;ngày:</translation>
    </message>
    <message>
        <source>&amp;Date of the move:</source>
        <translation>&amp;Ngày chuyển:</translation>
    </message>
    <message>
        <source>This household no longer exists. Choose another one.</source>
        <translation>Hộ này không còn nữa. Hãy chọn hộ khác.</translation>
    </message>
</context>
<context>
    <name>sht::NavigationModel</name>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Villages and residential groups</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>Show the people of %1</source>
        <translation>Xem nhân khẩu của %1</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Các sổ</translation>
    </message>
    <message>
        <source>Households</source>
        <comment>column header: number of households</comment>
        <translation>Hộ</translation>
    </message>
    <message>
        <source>People</source>
        <comment>column header: number of people</comment>
        <translation>Khẩu</translation>
    </message>
    <message>
        <source>People</source>
        <comment>the People register</comment>
        <translation>Nhân khẩu</translation>
    </message>
    <message>
        <source>Households</source>
        <comment>the Households register</comment>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Clans</source>
        <translation>Dòng họ</translation>
    </message>
    <message>
        <source>Local units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Learning centre (TTHTCĐ)</source>
        <translation>Trung tâm học tập cộng đồng</translation>
    </message>
</context>
<context>
    <name>sht::NavigationPane</name>
    <message>
        <source>Navigation</source>
        <translation>Điều hướng</translation>
    </message>
</context>
<context>
    <name>sht::NewCommuneDialog</name>
    <message>
        <source>Commune (xã)</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Ward (phường)</source>
        <translation>Phường</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Tạo</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name: a new commune file never replaces an existing one.</source>
        <translation>Đã có tệp trùng tên này. Hãy chọn tên khác: tệp dữ liệu xã mới không bao giờ ghi đè lên tệp đã có.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Không có thư mục %1.</translation>
    </message>
    <message>
        <source>Save the new commune file as</source>
        <translation>Lưu tệp dữ liệu xã mới</translation>
    </message>
</context>
<context>
    <name>sht::NewHouseholdDialog</name>
    <message>
        <source>The commune has no village yet: create the village first.</source>
        <translation>Xã chưa có thôn/tổ dân phố nào: hãy tạo thôn trước.</translation>
    </message>
    <message>
        <source>Enter the household code.</source>
        <translation>Nhập mã hộ.</translation>
    </message>
    <message>
        <source>The code %1 is already used in this village; %2 is free.</source>
        <translation>Mã %1 đã có trong thôn này; mã %2 còn trống.</translation>
    </message>
</context>
<context>
    <name>sht::PartialDateDialog</name>
    <message>
        <source>2019, 03/2019 or 15/03/2019</source>
        <translation>2019, 03/2019 hoặc 15/03/2019</translation>
    </message>
    <message>
        <source>Enter the date, at least the year.</source>
        <translation>Nhập ngày, ít nhất là năm.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>Ngày %1 ở tương lai.</translation>
    </message>
</context>
<context>
    <name>sht::PeopleFinder</name>
    <message>
        <source>&amp;Find the person (name, ID number or household code):</source>
        <translation>&amp;Tìm người (họ tên, số CCCD/CMND hoặc mã hộ):</translation>
    </message>
    <message>
        <source>&amp;Find the household (its code or the head&apos;s name):</source>
        <translation>Tìm &amp;hộ (mã hộ hoặc tên chủ hộ):</translation>
    </message>
    <message>
        <source>%1 — head: %2 — %3</source>
        <translation>%1 — chủ hộ: %2 — %3</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, sinh %2</translation>
    </message>
    <message>
        <source>%1 — lives in household %2 (%3)</source>
        <translation>%1 — thuộc hộ %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — in no household now</source>
        <translation>%1 — hiện không thuộc hộ nào</translation>
    </message>
    <message>
        <source>Type part of a name, an ID number or a household code.</source>
        <translation>Gõ một phần họ tên, số CCCD/CMND hoặc mã hộ.</translation>
    </message>
    <message>
        <source>Type part of the household code or of the head&apos;s name.</source>
        <translation>Gõ một phần mã hộ hoặc tên chủ hộ.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Không tìm thấy kết quả nào.</translation>
    </message>
    <message>
        <source>%1 found; the first %2 are listed. Type more to narrow.</source>
        <translation>Tìm thấy %1 kết quả; đang hiện %2 kết quả đầu tiên. Gõ thêm để thu hẹp.</translation>
    </message>
    <message numerus="yes">
        <source>%n found.</source>
        <translation>
            <numerusform>Tìm thấy %n kết quả.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sht::PeopleRegisterWidget</name>
    <message>
        <source>People of the whole commune</source>
        <translation>Nhân khẩu toàn xã</translation>
    </message>
    <message>
        <source>People of %1</source>
        <translation>Nhân khẩu %1</translation>
    </message>
    <message>
        <source>%L1 / %L2 shown</source>
        <translation>Hiển thị %L1 / %L2</translation>
    </message>
</context>
<context>
    <name>sht::PeopleTableModel</name>
    <message>
        <source>Deceased</source>
        <translation>Đã mất</translation>
    </message>
    <message>
        <source>No longer lives in the commune</source>
        <translation>Không còn cư trú tại xã</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>ID (CCCD/CMND)</source>
        <translation>Số CCCD/CMND</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn/TDP</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>QH với chủ hộ</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Học vấn</translation>
    </message>
</context>
<context>
    <name>sht::PersonDialog</name>
    <message>
        <source>Re&amp;lation to the head:</source>
        <translation>&amp;Quan hệ với chủ hộ:</translation>
    </message>
    <message>
        <source>Resi&amp;dence:</source>
        <translation>Đăng &amp;ký cư trú:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>Vào hộ từ ngà&amp;y:</translation>
    </message>
</context>
<context>
    <name>sht::PersonForm</name>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Nhập họ và tên.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future. Check the year.</source>
        <translation>Ngày sinh %1 ở tương lai. Hãy kiểm tra lại năm.</translation>
    </message>
    <message>
        <source>This ID number already belongs to %1. Check both records.</source>
        <translation>Số CCCD/CMND này đã được ghi cho %1. Hãy kiểm tra lại cả hai hồ sơ.</translation>
    </message>
    <message>
        <source>old CMND</source>
        <translation>CMND cũ</translation>
    </message>
    <message>
        <source>A phone number has 8 to 12 digits (for example 0912 345 678).</source>
        <translation>Số điện thoại có từ 8 đến 12 chữ số (ví dụ 0912 345 678).</translation>
    </message>
</context>
<context>
    <name>sht::SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Thêm buổi học</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Sửa buổi học</translation>
    </message>
    <message>
        <source>%1 runs from %2 to %3.</source>
        <translation>%1 diễn ra từ %2 đến %3.</translation>
    </message>
    <message>
        <source>%1 starts on %2.</source>
        <translation>%1 bắt đầu từ ngày %2.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>Số &amp;giờ:</translation>
    </message>
    <message>
        <source>&amp;Add the session</source>
        <translation>&amp;Thêm buổi học</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
</context>
<context>
    <name>sht::SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
</context>
<context>
    <name>sht::SplitHouseholdDialog</name>
    <message>
        <source>Split household %1</source>
        <translation>Tách hộ %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tick the members who leave household %1 to form a new household.</source>
        <translation>Đánh dấu những thành viên rời hộ %1 để lập hộ mới.</translation>
    </message>
    <message>
        <source>Tick the members who leave household %1 to form a new household. The head, %2, stays.</source>
        <translation>Đánh dấu những thành viên rời hộ %1 để lập hộ mới. Chủ hộ %2 ở lại hộ cũ.</translation>
    </message>
    <message>
        <source>&amp;Members of the new household:</source>
        <translation>&amp;Thành viên của hộ mới:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Relation to the new head</source>
        <translation>Quan hệ với chủ hộ mới</translation>
    </message>
    <message>
        <source>The household has no other member than its head.</source>
        <translation>Hộ không có thành viên nào ngoài chủ hộ.</translation>
    </message>
    <message>
        <source>New &amp;head:</source>
        <translation>C&amp;hủ hộ mới:</translation>
    </message>
    <message>
        <source>&amp;Code of the new household:</source>
        <translation>&amp;Mã hộ mới:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;Date of the split:</source>
        <translation>&amp;Ngày tách hộ:</translation>
    </message>
    <message>
        <source>Only the head lives in this household: there is nobody to form a new household.</source>
        <translation>Hộ chỉ có chủ hộ: không có ai để lập hộ mới.</translation>
    </message>
    <message>
        <source>Tick the members who form the new household.</source>
        <translation>Hãy đánh dấu những thành viên lập hộ mới.</translation>
    </message>
    <message>
        <source>The household must keep at least one member: leave someone in it.</source>
        <translation>Hộ phải còn lại ít nhất một thành viên: hãy để lại một người.</translation>
    </message>
    <message>
        <source>Only the new head can be head of the new household; choose another relation for %1.</source>
        <translation>Hộ mới chỉ có một chủ hộ là chủ hộ mới; hãy chọn quan hệ khác với chủ hộ mới cho %1.</translation>
    </message>
    <message>
        <source>Enter the code of the new household.</source>
        <translation>Hãy nhập mã hộ mới.</translation>
    </message>
    <message>
        <source>The code %1 is already used in this village; %2 is free.</source>
        <translation>Mã %1 đã có trong thôn này; mã %2 còn trống.</translation>
    </message>
</context>
<context>
    <name>sht::SplitVillageDialog</name>
    <message>
        <source>Split a village</source>
        <translation>Chia tách thôn/tổ dân phố</translation>
    </message>
    <message>
        <source>&amp;Split this village:</source>
        <translation>&amp;Chia tách thôn này:</translation>
    </message>
    <message>
        <source>e.g. Thôn Đông Bắc</source>
        <translation>ví dụ: Thôn Đông Bắc</translation>
    </message>
    <message>
        <source>&amp;New village&apos;s name:</source>
        <translation>Tên thôn &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Từ &amp;ngày:</translation>
    </message>
    <message>
        <source>&amp;Households that go to the new village (Space ticks; type to find):</source>
        <translation>Các &amp;hộ chuyển sang thôn mới (Space để đánh dấu; gõ để tìm):</translation>
    </message>
    <message>
        <source>Household code, head, address…</source>
        <translation>Mã hộ, chủ hộ, địa chỉ…</translation>
    </message>
    <message>
        <source>&amp;Tick all shown</source>
        <translation>Đánh &amp;dấu tất cả hộ đang hiện</translation>
    </message>
    <message>
        <source>The ticked households move to the new village from this date. The first village keeps the others and its history, so reports of earlier years still count every household where it was.</source>
        <translation>Từ ngày này, các hộ được đánh dấu chuyển sang thôn mới. Thôn cũ giữ lại các hộ còn lại và lịch sử của mình, nên báo cáo của những năm trước vẫn tính mỗi hộ ở đúng nơi hộ đã ở.</translation>
    </message>
    <message>
        <source>S&amp;plit</source>
        <translation>Chia &amp;tách</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 households ticked; %3 shown.</source>
        <translation>Đã đánh dấu %1 / %2 hộ; hiển thị %3.</translation>
    </message>
    <message>
        <source>This commune has no village yet.</source>
        <translation>Xã này chưa có thôn/tổ dân phố nào.</translation>
    </message>
    <message>
        <source>Type the new village&apos;s name.</source>
        <translation>Hãy nhập tên thôn mới.</translation>
    </message>
    <message>
        <source>Tick the households that go to the new village.</source>
        <translation>Hãy đánh dấu các hộ chuyển sang thôn mới.</translation>
    </message>
    <message>
        <source>Leave at least one household in %1 (to rename a village, use Rename village).</source>
        <translation>Hãy để lại ít nhất một hộ ở %1 (muốn đổi tên thôn, hãy dùng “Đổi tên thôn/tổ dân phố”).</translation>
    </message>
</context>
<context>
    <name>sht::StaffDialog</name>
    <message>
        <source>Add staff to %1</source>
        <translation>Thêm cán bộ, nhân viên vào %1</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>Rời %1</translation>
    </message>
    <message>
        <source>e.g. Hiệu trưởng, Giáo viên, Kế toán</source>
        <translation>ví dụ: Hiệu trưởng, Giáo viên, Kế toán</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>Từ &amp;ngày:</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>Ngày &amp;rời đơn vị:</translation>
    </message>
    <message>
        <source>When did %1 leave %2? They started on %3.</source>
        <translation>%1 rời %2 từ ngày nào? Người này bắt đầu làm việc từ %3.</translation>
    </message>
    <message>
        <source>When did %1 leave %2?</source>
        <translation>%1 rời %2 từ ngày nào?</translation>
    </message>
    <message>
        <source>%1 is already on the staff of %2. To record a new role, first record the date they left the old one (Left on…).</source>
        <translation>%1 đã có trong danh sách cán bộ, nhân viên của %2. Muốn ghi chức vụ mới, trước hết hãy ghi ngày người này rời chức vụ cũ (Đã rời đơn vị…).</translation>
    </message>
</context>
<context>
    <name>sht::VillageDialog</name>
    <message>
        <source>Rename a village</source>
        <translation>Đổi tên thôn/tổ dân phố</translation>
    </message>
    <message>
        <source>Merge two villages</source>
        <translation>Sáp nhập hai thôn/tổ dân phố</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Thôn/tổ dân phố:</translation>
    </message>
    <message>
        <source>&amp;Merge this village:</source>
        <translation>Sáp nhập &amp;thôn này:</translation>
    </message>
    <message>
        <source>e.g. Thôn Đông Hòa</source>
        <translation>ví dụ: Thôn Đông Hòa</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>Tên &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Vào:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Từ &amp;ngày:</translation>
    </message>
    <message>
        <source>The old name is kept for reports of the years before this date.</source>
        <translation>Tên cũ vẫn được dùng trong báo cáo của những năm trước ngày này.</translation>
    </message>
    <message>
        <source>Every household of the first village moves into the second from this date. The first village is kept in the history, so reports of earlier years still show it.</source>
        <translation>Từ ngày này, mọi hộ của thôn thứ nhất chuyển sang thôn thứ hai. Thôn thứ nhất vẫn được lưu trong lịch sử, nên báo cáo của những năm trước vẫn hiện thôn đó.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổ&amp;i tên</translation>
    </message>
    <message>
        <source>Mer&amp;ge</source>
        <translation>Sáp &amp;nhập</translation>
    </message>
    <message>
        <source>This commune has no village yet.</source>
        <translation>Xã này chưa có thôn/tổ dân phố nào.</translation>
    </message>
    <message>
        <source>Type the new name.</source>
        <translation>Hãy nhập tên mới.</translation>
    </message>
    <message>
        <source>Choose two different villages.</source>
        <translation>Hãy chọn hai thôn/tổ dân phố khác nhau.</translation>
    </message>
</context>
<context>
    <name>sht::VillageTableModel</name>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Số nhân khẩu</translation>
    </message>
    <message>
        <source>Residential group</source>
        <translation>Tổ dân phố</translation>
    </message>
    <message>
        <source>Village</source>
        <comment>column header: the village or residential group</comment>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <source>Village</source>
        <comment>kind of unit</comment>
        <translation>Thôn</translation>
    </message>
</context>
</TS>
