// The fuzz corpus (tests/fuzz/corpus/<target>/) and every input a fuzzer once crashed on
// (tests/fuzz/findings/<target>-<what>) run through the same code as the libFuzzer targets, so
// the normal and the sanitizer test runs guard them too; each finding also has its own test of
// the behaviour that fixed it.

#include "../fuzz/FuzzTargets.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include <functional>

using namespace dockside;
using namespace Qt::StringLiterals;

namespace {

using Target = std::function<void(const uint8_t*, size_t)>;

int replay(const QString& folder, const QStringList& filter, const Target& target) {
    int inputs = 0;
    const QDir dir(test::sourcePath(folder));
    for (const QString& name : dir.entryList(filter, QDir::Files)) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        INFO(folder.toStdString() << "/" << name.toStdString());
        target(reinterpret_cast<const uint8_t*>(data.constData()), static_cast<size_t>(data.size()));
        ++inputs;
    }
    return inputs;
}

} // namespace

TEST_CASE("Every fuzz corpus input and past finding runs cleanly", "[fuzz]") {
    const std::pair<QString, Target> targets[] = {{u"classify"_s, fuzz::classify},
                                                  {u"gs1"_s, fuzz::gs1},
                                                  {u"hq_answers"_s, fuzz::hqAnswers},
                                                  {u"policy"_s, fuzz::policy}};
    for (const auto& [name, target] : targets) {
        INFO(name.toStdString());
        CHECK(replay(u"tests/fuzz/corpus/"_s + name, {}, target) > 0);
        replay(u"tests/fuzz/findings"_s, {name + u"-*"_s}, target);
    }
}

TEST_CASE("Fuzz finding: an 18-digit Retry-After neither overflows nor stops sync for years",
          "[fuzz][sync]") {
    // fuzz_hq_answers: "111111111111111111" seconds * 1000 overflowed qint64 (UBSan).
    CHECK(hq::parseRetryAfterMs("111111111111111111", 0) == hq::kMaxRetryAfterMs);
    CHECK(hq::parseRetryAfterMs("9223372036854775807", 0) == hq::kMaxRetryAfterMs);
    CHECK(hq::parseRetryAfterMs("Fri, 31 Dec 9999 23:59:59 GMT", 1795000000000) == hq::kMaxRetryAfterMs);
    CHECK(hq::parseRetryAfterMs("7", 0) == 7000);
    CHECK(hq::parseRetryAfterMs("-1", 0) == std::nullopt);
    CHECK(hq::parseRetryAfterMs("soon", 0) == std::nullopt);
}
