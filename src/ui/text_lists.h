// Wrapped lists of sentences for the panels: bullets, numbered steps, and warnings in the warning
// colour. ImGui only; reads strings, returns nothing.
#pragma once

#include <string>
#include <vector>

namespace myo {

// One bullet per line, wrapped to the panel's width. O(lines).
void bulletLines(const std::vector<std::string>& lines);
// Lines as bullets in the warning colour (red-orange, readable on both themes). O(lines).
void warningLines(const std::vector<std::string>& lines);
// "1." "2." … before each line. O(lines).
void numberedLines(const std::vector<std::string>& lines);

}  // namespace myo
