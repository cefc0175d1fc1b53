#pragma once

#include <QChar>
#include <QStringView>

#include <optional>

// Check-digit algorithms of the barcodes that reach the dock. Pure functions, no allocation.
// Functions named *CheckDigit take the payload without its check digit and return the digit
// (0-9), or -1 when the payload has the wrong length or characters. Functions named isValid*
// take the whole number including its check digit and also check the format (length, prefix).
namespace dockside {

// Value of an ASCII digit, or -1.
constexpr int digitValue(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') ? int(u - u'0') : -1;
}
bool isAllDigits(QStringView s); // false for an empty string

// GS1 General Specifications §7.9.1: mod 10, weights 3,1,3,... from the rightmost payload digit.
// Used by GTIN-8/12/13/14, SSCC-18, GLN, USPS IMpb, FedEx Ground.
int gs1CheckDigit(QStringView payload);
bool hasValidGs1CheckDigit(QStringView digits); // last digit checks the ones before it
bool isValidGtin(QStringView digits);           // 8, 12, 13 or 14 digits
bool isValidSscc(QStringView digits);           // 18 digits

// UPS "1Z" (UPS tracking number spec, as implemented by jkeen/tracking_number_data): the 15
// characters after "1Z", letters mapped to (ASCII - 63) mod 10 (A=2 ... I=0, J=1), weights
// 1,2,1,2,... from the left, check = (10 - sum mod 10) mod 10.
int ups1ZCheckDigit(QStringView body15);
bool isValidUps1Z(QStringView s); // "1Z" + 15 [0-9A-Z] + check digit, 18 chars

// FedEx mod 11 (FedEx Express label spec): weights 1,3,7,1,3,7,... from the rightmost payload
// digit (= 3,1,7 from the left on 11 digits), check = sum mod 11, 10 -> 0.
int fedexMod11CheckDigit(QStringView payload);
bool isValidFedex12(QStringView s); // Express: 11 digits + mod 11 check
// FedEx Express/Ground GSN 34-digit ("100..." or "96..."): mod 11 over the 13-digit serial
// (digits 21-33), the check digit is the 34th.
bool isValidFedex34(QStringView s);
bool isValidFedex15(QStringView s); // Ground: 14 digits + GS1 mod 10
// Ground 96 (22 digits "96" + SCNC 2 + service 3 + serial 14 + check): GS1 mod 10 (weights 3,1)
// over the 14-digit serial only.
bool isValidFedex96(QStringView s);
// SSCC form: "00" + SSCC-18 (20 digits), GS1 mod 10 over the SSCC.
bool isValidFedexSscc20(QStringView s);
// SmartPost (IMpb CO3): 22 digits "92..." with GS1 mod 10, or the 20-digit form printed without
// its "92" channel id, checked as if "92" were still in front.
bool isValidFedexSmartPost(QStringView s);

// USPS Publication 199 (IMpb): the tracking part carries a GS1 mod 10 check digit (weights 3,1
// from the right). Tracking parts are 20, 22, 26, 30 or 34 digits; a 20-digit legacy number may
// have been printed without its "91" channel id, so it also passes when "91"+number does.
struct UspsImpbParts {
    QStringView zip;      // 5 or 9 digits; empty without routing prefix
    QStringView tracking; // the number USPS tracks
};
bool isValidUspsTracking(QStringView digits);
// Splits an IMpb string with the routing prefix "420"+ZIP5 or "420"+ZIP9, with or without a GS
// (0x1D) between the ZIP and the tracking part. Without GS the split is ambiguous (34 digits =
// ZIP9+22 or ZIP5+26): the one whose tracking part passes its check and starts with the 9x
// channel id wins. nullopt when it is not "420"+ZIP+tracking.
std::optional<UspsImpbParts> splitUspsRouting(QStringView s);
// Any IMpb form: a bare tracking part or one with its routing prefix; the check digit passes.
bool isValidUspsImpb(QStringView s);

// DHL Express waybill (DHL label spec): 10 digits, check = first 9 digits as a number mod 7.
int dhlMod7CheckDigit(QStringView payload9);
bool isValidDhlExpress(QStringView s);

// UPU S10 (UPU standard S10-12 §5.1): 2 letters + 8 digits + check + 2-letter country; weights
// 8,6,4,2,3,5,9,7, check = 11 - sum mod 11, 10 -> 0, 11 -> 5.
int s10CheckDigit(QStringView serial8);
bool isValidS10(QStringView s);
bool isS10Format(QStringView s); // shape only

// Amazon Logistics (TBA/TBC/TBM + 12 digits) has no published check digit: format only.
bool isAmazonFormat(QStringView s);

// OnTrac "C"/"D" + 14 digits. OnTrac publishes no specification; this is the mod 10 variant from
// jkeen/tracking_number_data (letter mapped like UPS: C=4, D=5, then weights 1,2,1,2,... from
// the left over letter + 13 digits, no digit-sum), which matches the real numbers it lists.
int ontracCheckDigit(QStringView first14);
bool isValidOntrac(QStringView s);
bool isOntracFormat(QStringView s); // shape only

// ISO/IEC 7064 MOD 37,36 (hybrid system, M = 36) over [0-9A-Z] (lowercase accepted); returns the
// check character [0-9A-Z], or a null QChar for an empty input or any other character.
QChar mod37_36(QStringView alnum);

} // namespace dockside
