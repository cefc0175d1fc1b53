#pragma once
// What each libFuzzer target does with one input, shared by the fuzz targets (fuzz_*.cpp) and the
// unit test that replays the committed corpus and past findings (tests/core/test_fuzz_corpus.cpp),
// so every input a fuzzer ever kept also runs in the normal and the sanitizer test runs.

#include "policy/Policy.h"
#include "scan/Gs1.h"
#include "scan/ScanClassifier.h"
#include "services/Catalog.h"
#include "sync/HqProtocol.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace dockside::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// Whatever a scanner types (UTF-8 bytes, control characters, GS in every form) goes through the
// scan classifier and its JSON.
inline void classify(const uint8_t* data, size_t size) {
    if (size > 4096)
        return;
    const QString text = QString::fromUtf8(bytes(data, size));
    (void)toJson(classifyScan(text));
    // A configured GS replacement character changes the parse: try the common one too.
    (void)toJson(classifyScan(text, QChar(u'~')));
}

// GS1 element strings (AIM prefix, bracket form, GS separators) through the parser, the detailed
// parser and the human-readable formatter.
inline void gs1(const uint8_t* data, size_t size) {
    if (size > 4096)
        return;
    const QString text = QString::fromUtf8(bytes(data, size));
    (void)normalizeGs1Separators(text, QChar(u'|'));
    (void)aimPrefix(text);
    (void)parseGs1Detailed(text);
    const auto parsed = parseGs1(text, QChar(u'|'));
    if (parsed.ok())
        (void)formatGs1HumanReadable(*parsed);
}

// Every answer HQ (or a broken proxy in front of it) can send the station: push results, feed
// pages with their RMAs and catalog items, health, error bodies, Retry-After, and the batch HQ
// reads from a station.
inline void hqAnswers(const uint8_t* data, size_t size) {
    if (size > 65536)
        return;
    const QByteArray body = bytes(data, size);
    (void)hq::parsePushResponse(body, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    if (const auto page = hq::parseFeedPage(body)) {
        for (const QJsonValue& item : page->items) {
            (void)Catalog::rmaFromJson(item.toObject());
            (void)Catalog::productFromJson(item.toObject());
        }
    }
    (void)hq::parseHealth(body);
    (void)hq::parseErrorBody(body);
    (void)hq::parseBatch(body);
    (void)hq::parseRetryAfterMs(body.left(64), 1795000000000);
}

// A policy document (from HQ or a file) through Policy::parse (its error names a line, found by
// a scanner of its own), and a parsed policy through the evaluations the dock runs on it.
inline void policy(const uint8_t* data, size_t size) {
    if (size > 262144)
        return;
    const auto parsed = Policy::parse(bytes(data, size));
    if (!parsed.ok())
        return;
    for (const char* category : {"", "electronics.audio", "apparel.tops", "x.y.z"})
        (void)parsed->checklistFor(QString::fromLatin1(category));
    for (Disposition disposition : {Disposition::Restock, Disposition::Quarantine})
        for (Grade grade : {Grade::A, Grade::X})
            (void)parsed->recovery(disposition, grade);
    (void)parsed->restockingFeeRate(Grade::C);
}

} // namespace dockside::fuzz
