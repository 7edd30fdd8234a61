#include <iostream>
#include "app/egl_context.h"
int main() {
  std::string error;
  auto ctx = myo::EglContext::create(error);
  if (!ctx) { std::cerr << error << "\n"; return 1; }
  std::cout << ctx->description() << "\n";
}
