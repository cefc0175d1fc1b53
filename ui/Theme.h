#pragma once

#include <QIcon>
#include <QString>

class QLabel;
class QWidget;

namespace dockside {

class Station;

// How a message should read: never by colour alone, every tone also has its symbol and words.
enum class Tone { Neutral, Good, Warning, Bad };

namespace theme {

// The station's display choices (settings `high_contrast`, `large_text`), switchable at run time.
struct Look {
    bool highContrast = false; // pure black on white, thicker borders, darker state colours
    bool largeText = false;    // every font 30% larger
    friend bool operator==(const Look&, const Look&) = default;
};
inline const QString kHighContrastSetting = QStringLiteral("high_contrast");
inline const QString kLargeTextSetting = QStringLiteral("large_text");
Look lookOf(Station& station);

// Big type and targets for gloved hands at arm's length, a thick focus ring no state colour
// uses, so the focused control is always visible.
QString styleSheet(const Look& look = {});
// Shows text on a label in a tone: colour, a symbol in front and the dynamic property "tone".
void setTone(QLabel* label, Tone tone, const QString& text);
QString symbol(Tone tone);
// The SVG icon set in resources/icons (":/icons/<name>.svg").
QIcon icon(const QString& name);
// Sizes in pixels at 100% scale.
inline constexpr int kTarget = 56; // minimum height of anything touched
} // namespace theme

} // namespace dockside
