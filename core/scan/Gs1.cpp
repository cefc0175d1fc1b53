#include "scan/Gs1.h"

#include "scan/CheckDigits.h"

#include <QCoreApplication>

namespace dockside {

namespace {

class Gs1Text {
    Q_DECLARE_TR_FUNCTIONS(Gs1)
};

enum class Semantic : quint8 {
    None,
    Date,          // YYMMDD, DD may be 00 (GS1 "yymmd0")
    DateTime10,    // YYMMDDHHMM (AI 7003)
    DateTime8to12, // YYMMDDHH[MM[SS]] (AI 8008)
    CountryList,   // one to five ISO 3166 numeric codes (AIs 423, 425)
};

// One row of the GS1 General Specifications AI table (§3.2).
struct AiSpec {
    quint8 minLength;
    quint8 maxLength;
    quint8 numericPrefix; // leading characters that must be digits; the rest is GS1 charset 82
    quint8 checkLength;   // leading digits that end in a GS1 mod 10 check digit; 0 when none
    Semantic semantic = Semantic::None;

    bool fixed() const { return minLength == maxLength; }
};

constexpr AiSpec kN18Check{18, 18, 18, 18};
constexpr AiSpec kN14Check{14, 14, 14, 14};
constexpr AiSpec kN13Check{13, 13, 13, 13};
constexpr AiSpec kN17Check{17, 17, 17, 17};
constexpr AiSpec kDate{6, 6, 6, 0, Semantic::Date};
constexpr AiSpec kN2{2, 2, 2, 0};
constexpr AiSpec kN3{3, 3, 3, 0};
constexpr AiSpec kMeasure{6, 6, 6, 0};
constexpr AiSpec kUpToN6{1, 6, 6, 0};
constexpr AiSpec kUpToN8{1, 8, 8, 0};
constexpr AiSpec kUpToX3{1, 3, 0, 0};
constexpr AiSpec kUpToX20{1, 20, 0, 0};
constexpr AiSpec kUpToX25{1, 25, 0, 0};
constexpr AiSpec kUpToX30{1, 30, 0, 0};
constexpr AiSpec kUpToX90{1, 90, 0, 0};
constexpr AiSpec kGdti{13, 30, 13, 13};           // 253: N13 + X..17
constexpr AiSpec kShipToPostCountry{4, 12, 3, 0}; // 421: N3 + X..9
constexpr AiSpec kCountries{3, 15, 15, 0, Semantic::CountryList};
constexpr AiSpec kExpiryTime{10, 10, 10, 0, Semantic::DateTime10};
constexpr AiSpec kGrai{14, 30, 14, 14}; // 8003: N14 + X..16
constexpr AiSpec kItip{18, 18, 18, 14}; // 8006: N14 + N2 + N2
constexpr AiSpec kProdTime{8, 12, 12, 0, Semantic::DateTime8to12};

int twoDigits(QStringView s, qsizetype at) {
    return digitValue(s[at]) * 10 + digitValue(s[at + 1]);
}

// The AI at the start of s and its length. GS1 AIs are prefix-free, and their first two digits
// decide how long the AI is.
const AiSpec* lookupAi(QStringView s, int* aiLength) {
    const auto n = s.size();
    if (n < 2 || digitValue(s[0]) < 0 || digitValue(s[1]) < 0)
        return nullptr;
    const int two = twoDigits(s, 0);
    const int d2 = n > 2 ? digitValue(s[2]) : -1;
    const int d3 = n > 3 ? digitValue(s[3]) : -1;
    *aiLength = 2;
    switch (two) {
    case 0:
        return &kN18Check;
    case 1:
    case 2:
        return &kN14Check;
    case 10:
    case 21:
    case 22:
        return &kUpToX20;
    case 11:
    case 12:
    case 13:
    case 15:
    case 16:
    case 17:
        return &kDate;
    case 20:
        return &kN2;
    case 30:
    case 37:
        return &kUpToN8;
    case 90:
        return &kUpToX30;
    case 91:
    case 92:
    case 93:
    case 94:
    case 95:
    case 96:
    case 97:
    case 98:
    case 99:
        return &kUpToX90;
    default:
        break;
    }
    if (d2 < 0)
        return nullptr;
    *aiLength = 3;
    switch (two * 10 + d2) {
    case 240:
    case 241:
    case 250:
    case 251:
    case 400:
    case 401:
    case 403:
        return &kUpToX30;
    case 242:
        return &kUpToN6;
    case 253:
        return &kGdti;
    case 254:
    case 420:
        return &kUpToX20;
    case 402:
        return &kN17Check;
    case 410:
    case 411:
    case 412:
    case 413:
    case 414:
    case 415:
    case 416:
    case 417:
        return &kN13Check;
    case 421:
        return &kShipToPostCountry;
    case 422:
    case 424:
    case 426:
        return &kN3;
    case 423:
    case 425:
        return &kCountries;
    case 427:
        return &kUpToX3;
    default:
        break;
    }
    if (d3 < 0)
        return nullptr;
    *aiLength = 4;
    // Measures 31nx-36nx: the last AI digit is the decimal point position, 0-5.
    static constexpr int kLastMeasure[] = {6, 9, 7, 9, 7, 9}; // highest n for 31..36
    if (two >= 31 && two <= 36)
        return (d2 <= kLastMeasure[two - 31] && d3 <= 5) ? &kMeasure : nullptr;
    switch (two * 100 + d2 * 10 + d3) {
    case 7003:
        return &kExpiryTime;
    case 8003:
        return &kGrai;
    case 8004:
        return &kUpToX30;
    case 8006:
        return &kItip;
    case 8008:
        return &kProdTime;
    case 8018:
        return &kN18Check;
    case 8020:
        return &kUpToX25;
    default:
        return nullptr;
    }
}

// GS1 AI encodable character set 82 (GS1 General Specifications Figure 7.11-1).
bool isCharset82(QChar c) {
    const char16_t u = c.unicode();
    if ((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z'))
        return true;
    switch (u) {
    case u'!':
    case u'"':
    case u'%':
    case u'&':
    case u'\'':
    case u'(':
    case u')':
    case u'*':
    case u'+':
    case u',':
    case u'-':
    case u'.':
    case u'/':
    case u':':
    case u';':
    case u'<':
    case u'=':
    case u'>':
    case u'?':
    case u'_':
        return true;
    default:
        return false;
    }
}

bool isValidDate(QStringView yymmdd, bool allowZeroDay) {
    static constexpr int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int yy = twoDigits(yymmdd, 0);
    const int mm = twoDigits(yymmdd, 2);
    const int dd = twoDigits(yymmdd, 4);
    if (mm < 1 || mm > 12)
        return false;
    if (dd == 0)
        return allowZeroDay;
    // YY % 4 is exact for every year GS1's sliding century window can produce (1951-2099 today).
    const int lastDay = (mm == 2 && yy % 4 != 0) ? 28 : kDays[mm - 1];
    return dd <= lastDay;
}

bool isValidTime(QStringView digits) { // HH[MM[SS]]
    if (twoDigits(digits, 0) > 23)
        return false;
    for (qsizetype i = 2; i + 1 < digits.size(); i += 2) {
        if (twoDigits(digits, i) > 59)
            return false;
    }
    return true;
}

Error unknownAi(QStringView rest) {
    QStringView shown = rest.first(qMin<qsizetype>(rest.size(), 4));
    if (const auto gs = shown.indexOf(QChar(kGs1Separator)); gs >= 0)
        shown.truncate(gs);
    return Error::invalid(QStringLiteral("gs1_unknown_ai"),
                          Gs1Text::tr("The GS1 barcode contains an unknown application identifier (%1).")
                              .arg(shown.toString()));
}

Error truncated(QStringView ai, int length) {
    return Error::invalid(QStringLiteral("gs1_truncated"),
                          Gs1Text::tr("The GS1 barcode ends inside AI (%1), which needs %2 characters.")
                              .arg(ai.toString())
                              .arg(length));
}

Error tooLong(QStringView ai, int maxLength) {
    return Error::invalid(QStringLiteral("gs1_too_long"),
                          Gs1Text::tr("AI (%1) is longer than %2 characters; a separator may be missing.")
                              .arg(ai.toString())
                              .arg(maxLength));
}

Error tooShort(QStringView ai, int minLength) {
    return Error::invalid(
        QStringLiteral("gs1_too_short"),
        Gs1Text::tr("AI (%1) needs at least %2 characters.").arg(ai.toString()).arg(minLength));
}

// Checks characters (a structural problem: parsing stops) and then meaning (check digit, date:
// recorded, parsing goes on). Returns the error and whether it is structural.
std::optional<Error> validateValue(QStringView ai, const AiSpec& spec, QStringView value, bool* structural) {
    *structural = true;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const bool ok = i < spec.numericPrefix ? digitValue(value[i]) >= 0 : isCharset82(value[i]);
        if (!ok) {
            return Error::invalid(
                QStringLiteral("gs1_bad_character"),
                Gs1Text::tr("AI (%1) contains a character that is not allowed.").arg(ai.toString()));
        }
    }
    *structural = false;
    if (spec.checkLength > 0 && !hasValidGs1CheckDigit(value.first(spec.checkLength))) {
        return Error::invalid(QStringLiteral("gs1_check_digit"),
                              Gs1Text::tr("The check digit of AI (%1) is wrong.").arg(ai.toString()));
    }
    bool dateOk = true;
    switch (spec.semantic) {
    case Semantic::None:
        break;
    case Semantic::Date:
        dateOk = isValidDate(value, true);
        break;
    case Semantic::DateTime10:
        dateOk = isValidDate(value, false) && isValidTime(value.sliced(6));
        break;
    case Semantic::DateTime8to12:
        dateOk = value.size() % 2 == 0 && isValidDate(value, false) && isValidTime(value.sliced(6));
        break;
    case Semantic::CountryList:
        if (value.size() % 3 != 0) {
            return Error::invalid(
                QStringLiteral("gs1_bad_value"),
                Gs1Text::tr("AI (%1) must hold one to five 3-digit country codes.").arg(ai.toString()));
        }
        break;
    }
    if (!dateOk) {
        return Error::invalid(QStringLiteral("gs1_bad_date"),
                              Gs1Text::tr("AI (%1) does not hold a valid date.").arg(ai.toString()));
    }
    return std::nullopt;
}

// Adds the field or stops: returns false when parsing must stop.
bool accept(Gs1Parse& out, QStringView ai, const AiSpec& spec, QStringView value) {
    bool structural = false;
    auto error = validateValue(ai, spec, value, &structural);
    if (error && structural) {
        out.error = std::move(error);
        return false;
    }
    out.fields.append({ai.toString(), value.toString()});
    if (error && !out.error)
        out.error = std::move(error);
    return true;
}

void parseElementString(QStringView s, Gs1Parse& out) {
    const auto n = s.size();
    qsizetype pos = 0;
    while (pos < n) {
        if (s[pos] == QChar(kGs1Separator)) { // leading FNC1, doubled or trailing separators
            ++pos;
            continue;
        }
        int aiLength = 0;
        const AiSpec* spec = lookupAi(s.sliced(pos), &aiLength);
        if (!spec) {
            out.error = unknownAi(s.sliced(pos));
            return;
        }
        const QStringView ai = s.sliced(pos, aiLength);
        pos += aiLength;
        QStringView value;
        if (spec->fixed()) {
            // Fixed-length fields need no separator; one that follows anyway is skipped above.
            value = s.sliced(pos, qMin<qsizetype>(spec->maxLength, n - pos));
            if (value.size() < spec->maxLength || value.contains(QChar(kGs1Separator))) {
                out.error = truncated(ai, spec->maxLength);
                return;
            }
        } else {
            qsizetype end = s.indexOf(QChar(kGs1Separator), pos);
            if (end < 0)
                end = n;
            value = s.sliced(pos, end - pos);
            if (value.size() > spec->maxLength) {
                out.error = tooLong(ai, spec->maxLength);
                return;
            }
            if (value.size() < spec->minLength) {
                out.error = tooShort(ai, spec->minLength);
                return;
            }
        }
        pos += value.size();
        if (!accept(out, ai, *spec, value))
            return;
    }
}

// Length of the "(AI)" token at s[at], or 0 when there is no known AI there.
qsizetype bracketAiLength(QStringView s, qsizetype at, const AiSpec** spec) {
    if (at >= s.size() || s[at] != u'(')
        return 0;
    const auto close = s.sliced(at).first(qMin<qsizetype>(6, s.size() - at)).indexOf(u')');
    if (close < 3)
        return 0;
    const QStringView ai = s.sliced(at + 1, close - 1);
    int aiLength = 0;
    if (!isAllDigits(ai))
        return 0;
    *spec = lookupAi(ai, &aiLength);
    return (*spec && aiLength == ai.size()) ? close + 1 : 0;
}

void parseBracketForm(QStringView s, Gs1Parse& out) {
    const auto n = s.size();
    qsizetype pos = 0;
    while (pos < n) {
        if (s[pos] == QChar(kGs1Separator)) {
            ++pos;
            continue;
        }
        const AiSpec* spec = nullptr;
        const qsizetype tokenLength = bracketAiLength(s, pos, &spec);
        if (tokenLength == 0) {
            if (s[pos] == u'(') {
                const auto close = s.indexOf(u')', pos);
                out.error = unknownAi(s.sliced(pos + 1, (close > pos ? close : n) - pos - 1));
            } else {
                out.error = Error::invalid(QStringLiteral("gs1_bad_format"),
                                           Gs1Text::tr("The GS1 barcode is not in a recognised form."));
            }
            return;
        }
        const QStringView ai = s.sliced(pos + 1, tokenLength - 2);
        pos += tokenLength;
        // '(' is a legal value character: a value ends only where a known "(AI)" starts.
        qsizetype end = pos;
        const AiSpec* next = nullptr;
        while (end < n && s[end] != QChar(kGs1Separator) && bracketAiLength(s, end, &next) == 0)
            ++end;
        const QStringView value = s.sliced(pos, end - pos);
        if (value.size() > spec->maxLength) {
            out.error = tooLong(ai, spec->maxLength);
            return;
        }
        if (value.size() < spec->minLength) {
            out.error = spec->fixed() ? truncated(ai, spec->maxLength) : tooShort(ai, spec->minLength);
            return;
        }
        pos = end;
        if (!accept(out, ai, *spec, value))
            return;
    }
}

bool isAsciiLetter(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}

} // namespace

QString normalizeGs1Separators(QStringView text, QChar extraSeparator) {
    QString out;
    out.reserve(text.size());
    const auto n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        const QStringView rest = text.sliced(i);
        if (c == u' ')
            continue;
        if (!extraSeparator.isNull() && c == extraSeparator) {
            out.append(QChar(kGs1Separator));
        } else if (c == u'^' && i + 1 < n && text[i + 1] == u']') {
            out.append(QChar(kGs1Separator));
            i += 1;
        } else if ((c == u'<' && rest.startsWith(u"<GS>", Qt::CaseInsensitive)) ||
                   (c == u'{' && rest.startsWith(u"{GS}", Qt::CaseInsensitive)) ||
                   (c == u'\\' && rest.startsWith(u"\\x1D", Qt::CaseInsensitive))) {
            out.append(QChar(kGs1Separator));
            i += 3;
        } else {
            out.append(c);
        }
    }
    return out;
}

QStringView aimPrefix(QStringView text) {
    if (text.size() >= 3 && text[0] == u']' && isAsciiLetter(text[1]) &&
        (isAsciiLetter(text[2]) || digitValue(text[2]) >= 0))
        return text.first(3);
    return {};
}

bool isGs1Symbology(QStringView aim) {
    return aim == u"]C1" || aim == u"]e0" || aim == u"]d2" || aim == u"]Q3" || aim == u"]J1";
}

Gs1Parse parseGs1Detailed(QStringView text, QChar extraSeparator) {
    Gs1Parse out;
    text = text.trimmed();
    text = text.sliced(aimPrefix(text).size());
    const QString normalized = normalizeGs1Separators(text, extraSeparator);
    const QStringView s(normalized);
    if (s.isEmpty() || s.count(QChar(kGs1Separator)) == s.size()) {
        out.error = Error::invalid(QStringLiteral("gs1_empty"), Gs1Text::tr("The GS1 barcode is empty."));
        return out;
    }
    if (s.front() == u'(')
        parseBracketForm(s, out);
    else
        parseElementString(s, out);
    return out;
}

Result<QList<Gs1Field>> parseGs1(QStringView text, QChar extraSeparator) {
    Gs1Parse parsed = parseGs1Detailed(text, extraSeparator);
    if (parsed.error)
        return std::move(*parsed.error);
    return std::move(parsed.fields);
}

QString formatGs1HumanReadable(const QList<Gs1Field>& fields) {
    QString out;
    for (const Gs1Field& f : fields) {
        out += u'(';
        out += f.ai;
        out += u')';
        out += f.value;
    }
    return out;
}

} // namespace dockside
