#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace dockside {

// How a message should read: never by colour alone, every tone also has its symbol and words.
enum class Tone { Neutral, Good, Warning, Bad };

namespace theme {
// Big type and targets for gloved hands at arm's length, a thick focus ring, high contrast.
QString styleSheet();
// Shows text on a label in a tone: colour, a symbol in front and the dynamic property "tone".
void setTone(QLabel* label, Tone tone, const QString& text);
QString symbol(Tone tone);
// Sizes in pixels at 100% scale.
inline constexpr int kTarget = 56; // minimum height of anything touched
} // namespace theme

} // namespace dockside
