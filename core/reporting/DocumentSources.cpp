#include "CertificateLayout.h"
#include "DocumentRepository.h"
#include "DocumentSettings.h"
#include "EvaluationRepository.h"
#include "ListFrame.h"
#include "ListReportRepository.h"
#include "PdfFormat.h"
#include "ReportSource.h"

#include <QHash>

namespace sht::reporting {

using criteria::Title;

namespace {

// The titles a meeting examines and a certificate is given for (the centre's rating and the commune's TT 25
// level are decided above the commune).
QList<Title> recognisedTitles()
{
    return {Title::LearningFamily, Title::LearningClan, Title::LearningCitizen, Title::LearningVillage,
            Title::LearningUnit};
}

// The title's name as the council's papers write it (Vietnamese whatever the UI language), and what one
// subject of it is called in a sentence.
struct AwardWords
{
    Title title;
    const char *award;
    const char *subject;
};

const AwardWords awardWords[] = {
    {Title::LearningFamily, "Gia đình học tập", "hộ"},
    {Title::LearningClan, "Dòng họ học tập", "dòng họ"},
    {Title::LearningCitizen, "Công dân học tập", "công dân"},
    {Title::LearningVillage, "Cộng đồng học tập cấp thôn", "thôn"},
    {Title::LearningUnit, "Đơn vị học tập", "đơn vị"},
    {Title::LearningCommune, "Cộng đồng học tập cấp xã", "xã"},
    {Title::CentreRating, "Xếp loại Trung tâm học tập cộng đồng", "trung tâm"},
};

QString award(Title title)
{
    for (const AwardWords &w : awardWords)
        if (w.title == title)
            return QString::fromUtf8(w.award);
    return {};
}

QString subjectWord(Title title)
{
    for (const AwardWords &w : awardWords)
        if (w.title == title)
            return QString::fromUtf8(w.subject);
    return {};
}

QString verdictWord(criteria::Verdict verdict)
{
    switch (verdict) {
    case criteria::Verdict::Met:
        return QStringLiteral("Đạt");
    case criteria::Verdict::NotMet:
        return QStringLiteral("Không đạt");
    case criteria::Verdict::Pending:
        return QStringLiteral("Chờ");
    }
    return {};
}

void fillAward(ReportDocument &document, Title title)
{
    document.title.replace(QLatin1String("{award}"), award(title));
    document.subtitle.replace(QLatin1String("{award}"), award(title));
}

class DocumentSourcesText
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSources)

public:
    static Status chooseTitle(const QString &key, const QList<Title> &allowed, Title *out)
    {
        const auto title = criteria::titleFromKey(key);
        if (!title || !allowed.contains(*title))
            return Status::failure(
                tr("Choose the title (learning family, clan, citizen, village or unit) the "
                   "document is for."));
        *out = *title;
        return Status::success();
    }
};

// Biên bản họp xét công nhận: when, where and who (blanks for the clerk), what was decided, the subjects
// evaluated in the village with their result, points and why, and the counts; signed by the secretary and
// the chairman of the meeting.
class MinutesSource : public ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(MinutesSource)

public:
    ReportInfo info() const override
    {
        ReportInfo info;
        info.name = QStringLiteral("minutes");
        info.displayName = tr("Minutes of the recognition meeting");
        info.description = tr("The minutes of the meeting that examines a title for one village: every "
                              "subject evaluated with its result, points and reasons, ready to sign.");
        info.needs = ReportNeeds(ReportNeed::Year) | ReportNeed::VillageRequired | ReportNeed::Title;
        info.outputs = ReportOutputs(ReportOutput::Pdf) | ReportOutput::Xlsx;
        return info;
    }

    Status build(Database &db, const ReportParameters &parameters, ReportDocument &document,
                 const ReportProgress &progress) const override
    {
        Title title = Title::LearningFamily;
        if (Status s = DocumentSourcesText::chooseTitle(parameters.title, recognisedTitles(), &title); !s)
            return s;
        if (parameters.villageUuid.isEmpty())
            return Status::failure(tr("Choose the village whose meeting the minutes record."));
        const QString key = QStringLiteral("subjects");
        ListFrame frame;
        if (Status s =
                ListFrame::begin(db, info().name, parameters,
                                 {{key,
                                   {QStringLiteral("stt"), QStringLiteral("name"), QStringLiteral("code"),
                                    QStringLiteral("result"), QStringLiteral("points"),
                                    QStringLiteral("summary"), QStringLiteral("decision_number")}}},
                                 document, &frame);
            !s)
            return s;
        fillAward(document, title);

        QList<DocumentSubject> subjects;
        if (Status s = DocumentRepository(db).evaluated(parameters.year, title, frame.villageId, &subjects);
            !s)
            return s;
        if (subjects.isEmpty())
            return Status::failure(
                tr("Nothing of %1 was evaluated for \"%2\" in %3. Register the subjects and "
                   "evaluate the year in View > Evaluation (Ctrl+E) first.")
                    .arg(frame.villageName, award(title))
                    .arg(parameters.year));
        QHash<QString, criteria::SubjectEvaluation> results;
        for (criteria::SubjectEvaluation &e : EvaluationRepository(db).results(parameters.year, title))
            results.insert(e.subjectUuid, std::move(e));

        int met = 0;
        int notMet = 0;
        int pending = 0;
        QList<ReportRow> rows;
        rows.reserve(subjects.size());
        for (const DocumentSubject &subject : subjects) {
            const criteria::SubjectEvaluation e = results.value(subject.uuid);
            ReportRow row;
            row.values.insert(QStringLiteral("stt"), qint64(rows.size() + 1));
            row.values.insert(QStringLiteral("name"), subject.name.isEmpty() ? e.subjectName : subject.name);
            row.values.insert(QStringLiteral("code"), subject.code);
            row.values.insert(QStringLiteral("result"), verdictWord(e.verdict));
            if (e.totalPoints)
                row.values.insert(QStringLiteral("points"), *e.totalPoints);
            // "Đạt" alone says nothing more than the result column.
            if (e.verdict != criteria::Verdict::Met)
                row.values.insert(QStringLiteral("summary"), e.summary);
            row.values.insert(QStringLiteral("decision_number"), subject.decisionNumber);
            (e.verdict == criteria::Verdict::Met      ? met
             : e.verdict == criteria::Verdict::NotMet ? notMet
                                                      : pending)++;
            rows << row;
            if (progress && rows.size() % 200 == 0 && !progress(int(rows.size()), int(subjects.size())))
                return Status::failure(QString());
        }

        const DocumentSettings settings = DocumentSettings::load(db);
        if (!settings.associationBody.isEmpty()) {
            // The meeting is the study association's: its name heads the minutes, under the commune's.
            document.heading.parentBody = settings.issuingBody;
            document.heading.issuingBody = settings.associationBody;
        }
        document.heading.documentNumber = QStringLiteral("Số:        /BB-KH");
        const QString what = award(title);
        const QString word = subjectWord(title);
        const QString day = parameters.documentDate.isValid() ? pdfformat::date(parameters.documentDate)
                                                              : QStringLiteral("……/……/……");
        document.paragraphs = {
            QStringLiteral("Thời gian: …… giờ …… phút, ngày %1.").arg(day),
            QStringLiteral("Địa điểm: …………………………………………………………"),
            QStringLiteral("Thành phần tham dự: …………………………………………………………; chủ trì: "
                           "……………………………; thư ký: ……………………………."),
            QStringLiteral(
                "Nội dung: xét công nhận danh hiệu “%1” năm %2 cho %3 %4 của %5 đã đăng ký và được "
                "đánh giá theo bộ tiêu chí hiện hành. Kết quả xét từng %4 như sau:")
                .arg(what)
                .arg(parameters.year)
                .arg(pdfformat::integer(subjects.size()))
                .arg(word, frame.villageName),
        };
        ReportTable table = frame.table(key, rows);
        if (title != Title::LearningFamily) // only households have a code
            table.columns.removeIf([](const ReportColumn &c) { return c.figure == QLatin1String("code"); });
        document.tables << table;
        const int total = int(subjects.size());
        document.closingParagraphs = {
            QStringLiteral("Tổng hợp: %1 %2 được xét; %3 %2 đạt (%4), %5 %2 không đạt, %6 %2 chờ hội đồng.")
                .arg(pdfformat::integer(total))
                .arg(word)
                .arg(pdfformat::integer(met))
                .arg(pdfformat::percent(double(met) / total))
                .arg(pdfformat::integer(notMet))
                .arg(pdfformat::integer(pending)),
            QStringLiteral("Hội nghị thống nhất đề nghị công nhận %1 %2 đạt danh hiệu “%3” năm %4.")
                .arg(pdfformat::integer(met))
                .arg(word, what)
                .arg(parameters.year),
            QStringLiteral(
                "Biên bản kết thúc lúc …… giờ …… phút cùng ngày, đã được đọc lại cho các thành viên "
                "dự họp cùng nghe và thống nhất."),
        };
        document.signatures = {SignatureBlock{QString(), QStringLiteral("THƯ KÝ"), QString()},
                               SignatureBlock{QString(), QStringLiteral("CHỦ TRÌ CUỘC HỌP"), QString()}};
        document.recipients.clear();
        if (progress && !progress(total, total))
            return Status::failure(QString());
        return Status::success();
    }
};

// Giấy công nhận: one page per subject recognised for the title and year in the village (or the commune),
// laid out by resources/reports/certificates/<title>.json, plus the list of them for the .xlsx export.
class CertificatesSource : public ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(CertificatesSource)

public:
    ReportInfo info() const override
    {
        ReportInfo info;
        info.name = QStringLiteral("certificates");
        info.displayName = tr("Recognition certificates");
        info.description = tr("One certificate per page for every subject recognised for a title in the "
                              "year, for a village or the whole commune, on A4 or A5.");
        info.needs =
            ReportNeeds(ReportNeed::Year) | ReportNeed::Village | ReportNeed::Title | ReportNeed::PageSize;
        info.outputs = ReportOutputs(ReportOutput::Pdf) | ReportOutput::Xlsx;
        return info;
    }

    Status build(Database &db, const ReportParameters &parameters, ReportDocument &document,
                 const ReportProgress &progress) const override
    {
        Title title = Title::LearningFamily;
        if (Status s = DocumentSourcesText::chooseTitle(parameters.title, recognisedTitles(), &title); !s)
            return s;
        const QString pageSize = parameters.pageSize.toUpper();
        if (pageSize != QLatin1String("A4") && pageSize != QLatin1String("A5"))
            return Status::failure(tr("Certificates are printed on A4 or A5; choose one of them."));
        // The design is checked before anything is read: a broken override says so at once.
        Status layoutError;
        if (!CertificateLayout::load(criteria::titleKey(title), &layoutError))
            return layoutError;
        const QString key = QStringLiteral("certificates");
        ListFrame frame;
        if (Status s = ListFrame::begin(
                db, info().name, parameters,
                {{key,
                  {QStringLiteral("stt"), QStringLiteral("recipient"), QStringLiteral("code"),
                   QStringLiteral("village"), QStringLiteral("decision_number"),
                   QStringLiteral("decision_date"), QStringLiteral("level")}}},
                document, &frame);
            !s)
            return s;
        fillAward(document, title);

        QList<DocumentSubject> subjects;
        if (Status s = DocumentRepository(db).recognised(parameters.year, title, frame.villageId, &subjects);
            !s)
            return s;
        if (subjects.isEmpty())
            return Status::failure(tr("Nothing of %1 was recognised as \"%2\" for %3. Record the recognition "
                                      "decision in View > Evaluation (Ctrl+E) first, or choose another year.")
                                       .arg(frame.villageName, award(title))
                                       .arg(parameters.year));

        const DocumentSettings settings = DocumentSettings::load(db);
        // Citizens are recognised by the study association, the other titles by the commune's committee.
        const bool association = title == Title::LearningCitizen && !settings.associationBody.isEmpty();
        const SignatureBlock signer = association ? settings.associationChairman() : settings.chairman();
        const QString commune = ListReportRepository(db).communeName();

        QList<ReportRow> rows;
        rows.reserve(subjects.size());
        document.certificates.reserve(subjects.size());
        for (const DocumentSubject &subject : subjects) {
            const QString recipient = subject.name.isEmpty() ? subject.code : subject.name;
            QVariantMap fields;
            fields.insert(QStringLiteral("recipient"), recipient);
            fields.insert(QStringLiteral("code"), subject.code);
            fields.insert(QStringLiteral("village"), subject.villageName);
            fields.insert(QStringLiteral("commune"), commune);
            fields.insert(QStringLiteral("year"), QString::number(parameters.year));
            fields.insert(QStringLiteral("decision_number"), subject.decisionNumber);
            fields.insert(QStringLiteral("decision_date"), pdfformat::date(subject.decisionDate));
            fields.insert(QStringLiteral("parent_body"),
                          association ? settings.issuingBody : settings.parentBody);
            fields.insert(QStringLiteral("issuing_body"),
                          association ? settings.associationBody : settings.issuingBody);
            fields.insert(QStringLiteral("place_date"),
                          pdfformat::placeDate(settings.place, subject.decisionDate));
            fields.insert(QStringLiteral("authority_line"), signer.authorityLine);
            fields.insert(QStringLiteral("signer_title"), signer.title);
            // The decision's own signer first: the certificate goes with that decision.
            fields.insert(QStringLiteral("signer_name"),
                          subject.signer.isEmpty() ? signer.name : subject.signer);
            document.certificates << fields;

            ReportRow row;
            row.values.insert(QStringLiteral("stt"), qint64(rows.size() + 1));
            row.values.insert(QStringLiteral("recipient"), recipient);
            row.values.insert(QStringLiteral("code"), subject.code);
            row.values.insert(QStringLiteral("village"), subject.villageName);
            row.values.insert(QStringLiteral("decision_number"), subject.decisionNumber);
            if (subject.decisionDate.isValid())
                row.values.insert(QStringLiteral("decision_date"), subject.decisionDate);
            if (subject.level > 0)
                row.values.insert(QStringLiteral("level"), qint64(subject.level));
            rows << row;
            if (progress && rows.size() % 200 == 0 && !progress(int(rows.size()), int(subjects.size())))
                return Status::failure(QString());
        }
        ReportTable table = frame.table(key, rows);
        if (title != Title::LearningFamily)
            table.columns.removeIf([](const ReportColumn &c) { return c.figure == QLatin1String("code"); });
        document.tables << table;
        document.certificateLayout = criteria::titleKey(title);
        document.pageSize = pageSize;
        if (progress && !progress(int(subjects.size()), int(subjects.size())))
            return Status::failure(QString());
        return Status::success();
    }
};

} // namespace

ReportSources makeDocumentSources()
{
    ReportSources sources;
    sources.push_back(std::make_unique<MinutesSource>());
    sources.push_back(std::make_unique<CertificatesSource>());
    return sources;
}

} // namespace sht::reporting
