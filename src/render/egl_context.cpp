// EGL surfaceless / device context creation through libepoxy.
#include "render/egl_context.h"

#include <epoxy/egl.h>
#include <epoxy/gl.h>

#include <cstdlib>
#include <cstring>
#include <vector>

namespace myo {
namespace {

bool hasExtension(const char* list, const char* name) {
  if (list == nullptr) return false;
  const std::size_t len = std::strlen(name);
  for (const char* p = list; (p = std::strstr(p, name)) != nullptr; p += len) {
    if ((p == list || p[-1] == ' ') && (p[len] == ' ' || p[len] == '\0')) return true;
  }
  return false;
}

// A hardware EGL device (e.g. NVIDIA) when one exists, else Mesa surfaceless, else the default.
EGLDisplay openDisplay() {
  const char* clientExtensions = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
  const char* forced = std::getenv("MYOSCOPE_EGL_PLATFORM");
  const bool wantSurfaceless = forced != nullptr && std::strcmp(forced, "surfaceless") == 0;
  if (!wantSurfaceless && hasExtension(clientExtensions, "EGL_EXT_platform_device")) {
    EGLint count = 0;
    eglQueryDevicesEXT(0, nullptr, &count);
    std::vector<EGLDeviceEXT> devices(static_cast<std::size_t>(count));
    if (count > 0 && eglQueryDevicesEXT(count, devices.data(), &count)) {
      for (EGLDeviceEXT device : devices) {
        const char* deviceExtensions = eglQueryDeviceStringEXT(device, EGL_EXTENSIONS);
        if (hasExtension(deviceExtensions, "EGL_MESA_device_software")) continue;
        EGLDisplay display = eglGetPlatformDisplayEXT(EGL_PLATFORM_DEVICE_EXT, device, nullptr);
        if (display != EGL_NO_DISPLAY && eglInitialize(display, nullptr, nullptr)) return display;
      }
    }
  }
  if (hasExtension(clientExtensions, "EGL_MESA_platform_surfaceless")) {
    EGLDisplay display =
        eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
    if (display != EGL_NO_DISPLAY && eglInitialize(display, nullptr, nullptr)) return display;
  }
  EGLDisplay display = eglGetDisplay(EGL_DEFAULT_DISPLAY);
  if (display != EGL_NO_DISPLAY && eglInitialize(display, nullptr, nullptr)) return display;
  return EGL_NO_DISPLAY;
}

}  // namespace

std::unique_ptr<EglContext> EglContext::create(std::string& error) {
  EGLDisplay display = openDisplay();
  if (display == EGL_NO_DISPLAY) {
    error = "no EGL display (neither a GPU device nor Mesa surfaceless is available)";
    return nullptr;
  }
  if (!eglBindAPI(EGL_OPENGL_API)) {
    error = "EGL cannot bind the desktop OpenGL API";
    eglTerminate(display);
    return nullptr;
  }
  const EGLint configAttributes[] = {EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_RENDERABLE_TYPE,
                                     EGL_OPENGL_BIT, EGL_NONE};
  EGLConfig config = nullptr;
  EGLint configCount = 0;
  // Surfaceless displays may offer no pbuffer configs; a config-less context is fine then.
  if (!eglChooseConfig(display, configAttributes, &config, 1, &configCount) || configCount == 0)
    config = EGL_NO_CONFIG_KHR;
  const EGLint contextAttributes[] = {EGL_CONTEXT_MAJOR_VERSION,
                                      3,
                                      EGL_CONTEXT_MINOR_VERSION,
                                      3,
                                      EGL_CONTEXT_OPENGL_PROFILE_MASK,
                                      EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                                      EGL_NONE};
  EGLContext context = eglCreateContext(display, config, EGL_NO_CONTEXT, contextAttributes);
  if (context == EGL_NO_CONTEXT) {
    error = "EGL could not create an OpenGL 3.3 core context";
    eglTerminate(display);
    return nullptr;
  }
  if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) {
    error = "EGL could not make the context current without a surface";
    eglDestroyContext(display, context);
    eglTerminate(display);
    return nullptr;
  }
  std::unique_ptr<EglContext> result(new EglContext());
  result->display_ = display;
  result->context_ = context;
  return result;
}

EglContext::~EglContext() {
  eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
  eglDestroyContext(display_, context_);
  eglTerminate(display_);
}

std::string EglContext::description() const {
  const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
  const auto* version = reinterpret_cast<const char*>(glGetString(GL_VERSION));
  return std::string(renderer ? renderer : "?") + " / " + (version ? version : "?");
}

}  // namespace myo
