#include "scan/CheckDigits.h"

namespace dockside {

namespace {

constexpr char16_t kGs = 0x1D;

bool isUpperAlpha(QChar c) {
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

// [0-9A-Z] and lowercase as 0..35, else -1.
int alnumValue(QChar c) {
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'Z')
        return u - u'A' + 10;
    if (u >= u'a' && u <= u'z')
        return u - u'a' + 10;
    return -1;
}

// GS1 mod 10 over prefix + payload as if they were one string (for the implied channel ids).
int gs1CheckDigitWithPrefix(QStringView prefix, QStringView payload) {
    int sum = 0;
    int weight = 3;
    for (QStringView part : {payload, prefix}) {
        for (qsizetype i = part.size() - 1; i >= 0; --i) {
            const int d = digitValue(part[i]);
            if (d < 0)
                return -1;
            sum += d * weight;
            weight = 4 - weight;
        }
    }
    return (10 - sum % 10) % 10;
}

bool lastDigitIs(QStringView s, int expected) {
    return expected >= 0 && !s.isEmpty() && digitValue(s.back()) == expected;
}

bool startsWith(QStringView s, QStringView prefix) {
    return s.startsWith(prefix);
}

} // namespace

bool isAllDigits(QStringView s) {
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (digitValue(c) < 0)
            return false;
    }
    return true;
}

int gs1CheckDigit(QStringView payload) {
    if (payload.isEmpty())
        return -1;
    return gs1CheckDigitWithPrefix({}, payload);
}

bool hasValidGs1CheckDigit(QStringView digits) {
    return digits.size() >= 2 && lastDigitIs(digits, gs1CheckDigit(digits.chopped(1)));
}

bool isValidGtin(QStringView digits) {
    const auto n = digits.size();
    return (n == 8 || n == 12 || n == 13 || n == 14) && hasValidGs1CheckDigit(digits);
}

bool isValidSscc(QStringView digits) {
    return digits.size() == 18 && hasValidGs1CheckDigit(digits);
}

int ups1ZCheckDigit(QStringView body15) {
    if (body15.size() != 15)
        return -1;
    int sum = 0;
    for (qsizetype i = 0; i < body15.size(); ++i) {
        const QChar c = body15[i];
        int v = digitValue(c);
        if (v < 0) {
            if (!isUpperAlpha(c))
                return -1;
            v = (c.unicode() - 63) % 10;
        }
        sum += (i % 2 == 1) ? 2 * v : v;
    }
    return (10 - sum % 10) % 10;
}

bool isValidUps1Z(QStringView s) {
    return s.size() == 18 && startsWith(s, u"1Z") && lastDigitIs(s, ups1ZCheckDigit(s.sliced(2, 15)));
}

int fedexMod11CheckDigit(QStringView payload) {
    if (payload.isEmpty())
        return -1;
    static constexpr int kWeights[3] = {1, 3, 7};
    int sum = 0;
    int w = 0;
    for (qsizetype i = payload.size() - 1; i >= 0; --i) {
        const int d = digitValue(payload[i]);
        if (d < 0)
            return -1;
        sum += d * kWeights[w];
        w = (w + 1) % 3;
    }
    return sum % 11 % 10;
}

bool isValidFedex12(QStringView s) {
    return s.size() == 12 && isAllDigits(s) && lastDigitIs(s, fedexMod11CheckDigit(s.first(11)));
}

bool isValidFedex34(QStringView s) {
    return s.size() == 34 && isAllDigits(s) && lastDigitIs(s, fedexMod11CheckDigit(s.sliced(20, 13)));
}

bool isValidFedex15(QStringView s) {
    return s.size() == 15 && hasValidGs1CheckDigit(s);
}

bool isValidFedex96(QStringView s) {
    return s.size() == 22 && startsWith(s, u"96") && isAllDigits(s) && hasValidGs1CheckDigit(s.sliced(7));
}

bool isValidFedexSscc20(QStringView s) {
    return s.size() == 20 && startsWith(s, u"00") && isValidSscc(s.sliced(2));
}

bool isValidFedexSmartPost(QStringView s) {
    if (s.size() == 22)
        return startsWith(s, u"92") && hasValidGs1CheckDigit(s);
    if (s.size() == 20)
        return lastDigitIs(s, gs1CheckDigitWithPrefix(u"92", s.first(19)));
    return false;
}

bool isValidUspsTracking(QStringView digits) {
    switch (digits.size()) {
    case 20:
        return hasValidGs1CheckDigit(digits) ||
               lastDigitIs(digits, gs1CheckDigitWithPrefix(u"91", digits.first(19)));
    case 22:
    case 26:
    case 30:
    case 34:
        return hasValidGs1CheckDigit(digits);
    default:
        return false;
    }
}

std::optional<UspsImpbParts> splitUspsRouting(QStringView s) {
    if (s.size() < 8 || !startsWith(s, u"420"))
        return std::nullopt;
    const auto isTrackingLength = [](qsizetype n) {
        return n == 20 || n == 22 || n == 26 || n == 30 || n == 34;
    };

    // An explicit GS settles where the ZIP ends.
    const auto gs = s.indexOf(QChar(kGs));
    if (gs >= 0) {
        const QStringView zip = s.sliced(3, gs - 3);
        const QStringView tracking = s.sliced(gs + 1);
        if ((zip.size() == 5 || zip.size() == 9) && isAllDigits(zip) && isAllDigits(tracking) &&
            isTrackingLength(tracking.size()))
            return UspsImpbParts{zip, tracking};
        return std::nullopt;
    }
    if (!isAllDigits(s))
        return std::nullopt;

    std::optional<UspsImpbParts> best;
    int bestScore = -1;
    for (const int zipLength : {5, 9}) {
        if (s.size() <= 3 + zipLength)
            continue;
        const QStringView tracking = s.sliced(3 + zipLength);
        if (!isTrackingLength(tracking.size()))
            continue;
        // Prefer a passing check digit, then the 9x channel id every IMpb tracking part starts with.
        const int score = (isValidUspsTracking(tracking) ? 2 : 0) + (tracking.front() == u'9' ? 1 : 0);
        if (score > bestScore) {
            bestScore = score;
            best = UspsImpbParts{s.sliced(3, zipLength), tracking};
        }
    }
    return best;
}

bool isValidUspsImpb(QStringView s) {
    if (const auto parts = splitUspsRouting(s))
        return isValidUspsTracking(parts->tracking);
    return isAllDigits(s) && isValidUspsTracking(s);
}

int dhlMod7CheckDigit(QStringView payload9) {
    if (payload9.size() != 9)
        return -1;
    int rest = 0;
    for (QChar c : payload9) {
        const int d = digitValue(c);
        if (d < 0)
            return -1;
        rest = (rest * 10 + d) % 7;
    }
    return rest;
}

bool isValidDhlExpress(QStringView s) {
    return s.size() == 10 && lastDigitIs(s, dhlMod7CheckDigit(s.first(9)));
}

int s10CheckDigit(QStringView serial8) {
    if (serial8.size() != 8)
        return -1;
    static constexpr int kWeights[8] = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const int d = digitValue(serial8[i]);
        if (d < 0)
            return -1;
        sum += d * kWeights[i];
    }
    const int check = 11 - sum % 11;
    return check == 10 ? 0 : check == 11 ? 5 : check;
}

bool isS10Format(QStringView s) {
    return s.size() == 13 && isUpperAlpha(s[0]) && isUpperAlpha(s[1]) && isAllDigits(s.sliced(2, 9)) &&
           isUpperAlpha(s[11]) && isUpperAlpha(s[12]);
}

bool isValidS10(QStringView s) {
    return isS10Format(s) && digitValue(s[10]) == s10CheckDigit(s.sliced(2, 8));
}

bool isAmazonFormat(QStringView s) {
    return s.size() == 15 && startsWith(s, u"TB") && (s[2] == u'A' || s[2] == u'C' || s[2] == u'M') &&
           isAllDigits(s.sliced(3));
}

bool isOntracFormat(QStringView s) {
    return s.size() == 15 && (s[0] == u'C' || s[0] == u'D') && isAllDigits(s.sliced(1));
}

int ontracCheckDigit(QStringView first14) {
    if (first14.size() != 14 || (first14[0] != u'C' && first14[0] != u'D'))
        return -1;
    int sum = (first14[0].unicode() - 3) % 10; // index 0, weight 1: C -> 4, D -> 5
    for (qsizetype i = 1; i < 14; ++i) {
        const int d = digitValue(first14[i]);
        if (d < 0)
            return -1;
        sum += (i % 2 == 1) ? 2 * d : d;
    }
    return (10 - sum % 10) % 10;
}

bool isValidOntrac(QStringView s) {
    return isOntracFormat(s) && lastDigitIs(s, ontracCheckDigit(s.first(14)));
}

QChar mod37_36(QStringView alnum) {
    // ISO/IEC 7064 hybrid system MOD 37,36: P = M; per character S = (P + a) mod M (0 -> M),
    // P = 2S mod (M + 1); check = (M + 1 - P) mod M.
    static constexpr char16_t kAlphabet[] = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    constexpr int M = 36;
    if (alnum.isEmpty())
        return {};
    int p = M;
    for (QChar c : alnum) {
        const int a = alnumValue(c);
        if (a < 0)
            return {};
        int t = (p + a) % M;
        if (t == 0)
            t = M;
        p = (2 * t) % (M + 1);
    }
    return QChar(kAlphabet[(M + 1 - p) % M]);
}

} // namespace dockside
