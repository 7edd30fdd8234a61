// Fuzz target: a command script's text through the parser the app and `--script` use.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "app/command_script.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto commands = myo::parseCommandScript(text, "fuzz.myo");
  if (!commands.ok()) {
    myo::fuzz::requireOneLineNaming(commands.error(), "fuzz.myo");
    return 0;
  }
  for (const myo::ScriptCommand& command : commands.value())
    for (std::size_t i = 0; i < command.values.size(); ++i) static_cast<void>(command.whole(i));
  return 0;
}
