#include "policy/Policy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QtDebug>

#include <algorithm>
#include <cmath>

namespace dockside {

namespace {

constexpr int kFormat = 1;

qsizetype indexOf(Disposition d) {
    return static_cast<qsizetype>(d);
}
qsizetype indexOf(Grade g) {
    return static_cast<qsizetype>(g);
}

QString jsonTypeName(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// QJsonParseError gives a byte offset into the UTF-8 text; people want line and column. Qt's
// offset mostly lies just past the character it choked on (it never chokes on whitespace, so a
// whitespace before the offset means the offset already is the culprit): step back onto it.
std::pair<int, int> lineAndColumn(const QByteArray& text, qsizetype offset) {
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    if (offset > 0 && offset < text.size() && !QChar::isSpace(static_cast<unsigned char>(text[offset - 1])))
        --offset;
    while (offset > 0 && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80)
        --offset; // onto the first byte of a multi-byte character
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    return {line, column};
}

const QRegularExpression& codePattern() {
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return re;
}

const QRegularExpression& categoryPattern() {
    static const QRegularExpression re(QStringLiteral("^([a-z0-9_]+(\\.[a-z0-9_]+)*)?$"));
    return re;
}

const QStringList& fraudFlagNames() {
    static const QStringList names{fraud::SerialMismatch, fraud::WrongItem, fraud::EmptyBox,
                                   fraud::WeightMismatch};
    return names;
}
// The line on which the value at a JSON path ("a.b[2].c", as PolicyParser names them; "" for the
// whole document) starts, or 0. QJsonDocument keeps no positions, so this scans the (already
// valid) text once more.
int lineOfPath(const QByteArray& text, const QString& target) {
    struct Frame {
        bool object;
        QString key;
        int index = 0;
    };
    QList<Frame> stack;
    bool expectKey = false;
    int line = 1;
    auto pathHere = [&] {
        QString path;
        for (const Frame& f : stack)
            path = f.object ? (path.isEmpty() ? f.key : path + QLatin1Char('.') + f.key)
                            : QStringLiteral("%1[%2]").arg(path).arg(f.index);
        return path;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == ':')
            continue;
        if (c == ',') {
            if (!stack.isEmpty()) {
                if (stack.last().object)
                    expectKey = true;
                else
                    ++stack.last().index;
            }
            continue;
        }
        if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
            expectKey = false;
            continue;
        }
        if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < text.size() && text[i] != '"'; ++i)
                if (text[i] == '\\')
                    ++i;
            if (expectKey && !stack.isEmpty()) {
                stack.last().key = QString::fromUtf8(text.mid(start, i - start));
                expectKey = false;
                continue;
            }
        }
        // A value starts here.
        if (pathHere() == target)
            return line;
        if (c == '{' || c == '[') {
            stack.append({c == '{', {}, 0});
            expectKey = c == '{';
        } else if (c != '"') {
            while (i + 1 < text.size() && !QByteArrayView(",}] \t\r\n").contains(text[i + 1]))
                ++i;
        }
    }
    return 0;
}

// "a.b[2].c" -> "a.b[2]" -> "a.b" -> "a" -> "".
QString parentPath(const QString& path) {
    const qsizetype cut = std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
    return cut < 0 ? QString() : path.left(cut);
}

QString quoted(const QString& text) {
    return QStringLiteral("\"%1\"").arg(text);
}

} // namespace

// Reads a policy document into a Policy, stopping at the first problem with its JSON path.
class PolicyParser {
public:
    explicit PolicyParser(Policy& policy)
        : m_policy(policy) {}

    bool parse(const QJsonObject& root);
    const Error& error() const { return m_error; }
    // The same error, naming the line of the offending value in `json` as well.
    Error errorAt(const QByteArray& json) const {
        // A missing field has no line of its own: name the line of the object that lacks it.
        QString path = m_errorPath;
        int line = lineOfPath(json, path);
        while (line == 0 && !path.isEmpty()) {
            path = parentPath(path);
            line = lineOfPath(json, path);
        }
        if (line == 0)
            return m_error;
        return Error::invalid(
            QStringLiteral("policy_invalid"),
            Policy::tr("Invalid policy at line %1, %2: %3").arg(line).arg(m_errorPath, m_problem));
    }

private:
    enum class RowKind { Disposition, Refund };

    static QString join(const QString& path, const QString& key) {
        return path.isEmpty() ? key : QStringLiteral("%1.%2").arg(path, key);
    }
    static QString at(const QString& path, qsizetype index) {
        return QStringLiteral("%1[%2]").arg(path).arg(index);
    }

    bool fail(const QString& path, const QString& problem) {
        m_error = Error::invalid(QStringLiteral("policy_invalid"),
                                 Policy::tr("Invalid policy at %1: %2").arg(path, problem));
        m_errorPath = path;
        m_problem = problem;
        return false;
    }
    bool wrongType(const QString& path, const QString& expected, const QJsonValue& found) {
        return fail(path, Policy::tr("expected %1, found %2").arg(expected, jsonTypeName(found)));
    }

    // Each reader returns false after recording the error; a missing optional field leaves `out`.
    bool present(const QJsonObject& object, const QString& path, const QString& key, bool required);
    bool readObject(const QJsonObject& object, const QString& path, const QString& key, QJsonObject& out);
    bool readArray(const QJsonObject& object, const QString& path, const QString& key, QJsonArray& out,
                   bool required);
    bool readString(const QJsonObject& object, const QString& path, const QString& key, QString& out,
                    bool required, bool allowEmpty);
    bool readInt(const QJsonObject& object, const QString& path, const QString& key, int& out, int min,
                 int max);
    bool readNumber(const QJsonValue& value, const QString& path, double& out, double min, double max);
    bool readBool(const QJsonObject& object, const QString& path, const QString& key,
                  std::optional<bool>& out);
    bool readMoney(const QJsonValue& value, const QString& path, Money& out);
    bool readStringList(const QJsonObject& object, const QString& path, const QString& key, QStringList& out);
    bool readGrades(const QJsonObject& object, const QString& path, const QString& key, QList<Grade>& out);
    bool readDispositions(const QJsonObject& object, const QString& path, const QString& key,
                          QList<Disposition>& out);
    bool readGradeKey(const QString& key, const QString& path, Grade& out);

    bool parseReasons(const QJsonObject& root);
    bool parseGrades(const QJsonObject& root);
    bool parseChecklists(const QJsonObject& root);
    bool parseConditions(const QJsonObject& row, const QString& path, RowKind kind, RuleConditions& out);
    bool parseRules(const QJsonObject& root);
    bool parseRecovery(const QJsonObject& root);
    bool parseRestockingFees(const QJsonObject& root);
    bool parseRefundRules(const QJsonObject& root);
    bool parseWeightCheck(const QJsonObject& root);

    Policy& m_policy;
    Error m_error;
    QString m_errorPath;
    QString m_problem;
};

bool PolicyParser::present(const QJsonObject& object, const QString& path, const QString& key,
                           bool required) {
    if (object.contains(key))
        return true;
    if (required)
        fail(join(path, key), Policy::tr("missing required field"));
    return false;
}

bool PolicyParser::readObject(const QJsonObject& object, const QString& path, const QString& key,
                              QJsonObject& out) {
    if (!present(object, path, key, true))
        return false;
    const QJsonValue value = object.value(key);
    if (!value.isObject())
        return wrongType(join(path, key), QStringLiteral("object"), value);
    out = value.toObject();
    return true;
}

bool PolicyParser::readArray(const QJsonObject& object, const QString& path, const QString& key,
                             QJsonArray& out, bool required) {
    if (!present(object, path, key, required))
        return !required;
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return wrongType(join(path, key), QStringLiteral("array"), value);
    out = value.toArray();
    if (out.isEmpty())
        return fail(join(path, key), Policy::tr("the list is empty"));
    return true;
}

bool PolicyParser::readString(const QJsonObject& object, const QString& path, const QString& key,
                              QString& out, bool required, bool allowEmpty) {
    if (!present(object, path, key, required))
        return !required;
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return wrongType(join(path, key), QStringLiteral("string"), value);
    out = value.toString();
    if (!allowEmpty && out.trimmed().isEmpty())
        return fail(join(path, key), Policy::tr("must not be empty"));
    return true;
}

bool PolicyParser::readInt(const QJsonObject& object, const QString& path, const QString& key, int& out,
                           int min, int max) {
    if (!present(object, path, key, true))
        return false;
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return wrongType(join(path, key), QStringLiteral("number"), value);
    const double number = value.toDouble();
    if (number != std::floor(number) || number < min || number > max)
        return fail(join(path, key), Policy::tr("must be a whole number from %1 to %2").arg(min).arg(max));
    out = static_cast<int>(number);
    return true;
}

bool PolicyParser::readNumber(const QJsonValue& value, const QString& path, double& out, double min,
                              double max) {
    if (!value.isDouble())
        return wrongType(path, QStringLiteral("number"), value);
    const double number = value.toDouble();
    if (!std::isfinite(number) || number < min || number > max)
        return fail(path, Policy::tr("must be a number from %1 to %2").arg(min).arg(max));
    out = number;
    return true;
}

bool PolicyParser::readBool(const QJsonObject& object, const QString& path, const QString& key,
                            std::optional<bool>& out) {
    if (!present(object, path, key, false))
        return true;
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        return wrongType(join(path, key), QStringLiteral("boolean"), value);
    out = value.toBool();
    return true;
}

bool PolicyParser::readMoney(const QJsonValue& value, const QString& path, Money& out) {
    if (!value.isObject())
        return wrongType(path, QStringLiteral("object {\"amount\", \"currency\"}"), value);
    const QJsonObject object = value.toObject();
    QString amount;
    QString currency;
    if (!readString(object, path, QStringLiteral("amount"), amount, true, false) ||
        !readString(object, path, QStringLiteral("currency"), currency, true, false))
        return false;
    if (currency != m_policy.m_currency)
        return fail(
            join(path, QStringLiteral("currency")),
            Policy::tr("%1 differs from the policy currency %2").arg(quoted(currency), m_policy.m_currency));
    const std::optional<Money> money = Money::parse(amount, currency);
    if (!money || money->minor < 0)
        return fail(join(path, QStringLiteral("amount")),
                    Policy::tr("%1 is not a non-negative decimal amount with at most 2 decimals")
                        .arg(quoted(amount)));
    out = *money;
    return true;
}

bool PolicyParser::readStringList(const QJsonObject& object, const QString& path, const QString& key,
                                  QStringList& out) {
    QJsonArray array;
    if (!readArray(object, path, key, array, false))
        return false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isString())
            return wrongType(at(join(path, key), i), QStringLiteral("string"), array[i]);
        out << array[i].toString();
    }
    return true;
}

bool PolicyParser::readGrades(const QJsonObject& object, const QString& path, const QString& key,
                              QList<Grade>& out) {
    QStringList names;
    if (!readStringList(object, path, key, names))
        return false;
    for (const QString& name : names) {
        const std::optional<Grade> grade = gradeFromName(name);
        if (!grade)
            return fail(join(path, key), Policy::tr("unknown grade %1").arg(quoted(name)));
        out << *grade;
    }
    return true;
}

bool PolicyParser::readDispositions(const QJsonObject& object, const QString& path, const QString& key,
                                    QList<Disposition>& out) {
    QStringList names;
    if (!readStringList(object, path, key, names))
        return false;
    for (const QString& name : names) {
        const std::optional<Disposition> disposition = dispositionFromName(name);
        if (!disposition)
            return fail(join(path, key), Policy::tr("unknown disposition %1").arg(quoted(name)));
        if (out.contains(*disposition))
            return fail(join(path, key), Policy::tr("%1 is listed twice").arg(quoted(name)));
        out << *disposition;
    }
    return true;
}

bool PolicyParser::readGradeKey(const QString& key, const QString& path, Grade& out) {
    const std::optional<Grade> grade = gradeFromName(key);
    if (!grade)
        return fail(path, Policy::tr("unknown grade %1").arg(quoted(key)));
    out = *grade;
    return true;
}

bool PolicyParser::parse(const QJsonObject& root) {
    Policy& p = m_policy;
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined())
        return fail(QStringLiteral("format"), Policy::tr("missing required field"));
    if (!format.isDouble())
        return wrongType(QStringLiteral("format"), QStringLiteral("number"), format);
    if (format.toDouble() != kFormat)
        return fail(QStringLiteral("format"),
                    Policy::tr("unsupported format %1 (this station reads format %2)")
                        .arg(format.toDouble())
                        .arg(kFormat));

    if (!readString(root, {}, QStringLiteral("version"), p.m_version, true, false))
        return false;
    if (p.m_version.size() > 100)
        return fail(QStringLiteral("version"), Policy::tr("longer than 100 characters"));
    if (!readString(root, {}, QStringLiteral("currency"), p.m_currency, true, false))
        return false;
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyPattern.match(p.m_currency).hasMatch())
        return fail(QStringLiteral("currency"),
                    Policy::tr("%1 is not an ISO 4217 code such as \"EUR\"").arg(quoted(p.m_currency)));
    if (!readInt(root, {}, QStringLiteral("return_window_days"), p.m_returnWindowDays, 1, 3650))
        return false;
    if (!present(root, {}, QStringLiteral("approval_threshold"), true) ||
        !readMoney(root.value(QStringLiteral("approval_threshold")), QStringLiteral("approval_threshold"),
                   p.m_approvalThreshold))
        return false;
    return parseWeightCheck(root) && parseReasons(root) && parseGrades(root) && parseChecklists(root) &&
           parseRules(root) && parseRecovery(root) && parseRestockingFees(root) && parseRefundRules(root);
}

bool PolicyParser::parseWeightCheck(const QJsonObject& root) {
    const QString path = QStringLiteral("weight_check");
    QJsonObject object;
    if (!readObject(root, {}, path, object))
        return false;
    WeightCheck& check = m_policy.m_weightCheck;
    for (const auto& [key, target] : {std::pair{QStringLiteral("empty_box_ratio"), &check.emptyBoxRatio},
                                      std::pair{QStringLiteral("tolerance_ratio"), &check.toleranceRatio}}) {
        if (!present(object, path, key, true) ||
            !readNumber(object.value(key), join(path, key), *target, 0, 1))
            return false;
    }
    return readInt(object, path, QStringLiteral("packaging_allowance_g"), check.packagingAllowanceG, 0,
                   100000);
}

bool PolicyParser::parseReasons(const QJsonObject& root) {
    const QString path = QStringLiteral("reasons");
    QJsonArray array;
    if (!readArray(root, {}, path, array, true))
        return false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = at(path, i);
        if (!array[i].isObject())
            return wrongType(itemPath, QStringLiteral("object"), array[i]);
        const QJsonObject object = array[i].toObject();
        ReasonCode reason;
        if (!readString(object, itemPath, QStringLiteral("code"), reason.code, true, false) ||
            !readString(object, itemPath, QStringLiteral("label"), reason.label, true, false))
            return false;
        if (!codePattern().match(reason.code).hasMatch())
            return fail(join(itemPath, QStringLiteral("code")),
                        Policy::tr("%1 is not a snake_case code").arg(quoted(reason.code)));
        if (m_policy.hasReason(reason.code))
            return fail(join(itemPath, QStringLiteral("code")),
                        Policy::tr("%1 is listed twice").arg(quoted(reason.code)));
        m_policy.m_reasons << reason;
    }
    return true;
}

bool PolicyParser::parseGrades(const QJsonObject& root) {
    const QString path = QStringLiteral("grades");
    QJsonObject object;
    if (!readObject(root, {}, path, object))
        return false;
    for (const QString& key : object.keys()) {
        Grade grade;
        if (!readGradeKey(key, path, grade))
            return false;
    }
    for (Grade grade : kAllGrades) {
        const QString key = gradeName(grade);
        GradeInfo info;
        info.grade = grade;
        QJsonObject entry;
        if (!readObject(object, path, key, entry))
            return false;
        const QString entryPath = join(path, key);
        if (!readString(entry, entryPath, QStringLiteral("label"), info.label, true, false) ||
            !readString(entry, entryPath, QStringLiteral("description"), info.description, true, false))
            return false;
        m_policy.m_grades << info;
    }
    return true;
}

bool PolicyParser::parseChecklists(const QJsonObject& root) {
    const QString path = QStringLiteral("checklists");
    QJsonArray array;
    if (!readArray(root, {}, path, array, true))
        return false;
    QSet<QString> categories;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString listPath = at(path, i);
        if (!array[i].isObject())
            return wrongType(listPath, QStringLiteral("object"), array[i]);
        const QJsonObject object = array[i].toObject();
        Checklist checklist;
        if (!readString(object, listPath, QStringLiteral("category"), checklist.category, true, true))
            return false;
        if (!categoryPattern().match(checklist.category).hasMatch())
            return fail(join(listPath, QStringLiteral("category")),
                        Policy::tr("%1 is not a dotted lower-case category").arg(quoted(checklist.category)));
        if (categories.contains(checklist.category))
            return fail(join(listPath, QStringLiteral("category")),
                        Policy::tr("a checklist for %1 is already defined").arg(quoted(checklist.category)));
        categories.insert(checklist.category);

        QJsonArray items;
        const QString itemsPath = join(listPath, QStringLiteral("items"));
        if (!readArray(object, listPath, QStringLiteral("items"), items, true))
            return false;
        for (qsizetype j = 0; j < items.size(); ++j) {
            const QString itemPath = at(itemsPath, j);
            if (!items[j].isObject())
                return wrongType(itemPath, QStringLiteral("object"), items[j]);
            const QJsonObject itemObject = items[j].toObject();
            ChecklistItem item;
            QString grade;
            std::optional<bool> damage;
            if (!readString(itemObject, itemPath, QStringLiteral("key"), item.key, true, false) ||
                !readString(itemObject, itemPath, QStringLiteral("label"), item.label, true, false) ||
                !readString(itemObject, itemPath, QStringLiteral("grade_if_failed"), grade, true, false) ||
                !readBool(itemObject, itemPath, QStringLiteral("damage"), damage) ||
                !readString(itemObject, itemPath, QStringLiteral("special"), item.special, false, true))
                return false;
            if (!codePattern().match(item.key).hasMatch())
                return fail(join(itemPath, QStringLiteral("key")),
                            Policy::tr("%1 is not a snake_case key").arg(quoted(item.key)));
            for (const ChecklistItem& other : std::as_const(checklist.items))
                if (other.key == item.key)
                    return fail(join(itemPath, QStringLiteral("key")),
                                Policy::tr("%1 is listed twice").arg(quoted(item.key)));
            if (!readGradeKey(grade, join(itemPath, QStringLiteral("grade_if_failed")), item.gradeIfFailed))
                return false;
            item.damage = damage.value_or(false);
            if (!item.special.isEmpty() && item.special != checkSpecial::Battery &&
                item.special != checkSpecial::DataWipe)
                return fail(join(itemPath, QStringLiteral("special")),
                            Policy::tr("unknown special check %1 (expected \"battery\" or \"data_wipe\")")
                                .arg(quoted(item.special)));
            checklist.items << item;
        }
        m_policy.m_checklists << checklist;
    }
    if (!categories.contains(QString()))
        return fail(path, Policy::tr("a fallback checklist with the category \"\" is required"));
    return true;
}

bool PolicyParser::parseConditions(const QJsonObject& row, const QString& path, RowKind kind,
                                   RuleConditions& out) {
    // An ignored condition would widen the row silently, so rows reject fields they do not know.
    static const QStringList common{QStringLiteral("id"), QStringLiteral("description"),
                                    QStringLiteral("grades"), QStringLiteral("reasons"),
                                    QStringLiteral("observed")};
    static const QStringList dispositionOnly{QStringLiteral("categories"),   QStringLiteral("hazmat"),
                                             QStringLiteral("data_bearing"), QStringLiteral("wipe_confirmed"),
                                             QStringLiteral("min_value"),    QStringLiteral("max_value"),
                                             QStringLiteral("allow"),        QStringLiteral("forbid")};
    static const QStringList refundOnly{QStringLiteral("fraud_flags"), QStringLiteral("decision")};
    for (const QString& key : row.keys()) {
        if (!common.contains(key) &&
            !(kind == RowKind::Disposition ? dispositionOnly : refundOnly).contains(key))
            return fail(join(path, key),
                        Policy::tr("unknown field in a rule (this station cannot apply it)"));
    }

    if (!readGrades(row, path, QStringLiteral("grades"), out.grades) ||
        !readStringList(row, path, QStringLiteral("reasons"), out.reasons) ||
        !readStringList(row, path, QStringLiteral("observed"), out.observed))
        return false;
    for (const QString& reason : std::as_const(out.reasons))
        if (!m_policy.hasReason(reason))
            return fail(join(path, QStringLiteral("reasons")),
                        Policy::tr("unknown reason code %1").arg(quoted(reason)));
    const QStringList observedNames = observedReasons();
    for (const QString& observed : std::as_const(out.observed))
        if (!observedNames.contains(observed))
            return fail(join(path, QStringLiteral("observed")),
                        Policy::tr("unknown observed reason %1").arg(quoted(observed)));

    if (kind == RowKind::Refund) {
        if (!readStringList(row, path, QStringLiteral("fraud_flags"), out.fraudFlags))
            return false;
        for (const QString& flag : std::as_const(out.fraudFlags))
            if (!fraudFlagNames().contains(flag))
                return fail(join(path, QStringLiteral("fraud_flags")),
                            Policy::tr("unknown fraud flag %1").arg(quoted(flag)));
        return true;
    }

    if (!readStringList(row, path, QStringLiteral("categories"), out.categories) ||
        !readStringList(row, path, QStringLiteral("hazmat"), out.hazmat) ||
        !readBool(row, path, QStringLiteral("data_bearing"), out.dataBearing) ||
        !readBool(row, path, QStringLiteral("wipe_confirmed"), out.wipeConfirmed))
        return false;
    for (const QString& category : std::as_const(out.categories))
        if (!categoryPattern().match(category).hasMatch())
            return fail(join(path, QStringLiteral("categories")),
                        Policy::tr("%1 is not a dotted lower-case category").arg(quoted(category)));
    for (const QString& hazmat : std::as_const(out.hazmat))
        if (!codePattern().match(hazmat).hasMatch())
            return fail(join(path, QStringLiteral("hazmat")),
                        Policy::tr("%1 is not a hazmat class such as \"none\" or \"lithium_ion\"")
                            .arg(quoted(hazmat)));
    for (const auto& [key, target] : {std::pair{QStringLiteral("min_value"), &out.minValue},
                                      std::pair{QStringLiteral("max_value"), &out.maxValue}}) {
        if (!row.contains(key))
            continue;
        Money money;
        if (!readMoney(row.value(key), join(path, key), money))
            return false;
        *target = money;
    }
    if (out.minValue && out.maxValue && out.minValue->minor >= out.maxValue->minor)
        return fail(join(path, QStringLiteral("max_value")), Policy::tr("must be greater than min_value"));
    return true;
}

bool PolicyParser::parseRules(const QJsonObject& root) {
    const QString path = QStringLiteral("rules");
    QJsonArray array;
    if (!readArray(root, {}, path, array, true))
        return false;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString rowPath = at(path, i);
        if (!array[i].isObject())
            return wrongType(rowPath, QStringLiteral("object"), array[i]);
        const QJsonObject row = array[i].toObject();
        DispositionRule rule;
        if (!readString(row, rowPath, QStringLiteral("id"), rule.id, true, false) ||
            !readString(row, rowPath, QStringLiteral("description"), rule.description, true, false) ||
            !parseConditions(row, rowPath, RowKind::Disposition, rule.when) ||
            !readDispositions(row, rowPath, QStringLiteral("allow"), rule.allow) ||
            !readDispositions(row, rowPath, QStringLiteral("forbid"), rule.forbid))
            return false;
        if (ids.contains(rule.id))
            return fail(join(rowPath, QStringLiteral("id")),
                        Policy::tr("%1 is listed twice").arg(quoted(rule.id)));
        ids.insert(rule.id);
        if (rule.allow.isEmpty() && rule.forbid.isEmpty())
            return fail(rowPath, Policy::tr("a rule must allow or forbid at least one disposition"));
        for (Disposition d : std::as_const(rule.allow))
            if (rule.forbid.contains(d))
                return fail(join(rowPath, QStringLiteral("forbid")),
                            Policy::tr("%1 is both allowed and forbidden").arg(quoted(dispositionName(d))));
        if (rule.forbid.contains(Disposition::Quarantine))
            return fail(join(rowPath, QStringLiteral("forbid")),
                        Policy::tr("quarantine is always allowed and cannot be forbidden"));
        m_policy.m_rules << rule;
    }
    return true;
}

bool PolicyParser::parseRecovery(const QJsonObject& root) {
    const QString path = QStringLiteral("recovery");
    QJsonObject object;
    if (!readObject(root, {}, path, object))
        return false;
    for (const QString& key : object.keys())
        if (!dispositionFromName(key))
            return fail(path, Policy::tr("unknown disposition %1").arg(quoted(key)));
    for (Disposition disposition : kAllDispositions) {
        const QString name = dispositionName(disposition);
        const QString dispositionPath = join(path, name);
        QJsonObject perGrade;
        if (!readObject(object, path, name, perGrade))
            return false;
        for (const QString& key : perGrade.keys()) {
            Grade grade;
            if (!readGradeKey(key, dispositionPath, grade))
                return false;
        }
        for (Grade grade : kAllGrades) {
            const QString gradeKey = gradeName(grade);
            const QString entryPath = join(dispositionPath, gradeKey);
            QJsonObject entry;
            if (!readObject(perGrade, dispositionPath, gradeKey, entry))
                return false;
            RecoveryEntry& target = m_policy.m_recovery[indexOf(disposition)][indexOf(grade)];
            if (!present(entry, entryPath, QStringLiteral("rate"), true) ||
                !readNumber(entry.value(QStringLiteral("rate")), join(entryPath, QStringLiteral("rate")),
                            target.rate, 0, 1) ||
                !present(entry, entryPath, QStringLiteral("handling_cost"), true) ||
                !readMoney(entry.value(QStringLiteral("handling_cost")),
                           join(entryPath, QStringLiteral("handling_cost")), target.handlingCost))
                return false;
        }
    }
    return true;
}

bool PolicyParser::parseRestockingFees(const QJsonObject& root) {
    const QString path = QStringLiteral("restocking_fees");
    QJsonObject object;
    if (!readObject(root, {}, path, object))
        return false;
    for (const QString& key : object.keys()) {
        Grade grade;
        if (!readGradeKey(key, path, grade))
            return false;
    }
    for (Grade grade : kAllGrades) {
        const QString key = gradeName(grade);
        if (!present(object, path, key, true) ||
            !readNumber(object.value(key), join(path, key), m_policy.m_restockingFees[indexOf(grade)], 0, 1))
            return false;
    }
    return true;
}

bool PolicyParser::parseRefundRules(const QJsonObject& root) {
    const QString path = QStringLiteral("refund_rules");
    QJsonArray array;
    if (!readArray(root, {}, path, array, true))
        return false;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString rowPath = at(path, i);
        if (!array[i].isObject())
            return wrongType(rowPath, QStringLiteral("object"), array[i]);
        const QJsonObject row = array[i].toObject();
        RefundRule rule;
        QString decision;
        if (!readString(row, rowPath, QStringLiteral("id"), rule.id, true, false) ||
            !readString(row, rowPath, QStringLiteral("description"), rule.description, true, false) ||
            !parseConditions(row, rowPath, RowKind::Refund, rule.when) ||
            !readString(row, rowPath, QStringLiteral("decision"), decision, true, false))
            return false;
        if (ids.contains(rule.id))
            return fail(join(rowPath, QStringLiteral("id")),
                        Policy::tr("%1 is listed twice").arg(quoted(rule.id)));
        ids.insert(rule.id);
        const std::optional<RefundDecision> parsed = refundDecisionFromName(decision);
        if (!parsed)
            return fail(join(rowPath, QStringLiteral("decision")),
                        Policy::tr("unknown decision %1 (expected \"full\", \"partial\" or \"deny\")")
                            .arg(quoted(decision)));
        rule.decision = *parsed;
        m_policy.m_refundRules << rule;
    }
    return true;
}

Policy::Policy() {
    for (auto& row : m_recovery)
        for (RecoveryEntry& entry : row)
            entry.handlingCost = Money{0, m_currency};
}

Result<Policy> Policy::parse(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        return Error::invalid(QStringLiteral("policy_invalid"),
                              tr("Invalid policy JSON at line %1, column %2: %3")
                                  .arg(line)
                                  .arg(column)
                                  .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return Error::invalid(QStringLiteral("policy_invalid"),
                              tr("Invalid policy: the document must be a JSON object."));
    Policy policy;
    PolicyParser parser(policy);
    if (!parser.parse(document.object()))
        return parser.errorAt(json);
    policy.m_document = json;
    return policy;
}

const Policy& Policy::builtIn() {
    static const Policy policy = [] {
        QFile file(QStringLiteral(":/policy/default.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCritical("Built-in policy missing from the resources: %s", qPrintable(file.errorString()));
            return Policy();
        }
        Result<Policy> parsed = parse(file.readAll());
        if (!parsed) {
            qCritical("Built-in policy rejected: %s", qPrintable(parsed.error().message));
            return Policy();
        }
        return std::move(parsed).value();
    }();
    return policy;
}

bool Policy::hasReason(const QString& code) const {
    for (const ReasonCode& reason : m_reasons)
        if (reason.code == code)
            return true;
    return false;
}

QString Policy::reasonLabel(const QString& code) const {
    for (const ReasonCode& reason : m_reasons)
        if (reason.code == code)
            return reason.label;
    return code;
}

QString Policy::gradeLabel(Grade grade) const {
    for (const GradeInfo& info : m_grades)
        if (info.grade == grade)
            return info.label;
    return gradeName(grade);
}

QString Policy::gradeDescription(Grade grade) const {
    for (const GradeInfo& info : m_grades)
        if (info.grade == grade)
            return info.description;
    return {};
}

bool Policy::categoryMatches(const QString& prefix, const QString& category) {
    if (prefix.isEmpty())
        return true;
    if (!category.startsWith(prefix, Qt::CaseInsensitive))
        return false;
    return category.size() == prefix.size() || category.at(prefix.size()) == QLatin1Char('.');
}

const Checklist& Policy::checklistFor(const QString& category) const {
    const Checklist* best = nullptr;
    for (const Checklist& checklist : m_checklists)
        if (categoryMatches(checklist.category, category) &&
            (!best || checklist.category.size() > best->category.size()))
            best = &checklist;
    if (best)
        return *best;
    static const Checklist empty; // only for Policy(): parse() insists on a "" checklist
    return empty;
}

RecoveryEntry Policy::recovery(Disposition disposition, Grade grade) const {
    return m_recovery[indexOf(disposition)][indexOf(grade)];
}

double Policy::restockingFeeRate(Grade grade) const {
    return m_restockingFees[indexOf(grade)];
}

} // namespace dockside
