<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AchievementReport</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>chưa có mục tiêu</translation>
    </message>
    <message>
        <source>nothing to count</source>
        <translation>không có gì để tính</translation>
    </message>
    <message>
        <source>+%1 points: reached</source>
        <translation>+%1 điểm phần trăm: đã đạt</translation>
    </message>
    <message>
        <source>−%1 points: not reached</source>
        <translation>−%1 điểm phần trăm: chưa đạt</translation>
    </message>
</context>
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
    <name>AttendanceList</name>
    <message>
        <source>Course attendance sheet</source>
        <translation>Sổ điểm danh chuyên đề, lớp học</translation>
    </message>
    <message>
        <source>The learners of a course of the learning centre with an &quot;x&quot; for each session they attended, and the totals per learner and per session.</source>
        <translation>Danh sách học viên của một chuyên đề, lớp học tại Trung tâm học tập cộng đồng, đánh dấu “x” vào mỗi buổi có mặt, kèm tổng số buổi của từng người và tổng số người của từng buổi.</translation>
    </message>
    <message>
        <source>Choose the course whose attendance sheet to make.</source>
        <translation>Hãy chọn chuyên đề, lớp học cần lập sổ điểm danh.</translation>
    </message>
    <message>
        <source>The course chosen is not in this commune file. Choose another course.</source>
        <translation>Chuyên đề, lớp học đã chọn không có trong tệp dữ liệu xã này. Hãy chọn chuyên đề khác.</translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; has no sessions yet. Add its sessions on the Learning centre page first.</source>
        <translation>Chuyên đề “%1” chưa có buổi học nào. Hãy thêm các buổi học ở trang Trung tâm học tập cộng đồng trước.</translation>
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
    <message>
        <source>the statement was not prepared</source>
        <translation>câu lệnh chưa được chuẩn bị</translation>
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
        <translation>Cách dùng:
  sohoctap-cli backup list [--db FILE] [--check] [--json] [--folder DIR]
      các bản sao lưu trong thư mục sao lưu, mới nhất trước (chỉ của FILE nếu có --db); --check đọc kiểm tra từng bản
  sohoctap-cli backup create --db FILE [--folder DIR]
      sao lưu FILE ngay bây giờ (các bản cũ nhất vượt quá số bản cần giữ sẽ bị xóa)
  sohoctap-cli backup restore BACKUP --out NEW
      kiểm tra BACKUP rồi chép vào tệp mới NEW (không bao giờ ghi đè lên tệp đã có)
Thư mục sao lưu và số bản cần giữ lấy theo cài đặt trong cửa sổ chương trình (Tệp &gt; Sao lưu…).
</translation>
    </message>
    <message>
        <source>Try: sohoctap-cli backup %1 --help</source>
        <translation>Xem hướng dẫn: sohoctap-cli backup %1 --help</translation>
    </message>
    <message>
        <source>Lists the backups, newest first.</source>
        <translation>Liệt kê các bản sao lưu, mới nhất trước.</translation>
    </message>
    <message>
        <source>Only the backups of this commune file.</source>
        <translation>Chỉ các bản sao lưu của tệp dữ liệu xã này.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Check each backup and count its records (slower).</source>
        <translation>Kiểm tra từng bản sao lưu và đếm số bản ghi (chậm hơn).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>In ra dạng JSON thay vì bảng.</translation>
    </message>
    <message>
        <source>The backup folder (default: the window&apos;s setting).</source>
        <translation>Thư mục sao lưu (mặc định: theo cài đặt trong cửa sổ chương trình).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>backup list takes no FILE; use --db FILE.</source>
        <translation>Lệnh backup list không nhận FILE; hãy dùng --db FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Backups in %1 (keeping %n per commune file):</source>
        <translation>
            <numerusform>Các bản sao lưu trong %1 (giữ %n bản cho mỗi tệp dữ liệu xã):</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(không đọc được)</translation>
    </message>
    <message>
        <source>ok: %1 villages, %2 households, %3 people</source>
        <translation>tốt: %1 thôn/tổ dân phố, %2 hộ, %3 nhân khẩu</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>CÓ LỖI: %1</translation>
    </message>
    <message>
        <source>Takes a backup of a commune file now.</source>
        <translation>Sao lưu một tệp dữ liệu xã ngay bây giờ.</translation>
    </message>
    <message>
        <source>The commune file.</source>
        <translation>Tệp dữ liệu xã.</translation>
    </message>
    <message>
        <source>backup create needs --db FILE.</source>
        <translation>Lệnh backup create cần --db FILE.</translation>
    </message>
    <message>
        <source>Backup taken in %1 s: %2</source>
        <translation>Đã sao lưu trong %1 giây: %2</translation>
    </message>
    <message>
        <source>Checks a backup and copies it into a new commune file (never over an existing file).</source>
        <translation>Kiểm tra một bản sao lưu rồi chép vào một tệp dữ liệu xã mới (không bao giờ ghi đè lên tệp đã có).</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Tệp sao lưu.</translation>
    </message>
    <message>
        <source>The new commune file to write.</source>
        <translation>Tệp dữ liệu xã mới sẽ được ghi.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>backup restore needs one BACKUP and --out NEW.</source>
        <translation>Lệnh backup restore cần một BACKUP và --out NEW.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2. Choose an older backup (sohoctap-cli backup list).</source>
        <translation>Không khôi phục được bản sao lưu %1: %2. Hãy chọn một bản sao lưu cũ hơn (sohoctap-cli backup list).</translation>
    </message>
    <message>
        <source>Restored %1 (%2 villages, %3 households, %4 people) into %5 in %6 s.</source>
        <translation>Đã khôi phục %1 (%2 thôn/tổ dân phố, %3 hộ, %4 nhân khẩu) vào %5 trong %6 giây.</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>the file is missing</source>
        <translation>không tìm thấy tệp</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>không đủ bộ nhớ</translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>không mở được tệp (%1)</translation>
    </message>
    <message>
        <source>it is not a readable database (%1)</source>
        <translation>tệp không phải là cơ sở dữ liệu đọc được (%1)</translation>
    </message>
    <message>
        <source>it is not a Sổ Học Tập file</source>
        <translation>tệp không phải là tệp Sổ Học Tập</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Sổ Học Tập (data version %1)</source>
        <translation>tệp được lưu bằng phiên bản Sổ Học Tập mới hơn (phiên bản dữ liệu %1)</translation>
    </message>
    <message>
        <source>its check could not run (%1)</source>
        <translation>không chạy được việc kiểm tra tệp (%1)</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>tệp bị hỏng (%1)</translation>
    </message>
    <message>
        <source>its records cannot be read (%1)</source>
        <translation>không đọc được các bản ghi trong tệp (%1)</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Trước khi nhập</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Trước khi gộp</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>Sao lưu thủ công</translation>
    </message>
    <message>
        <source>It was cancelled; nothing was left behind.</source>
        <translation>Đã hủy; không để lại tệp dở dang nào.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be written, so no backup was taken. Choose another folder in File &gt; Backups…, or free the drive.</source>
        <translation>Không ghi được vào thư mục sao lưu %1, nên chưa sao lưu được. Hãy chọn thư mục khác trong Tệp &gt; Sao lưu…, hoặc giải phóng chỗ trống trên ổ đĩa.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written to the disk. Check the drive, or choose another folder in File &gt; Backups….</source>
        <translation>Không ghi được bản sao lưu %1 xuống ổ đĩa. Hãy kiểm tra ổ đĩa, hoặc chọn thư mục khác trong Tệp &gt; Sao lưu….</translation>
    </message>
    <message>
        <source>The backup could not be named %1. Check the backup folder, or choose another one in File &gt; Backups….</source>
        <translation>Không đặt được tên %1 cho bản sao lưu. Hãy kiểm tra thư mục sao lưu, hoặc chọn thư mục khác trong Tệp &gt; Sao lưu….</translation>
    </message>
    <message>
        <source>No commune file is open, so no backup was taken.</source>
        <translation>Chưa mở tệp dữ liệu xã nào, nên chưa sao lưu được.</translation>
    </message>
    <message>
        <source>No backup of %1 could be taken: %2. Check that the backup folder&apos;s drive has free space, or choose another folder in File &gt; Backups….</source>
        <translation>Không sao lưu được %1: %2. Hãy kiểm tra ổ đĩa chứa thư mục sao lưu còn chỗ trống, hoặc chọn thư mục khác trong Tệp &gt; Sao lưu….</translation>
    </message>
    <message>
        <source>%1 cannot be read, so no backup was taken: %2.</source>
        <translation>Không đọc được %1, nên chưa sao lưu được: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Sổ Học Tập file that can be read, so no backup was taken.</source>
        <translation>%1 không phải là tệp Sổ Học Tập đọc được, nên chưa sao lưu được.</translation>
    </message>
    <message>
        <source>the copy failed its check (%1)</source>
        <translation>bản chép không đạt khi kiểm tra (%1)</translation>
    </message>
    <message>
        <source>%1 already exists, and a restore never writes over a file. Choose another name, or move that file away first.</source>
        <translation>Đã có tệp %1, mà khôi phục không bao giờ ghi đè lên tệp đã có. Hãy chọn tên khác, hoặc chuyển tệp đó đi nơi khác trước.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2. Nothing was written; choose an older backup.</source>
        <translation>Không khôi phục được bản sao lưu %1: %2. Chưa ghi gì; hãy chọn một bản sao lưu cũ hơn.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written. Choose another place for the restored file.</source>
        <translation>Không ghi được vào thư mục %1. Hãy chọn nơi khác để lưu tệp khôi phục.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2.</source>
        <translation>Không đọc được bản sao lưu %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another place for the restored file.</source>
        <translation>Không ghi được %1: %2. Hãy chọn nơi khác để lưu tệp khôi phục.</translation>
    </message>
    <message>
        <source>The restored file %1 could not be written (%2). Check that the drive has free space; nothing was left behind.</source>
        <translation>Không ghi được tệp khôi phục %1 (%2). Hãy kiểm tra ổ đĩa còn chỗ trống; không để lại tệp dở dang nào.</translation>
    </message>
    <message>
        <source>The restored file %1 could not be written to the disk. Check the drive; nothing was left behind.</source>
        <translation>Không ghi được tệp khôi phục %1 xuống ổ đĩa. Hãy kiểm tra ổ đĩa; không để lại tệp dở dang nào.</translation>
    </message>
    <message>
        <source>The copy of the backup in %1 did not match the backup (%2); nothing was left behind. Check the drive, then try again.</source>
        <translation>Bản chép của bản sao lưu trong %1 không khớp với bản sao lưu (%2); không để lại tệp dở dang nào. Hãy kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>different record counts</source>
        <translation>số bản ghi khác nhau</translation>
    </message>
    <message>
        <source>The restored file could not be named %1. Choose another name; nothing was overwritten.</source>
        <translation>Không đặt được tên %1 cho tệp khôi phục. Hãy chọn tên khác; chưa ghi đè lên tệp nào.</translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <source>Clone catalogue %1 as version %2</source>
        <translation>Sao chép bộ tiêu chí %1 thành phiên bản %2</translation>
    </message>
    <message>
        <source>Save catalogue %1 as a new version</source>
        <translation>Lưu bộ tiêu chí %1 thành phiên bản mới</translation>
    </message>
    <message>
        <source>Delete catalogue %1 version %2</source>
        <translation>Xóa bộ tiêu chí %1, phiên bản %2</translation>
    </message>
</context>
<context>
    <name>CatalogueLibrary</name>
    <message>
        <source>The built-in criteria catalogues are missing from this build of the app.</source>
        <translation>Bản cài đặt chương trình này thiếu các bộ tiêu chí có sẵn.</translation>
    </message>
</context>
<context>
    <name>CatalogueLoader</name>
    <message>
        <source>%1: the field is missing.</source>
        <translation>%1: thiếu trường này.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true hoặc false</translation>
    </message>
    <message>
        <source>an object { … }</source>
        <translation>một đối tượng { … }</translation>
    </message>
    <message>
        <source>a list [ … ]</source>
        <translation>một danh sách [ … ]</translation>
    </message>
    <message>
        <source>%1[%2]: must be text.</source>
        <translation>%1[%2]: phải là văn bản.</translation>
    </message>
    <message>
        <source>%1: unknown field; the known fields here are: %2.</source>
        <translation>%1: trường không xác định; các trường hợp lệ ở đây là: %2.</translation>
    </message>
    <message>
        <source>%1: must be %2.</source>
        <translation>%1: phải là %2.</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;: write &quot;fact&quot; or &quot;judged&quot;.</source>
        <translation>loại không xác định &quot;%1&quot;: hãy ghi &quot;fact&quot; hoặc &quot;judged&quot;.</translation>
    </message>
    <message>
        <source>unknown wording &quot;%1&quot;: write &quot;official&quot; or &quot;provincial&quot;.</source>
        <translation>cách ghi lời văn không xác định &quot;%1&quot;: hãy ghi &quot;official&quot; hoặc &quot;provincial&quot;.</translation>
    </message>
    <message>
        <source>%1: the key must be a level number (&quot;1&quot; or &quot;2&quot;).</source>
        <translation>%1: khóa phải là số mức độ (&quot;1&quot; hoặc &quot;2&quot;).</translation>
    </message>
    <message>
        <source>%1: must be an object { … }.</source>
        <translation>%1: phải là một đối tượng { … }.</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot;: write &quot;all_indicators&quot;, &quot;points&quot; or &quot;bands&quot;.</source>
        <translation>quy tắc không xác định &quot;%1&quot;: hãy ghi &quot;all_indicators&quot;, &quot;points&quot; hoặc &quot;bands&quot;.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: không đọc được (%2).</translation>
    </message>
    <message>
        <source>%1: line %2: not valid JSON (%3).</source>
        <translation>%1: dòng %2: không phải JSON hợp lệ (%3).</translation>
    </message>
    <message>
        <source>%1: the catalogue must be one JSON object { … }.</source>
        <translation>%1: bộ tiêu chí phải là một đối tượng JSON { … }.</translation>
    </message>
    <message>
        <source>format %1 is not known to this version of the app (it reads format %2); update the app.</source>
        <translation>phiên bản chương trình này không đọc được định dạng %1 (chỉ đọc định dạng %2); hãy cập nhật chương trình.</translation>
    </message>
    <message>
        <source>unknown title &quot;%1&quot;; known titles: %2.</source>
        <translation>danh hiệu không xác định &quot;%1&quot;; các danh hiệu hợp lệ: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the title %2, which is given to a %3.</source>
        <translation>&quot;%1&quot; không khớp với danh hiệu %2, là danh hiệu dành cho %3.</translation>
    </message>
</context>
<context>
    <name>CatalogueRepository</name>
    <message>
        <source>catalogue %1 version %2 in the commune file</source>
        <translation>bộ tiêu chí %1 phiên bản %2 trong tệp của xã</translation>
    </message>
    <message>
        <source>The catalogues of the commune file cannot be read (%1).</source>
        <translation>Không đọc được các bộ tiêu chí trong tệp của xã (%1).</translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>Type a version label for the catalogue, e.g. &quot;2015.1-quang-nam.1&quot;.</source>
        <translation>Hãy nhập nhãn phiên bản cho bộ tiêu chí, ví dụ “2015.1-quang-nam.1”.</translation>
    </message>
    <message>
        <source>The version &quot;%1&quot; may hold only letters without accents, digits, dots and dashes, e.g. &quot;2015.1-quang-nam.1&quot;.</source>
        <translation>Phiên bản “%1” chỉ được gồm chữ cái không dấu, chữ số, dấu chấm và dấu gạch ngang, ví dụ “2015.1-quang-nam.1”.</translation>
    </message>
    <message>
        <source>Version %1 of %2 is built into the app: choose another label.</source>
        <translation>Phiên bản %1 của %2 có sẵn trong chương trình: hãy chọn nhãn khác.</translation>
    </message>
    <message>
        <source>Version %1 of %2 already exists in this file: choose another label.</source>
        <translation>Phiên bản %1 của %2 đã có trong tệp này: hãy chọn nhãn khác.</translation>
    </message>
    <message>
        <source>This commune file is open read-only: the catalogue cannot be cloned.</source>
        <translation>Tệp của xã đang mở ở chế độ chỉ đọc: không thể sao chép bộ tiêu chí.</translation>
    </message>
    <message>
        <source>A built-in catalogue cannot be changed: clone it first (Clone…) and edit the clone.</source>
        <translation>Không thể sửa bộ tiêu chí có sẵn: hãy sao chép trước (Sao chép…) rồi sửa bản sao.</translation>
    </message>
    <message>
        <source>Version %1 of %2 is not a clone in this file: clone a catalogue before editing it.</source>
        <translation>Phiên bản %1 của %2 không phải là bản sao trong tệp này: hãy sao chép bộ tiêu chí trước khi sửa.</translation>
    </message>
    <message>
        <source>catalogue %1 version %2</source>
        <translation>bộ tiêu chí %1 phiên bản %2</translation>
    </message>
    <message>
        <source>Version %1 of %2 is built into the app and cannot be deleted.</source>
        <translation>Phiên bản %1 của %2 có sẵn trong chương trình nên không thể xóa.</translation>
    </message>
    <message>
        <source>Version %1 of %2 is no longer in this file.</source>
        <translation>Phiên bản %1 của %2 không còn trong tệp này.</translation>
    </message>
    <message>
        <source>Version %1 of %2 is a copy of a built-in catalogue kept for old results and cannot be deleted.</source>
        <translation>Phiên bản %1 của %2 là bản lưu của một bộ tiêu chí có sẵn, được giữ lại cho các kết quả cũ nên không thể xóa.</translation>
    </message>
    <message>
        <source>Whether results use version %1 of %2 cannot be read; nothing was deleted.</source>
        <translation>Không đọc được thông tin có kết quả nào dùng phiên bản %1 của %2 hay không; chưa xóa gì.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 of %2 judged %n result(s) and is kept so they can still be explained; it cannot be deleted. To stop using it, save a newer version or limit its years.</source>
        <translation>
            <numerusform>Phiên bản %1 của %2 đã được dùng để xét %n kết quả và được giữ lại để vẫn giải thích được các kết quả đó; không thể xóa. Muốn ngừng dùng, hãy lưu một phiên bản mới hơn hoặc giới hạn số năm áp dụng.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueValidator</name>
    <message numerus="yes">
        <source>%1: and %n more problem(s).</source>
        <translation>
            <numerusform>%1: và %n lỗi khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: must be a number.</source>
        <translation>%1: phải là một số.</translation>
    </message>
    <message>
        <source>%1: the share %2 is out of range: write it between 0 and 1 (0.7 for 70%).</source>
        <translation>%1: tỉ lệ %2 nằm ngoài khoảng cho phép: hãy ghi trong khoảng 0 đến 1 (0.7 là 70%).</translation>
    </message>
    <message>
        <source>%1: the age %2 is out of range: a whole number from 0 to 120.</source>
        <translation>%1: tuổi %2 nằm ngoài khoảng cho phép: phải là số nguyên từ 0 đến 120.</translation>
    </message>
    <message>
        <source>%1: %2 is not a count: a whole number from 0 up.</source>
        <translation>%1: %2 không phải là số đếm: phải là số nguyên từ 0 trở lên.</translation>
    </message>
    <message>
        <source>%1: unknown title &quot;%2&quot;.</source>
        <translation>%1: danh hiệu không xác định &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1.min_age: the age range is empty (min_age %2 &gt; max_age %3).</source>
        <translation>%1.min_age: khoảng tuổi trống (min_age %2 &gt; max_age %3).</translation>
    </message>
    <message>
        <source>%1: the year %2 is out of range: %3 to %4, or 0 for open.</source>
        <translation>%1: năm %2 nằm ngoài khoảng cho phép: từ %3 đến %4, hoặc 0 nếu không giới hạn.</translation>
    </message>
    <message>
        <source>last_year: %1 is before first_year %2.</source>
        <translation>last_year: %1 trước first_year %2.</translation>
    </message>
    <message>
        <source>pass_rule.levels: %1 is out of range: 1 or 2.</source>
        <translation>pass_rule.levels: %1 nằm ngoài khoảng cho phép: 1 hoặc 2.</translation>
    </message>
    <message>
        <source>pass_rule.months_between_levels: %1 is out of range: 0 to %2.</source>
        <translation>pass_rule.months_between_levels: %1 nằm ngoài khoảng cho phép: từ 0 đến %2.</translation>
    </message>
    <message>
        <source>pass_rule.min_each_indicator: must not be negative.</source>
        <translation>pass_rule.min_each_indicator: không được là số âm.</translation>
    </message>
    <message>
        <source>total_points: a catalogue scored by points needs its total (e.g. 100).</source>
        <translation>total_points: bộ tiêu chí chấm theo điểm cần ghi tổng điểm (ví dụ 100).</translation>
    </message>
    <message>
        <source>pass_rule.min_total: %1 is out of range: above 0 and at most the total %2.</source>
        <translation>pass_rule.min_total: %1 nằm ngoài khoảng cho phép: phải lớn hơn 0 và không quá tổng điểm %2.</translation>
    </message>
    <message>
        <source>pass_rule.bands: a rating needs at least one band.</source>
        <translation>pass_rule.bands: cách xếp loại cần ít nhất một mức.</translation>
    </message>
    <message>
        <source>%1.name: the band needs a name (e.g. &quot;Tốt&quot;).</source>
        <translation>%1.name: mức xếp loại cần có tên (ví dụ &quot;Tốt&quot;).</translation>
    </message>
    <message>
        <source>%1.min_total: %2 is out of range: 0 to the total %3.</source>
        <translation>%1.min_total: %2 nằm ngoài khoảng cho phép: từ 0 đến tổng điểm %3.</translation>
    </message>
    <message>
        <source>%1.min_total: bands go from the highest to the lowest; %2 is not below %3.</source>
        <translation>%1.min_total: các mức xếp loại phải đi từ cao xuống thấp; %2 không thấp hơn %3.</translation>
    </message>
    <message>
        <source>%1.code: the indicator needs a code.</source>
        <translation>%1.code: chỉ tiêu cần có mã.</translation>
    </message>
    <message>
        <source>%1.text: the indicator needs its text.</source>
        <translation>%1.text: chỉ tiêu cần có nội dung.</translation>
    </message>
    <message>
        <source>%1.fact: an indicator of kind &quot;fact&quot; needs the fact&apos;s name.</source>
        <translation>%1.fact: chỉ tiêu loại &quot;fact&quot; cần có tên dữ kiện.</translation>
    </message>
    <message>
        <source>%1.fact: unknown fact &quot;%2&quot;; known facts: %3.</source>
        <translation>%1.fact: dữ kiện không xác định &quot;%2&quot;; các dữ kiện hợp lệ: %3.</translation>
    </message>
    <message>
        <source>%1.parameters.%2: the fact &quot;%3&quot; needs this parameter.</source>
        <translation>%1.parameters.%2: dữ kiện &quot;%3&quot; cần tham số này.</translation>
    </message>
    <message>
        <source>%1.points: must not be negative.</source>
        <translation>%1.points: không được là số âm.</translation>
    </message>
    <message>
        <source>%1.min_points: %2 is out of range: 0 to the indicator&apos;s points %3.</source>
        <translation>%1.min_points: %2 nằm ngoài khoảng cho phép: từ 0 đến số điểm của chỉ tiêu là %3.</translation>
    </message>
    <message>
        <source>%1.level: %2 is out of range: 0 (every level) to %3.</source>
        <translation>%1.level: %2 nằm ngoài khoảng cho phép: từ 0 (mọi mức độ) đến %3.</translation>
    </message>
    <message>
        <source>%1: level %2 is out of range: 1 to %3.</source>
        <translation>%1: mức độ %2 nằm ngoài khoảng cho phép: từ 1 đến %3.</translation>
    </message>
    <message>
        <source>code: the catalogue needs a code (e.g. &quot;learning_family.448&quot;).</source>
        <translation>code: bộ tiêu chí cần có mã (ví dụ &quot;learning_family.448&quot;).</translation>
    </message>
    <message>
        <source>version: the catalogue needs a version (e.g. &quot;2015.1&quot;).</source>
        <translation>version: bộ tiêu chí cần có phiên bản (ví dụ &quot;2015.1&quot;).</translation>
    </message>
    <message>
        <source>title_text: the title&apos;s name is missing (e.g. &quot;Gia đình học tập&quot;).</source>
        <translation>title_text: thiếu tên danh hiệu (ví dụ &quot;Gia đình học tập&quot;).</translation>
    </message>
    <message>
        <source>instrument.date: &quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>instrument.date: &quot;%1&quot; không phải là ngày: hãy ghi theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>instrument.number: the instrument&apos;s number is missing (e.g. &quot;25/2023/TT-BGDĐT&quot;).</source>
        <translation>instrument.number: thiếu số hiệu văn bản (ví dụ &quot;25/2023/TT-BGDĐT&quot;).</translation>
    </message>
    <message>
        <source>validity_months: %1 is out of range: 1 to %2.</source>
        <translation>validity_months: %1 nằm ngoài khoảng cho phép: từ 1 đến %2.</translation>
    </message>
    <message>
        <source>depends_on[%1]: unknown title &quot;%2&quot;.</source>
        <translation>depends_on[%1]: danh hiệu không xác định &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>depends_on[%1]: a title cannot depend on itself.</source>
        <translation>depends_on[%1]: một danh hiệu không thể phụ thuộc vào chính nó.</translation>
    </message>
    <message>
        <source>applies_to[%1]: empty.</source>
        <translation>applies_to[%1]: để trống.</translation>
    </message>
    <message>
        <source>criteria: the catalogue has no criteria.</source>
        <translation>criteria: bộ tiêu chí chưa có tiêu chí nào.</translation>
    </message>
    <message>
        <source>%1.code: the criterion needs a code.</source>
        <translation>%1.code: tiêu chí cần có mã.</translation>
    </message>
    <message>
        <source>%1.code: the criterion code &quot;%2&quot; is used twice.</source>
        <translation>%1.code: mã tiêu chí &quot;%2&quot; bị dùng hai lần.</translation>
    </message>
    <message>
        <source>%1.text: the criterion needs its text.</source>
        <translation>%1.text: tiêu chí cần có nội dung.</translation>
    </message>
    <message>
        <source>%1.indicators: the criterion has no indicators.</source>
        <translation>%1.indicators: tiêu chí chưa có chỉ tiêu nào.</translation>
    </message>
    <message>
        <source>%1.min_points: %2 is out of range: 0 to the criterion&apos;s points %3.</source>
        <translation>%1.min_points: %2 nằm ngoài khoảng cho phép: từ 0 đến số điểm của tiêu chí là %3.</translation>
    </message>
    <message>
        <source>%1.code: the indicator code &quot;%2&quot; is used twice (first at %3).</source>
        <translation>%1.code: mã chỉ tiêu &quot;%2&quot; bị dùng hai lần (lần đầu tại %3).</translation>
    </message>
    <message>
        <source>%1.points: the criterion declares %2 points but its indicators add up to %3.</source>
        <translation>%1.points: tiêu chí ghi %2 điểm nhưng tổng điểm các chỉ tiêu là %3.</translation>
    </message>
    <message>
        <source>total_points: the catalogue declares %1 points but its criteria add up to %2.</source>
        <translation>total_points: bộ tiêu chí ghi %1 điểm nhưng tổng điểm các tiêu chí là %2.</translation>
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
        <translation>Không có mẫu giấy công nhận nào tên là “%1”. Hãy chọn danh hiệu khác, hoặc đặt tệp mẫu %2 vào %3.</translation>
    </message>
    <message>
        <source>The certificate design %1 cannot be used: %2. Correct the file or remove it to use the built-in design.</source>
        <translation>Không dùng được mẫu giấy công nhận %1: %2. Hãy sửa lại tệp, hoặc xóa tệp đó để dùng mẫu có sẵn.</translation>
    </message>
    <message>
        <source>not valid JSON at character %1 (%2)</source>
        <translation>không phải JSON hợp lệ tại ký tự %1 (%2)</translation>
    </message>
    <message>
        <source>orientation.%1 must be &quot;landscape&quot; or &quot;portrait&quot;</source>
        <translation>orientation.%1 phải là &quot;landscape&quot; (khổ ngang) hoặc &quot;portrait&quot; (khổ dọc)</translation>
    </message>
    <message>
        <source>border.color is not a colour</source>
        <translation>border.color không phải là một màu</translation>
    </message>
    <message>
        <source>blocks is missing or empty</source>
        <translation>blocks bị thiếu hoặc để trống</translation>
    </message>
    <message>
        <source>%1: x, y, w and h must place the block inside the page (fractions from 0 to 1)</source>
        <translation>%1: x, y, w và h phải đặt khối nằm trong trang (phân số từ 0 đến 1)</translation>
    </message>
    <message>
        <source>%1.size must be between 4 and 120 points</source>
        <translation>%1.size phải từ 4 đến 120 điểm (pt)</translation>
    </message>
    <message>
        <source>%1.align must be left, center, right or justify</source>
        <translation>%1.align phải là left, center, right hoặc justify</translation>
    </message>
    <message>
        <source>%1.color is not a colour</source>
        <translation>%1.color không phải là một màu</translation>
    </message>
</context>
<context>
    <name>CertificatesSource</name>
    <message>
        <source>Recognition certificates</source>
        <translation>Giấy công nhận</translation>
    </message>
    <message>
        <source>One certificate per page for every subject recognised for a title in the year, for a village or the whole commune, on A4 or A5.</source>
        <translation>Mỗi trang một giấy công nhận cho từng đối tượng được công nhận một danh hiệu trong năm, của một thôn hoặc toàn xã, trên khổ A4 hoặc A5.</translation>
    </message>
    <message>
        <source>Certificates are printed on A4 or A5; choose one of them.</source>
        <translation>Giấy công nhận được in trên khổ A4 hoặc A5; hãy chọn một trong hai khổ.</translation>
    </message>
    <message>
        <source>Nothing of %1 was recognised as &quot;%2&quot; for %3. Record the recognition decision in View &gt; Evaluation (Ctrl+E) first, or choose another year.</source>
        <translation>%1 không có đối tượng nào được công nhận “%2” năm %3. Hãy ghi quyết định công nhận ở Xem &gt; Đánh giá, công nhận (Ctrl+E) trước, hoặc chọn năm khác.</translation>
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
    <message>
        <source>A setting has been changed since; the step cannot be undone or redone.</source>
        <translation>Một thiết lập đã bị thay đổi sau đó; không thể hoàn tác hay làm lại bước này.</translation>
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
    <message>
        <source>Years the commune has lived, comma-separated (e.g. 2024,2025): registrations, evaluation, the council&apos;s judgements and recognitions, and signers on the papers. Default: none (registers only).</source>
        <translation>Các năm xã đã hoạt động, cách nhau bằng dấu phẩy (ví dụ 2024,2025): đăng ký, đánh giá, kết quả xét của hội đồng và công nhận, cùng người ký trên văn bản. Mặc định: không có (chỉ có sổ).</translation>
    </message>
    <message>
        <source>Y,Y</source>
        <translation>Y,Y</translation>
    </message>
    <message>
        <source>--lived-years must list different years from 2000 to %1, e.g. 2024,2025.</source>
        <translation>--lived-years phải liệt kê các năm khác nhau từ 2000 đến %1, ví dụ 2024,2025.</translation>
    </message>
    <message>
        <source>Lived %1: %2 registrations, %3 met, %4 not met, %5 waiting for the council, %6 recognised.</source>
        <translation>Năm %1: %2 đăng ký, %3 đạt, %4 không đạt, %5 chờ hội đồng xét, %6 được công nhận.</translation>
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
        <translation>Cách dùng: sohoctap-cli LỆNH [tùy chọn]

Các lệnh:
  demo --out FILE [--people N] [--seed S] [--lived-years Y,Y]
                                            tạo một tệp dữ liệu xã mẫu (có các năm đã hoạt động)
  info FILE [--json]                        số hộ, số nhân khẩu theo thôn; dòng họ, đơn vị
  people FILE [--village V] [--csv]         danh sách nhân khẩu theo hộ (UTF-8)
  import FILE... --db DB [--dry-run]        nhập sổ hộ (xlsx, xls, csv)
  evaluate FILE --year Y [--title T] [--json] đánh giá các danh hiệu học tập, giải thích từng kết quả
  report list | report NAME --db DB --year Y [--village V] --out FILE.xlsx|.pdf
                                            báo cáo, danh sách, biên bản và giấy công nhận
  package export --db DB --village V... --out FILE | package merge --db DB FILE [--dry-run]
                                            gói tình nguyện viên và gộp gói
  backup list [--db FILE] | backup create --db FILE | backup restore BACKUP --out NEW
                                            sao lưu xoay vòng (Tệp &gt; Sao lưu… trong cửa sổ chương trình)
  check FILE                                kiểm tra tính toàn vẹn và phiên bản dữ liệu của tệp

Chạy &apos;sohoctap-cli LỆNH --help&apos; để xem các tùy chọn của từng lệnh.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>Number (STT)</source>
        <translation>Số thứ tự (STT)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Family and middle name</source>
        <translation>Họ và tên đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Birth date (men)</source>
        <translation>Ngày sinh (nam)</translation>
    </message>
    <message>
        <source>Birth date (women)</source>
        <translation>Ngày sinh (nữ)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Female (marked)</source>
        <translation>Nữ (đánh dấu)</translation>
    </message>
    <message>
        <source>Male (marked)</source>
        <translation>Nam (đánh dấu)</translation>
    </message>
    <message>
        <source>Citizen ID (CCCD/CMND)</source>
        <translation>Số CCCD/CMND</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>Quan hệ với chủ hộ</translation>
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
        <source>Occupation</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <source>Clan</source>
        <translation>Dòng họ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Household number</source>
        <translation>Số hộ, mã hộ</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Cư trú</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The saved column mapping is from another version of the program; choose the columns again.</source>
        <translation>Cách chọn cột đã lưu là của một phiên bản khác của chương trình; hãy chọn lại các cột.</translation>
    </message>
    <message>
        <source>The saved column mapping has no columns; choose the columns again.</source>
        <translation>Cách chọn cột đã lưu không có cột nào; hãy chọn lại các cột.</translation>
    </message>
    <message>
        <source>The saved column mapping is damaged (column %1, field &quot;%2&quot;); choose the columns again.</source>
        <translation>Cách chọn cột đã lưu bị hỏng (cột %1, mục “%2”); hãy chọn lại các cột.</translation>
    </message>
    <message>
        <source>Household identity (entry template)</source>
        <translation>Mã nhận diện hộ (mẫu nhập liệu)</translation>
    </message>
    <message>
        <source>Person identity (entry template)</source>
        <translation>Mã nhận diện nhân khẩu (mẫu nhập liệu)</translation>
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
    <name>CsvReader</name>
    <message>
        <source>Row %1, column %2 of “%3” holds more than %4 MB of text in one cell; a register cell is never that long. Check that the file is a register saved as CSV.</source>
        <translation>Dòng %1, cột %2 của “%3” có một ô chứa hơn %4 MB chữ; ô trong danh sách không bao giờ dài như vậy. Hãy kiểm tra xem tệp có đúng là danh sách được lưu dạng CSV không.</translation>
    </message>
    <message>
        <source>“%1” has more than %2 rows, the most one sheet can hold. Split the file and import the parts.</source>
        <translation>“%1” có hơn %2 dòng, vượt quá số dòng tối đa của một trang tính. Hãy chia tệp thành nhiều phần rồi nhập từng phần.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>“%1” là tệp trống: không có gì để nhập.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; a CSV file above %3 MB cannot be imported. Split it and import the parts.</source>
        <translation>“%1” có dung lượng %2 MB; không thể nhập tệp CSV lớn hơn %3 MB. Hãy chia tệp thành nhiều phần rồi nhập từng phần.</translation>
    </message>
    <message>
        <source>“%1” is not a text (CSV) file: it holds binary data. Open it in the program that made it and save it as CSV or as an Excel workbook.</source>
        <translation>“%1” không phải là tệp văn bản (CSV): tệp chứa dữ liệu nhị phân. Hãy mở tệp bằng chương trình đã tạo ra nó rồi lưu lại dạng CSV hoặc tệp Excel.</translation>
    </message>
    <message>
        <source>Could not tell how the text of “%1” is encoded (best guess: %2, %3% sure). Choose the encoding in the import preview (or --encoding on the command line) and import it again.</source>
        <translation>Không xác định được bảng mã chữ của “%1” (đoán gần đúng nhất: %2, chắc chắn %3%). Hãy chọn bảng mã ở phần xem trước khi nhập (hoặc dùng --encoding trên dòng lệnh) rồi nhập lại.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2. Check that the file exists and that you may read it.</source>
        <translation>Không đọc được “%1”: %2. Hãy kiểm tra xem tệp có tồn tại không và bạn có quyền đọc tệp không.</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Recognised</source>
        <translation>Đã công nhận</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
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
    <message>
        <source>The commune file could not be written: %1</source>
        <translation>Không ghi được tệp dữ liệu xã: %1</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>Không tạo được %1: %2</translation>
    </message>
    <message>
        <source>You may not change %1 (it is a read-only file), so it was opened read-only: you can read it but not change it. To edit it, copy it to a folder of yours and open the copy.</source>
        <translation>Bạn không có quyền sửa %1 (đây là tệp chỉ đọc), nên tệp được mở ở chế độ chỉ đọc: bạn xem được nhưng không sửa được. Muốn sửa, hãy chép tệp sang một thư mục của bạn rồi mở bản chép đó.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written (a write-protected USB stick or a shared folder), so the file was opened read-only: you can read it but not change it. To edit it, copy it to a folder of yours and open the copy.</source>
        <translation>Không ghi được vào thư mục chứa %1 (ổ USB đang bật khóa chống ghi, hoặc thư mục dùng chung), nên tệp được mở ở chế độ chỉ đọc: bạn xem được nhưng không sửa được. Muốn sửa, hãy chép tệp sang một thư mục của bạn rồi mở bản chép đó.</translation>
    </message>
    <message>
        <source>%1 is open in another copy of Sổ Học Tập (%2), so it was opened read-only: you can read it but not change it. Close the other copy, then open the file again to edit it.</source>
        <translation>%1 đang được mở trong một phiên Sổ Học Tập khác (%2), nên tệp được mở ở chế độ chỉ đọc: bạn xem được nhưng không sửa được. Hãy đóng phiên Sổ Học Tập kia, rồi mở lại tệp để sửa.</translation>
    </message>
    <message>
        <source>If Sổ Học Tập is no longer running on %1, delete %2 and open the file again.</source>
        <translation>Nếu Sổ Học Tập không còn chạy trên %1, hãy xóa %2 rồi mở lại tệp.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be made beside the file, which a change needs (so that two copies of Sổ Học Tập never write it at once); it was opened read-only. Check that you may write in its folder and that the disk is not full.</source>
        <translation>Không tạo được tệp khóa %1 bên cạnh tệp dữ liệu, mà muốn sửa thì cần tệp này (để hai phiên Sổ Học Tập không bao giờ cùng ghi vào tệp một lúc); tệp đã được mở ở chế độ chỉ đọc. Hãy kiểm tra bạn có quyền ghi trong thư mục chứa tệp và ổ đĩa chưa đầy.</translation>
    </message>
    <message>
        <source>another window of this program, since %1</source>
        <translation>một cửa sổ khác của chương trình này, từ %1</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>một người dùng khác</translation>
    </message>
    <message>
        <source>%1 on %2, since %3</source>
        <translation>%1 trên %2, từ %3</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>máy tính này</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing was changed. Restore a backup instead with Help &gt; Restore from backup… (the backups are kept in %3), or ask for help before editing it.</source>
        <translation>%1 bị hỏng (%2). Tệp chưa bị thay đổi gì. Hãy khôi phục từ bản sao lưu bằng Trợ giúp &gt; Khôi phục từ bản sao lưu… (các bản sao lưu được giữ trong %3), hoặc nhờ người hỗ trợ trước khi sửa tệp.</translation>
    </message>
    <message>
        <source>%1 was made by an older version and must be upgraded before it can be read, but it is open in another copy of Sổ Học Tập. Close the other copy, then open the file again.</source>
        <translation>%1 được tạo bằng phiên bản cũ và cần nâng cấp mới đọc được, nhưng tệp đang được mở trong một phiên Sổ Học Tập khác. Hãy đóng phiên Sổ Học Tập kia, rồi mở lại tệp.</translation>
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
    <name>DemoYear</name>
    <message>
        <source>The demo year cannot be made: catalogue %1 is missing.</source>
        <translation>Không tạo được năm mẫu: thiếu bộ tiêu chí %1.</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>The commune file could not be read: %1. Check that the file is still there and try again.</source>
        <translation>Không đọc được tệp dữ liệu xã: %1. Hãy kiểm tra tệp vẫn còn ở đó rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>DocumentSettings</name>
    <message>
        <source>The file is read-only: the document settings could not be saved. Copy the file somewhere you may write and open the copy.</source>
        <translation>Tệp chỉ đọc: không lưu được thông tin văn bản. Hãy chép tệp sang nơi có quyền ghi rồi mở bản chép đó.</translation>
    </message>
</context>
<context>
    <name>DocumentSources</name>
    <message>
        <source>Choose the title (learning family, clan, citizen, village or unit) the document is for.</source>
        <translation>Hãy chọn danh hiệu (gia đình, dòng họ, công dân, thôn hoặc đơn vị học tập) của văn bản.</translation>
    </message>
</context>
<context>
    <name>DuplicateService</name>
    <message>
        <source>in no household</source>
        <translation>không thuộc hộ nào</translation>
    </message>
    <message>
        <source>%1, household %2</source>
        <translation>%1, hộ %2</translation>
    </message>
    <message>
        <source>Choose two different people to merge.</source>
        <translation>Hãy chọn hai người khác nhau để gộp.</translation>
    </message>
    <message>
        <source>One of the two people is no longer in the file; nothing was merged.</source>
        <translation>Một trong hai người không còn trong tệp; chưa gộp gì.</translation>
    </message>
    <message>
        <source>%1 is recorded as the head of another household with members. Make someone else head of that household first, or keep that record and merge the other into it.</source>
        <translation>%1 đang được ghi là chủ của một hộ khác còn nhân khẩu. Hãy chọn người khác làm chủ hộ đó trước, hoặc giữ hồ sơ này và gộp hồ sơ kia vào.</translation>
    </message>
    <message>
        <source>Both records have the same registration, recognition or judgement for a year; remove one of them first. (%1)</source>
        <translation>Cả hai hồ sơ đều có đăng ký, công nhận hoặc kết quả đánh giá trong cùng một năm; hãy xóa một trong hai trước. (%1)</translation>
    </message>
    <message>
        <source>One of the two people is no longer in the file.</source>
        <translation>Một trong hai người không còn trong tệp.</translation>
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
    <name>EntryTemplateRepository</name>
    <message>
        <source>The village %1 is not in this commune file; choose one of its villages.</source>
        <translation>Thôn/tổ dân phố %1 không có trong tệp dữ liệu xã này; hãy chọn một thôn/tổ dân phố của xã.</translation>
    </message>
</context>
<context>
    <name>EntryTemplateWriter</name>
    <message>
        <source>%1 could not be created; choose another folder.</source>
        <translation>Không tạo được %1; hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>Correct any value; add a person on an empty row with their household&apos;s number (Số hộ); leave a row that is no longer true as it is and tell the clerk.</source>
        <translation>Sửa bất kỳ giá trị nào; thêm người mới vào một dòng trống và ghi số hộ của họ (cột Số hộ); dòng nào không còn đúng thì để nguyên và báo cho cán bộ xã.</translation>
    </message>
    <message>
        <source>Writing the entry template was cancelled; no file was written.</source>
        <translation>Đã hủy ghi mẫu nhập liệu; chưa ghi tệp nào.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2); choose another folder.</source>
        <translation>Không ghi được %1 (%2); hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>%1 could not be written; choose another folder.</source>
        <translation>Không ghi được %1; hãy chọn thư mục khác.</translation>
    </message>
</context>
<context>
    <name>EvaluateCommand</name>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>chờ hội đồng xét</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 điểm</translation>
    </message>
    <message>
        <source>Evaluates the learning titles of a year (results are stored in the file) and explains each verdict.</source>
        <translation>Đánh giá các danh hiệu học tập của một năm (kết quả được lưu vào tệp) và giải thích từng kết quả.</translation>
    </message>
    <message>
        <source>The commune file.</source>
        <translation>Tệp dữ liệu xã.</translation>
    </message>
    <message>
        <source>The year to evaluate.</source>
        <translation>Năm cần đánh giá.</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Print only this title: learning_family, learning_clan, learning_village, learning_unit, learning_citizen, learning_commune, centre_rating.</source>
        <translation>Chỉ in danh hiệu này: learning_family, learning_clan, learning_village, learning_unit, learning_citizen, learning_commune, centre_rating.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>In ra dạng JSON thay vì văn bản.</translation>
    </message>
    <message>
        <source>Try: sohoctap-cli evaluate --help</source>
        <translation>Xem hướng dẫn: sohoctap-cli evaluate --help</translation>
    </message>
    <message>
        <source>evaluate needs exactly one FILE and --year Y (e.g. --year 2025).</source>
        <translation>Lệnh evaluate cần đúng một FILE và --year Y (ví dụ --year 2025).</translation>
    </message>
    <message>
        <source>Unknown title: %1. Run &apos;sohoctap-cli evaluate --help&apos; for the list.</source>
        <translation>Không có danh hiệu này: %1. Chạy &apos;sohoctap-cli evaluate --help&apos; để xem danh sách.</translation>
    </message>
    <message>
        <source>The file is read-only: the results could not be stored. Copy it somewhere you may write and evaluate the copy.</source>
        <translation>Tệp chỉ đọc: không lưu được kết quả. Hãy chép tệp sang nơi có quyền ghi rồi đánh giá bản chép đó.</translation>
    </message>
    <message numerus="yes">
        <source>Evaluated %n subject(s) for %1 in %2 s.</source>
        <translation>
            <numerusform>Đã đánh giá %n đối tượng năm %1 trong %2 giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Lưu ý: %1</translation>
    </message>
    <message>
        <source>%1: met %2 · not met %3 · waiting for the council %4</source>
        <translation>%1: đạt %2 · không đạt %3 · chờ hội đồng xét %4</translation>
    </message>
    <message>
        <source>Changed since the last evaluation:</source>
        <translation>Thay đổi so với lần đánh giá trước:</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>The results could not be stored.</source>
        <translation>Không lưu được kết quả.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
</context>
<context>
    <name>EvaluationCommands</name>
    <message>
        <source>Judge %1 of %2 (%3)</source>
        <translation>Chấm chỉ tiêu %1 của %2 (năm %3)</translation>
    </message>
    <message>
        <source>Recognise %1 (decision %2)</source>
        <translation>Công nhận %1 (quyết định %2)</translation>
    </message>
    <message numerus="yes">
        <source>Recognise %n subject(s) (decision %1)</source>
        <translation>
            <numerusform>Công nhận %n đối tượng (quyết định %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw the recognition of %1 (%2)</source>
        <translation>Thu hồi công nhận %1 (%2)</translation>
    </message>
</context>
<context>
    <name>EvaluationRepository</name>
    <message>
        <source>The results could not be saved: %1</source>
        <translation>Không lưu được kết quả: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Đã hủy; chưa ghi gì.</translation>
    </message>
    <message>
        <source>The results could not be saved: the file is not open.</source>
        <translation>Không lưu được kết quả: tệp chưa được mở.</translation>
    </message>
    <message>
        <source>The results could not be saved: a result of %1 was given for %2.</source>
        <translation>Không lưu được kết quả: có kết quả của năm %1 được đưa vào năm %2.</translation>
    </message>
</context>
<context>
    <name>EvaluationService</name>
    <message>
        <source>No criteria catalogue could be loaded.</source>
        <translation>Không nạp được bộ tiêu chí nào.</translation>
    </message>
    <message>
        <source>Choose a year to evaluate.</source>
        <translation>Hãy chọn năm cần đánh giá.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Đã hủy; chưa ghi gì.</translation>
    </message>
    <message>
        <source>The subject could not be evaluated.</source>
        <translation>Không đánh giá được đối tượng này.</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message numerus="yes">
        <source>%n registration(s) for %1 name subjects no longer in the registers; they were skipped.</source>
        <translation>
            <numerusform>%n đăng ký xét %1 ghi đối tượng không còn trong sổ; đã bỏ qua các đăng ký này.</numerusform>
        </translation>
    </message>
    <message>
        <source>No criteria catalogue for %1 is in force in %2; those subjects were not evaluated.</source>
        <translation>Không có bộ tiêu chí %1 nào có hiệu lực năm %2; các đối tượng đó chưa được đánh giá.</translation>
    </message>
    <message>
        <source>No criteria catalogue for %1 (%2) is in force in %3; those subjects were not evaluated.</source>
        <translation>Không có bộ tiêu chí %1 (%2) nào có hiệu lực năm %3; các đối tượng đó chưa được đánh giá.</translation>
    </message>
    <message>
        <source>The subject is no longer in the registers.</source>
        <translation>Đối tượng này không còn trong sổ.</translation>
    </message>
    <message>
        <source>No criteria catalogue for %1 is in force in %2.</source>
        <translation>Không có bộ tiêu chí %1 nào có hiệu lực năm %2.</translation>
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
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Volunteer packages (*.shtpkg)</source>
        <translation>Gói tình nguyện viên (*.shtpkg)</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <source>People who need follow-up</source>
        <translation>Danh sách người cần theo dõi, giúp đỡ</translation>
    </message>
    <message>
        <source>Children out of school, adults who cannot read and everyone else the year&apos;s evaluation found against a rule, with the reason.</source>
        <translation>Trẻ em không đi học, người lớn chưa biết chữ và những người khác mà kết quả đánh giá trong năm cho thấy chưa đạt một quy định, kèm lý do.</translation>
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
        <translation>%1 không có ai cần theo dõi năm %2: không có trẻ em nào không đi học, không có người lớn nào chưa biết chữ, không có gì chưa đạt quy định trong kết quả đánh giá.</translation>
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
        <translation>Hộ của %1 không có ai được ghi là “Chủ hộ”</translation>
    </message>
    <message>
        <source>%1, its first member, becomes the head</source>
        <translation>%1, người đầu tiên của hộ, được ghi làm chủ hộ</translation>
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
    <name>ImportApplier</name>
    <message>
        <source>The commune file has no commune yet: create the commune first, then import its villages.</source>
        <translation>Tệp dữ liệu xã chưa có xã: hãy tạo xã trước, sau đó mới nhập các thôn, tổ dân phố.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Đã hủy nhập: không có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>, row %1</source>
        <translation>, dòng %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, cột %1</translation>
    </message>
    <message>
        <source>%1: %2, text %3 (confidence %4%)</source>
        <translation>%1: %2, bảng mã %3 (độ tin cậy %4%)</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>  sheet %1: skipped (%2)</source>
        <translation>  trang tính %1: bỏ qua (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>  sheet %1 → %2: header on row %3, data from row %4, %n column(s) read%5</source>
        <translation>
            <numerusform>  trang tính %1 → %2: tiêu đề ở dòng %3, dữ liệu từ dòng %4, đọc được %n cột%5</numerusform>
        </translation>
    </message>
    <message>
        <source> (the mapping remembered for this header)</source>
        <translation> (theo cách chọn cột đã nhớ cho tiêu đề này)</translation>
    </message>
    <message>
        <source>%1: no sheet with a household register was found (%2). Open it in the window to choose the header rows and columns.</source>
        <translation>%1: không tìm thấy trang tính nào có danh sách hộ, nhân khẩu (%2). Hãy mở tệp trong cửa sổ chương trình để chọn các dòng tiêu đề và các cột.</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn/TDP</translation>
    </message>
    <message>
        <source>Households +</source>
        <translation>Hộ +</translation>
    </message>
    <message>
        <source>People +</source>
        <translation>Nhân khẩu +</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (mới)</translation>
    </message>
    <message>
        <source>Problems (%1):</source>
        <translation>Vấn đề (%1):</translation>
    </message>
    <message>
        <source>  … and %1 more (--report writes them all).</source>
        <translation>  … và %1 vấn đề khác (--report ghi ra đầy đủ).</translation>
    </message>
    <message>
        <source>Possible duplicates (%1), imported as they are: review them after the import.</source>
        <translation>Có thể trùng lặp (%1), vẫn được nhập nguyên như vậy: hãy xem lại sau khi nhập.</translation>
    </message>
    <message>
        <source>Imports household registers (.xlsx, .xls, .csv) into a commune file, all or nothing. The same file imported again changes nothing; an updated copy updates what changed. Possible duplicates are reported, never merged.</source>
        <translation>Nhập danh sách hộ, nhân khẩu (.xlsx, .xls, .csv) vào tệp dữ liệu xã: nhập tất cả hoặc không nhập gì. Nhập lại cùng một tệp sẽ không thay đổi gì; bản cập nhật của tệp chỉ cập nhật những gì đã thay đổi. Những người có thể trùng lặp chỉ được báo ra, không bao giờ tự gộp.</translation>
    </message>
    <message>
        <source>Register files to import.</source>
        <translation>Các tệp danh sách cần nhập.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>The commune file (created when it does not exist).</source>
        <translation>Tệp dữ liệu xã (sẽ được tạo nếu chưa có).</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>The commune&apos;s name, to create DB.</source>
        <translation>Tên xã, dùng khi tạo DB.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Show what would be imported; write nothing.</source>
        <translation>Chỉ xem những gì sẽ được nhập; không ghi gì.</translation>
    </message>
    <message>
        <source>Text encoding of legacy files: auto (default), utf8, cp1258, tcvn3, vni.</source>
        <translation>Bảng mã chữ của các tệp cũ: auto (mặc định), utf8, cp1258, tcvn3, vni.</translation>
    </message>
    <message>
        <source>ENC</source>
        <translation>ENC</translation>
    </message>
    <message>
        <source>Write the dry-run report (.xlsx) to OUT.</source>
        <translation>Ghi báo cáo chạy thử (.xlsx) ra OUT.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Do not ask before importing.</source>
        <translation>Không hỏi lại trước khi nhập.</translation>
    </message>
    <message>
        <source>Try: sohoctap-cli import --help</source>
        <translation>Xem hướng dẫn: sohoctap-cli import --help</translation>
    </message>
    <message>
        <source>import needs at least one FILE and --db DB.</source>
        <translation>Lệnh import cần ít nhất một FILE và --db DB.</translation>
    </message>
    <message>
        <source>Unknown encoding %1: use auto, utf8, cp1258, tcvn3 or vni.</source>
        <translation>Không có bảng mã %1: hãy dùng auto, utf8, cp1258, tcvn3 hoặc vni.</translation>
    </message>
    <message>
        <source>%1 does not exist. Give --commune NAME to create it for that commune.</source>
        <translation>Không có tệp %1. Hãy thêm --commune NAME để tạo tệp cho xã đó.</translation>
    </message>
    <message>
        <source>%1 may not be written (read-only file or folder); nothing was imported.</source>
        <translation>Không ghi được vào %1 (tệp hoặc thư mục chỉ đọc); chưa nhập gì.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Chưa nhập gì.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Đã ghi báo cáo vào %1.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Chạy thử: chưa ghi gì.</translation>
    </message>
    <message>
        <source>Nothing to import: everything is already in the commune file.</source>
        <translation>Không có gì để nhập: mọi dữ liệu đã có trong tệp dữ liệu xã.</translation>
    </message>
    <message>
        <source>Import now? [y/N] </source>
        <translation>Nhập ngay bây giờ? [c/K] </translation>
    </message>
    <message>
        <source>The commune file has no commune yet: give --commune NAME.</source>
        <translation>Tệp dữ liệu xã chưa có xã: hãy thêm --commune NAME.</translation>
    </message>
    <message>
        <source>Imported into %1: %2 new villages, %3 households and %4 people added, %5 people updated (%6 s).</source>
        <translation>Đã nhập vào %1: %2 thôn/tổ dân phố mới, thêm %3 hộ và %4 nhân khẩu, cập nhật %5 nhân khẩu (%6 giây).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>Backup taken: %1</source>
        <translation>Đã sao lưu: %1</translation>
    </message>
    <message>
        <source>the import of %1</source>
        <translation>việc nhập %1</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Gộp %1 vào %2</translation>
    </message>
    <message>
        <source>Import the register</source>
        <translation>Nhập danh sách hộ, nhân khẩu</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Nhập %1</translation>
    </message>
    <message>
        <source>The import was not started. %1</source>
        <translation>Chưa bắt đầu nhập. %1</translation>
    </message>
    <message>
        <source>the import of the register</source>
        <translation>việc nhập danh sách hộ, nhân khẩu</translation>
    </message>
    <message>
        <source>the import of %1</source>
        <translation>việc nhập %1</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message numerus="yes">
        <source>%n village(s) (%1 new), </source>
        <translation>
            <numerusform>%n thôn/tổ dân phố (%1 mới), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) to add, %1 already in the file; </source>
        <translation>
            <numerusform>%n hộ cần thêm, %1 hộ đã có trong tệp; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) to add, %1 to update, %2 unchanged; </source>
        <translation>
            <numerusform>%n nhân khẩu cần thêm, %1 cần cập nhật, %2 không đổi; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new clan(s); </source>
        <translation>
            <numerusform>%n dòng họ mới; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), %1 possible duplicate(s).</source>
        <translation>
            <numerusform>%n vấn đề, %1 trường hợp có thể trùng lặp.</numerusform>
        </translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>trùng họ tên và ngày sinh</translation>
    </message>
    <message>
        <source>same ID and name</source>
        <translation>trùng số CCCD/CMND và họ tên</translation>
    </message>
    <message>
        <source>one ID, two different names</source>
        <translation>một số CCCD/CMND, hai họ tên khác nhau</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>, row %1</source>
        <translation>, dòng %1</translation>
    </message>
    <message>
        <source>Household code %1 is used twice in this village.</source>
        <translation>Mã hộ %1 được dùng hai lần trong thôn/tổ dân phố này.</translation>
    </message>
    <message>
        <source>This household gets the code %1.</source>
        <translation>Hộ này được đặt mã %1.</translation>
    </message>
    <message>
        <source>%1 is a second head of the household.</source>
        <translation>%1 là chủ hộ thứ hai của hộ.</translation>
    </message>
    <message>
        <source>Recorded as another relative; correct it after the import.</source>
        <translation>Được ghi là người thân khác; hãy sửa lại sau khi nhập.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Số CCCD/CMND</translation>
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
        <source>Occupation</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Cư trú</translation>
    </message>
    <message>
        <source>already in the commune file, in no household</source>
        <translation>đã có trong tệp dữ liệu xã, không thuộc hộ nào</translation>
    </message>
    <message>
        <source>already in the commune file: %1, household %2</source>
        <translation>đã có trong tệp dữ liệu xã: %1, hộ %2</translation>
    </message>
    <message>
        <source>%1 has the ID %2, like another person (%3).</source>
        <translation>%1 có số CCCD/CMND %2, trùng với một người khác (%3).</translation>
    </message>
    <message>
        <source>Both are imported with the ID; check which one is right.</source>
        <translation>Cả hai người đều được nhập kèm số này; hãy kiểm tra xem số của ai mới đúng.</translation>
    </message>
    <message>
        <source>%1 may be the same person as %2 (%3).</source>
        <translation>%1 có thể là cùng một người với %2 (%3).</translation>
    </message>
    <message>
        <source>Imported; review the pair after the import (merge or keep apart).</source>
        <translation>Đã nhập; hãy xem lại cặp này sau khi nhập (gộp hoặc giữ riêng).</translation>
    </message>
    <message>
        <source>This entry template was written from another commune file.</source>
        <translation>Mẫu nhập liệu này được tạo từ một tệp dữ liệu xã khác.</translation>
    </message>
    <message>
        <source>Its rows are matched by household number, name and birth date, like any register.</source>
        <translation>Các dòng được đối chiếu theo số hộ, họ tên và ngày sinh như mọi danh sách khác.</translation>
    </message>
    <message>
        <source>The village this entry template was written for (%1) is no longer in the commune file.</source>
        <translation>Thôn/tổ dân phố của mẫu nhập liệu này (%1) không còn trong tệp dữ liệu xã.</translation>
    </message>
    <message>
        <source>The village is found by its name, or created.</source>
        <translation>Thôn/tổ dân phố được tìm theo tên; nếu chưa có thì được tạo mới.</translation>
    </message>
    <message>
        <source>The household of %1 is not in the commune file (deleted since the entry template was written?).</source>
        <translation>Hộ của %1 không có trong tệp dữ liệu xã (đã bị xóa sau khi tạo mẫu nhập liệu?).</translation>
    </message>
    <message>
        <source>Matched by its number and head like a register&apos;s household.</source>
        <translation>Được đối chiếu theo số hộ và chủ hộ như hộ trong danh sách thông thường.</translation>
    </message>
    <message>
        <source>%1 is not in the commune file (deleted since the entry template was written?).</source>
        <translation>%1 không có trong tệp dữ liệu xã (đã bị xóa sau khi tạo mẫu nhập liệu?).</translation>
    </message>
    <message>
        <source>Row not imported; add the person by hand if they belong here.</source>
        <translation>Dòng này không được nhập; nếu người này thuộc về đây, hãy thêm bằng tay.</translation>
    </message>
    <message>
        <source>%1 has the identity of another row (a copied row?).</source>
        <translation>%1 có mã nhận diện trùng với một dòng khác (dòng bị sao chép?).</translation>
    </message>
    <message>
        <source>Imported as a new person.</source>
        <translation>Được nhập như một người mới.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
</context>
<context>
    <name>ImportReportWriter</name>
    <message>
        <source>add</source>
        <translation>thêm</translation>
    </message>
    <message>
        <source>update</source>
        <translation>cập nhật</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>The report %1 could not be created; check that the folder exists and may be written.</source>
        <translation>Không tạo được báo cáo %1; hãy kiểm tra thư mục có tồn tại và ghi được không.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Import dry run: nothing has been written yet</source>
        <translation>Chạy thử nhập dữ liệu: chưa ghi gì vào tệp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn/TDP</translation>
    </message>
    <message>
        <source>New village</source>
        <translation>Thôn/TDP mới</translation>
    </message>
    <message>
        <source>Households to add</source>
        <translation>Số hộ cần thêm</translation>
    </message>
    <message>
        <source>Households already in the file</source>
        <translation>Số hộ đã có trong tệp</translation>
    </message>
    <message>
        <source>People to add</source>
        <translation>Số nhân khẩu cần thêm</translation>
    </message>
    <message>
        <source>People to update</source>
        <translation>Số nhân khẩu cần cập nhật</translation>
    </message>
    <message>
        <source>People unchanged</source>
        <translation>Số nhân khẩu không đổi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Cách xử lý khi nhập</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Vị trí khác</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Trùng lặp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Số CCCD/CMND</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>Trong danh sách nhập</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Trùng với</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>From the register</source>
        <translation>Theo danh sách nhập</translation>
    </message>
    <message>
        <source>The report %1 could not be written: %2</source>
        <translation>Không ghi được báo cáo %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportRepository</name>
    <message>
        <source>The column mapping could not be remembered: %1</source>
        <translation>Không lưu được cách chọn cột: %1</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>Không lưu được lựa chọn: %1</translation>
    </message>
</context>
<context>
    <name>JudgementService</name>
    <message>
        <source>Evaluate %1 first: the council judges subjects that have a result.</source>
        <translation>Hãy đánh giá năm %1 trước: hội đồng chỉ chấm những đối tượng đã có kết quả.</translation>
    </message>
    <message>
        <source>The criteria catalogue of this result is no longer available; evaluate the year again.</source>
        <translation>Bộ tiêu chí của kết quả này không còn nữa; hãy đánh giá lại năm đó.</translation>
    </message>
    <message>
        <source>The criteria catalogue %1 has no indicator %2.</source>
        <translation>Bộ tiêu chí %1 không có chỉ tiêu %2.</translation>
    </message>
    <message>
        <source>Indicator %1 is scored from 0 to %2 points.</source>
        <translation>Chỉ tiêu %1 được chấm từ 0 đến %2 điểm.</translation>
    </message>
    <message>
        <source>Indicator %1 is met or not met; it takes no points.</source>
        <translation>Chỉ tiêu %1 chỉ xét đạt hoặc không đạt, không tính điểm.</translation>
    </message>
</context>
<context>
    <name>LayoutDetector</name>
    <message>
        <source>sheet &quot;%1&quot; is a summary, not a village</source>
        <translation>trang tính “%1” là bảng tổng hợp, không phải danh sách của một thôn</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; holds counts (%2 COUNT/SUM formulas), not people</source>
        <translation>trang tính “%1” chứa số liệu thống kê (%2 công thức COUNT/SUM), không phải danh sách người</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>dòng trống</translation>
    </message>
    <message>
        <source>column-number row</source>
        <translation>dòng đánh số thứ tự cột</translation>
    </message>
    <message>
        <source>header repeated (page break)</source>
        <translation>tiêu đề lặp lại (sang trang mới)</translation>
    </message>
    <message>
        <source>total row</source>
        <translation>dòng tổng cộng</translation>
    </message>
    <message>
        <source>signature block</source>
        <translation>phần ký tên</translation>
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
    <name>ListFrame</name>
    <message>
        <source>The village chosen for the report is not in this commune file. Choose another village or the whole commune.</source>
        <translation>Thôn/tổ dân phố đã chọn cho báo cáo không có trong tệp dữ liệu xã này. Hãy chọn thôn khác hoặc toàn xã.</translation>
    </message>
</context>
<context>
    <name>ListReportRepository</name>
    <message>
        <source>The commune file could not be read: %1. Check that the file is still there and try again.</source>
        <translation>Không đọc được tệp dữ liệu xã: %1. Hãy kiểm tra tệp vẫn còn ở đó rồi thử lại.</translation>
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
    <name>MergeApplier</name>
    <message numerus="yes">
        <source>%n conflict(s) still need a decision. Decide each one (keep this file&apos;s value or take the package&apos;s), then merge.</source>
        <translation>
            <numerusform>Còn %n xung đột cần quyết định. Hãy quyết định từng xung đột (giữ giá trị của tệp này hoặc lấy giá trị của gói), rồi gộp.</numerusform>
        </translation>
    </message>
    <message>
        <source>The merge was cancelled; nothing was changed.</source>
        <translation>Đã hủy gộp; chưa có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>MergeCommands</name>
    <message>
        <source>Merge package of %1</source>
        <translation>Gộp gói của %1</translation>
    </message>
    <message>
        <source>The merge was not started. %1</source>
        <translation>Chưa bắt đầu gộp. %1</translation>
    </message>
    <message>
        <source>the merge of the package of %1</source>
        <translation>việc gộp gói của %1</translation>
    </message>
</context>
<context>
    <name>MergeDescriber</name>
    <message>
        <source>household %1</source>
        <translation>hộ %1</translation>
    </message>
    <message>
        <source>%1 in household %2</source>
        <translation>%1 trong hộ %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 dự %2</translation>
    </message>
    <message>
        <source>course %1</source>
        <translation>chuyên đề %1</translation>
    </message>
    <message>
        <source>session of %1</source>
        <translation>buổi học %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 năm %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 %3: %4</source>
        <translation>%1 của %2 năm %3: %4</translation>
    </message>
    <message>
        <source>Learning centre</source>
        <translation>Trung tâm học tập cộng đồng</translation>
    </message>
    <message>
        <source>a session</source>
        <translation>một buổi học</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>household %1 (%2)</source>
        <translation>hộ %1 (%2)</translation>
    </message>
    <message>
        <source>the learning centre</source>
        <translation>trung tâm học tập cộng đồng</translation>
    </message>
</context>
<context>
    <name>MinutesSource</name>
    <message>
        <source>Minutes of the recognition meeting</source>
        <translation>Biên bản họp xét công nhận</translation>
    </message>
    <message>
        <source>The minutes of the meeting that examines a title for one village: every subject evaluated with its result, points and reasons, ready to sign.</source>
        <translation>Biên bản cuộc họp xét một danh hiệu của một thôn: mọi đối tượng đã được đánh giá, kèm kết quả, điểm và lý do, sẵn sàng để ký.</translation>
    </message>
    <message>
        <source>Choose the village whose meeting the minutes record.</source>
        <translation>Hãy chọn thôn/tổ dân phố có cuộc họp cần ghi biên bản.</translation>
    </message>
    <message>
        <source>Nothing of %1 was evaluated for &quot;%2&quot; in %3. Register the subjects and evaluate the year in View &gt; Evaluation (Ctrl+E) first.</source>
        <translation>%1 không có đối tượng nào được đánh giá “%2” năm %3. Hãy đăng ký các đối tượng và đánh giá năm đó ở Xem &gt; Đánh giá, công nhận (Ctrl+E) trước.</translation>
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
    <name>OperationMarker</name>
    <message>
        <source>%1 (started %2) was interrupted after it was saved; its changes are in the file. Check them before doing it again.</source>
        <translation>%1 (bắt đầu lúc %2) bị gián đoạn sau khi đã lưu; các thay đổi của thao tác này đã có trong tệp. Hãy kiểm tra lại trước khi làm lại.</translation>
    </message>
    <message>
        <source>%1 (started %2) was not completed; nothing was changed. You can start it again.</source>
        <translation>%1 (bắt đầu lúc %2) chưa hoàn tất; tệp chưa bị thay đổi gì. Bạn có thể làm lại từ đầu.</translation>
    </message>
    <message>
        <source>the last long action</source>
        <translation>thao tác dài gần nhất</translation>
    </message>
</context>
<context>
    <name>PackageCommand</name>
    <message>
        <source>deleted here, edited in the package</source>
        <translation>đã xóa ở tệp này, được sửa trong gói</translation>
    </message>
    <message>
        <source>edited here, deleted in the package</source>
        <translation>đã sửa ở tệp này, bị xóa trong gói</translation>
    </message>
    <message>
        <source>added in the package, already here</source>
        <translation>được thêm trong gói, đã có ở tệp này</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>bị sửa ở cả hai bên</translation>
    </message>
    <message>
        <source>This package was merged before: nothing to do.</source>
        <translation>Gói này đã được gộp trước đây: không có gì để làm.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 changed, %4 deleted, %5 conflicts</source>
        <translation>%1: thêm %2, sửa %3, xóa %4, %5 xung đột</translation>
    </message>
    <message>
        <source>(no village)</source>
        <translation>(không thuộc thôn nào)</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>Không gộp: %1</translation>
    </message>
    <message>
        <source>Conflict (%1): %2, %3</source>
        <translation>Xung đột (%1): %2, %3</translation>
    </message>
    <message>
        <source>here %1 | package %2 | before %3</source>
        <translation>tệp này %1 | gói %2 | bản gốc khi xuất %3</translation>
    </message>
    <message>
        <source>The clerk&apos;s commune file.</source>
        <translation>Tệp dữ liệu xã do cán bộ xã giữ.</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>Try: sohoctap-cli package %1 --help</source>
        <translation>Xem hướng dẫn: sohoctap-cli package %1 --help</translation>
    </message>
    <message>
        <source>There is no village %1 in this file. Use its name as shown by `sohoctap-cli info`, or its uuid.</source>
        <translation>Không có thôn/tổ dân phố %1 trong tệp này. Hãy dùng tên như lệnh `sohoctap-cli info` hiển thị, hoặc uuid của thôn.</translation>
    </message>
    <message>
        <source>Writes the Excel entry template of one village for volunteers without the app.</source>
        <translation>Ghi mẫu nhập liệu Excel của một thôn/tổ dân phố cho tình nguyện viên không dùng ứng dụng.</translation>
    </message>
    <message>
        <source>Writes a volunteer package: the villages&apos; registers and the base the merge compares with. People of other villages never go in.</source>
        <translation>Ghi một gói tình nguyện viên: sổ của các thôn/tổ dân phố đã chọn và bản gốc để đối chiếu khi gộp. Nhân khẩu của thôn khác không bao giờ được đưa vào.</translation>
    </message>
    <message>
        <source>A village (name or uuid); repeat for more.</source>
        <translation>Một thôn/tổ dân phố (tên hoặc uuid); lặp lại tùy chọn này để thêm thôn khác.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Tệp cần ghi.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>package %1 needs --db DB, --village V and --out FILE.</source>
        <translation>Lệnh package %1 cần --db DB, --village V và --out FILE.</translation>
    </message>
    <message>
        <source>Entry template written to %1.</source>
        <translation>Đã ghi mẫu nhập liệu vào %1.</translation>
    </message>
    <message>
        <source>Package %1 written to %2: %3.</source>
        <translation>Đã ghi gói %1 vào %2: %3.</translation>
    </message>
    <message>
        <source>Merges a volunteer package back into the clerk&apos;s file: every change that does not conflict is applied in one transaction, audited with the source merge:&lt;package uuid&gt;. When any change conflicts (the same field changed on both sides, deleted on one side and edited on the other, the same new person) NOTHING is applied: the conflicts are listed and the exit code is 5; decide them in the app (File &gt; Merge package). Merging the same package twice changes nothing.
Exit codes: 0 merged or nothing to do, 1 usage, 2 cannot open DB, 4 refused or failed, 5 conflicts need a decision.</source>
        <translation>Gộp gói do tình nguyện viên gửi lại vào tệp của xã: mọi thay đổi không xung đột được áp dụng trong một giao dịch duy nhất, ghi nhật ký với nguồn merge:&lt;package uuid&gt;. Khi có thay đổi xung đột (cùng một thông tin bị sửa ở cả hai bên, bị xóa ở bên này nhưng được sửa ở bên kia, cùng một người mới được thêm) thì KHÔNG áp dụng gì cả: các xung đột được liệt kê và mã thoát là 5; hãy quyết định trong ứng dụng (Tệp &gt; Gộp gói tình nguyện viên). Gộp cùng một gói hai lần không thay đổi gì.
Mã thoát: 0 đã gộp hoặc không có gì để gộp, 1 dùng lệnh sai, 2 không mở được DB, 4 bị từ chối hoặc thất bại, 5 có xung đột cần quyết định.</translation>
    </message>
    <message>
        <source>The package sent back.</source>
        <translation>Gói do tình nguyện viên gửi lại.</translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation>Chỉ hiện những gì sẽ thay đổi; không ghi gì.</translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation>In kế hoạch gộp ra dạng JSON.</translation>
    </message>
    <message>
        <source>package merge needs --db DB and one FILE.</source>
        <translation>Lệnh package merge cần --db DB và một tệp FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n change(s).</source>
        <translation>
            <numerusform>Đã gộp %n thay đổi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was merged: %n conflict(s) need a decision in the app.</source>
        <translation>
            <numerusform>Chưa gộp gì: %n xung đột cần được quyết định trong ứng dụng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage:
  sohoctap-cli package export --db DB --village V... --out FILE
  sohoctap-cli package merge --db DB FILE [--dry-run] [--json]
  sohoctap-cli package template --db DB --village V --out FILE.xlsx
Add --help after a subcommand for its options and exit codes.
</source>
        <translation>Cách dùng:
  sohoctap-cli package export --db DB --village V... --out FILE
  sohoctap-cli package merge --db DB FILE [--dry-run] [--json]
  sohoctap-cli package template --db DB --village V --out FILE.xlsx
Thêm --help sau lệnh con để xem các tùy chọn và mã thoát của lệnh đó.
</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <translation>Chưa gộp gì.</translation>
    </message>
    <message>
        <source>the merge of the package of %1</source>
        <translation>việc gộp gói của %1</translation>
    </message>
</context>
<context>
    <name>PackageExporter</name>
    <message>
        <source>Choose at least one village for the package.</source>
        <translation>Hãy chọn ít nhất một thôn/tổ dân phố cho gói.</translation>
    </message>
    <message>
        <source>This file is itself a volunteer package. Export packages from the clerk&apos;s commune file.</source>
        <translation>Tệp này chính là một gói tình nguyện viên. Hãy xuất gói từ tệp dữ liệu xã của cán bộ xã.</translation>
    </message>
    <message>
        <source>The file has no commune yet. Create the commune and its villages first.</source>
        <translation>Tệp chưa có dữ liệu xã. Hãy tạo xã và các thôn/tổ dân phố trước.</translation>
    </message>
    <message>
        <source>The village %1 is not in this commune file.</source>
        <translation>Thôn/tổ dân phố %1 không có trong tệp dữ liệu xã này.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Đã hủy xuất gói; chưa ghi tệp nào.</translation>
    </message>
    <message>
        <source>The package could not be created at %1: %2</source>
        <translation>Không tạo được gói tại %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists and could not be replaced. Choose another name.</source>
        <translation>%1 đã tồn tại và không thay thế được. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>The package could not be saved as %1. Check the folder and try again.</source>
        <translation>Không lưu được gói thành %1. Hãy kiểm tra thư mục rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>PackageInfo</name>
    <message>
        <source>Volunteer package: %1 (%2), made on %3</source>
        <translation>Gói tình nguyện viên: %1 (%2), tạo ngày %3</translation>
    </message>
</context>
<context>
    <name>PackageMerger</name>
    <message>
        <source>%1 was not found. Choose the package the volunteer sent back.</source>
        <translation>Không tìm thấy %1. Hãy chọn gói mà tình nguyện viên đã gửi lại.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2</source>
        <translation>Không gộp được %1: %2</translation>
    </message>
    <message>
        <source>%1 is a commune file, not a volunteer package: there is nothing to merge. Open it with File &gt; Open, or choose the package the volunteer sent back.</source>
        <translation>%1 là tệp dữ liệu xã, không phải gói tình nguyện viên: không có gì để gộp. Hãy mở tệp bằng Tệp &gt; Mở, hoặc chọn gói mà tình nguyện viên đã gửi lại.</translation>
    </message>
    <message>
        <source>The open file is a volunteer package. Merge packages into the clerk&apos;s commune file.</source>
        <translation>Tệp đang mở là một gói tình nguyện viên. Hãy gộp gói vào tệp dữ liệu xã của cán bộ xã.</translation>
    </message>
    <message>
        <source>%1 was made from the file of %2, not from this commune&apos;s file. Merge it into the file it was exported from.</source>
        <translation>%1 được tạo từ tệp của %2, không phải từ tệp của xã này. Hãy gộp gói vào đúng tệp đã xuất ra gói.</translation>
    </message>
    <message>
        <source>%1 was not exported from this file, or its record of what was exported was changed afterwards (the signature does not match). Nothing was merged. Merge it into the file it was exported from, or export a new package.</source>
        <translation>%1 không được xuất từ tệp này, hoặc thông tin về những gì đã xuất đã bị sửa sau đó (chữ ký không khớp). Chưa gộp gì. Hãy gộp gói vào đúng tệp đã xuất ra gói, hoặc xuất một gói mới.</translation>
    </message>
    <message>
        <source>The merge was cancelled; nothing was changed.</source>
        <translation>Đã hủy gộp; chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>This commune file is older than %1: some of its records are at an earlier revision than when the package was exported (was the file restored from a backup?). Nothing was merged. Open the file the package was exported from, then merge again.</source>
        <translation>Tệp dữ liệu xã này cũ hơn %1: một số bản ghi trong tệp ở phiên bản sớm hơn lúc xuất gói (tệp đã được khôi phục từ bản sao lưu?). Chưa gộp gì. Hãy mở tệp đã xuất ra gói rồi gộp lại.</translation>
    </message>
    <message numerus="yes">
        <source>The package changed %n row(s) of %1: these are not merged. Make the same changes in this file if they are needed.</source>
        <translation>
            <numerusform>Gói đã thay đổi %n bản ghi trong %1: những thay đổi này không được gộp. Nếu cần, hãy tự sửa tương tự trong tệp này.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageRepository</name>
    <message>
        <source>The package file could not be opened for writing: %1</source>
        <translation>Không mở được tệp gói để ghi: %1</translation>
    </message>
    <message>
        <source>The package could not be written: %1</source>
        <translation>Không ghi được gói: %1</translation>
    </message>
    <message>
        <source>The rows of %1 could not be read: %2</source>
        <translation>Không đọc được các bản ghi của %1: %2</translation>
    </message>
    <message>
        <source>The package&apos;s base could not be written: %1</source>
        <translation>Không ghi được bản gốc khi xuất của gói: %1</translation>
    </message>
    <message>
        <source>The package&apos;s base could not be read: %1</source>
        <translation>Không đọc được bản gốc khi xuất của gói: %1</translation>
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
    <name>PdfReportWriter</name>
    <message>
        <source>Printing and PDF need the graphical part of the application. Save the report as .xlsx, or print it from the Reports page of the app.</source>
        <translation>In và lưu PDF cần phần giao diện đồ họa của chương trình. Hãy lưu báo cáo thành tệp .xlsx, hoặc in từ trang Báo cáo của chương trình.</translation>
    </message>
    <message>
        <source>The font for printed papers could not be loaded from the application&apos;s resources. Reinstall the application.</source>
        <translation>Không tải được phông chữ để in văn bản từ tài nguyên của chương trình. Hãy cài đặt lại chương trình.</translation>
    </message>
    <message>
        <source>The printer does not accept an %1 page with these margins. Choose another printer or paper size.</source>
        <translation>Máy in không nhận trang khổ %1 với lề như thế này. Hãy chọn máy in hoặc khổ giấy khác.</translation>
    </message>
    <message>
        <source>Printing could not start. Check that the printer is ready, or save as PDF instead.</source>
        <translation>Không bắt đầu in được. Hãy kiểm tra máy in đã sẵn sàng chưa, hoặc lưu PDF thay vì in.</translation>
    </message>
    <message>
        <source>The rows of the report could not be read from the commune file. Build the report again.</source>
        <translation>Không đọc được các dòng của báo cáo từ tệp dữ liệu xã. Hãy lập lại báo cáo.</translation>
    </message>
    <message>
        <source>The printer refused a new page. Check the printer and print again.</source>
        <translation>Máy in từ chối sang trang mới. Hãy kiểm tra máy in rồi in lại.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Không ghi được %1: %2. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free space and try again.</source>
        <translation>Không ghi được %1: %2. Hãy kiểm tra dung lượng trống rồi thử lại.</translation>
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
    <name>RecognisedCitizensList</name>
    <message>
        <source>Citizens recognised as learning citizens</source>
        <translation>Danh sách công dân được công nhận Công dân học tập</translation>
    </message>
    <message>
        <source>The citizens recognised &quot;Công dân học tập&quot; in the year, with their village and the decision number.</source>
        <translation>Các công dân được công nhận “Công dân học tập” trong năm, kèm thôn và số quyết định.</translation>
    </message>
    <message>
        <source>No citizen of %1 was recognised as a learning citizen for %2. Record the recognition decision in View &gt; Evaluation (Ctrl+E) first, or choose another year.</source>
        <translation>%1 không có công dân nào được công nhận Công dân học tập năm %2. Hãy ghi quyết định công nhận ở Xem &gt; Đánh giá, công nhận (Ctrl+E) trước, hoặc chọn năm khác.</translation>
    </message>
</context>
<context>
    <name>RecognisedHouseholdsList</name>
    <message>
        <source>Households recognised as learning families</source>
        <translation>Danh sách hộ được công nhận Gia đình học tập</translation>
    </message>
    <message>
        <source>The households recognised &quot;Gia đình học tập&quot; in the year, with the decision number and date, per village.</source>
        <translation>Các hộ được công nhận “Gia đình học tập” trong năm, kèm số và ngày quyết định, theo từng thôn.</translation>
    </message>
    <message>
        <source>No household of %1 was recognised as a learning family for %2. Record the recognition decision in View &gt; Evaluation (Ctrl+E) first, or choose another year.</source>
        <translation>%1 không có hộ nào được công nhận Gia đình học tập năm %2. Hãy ghi quyết định công nhận ở Xem &gt; Đánh giá, công nhận (Ctrl+E) trước, hoặc chọn năm khác.</translation>
    </message>
</context>
<context>
    <name>RecognitionService</name>
    <message>
        <source>Choose the subjects to recognise.</source>
        <translation>Hãy chọn các đối tượng cần công nhận.</translation>
    </message>
    <message>
        <source>Type the number of the recognition decision.</source>
        <translation>Hãy nhập số quyết định công nhận.</translation>
    </message>
    <message>
        <source>Enter the date of the recognition decision.</source>
        <translation>Hãy nhập ngày của quyết định công nhận.</translation>
    </message>
    <message>
        <source>A recognition for %1 cannot be decided before the year has begun (%2).</source>
        <translation>Không thể ra quyết định công nhận cho năm %1 trước khi năm đó bắt đầu (%2).</translation>
    </message>
    <message>
        <source>%1 has no result for %2: evaluate the year first.</source>
        <translation>%1 chưa có kết quả năm %2: hãy đánh giá năm đó trước.</translation>
    </message>
    <message>
        <source>%1 does not meet the criteria for %2 (%3); only subjects that meet them can be recognised.</source>
        <translation>%1 không đạt tiêu chí năm %2 (%3); chỉ công nhận được những đối tượng đạt.</translation>
    </message>
    <message>
        <source>There is no recognition for %1 to withdraw.</source>
        <translation>Năm %1 không có công nhận nào để thu hồi.</translation>
    </message>
</context>
<context>
    <name>RegisterList</name>
    <message>
        <source>Register of households and people</source>
        <translation>Sổ hộ và nhân khẩu</translation>
    </message>
    <message>
        <source>Every household of a village (or of the whole commune, village by village) with its members, in the order of the head&apos;s given name.</source>
        <translation>Mọi hộ của một thôn (hoặc của toàn xã, lần lượt từng thôn) cùng các nhân khẩu, xếp theo tên của chủ hộ.</translation>
    </message>
    <message>
        <source>%1 has no household with living members to list. Add households (Ctrl+Shift+N) or import the register (Ctrl+I) first.</source>
        <translation>%1 không có hộ nào còn nhân khẩu để liệt kê. Hãy thêm hộ (Ctrl+Shift+N) hoặc nhập sổ hộ (Ctrl+I) trước.</translation>
    </message>
</context>
<context>
    <name>RegisterParser</name>
    <message>
        <source>Row %1 skipped: %2</source>
        <translation>Bỏ qua dòng %1: %2</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>không nhập</translation>
    </message>
    <message>
        <source>Residence &quot;%1&quot; is not known</source>
        <translation>Không nhận ra tình trạng cư trú “%1”</translation>
    </message>
    <message>
        <source>recorded as permanent; the text is kept in the notes</source>
        <translation>ghi là thường trú; nội dung gốc được giữ trong ghi chú</translation>
    </message>
    <message>
        <source>Residence as written: %1</source>
        <translation>Cư trú (ghi theo danh sách): %1</translation>
    </message>
    <message>
        <source>title above the header</source>
        <translation>tên bảng phía trên dòng tiêu đề</translation>
    </message>
    <message>
        <source>below the total row</source>
        <translation>nằm dưới dòng tổng cộng</translation>
    </message>
    <message>
        <source>Row %1 has data but no name</source>
        <translation>Dòng %1 có dữ liệu nhưng không có họ tên</translation>
    </message>
    <message>
        <source>row not imported</source>
        <translation>không nhập dòng này</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; is empty</source>
        <translation>trang tính “%1” trống</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; has no header row with a name column in its first %2 rows</source>
        <translation>trang tính “%1” không có dòng tiêu đề nào có cột họ tên trong %2 dòng đầu</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; has no people below its header</source>
        <translation>trang tính “%1” không có ai bên dưới dòng tiêu đề</translation>
    </message>
    <message>
        <source>The text encoding of %1 was guessed as %2 with low confidence (%3%)</source>
        <translation>Bảng mã chữ của %1 được đoán là %2 nhưng độ tin cậy thấp (%3%)</translation>
    </message>
    <message>
        <source>check the names in the preview; choose another encoding if they look wrong</source>
        <translation>hãy kiểm tra họ tên ở phần xem trước; nếu chữ bị lỗi, hãy chọn bảng mã khác</translation>
    </message>
    <message>
        <source>sheet not imported</source>
        <translation>không nhập trang tính này</translation>
    </message>
</context>
<context>
    <name>RegistrationCommands</name>
    <message>
        <source>Register %1 for %2 %3</source>
        <translation>Đăng ký %1 xét %2 năm %3</translation>
    </message>
    <message>
        <source>Register %1 of %2 for %3 %4</source>
        <translation>Đăng ký %1 của %2 xét %3 năm %4</translation>
    </message>
    <message>
        <source>Take back the registration of %1 for %2 %3</source>
        <translation>Hủy đăng ký %1 xét %2 năm %3</translation>
    </message>
    <message>
        <source>Register every village for %1 %2</source>
        <translation>Đăng ký tất cả thôn/tổ dân phố xét %1 năm %2</translation>
    </message>
    <message>
        <source>the registration of every village for %1 %2</source>
        <translation>việc đăng ký tất cả thôn/tổ dân phố xét %1 năm %2</translation>
    </message>
</context>
<context>
    <name>RegistrationRepository</name>
    <message>
        <source>The commune and its learning centre are evaluated every year without registering.</source>
        <translation>Xã và Trung tâm học tập cộng đồng được đánh giá hằng năm, không cần đăng ký.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n thành viên</numerusform>
        </translation>
    </message>
    <message>
        <source>born %1, household %2</source>
        <translation>sinh %1, hộ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n hộ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationService</name>
    <message>
        <source>Learning household (Gia đình học tập)</source>
        <translation>Gia đình học tập</translation>
    </message>
    <message>
        <source>Learning clan (Dòng họ học tập)</source>
        <translation>Dòng họ học tập</translation>
    </message>
    <message>
        <source>Learning village (Cộng đồng học tập cấp thôn)</source>
        <translation>Cộng đồng học tập cấp thôn</translation>
    </message>
    <message>
        <source>Learning unit (Đơn vị học tập)</source>
        <translation>Đơn vị học tập</translation>
    </message>
    <message>
        <source>Learning citizen (Công dân học tập)</source>
        <translation>Công dân học tập</translation>
    </message>
    <message>
        <source>Learning commune (Cộng đồng học tập cấp xã)</source>
        <translation>Cộng đồng học tập cấp xã</translation>
    </message>
    <message>
        <source>Learning centre rating (TTHTCĐ)</source>
        <translation>Xếp loại Trung tâm học tập cộng đồng</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n hộ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s)</source>
        <translation>
            <numerusform>%n công dân</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clan(s)</source>
        <translation>
            <numerusform>%n dòng họ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n village(s)</source>
        <translation>
            <numerusform>%n thôn/tổ dân phố</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a year registrations can be made for. Choose a year between 2000 and next year.</source>
        <translation>Không thể đăng ký cho năm %1. Hãy chọn một năm từ 2000 đến năm sau.</translation>
    </message>
    <message>
        <source>%1 needs no registration: it is evaluated every year.</source>
        <translation>%1 không cần đăng ký: được đánh giá hằng năm.</translation>
    </message>
    <message>
        <source>%1 is given to other subjects than the ones chosen; nothing was registered.</source>
        <translation>%1 dành cho loại đối tượng khác với các đối tượng đã chọn; chưa đăng ký gì.</translation>
    </message>
    <message>
        <source>One of the chosen subjects is no longer in the registers; nothing was registered. Choose again.</source>
        <translation>Một trong các đối tượng đã chọn không còn trong sổ; chưa đăng ký gì. Hãy chọn lại.</translation>
    </message>
    <message>
        <source>The village is no longer in the registers. Choose another.</source>
        <translation>Thôn/tổ dân phố này không còn trong sổ. Hãy chọn nơi khác.</translation>
    </message>
    <message>
        <source>%1 no longer exists (merged or split); register the subjects of the village it became part of.</source>
        <translation>%1 không còn nữa (đã sáp nhập hoặc chia tách); hãy đăng ký các đối tượng của thôn/tổ dân phố mà nơi này đã nhập vào.</translation>
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
    <name>ReportCommand</name>
    <message>
        <source>needs: %1; writes %2</source>
        <translation>cần: %1; ghi ra %2</translation>
    </message>
    <message>
        <source>Builds a report, list, minutes or certificates from a commune file and writes it as .xlsx or .pdf (by the extension of --out). &apos;sohoctap-cli report list&apos; names the reports and what each needs.</source>
        <translation>Lập báo cáo, danh sách, biên bản hoặc giấy công nhận từ tệp dữ liệu xã và ghi ra tệp .xlsx hoặc .pdf (theo phần mở rộng của --out). &apos;sohoctap-cli report list&apos; liệt kê các báo cáo và thông tin mỗi báo cáo cần.</translation>
    </message>
    <message>
        <source>The report (see &apos;report list&apos;).</source>
        <translation>Báo cáo cần lập (xem &apos;report list&apos;).</translation>
    </message>
    <message>
        <source>The commune file.</source>
        <translation>Tệp dữ liệu xã.</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>The year of the report.</source>
        <translation>Năm của báo cáo.</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>One village (name or UUID); default the whole commune.</source>
        <translation>Một thôn/tổ dân phố (tên hoặc UUID); mặc định là toàn xã.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>The local unit (name or UUID), for tt24-summary.</source>
        <translation>Đơn vị (tên hoặc UUID), dùng cho tt24-summary.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>The course (title or UUID), for attendance sheets.</source>
        <translation>Chuyên đề, lớp học (tên hoặc UUID), dùng cho sổ điểm danh.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>The title for minutes, certificates and lists of recognised subjects: learning_family, learning_clan, learning_village, learning_unit, learning_citizen.</source>
        <translation>Danh hiệu dùng cho biên bản, giấy công nhận và danh sách được công nhận: learning_family, learning_clan, learning_village, learning_unit, learning_citizen.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>The date on the paper (YYYY-MM-DD); default today.</source>
        <translation>Ngày ghi trên văn bản (YYYY-MM-DD); mặc định là hôm nay.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Certificates: A4 or A5.</source>
        <translation>Giấy công nhận: A4 hoặc A5.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>The file to write: .xlsx or .pdf.</source>
        <translation>Tệp cần ghi: .xlsx hoặc .pdf.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Try: sohoctap-cli report --help</source>
        <translation>Xem hướng dẫn: sohoctap-cli report --help</translation>
    </message>
    <message>
        <source>report needs one NAME, or &apos;list&apos;. Try: sohoctap-cli report --help</source>
        <translation>Lệnh report cần một NAME, hoặc &apos;list&apos;. Xem hướng dẫn: sohoctap-cli report --help</translation>
    </message>
    <message>
        <source>Unknown report: %1. Run &apos;sohoctap-cli report list&apos; for the reports.</source>
        <translation>Không có báo cáo này: %1. Chạy &apos;sohoctap-cli report list&apos; để xem danh sách báo cáo.</translation>
    </message>
    <message>
        <source>%1 needs --year Y (e.g. --year 2025).</source>
        <translation>%1 cần --year Y (ví dụ --year 2025).</translation>
    </message>
    <message>
        <source>report needs --out FILE ending in .xlsx or .pdf.</source>
        <translation>Lệnh report cần --out FILE có đuôi .xlsx hoặc .pdf.</translation>
    </message>
    <message>
        <source>%1 cannot be written as .%2.</source>
        <translation>Không ghi được %1 thành tệp .%2.</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD (e.g. 2026-01-05).</source>
        <translation>--date phải là ngày ghi theo dạng YYYY-MM-DD (ví dụ 2026-01-05).</translation>
    </message>
    <message>
        <source>--page-size must be A4 or A5.</source>
        <translation>--page-size phải là A4 hoặc A5.</translation>
    </message>
    <message>
        <source>%1 needs --title T. Try: sohoctap-cli report --help</source>
        <translation>%1 cần --title T. Xem hướng dẫn: sohoctap-cli report --help</translation>
    </message>
    <message>
        <source>report needs --db FILE, the commune file.</source>
        <translation>Lệnh report cần --db FILE, là tệp dữ liệu xã.</translation>
    </message>
    <message>
        <source>There is no village &quot;%1&quot; in %2. Run &apos;sohoctap-cli info %2&apos; for the villages.</source>
        <translation>Không có thôn/tổ dân phố nào tên là “%1” trong %2. Chạy &apos;sohoctap-cli info %2&apos; để xem danh sách thôn.</translation>
    </message>
    <message>
        <source>%1 needs --village V (a name or UUID).</source>
        <translation>%1 cần --village V (tên hoặc UUID).</translation>
    </message>
    <message>
        <source>%1 needs --unit U (a local unit&apos;s name or UUID).</source>
        <translation>%1 cần --unit U (tên hoặc UUID của đơn vị).</translation>
    </message>
    <message>
        <source>There is no local unit &quot;%1&quot; in the file.</source>
        <translation>Không có đơn vị nào tên là “%1” trong tệp.</translation>
    </message>
    <message>
        <source>%1 needs --course C (a course&apos;s title or UUID).</source>
        <translation>%1 cần --course C (tên hoặc UUID của chuyên đề, lớp học).</translation>
    </message>
    <message>
        <source>There is no course &quot;%1&quot; in the file.</source>
        <translation>Không có chuyên đề, lớp học nào tên là “%1” trong tệp.</translation>
    </message>
    <message>
        <source>This build of sohoctap-cli cannot write PDF. Write .xlsx, or save the PDF from the Reports page of the app.</source>
        <translation>Bản sohoctap-cli này không ghi được PDF. Hãy ghi ra tệp .xlsx, hoặc lưu PDF từ trang Báo cáo của chương trình.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n row(s)) in %2 s.</source>
        <translation>
            <numerusform>Đã ghi %1 (%n dòng) trong %2 giây.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <source>%1: the field is missing.</source>
        <translation>%1: thiếu trường này.</translation>
    </message>
    <message>
        <source>%1: must be text.</source>
        <translation>%1: phải là văn bản.</translation>
    </message>
    <message>
        <source>%1: must not be empty.</source>
        <translation>%1: không được để trống.</translation>
    </message>
    <message>
        <source>%1: must be true or false.</source>
        <translation>%1: phải là true hoặc false.</translation>
    </message>
    <message>
        <source>%1: must be a number.</source>
        <translation>%1: phải là một số.</translation>
    </message>
    <message>
        <source>%1: must be a list [ … ].</source>
        <translation>%1: phải là một danh sách [ … ].</translation>
    </message>
    <message>
        <source>%1: unknown field; the known fields here are: %2.</source>
        <translation>%1: trường không xác định; các trường hợp lệ ở đây là: %2.</translation>
    </message>
    <message>
        <source>must be between 1 and 255 characters.</source>
        <translation>phải dài từ 1 đến 255 ký tự.</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use text, integer, decimal, percent or date.</source>
        <translation>kiểu “%1” không xác định; hãy dùng text, integer, decimal, percent hoặc date.</translation>
    </message>
    <message>
        <source>only integer and decimal columns can be summed.</source>
        <translation>chỉ cộng tổng được các cột integer và decimal.</translation>
    </message>
    <message>
        <source>a percentage needs both a numerator and a denominator.</source>
        <translation>một tỉ lệ phần trăm cần có cả tử số và mẫu số.</translation>
    </message>
    <message>
        <source>only percent columns have a numerator.</source>
        <translation>chỉ cột percent mới có tử số.</translation>
    </message>
    <message>
        <source>a table needs at least one column.</source>
        <translation>một bảng cần có ít nhất một cột.</translation>
    </message>
    <message>
        <source>%1: must be an object { … }.</source>
        <translation>%1: phải là một đối tượng { … }.</translation>
    </message>
    <message>
        <source>%1.figure: &quot;%2&quot; is already a column of this table.</source>
        <translation>%1.figure: “%2” đã là một cột của bảng này.</translation>
    </message>
    <message numerus="yes">
        <source>%1: and %n more problem(s).</source>
        <translation>
            <numerusform>%1: và %n lỗi khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no layout for the report &quot;%1&quot; (looked for %2 in %3 and in the application).</source>
        <translation>Không có mẫu báo cáo cho báo cáo “%1” (đã tìm %2 trong %3 và trong chương trình).</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: không đọc được (%2).</translation>
    </message>
    <message>
        <source>%1: line %2: not valid JSON (%3).</source>
        <translation>%1: dòng %2: không phải JSON hợp lệ (%3).</translation>
    </message>
    <message>
        <source>%1: a report layout must be one JSON object { … }.</source>
        <translation>%1: mẫu báo cáo phải là một đối tượng JSON { … }.</translation>
    </message>
    <message>
        <source>a sheet name has at most 31 characters.</source>
        <translation>tên trang tính dài tối đa 31 ký tự.</translation>
    </message>
    <message>
        <source>a sheet name cannot contain [ ] : * ? / or \.</source>
        <translation>tên trang tính không được chứa [ ] : * ? / hoặc \.</translation>
    </message>
    <message>
        <source>%1.key: &quot;%2&quot; is already the key of another table.</source>
        <translation>%1.key: “%2” đã là khóa của một bảng khác.</translation>
    </message>
    <message>
        <source>The layout of the report &quot;%1&quot; has no table &quot;%2&quot;: add it to %1.json or remove the override in %3.</source>
        <translation>Mẫu của báo cáo “%1” không có bảng “%2”: hãy thêm bảng đó vào %1.json hoặc bỏ phần ghi đè trong %3.</translation>
    </message>
    <message>
        <source>%1.json: table &quot;%2&quot;, column %3: the report makes no figure &quot;%4&quot;; the figures it makes are: %5.</source>
        <translation>%1.json: bảng “%2”, cột %3: báo cáo không tạo ra số liệu “%4”; các số liệu báo cáo tạo ra là: %5.</translation>
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
    <name>SettingsRepository</name>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>Không lưu được thiết lập: %1</translation>
    </message>
    <message>
        <source>The citizens&apos; minimum age must be between 1 and 99.</source>
        <translation>Tuổi tối thiểu của công dân phải từ 1 đến 99.</translation>
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
    <message>
        <source>the criteria catalogues</source>
        <translation>các bộ tiêu chí</translation>
    </message>
    <message>
        <source>the registrations for titles</source>
        <translation>các đăng ký danh hiệu</translation>
    </message>
    <message>
        <source>the council&apos;s judgements</source>
        <translation>các ý kiến của hội đồng xét</translation>
    </message>
    <message>
        <source>the recognitions</source>
        <translation>các quyết định công nhận</translation>
    </message>
    <message>
        <source>the local targets</source>
        <translation>các mục tiêu của địa phương</translation>
    </message>
    <message>
        <source>the import history</source>
        <translation>lịch sử nhập dữ liệu</translation>
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
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>%1–%2%</source>
        <translation>%1–%2%</translation>
    </message>
    <message>
        <source>, difficult areas</source>
        <translation>, vùng khó khăn</translation>
    </message>
    <message>
        <source> [provisional]</source>
        <translation> [tạm thời]</translation>
    </message>
</context>
<context>
    <name>TargetCatalogue</name>
    <message>
        <source>nothing</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>%1: unknown field (expected one of indicator, year, share, share_max, confidence, provincial_plan, area, source, source_date, note)</source>
        <translation>%1: trường không xác định (phải là một trong các trường indicator, year, share, share_max, confidence, provincial_plan, area, source, source_date, note)</translation>
    </message>
    <message>
        <source>indicator: %1 is not a known indicator (one of %2)</source>
        <translation>indicator: %1 không phải là chỉ tiêu hợp lệ (một trong %2)</translation>
    </message>
    <message>
        <source>year: %1 must be a whole year between 2000 and 2100</source>
        <translation>year: %1 phải là một năm từ 2000 đến 2100</translation>
    </message>
    <message>
        <source>share: %1 must be a number from 0 to 1 (0.7 for 70%)</source>
        <translation>share: %1 phải là một số từ 0 đến 1 (0.7 là 70%)</translation>
    </message>
    <message>
        <source>share_max: %1 must be a number from share (%2) to 1</source>
        <translation>share_max: %1 phải là một số từ share (%2) đến 1</translation>
    </message>
    <message>
        <source>confidence: %1 must be &quot;verified&quot; or &quot;inferred&quot;</source>
        <translation>confidence: %1 phải là &quot;verified&quot; hoặc &quot;inferred&quot;</translation>
    </message>
    <message>
        <source>area: %1 must be &quot;general&quot; or &quot;difficult&quot;</source>
        <translation>area: %1 phải là &quot;general&quot; hoặc &quot;difficult&quot;</translation>
    </message>
    <message>
        <source>provincial_plan: %1 must be true or false</source>
        <translation>provincial_plan: %1 phải là true hoặc false</translation>
    </message>
    <message>
        <source>source: %1 must name the instrument, e.g. &quot;QĐ 387/QĐ-TTg&quot;</source>
        <translation>source: %1 phải ghi văn bản ban hành, ví dụ &quot;QĐ 387/QĐ-TTg&quot;</translation>
    </message>
    <message>
        <source>source_date: %1 must be a date written YYYY-MM-DD</source>
        <translation>source_date: %1 phải là ngày ghi theo dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>note: %1 must be text</source>
        <translation>note: %1 phải là văn bản</translation>
    </message>
    <message>
        <source>The national targets (%1) are missing from this program: reinstall it.</source>
        <translation>Chương trình thiếu các mục tiêu quốc gia (%1): hãy cài đặt lại chương trình.</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>không phải JSON hợp lệ: %1 tại ký tự thứ %2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object with &quot;format&quot; and &quot;targets&quot;</source>
        <translation>tệp phải chứa một đối tượng JSON có &quot;format&quot; và &quot;targets&quot;</translation>
    </message>
    <message>
        <source>format: %1 is not a targets format this program reads (%2)</source>
        <translation>format: %1 không phải là định dạng mục tiêu mà chương trình đọc được (%2)</translation>
    </message>
    <message>
        <source>targets: must be a list of targets</source>
        <translation>targets: phải là một danh sách mục tiêu</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: phải là một đối tượng</translation>
    </message>
    <message>
        <source>%1: a second target of %2 for %3 (%4, %5)</source>
        <translation>%1: %2 đã có một mục tiêu khác cho năm %3 (%4, %5)</translation>
    </message>
</context>
<context>
    <name>TargetCommands</name>
    <message>
        <source>%1 target: %2 %3, %4</source>
        <translation>mục tiêu cấp %1: %2 năm %3, %4</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Thêm %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Xóa %1</translation>
    </message>
</context>
<context>
    <name>TargetIndicator</name>
    <message>
        <source>Learning families (GĐHT)</source>
        <translation>Gia đình học tập (GĐHT)</translation>
    </message>
    <message>
        <source>Households recognised Gia đình học tập, of all households</source>
        <translation>Tỉ lệ hộ được công nhận Gia đình học tập trên tổng số hộ</translation>
    </message>
    <message>
        <source>GĐHT</source>
        <translation>GĐHT</translation>
    </message>
    <message>
        <source>Learning clans (DHHT)</source>
        <translation>Dòng họ học tập (DHHT)</translation>
    </message>
    <message>
        <source>Clans recognised Dòng họ học tập, of all clans</source>
        <translation>Tỉ lệ dòng họ được công nhận Dòng họ học tập trên tổng số dòng họ</translation>
    </message>
    <message>
        <source>DHHT</source>
        <translation>DHHT</translation>
    </message>
    <message>
        <source>Learning communities (CĐHT)</source>
        <translation>Cộng đồng học tập (CĐHT)</translation>
    </message>
    <message>
        <source>Villages and residential groups recognised Cộng đồng học tập, of all of them</source>
        <translation>Tỉ lệ thôn, tổ dân phố được công nhận Cộng đồng học tập trên tổng số thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>CĐHT</source>
        <translation>CĐHT</translation>
    </message>
    <message>
        <source>Learning units (ĐVHT)</source>
        <translation>Đơn vị học tập (ĐVHT)</translation>
    </message>
    <message>
        <source>Local units recognised Đơn vị học tập, of all units</source>
        <translation>Tỉ lệ đơn vị được công nhận Đơn vị học tập trên tổng số đơn vị</translation>
    </message>
    <message>
        <source>ĐVHT</source>
        <translation>ĐVHT</translation>
    </message>
    <message>
        <source>CDHT: adults in GĐHT/DHHT/CĐHT</source>
        <translation>CDHT: người lớn trong GĐHT/DHHT/CĐHT</translation>
    </message>
    <message>
        <source>Adults living in a recognised learning family, clan or community who are recognised Công dân học tập</source>
        <translation>Người lớn sống trong gia đình, dòng họ, cộng đồng học tập đã được công nhận và được công nhận Công dân học tập</translation>
    </message>
    <message>
        <source>CDHT (adults)</source>
        <translation>CDHT (người lớn)</translation>
    </message>
    <message>
        <source>CDHT: staff of ĐVHT</source>
        <translation>CDHT: cán bộ của ĐVHT</translation>
    </message>
    <message>
        <source>Cadres, civil servants and employees of the commune-level units recognised Đơn vị học tập who are recognised Công dân học tập</source>
        <translation>Cán bộ, công chức, viên chức và người lao động của các đơn vị cấp xã được công nhận Đơn vị học tập, được công nhận Công dân học tập</translation>
    </message>
    <message>
        <source>CDHT (staff)</source>
        <translation>CDHT (cán bộ)</translation>
    </message>
    <message>
        <source>CDHT: all adults</source>
        <translation>CDHT: mọi người lớn</translation>
    </message>
    <message>
        <source>Adult residents recognised Công dân học tập</source>
        <translation>Người dân trưởng thành được công nhận Công dân học tập</translation>
    </message>
    <message>
        <source>CDHT (all adults)</source>
        <translation>CDHT (mọi người lớn)</translation>
    </message>
    <message>
        <source>CDHT: digital skills</source>
        <translation>CDHT: kỹ năng số</translation>
    </message>
    <message>
        <source>Of the citizens recognised, those whose digital skills meet their job&apos;s needs</source>
        <translation>Trong số công dân được công nhận, những người có kỹ năng số đáp ứng yêu cầu công việc</translation>
    </message>
    <message>
        <source>CDHT (digital skills)</source>
        <translation>CDHT (kỹ năng số)</translation>
    </message>
    <message>
        <source>CDHT: updating online</source>
        <translation>CDHT: cập nhật trực tuyến</translation>
    </message>
    <message>
        <source>Of the citizens recognised, those able to update their information online</source>
        <translation>Trong số công dân được công nhận, những người tự cập nhật được thông tin của mình trên mạng</translation>
    </message>
    <message>
        <source>CDHT (online)</source>
        <translation>CDHT (trực tuyến)</translation>
    </message>
    <message>
        <source>Association leads the centre</source>
        <translation>Hội Khuyến học tham gia điều hành TTHTCĐ</translation>
    </message>
    <message>
        <source>The commune association&apos;s chair or vice-chair takes part in running the TTHTCĐ</source>
        <translation>Chủ tịch hoặc Phó Chủ tịch Hội Khuyến học xã tham gia điều hành TTHTCĐ</translation>
    </message>
    <message>
        <source>HKH leads TTHTCĐ</source>
        <translation>HKH điều hành TTHTCĐ</translation>
    </message>
    <message>
        <source>Association staff trained in ICT</source>
        <translation>Cán bộ Hội được bồi dưỡng CNTT</translation>
    </message>
    <message>
        <source>Association staff active at the TTHTCĐ and trained in information technology</source>
        <translation>Cán bộ Hội Khuyến học hoạt động tại TTHTCĐ được bồi dưỡng về công nghệ thông tin</translation>
    </message>
    <message>
        <source>HKH staff ICT</source>
        <translation>Cán bộ HKH biết CNTT</translation>
    </message>
    <message>
        <source>Centre uses ICT</source>
        <translation>TTHTCĐ ứng dụng CNTT</translation>
    </message>
    <message>
        <source>Learning centres using information technology in management and teaching</source>
        <translation>Trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý và dạy học</translation>
    </message>
    <message>
        <source>TTHTCĐ ICT</source>
        <translation>TTHTCĐ dùng CNTT</translation>
    </message>
</context>
<context>
    <name>TargetService</name>
    <message>
        <source>The target year must be between %1 and %2.</source>
        <translation>Năm của mục tiêu phải từ %1 đến %2.</translation>
    </message>
    <message>
        <source>A target is a share from 0% to 100%.</source>
        <translation>Mục tiêu là một tỉ lệ từ 0% đến 100%.</translation>
    </message>
    <message>
        <source>National targets come with the program and cannot be changed; add a province or commune target instead.</source>
        <translation>Mục tiêu quốc gia có sẵn trong chương trình và không sửa được; hãy thêm mục tiêu của tỉnh hoặc của xã.</translation>
    </message>
    <message>
        <source>There is already a %1 target for &quot;%2&quot; in %3: change that one instead.</source>
        <translation>Đã có mục tiêu cấp %1 cho “%2” năm %3: hãy sửa mục tiêu đó.</translation>
    </message>
    <message>
        <source>This target no longer exists.</source>
        <translation>Mục tiêu này không còn nữa.</translation>
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
        <translation>Windows-1258 (tiếng Việt trên Windows)</translation>
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
        <translation>Windows-1252 (chữ phương Tây, không phải tiếng Việt)</translation>
    </message>
</context>
<context>
    <name>ThreeWayMerge</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Số CCCD/CMND</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Trình độ văn hóa</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Ngày mất</translation>
    </message>
    <message>
        <source>Moved away on</source>
        <translation>Ngày chuyển đi</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Tình trạng đi học</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>Mã hộ</translation>
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
        <source>Household</source>
        <translation>Hộ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Nhân khẩu</translation>
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
        <source>Relation to the head</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Cư trú</translation>
    </message>
    <message>
        <source>Reason it ended</source>
        <translation>Lý do kết thúc</translation>
    </message>
    <message>
        <source>Clan</source>
        <translation>Dòng họ</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>Learning centre</source>
        <translation>Trung tâm học tập cộng đồng</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Chuyên đề, lớp học</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Ngày học</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Danh hiệu</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Loại đối tượng</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Judged on</source>
        <translation>Ngày xét</translation>
    </message>
</context>
<context>
    <name>Tt24SummarySource</name>
    <message>
        <source>TT 24 self-assessment of a unit</source>
        <translation>Tự đánh giá của đơn vị theo TT 24</translation>
    </message>
    <message>
        <source>The summary table of criteria and indicators of one local unit (Đơn vị học tập) with evidence and the self-assessed result, from the year&apos;s evaluation.</source>
        <translation>Bảng tổng hợp tiêu chí và chỉ tiêu của một đơn vị (Đơn vị học tập), kèm minh chứng và kết quả tự đánh giá, lấy từ kết quả đánh giá trong năm.</translation>
    </message>
    <message>
        <source>Choose the year of the report.</source>
        <translation>Hãy chọn năm của báo cáo.</translation>
    </message>
    <message>
        <source>Choose the local unit whose self-assessment to print.</source>
        <translation>Hãy chọn đơn vị cần in kết quả tự đánh giá.</translation>
    </message>
    <message>
        <source>This unit has no evaluation for %1 yet: register it for Đơn vị học tập in %1 and press Evaluate (F5) first.</source>
        <translation>Đơn vị này chưa được đánh giá năm %1: hãy đăng ký đơn vị xét Đơn vị học tập năm %1 rồi nhấn Chạy đánh giá (F5) trước.</translation>
    </message>
    <message>
        <source>The criteria catalogue %1 %2 of the %3 evaluation is no longer in the file: press Evaluate (F5) again.</source>
        <translation>Bộ tiêu chí %1 %2 dùng cho lần đánh giá năm %3 không còn trong tệp: hãy nhấn Chạy đánh giá (F5) lại.</translation>
    </message>
</context>
<context>
    <name>Tt25DossierSource</name>
    <message>
        <source>TT 25 self-assessment of the commune</source>
        <translation>Tự đánh giá của xã theo TT 25</translation>
    </message>
    <message>
        <source>The summary table of criteria and indicators with evidence and the self-assessed result, and a draft of the self-assessment report, from the year&apos;s evaluation.</source>
        <translation>Bảng tổng hợp tiêu chí và chỉ tiêu kèm minh chứng và kết quả tự đánh giá, cùng bản dự thảo báo cáo tự đánh giá, lấy từ kết quả đánh giá trong năm.</translation>
    </message>
    <message>
        <source>Choose the year of the report.</source>
        <translation>Hãy chọn năm của báo cáo.</translation>
    </message>
    <message>
        <source>The commune has no evaluation for %1 yet: register the commune for Cộng đồng học tập cấp xã in %1 and press Evaluate (F5) first.</source>
        <translation>Xã chưa được đánh giá năm %1: hãy đăng ký xã xét Cộng đồng học tập cấp xã năm %1 rồi nhấn Chạy đánh giá (F5) trước.</translation>
    </message>
    <message>
        <source>The criteria catalogue %1 %2 of the %3 evaluation is no longer in the file: press Evaluate (F5) again.</source>
        <translation>Bộ tiêu chí %1 %2 dùng cho lần đánh giá năm %3 không còn trong tệp: hãy nhấn Chạy đánh giá (F5) lại.</translation>
    </message>
</context>
<context>
    <name>ValueNormalizer</name>
    <message>
        <source>%1 is not a date (%2)</source>
        <translation>%1 không phải là ngày tháng (%2)</translation>
    </message>
    <message>
        <source>Birth date &quot;%1&quot; cannot be read (%2)</source>
        <translation>Không đọc được ngày sinh “%1” (%2)</translation>
    </message>
    <message>
        <source>birth date left empty; the text is kept in the notes</source>
        <translation>để trống ngày sinh; nội dung gốc được giữ trong ghi chú</translation>
    </message>
    <message>
        <source>Birth date as written: %1</source>
        <translation>Ngày sinh (ghi theo danh sách): %1</translation>
    </message>
    <message>
        <source>Birth date %1 is in the future</source>
        <translation>Ngày sinh %1 là một ngày trong tương lai</translation>
    </message>
    <message>
        <source>ID %1 has lost its leading zero(s): the spreadsheet stored it as a number</source>
        <translation>Số CCCD/CMND %1 đã mất số 0 ở đầu do bảng tính lưu thành dạng số</translation>
    </message>
    <message>
        <source>restored as %1</source>
        <translation>khôi phục thành %1</translation>
    </message>
    <message>
        <source>ID %1 is not usable: %2</source>
        <translation>Số CCCD/CMND %1 không dùng được: %2</translation>
    </message>
    <message>
        <source>ID left empty; the text is kept in the notes</source>
        <translation>để trống số CCCD/CMND; nội dung gốc được giữ trong ghi chú</translation>
    </message>
    <message>
        <source>ID as written: %1</source>
        <translation>Số CCCD/CMND (ghi theo danh sách): %1</translation>
    </message>
    <message>
        <source>Relation &quot;%1&quot; is not known</source>
        <translation>Không nhận ra quan hệ với chủ hộ “%1”</translation>
    </message>
    <message>
        <source>recorded as &quot;other&quot;; the word is kept in the notes</source>
        <translation>ghi là “Khác”; từ gốc được giữ trong ghi chú</translation>
    </message>
    <message>
        <source>Relation as written: %1</source>
        <translation>Quan hệ với chủ hộ (ghi theo danh sách): %1</translation>
    </message>
    <message>
        <source>Sex &quot;%1&quot; is not known</source>
        <translation>Không nhận ra giới tính “%1”</translation>
    </message>
    <message>
        <source>sex left empty; the text is kept in the notes</source>
        <translation>để trống giới tính; nội dung gốc được giữ trong ghi chú</translation>
    </message>
    <message>
        <source>Sex as written: %1</source>
        <translation>Giới tính (ghi theo danh sách): %1</translation>
    </message>
    <message>
        <source>Education &quot;%1&quot; cannot be read (%2)</source>
        <translation>Không đọc được trình độ văn hóa “%1” (%2)</translation>
    </message>
    <message>
        <source>education left empty; the text is kept in the notes</source>
        <translation>để trống trình độ văn hóa; nội dung gốc được giữ trong ghi chú</translation>
    </message>
    <message>
        <source>Education as written: %1</source>
        <translation>Trình độ văn hóa (ghi theo danh sách): %1</translation>
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
        <translation>Chờ hội đồng xét</translation>
    </message>
</context>
<context>
    <name>WorkbookReader</name>
    <message>
        <source>“%1” is protected by a password: open it in Excel, remove the password (File &gt; Info &gt; Protect workbook), save, and import again.</source>
        <translation>“%1” được bảo vệ bằng mật khẩu: hãy mở tệp trong Excel, gỡ mật khẩu (Tệp &gt; Thông tin &gt; Bảo vệ Sổ làm việc), lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>“%1” cannot be found. Check that the file is still there (a USB stick may have been removed) and choose it again.</source>
        <translation>Không tìm thấy “%1”. Hãy kiểm tra xem tệp có còn đó không (có thể USB đã bị rút ra) rồi chọn lại tệp.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: you may not have permission to read it, or another program holds it. Close it there and try again.</source>
        <translation>Không mở được “%1”: có thể bạn không có quyền đọc tệp, hoặc tệp đang được mở trong chương trình khác. Hãy đóng tệp ở chương trình đó rồi thử lại.</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes): there is nothing to import. The copy may have failed: copy the file again.</source>
        <translation>“%1” là tệp trống (0 byte): không có gì để nhập. Có thể việc sao chép đã bị lỗi: hãy chép lại tệp.</translation>
    </message>
    <message>
        <source>“%1” is not a spreadsheet: it is a document of another program (such as Word). Save the register from Excel as an Excel workbook (.xlsx) and import that file.</source>
        <translation>“%1” không phải là bảng tính mà là tài liệu của chương trình khác (như Word). Hãy lưu danh sách từ Excel thành tệp Excel (.xlsx) rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>“%1” is a web page (an HTML table), not a real Excel file, although its name says so: many programs export “Excel” files this way. Open it in Excel, choose File &gt; Save As &gt; Excel Workbook (.xlsx), and import that file.</source>
        <translation>“%1” là một trang web (bảng HTML), không phải tệp Excel thật dù tên tệp ghi như vậy: nhiều phần mềm xuất tệp “Excel” theo cách này. Hãy mở tệp trong Excel, chọn Tệp &gt; Lưu Như &gt; Sổ làm việc Excel (.xlsx), rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>“%1” is an Excel 2003 XML spreadsheet, which the import does not read. Open it in Excel, save it as an Excel workbook (.xlsx), and import that file.</source>
        <translation>“%1” là bảng tính XML của Excel 2003, loại mà chức năng nhập không đọc được. Hãy mở tệp trong Excel, lưu thành tệp Excel (.xlsx), rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>“%1” is a PDF document, not a spreadsheet: its table cannot be imported. Import the Excel workbook or CSV file the register was printed from.</source>
        <translation>“%1” là tài liệu PDF, không phải bảng tính: không thể nhập bảng trong đó. Hãy nhập tệp Excel hoặc tệp CSV đã dùng để in ra danh sách này.</translation>
    </message>
    <message>
        <source>“%1” is named as an Excel workbook but holds plain text (probably CSV). Rename it to end in .csv and import it again.</source>
        <translation>“%1” có tên như tệp Excel nhưng chứa văn bản thường (có lẽ là CSV). Hãy đổi tên để tệp có đuôi .csv rồi nhập lại.</translation>
    </message>
    <message>
        <source>“%1” is not in a format the import reads. Import Excel workbooks (.xlsx, .xls) or CSV files.</source>
        <translation>“%1” không thuộc định dạng mà chức năng nhập đọc được. Hãy nhập tệp Excel (.xlsx, .xls) hoặc tệp CSV.</translation>
    </message>
</context>
<context>
    <name>WriteErrorText</name>
    <message>
        <source>Redo %1</source>
        <translation>Làm lại %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Hoàn tác %1</translation>
    </message>
    <message>
        <source>The last change</source>
        <translation>Thay đổi vừa rồi</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>Thao tác “%1”</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. %2 was not saved: nothing of it was written, and the file is as it was before. Free some space on that disk (or copy the file to a disk with room and open the copy), then do it again.</source>
        <translation>Ổ đĩa chứa %1 đã đầy. %2 chưa được lưu: chưa có gì được ghi, tệp vẫn như trước. Hãy giải phóng chỗ trống trên ổ đĩa đó (hoặc chép tệp sang ổ đĩa còn chỗ trống rồi mở bản chép), rồi làm lại.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: the drive it is on (a USB stick?) may have been removed, or it failed. %2 was not saved; the file keeps everything up to the last action that finished. Reconnect the drive and open the file again (File &gt; Open recent). If it no longer opens, use Help &gt; Restore from backup.</source>
        <translation>Không truy cập được %1: ổ đĩa chứa tệp (ổ USB?) có thể đã bị rút ra, hoặc bị lỗi. %2 chưa được lưu; tệp vẫn giữ mọi thứ đến thao tác cuối cùng đã hoàn tất. Hãy cắm lại ổ đĩa rồi mở lại tệp (Tệp &gt; Tệp gần đây). Nếu không mở được nữa, hãy dùng Trợ giúp &gt; Khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>%1 can no longer be written (the file, its folder or its drive became read-only). %2 was not saved: nothing of it was written. Check the drive&apos;s write-protect switch and your permissions, then open the file again.</source>
        <translation>Không ghi được vào %1 nữa (tệp, thư mục chứa tệp hoặc ổ đĩa đã chuyển sang chỉ đọc). %2 chưa được lưu: chưa có gì được ghi. Hãy kiểm tra khóa chống ghi trên ổ đĩa và quyền ghi của bạn, rồi mở lại tệp.</translation>
    </message>
    <message>
        <source>%1 is being written by another program or another copy of Sổ Học Tập. %2 was not saved: nothing of it was written. Close the other copy, then do it again.</source>
        <translation>%1 đang được ghi bởi một chương trình khác hoặc một phiên Sổ Học Tập khác. %2 chưa được lưu: chưa có gì được ghi. Hãy đóng phiên Sổ Học Tập kia, rồi làm lại.</translation>
    </message>
    <message>
        <source>SQLite found damage in %1 while writing. %2 was not saved: nothing of it was written. Stop editing this file: close it, keep it for whoever helps you, and use Help &gt; Restore from backup to continue from the latest good copy.</source>
        <translation>SQLite phát hiện %1 bị hỏng trong khi ghi. %2 chưa được lưu: chưa có gì được ghi. Hãy ngừng sửa tệp này: đóng tệp, giữ lại cho người hỗ trợ bạn, và dùng Trợ giúp &gt; Khôi phục từ bản sao lưu để tiếp tục từ bản tốt gần nhất.</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>Thay đổi này</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 đang mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>%1 was not saved: nothing of it was written. %2</source>
        <translation>%1 chưa được lưu: chưa có gì được ghi. %2</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>“%1” is damaged and cannot be read (%2). Open it in Excel and save it again as an Excel workbook (.xlsx), then import that file.</source>
        <translation>“%1” bị hỏng, không đọc được (%2). Hãy mở tệp trong Excel và lưu lại thành tệp Excel (.xlsx), rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>“%1” is protected by a password: open it in Excel, remove the password (File &gt; Info &gt; Protect workbook), save, and import again.</source>
        <translation>“%1” được bảo vệ bằng mật khẩu: hãy mở tệp trong Excel, gỡ mật khẩu (Tệp &gt; Thông tin &gt; Bảo vệ Sổ làm việc), lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>sheet “%1” cannot be selected</source>
        <translation>không chọn được trang tính “%1”</translation>
    </message>
    <message>
        <source>sheet “%1” has no dimensions</source>
        <translation>không xác định được vùng dữ liệu của trang tính “%1”</translation>
    </message>
    <message>
        <source>“%1”, sheet “%2”, row %3, column %4: the cell holds more than %5 characters of text, far more than a register&apos;s cell, so the file is refused. Shorten or clear that cell in Excel and import again.</source>
        <translation>“%1”, trang tính “%2”, dòng %3, cột %4: ô này chứa hơn %5 ký tự, dài hơn nhiều so với một ô của danh sách, nên tệp bị từ chối. Hãy rút ngắn hoặc xóa nội dung ô đó trong Excel rồi nhập lại.</translation>
    </message>
    <message>
        <source>“%1”, sheet “%2”: row %3 holds data beyond the %4 rows the import reads. Check the sheet in Excel: delete what lies below the register and import again.</source>
        <translation>“%1”, trang tính “%2”: dòng %3 có dữ liệu nằm ngoài %4 dòng mà chức năng nhập đọc được. Hãy kiểm tra trang tính trong Excel: xóa những gì nằm bên dưới danh sách rồi nhập lại.</translation>
    </message>
    <message>
        <source>the reader of old Excel files stopped on it</source>
        <translation>bộ đọc tệp Excel cũ bị dừng giữa chừng khi đọc tệp này</translation>
    </message>
    <message>
        <source>the reader of old Excel files did not finish within two minutes</source>
        <translation>bộ đọc tệp Excel cũ không đọc xong trong vòng hai phút</translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <source>“%1” is damaged and cannot be read (%2). Open it in Excel and save it again, or ask for a new copy of the file.</source>
        <translation>“%1” bị hỏng, không đọc được (%2). Hãy mở tệp trong Excel và lưu lại, hoặc xin một bản sao mới của tệp.</translation>
    </message>
    <message>
        <source>“%1” is refused: unpacked, it would be larger than %2 MB, the import&apos;s limit. A register is far smaller: the file is damaged or made to exhaust the computer&apos;s memory (a “zip bomb”).</source>
        <translation>Từ chối “%1”: khi giải nén, tệp sẽ lớn hơn %2 MB, vượt giới hạn của chức năng nhập. Một danh sách thực tế nhỏ hơn thế rất nhiều: tệp đã bị hỏng hoặc được tạo ra để làm cạn bộ nhớ máy tính (“bom zip”).</translation>
    </message>
    <message>
        <source>its zip archive is broken: %1</source>
        <translation>tệp nén zip bị hỏng: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be opened (%2). Check that the file is not open in another program and that you may read it.</source>
        <translation>Không mở được “%1” (%2). Hãy kiểm tra xem tệp có đang mở trong chương trình khác không và bạn có quyền đọc tệp không.</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>thiếu phần %1</translation>
    </message>
    <message>
        <source>“%1” is protected by a password: open it in Excel, remove the password (File &gt; Info &gt; Protect workbook), save, and import again.</source>
        <translation>“%1” được bảo vệ bằng mật khẩu: hãy mở tệp trong Excel, gỡ mật khẩu (Tệp &gt; Thông tin &gt; Bảo vệ Sổ làm việc), lưu lại rồi nhập lại.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 cannot be read: %2 at line %3</source>
        <translation>Không đọc được %1: %2 ở dòng %3</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>“%1” is an OpenDocument spreadsheet (.ods), which the import does not read. Open it in LibreOffice Calc or Excel, save it as an Excel workbook (.xlsx), and import that file.</source>
        <translation>“%1” là bảng tính OpenDocument (.ods), loại mà chức năng nhập không đọc được. Hãy mở tệp bằng LibreOffice Calc hoặc Excel, lưu thành tệp Excel (.xlsx), rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>“%1” is a Word document, not a spreadsheet. Copy its table into Excel, save it as an Excel workbook (.xlsx), and import that file.</source>
        <translation>“%1” là tài liệu Word, không phải bảng tính. Hãy chép bảng trong đó sang Excel, lưu thành tệp Excel (.xlsx), rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>“%1” is a zip archive, not an Excel workbook. If the register is inside it, extract it first and import the workbook itself.</source>
        <translation>“%1” là tệp nén zip, không phải tệp Excel. Nếu danh sách nằm trong đó, hãy giải nén trước rồi nhập chính tệp Excel.</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>trang tính “%1”</translation>
    </message>
</context>
<context>
    <name>XlsxReportWriter</name>
    <message>
        <source>The folder of %1 does not exist. Choose another folder.</source>
        <translation>Thư mục chứa %1 không tồn tại. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>%1 could not be written: the folder may not be written (%2). Choose another folder.</source>
        <translation>Không ghi được %1: có thể thư mục không cho phép ghi (%2). Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>%1 could not be created. Check that the folder may be written.</source>
        <translation>Không tạo được %1. Hãy kiểm tra thư mục có ghi được không.</translation>
    </message>
    <message>
        <source>%1 was not written: the rows of the report could not be read from the commune file. Build the report again.</source>
        <translation>Chưa ghi %1: không đọc được các dòng của báo cáo từ tệp dữ liệu xã. Hãy lập lại báo cáo.</translation>
    </message>
    <message>
        <source>%1 could not be created: the sheet name &quot;%2&quot; is not allowed.</source>
        <translation>Không tạo được %1: tên trang tính “%2” không hợp lệ.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check the free space and that the folder may be written.</source>
        <translation>Không ghi được %1 (%2). Hãy kiểm tra dung lượng trống và thư mục có ghi được không.</translation>
    </message>
    <message>
        <source>%1 could not be replaced. If it is open in Excel or LibreOffice, close it and export again.</source>
        <translation>Không thay thế được %1. Nếu tệp đang mở trong Excel hoặc LibreOffice, hãy đóng tệp rồi xuất lại.</translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>“%1”, sheet “%2”, row %3, column %4: the cell holds more than %5 characters of text, far more than a register&apos;s cell, so the file is refused. Shorten or clear that cell in Excel and import again.</source>
        <translation>“%1”, trang tính “%2”, dòng %3, cột %4: ô này chứa hơn %5 ký tự, dài hơn nhiều so với một ô của danh sách, nên tệp bị từ chối. Hãy rút ngắn hoặc xóa nội dung ô đó trong Excel rồi nhập lại.</translation>
    </message>
    <message>
        <source>“%1”, sheet “%2”: row %3 holds data beyond the %4 rows the import reads. Check the sheet in Excel: delete what lies below the register and import again.</source>
        <translation>“%1”, trang tính “%2”: dòng %3 có dữ liệu nằm ngoài %4 dòng mà chức năng nhập đọc được. Hãy kiểm tra trang tính trong Excel: xóa những gì nằm bên dưới danh sách rồi nhập lại.</translation>
    </message>
</context>
<context>
    <name>YearlySource</name>
    <message>
        <source>Yearly statistics of the learning titles</source>
        <translation>Thống kê danh hiệu học tập hằng năm</translation>
    </message>
    <message>
        <source>Households, clans, villages, units and citizens registered and recognised, per village and for the commune, each share beside its target; the learning centre&apos;s courses.</source>
        <translation>Số hộ, dòng họ, thôn, đơn vị và công dân đã đăng ký và được công nhận, theo từng thôn và toàn xã, mỗi tỉ lệ đặt cạnh mục tiêu của nó; các chuyên đề, lớp học của Trung tâm học tập cộng đồng.</translation>
    </message>
    <message>
        <source>Choose the year of the report.</source>
        <translation>Hãy chọn năm của báo cáo.</translation>
    </message>
    <message>
        <source>Nothing is registered, evaluated or recognised for %1 yet: register the households, clans, villages, units and citizens for %1 and press Evaluate (F5) first.</source>
        <translation>Năm %1 chưa có đăng ký, đánh giá hay công nhận nào: hãy đăng ký các hộ, dòng họ, thôn, đơn vị và công dân cho năm %1 rồi nhấn Chạy đánh giá (F5) trước.</translation>
    </message>
    <message>
        <source>The chosen village is not in this commune file. Choose another village or the whole commune.</source>
        <translation>Thôn/tổ dân phố đã chọn không có trong tệp dữ liệu xã này. Hãy chọn thôn khác hoặc toàn xã.</translation>
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
    <name>sht::BackupListModel</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(không đọc được)</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>đang kiểm tra…</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>nguyên vẹn</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>có lỗi: %1</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>Không khôi phục được bản sao lưu này: %1</translation>
    </message>
    <message>
        <source>%1
Last change recorded: %2</source>
        <translation>%1
Thay đổi cuối cùng được ghi nhận: %2</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Số thôn/TDP</translation>
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
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
</context>
<context>
    <name>sht::BackupSettingsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message numerus="yes">
        <source>A backup of the open commune file is taken once a day when it is first opened, and before every import, merge and upgrade. Of each commune file, the newest backups up to the number below are kept, and besides them the last %n taken before an upgrade; older ones are deleted. Other commune files&apos; backups are never touched. Help &gt; Restore from backup lists them.</source>
        <translation>
            <numerusform>Tệp dữ liệu xã đang mở được sao lưu mỗi ngày một lần, khi mở lần đầu trong ngày, và trước mỗi lần nhập, gộp và nâng cấp. Với mỗi tệp dữ liệu xã, chương trình giữ các bản sao lưu mới nhất theo số lượng dưới đây, ngoài ra còn giữ %n bản gần nhất được tạo trước khi nâng cấp; các bản cũ hơn sẽ bị xóa. Bản sao lưu của các tệp dữ liệu xã khác không bao giờ bị động đến. Trợ giúp &gt; Khôi phục từ bản sao lưu liệt kê các bản này.</numerusform>
        </translation>
    </message>
    <message>
        <source> per commune file</source>
        <translation> bản cho mỗi tệp dữ liệu xã</translation>
    </message>
    <message numerus="yes">
        <source>How many backups of each commune file are kept (1 to 100), besides the last %n taken before an upgrade</source>
        <translation>
            <numerusform>Số bản sao lưu được giữ cho mỗi tệp dữ liệu xã (từ 1 đến 100), chưa kể %n bản gần nhất được tạo trước khi nâng cấp</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: the app&apos;s data folder. A folder on another drive keeps the backups safe when this one fails.</source>
        <translation>Để trống: thư mục dữ liệu của chương trình. Một thư mục trên ổ đĩa khác giúp giữ an toàn các bản sao lưu khi ổ đĩa này bị hỏng.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Choose the folder the backups go into</source>
        <translation>Chọn thư mục để lưu các bản sao lưu</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Giữ lại các bản mới nhất:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Thư mục:</translation>
    </message>
    <message>
        <source>&amp;Take a backup now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>Back up the open commune file now, into the folder above</source>
        <translation>Sao lưu tệp dữ liệu xã đang mở ngay bây giờ, vào thư mục ở trên</translation>
    </message>
    <message>
        <source>Open a commune file first</source>
        <translation>Hãy mở một tệp dữ liệu xã trước</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save the settings (Enter)</source>
        <translation>Lưu cài đặt (Enter)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Đóng, không lưu (Esc)</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Chọn thư mục sao lưu</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written. Choose another folder (a writable drive).</source>
        <translation>Không ghi được vào thư mục %1. Hãy chọn thư mục khác (trên ổ đĩa ghi được).</translation>
    </message>
    <message>
        <source>Backup taken: %1</source>
        <translation>Đã sao lưu: %1</translation>
    </message>
    <message>
        <source>Taking a backup of %1…</source>
        <translation>Đang sao lưu %1…</translation>
    </message>
    <message>
        <source>The backup was cancelled; none was taken.</source>
        <translation>Đã hủy sao lưu; không có bản sao lưu nào được tạo.</translation>
    </message>
</context>
<context>
    <name>sht::CancellableWork</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>sht::CatalogueBrowserDialog</name>
    <message>
        <source>level %1: %2</source>
        <translation>mức độ %1: %2</translation>
    </message>
    <message>
        <source>fact %1</source>
        <translation>dữ kiện %1</translation>
    </message>
    <message>
        <source>judged (prefilled by %1)</source>
        <translation>hội đồng xét (điền sẵn từ %1)</translation>
    </message>
    <message>
        <source>judged</source>
        <translation>hội đồng xét</translation>
    </message>
    <message>
        <source>provincial wording</source>
        <translation>lời văn của tỉnh</translation>
    </message>
    <message>
        <source>provisional: needs provincial wording</source>
        <translation>tạm thời: cần lời văn của tỉnh</translation>
    </message>
    <message>
        <source>met when every indicator is met</source>
        <translation>đạt khi đạt mọi chỉ tiêu</translation>
    </message>
    <message>
        <source>met at %1 of %2 points</source>
        <translation>đạt khi được %1 trên %2 điểm</translation>
    </message>
    <message>
        <source>, no indicator below %1</source>
        <translation>, không chỉ tiêu nào dưới %1</translation>
    </message>
    <message>
        <source>rated of %1 points: %2</source>
        <translation>xếp loại trên thang %1 điểm: %2</translation>
    </message>
    <message>
        <source>; %1 levels, level 2 at least %2 months after level 1</source>
        <translation>; %1 mức độ, mức độ 2 xét sau mức độ 1 ít nhất %2 tháng</translation>
    </message>
    <message>
        <source> (provisional threshold)</source>
        <translation> (ngưỡng tạm thời)</translation>
    </message>
    <message>
        <source>Criteria catalogues</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>Catalo&amp;gues:</source>
        <translation>&amp;Bộ tiêu chí:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Ngưỡng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Criteria and &amp;indicators:</source>
        <translation>&amp;Tiêu chí và chỉ tiêu:</translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>&amp;Sao chép…</translation>
    </message>
    <message>
        <source>Copy this catalogue into the file to adapt it to the province (Alt+C)</source>
        <translation>Chép bộ tiêu chí này vào tệp để điều chỉnh theo tỉnh (Alt+S)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Sử&amp;a…</translation>
    </message>
    <message>
        <source>Edit the chosen indicator of a clone (Enter or F2)</source>
        <translation>Sửa chỉ tiêu đã chọn của bản sao (Enter hoặc F2)</translation>
    </message>
    <message>
        <source>Pass &amp;rule…</source>
        <translation>Điều &amp;kiện đạt…</translation>
    </message>
    <message>
        <source>Edit the clone&apos;s pass rule, years and validity (Alt+R)</source>
        <translation>Sửa điều kiện đạt, số năm áp dụng và thời hạn công nhận của bản sao (Alt+K)</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>&amp;Lưu thành phiên bản mới</translation>
    </message>
    <message>
        <source>Store the edited clone as a new version; older versions stay for their results (Ctrl+S)</source>
        <translation>Lưu bản sao đã sửa thành phiên bản mới; các phiên bản cũ vẫn được giữ cho các kết quả đã xét (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Delete clone</source>
        <translation>&amp;Xóa bản sao</translation>
    </message>
    <message>
        <source>Delete this version of a clone that no result uses (Del)</source>
        <translation>Xóa phiên bản này của bản sao khi chưa có kết quả nào dùng đến (Del)</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Close the catalogues (Esc)</source>
        <translation>Đóng cửa sổ bộ tiêu chí (Esc)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>The changes to %1 %2 are not saved. Save them as a new version?</source>
        <translation>Các thay đổi trong %1 %2 chưa được lưu. Lưu thành phiên bản mới?</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>mọi năm</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>any year</source>
        <translation>trước</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nay</translation>
    </message>
    <message numerus="yes">
        <source>In force: %1. Pass rule: %2. A recognition lasts %n month(s).</source>
        <translation>
            <numerusform>Hiệu lực: %1. Điều kiện đạt: %2. Công nhận có giá trị %n tháng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clone of %1 %2%3.</source>
        <translation>Bản sao của %1 %2%3.</translation>
    </message>
    <message>
        <source>, for %1</source>
        <translation>, cho tỉnh %1</translation>
    </message>
    <message>
        <source>Built into the app: read-only. Clone it (Alt+C) to write the province&apos;s guidance.</source>
        <translation>Có sẵn trong chương trình: chỉ đọc. Hãy sao chép (Alt+S) để ghi hướng dẫn của tỉnh.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) provisional: wording or threshold not confirmed by a known official text.</source>
        <translation>
            <numerusform>%n mục tạm thời: lời văn hoặc ngưỡng chưa được văn bản chính thức nào đã biết xác nhận.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited, not saved yet: Ctrl+S saves a new version.</source>
        <translation>Đã sửa, chưa lưu: nhấn Ctrl+S để lưu thành phiên bản mới.</translation>
    </message>
    <message>
        <source>%1 (min %2)</source>
        <translation>%1 (tối thiểu %2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Loại: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Minh chứng: %1</translation>
    </message>
    <message>
        <source>Provisional: the official text of this indicator is not known; write the province&apos;s wording in a clone.</source>
        <translation>Tạm thời: chưa biết văn bản chính thức của chỉ tiêu này; hãy ghi lời văn của tỉnh vào một bản sao.</translation>
    </message>
    <message>
        <source>Provisional: the threshold or wording is not confirmed by a known official text.</source>
        <translation>Tạm thời: ngưỡng hoặc lời văn chưa được văn bản chính thức nào đã biết xác nhận.</translation>
    </message>
    <message>
        <source>Fix before saving:</source>
        <translation>Cần sửa trước khi lưu:</translation>
    </message>
    <message>
        <source>%1 %2 is built into the app and cannot be changed. Clone it (Alt+C), then edit the clone.</source>
        <translation>%1 %2 có sẵn trong chương trình nên không sửa được. Hãy sao chép (Alt+S) rồi sửa bản sao.</translation>
    </message>
    <message>
        <source>Clone catalogue</source>
        <translation>Sao chép bộ tiêu chí</translation>
    </message>
    <message>
        <source>Cloned as version %1. Choose an indicator and press Enter to edit it; Ctrl+S saves.</source>
        <translation>Đã sao chép thành phiên bản %1. Hãy chọn một chỉ tiêu và nhấn Enter để sửa; Ctrl+S để lưu.</translation>
    </message>
    <message>
        <source>Nothing has changed since this version was saved.</source>
        <translation>Chưa có thay đổi nào kể từ khi lưu phiên bản này.</translation>
    </message>
    <message>
        <source>Saved as version %1. Results judged with earlier versions keep them.</source>
        <translation>Đã lưu thành phiên bản %1. Các kết quả đã xét theo phiên bản cũ vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>%1 %2 is built into the app and cannot be deleted.</source>
        <translation>%1 %2 có sẵn trong chương trình nên không xóa được.</translation>
    </message>
    <message>
        <source>Delete clone</source>
        <translation>Xóa bản sao</translation>
    </message>
    <message>
        <source>Delete version %1 of %2? The built-in catalogue and other versions stay.</source>
        <translation>Xóa phiên bản %1 của %2? Bộ tiêu chí có sẵn và các phiên bản khác vẫn được giữ.</translation>
    </message>
    <message>
        <source>provisional: not confirmed</source>
        <translation>tạm thời: chưa được xác nhận</translation>
    </message>
</context>
<context>
    <name>sht::CatalogueCloneDialog</name>
    <message>
        <source>Clone %1 %2</source>
        <translation>Sao chép %1 %2</translation>
    </message>
    <message>
        <source>The clone is stored in this commune file. Write the province&apos;s wording, thresholds and points in it; the built-in catalogue stays as it is.</source>
        <translation>Bản sao được lưu trong tệp của xã này. Hãy ghi lời văn, ngưỡng và điểm theo hướng dẫn của tỉnh vào bản sao; bộ tiêu chí có sẵn vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>e.g. Quảng Nam</source>
        <translation>ví dụ: Quảng Nam</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Tỉnh:</translation>
    </message>
    <message>
        <source>&amp;Version label:</source>
        <translation>&amp;Nhãn phiên bản:</translation>
    </message>
    <message>
        <source>C&amp;lone</source>
        <translation>&amp;Sao chép</translation>
    </message>
</context>
<context>
    <name>sht::CatalogueIndicatorDialog</name>
    <message>
        <source>Line %1 (&quot;%2&quot;) is not a parameter: write name=value, e.g. min_share=0.7, or level2.min_share=0.8 for level 2.</source>
        <translation>Dòng %1 (“%2”) không phải là tham số: hãy ghi tên=giá trị, ví dụ min_share=0.7, hoặc level2.min_share=0.8 cho mức độ 2.</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Chỉ tiêu %1</translation>
    </message>
    <message>
        <source>computed from the registers by the fact %1</source>
        <translation>tính từ sổ theo dữ kiện %1</translation>
    </message>
    <message>
        <source>judged by the council</source>
        <translation>do hội đồng xét</translation>
    </message>
    <message>
        <source>, evidence prefilled by the fact %1</source>
        <translation>, minh chứng điền sẵn theo dữ kiện %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Loại: %1</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Nguồn:</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Số điểm:</translation>
    </message>
    <message>
        <source>An indicator scored below this fails the whole title (0: no minimum)</source>
        <translation>Chỉ tiêu bị chấm dưới mức này thì cả danh hiệu không đạt (0: không có mức tối thiểu)</translation>
    </message>
    <message>
        <source>&amp;Minimum points:</source>
        <translation>&amp;Mức điểm tối thiểu:</translation>
    </message>
    <message>
        <source>One name=value a line, e.g. min_share=0.7 (70%); level2.min_share=0.8 sets level 2&apos;s own value.</source>
        <translation>Mỗi dòng một cặp tên=giá trị, ví dụ min_share=0.7 (70%); level2.min_share=0.8 đặt giá trị riêng cho mức độ 2.</translation>
    </message>
    <message>
        <source>P&amp;arameters (name=value, one a line):</source>
        <translation>&amp;Tham số (tên=giá trị, mỗi dòng một tham số):</translation>
    </message>
    <message>
        <source>Pro&amp;visional: the wording or threshold still waits for the province&apos;s guidance</source>
        <translation>Tạm thời: lời văn hoặc ngưỡng còn &amp;chờ hướng dẫn của tỉnh</translation>
    </message>
    <message>
        <source>Take the changes (Ctrl+Enter)</source>
        <translation>Áp dụng thay đổi (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Type the indicator&apos;s text.</source>
        <translation>Hãy nhập nội dung chỉ tiêu.</translation>
    </message>
    <message>
        <source>The minimum points cannot be above the indicator&apos;s points.</source>
        <translation>Điểm tối thiểu không được lớn hơn số điểm của chỉ tiêu.</translation>
    </message>
</context>
<context>
    <name>sht::CatalogueListModel</name>
    <message>
        <source>national</source>
        <translation>quốc gia</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>có sẵn</translation>
    </message>
    <message>
        <source>clone of %1</source>
        <translation>bản sao của %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message numerus="yes">
        <source>%n provisional item(s)</source>
        <translation>
            <numerusform>%n mục tạm thời</numerusform>
        </translation>
    </message>
    <message>
        <source>Some items are provisional: their wording or threshold waits for the province&apos;s guidance. Clone the catalogue to write them in.</source>
        <translation>Một số mục đang tạm thời: lời văn hoặc ngưỡng còn chờ hướng dẫn của tỉnh. Hãy sao chép bộ tiêu chí để ghi các mục đó.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Danh hiệu</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Tạm thời</translation>
    </message>
</context>
<context>
    <name>sht::CataloguePassRuleDialog</name>
    <message>
        <source>open</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>Pass rule of %1 %2</source>
        <translation>Điều kiện đạt của %1 %2</translation>
    </message>
    <message>
        <source>Met when every indicator is met</source>
        <translation>Đạt khi đạt mọi chỉ tiêu</translation>
    </message>
    <message>
        <source>Met at a total of points (of %1)</source>
        <translation>Đạt khi đủ tổng điểm (trên %1)</translation>
    </message>
    <message>
        <source>Rated by bands of points (of %1)</source>
        <translation>Xếp loại theo khung điểm (trên %1)</translation>
    </message>
    <message>
        <source>&amp;Total needed:</source>
        <translation>&amp;Tổng điểm cần đạt:</translation>
    </message>
    <message>
        <source>No indicator &amp;below:</source>
        <translation>Không chỉ tiêu nào &amp;dưới:</translation>
    </message>
    <message>
        <source>In force &amp;from year:</source>
        <translation>Áp dụng từ &amp;năm:</translation>
    </message>
    <message>
        <source>&amp;Until year:</source>
        <translation>Áp dụng đến &amp;hết năm:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <source>Recognition &amp;lasts:</source>
        <translation>Công nhận có &amp;giá trị:</translation>
    </message>
    <message>
        <source>Pro&amp;visional: the threshold waits for the province&apos;s guidance</source>
        <translation>Tạm thời: ngưỡng còn &amp;chờ hướng dẫn của tỉnh</translation>
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
    <name>sht::DashboardTableModel</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 đến năm %2</translation>
    </message>
    <message>
        <source> [provisional]</source>
        <translation> [tạm thời]</translation>
    </message>
    <message>
        <source>, difficult areas</source>
        <translation>, vùng khó khăn</translation>
    </message>
    <message>
        <source>No target applies to this year.</source>
        <translation>Không có mục tiêu nào áp dụng cho năm này.</translation>
    </message>
    <message>
        <source>%1 by %2, set by %3</source>
        <translation>%1 đến năm %2, theo %3</translation>
    </message>
    <message>
        <source>Provisional: the figure is inferred (e.g. repeated by provincial plans) and not yet confirmed in the national text.</source>
        <translation>Tạm thời: con số được suy ra (ví dụ được nhắc lại trong kế hoạch của các tỉnh), chưa được xác nhận trong văn bản quốc gia.</translation>
    </message>
    <message>
        <source>%1 registered for the title this year, %2 evaluated and met</source>
        <translation>%1 đăng ký danh hiệu năm nay, %2 đã đánh giá và đạt</translation>
    </message>
    <message>
        <source>Compared with the highest target that applies: %1</source>
        <translation>So với mục tiêu cao nhất được áp dụng: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Danh hiệu</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Thuộc phạm vi</translation>
    </message>
    <message>
        <source>Registered / met</source>
        <translation>Đăng ký / đạt</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Đã công nhận</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Mục tiêu quốc gia</translation>
    </message>
    <message>
        <source>Local target</source>
        <translation>Mục tiêu địa phương</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Chênh lệch</translation>
    </message>
</context>
<context>
    <name>sht::DashboardWidget</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>&amp;Phạm vi:</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Mục tiêu…</translation>
    </message>
    <message>
        <source>National, province and commune targets (%1)</source>
        <translation>Mục tiêu của quốc gia, tỉnh và xã (%1)</translation>
    </message>
    <message>
        <source>Achievements against targets</source>
        <translation>Kết quả so với mục tiêu</translation>
    </message>
    <message>
        <source>Recognised against the targets</source>
        <translation>Số được công nhận so với mục tiêu</translation>
    </message>
    <message>
        <source>Recognised over the years</source>
        <translation>Số được công nhận qua các năm</translation>
    </message>
    <message>
        <source>Whole commune</source>
        <translation>Toàn xã</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 targets reached</source>
        <translation>%1, năm %2: đạt %3 / %4 mục tiêu</translation>
    </message>
    <message>
        <source>Recognised against the target, %1</source>
        <translation>Số được công nhận so với mục tiêu, %1</translation>
    </message>
    <message>
        <source>Recognised: decided that year, or still valid on 31/12. Adults are %1 or older at the end of the year.</source>
        <translation>Được công nhận: có quyết định trong năm đó, hoặc còn hiệu lực đến ngày 31/12. Người lớn là người từ %1 tuổi trở lên tính đến cuối năm.</translation>
    </message>
    <message>
        <source>[provisional]: the figure is inferred and not confirmed in the national text; &quot;theo kế hoạch tỉnh&quot;: taken from provincial plans.</source>
        <translation>[tạm thời]: con số được suy ra, chưa được xác nhận trong văn bản quốc gia; “theo kế hoạch tỉnh”: lấy từ kế hoạch của tỉnh.</translation>
    </message>
    <message>
        <source>This commune is in a difficult area: QĐ 281&apos;s lower targets apply to the years up to 2020.</source>
        <translation>Xã thuộc vùng khó khăn: áp dụng các mục tiêu thấp hơn của QĐ 281 cho các năm đến 2020.</translation>
    </message>
</context>
<context>
    <name>sht::DocumentSettingsDialog</name>
    <message>
        <source>Document signers and heading</source>
        <translation>Người ký và tiêu đề văn bản</translation>
    </message>
    <message>
        <source>These names are printed on every report, minutes and certificate of this commune file: the issuing body top left, the place on the date line, the signers under the signature blocks.</source>
        <translation>Các tên này được in trên mọi báo cáo, biên bản và giấy công nhận của tệp dữ liệu xã này: cơ quan ban hành ở góc trên bên trái, địa danh ở dòng ngày tháng, người ký ở dưới phần chữ ký.</translation>
    </message>
    <message>
        <source>&amp;Parent body (optional):</source>
        <translation>Cơ quan &amp;cấp trên (không bắt buộc):</translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>Study promotion &amp;association:</source>
        <translation>&amp;Hội Khuyến học:</translation>
    </message>
    <message>
        <source>P&amp;lace on the date line:</source>
        <translation>Địa &amp;danh ở dòng ngày tháng:</translation>
    </message>
    <message>
        <source>&amp;Chairman of the People&apos;s Committee:</source>
        <translation>Chủ tịch &amp;UBND:</translation>
    </message>
    <message>
        <source>Chairman of the associatio&amp;n:</source>
        <translation>Chủ tịch Hội &amp;Khuyến học:</translation>
    </message>
    <message>
        <source>P&amp;repared by:</source>
        <translation>&amp;Người lập biểu:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save the names (Enter)</source>
        <translation>Lưu các tên (Enter)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Đóng, không lưu (Esc)</translation>
    </message>
    <message>
        <source>Type the issuing body (for example UBND XÃ HÒA BÌNH): every paper starts with it.</source>
        <translation>Nhập cơ quan ban hành (ví dụ UBND XÃ HÒA BÌNH): mọi văn bản đều bắt đầu bằng tên này.</translation>
    </message>
    <message>
        <source>Change the document signers and heading</source>
        <translation>Sửa người ký và tiêu đề văn bản</translation>
    </message>
</context>
<context>
    <name>sht::DuplicateReviewDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Những người có thể trùng lặp</translation>
    </message>
    <message>
        <source>Keep &amp;left</source>
        <translation>Giữ bên &amp;trái</translation>
    </message>
    <message>
        <source>Keep the record on the left; the other is merged into it (Left)</source>
        <translation>Giữ hồ sơ bên trái; hồ sơ kia được gộp vào đó (Left)</translation>
    </message>
    <message>
        <source>Keep r&amp;ight</source>
        <translation>Giữ bên &amp;phải</translation>
    </message>
    <message>
        <source>Keep the record on the right; the other is merged into it (Right)</source>
        <translation>Giữ hồ sơ bên phải; hồ sơ kia được gộp vào đó (Right)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Gộp</translation>
    </message>
    <message>
        <source>One person: merge the other record into the one kept. Edit &gt; Undo takes it back (M)</source>
        <translation>Là một người: gộp hồ sơ kia vào hồ sơ được giữ. Sửa &gt; Hoàn tác sẽ khôi phục lại (M)</translation>
    </message>
    <message>
        <source>Keep &amp;apart</source>
        <translation>Giữ &amp;riêng</translation>
    </message>
    <message>
        <source>Two different people: never propose this pair again (K)</source>
        <translation>Là hai người khác nhau: không đề xuất cặp này nữa (K)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Cặp trước</translation>
    </message>
    <message>
        <source>The previous pair (Up)</source>
        <translation>Cặp trước (Up)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Cặp &amp;sau</translation>
    </message>
    <message>
        <source>Leave this pair as it is and show the next one (N or Down)</source>
        <translation>Để nguyên cặp này và xem cặp tiếp theo (N hoặc Down)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Stop reviewing; pairs not decided stay as they are (Esc)</source>
        <translation>Dừng xem xét; các cặp chưa quyết định được để nguyên (Esc)</translation>
    </message>
    <message>
        <source>Left / Right: the record to keep · M: merge · K: keep apart · N or Down: next pair · Up: previous · Esc: close</source>
        <translation>Left / Right: chọn hồ sơ giữ lại · M: gộp · K: giữ riêng · N hoặc Down: cặp sau · Up: cặp trước · Esc: đóng</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <source>Citizen ID:</source>
        <translation>Số CCCD/CMND:</translation>
    </message>
    <message>
        <source>Lives in:</source>
        <translation>Nơi ở:</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>đã mất</translation>
    </message>
    <message>
        <source>%1, household %2 (%3)</source>
        <translation>%1, hộ %2 (%3)</translation>
    </message>
    <message>
        <source>in no household</source>
        <translation>không thuộc hộ nào</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(chưa ghi)</translation>
    </message>
    <message>
        <source>No longer in the file</source>
        <translation>Không còn trong tệp</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Được giữ lại</translation>
    </message>
    <message>
        <source>No possible duplicates</source>
        <translation>Không có người nào có thể trùng lặp</translation>
    </message>
    <message>
        <source>No two people of the file look like one person.</source>
        <translation>Trong tệp không có hai người nào có vẻ là cùng một người.</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>đã gộp</translation>
    </message>
    <message>
        <source>kept apart</source>
        <translation>đã giữ riêng</translation>
    </message>
    <message>
        <source>already one person (merged in another pair)</source>
        <translation>đã là một người (đã gộp ở cặp khác)</translation>
    </message>
    <message>
        <source>Pair %1 of %2</source>
        <translation>Cặp %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>đã gộp %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept apart</source>
        <translation>
            <numerusform>đã giữ riêng %n</numerusform>
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
        <translation>Cả hai đều có số CCCD/CMND %1 và cùng họ tên.</translation>
    </message>
    <message>
        <source>The citizen ID %1 is the same too.</source>
        <translation>Số CCCD/CMND %1 cũng trùng nhau.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Không gộp được</translation>
    </message>
    <message>
        <source>Cannot keep them apart</source>
        <translation>Không giữ riêng được</translation>
    </message>
    <message>
        <source>Same name and a matching birth date.</source>
        <translation>Trùng họ tên và ngày sinh.</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Đã gộp vào hồ sơ này</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Giữ hồ sơ này</translation>
    </message>
    <message>
        <source>Merge into the other</source>
        <translation>Gộp vào hồ sơ kia</translation>
    </message>
</context>
<context>
    <name>sht::EvaluationChangesDialog</name>
    <message>
        <source>(not evaluated)</source>
        <translation>(chưa đánh giá)</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>mức độ %1</translation>
    </message>
    <message>
        <source>What changed in %1</source>
        <translation>Thay đổi trong năm %1</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) differ from the previous evaluation of %1:</source>
        <translation>
            <numerusform>%n kết quả khác với lần đánh giá trước của năm %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Danh hiệu</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện nay</translation>
    </message>
    <message>
        <source>Waiting for the council</source>
        <translation>Chờ hội đồng xét</translation>
    </message>
    <message>
        <source>Not evaluated:</source>
        <translation>Chưa đánh giá:</translation>
    </message>
</context>
<context>
    <name>sht::EvaluationDetailWidget</name>
    <message>
        <source>Criteria and indicators</source>
        <translation>Tiêu chí và chỉ tiêu</translation>
    </message>
    <message>
        <source>On an indicator the council judges: Space or M met, N not met, digits points, Del clear; Enter next indicator; Ctrl+Down / Ctrl+Up next / previous subject; F2 the note</source>
        <translation>Trên chỉ tiêu do hội đồng xét: Space hoặc M là đạt, N là không đạt, gõ số để cho điểm, Del để xóa; Enter sang chỉ tiêu tiếp theo; Ctrl+Down / Ctrl+Up sang đối tượng sau / trước; F2 để ghi chú</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>What the council saw, e.g. &quot;minutes of 12/01, page 3&quot;</source>
        <translation>Hội đồng đã xem gì, ví dụ “biên bản họp ngày 12/01, trang 3”</translation>
    </message>
    <message>
        <source>The evidence note of the current judgement; Enter saves it, Esc goes back (F2)</source>
        <translation>Ghi chú minh chứng của lần chấm hiện tại; Enter để lưu, Esc để quay lại (F2)</translation>
    </message>
    <message>
        <source>Evidence &amp;note:</source>
        <translation>Ghi chú &amp;về minh chứng:</translation>
    </message>
    <message>
        <source>Choose a subject in the list to see why it has its verdict.</source>
        <translation>Chọn một đối tượng trong danh sách để xem lý do của kết quả.</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Kết quả: %1</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Mức độ %1</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 điểm</translation>
    </message>
    <message>
        <source>recognised by decision %1</source>
        <translation>được công nhận theo quyết định %1</translation>
    </message>
    <message>
        <source>Criteria: %1 (%2, version %3)</source>
        <translation>Bộ tiêu chí: %1 (%2, phiên bản %3)</translation>
    </message>
    <message>
        <source>Some indicators of these criteria are provisional: they wait for the province&apos;s wording and thresholds (marked *). A cloned catalogue can hold them.</source>
        <translation>Một số chỉ tiêu của bộ tiêu chí này đang tạm thời: còn chờ lời văn và ngưỡng của tỉnh (đánh dấu *). Có thể ghi các mục này vào một bộ tiêu chí sao chép.</translation>
    </message>
    <message>
        <source>The criteria version %1 %2 that gave this verdict is no longer in the file: evaluate again (F5).</source>
        <translation>Phiên bản bộ tiêu chí %1 %2 đã cho ra kết quả này không còn trong tệp: hãy đánh giá lại (F5).</translation>
    </message>
    <message>
        <source>Judged by the council.</source>
        <translation>Do hội đồng xét.</translation>
    </message>
    <message>
        <source>Judged by the council; the registers prefill the evidence (%1).</source>
        <translation>Do hội đồng xét; minh chứng được điền sẵn từ sổ (%1).</translation>
    </message>
    <message>
        <source>Computed from the registers (%1).</source>
        <translation>Tính từ sổ (%1).</translation>
    </message>
    <message>
        <source>Provisional: waits for the province&apos;s wording.</source>
        <translation>Tạm thời: còn chờ lời văn của tỉnh.</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Kết quả: %1</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Điểm: %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Giá trị: %1</translation>
    </message>
    <message>
        <source>given by the council</source>
        <translation>do hội đồng chấm</translation>
    </message>
    <message numerus="yes">
        <source>Evidence (%n against the rule):</source>
        <translation>
            <numerusform>Minh chứng (%n mục chưa đạt):</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Minh chứng:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… và %n mục khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>Council&apos;s note:</source>
        <translation>Ghi chú của hội đồng:</translation>
    </message>
    <message>
        <source>What the council should see:</source>
        <translation>Hội đồng cần xem:</translation>
    </message>
    <message>
        <source>Computed indicator: it follows the registers. Enter goes to the next indicator the council judges.</source>
        <translation>Chỉ tiêu tính từ sổ: tự cập nhật theo dữ liệu trong sổ. Enter để sang chỉ tiêu tiếp theo do hội đồng xét.</translation>
    </message>
    <message>
        <source>Type the points (0–%1), or Space / M full points, N none; Del clears; Enter next; Ctrl+Down next subject; F2 note.</source>
        <translation>Gõ số điểm (0–%1), hoặc Space / M là đủ điểm, N là 0 điểm; Del để xóa; Enter sang chỉ tiêu tiếp; Ctrl+Down sang đối tượng tiếp; F2 để ghi chú.</translation>
    </message>
    <message>
        <source>Space or M met, N not met, Del clears; Enter next; Ctrl+Down next subject; F2 note.</source>
        <translation>Space hoặc M là đạt, N là không đạt, Del để xóa; Enter sang chỉ tiêu tiếp; Ctrl+Down sang đối tượng tiếp; F2 để ghi chú.</translation>
    </message>
    <message>
        <source>Points: %1… (Enter confirms, Backspace corrects)</source>
        <translation>Điểm: %1… (Enter để xác nhận, Backspace để sửa)</translation>
    </message>
</context>
<context>
    <name>sht::EvaluationIndicatorModel</name>
    <message>
        <source>Council</source>
        <translation>Hội đồng</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Tính từ sổ</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Chờ xét</translation>
    </message>
    <message>
        <source>Provisional: waits for the province&apos;s wording</source>
        <translation>Tạm thời: còn chờ lời văn của tỉnh</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Criterion / indicator</source>
        <translation>Tiêu chí / chỉ tiêu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
</context>
<context>
    <name>sht::EvaluationTableModel</name>
    <message>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Waiting for the council</source>
        <translation>Chờ hội đồng xét</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Mức độ %1</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 điểm</translation>
    </message>
    <message>
        <source>Decision %1 of %2, signed by %3; valid until %4</source>
        <translation>Quyết định %1 ngày %2, do %3 ký; có giá trị đến %4</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn/TDP</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Danh hiệu</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Level / points</source>
        <translation>Mức độ / điểm</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Đã công nhận</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>sht::EvaluationWidget</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>All titles</source>
        <translation>Tất cả danh hiệu</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Danh h&amp;iệu:</translation>
    </message>
    <message>
        <source>Filter: name or village…</source>
        <translation>Lọc: tên hoặc thôn…</translation>
    </message>
    <message>
        <source>Type any part of a subject&apos;s or a village&apos;s name, with or without accents. Esc clears, Down goes to the list (Ctrl+F).</source>
        <translation>Gõ một phần bất kỳ của tên đối tượng hoặc tên thôn, có dấu hay không dấu đều được. Esc để xóa, Down để chuyển xuống danh sách (Ctrl+F).</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Tất cả kết quả</translation>
    </message>
    <message>
        <source>Verdi&amp;ct:</source>
        <translation>Kết q&amp;uả:</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>Đăng &amp;ký…</translation>
    </message>
    <message>
        <source>Households, citizens, clans, villages and units that register for the year&apos;s titles (Alt+R)</source>
        <translation>Hộ, công dân, dòng họ, thôn và đơn vị đăng ký các danh hiệu của năm (Alt+K)</translation>
    </message>
    <message>
        <source>Eval&amp;uate</source>
        <translation>&amp;Chạy đánh giá</translation>
    </message>
    <message>
        <source>Evaluates every registered subject of the year (%1)</source>
        <translation>Đánh giá mọi đối tượng đã đăng ký trong năm (%1)</translation>
    </message>
    <message>
        <source>Rec&amp;ognise…</source>
        <translation>&amp;Quyết định công nhận…</translation>
    </message>
    <message>
        <source>Records the decision that recognises the selected subjects whose verdict is met (%1)</source>
        <translation>Ghi quyết định công nhận các đối tượng đã chọn có kết quả Đạt (%1)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Thu &amp;hồi</translation>
    </message>
    <message>
        <source>Withdraws the recognition of the current subject (Alt+W)</source>
        <translation>Thu hồi công nhận của đối tượng đang chọn (Alt+H)</translation>
    </message>
    <message>
        <source>Catalo&amp;gues…</source>
        <translation>&amp;Bộ tiêu chí…</translation>
    </message>
    <message>
        <source>The criteria catalogues: read them, clone one for the province&apos;s guidance</source>
        <translation>Các bộ tiêu chí: xem nội dung, sao chép một bộ để ghi theo hướng dẫn của tỉnh</translation>
    </message>
    <message>
        <source>T&amp;argets…</source>
        <translation>&amp;Mục tiêu…</translation>
    </message>
    <message>
        <source>Percentages per title against the national and local targets</source>
        <translation>Tỉ lệ theo từng danh hiệu so với mục tiêu quốc gia và địa phương</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>No commune file is open.</source>
        <translation>Chưa mở tệp dữ liệu xã nào.</translation>
    </message>
    <message>
        <source>Met %1 · Not met %2 · Waiting %3</source>
        <translation>Đạt %1 · Không đạt %2 · Chờ xét %3</translation>
    </message>
    <message>
        <source>(of %1 registered)</source>
        <translation>(trên %1 đối tượng đã đăng ký)</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>Hiển thị %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing registered for %1 yet: Register… (Alt+R), then Evaluate (F5).</source>
        <translation>Năm %1 chưa có đăng ký nào: hãy Đăng ký… (Alt+K), rồi Chạy đánh giá (F5).</translation>
    </message>
    <message numerus="yes">
        <source>%n registered but not evaluated yet: press F5.</source>
        <translation>
            <numerusform>%n đối tượng đã đăng ký nhưng chưa được đánh giá: nhấn F5.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registers changed since the last evaluation: press F5 to evaluate again.</source>
        <translation>Dữ liệu trong sổ đã thay đổi từ lần đánh giá trước: nhấn F5 để đánh giá lại.</translation>
    </message>
    <message>
        <source>No results for %1 yet.</source>
        <translation>Chưa có kết quả năm %1.</translation>
    </message>
    <message>
        <source>The result of %1 is no longer stored: evaluate the year again (F5).</source>
        <translation>Kết quả của %1 không còn được lưu: hãy đánh giá lại năm đó (F5).</translation>
    </message>
    <message>
        <source>That was the last subject in the list.</source>
        <translation>Đây là đối tượng cuối cùng trong danh sách.</translation>
    </message>
    <message>
        <source>That was the first subject in the list.</source>
        <translation>Đây là đối tượng đầu tiên trong danh sách.</translation>
    </message>
    <message>
        <source>%1: %2 judged.</source>
        <translation>%1: đã chấm %2.</translation>
    </message>
    <message>
        <source>The verdict is now: %1.</source>
        <translation>Kết quả hiện là: %1.</translation>
    </message>
    <message>
        <source>Registrations changed: press F5 to evaluate %1 with them.</source>
        <translation>Đăng ký đã thay đổi: nhấn F5 để đánh giá lại năm %1 theo đăng ký mới.</translation>
    </message>
    <message>
        <source>Evaluating %1…</source>
        <translation>Đang đánh giá năm %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Evaluation cancelled: the results of %1 are as they were.</source>
        <translation>Đã hủy đánh giá: kết quả năm %1 vẫn giữ nguyên.</translation>
    </message>
    <message numerus="yes">
        <source>Evaluated %n subject(s) of %1 in %2 s.</source>
        <translation>
            <numerusform>Đã đánh giá %n đối tượng năm %1 trong %2 giây.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluated for the first time.</source>
        <translation>
            <numerusform>%n đối tượng được đánh giá lần đầu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) changed.</source>
        <translation>
            <numerusform>%n kết quả đã thay đổi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be evaluated.</source>
        <translation>
            <numerusform>%n đối tượng không đánh giá được.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose subjects of one title: a decision recognises one title (filter by Title, Alt+T).</source>
        <translation>Hãy chọn các đối tượng của cùng một danh hiệu: mỗi quyết định chỉ công nhận một danh hiệu (lọc theo Danh hiệu, Alt+I).</translation>
    </message>
    <message>
        <source>Select the subjects whose verdict is met (filter Verdict: Met, then Ctrl+A), then Ctrl+R.</source>
        <translation>Hãy chọn các đối tượng có kết quả Đạt (lọc Kết quả: Đạt, rồi Ctrl+A), sau đó nhấn Ctrl+R.</translation>
    </message>
    <message numerus="yes">
        <source>Decision %1 recognises %n subject(s).</source>
        <translation>
            <numerusform>Quyết định %1 công nhận %n đối tượng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected subject(s) not met were left out.</source>
        <translation>
            <numerusform>Đã bỏ qua %n đối tượng được chọn nhưng không đạt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no recognition for %2 to withdraw.</source>
        <translation>%1 chưa được công nhận năm %2 nên không có gì để thu hồi.</translation>
    </message>
    <message>
        <source>Withdraw recognition</source>
        <translation>Thu hồi công nhận</translation>
    </message>
    <message>
        <source>Withdraw the recognition of %1 (decision %2)?</source>
        <translation>Thu hồi công nhận của %1 (quyết định %2)?</translation>
    </message>
    <message>
        <source>The recognition of %1 was withdrawn.</source>
        <translation>Đã thu hồi công nhận của %1.</translation>
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
    <name>sht::ImportDialog</name>
    <message>
        <source>Import registers</source>
        <translation>Nhập danh sách hộ, nhân khẩu</translation>
    </message>
    <message>
        <source>The files to import. Del removes the chosen one; files can be dropped here.</source>
        <translation>Các tệp cần nhập. Nhấn Del để bỏ tệp đang chọn; có thể kéo thả tệp vào đây.</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Thêm tệp…</translation>
    </message>
    <message>
        <source>Add an Excel workbook (.xlsx, .xls) or a CSV file (Ctrl+O)</source>
        <translation>Thêm tệp Excel (.xlsx, .xls) hoặc tệp CSV (Ctrl+O)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Nhập vào</translation>
    </message>
    <message>
        <source>Space ticks or unticks a sheet: unticked sheets are not imported</source>
        <translation>Nhấn Space để đánh dấu hoặc bỏ đánh dấu một trang tính: trang tính không được đánh dấu sẽ không được nhập</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>&amp;Các tệp:</translation>
    </message>
    <message>
        <source>S&amp;heets:</source>
        <translation>Tr&amp;ang tính:</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Tự nhận biết</translation>
    </message>
    <message>
        <source>The village or residential group this sheet&apos;s households go to: an existing one, or a new name</source>
        <translation>Thôn hoặc tổ dân phố nhận các hộ của trang tính này: chọn nơi đã có, hoặc gõ tên mới</translation>
    </message>
    <message>
        <source>The first row chooses what each column holds; grey rows are skipped</source>
        <translation>Dòng đầu tiên dùng để chọn nội dung của từng cột; các dòng màu xám sẽ bị bỏ qua</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Bảng mã:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>Thôn/tổ &amp;dân phố:</translation>
    </message>
    <message>
        <source>&amp;Preview (columns and rows):</source>
        <translation>&amp;Xem trước (cột và dòng):</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Cách xử lý khi nhập</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ở đây</translation>
    </message>
    <message>
        <source>And there</source>
        <translation>Trùng với</translation>
    </message>
    <message>
        <source>Person / value</source>
        <translation>Người / thông tin</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>Trong danh sách nhập</translation>
    </message>
    <message>
        <source>Only ticked people are updated (Space ticks or unticks)</source>
        <translation>Chỉ cập nhật những người được đánh dấu (nhấn Space để đánh dấu hoặc bỏ đánh dấu)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Có thể trùng lặp</translation>
    </message>
    <message>
        <source>Updates to confirm</source>
        <translation>Cập nhật cần xác nhận</translation>
    </message>
    <message>
        <source>1. Preview</source>
        <translation>1. Xem trước</translation>
    </message>
    <message>
        <source>2. Dry run</source>
        <translation>2. Chạy thử</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>Chạy t&amp;hử</translation>
    </message>
    <message>
        <source>Show what the import would do, without changing anything (Alt+D)</source>
        <translation>Xem việc nhập sẽ làm gì mà không thay đổi gì cả (Alt+H)</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>&amp;Lưu báo cáo…</translation>
    </message>
    <message>
        <source>Save the dry run&apos;s report as an Excel workbook (Alt+R)</source>
        <translation>Lưu báo cáo chạy thử thành tệp Excel (Alt+L)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Import everything, or nothing if anything fails (Ctrl+Enter)</source>
        <translation>Nhập tất cả; nếu có bất kỳ lỗi nào thì không nhập gì (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Add a register to import</source>
        <translation>Thêm danh sách cần nhập</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation>Danh sách (*.xlsx *.xls *.csv *.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Không nhập được</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>bỏ qua: %1</translation>
    </message>
    <message>
        <source>Text read as %1 (confidence %2%)</source>
        <translation>Chữ được đọc theo bảng mã %1 (độ tin cậy %2%)</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>This sheet is skipped: %1. Tick it to import it anyway.</source>
        <translation>Trang tính này bị bỏ qua: %1. Đánh dấu trang tính nếu vẫn muốn nhập.</translation>
    </message>
    <message>
        <source>Choose a sheet of this file.</source>
        <translation>Hãy chọn một trang tính của tệp này.</translation>
    </message>
    <message>
        <source>Add a file to import (Ctrl+O).</source>
        <translation>Hãy thêm tệp cần nhập (Ctrl+O).</translation>
    </message>
    <message>
        <source>Skipped because</source>
        <translation>Lý do bỏ qua</translation>
    </message>
    <message>
        <source>Column holds:</source>
        <translation>Nội dung cột:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>header</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <source>column numbers</source>
        <translation>số thứ tự cột</translation>
    </message>
    <message>
        <source>above the header</source>
        <translation>phía trên tiêu đề</translation>
    </message>
    <message>
        <source>Cannot read the file this way</source>
        <translation>Không đọc được tệp theo cách này</translation>
    </message>
    <message>
        <source>No names in this sheet</source>
        <translation>Trang tính không có họ tên</translation>
    </message>
    <message>
        <source>No column of this sheet holds names, so it cannot be imported. Choose the name column in the preview&apos;s first row, then tick the sheet again.</source>
        <translation>Trang tính này không có cột nào chứa họ tên nên không thể nhập. Hãy chọn cột họ tên ở dòng đầu tiên của phần xem trước, rồi đánh dấu lại trang tính.</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>không nhập</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Không có gì để nhập</translation>
    </message>
    <message>
        <source>No person was found in the sheets chosen. Check that a column holds the names (the preview&apos;s first row) and that the sheet is ticked.</source>
        <translation>Không tìm thấy người nào trong các trang tính đã chọn. Hãy kiểm tra xem có cột chứa họ tên không (dòng đầu tiên của phần xem trước) và trang tính đã được đánh dấu chưa.</translation>
    </message>
    <message>
        <source>Cannot prepare the import</source>
        <translation>Không chuẩn bị được việc nhập</translation>
    </message>
    <message>
        <source>%1 (%2, household %3)</source>
        <translation>%1 (%2, hộ %3)</translation>
    </message>
    <message>
        <source>Save the dry run&apos;s report</source>
        <translation>Lưu báo cáo chạy thử</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>Không lưu được báo cáo</translation>
    </message>
    <message>
        <source>Everything in these files is already in the commune file.</source>
        <translation>Mọi dữ liệu trong các tệp này đã có trong tệp dữ liệu xã.</translation>
    </message>
    <message>
        <source>Large import</source>
        <translation>Nhập số lượng lớn</translation>
    </message>
    <message numerus="yes">
        <source>This import writes %n person(s). An import this large cannot be taken back with Edit &gt; Undo. Import now?</source>
        <translation>
            <numerusform>Lần nhập này ghi %n người. Lần nhập lớn như vậy không thể hoàn tác bằng Sửa &gt; Hoàn tác. Nhập ngay?</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Đã hủy nhập</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Nhập không thành công</translation>
    </message>
    <message>
        <source>%1

Nothing was changed in the commune file.</source>
        <translation>%1

Tệp dữ liệu xã chưa bị thay đổi gì.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>%1 household(s) and %2 person(s) added, %3 person(s) updated, %4 village(s) created. %5</source>
        <translation>Đã thêm %1 hộ và %2 người, cập nhật %3 người, tạo %4 thôn, tổ dân phố. %5</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back.</source>
        <translation>Sửa &gt; Hoàn tác sẽ bỏ toàn bộ lần nhập này.</translation>
    </message>
    <message>
        <source>Cannot look for duplicates</source>
        <translation>Không tìm được trường hợp trùng lặp</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of people may be the same person. Review them now?</source>
        <translation>
            <numerusform>Có %n cặp người có thể là cùng một người. Xem lại ngay bây giờ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Header on row %1</source>
        <translation>Tiêu đề ở dòng %1</translation>
    </message>
    <message>
        <source>Header on rows %1–%2</source>
        <translation>Tiêu đề ở dòng %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%1, data from row %2; %n column(s) recognised.</source>
        <translation>
            <numerusform>%1, dữ liệu từ dòng %2; nhận ra %n cột.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Import registers…</source>
        <translation>Nhậ&amp;p sổ hộ…</translation>
    </message>
    <message>
        <source>Import household registers from Excel (.xlsx, .xls) or CSV files; files can also be dropped on the window</source>
        <translation>Nhập sổ hộ từ tệp Excel (.xlsx, .xls) hoặc CSV; cũng có thể kéo thả tệp vào cửa sổ</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>Đánh giá, &amp;công nhận</translation>
    </message>
    <message>
        <source>Registrations, verdicts with their reasons, the council&apos;s judgements and recognitions</source>
        <translation>Đăng ký, kết quả kèm lý do, ý kiến chấm của hội đồng và quyết định công nhận</translation>
    </message>
    <message>
        <source>&amp;Targets dashboard</source>
        <translation>Theo dõi &amp;mục tiêu</translation>
    </message>
    <message>
        <source>Shares of recognised households, clans, villages, units and citizens against the national and local targets</source>
        <translation>Tỉ lệ hộ, dòng họ, thôn, đơn vị và công dân được công nhận so với mục tiêu quốc gia và địa phương</translation>
    </message>
    <message>
        <source>&amp;Criteria catalogues…</source>
        <translation>&amp;Bộ tiêu chí…</translation>
    </message>
    <message>
        <source>The criteria of every title, their sources and what is provisional; adapt a copy to the province</source>
        <translation>Tiêu chí của từng danh hiệu, nguồn văn bản và các mục tạm thời; điều chỉnh một bản sao theo tỉnh</translation>
    </message>
    <message>
        <source>Read-only file</source>
        <translation>Tệp chỉ đọc</translation>
    </message>
    <message>
        <source>This file is open read-only: nothing can be imported into it.</source>
        <translation>Tệp này đang mở ở chế độ chỉ đọc: không thể nhập dữ liệu vào.</translation>
    </message>
    <message>
        <source>E&amp;xport volunteer package…</source>
        <translation>X&amp;uất gói tình nguyện viên…</translation>
    </message>
    <message>
        <source>Write some villages into a file a volunteer opens on their own laptop and sends back</source>
        <translation>Ghi một số thôn/tổ dân phố ra một tệp để tình nguyện viên mở trên máy tính của mình rồi gửi lại</translation>
    </message>
    <message>
        <source>Merge &amp;volunteer package…</source>
        <translation>Gộp gói tình nguyện &amp;viên…</translation>
    </message>
    <message>
        <source>Review what a returned volunteer package changes, decide its conflicts and merge it</source>
        <translation>Xem gói tình nguyện viên gửi lại sẽ thay đổi những gì, quyết định các xung đột rồi gộp vào tệp</translation>
    </message>
    <message>
        <source>Export &amp;Excel entry template…</source>
        <translation>Xuất mẫu nhập liệu &amp;Excel…</translation>
    </message>
    <message>
        <source>An Excel workbook of one village for a volunteer without the app; it comes back through Import</source>
        <translation>Tệp Excel của một thôn/tổ dân phố cho tình nguyện viên không dùng ứng dụng; khi điền xong, nhập lại bằng Nhập sổ hộ</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Báo cá&amp;o</translation>
    </message>
    <message>
        <source>Yearly statistics, TT 25 and TT 24 dossiers, lists, minutes and certificates: preview, export to Excel, print or save as PDF</source>
        <translation>Thống kê hằng năm, hồ sơ theo TT 25 và TT 24, danh sách, biên bản và giấy công nhận: xem trước, xuất ra Excel, in hoặc lưu thành PDF</translation>
    </message>
    <message>
        <source>Document &amp;signers…</source>
        <translation>Người &amp;ký văn bản…</translation>
    </message>
    <message>
        <source>The issuing body, the place and the signers printed on every report, minutes and certificate</source>
        <translation>Cơ quan ban hành, địa danh và người ký in trên mọi báo cáo, biên bản và giấy công nhận</translation>
    </message>
    <message>
        <source>%1 (volunteer package)</source>
        <translation>%1 (gói tình nguyện viên)</translation>
    </message>
    <message>
        <source>Volunteer package</source>
        <translation>Gói tình nguyện viên</translation>
    </message>
    <message>
        <source>The criteria catalogues are kept by the clerk: a volunteer package uses them as they are.</source>
        <translation>Bộ tiêu chí do cán bộ xã quản lý: gói tình nguyện viên dùng nguyên như vậy.</translation>
    </message>
    <message>
        <source>Choose the package the volunteer sent back</source>
        <translation>Chọn gói mà tình nguyện viên đã gửi lại</translation>
    </message>
    <message>
        <source>Volunteer packages (*.shtpkg);;All files (*)</source>
        <translation>Gói tình nguyện viên (*.shtpkg);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Sao &amp;lưu…</translation>
    </message>
    <message>
        <source>How many backups to keep and where; take a backup of the open file now</source>
        <translation>Số bản sao lưu cần giữ và nơi lưu; sao lưu tệp đang mở ngay bây giờ</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>List the backups with their dates and records, and restore one into a new file</source>
        <translation>Liệt kê các bản sao lưu kèm ngày giờ và số bản ghi, và khôi phục một bản vào tệp mới</translation>
    </message>
    <message>
        <source>The last action was interrupted</source>
        <translation>Thao tác vừa rồi bị gián đoạn</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Đã mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>Taking today&apos;s backup…</source>
        <translation>Đang tạo bản sao lưu của hôm nay…</translation>
    </message>
    <message>
        <source>Warning: today&apos;s backup could not be taken. %1</source>
        <translation>Cảnh báo: không tạo được bản sao lưu của hôm nay. %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup of this file was taken (File &gt; Backups…).</source>
        <translation>Đã tạo bản sao lưu của tệp này cho hôm nay (Tệp &gt; Sao lưu…).</translation>
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
    <name>sht::MergeChangesModel</name>
    <message>
        <source>added</source>
        <translation>thêm mới</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Not tied to a village</source>
        <translation>Không thuộc thôn nào</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln change(s))</source>
        <translation>
            <numerusform>%1 (%Ln thay đổi)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3 changes shown)</source>
        <translation>%1 (đang hiện %2 trên %3 thay đổi)</translation>
    </message>
    <message>
        <source>Village / record</source>
        <translation>Thôn / bản ghi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Sổ</translation>
    </message>
    <message>
        <source>Fields (before → after)</source>
        <translation>Thông tin (trước → sau)</translation>
    </message>
</context>
<context>
    <name>sht::MergeConflictModel</name>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>changed in both files</source>
        <translation>bị sửa ở cả hai tệp</translation>
    </message>
    <message>
        <source>deleted in your file, edited by the volunteer</source>
        <translation>đã xóa trong tệp của bạn, tình nguyện viên lại sửa</translation>
    </message>
    <message>
        <source>edited in your file, deleted by the volunteer</source>
        <translation>đã sửa trong tệp của bạn, tình nguyện viên lại xóa</translation>
    </message>
    <message>
        <source>added by the volunteer, but already in your file</source>
        <translation>tình nguyện viên thêm mới, nhưng đã có trong tệp của bạn</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>chưa quyết định</translation>
    </message>
    <message>
        <source>keep it deleted</source>
        <translation>vẫn để đã xóa</translation>
    </message>
    <message>
        <source>keep yours</source>
        <translation>giữ của bạn</translation>
    </message>
    <message>
        <source>delete it</source>
        <translation>xóa đi</translation>
    </message>
    <message>
        <source>take the volunteer&apos;s</source>
        <translation>lấy của tình nguyện viên</translation>
    </message>
    <message>
        <source>keep both (two people)</source>
        <translation>giữ cả hai (hai người khác nhau)</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(đã xóa)</translation>
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
        <translation>đã quyết định</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) to make</source>
        <translation>
            <numerusform>còn %n mục cần quyết định</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1: %2 · %3</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>As exported</source>
        <translation>Bản gốc khi xuất</translation>
    </message>
    <message>
        <source>Your file</source>
        <translation>Tệp của bạn</translation>
    </message>
    <message>
        <source>Volunteer&apos;s package</source>
        <translation>Gói của tình nguyện viên</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
</context>
<context>
    <name>sht::MergeReviewDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Merge a volunteer package</source>
        <translation>Gộp gói tình nguyện viên</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn/TDP</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>← Keep &amp;yours</source>
        <translation>← Giữ của &amp;bạn</translation>
    </message>
    <message>
        <source>Keep the value in your file (Left; Ctrl+Left: every remaining field of this conflict)</source>
        <translation>Giữ giá trị trong tệp của bạn (Left; Ctrl+Left: mọi thông tin còn lại của xung đột này)</translation>
    </message>
    <message>
        <source>Take the &amp;volunteer&apos;s →</source>
        <translation>Lấy của tình nguyện &amp;viên →</translation>
    </message>
    <message>
        <source>Take the value from the volunteer&apos;s package (Right; Ctrl+Right: every remaining field of this conflict)</source>
        <translation>Lấy giá trị từ gói của tình nguyện viên (Right; Ctrl+Right: mọi thông tin còn lại của xung đột này)</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Giữ &amp;cả hai</translation>
    </message>
    <message>
        <source>Two different people who look alike: keep yours and add the volunteer&apos;s too (B)</source>
        <translation>Hai người khác nhau nhưng trông giống nhau: giữ của bạn và thêm cả người của tình nguyện viên (B)</translation>
    </message>
    <message>
        <source>Up / Down: conflicts and fields · Left: keep yours · Right: take the volunteer&apos;s · B: keep both · Ctrl+Left / Ctrl+Right: the whole conflict</source>
        <translation>Up / Down: các xung đột và thông tin · Left: giữ của bạn · Right: lấy của tình nguyện viên · B: giữ cả hai · Ctrl+Left / Ctrl+Right: cả xung đột</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <source>Name, village, register or value, with or without accents</source>
        <translation>Tên, thôn, sổ hoặc giá trị, có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>&amp;Apply merge</source>
        <translation>Thực hiện &amp;gộp</translation>
    </message>
    <message>
        <source>Merge every change and your decisions into this file, as one step Edit &gt; Undo takes back (Ctrl+Enter)</source>
        <translation>Gộp mọi thay đổi và các quyết định của bạn vào tệp này trong một bước, có thể bỏ bằng Sửa &gt; Hoàn tác (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Reading the volunteer package…</source>
        <translation>Đang đọc gói tình nguyện viên…</translation>
    </message>
    <message>
        <source>Merge cancelled</source>
        <translation>Đã hủy gộp</translation>
    </message>
    <message>
        <source>Reading the package was cancelled: nothing was changed.</source>
        <translation>Đã hủy đọc gói: chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Cannot merge this package</source>
        <translation>Không gộp được gói này</translation>
    </message>
    <message>
        <source>Already merged</source>
        <translation>Đã gộp trước đây</translation>
    </message>
    <message>
        <source>%1 was merged into this file before: there is nothing more to merge.

%2</source>
        <translation>%1 đã được gộp vào tệp này trước đây: không còn gì để gộp.

%2</translation>
    </message>
    <message>
        <source>Nothing to merge</source>
        <translation>Không có gì để gộp</translation>
    </message>
    <message>
        <source>%1 holds no change since it was exported: there is nothing to merge.

%2</source>
        <translation>%1 không có thay đổi nào kể từ khi xuất: không có gì để gộp.

%2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>Co&amp;nflicts (%1)</source>
        <translation>&amp;Xung đột (%1)</translation>
    </message>
    <message>
        <source>Changes &amp;without conflict (%1)</source>
        <translation>Thay đổi &amp;không xung đột (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Not tied to a village</source>
        <translation>Không thuộc thôn nào</translation>
    </message>
    <message>
        <source>Nothing to merge.</source>
        <translation>Không có gì để gộp.</translation>
    </message>
    <message>
        <source>No conflicts: every change can be merged as it is (Ctrl+Enter).</source>
        <translation>Không có xung đột: mọi thay đổi đều gộp được ngay (Ctrl+Enter).</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still need a decision</source>
        <translation>
            <numerusform>Còn %n xung đột cần quyết định</numerusform>
        </translation>
    </message>
    <message>
        <source>Every conflict is decided: Ctrl+Enter merges.</source>
        <translation>Đã quyết định mọi xung đột: nhấn Ctrl+Enter để gộp.</translation>
    </message>
    <message>
        <source>Merging the volunteer package…</source>
        <translation>Đang gộp gói tình nguyện viên…</translation>
    </message>
    <message>
        <source>The merge was cancelled: your file is as it was.</source>
        <translation>Đã hủy gộp: tệp của bạn vẫn như cũ.</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Không gộp được</translation>
    </message>
    <message>
        <source>Package merged</source>
        <translation>Đã gộp gói</translation>
    </message>
    <message>
        <source>The volunteer&apos;s work on %1 is in your file: %2 added, %3 changed, %4 deleted, %5. Edit &gt; Undo (Ctrl+Z) takes the whole merge back.</source>
        <translation>Phần việc của tình nguyện viên ở %1 đã có trong tệp của bạn: thêm %2, sửa %3, xóa %4, %5. Sửa &gt; Hoàn tác (Ctrl+Z) sẽ bỏ toàn bộ lần gộp này.</translation>
    </message>
    <message>
        <source>their villages</source>
        <translation>các thôn của họ</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) decided</source>
        <translation>
            <numerusform>đã quyết định %n xung đột</numerusform>
        </translation>
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
    <message>
        <source>Learning titles</source>
        <translation>Danh hiệu học tập</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
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
    <name>sht::PackageExportDialog</name>
    <message>
        <source>Export a volunteer package</source>
        <translation>Xuất gói tình nguyện viên</translation>
    </message>
    <message>
        <source>Export an Excel entry template</source>
        <translation>Xuất mẫu nhập liệu Excel</translation>
    </message>
    <message>
        <source>A volunteer package holds the chosen villages&apos; households and people (and nothing of the other villages). The volunteer opens it in Sổ Học Tập on their own laptop, enters their data and sends the file back for you to merge.</source>
        <translation>Gói tình nguyện viên chứa các hộ và nhân khẩu của những thôn/tổ dân phố đã chọn (không có gì của các thôn khác). Tình nguyện viên mở gói bằng Sổ Học Tập trên máy tính của mình, nhập dữ liệu rồi gửi tệp lại để bạn gộp.</translation>
    </message>
    <message>
        <source>An Excel workbook with the village&apos;s households and people filled in and drop-down lists, for a volunteer without the app. Filled in, it comes back through File &gt; Import registers, matched row by row.</source>
        <translation>Tệp Excel có sẵn các hộ và nhân khẩu của thôn/tổ dân phố cùng các danh sách chọn, dành cho tình nguyện viên không dùng ứng dụng. Khi điền xong, tệp được nhập lại bằng Tệp &gt; Nhập sổ hộ và đối chiếu từng dòng.</translation>
    </message>
    <message>
        <source>&amp;Villages (type to find, Space ticks):</source>
        <translation>&amp;Các thôn/TDP (gõ để tìm, Space để đánh dấu):</translation>
    </message>
    <message>
        <source>&amp;Village (type to find, Space ticks):</source>
        <translation>&amp;Thôn/TDP (gõ để tìm, Space để đánh dấu):</translation>
    </message>
    <message>
        <source>Village name, with or without accents</source>
        <translation>Tên thôn/tổ dân phố, có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>Choose where to save the file, then write it (Enter)</source>
        <translation>Chọn nơi lưu tệp rồi ghi tệp (Enter)</translation>
    </message>
    <message>
        <source>No village ticked; %1 of %2 shown.</source>
        <translation>Chưa đánh dấu thôn nào; đang hiện %1 trên %2.</translation>
    </message>
    <message>
        <source>Ticked: %1.</source>
        <translation>Đã đánh dấu: %1.</translation>
    </message>
    <message>
        <source>This commune has no village yet.</source>
        <translation>Xã này chưa có thôn/tổ dân phố nào.</translation>
    </message>
    <message>
        <source>Tick at least one village (Space ticks the one shown).</source>
        <translation>Hãy đánh dấu ít nhất một thôn (Space để đánh dấu thôn đang hiện).</translation>
    </message>
    <message>
        <source>Save the volunteer package</source>
        <translation>Lưu gói tình nguyện viên</translation>
    </message>
    <message>
        <source>Volunteer packages (*.shtpkg)</source>
        <translation>Gói tình nguyện viên (*.shtpkg)</translation>
    </message>
    <message>
        <source>Save the entry template</source>
        <translation>Lưu mẫu nhập liệu</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>File already exists</source>
        <translation>Tệp đã tồn tại</translation>
    </message>
    <message>
        <source>%1 already exists and is left as it is. Choose another name, or delete or move that file first.</source>
        <translation>%1 đã tồn tại và được giữ nguyên. Hãy chọn tên khác, hoặc xóa hay chuyển tệp đó đi trước.</translation>
    </message>
    <message>
        <source>Writing the volunteer package…</source>
        <translation>Đang ghi gói tình nguyện viên…</translation>
    </message>
    <message>
        <source>Writing the entry template…</source>
        <translation>Đang ghi mẫu nhập liệu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Đã hủy xuất</translation>
    </message>
    <message>
        <source>The export was cancelled: no file was written.</source>
        <translation>Đã hủy xuất: chưa ghi tệp nào.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <source>Volunteer package ready</source>
        <translation>Gói tình nguyện viên đã sẵn sàng</translation>
    </message>
    <message>
        <source>The package for %1 is saved as:
%2

Hand this file to the volunteer (on a USB stick or by message). They open it in Sổ Học Tập on their laptop, enter their data and send the file back. Then choose File &gt; Merge volunteer package… to bring their work into this file.</source>
        <translation>Gói cho %1 đã được lưu thành:
%2

Hãy chuyển tệp này cho tình nguyện viên (bằng USB hoặc gửi qua tin nhắn). Tình nguyện viên mở tệp bằng Sổ Học Tập trên máy tính của mình, nhập dữ liệu rồi gửi tệp lại. Sau đó chọn Tệp &gt; Gộp gói tình nguyện viên… để đưa phần việc của họ vào tệp này.</translation>
    </message>
    <message>
        <source>Entry template ready</source>
        <translation>Mẫu nhập liệu đã sẵn sàng</translation>
    </message>
    <message>
        <source>The entry template for %1 is saved as:
%2

Give it to the volunteer who works in Excel. When it comes back filled in, import it with File &gt; Import registers… (Ctrl+I): its rows are matched by their hidden identities.</source>
        <translation>Mẫu nhập liệu cho %1 đã được lưu thành:
%2

Hãy đưa tệp cho tình nguyện viên làm việc trên Excel. Khi nhận lại tệp đã điền, hãy nhập bằng Tệp &gt; Nhập sổ hộ… (Ctrl+I): các dòng được đối chiếu theo mã nhận diện ẩn.</translation>
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
    <name>sht::RecognitionDialog</name>
    <message>
        <source>Recognise: %1 %2</source>
        <translation>Công nhận: %1 năm %2</translation>
    </message>
    <message numerus="yes">
        <source>The decision recognises %n subject(s) whose verdict is met:</source>
        <translation>
            <numerusform>Quyết định công nhận %n đối tượng có kết quả Đạt:</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. 125/QĐ-UBND</source>
        <translation>ví dụ: 125/QĐ-UBND</translation>
    </message>
    <message>
        <source>e.g. Chủ tịch UBND xã Nguyễn Văn An</source>
        <translation>ví dụ: Chủ tịch UBND xã Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>&amp;Recognise</source>
        <translation>&amp;Công nhận</translation>
    </message>
    <message numerus="yes">
        <source>Valid for %n month(s), from %1 to %2 (set by the criteria).</source>
        <translation>
            <numerusform>Có giá trị %n tháng, từ %1 đến %2 (theo bộ tiêu chí).</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of the decision, as printed on it.</source>
        <translation>Hãy nhập số quyết định, ghi đúng như trên quyết định.</translation>
    </message>
    <message>
        <source>Type who signed the decision.</source>
        <translation>Hãy nhập người ký quyết định.</translation>
    </message>
</context>
<context>
    <name>sht::RegistrationCandidateModel</name>
    <message>
        <source>registered</source>
        <translation>đã đăng ký</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>chưa đăng ký</translation>
    </message>
    <message>
        <source>Registered · name</source>
        <translation>Đăng ký · tên</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn/TDP</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>sht::RegistrationDialog</name>
    <message>
        <source>Registrations for %1</source>
        <translation>Đăng ký năm %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Danh hiệu:</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Tất cả thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>T&amp;hôn, tổ dân phố:</translation>
    </message>
    <message>
        <source>Part of a name, household code or village…</source>
        <translation>Một phần tên, mã hộ hoặc tên thôn…</translation>
    </message>
    <message>
        <source>Type to find; Down or Enter goes to the list, where Space ticks. Esc clears.</source>
        <translation>Gõ để tìm; Down hoặc Enter để chuyển xuống danh sách, ở đó nhấn Space để đánh dấu. Esc để xóa.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Tì&amp;m:</translation>
    </message>
    <message>
        <source>Subjects that may register</source>
        <translation>Đối tượng có thể đăng ký</translation>
    </message>
    <message>
        <source>Space ticks or clears the selected rows</source>
        <translation>Space để đánh dấu hoặc bỏ đánh dấu các dòng đã chọn</translation>
    </message>
    <message>
        <source>Register &amp;whole village</source>
        <translation>Đăng ký &amp;toàn thôn</translation>
    </message>
    <message>
        <source>Registers every subject of the chosen village that may register (%1)</source>
        <translation>Đăng ký mọi đối tượng có thể đăng ký của thôn đã chọn (%1)</translation>
    </message>
    <message>
        <source>Tic&amp;k selected</source>
        <translation>Đánh dấu &amp;các dòng đã chọn</translation>
    </message>
    <message>
        <source>Registers the selected rows, or takes them back when all are registered (Space)</source>
        <translation>Đăng ký các dòng đã chọn, hoặc hủy đăng ký nếu tất cả đã được đăng ký (Space)</translation>
    </message>
    <message>
        <source>%1 registered of %2 that may register</source>
        <translation>Đã đăng ký %1 / %2 đối tượng có thể đăng ký</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>Hiển thị %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a village first (Alt+V).</source>
        <translation>Hãy chọn thôn/tổ dân phố trước (Alt+H).</translation>
    </message>
    <message>
        <source>%1 newly registered</source>
        <translation>Vừa đăng ký thêm %1</translation>
    </message>
    <message>
        <source>Register &amp;every village</source>
        <translation>Đăng ký toàn &amp;xã</translation>
    </message>
    <message>
        <source>Registers every subject of every village of the commune that may register, as one step (%1)</source>
        <translation>Đăng ký mọi đối tượng đủ điều kiện của tất cả các thôn trong xã, trong một bước (%1)</translation>
    </message>
    <message>
        <source>%1 newly registered in every village</source>
        <translation>%1 đăng ký mới ở tất cả các thôn</translation>
    </message>
</context>
<context>
    <name>sht::ReportPreviewModel</name>
    <message>
        <source>first %1 of %2 rows shown</source>
        <translation>hiển thị %1 dòng đầu trong %2 dòng</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Mục tiêu: %1</translation>
    </message>
</context>
<context>
    <name>sht::ReportsWidget</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>&amp;Reports:</source>
        <translation>&amp;Báo cáo:</translation>
    </message>
    <message>
        <source>A4 (landscape)</source>
        <translation>A4 (khổ ngang)</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Thôn/tổ dân phố:</translation>
    </message>
    <message>
        <source>Local &amp;unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Chuyên đề, lớp học:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Danh &amp;hiệu:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Khổ &amp;giấy:</translation>
    </message>
    <message>
        <source>&amp;Date on the paper:</source>
        <translation>Ngà&amp;y văn bản:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <source>&amp;Build preview</source>
        <translation>&amp;Lập bản xem trước</translation>
    </message>
    <message>
        <source>E&amp;xport Excel…</source>
        <translation>&amp;Xuất Excel…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>Xem trước khi &amp;in…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>Lưu &amp;PDF…</translation>
    </message>
    <message>
        <source>Si&amp;gners and heading…</source>
        <translation>Người &amp;ký và tiêu đề…</translation>
    </message>
    <message>
        <source>Build the preview again with the figures of the file now (%1)</source>
        <translation>Lập lại bản xem trước với số liệu hiện có trong tệp (%1)</translation>
    </message>
    <message>
        <source>Export the report as an Excel workbook (%1)</source>
        <translation>Xuất báo cáo thành tệp Excel (%1)</translation>
    </message>
    <message>
        <source>See the pages as they will be printed, and print them (%1)</source>
        <translation>Xem các trang như khi in ra, và in (%1)</translation>
    </message>
    <message>
        <source>Save the report as a PDF file (%1)</source>
        <translation>Lưu báo cáo thành tệp PDF (%1)</translation>
    </message>
    <message>
        <source>The issuing body, the place and the signers printed on every paper (Alt+G)</source>
        <translation>Cơ quan ban hành, địa danh và người ký được in trên mọi văn bản (Alt+K)</translation>
    </message>
    <message>
        <source>Open a commune file to make its reports.</source>
        <translation>Hãy mở một tệp dữ liệu xã để lập báo cáo.</translation>
    </message>
    <message>
        <source>Whole commune</source>
        <translation>Toàn xã</translation>
    </message>
    <message>
        <source>Choose a report in the list.</source>
        <translation>Hãy chọn một báo cáo trong danh sách.</translation>
    </message>
    <message>
        <source>Building “%1”…</source>
        <translation>Đang lập “%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Building the report was cancelled. Press F5 to build it again.</source>
        <translation>Đã hủy lập báo cáo. Nhấn F5 để lập lại.</translation>
    </message>
    <message>
        <source>The report has nothing to show for these choices.</source>
        <translation>Báo cáo không có gì để hiển thị với các lựa chọn này.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s), one per page: the print preview (%1) shows them.</source>
        <translation>
            <numerusform>%n giấy công nhận, mỗi trang một giấy: xem trong phần xem trước khi in (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>(the tables follow here: see below)</source>
        <translation>(các bảng nằm ở đây: xem bên dưới)</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Bảng %1</translation>
    </message>
    <message>
        <source>(no name yet: Signers and heading…)</source>
        <translation>(chưa có tên: Người ký và tiêu đề…)</translation>
    </message>
    <message>
        <source>Cannot make the report</source>
        <translation>Không lập được báo cáo</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Thay thế tệp?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this report?</source>
        <translation>Đã có tệp %1. Thay thế bằng báo cáo này?</translation>
    </message>
    <message>
        <source>Export the report to Excel</source>
        <translation>Xuất báo cáo ra Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Đã hủy xuất: chưa ghi tệp nào.</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Không xuất được báo cáo</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Đã xuất ra %1</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Lưu báo cáo thành PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>Không lưu được PDF</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Xem trước khi in: %1</translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <translation>Không in được báo cáo</translation>
    </message>
    <message>
        <source>The new names are printed on every paper from now on.</source>
        <translation>Từ nay các tên mới sẽ được in trên mọi văn bản.</translation>
    </message>
</context>
<context>
    <name>sht::RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message numerus="yes">
        <source>Backups are kept in %1 (the newest %n per commune file; File &gt; Backups… changes this). A backup is checked again before it is restored, into a new file: the open file is never overwritten.</source>
        <translation>
            <numerusform>Các bản sao lưu được giữ trong %1 (%n bản mới nhất cho mỗi tệp dữ liệu xã; thay đổi trong Tệp &gt; Sao lưu…). Bản sao lưu được kiểm tra lại trước khi khôi phục vào một tệp mới: tệp đang mở không bao giờ bị ghi đè.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Only the backups of the open commune file</source>
        <translation>&amp;Chỉ hiện bản sao lưu của tệp dữ liệu xã đang mở</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>Restore the selected backup into a new file (Enter)</source>
        <translation>Khôi phục bản sao lưu đã chọn vào một tệp mới (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <source>Checking the backups… %1 of %2</source>
        <translation>Đang kiểm tra các bản sao lưu… %1/%2</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) checked.</source>
        <translation>
            <numerusform>Đã kiểm tra %n bản sao lưu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>Đang kiểm tra các bản sao lưu…</translation>
    </message>
    <message>
        <source>Restore the backup into a new file</source>
        <translation>Khôi phục bản sao lưu vào một tệp mới</translation>
    </message>
    <message>
        <source>%1 is the file open now, and it cannot be replaced while it is open. Choose another name for the restored file; you can open it afterwards.</source>
        <translation>%1 là tệp đang mở, không thể thay thế khi đang mở. Hãy chọn tên khác cho tệp khôi phục; bạn có thể mở tệp đó sau.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the backup?

The file there now is not deleted: it is renamed to %2.</source>
        <translation>Đã có tệp %1. Thay tệp đó bằng bản sao lưu?

Tệp hiện có sẽ không bị xóa: tệp được đổi tên thành %2.</translation>
    </message>
    <message>
        <source>%1 could not be renamed (is it open in another program?). Choose another name; nothing was changed.</source>
        <translation>Không đổi tên được %1 (tệp có đang mở trong chương trình khác không?). Hãy chọn tên khác; chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was written.</source>
        <translation>Đã hủy khôi phục; chưa ghi gì.</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>Đã khôi phục vào %1.</translation>
    </message>
    <message>
        <source>The backup of %1 was restored into:
%2

Open the restored file now?</source>
        <translation>Bản sao lưu của %1 đã được khôi phục vào:
%2

Mở tệp vừa khôi phục ngay bây giờ?</translation>
    </message>
    <message>
        <source>Checking the backup and copying it into %1…</source>
        <translation>Đang kiểm tra bản sao lưu và chép vào %1…</translation>
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
    <name>sht::TargetEditDialog</name>
    <message>
        <source>Change target</source>
        <translation>Sửa mục tiêu</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Thêm mục tiêu</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>e.g. KH 45/KH-UBND of the province, 2023</source>
        <translation>ví dụ: KH 45/KH-UBND của tỉnh, năm 2023</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Chỉ tiêu:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Mục tiêu:</translation>
    </message>
    <message>
        <source>Set &amp;by:</source>
        <translation>Cấp &amp;ban hành:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>N&amp;guồn:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Gh&amp;i chú:</translation>
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
        <translation>%1, vùng khó khăn</translation>
    </message>
    <message>
        <source> [provisional]</source>
        <translation> [tạm thời]</translation>
    </message>
    <message>
        <source>National targets come with the program and cannot be changed; Insert adds your own.</source>
        <translation>Mục tiêu quốc gia có sẵn trong chương trình và không sửa được; nhấn Insert để thêm mục tiêu riêng.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Cấp ban hành</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>sht::TargetsDialog</name>
    <message>
        <source>Targets</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>National targets come with the program (greyed: they cannot be changed). Add the province&apos;s or the commune&apos;s own targets: where one is higher, the dashboard measures against it.</source>
        <translation>Mục tiêu quốc gia có sẵn trong chương trình (hiện màu xám: không sửa được). Hãy thêm mục tiêu riêng của tỉnh hoặc của xã: nếu mục tiêu nào cao hơn, bảng theo dõi sẽ so sánh với mục tiêu đó.</translation>
    </message>
    <message>
        <source>%1, difficult areas</source>
        <translation>%1, vùng khó khăn</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation>Enter hoặc F2</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
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
        <translation>Đã thêm mục tiêu (Sửa &gt; Hoàn tác để bỏ).</translation>
    </message>
    <message>
        <source>National targets come with the program and cannot be changed; press Insert to add the commune&apos;s own target instead.</source>
        <translation>Mục tiêu quốc gia có sẵn trong chương trình và không sửa được; hãy nhấn Insert để thêm mục tiêu riêng của xã.</translation>
    </message>
    <message>
        <source>Target changed.</source>
        <translation>Đã sửa mục tiêu.</translation>
    </message>
    <message>
        <source>National targets come with the program and cannot be deleted.</source>
        <translation>Mục tiêu quốc gia có sẵn trong chương trình và không xóa được.</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>Xóa mục tiêu</translation>
    </message>
    <message>
        <source>Delete the %1 target &quot;%2&quot; for %3 (%4)?</source>
        <translation>Xóa mục tiêu cấp %1 “%2” năm %3 (%4)?</translation>
    </message>
    <message>
        <source>Target deleted (Edit &gt; Undo brings it back).</source>
        <translation>Đã xóa mục tiêu (Sửa &gt; Hoàn tác để lấy lại).</translation>
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
<context>
    <name>sht::VolunteerModeBar</name>
    <message>
        <source>created %1</source>
        <translation>tạo ngày %1</translation>
    </message>
    <message>
        <source>created %1 by %2</source>
        <translation>do %2 tạo ngày %1</translation>
    </message>
    <message>
        <source>Volunteer package for %1</source>
        <translation>Gói tình nguyện viên cho %1</translation>
    </message>
    <message>
        <source>Volunteer package for %1 (%2)</source>
        <translation>Gói tình nguyện viên cho %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2. Only these villages are here. Send this file back to the clerk when you are done.</source>
        <translation>%1 — %2. Tệp chỉ có các thôn/tổ dân phố này. Khi làm xong, hãy gửi tệp này lại cho cán bộ xã.</translation>
    </message>
</context>
</TS>
