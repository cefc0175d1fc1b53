#include "policy/Grading.h"

#include <QCoreApplication>

namespace dockside {

namespace {

struct GradingTr {
    Q_DECLARE_TR_FUNCTIONS(Grading)
};

const ChecklistItem* findItem(const Checklist& checklist, const QString& key) {
    for (const ChecklistItem& item : checklist.items)
        if (item.key == key)
            return &item;
    return nullptr;
}

} // namespace

bool isLithiumHazmat(const QString& hazmat) {
    return hazmat.startsWith(QLatin1String("lithium"), Qt::CaseInsensitive);
}

bool checkApplies(const ChecklistItem& item, bool dataBearing, const QString& hazmat) {
    if (item.special == checkSpecial::DataWipe)
        return dataBearing;
    if (item.special == checkSpecial::Battery)
        return isLithiumHazmat(hazmat);
    return true;
}

QStringList unansweredChecks(const Checklist& checklist, const QMap<QString, bool>& answers, bool dataBearing,
                             const QString& hazmat) {
    QStringList missing;
    for (const ChecklistItem& item : checklist.items)
        if (checkApplies(item, dataBearing, hazmat) && !answers.contains(item.key))
            missing << item.key;
    return missing;
}

Result<GradeResult> gradeFromChecklist(const Checklist& checklist, const QMap<QString, bool>& answers,
                                       bool dataBearing, const QString& hazmat) {
    QStringList unknown;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        if (!findItem(checklist, it.key()))
            unknown << it.key();
    if (!unknown.isEmpty()) {
        const QString category =
            checklist.category.isEmpty() ? GradingTr::tr("(general)") : checklist.category;
        return Error::invalid(QStringLiteral("unknown_check"),
                              GradingTr::tr("The checklist for %1 has no item named %2.")
                                  .arg(category, unknown.join(QStringLiteral(", "))));
    }

    const QStringList missing = unansweredChecks(checklist, answers, dataBearing, hazmat);
    if (!missing.isEmpty()) {
        QStringList labels;
        for (const QString& key : missing)
            labels << QStringLiteral("%1 (%2)").arg(findItem(checklist, key)->label, key);
        return Error::invalid(QStringLiteral("checklist_unanswered"),
                              GradingTr::tr("Answer every check before grading; still open: %1.")
                                  .arg(labels.join(QStringLiteral("; "))));
    }

    GradeResult result;
    QList<const ChecklistItem*> failed;
    int applicable = 0;
    for (const ChecklistItem& item : checklist.items) {
        if (!checkApplies(item, dataBearing, hazmat))
            continue;
        ++applicable;
        const bool passed = answers.value(item.key);
        if (item.special == checkSpecial::DataWipe)
            result.wipeConfirmed = passed;
        if (passed)
            continue;
        failed << &item;
        if (item.gradeIfFailed > result.grade)
            result.grade = item.gradeIfFailed;
        if (item.damage)
            result.photoRequired = true;
        if (item.special == checkSpecial::Battery)
            result.batteryFailed = true;
    }

    if (failed.isEmpty()) {
        result.reason = GradingTr::tr("Grade A: all %n check(s) passed.", nullptr, applicable);
        return result;
    }
    // Name the checks that set the grade first; the milder failures only as a side note.
    QStringList decisive;
    QStringList others;
    for (const ChecklistItem* item : failed)
        (item->gradeIfFailed == result.grade ? decisive : others) << item->label;
    const QString grade = gradeName(result.grade);
    const QString separator = QStringLiteral("; ");
    result.reason = others.isEmpty()
                        ? GradingTr::tr("Grade %1 because of: %2.").arg(grade, decisive.join(separator))
                        : GradingTr::tr("Grade %1 because of: %2 (also failed: %3).")
                              .arg(grade, decisive.join(separator), others.join(separator));
    return result;
}

} // namespace dockside
