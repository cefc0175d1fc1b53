#include "domain/Types.h"

#include <QCoreApplication>

#include <array>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Types)
};

template <typename Enum, std::size_t N>
QString nameOf(const std::array<const char*, N>& names, Enum value) {
    return QString::fromLatin1(names[static_cast<std::size_t>(value)]);
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<const char*, N>& names, QStringView name) {
    for (std::size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i]))
            return static_cast<Enum>(i);
    return std::nullopt;
}

constexpr std::array<const char*, 3> kRoles{"worker", "supervisor", "admin"};
constexpr std::array<const char*, 5> kGrades{"A", "B", "C", "D", "X"};
constexpr std::array<const char*, 9> kDispositions{"restock",          "open_box",  "refurbish",
                                                   "return_to_vendor", "liquidate", "donate",
                                                   "recycle",          "destroy",   "quarantine"};
constexpr std::array<const char*, 3> kRefunds{"full", "partial", "deny"};
constexpr std::array<const char*, 6> kStatuses{"received", "decided",  "in_review",
                                               "approved", "rejected", "shipped"};

} // namespace

QString roleName(Role v) {
    return nameOf(kRoles, v);
}
QString gradeName(Grade v) {
    return nameOf(kGrades, v);
}
QString dispositionName(Disposition v) {
    return nameOf(kDispositions, v);
}
QString refundDecisionName(RefundDecision v) {
    return nameOf(kRefunds, v);
}
QString itemStatusName(ItemStatus v) {
    return nameOf(kStatuses, v);
}
std::optional<Role> roleFromName(QStringView n) {
    return fromName<Role>(kRoles, n);
}
std::optional<Grade> gradeFromName(QStringView n) {
    return fromName<Grade>(kGrades, n);
}
std::optional<Disposition> dispositionFromName(QStringView n) {
    return fromName<Disposition>(kDispositions, n);
}
std::optional<RefundDecision> refundDecisionFromName(QStringView n) {
    return fromName<RefundDecision>(kRefunds, n);
}
std::optional<ItemStatus> itemStatusFromName(QStringView n) {
    return fromName<ItemStatus>(kStatuses, n);
}

QString dispositionLabel(Disposition d) {
    switch (d) {
    case Disposition::Restock:
        return Tr::tr("Restock");
    case Disposition::OpenBox:
        return Tr::tr("Open-box resale");
    case Disposition::Refurbish:
        return Tr::tr("Refurbish");
    case Disposition::ReturnToVendor:
        return Tr::tr("Return to vendor");
    case Disposition::Liquidate:
        return Tr::tr("Liquidate");
    case Disposition::Donate:
        return Tr::tr("Donate");
    case Disposition::Recycle:
        return Tr::tr("Recycle");
    case Disposition::Destroy:
        return Tr::tr("Destroy");
    case Disposition::Quarantine:
        return Tr::tr("Quarantine");
    }
    return {};
}

QString roleLabel(Role r) {
    switch (r) {
    case Role::Worker:
        return Tr::tr("Dock worker");
    case Role::Supervisor:
        return Tr::tr("Supervisor");
    case Role::Admin:
        return Tr::tr("Administrator");
    }
    return {};
}

QString dispositionLabel(const QString& code) {
    const auto d = dispositionFromName(code);
    return d ? dispositionLabel(*d) : code;
}

QString refundDecisionLabel(const QString& code) {
    const auto decision = refundDecisionFromName(code);
    if (!decision)
        return code;
    switch (*decision) {
    case RefundDecision::Full:
        return Tr::tr("Full refund");
    case RefundDecision::Partial:
        return Tr::tr("Partial refund (restocking fee)");
    case RefundDecision::Deny:
        return Tr::tr("Refund denied");
    }
    return code;
}

QString observedReasonLabel(const QString& code) {
    if (code == observed::DefectConfirmed)
        return Tr::tr("Defect confirmed");
    if (code == observed::NoFaultFound)
        return Tr::tr("No fault found");
    if (code == observed::WrongItemReturned)
        return Tr::tr("Wrong item returned");
    if (code == observed::DamagedInTransit)
        return Tr::tr("Damaged in transit");
    if (code == observed::MissingParts)
        return Tr::tr("Missing parts");
    if (code == observed::UsedOrWorn)
        return Tr::tr("Used or worn");
    if (code == observed::EmptyBox)
        return Tr::tr("Empty box");
    if (code == observed::AsDescribed)
        return Tr::tr("As the customer described");
    return code;
}

QString queueCauseLabel(const QString& code) {
    if (code == cause::Override)
        return Tr::tr("Changed disposition");
    if (code == cause::HighValue)
        return Tr::tr("High value");
    if (code == cause::Exception)
        return Tr::tr("Exception");
    if (code == cause::FraudFlag)
        return Tr::tr("Fraud check");
    if (code == cause::BlindReceipt)
        return Tr::tr("Blind receipt");
    return code;
}

namespace {
QString joinedLabels(const QStringList& codes, QString (*label)(const QString&)) {
    QStringList labels;
    for (const QString& code : codes)
        labels.append(label(code));
    return labels.join(QStringLiteral(", "));
}
} // namespace

QString queueCauseLabels(const QStringList& codes) {
    return joinedLabels(codes, queueCauseLabel);
}

QString fraudFlagLabels(const QStringList& codes) {
    return joinedLabels(codes, fraudFlagLabel);
}

QString fraudFlagLabel(const QString& code) {
    if (code == fraud::SerialMismatch)
        return Tr::tr("Serial number mismatch");
    if (code == fraud::WrongItem)
        return Tr::tr("Wrong item");
    if (code == fraud::EmptyBox)
        return Tr::tr("Empty box");
    if (code == fraud::WeightMismatch)
        return Tr::tr("Weight far from the catalog's");
    return code;
}

QString queueStatusLabel(const QString& code) {
    if (code == QLatin1String("open"))
        return Tr::tr("Open");
    if (code == QLatin1String("approved"))
        return Tr::tr("Approved");
    if (code == QLatin1String("rejected"))
        return Tr::tr("Rejected");
    return code;
}

QStringList observedReasons() {
    return {observed::DefectConfirmed,  observed::NoFaultFound, observed::WrongItemReturned,
            observed::DamagedInTransit, observed::MissingParts, observed::UsedOrWorn,
            observed::EmptyBox,         observed::AsDescribed};
}

} // namespace dockside
