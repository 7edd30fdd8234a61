// Rows that wrap: the next item goes on the same line only when it fits the window's width, so
// that toolbars wrap at large UI scales instead of clipping. ImGui only; no app state.
#pragma once

namespace myo {

// Before an item whose width is `width` px: ImGui::SameLine() when the item fits after the last
// one, else nothing (a new line). O(1).
void sameLineIfFits(float width);

// The width (px) of a button labelled `label` at the current font and style. O(length).
[[nodiscard]] float buttonWidth(const char* label);

// The width (px) of `text` as a line of text. O(length).
[[nodiscard]] float textWidth(const char* text);

}  // namespace myo
