#include "Tt25SelfAssessment.h"

namespace sht::reporting {

using namespace criteria;

namespace {

constexpr int EvidenceLines = 3; // per indicator in the table; the evaluation page shows them all

QString evidenceSummary(const IndicatorOutcome &o)
{
    QStringList parts;
    if (!o.value.isEmpty())
        parts << o.value;
    for (int i = 0; i < o.evidence.size() && i < EvidenceLines; ++i)
        parts << o.evidence.at(i).text;
    if (o.evidence.size() > EvidenceLines)
        parts << QStringLiteral("và %1 minh chứng khác").arg(o.evidence.size() - EvidenceLines);
    return parts.join(QStringLiteral("; "));
}

} // namespace

QStringList Tt25SelfAssessment::figures()
{
    return {QStringLiteral("code"),     QStringLiteral("requirement"), QStringLiteral("level"),
            QStringLiteral("evidence"), QStringLiteral("result"),      QStringLiteral("notes")};
}

QString Tt25SelfAssessment::resultText(const std::optional<bool> &met)
{
    if (!met)
        return QStringLiteral("Chờ hội đồng");
    return *met ? QStringLiteral("Đạt") : QStringLiteral("Không đạt");
}

QList<ReportRow> Tt25SelfAssessment::rows(const SubjectEvaluation &evaluation, const Catalogue &catalogue)
{
    QList<ReportRow> rows;
    for (const Criterion &criterion : catalogue.criteria) {
        // A criterion is met when every indicator of it is; waiting when none failed and one waits.
        std::optional<bool> criterionMet = true;
        QList<ReportRow> indicatorRows;
        for (const Indicator &indicator : criterion.indicators) {
            const IndicatorOutcome *o = evaluation.indicator(indicator.code);
            const std::optional<bool> met = o ? o->met : std::nullopt;
            if (met == std::optional<bool>(false))
                criterionMet = false;
            else if (!met && criterionMet == std::optional<bool>(true))
                criterionMet.reset();
            QStringList notes;
            if (o && !o->note.isEmpty())
                notes << o->note;
            if (o && o->judged)
                notes << QStringLiteral("Hội đồng đánh giá");
            if (indicator.provisional)
                notes << QStringLiteral("Chờ hướng dẫn của tỉnh");
            ReportRow r;
            r.indent = 1;
            r.values = {{QStringLiteral("code"), indicator.code},
                        {QStringLiteral("requirement"), indicator.text},
                        {QStringLiteral("level"),
                         indicator.level > 0 ? QStringLiteral("Mức %1").arg(indicator.level) : QString()},
                        {QStringLiteral("evidence"), o ? evidenceSummary(*o) : QString()},
                        {QStringLiteral("result"), resultText(met)},
                        {QStringLiteral("notes"), notes.join(QStringLiteral("; "))}};
            indicatorRows << r;
        }
        ReportRow heading;
        heading.emphasised = true;
        heading.values = {{QStringLiteral("code"), criterion.code},
                          {QStringLiteral("requirement"), criterion.text},
                          {QStringLiteral("result"), resultText(criterionMet)}};
        rows << heading << indicatorRows;
    }
    return rows;
}

QStringList Tt25SelfAssessment::draft(const SubjectEvaluation &evaluation, const Catalogue &catalogue,
                                      const QString &subject)
{
    int met = 0;
    int notMet = 0;
    int waiting = 0;
    QStringList failed;
    QStringList pending;
    for (const Indicator *indicator : catalogue.indicators()) {
        const IndicatorOutcome *o = evaluation.indicator(indicator->code);
        if (o && o->met.value_or(false)) {
            ++met;
        } else if (o && o->met) {
            ++notMet;
            failed << indicator->code;
        } else {
            ++waiting;
            pending << indicator->code;
        }
    }
    const QString instrument =
        catalogue.instrument.citation.isEmpty() ? catalogue.instrument.number : catalogue.instrument.citation;
    QStringList paragraphs;
    paragraphs << QStringLiteral("Căn cứ %1, %2 đã tự đánh giá kết quả xây dựng mô hình «%3» năm %4 theo %5 "
                                 "tiêu chí, %6 chỉ tiêu.")
                      .arg(instrument, subject, catalogue.titleText)
                      .arg(evaluation.year)
                      .arg(catalogue.criteria.size())
                      .arg(met + notMet + waiting);
    paragraphs << QStringLiteral("Kết quả: %1 chỉ tiêu đạt, %2 chỉ tiêu không đạt, %3 chỉ tiêu chờ hội đồng "
                                 "đánh giá.")
                      .arg(met)
                      .arg(notMet)
                      .arg(waiting);
    if (!failed.isEmpty())
        paragraphs << QStringLiteral("Các chỉ tiêu chưa đạt: %1.").arg(failed.join(QStringLiteral(", ")));
    if (!pending.isEmpty())
        paragraphs << QStringLiteral("Các chỉ tiêu chờ hội đồng đánh giá: %1.")
                          .arg(pending.join(QStringLiteral(", ")));
    switch (evaluation.verdict) {
    case Verdict::Met:
        paragraphs
            << (evaluation.level > 0
                    ? QStringLiteral("Tự đánh giá: đạt mức độ %1. Đề nghị cấp có thẩm quyền xem xét, công "
                                     "nhận.")
                          .arg(evaluation.level)
                    : QStringLiteral("Tự đánh giá: đạt. Đề nghị cấp có thẩm quyền xem xét, công nhận."));
        break;
    case Verdict::NotMet:
        paragraphs << QStringLiteral(
            "Tự đánh giá: chưa đạt. Tiếp tục khắc phục các chỉ tiêu chưa đạt nêu trên.");
        break;
    case Verdict::Pending:
        paragraphs << QStringLiteral(
            "Tự đánh giá: chưa kết luận, chờ hội đồng đánh giá các chỉ tiêu nêu trên.");
        break;
    }
    return paragraphs;
}

} // namespace sht::reporting
