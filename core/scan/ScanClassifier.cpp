#include "scan/ScanClassifier.h"

#include "scan/CheckDigits.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <optional>

namespace dockside {

namespace {

class ScanText {
    Q_DECLARE_TR_FUNCTIONS(ScanClassifier)
};

// Longer than any symbol a dock scanner reads (a full GS1 DataMatrix is ~2.3k characters); more
// is a stuck key or a paste, and is not worth scanning.
constexpr qsizetype kMaxScanLength = 4096;

bool isUpperAlnum(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z');
}

bool allDigitsBetween(QStringView s, qsizetype from, qsizetype to) {
    return from < to && to <= s.size() && isAllDigits(s.sliced(from, to - from));
}

// The text without spaces, ASCII letters uppercased: the form carriers and Dockside codes use.
QString compactUpper(QStringView text) {
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ')
            continue;
        out.append((u >= u'a' && u <= u'z') ? QChar(u - (u'a' - u'A')) : c);
    }
    return out;
}

// [A-Z][A-Z0-9]{1,7}(-[A-Z0-9]{1,8})?
bool isStationCode(QStringView s) {
    const auto hyphen = s.indexOf(u'-');
    const QStringView head = hyphen < 0 ? s : s.first(hyphen);
    if (head.size() < 2 || head.size() > 8 || head[0] < u'A' || head[0] > u'Z')
        return false;
    if (!std::all_of(head.begin(), head.end(), isUpperAlnum))
        return false;
    if (hyphen < 0)
        return true;
    const QStringView tail = s.sliced(hyphen + 1);
    return !tail.isEmpty() && tail.size() <= 8 && std::all_of(tail.begin(), tail.end(), isUpperAlnum);
}

QChar lpnCheck(QStringView station, QStringView sequence7) {
    QString source;
    source.reserve(station.size() + sequence7.size());
    for (QChar c : station) {
        if (c != u'-')
            source.append(c);
    }
    source.append(sequence7);
    return mod37_36(source);
}

bool fail(ScanResult& r, QString problem) {
    r.valid = false;
    r.problem = std::move(problem);
    return true;
}

// RMA-<4 digits>-<6..10 digits>[-<mod37_36 check>]
bool classifyRma(QStringView s, ScanResult& r) {
    if (!s.startsWith(u"RMA-") || s.size() < 15 || !allDigitsBetween(s, 4, 8) || s[8] != u'-')
        return false;
    qsizetype end = 9;
    while (end < s.size() && digitValue(s[end]) >= 0)
        ++end;
    const qsizetype numberLength = end - 9;
    if (numberLength < 6 || numberLength > 10)
        return false;
    const bool hasCheck = end < s.size();
    if (hasCheck && !(end + 2 == s.size() && s[end] == u'-' && isUpperAlnum(s[end + 1])))
        return false;
    r.kind = ScanKind::Rma;
    r.value = s.first(end).toString();
    r.valid = true;
    if (hasCheck) {
        QString source = QStringLiteral("RMA");
        source.append(s.sliced(4, 4));
        source.append(s.sliced(9, numberLength));
        if (mod37_36(source) != s.back())
            fail(r, ScanText::tr("The RMA check character is wrong."));
    }
    return true;
}

// <prefix><4..8 digits>: badges "U-1234", totes "TOTE-0042".
bool classifyNumbered(QStringView s, QStringView prefix, ScanKind kind, ScanResult& r) {
    const qsizetype digits = s.size() - prefix.size();
    if (!s.startsWith(prefix) || digits < 4 || digits > 8 || !isAllDigits(s.sliced(prefix.size())))
        return false;
    r.kind = kind;
    r.value = s.toString();
    r.valid = true;
    return true;
}

// <STATION>-<7 digits>-<mod37_36 check>
bool classifyLpn(QStringView s, ScanResult& r) {
    const auto n = s.size();
    if (n < 12 || n > 8 + 1 + 8 + 10 || s[n - 2] != u'-' || s[n - 10] != u'-' || !isUpperAlnum(s[n - 1]) ||
        !allDigitsBetween(s, n - 9, n - 2))
        return false;
    const QStringView station = s.first(n - 10);
    if (!isStationCode(station))
        return false;
    r.kind = ScanKind::Lpn;
    r.value = s.toString();
    r.valid = true;
    if (lpnCheck(station, s.sliced(n - 9, 7)) != s.back())
        fail(r, ScanText::tr("The LPN check character is wrong."));
    return true;
}

bool classifyDockside(QStringView s, ScanResult& r) {
    return classifyRma(s, r) || classifyNumbered(s, u"TOTE-", ScanKind::Tote, r) ||
           classifyNumbered(s, u"U-", ScanKind::Badge, r) || classifyLpn(s, r);
}

QString noCheckDigitPasses() {
    return ScanText::tr("The check digit does not match for any carrier format this number fits.");
}

// Carrier formats a number fits, with the value each one tracks.
class Candidates {
public:
    void add(Carrier carrier, QString format, bool valid, QStringView value) {
        m_items.append({{carrier, std::move(format), valid}, value});
    }
    bool isEmpty() const { return m_items.isEmpty(); }

    // Valid check digit first; otherwise the order of add(), most specific format first.
    void rank() {
        std::stable_sort(m_items.begin(), m_items.end(), [](const Item& a, const Item& b) {
            return a.match.checkDigitValid && !b.match.checkDigitValid;
        });
    }

    // Fills candidates, and for a tracking number carrier/value/valid/problem from the best.
    void applyTo(ScanResult& r, bool asTracking) const {
        r.candidates.reserve(m_items.size());
        for (const Item& item : m_items)
            r.candidates.append(item.match);
        if (!asTracking || m_items.isEmpty())
            return;
        const Item& best = m_items.front();
        r.kind = ScanKind::Tracking;
        r.carrier = best.match.carrier;
        r.value = best.value.toString();
        r.valid = best.match.checkDigitValid;
        if (!r.valid)
            r.problem = noCheckDigitPasses();
    }

private:
    struct Item {
        CarrierMatch match;
        QStringView value;
    };
    QList<Item> m_items;
};

bool isImpbChannel(QStringView digits) { // IMpb tracking parts start with channel id 91-95
    return digits.size() >= 2 && digits[0] == u'9' && digits[1] >= u'1' && digits[1] <= u'5';
}

void addUsps420(QStringView digits, Candidates& out) {
    if (const auto parts = splitUspsRouting(digits))
        out.add(Carrier::Usps, QStringLiteral("usps_impb_420"), isValidUspsTracking(parts->tracking),
                parts->tracking);
}

// Numeric carrier formats by length; prefixes keep unrelated formats apart.
void addNumericCandidates(QStringView d, Candidates& out) {
    switch (d.size()) {
    case 10:
        out.add(Carrier::Dhl, QStringLiteral("dhl_express_10"), isValidDhlExpress(d), d);
        break;
    case 12:
        out.add(Carrier::Fedex, QStringLiteral("fedex_12"), isValidFedex12(d), d);
        break;
    case 15:
        out.add(Carrier::Fedex, QStringLiteral("fedex_15"), isValidFedex15(d), d);
        break;
    case 20:
        if (d.startsWith(u"00"))
            out.add(Carrier::Fedex, QStringLiteral("fedex_sscc_20"), isValidFedexSscc20(d), d);
        out.add(Carrier::Usps, QStringLiteral("usps_20"), hasValidGs1CheckDigit(d), d);
        out.add(Carrier::Usps, QStringLiteral("usps_impb_20"), isValidUspsTracking(d), d);
        out.add(Carrier::Fedex, QStringLiteral("fedex_smartpost_20"), isValidFedexSmartPost(d), d);
        break;
    case 22:
        if (d.startsWith(u"96"))
            out.add(Carrier::Fedex, QStringLiteral("fedex_96_22"), isValidFedex96(d), d);
        if (isImpbChannel(d))
            out.add(Carrier::Usps, QStringLiteral("usps_impb_22"), isValidUspsTracking(d), d);
        if (d.startsWith(u"92"))
            out.add(Carrier::Fedex, QStringLiteral("fedex_smartpost_22"), isValidFedexSmartPost(d), d);
        break;
    case 26:
        if (isImpbChannel(d))
            out.add(Carrier::Usps, QStringLiteral("usps_impb_26"), isValidUspsTracking(d), d);
        break;
    case 30:
        if (d.startsWith(u"420"))
            addUsps420(d, out);
        else if (isImpbChannel(d))
            out.add(Carrier::Usps, QStringLiteral("usps_impb_30"), isValidUspsTracking(d), d);
        break;
    case 34:
        if (d.startsWith(u"420"))
            addUsps420(d, out);
        else if (d.startsWith(u"100") || d.startsWith(u"96"))
            out.add(Carrier::Fedex, QStringLiteral("fedex_34"), isValidFedex34(d), d);
        else if (isImpbChannel(d))
            out.add(Carrier::Usps, QStringLiteral("usps_impb_34"), isValidUspsTracking(d), d);
        break;
    default:
        if (d.startsWith(u"420"))
            addUsps420(d, out); // ZIP routing with other tracking lengths (28, 32, 38 digits)
        break;
    }
}

bool classifyAlnumCarrier(QStringView s, ScanResult& r) {
    Candidates c;
    if (s.size() == 18 && s.startsWith(u"1Z") && std::all_of(s.begin(), s.end(), isUpperAlnum)) {
        c.add(Carrier::Ups, QStringLiteral("ups_1z"), isValidUps1Z(s), s);
    } else if (isAmazonFormat(s)) {
        const QString format = s[2] == u'A'   ? QStringLiteral("amazon_tba")
                               : s[2] == u'C' ? QStringLiteral("amazon_tbc")
                                              : QStringLiteral("amazon_tbm");
        c.add(Carrier::Amazon, format, true, s);
    } else if (isOntracFormat(s)) {
        c.add(Carrier::Ontrac, s[0] == u'C' ? QStringLiteral("ontrac_c") : QStringLiteral("ontrac_d"),
              isValidOntrac(s), s);
    } else if (isS10Format(s)) {
        c.add(Carrier::S10, QStringLiteral("s10"), isValidS10(s), s);
    } else {
        return false;
    }
    c.applyTo(r, true);
    return true;
}

ScanResult unknown(ScanResult r, QString problem) {
    r.kind = ScanKind::Unknown;
    r.carrier = Carrier::None;
    r.valid = false;
    r.value.clear();
    r.fields.clear();
    r.candidates.clear();
    r.problem = std::move(problem);
    return r;
}

QString notRecognized() {
    return ScanText::tr("The scan is not a known barcode format.");
}

void setGs1(ScanResult& r, Gs1Parse parsed) {
    r.kind = ScanKind::Gs1;
    r.value = formatGs1HumanReadable(parsed.fields);
    r.fields = std::move(parsed.fields);
    r.valid = !parsed.error.has_value();
    if (parsed.error)
        r.problem = parsed.error->message;
}

bool isUspsTrackingLength(qsizetype n) {
    return n == 20 || n == 22 || n == 26 || n == 30 || n == 34;
}

// An element string, or a USPS IMpb label: GS1-128 with AI 420/421 (ZIP) then the tracking part,
// whose channel id 9x reads as a GS1 internal AI.
ScanResult classifyGs1(QStringView text, QChar gsReplacement, ScanResult r) {
    Gs1Parse parsed = parseGs1Detailed(text, gsReplacement);
    const auto& f = parsed.fields;
    if (f.size() >= 2 && (f[0].ai == u"420" || f[0].ai == u"421") && f[1].ai.startsWith(u'9')) {
        const QString tracking = f[1].ai + f[1].value;
        if (isAllDigits(tracking) && isUspsTrackingLength(tracking.size())) {
            const bool valid = isValidUspsTracking(tracking);
            r.fields = std::move(parsed.fields);
            r.kind = ScanKind::Tracking;
            r.carrier = Carrier::Usps;
            r.value = tracking;
            r.valid = valid;
            r.candidates = {{Carrier::Usps, QStringLiteral("usps_impb_420"), valid}};
            if (!valid)
                r.problem = noCheckDigitPasses();
            return r;
        }
    }
    if (parsed.error && text.trimmed().startsWith(u"420")) {
        // The GS after the ZIP got lost: "420"+ZIP+tracking as one run of digits.
        const QString digits = normalizeGs1Separators(text.trimmed(), gsReplacement);
        Candidates c;
        addUsps420(digits, c);
        if (!c.isEmpty()) {
            c.applyTo(r, true);
            return r;
        }
    }
    if (parsed.fields.isEmpty() && parsed.error && !isGs1Symbology(r.symbology)) {
        // Only text that starts like an element string deserves the GS1 parser's explanation.
        const QString start =
            normalizeGs1Separators(text.first(qMin<qsizetype>(text.size(), 8)), gsReplacement);
        const QStringView head = QStringView(start).trimmed();
        const qsizetype first = head.startsWith(QChar(kGs1Separator)) ? 1 : 0;
        const bool gs1Like = first < head.size() && (head[first] == u'(' || digitValue(head[first]) >= 0);
        return unknown(std::move(r), gs1Like ? parsed.error->message : notRecognized());
    }
    setGs1(r, std::move(parsed));
    return r;
}

bool looksLikeGs1(QStringView text, QChar gsReplacement) {
    for (QChar c : text) {
        if (c == QChar(kGs1Separator) || (!gsReplacement.isNull() && c == gsReplacement))
            return true;
    }
    if (text.contains(u"<GS>", Qt::CaseInsensitive) || text.contains(u"{GS}", Qt::CaseInsensitive) ||
        text.contains(u"^]") || text.contains(u"\\x1D", Qt::CaseInsensitive))
        return true;
    // Bracket form "(01)...", or "01"+GTIN-14 followed by more AIs without separators.
    if (text.size() >= 4 && text[0] == u'(' && digitValue(text[1]) >= 0 && digitValue(text[2]) >= 0)
        return true;
    return text.size() > 16 && text.startsWith(u"01") && isAllDigits(text.sliced(2, 14)) &&
           !isAllDigits(text);
}

ScanResult classifyDigits(const QString& digits, ScanResult r) {
    const QStringView d(digits);
    const auto n = d.size();
    Candidates candidates;
    addNumericCandidates(d, candidates);
    candidates.rank();

    // An element string without separators: SSCC (00) or GTIN (01) first, maybe more AIs.
    std::optional<Gs1Parse> gs1;
    if ((n >= 16 && d.startsWith(u"01") && isValidGtin(d.sliced(2, 14))) ||
        (n >= 20 && d.startsWith(u"00") && isValidSscc(d.sliced(2, 18)))) {
        gs1 = parseGs1Detailed(d);
        if (!gs1->error) {
            candidates.applyTo(r, false);
            setGs1(r, std::move(*gs1));
            return r;
        }
    }

    if (n == 8 || n == 12 || n == 13 || n == 14) {
        const bool valid = isValidGtin(d);
        if (valid || candidates.isEmpty()) {
            candidates.applyTo(r, false);
            r.kind = ScanKind::Gtin;
            r.value = QString(14 - n, u'0') + digits;
            r.valid = valid;
            if (!valid)
                r.problem = ScanText::tr("The GTIN check digit is wrong.");
            return r;
        }
    }
    if (n == 18) { // a bare SSCC: what AI 00 carries
        r.kind = ScanKind::Gs1;
        r.fields = {{QStringLiteral("00"), digits}};
        r.value = formatGs1HumanReadable(r.fields);
        r.valid = isValidSscc(d);
        if (!r.valid)
            r.problem = ScanText::tr("The SSCC check digit is wrong.");
        return r;
    }
    if (!candidates.isEmpty()) {
        candidates.applyTo(r, true);
        return r;
    }
    if (gs1 && !gs1->fields.isEmpty()) {
        setGs1(r, std::move(*gs1));
        return r;
    }
    return unknown(std::move(r), notRecognized());
}

} // namespace

QString kindName(ScanKind kind) {
    switch (kind) {
    case ScanKind::Tracking:
        return QStringLiteral("tracking");
    case ScanKind::Rma:
        return QStringLiteral("rma");
    case ScanKind::Lpn:
        return QStringLiteral("lpn");
    case ScanKind::Gs1:
        return QStringLiteral("gs1");
    case ScanKind::Gtin:
        return QStringLiteral("gtin");
    case ScanKind::Badge:
        return QStringLiteral("badge");
    case ScanKind::Tote:
        return QStringLiteral("tote");
    case ScanKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString carrierName(Carrier carrier) {
    switch (carrier) {
    case Carrier::Ups:
        return QStringLiteral("ups");
    case Carrier::Fedex:
        return QStringLiteral("fedex");
    case Carrier::Usps:
        return QStringLiteral("usps");
    case Carrier::Dhl:
        return QStringLiteral("dhl");
    case Carrier::Amazon:
        return QStringLiteral("amazon");
    case Carrier::Ontrac:
        return QStringLiteral("ontrac");
    case Carrier::S10:
        return QStringLiteral("s10");
    case Carrier::None:
        break;
    }
    return {};
}

QString ScanResult::field(QStringView ai) const {
    for (const Gs1Field& f : fields) {
        if (f.ai == ai)
            return f.value;
    }
    return {};
}

QString ScanResult::gtin() const {
    if (QString g = field(u"01"); !g.isNull())
        return g;
    return kind == ScanKind::Gtin ? value : QString();
}

QString ScanResult::serial() const {
    return field(u"21");
}

ScanResult classifyScan(QStringView raw, QChar gsReplacement) {
    ScanResult r;
    if (raw.size() > kMaxScanLength)
        return unknown(std::move(r), ScanText::tr("The scan is too long for a barcode."));
    QStringView text = raw.trimmed();
    const QStringView aim = aimPrefix(text);
    if (!aim.isEmpty()) {
        r.symbology = aim.toString();
        text = text.sliced(aim.size()).trimmed();
    }
    if (text.isEmpty())
        return unknown(std::move(r), ScanText::tr("The scan is empty."));
    if (isGs1Symbology(aim))
        return classifyGs1(text, gsReplacement, std::move(r));

    const QString compact = compactUpper(text);
    if (classifyDockside(compact, r))
        return r;
    if (looksLikeGs1(text, gsReplacement))
        return classifyGs1(text, gsReplacement, std::move(r));
    if (classifyAlnumCarrier(compact, r))
        return r;
    if (isAllDigits(compact))
        return classifyDigits(compact, std::move(r));
    return unknown(std::move(r), notRecognized());
}

QJsonObject toJson(const ScanResult& result) {
    QJsonObject fields;
    for (const Gs1Field& f : result.fields)
        fields.insert(f.ai, f.value);
    QJsonArray candidates;
    for (const CarrierMatch& c : result.candidates) {
        candidates.append(QJsonObject{{QStringLiteral("carrier"), carrierName(c.carrier)},
                                      {QStringLiteral("format"), c.format},
                                      {QStringLiteral("check_digit_valid"), c.checkDigitValid}});
    }
    QJsonObject o{
        {QStringLiteral("kind"), kindName(result.kind)},
        {QStringLiteral("carrier"), result.carrier == Carrier::None
                                        ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(carrierName(result.carrier))},
        {QStringLiteral("valid"), result.valid},
        {QStringLiteral("value"), result.value},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("candidates"), candidates},
    };
    if (!result.problem.isEmpty())
        o.insert(QStringLiteral("problem"), result.problem);
    return o;
}

QString makeLpn(QStringView station, qint64 sequence) {
    if (sequence < 0 || sequence > 9'999'999)
        return {};
    const QString code = compactUpper(station);
    if (code.size() != station.size() || !isStationCode(code))
        return {};
    const QString digits = QStringLiteral("%1").arg(sequence, 7, 10, QChar(u'0'));
    QString lpn = code;
    lpn += u'-';
    lpn += digits;
    lpn += u'-';
    lpn += lpnCheck(code, digits);
    return lpn;
}

} // namespace dockside
