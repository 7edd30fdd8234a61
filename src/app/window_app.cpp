// GLFW window, ImGui frame and scene drawing around one AppState.
#include "app/window_app.h"
#include "app/diary_window.h"
#include "app/records_bridge.h"

#include <epoxy/gl.h>
// GLFW after epoxy so it does not pull in the system GL header.
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <malloc.h>

#include <algorithm>
#include <ctime>
#include <future>
#include <iostream>

#include "app/apply_intents.h"
#include "app/atlas_placement.h"
#include "app/body_opening.h"
#include "app/body_source.h"
#include "app/camera_input.h"
#include "app/folder_listing.h"
#include "app/layout_report.h"
#include "app/lesson_bridge.h"
#include "app/presenter_window.h"
#include "app/redraw_policy.h"
#include "app/referral_bridge.h"
#include "app/renderer_sync.h"
#include "app/scene_labels.h"
#include "app/script_runner.h"
#include "app/startup_stages.h"
#include "app/treatment_bridge.h"
#include "app/ui_bridge.h"
#include "app/ui_settings.h"
#include "app/user_paths.h"
#include "app/window_input.h"
#include "app/window_pictures.h"
#include "core/io/atomic_file.h"
#include "core/io/file_access.h"
#include "core/io/image.h"
#include "render/framebuffer_readback.h"
#include "render/offscreen_target.h"
#include "render/scene_renderer.h"
#include "ui/main_ui.h"
#include "ui/theme.h"

namespace myo {
namespace {

std::string gLastGlfwError;
// Under a script every frame advances the app's clock by this much (s), whatever the frame took,
// so that a script's pictures come out the same on any machine.
constexpr double kScriptFrameSeconds = 1.0 / 30.0;
// The turntable's speed as a horizontal drag, px/s: 0.006 rad a pixel, about 10 degrees a second.
constexpr float kTurntablePixelsPerSecond = 29.0f;
constexpr int kViewSamples = 4;  // the 3D view's multisampling

// Where the settings are kept and what was last written there (none: write at the first chance,
// which replaces a damaged file with the settings in use).
struct KeptSettings {
  std::filesystem::path file;
  std::optional<UiSettings> written;
  bool failing = false;  // the last write failed (reported once)
};

// Framebuffer pixels per window pixel (2 on a HiDPI screen).
float pixelScale(GLFWwindow* window) {
  int windowWidth = 0, windowHeight = 0, width = 0, height = 0;
  glfwGetWindowSize(window, &windowWidth, &windowHeight);
  glfwGetFramebufferSize(window, &width, &height);
  return windowWidth > 0 ? static_cast<float>(width) / static_cast<float>(windowWidth) : 1.0f;
}

bool saveWindow(GLFWwindow* window, const std::filesystem::path& file, AppState& state) {
  int width = 0, height = 0;
  glfwGetFramebufferSize(window, &width, &height);
  return saveWindowPicture(width, height, file, state);
}

// Draws the scene into the 3D view rectangle of the window's framebuffer (split in two halves
// while the diary compares two entries).
void drawScene(GLFWwindow* window, const ScreenRect& area, const AppState& state,
               SceneRenderer& renderer, OffscreenTarget& view) {
  int width = 0, height = 0;
  glfwGetFramebufferSize(window, &width, &height);
  glViewport(0, 0, width, height);
  glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  // The 3D view is multisampled in a target of its own size, so the window's framebuffer (under
  // the panels too) needs none: 4x MSAA over the whole window costs llvmpipe about 50 MiB.
  const float scale = pixelScale(window);
  const int w = std::max(1, static_cast<int>(area.width * scale));
  const int h = std::max(1, static_cast<int>(area.height * scale));
  std::string error;
  if ((view.width() != w || view.height() != h) && !view.create(w, h, kViewSamples, error)) {
    std::cerr << "myoscope: the 3D view: " << error << "\n";
    return;
  }
  view.bind();
  drawDiaryScene(renderer, state.camera, w, h,
                 state.diary.showing().kind == DiaryShowing::Kind::Compare);
  view.copyToWindow(static_cast<int>(area.x * scale),
                    height - static_cast<int>((area.y + area.height) * scale));
  glViewport(0, 0, width, height);
}

// The window's settings as they are now. O(1).
UiSettings currentSettings(GLFWwindow* window, const AppState& state,
                           const PresenterWindow& presenter) {
  UiSettings settings;
  presenter.windowedSize(window, settings.windowWidth, settings.windowHeight);
  settings.dock = state.dock;
  settings.darkTheme = state.darkTheme();
  settings.uiScale = state.uiScale();
  return settings;
}

// Writes the settings when they differ from those last written (`kept`); a failure is reported
// once, until a write succeeds again. O(1) unless they changed.
void keepSettings(GLFWwindow* window, AppState& state, const PresenterWindow& presenter,
                  KeptSettings& kept) {
  const UiSettings now = currentSettings(window, state, presenter);
  if (kept.written && now == *kept.written) return;
  kept.written = now;
  const Status saved = writeUiSettings(kept.file, now);
  if (!saved && !kept.failing) std::cerr << "myoscope: " << saved.error().message() << "\n";
  kept.failing = !saved;
}

// Runs frames until the window closes; returns the exit status.
int frameLoop(GLFWwindow* window, AppState& state, WindowContext& context,
              const CliOptions& options, ScriptRunner* script, KeptSettings& kept,
              StartupStages& stages) {
  const LoadOptions loadOptions{options.up, options.units};
  SceneRenderer renderer;
  OffscreenTarget viewTarget;  // the 3D view, multisampled
  stages.stamp("renderer: shaders, buffers");
  const std::string rendererName = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
  MainUiMemory uiMemory;
  UiViewCache viewCache;
  DiaryThumbnails thumbnails;  // the diary drawer's pictures (GL textures)
  MuscleAnchorCache labelCache;
  uiMemory.fileDialog.source = diskFolderSource();
  double lastWall = glfwGetTime();
  double lastTime = script != nullptr ? 0.0 : lastWall;
  float frameSeconds = 0.0f;
  int exitCode = 0;
  OrbitCamera::Pose lastDrawnPose = state.camera.pose();
  // Scripts and --frames runs draw every frame; otherwise an idle window sleeps until input.
  const bool alwaysDraw = script != nullptr || options.frames > 0;
  int framesLeft = kFramesAfterInput;
  PresenterWindow presenter;
  for (int frame = 0; !glfwWindowShouldClose(window); ++frame) {
    const auto stampFirst = [&](const char* stage) {
      if (frame == 0) stages.stamp(stage);
    };
    const unsigned eventsBefore = context.events;
    const double beforeWait = glfwGetTime();
    if (alwaysDraw || framesLeft > 0 || animating(state) || context.input.pending() > 0)
      glfwPollEvents();
    else if (state.presenter())
      glfwWaitEventsTimeout(0.5);  // the pointer ring fades and the cursor hides when idle
    else
      glfwWaitEvents();
    framesLeft = context.events != eventsBefore ? kFramesAfterInput : framesLeft - 1;
    const double wall = glfwGetTime();
    lastWall += wall - beforeWait;  // time asleep is not frame time
    const double now = script != nullptr ? (frame + 1) * kScriptFrameSeconds : wall;
    const auto dt = static_cast<float>(now - lastTime);
    const auto wallDt = static_cast<float>(wall - lastWall);
    lastTime = now;
    lastWall = wall;
    frameSeconds = frame < 2 ? wallDt : 0.9f * frameSeconds + 0.1f * wallDt;
    if (!context.dropped.empty()) {
      startOpeningBody(context.dropped, loadOptions, state);
      context.dropped.clear();
    }
    // The pointer and keys since the last frame, each event applied in turn: camera moves, then
    // clicks on the body, then keys (two taps of Space toggle twice).
    UiIntents moves;
    moves.cameraMoves = context.camera->takeMoves();
    if (state.turntable && !context.camera->dragging())  // a slow orbit, as a drag would turn it
      moves.cameraMoves.push_back(
          {CameraMove::Kind::Rotate, {kTurntablePixelsPerSecond * dt, 0.0f}, 0, std::nullopt});
    (void)applyIntents(moves, state);
    for (const WindowContext::Click& click : std::exchange(context.clicks, {}))
      (void)applyIntents(clickIntents(context, click), state);
    PendingActions keyActions;
    for (const UiIntents& key : std::exchange(context.keys, {})) {
      const PendingActions pending = applyIntents(key, state);
      keyActions.screenshot = keyActions.screenshot || pending.screenshot;
      if (pending.viewImage) keyActions.viewImage = pending.viewImage;
    }
    ScriptRunner::Actions scripted;
    if (script != nullptr) scripted = script->step(state);
    if (!scripted.error.empty()) {
      std::cerr << "myoscope: " << scripted.error << "\n";
      return 1;
    }
    if (!scripted.open.empty()) openBodyNow(scripted.open, loadOptions, state);
    if (scripted.clickWorld) {  // the pixel where that point shows in the 3D view
      const ScreenRect& a = context.area;
      const glm::vec2 pixel = state.camera.pixelOf(*scripted.clickWorld, static_cast<int>(a.width),
                                                   static_cast<int>(a.height));
      scripted.click = glm::dvec2(a.x + pixel.x, a.y + pixel.y);
    }
    if (scripted.click)  // as a click on the 3D view
      (void)applyIntents(clickIntents(context, {*scripted.click}), state);
    for (std::size_t i = 0; i < scripted.stroke.size(); ++i)  // as a brush stroke over it
      (void)applyIntents(clickIntents(context, {scripted.stroke[i], false, true, i == 0}), state);
    state.clock = now + (script != nullptr ? script->clockOffset() : 0.0);
    if (updateTreatment(state) && state.treatment.sound) std::cerr << '\a' << std::flush;  // bell
    (void)adoptOpenedBody(state);
    state.camera.update(dt);
    state.collectBvh();
    state.placedAtlas.update();
    paintWhereSeen(state);
    state.referral.update(dt);
    if (const std::optional<UiIntents> step = lessonStepWhenReady(state))
      (void)applyIntents(*step, state);
    frameChosenReferral(state);
    stampFirst("first frame: input, app state");
    // A script's pictures do not depend on where the pointer happens to rest.
    if (script == nullptr && !ImGui::GetIO().WantCaptureMouse && !context.camera->dragging()) {
      double x = 0, y = 0;
      glfwGetCursorPos(window, &x, &y);
      const auto hit = pickAt(context, x, y);
      UiIntents hover;
      hover.hoverPart = hit ? static_cast<int>(hit->part) : -1;
      (void)applyIntents(hover, state);
    }
    syncRenderer(state, renderer);
    stampFirst("first frame: upload the scene");
    // Input moved the camera since the last frame, or it is easing: draw the fast way.
    renderer.setMoving(state.camera.pose() != lastDrawnPose || state.camera.animating());

    ImGui_ImplOpenGL3_NewFrame();
    if (frame == 0) ImGui::GetIO().Fonts->ClearTexData();  // the atlas is a texture now
    ImGui_ImplGlfw_NewFrame();
    context.input.feed(ImGui::GetIO());  // after the backend, which polls the pointer itself
    ImGui::NewFrame();
    const float fps = frameSeconds > 0.0f ? 1.0f / frameSeconds : 0.0f;
    UiStateView view = makeUiStateView(state, viewCache, fps, rendererName);
    thumbnails.update(state, view.diary);
    view.sceneLabels =
        sceneLabels(labelSources(state), labelCache, context.area.width, context.area.height);
    const UiIntents intents = drawMainUi(view, uiMemory);
    const PendingActions actions = applyIntents(intents, state);
    context.area = uiMemory.sceneArea;
    if (context.area.height >= 1.0f) state.viewAspect = context.area.width / context.area.height;
    state.camera.refit(state.viewAspect);            // a resized view keeps what was fitted into it
    if (std::exchange(state.fitWhenDrawn, false)) {  // the body fills the view from the first frame
      UiIntents fit;
      fit.frameAll = fit.snapCamera = true;
      (void)applyIntents(fit, state);
    }
    ImGui::Render();
    stampFirst("first frame: panels");

    drawScene(window, context.area, state, renderer, viewTarget);
    lastDrawnPose = state.camera.pose();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (!options.screenshot.empty() && frame + 1 == options.frames &&
        !saveWindow(window, options.screenshot, state))
      exitCode = 1;
    if (actions.screenshot || keyActions.screenshot)
      saveWindow(window, defaultPicturePath("window"), state);
    if (scripted.screenshot && !saveWindow(window, *scripted.screenshot, state)) return 1;
    if (const std::optional<ViewPicture> asked =
            actions.viewImage ? actions.viewImage : keyActions.viewImage)
      saveViewPicture(renderer, *asked, context.area, pixelScale(window), state);
    if (scripted.viewImage &&
        !saveViewPicture(renderer, *scripted.viewImage, context.area, pixelScale(window), state))
      return 1;
    if (scripted.layout) {
      if (const Status written =
              writeFileAtomic(*scripted.layout, layoutJson(context.area, uiMemory.panels));
          !written) {
        std::cerr << "myoscope: " << written.error().message() << "\n";
        return 1;
      }
    }
    if (!ImGui::IsAnyMouseDown()) keepSettings(window, state, presenter, kept);  // not mid-drag
    presenter.follow(window, state);
    presenter.hideIdleCursor(window, state.presenter(), kPointerIdleSeconds);
    glfwSwapBuffers(window);
    if (frame == 0) {
      stages.stamp("first frame: draw, swap");
      if (options.startupTimes) stages.print(std::cerr);
      state.startPreparation();  // the body's background work, held until the body is shown
    }
    if (!actions.open.empty()) startOpeningBody(actions.open, loadOptions, state);
    if (actions.quit || scripted.quit || (options.frames > 0 && frame + 1 >= options.frames))
      glfwSetWindowShouldClose(window, GLFW_TRUE);
  }
  return exitCode;
}

GLFWwindow* createWindow(int width, int height) {
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);  // shown once the body is read
  GLFWwindow* window = glfwCreateWindow(width, height, "Myoscope", nullptr, nullptr);
  if (window == nullptr) return nullptr;
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);
  return window;
}

// The script of --script, parsed, or the one-line reason it cannot run.
Result<std::unique_ptr<ScriptRunner>> loadScript(const std::filesystem::path& file) {
  std::vector<unsigned char> bytes;
  if (!readWholeFile(file, bytes)) return Error{file.string(), "", "cannot be read"};
  Result<std::vector<ScriptCommand>> commands = parseCommandScript(
      std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), file.string());
  if (!commands) return commands.error();
  return std::make_unique<ScriptRunner>(std::move(commands.value()), file.parent_path());
}

}  // namespace

int runWindowApp(const CliOptions& options) {
  StartupStages stages;  // printed after the first frame with --startup-times
  std::unique_ptr<ScriptRunner> script;
  if (!options.script.empty()) {
    Result<std::unique_ptr<ScriptRunner>> loaded = loadScript(options.script);
    if (!loaded) {
      std::cerr << "myoscope: " << loaded.error().message() << "\n";
      return 1;
    }
    script = std::move(loaded.value());
  }
  // A person's files open in the background, over the bundled body, so the window shows at
  // once however big they are; scripted and counted runs load them first, as they start.
  const bool openLater = !options.inputs.empty() && script == nullptr && options.frames == 0 &&
                         options.triggerPoints.empty() && options.lesson.empty();
  for (const std::filesystem::path& input : options.inputs)
    if (std::error_code error; openLater && !std::filesystem::exists(input, error)) {
      std::cerr << "myoscope: " << input.string() << ": no such file or folder\n";
      return 1;
    }
  // The body and the atlas are read on worker threads while GLFW and the window come up; the
  // window shows once the body is known to be good.
  std::future<Result<LoadedBody>> reading = std::async(
      std::launch::async,
      [inputs = openLater ? std::vector<std::filesystem::path>{} : options.inputs,
       load = LoadOptions{options.up, options.units}] {
        Result<LoadedBody> body = loadBodyOrDefault(inputs, load);
        malloc_trim(0);  // the glTF parser's copies of the body are gone: hand their pages back
        return body;
      });
  const std::future<void> atlasReading =
      std::async(std::launch::async, [] { (void)bundledAtlas(); });
  glfwSetErrorCallback([](int, const char* text) { gLastGlfwError = text; });
  if (!glfwInit()) {  // a bad body is the first thing to say, with or without a display
    if (const Result<LoadedBody> body = reading.get(); !body)
      std::cerr << "myoscope: " << body.error().message() << "\n";
    else
      std::cerr << "myoscope: cannot open a window: " << gLastGlfwError
                << " (without a display, use `myoscope render`)\n";
    return 1;
  }
  // The settings kept last time; a damaged file is reported once and replaced at the first frame.
  const std::filesystem::path settingsFile = defaultUiSettingsPath();
  Result<UiSettings> loaded = readUiSettings(settingsFile);
  std::string settingsProblem;
  if (!loaded) {
    settingsProblem = loaded.error().message() + "; using the default settings";
    std::cerr << "myoscope: " << settingsProblem << "\n";
  }
  const UiSettings settings = loaded ? loaded.value() : UiSettings{};
  stages.stamp("GLFW, settings");
  const auto [width, height] =
      options.windowSize.value_or(std::pair(settings.windowWidth, settings.windowHeight));
  GLFWwindow* window = createWindow(width, height);
  if (window == nullptr) {
    std::cerr << "myoscope: cannot create an OpenGL 3.3 window: " << gLastGlfwError << "\n";
    glfwTerminate();
    return 1;
  }
  stages.stamp("window, GL context");
  Result<LoadedBody> initial = reading.get();
  stages.stamp("wait for the body");
  if (!initial) {
    std::cerr << "myoscope: " << initial.error().message() << "\n";
    glfwDestroyWindow(window);
    glfwTerminate();
    return 1;
  }
  for (const std::string& warning : initial->model.warnings)
    std::cerr << "warning: " << warning << "\n";
  glfwShowWindow(window);
  AppState state(RecentFiles(userConfigDir() / "recent-files.txt"), defaultTreatmentLogPath());
  state.treatment.loadLog();
  state.recent.load();
  state.statusMessage = "Opened " + initial->model.source;
  state.setBody(std::move(initial.value()), AppState::Preparation::Held);
  stages.stamp("app state: logs, recent files, body");
  if (openLater) startOpeningBody(options.inputs, {options.up, options.units}, state);
  if (!options.triggerPoints.empty()) state.referral.selectWhenReady(options.triggerPoints);
  state.lessonsFolder = userDataDir() / "lessons";
  state.exportsFolder = userDataDir() / "exports";
  refreshLessonList(state);
  openUserRecords(state, userDataDir());  // after the lessons, whose progress it reads
  stages.stamp("lessons, user records");
  if (!settingsProblem.empty()) state.statusMessage = settingsProblem;
  float contentScale = 1.0f;
  glfwGetWindowContentScale(window, &contentScale, nullptr);
  state.setTheme(settings.darkTheme, settings.uiScale.value_or(contentScale));
  state.dock = settings.dock;
  if (!options.lesson.empty() || options.presenter) {
    UiIntents start;
    if (!options.lesson.empty()) {
      start.openLesson = options.lesson;
      start.goToStep = options.step - 1;
    }
    if (options.presenter) start.setPresenter = true;
    (void)applyIntents(start, state);
    if (!options.lesson.empty() && !state.lesson) {
      std::cerr << "myoscope: " << state.statusMessage << "\n";
      glfwDestroyWindow(window);
      glfwTerminate();
      return 1;
    }
  }

  WindowContext context;
  CameraInput input([&context](double x, double y) -> std::optional<glm::vec3> {
    const auto hit = pickAt(context, x, y);
    return hit ? std::optional<glm::vec3>(hit->point) : std::nullopt;
  });
  context.state = &state;
  context.camera = &input;
  glfwSetWindowUserPointer(window, &context);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui::GetIO().ConfigInputTextCursorBlink = false;  // a steady cursor needs no frames when idle
  if (!loadUiFont()) std::cerr << "warning: DejaVu Sans not found; symbols show as '?'\n";
  ImGui_ImplGlfw_InitForOpenGL(window, false);
  installCallbacks(window);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  KeptSettings kept{settingsFile, loaded ? std::optional<UiSettings>(settings) : std::nullopt};
  stages.stamp("theme, ImGui, font");
  const int exitCode = frameLoop(window, state, context, options, script.get(), kept, stages);
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return exitCode;
}

}  // namespace myo
