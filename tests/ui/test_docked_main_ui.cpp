// The docked main window: every panel it draws stays off the 3D view at common window sizes
// and UI scales; the tabs, the collapse buttons and the splitters ask for their changes.
#include <catch2/catch.hpp>

#include "imgui_harness.h"
#include "ui/inspector.h"
#include "ui/main_ui.h"
#include "ui/theme.h"

using myo::test::ImGuiHarness;

namespace {

struct DockedUiFixture {
  ImGuiHarness ui;
  myo::UiStateView view;
  myo::MainUiMemory memory;
  myo::UiIntents intents;
  std::function<void()> draw = [this] {
    myo::mergeIntents(intents, myo::drawMainUi(view, memory));
  };
  explicit DockedUiFixture(ImVec2 size = ImVec2(1280.0f, 800.0f), float scale = 1.0f) : ui(size) {
    memory.probe = &ui.probe;
    view.uiScale = scale;
    myo::applyTheme(true, scale);
    view.parts = {{"soleus.R", "Right soleus", myo::PartKind::Muscle, true, 100}};
    view.treatment.active = true;
    view.treatment.pointName = "Soleus, upper belly";
    view.treatment.pointLabel = "soleus_1.R";
    view.treatment.techniqueNames = {"Pressure release"};
    view.treatment.steps = {"Find the spot."};
    view.treatment.phase = "Ready";
    ui.frames(3, draw);
  }
  const myo::ScreenRect* panel(const std::string& name) const {
    for (const myo::PanelRect& p : memory.panels)
      if (p.name == name) return &p.rect;
    return nullptr;
  }
};

}  // namespace

TEST_CASE("no panel covers the 3D view at 1280x800 and 1920x1080, at 100 to 200 %", "[ui]") {
  for (const ImVec2 size :
       {ImVec2(1024.0f, 640.0f), ImVec2(1280.0f, 800.0f), ImVec2(1920.0f, 1080.0f)})
    for (const float scale : {1.0f, 1.5f, 2.0f}) {
      DockedUiFixture f(size, scale);
      INFO(size.x << "x" << size.y << " at " << scale);
      const myo::ScreenRect view = f.memory.sceneArea;
      CHECK(view.width >= myo::kMinViewWidth * scale - 1.0f);
      CHECK(view.height > 0.8f * size.y);
      REQUIRE(f.panel("sidebar") != nullptr);
      REQUIRE(f.panel("inspector") != nullptr);
      REQUIRE(f.panel("menu_bar") != nullptr);
      REQUIRE(f.panel("status_bar") != nullptr);
      for (const myo::PanelRect& p : f.memory.panels) {
        INFO(p.name << " " << p.rect.x << "," << p.rect.y << " " << p.rect.width << "x"
                    << p.rect.height << " view " << view.x << "," << view.y << " " << view.width
                    << "x" << view.height);
        CHECK_FALSE(myo::overlaps(p.rect, view));
        CHECK(p.rect.x >= 0.0f);
        CHECK(p.rect.right() <= size.x + 0.5f);
        CHECK(p.rect.bottom() <= size.y + 0.5f);
      }
    }
}

TEST_CASE("the sidebar's tabs, collapse buttons and strips ask for their change", "[ui]") {
  DockedUiFixture f;
  CHECK(f.ui.drew("parts/search"));
  f.ui.click(f.ui.centerOf("dock/tab/Points"), f.draw);
  REQUIRE(f.intents.setSidebarTab);
  CHECK(*f.intents.setSidebarTab == myo::SidebarTab::TriggerPoints);
  f.view.dock.tab = myo::SidebarTab::TriggerPoints;
  f.ui.frames(2, f.draw);
  CHECK(f.ui.drew("points/search"));
  CHECK_FALSE(f.ui.drew("parts/search"));
  // A tab chosen elsewhere (a saved setting) is followed.
  f.view.dock.tab = myo::SidebarTab::Parts;
  f.ui.frames(3, f.draw);
  CHECK(f.ui.drew("parts/search"));

  f.ui.click(f.ui.centerOf("dock/sidebar_collapse"), f.draw);
  CHECK(f.intents.collapseSidebar == true);
  f.ui.click(f.ui.centerOf("dock/inspector_collapse"), f.draw);
  CHECK(f.intents.collapseInspector == true);
  f.view.dock.sidebar.collapsed = f.view.dock.inspector.collapsed = true;
  f.intents = {};
  f.ui.frames(2, f.draw);
  CHECK(f.memory.sceneArea.width > 1200.0f);
  f.ui.click(f.ui.centerOf("dock/sidebar_open"), f.draw);
  CHECK(f.intents.collapseSidebar == false);
  f.ui.click(f.ui.centerOf("dock/inspector_open"), f.draw);
  CHECK(f.intents.collapseInspector == false);
}

TEST_CASE("dragging a splitter asks for the new width", "[ui]") {
  DockedUiFixture f;
  // Presses on the widget recorded as `key`, moves `dx` pixels and lets go, a frame each.
  const auto drag = [&f](const std::string& key, float dx) {
    const ImVec2 grip = f.ui.centerOf(key);
    f.ui.io().MousePos = grip;
    f.ui.frame(f.draw);
    f.ui.io().MouseDown[0] = true;
    f.ui.frame(f.draw);
    f.ui.io().MousePos = ImVec2(grip.x + dx, grip.y);
    f.ui.frame(f.draw);
    f.ui.io().MouseDown[0] = false;
    f.ui.frame(f.draw);
  };
  drag("dock/sidebar_splitter", 80.0f);
  REQUIRE(f.intents.setSidebarWidth);
  CHECK(*f.intents.setSidebarWidth == Approx(380.0f));
  drag("dock/inspector_splitter", -40.0f);  // leftwards widens the inspector
  REQUIRE(f.intents.setInspectorWidth);
  CHECK(*f.intents.setInspectorWidth == Approx(400.0f));
}

TEST_CASE("the inspector shows the point's warnings under the timer, before its self-care",
          "[ui]") {
  DockedUiFixture f;
  f.view.treatment.pointRedFlags = {"A newly drooping eyelid needs emergency care."};
  f.view.treatment.selfCare = {"Gentle pincer massage."};
  f.view.treatment.symptoms = {"Pain over the eye."};
  myo::InspectorMemory memory;
  const std::string text = f.ui.textOf([&] {
    (void)myo::drawInspector(f.view, {900.0f, 20.0f, 380.0f, 760.0f}, memory, nullptr);
  });
  INFO(text);
  const std::size_t name = text.find("Soleus, upper belly");
  const std::size_t warning = text.find("A newly drooping eyelid needs emergency care.");
  REQUIRE(name != std::string::npos);
  REQUIRE(warning != std::string::npos);
  CHECK(name < warning);
  CHECK(text.find("Stop and get help if") < warning);
  CHECK(warning < text.find("Pain over the eye."));
  CHECK(text.find("Gentle pincer massage.") == std::string::npos);  // self-care stays folded
}

TEST_CASE("the first warning sign stays in view at the foot of the inspector", "[ui]") {
  DockedUiFixture f(ImVec2(1280.0f, 640.0f));  // a short window: the Treat section scrolls below
  f.view.treatment.pointRedFlags = {"Sudden, severe headache: emergency care.",
                                    "A drooping eyelid: emergency care."};
  f.view.treatment.techniqueRedFlags = {"Numbness while pressing: stop."};
  f.view.treatment.whereToPress = std::string(600, 'w');  // long directions push Treat down
  f.ui.frames(3, f.draw);
  REQUIRE(f.ui.drew("inspector/first_warning"));
  REQUIRE(f.panel("inspector") != nullptr);
  const myo::ScreenRect inspector = *f.panel("inspector");  // copies: the next frames replace them
  const auto first = f.ui.probe.rects.at("inspector/first_warning");
  CHECK(first.max.y <= inspector.bottom());  // on screen, inside the inspector
  CHECK(first.min.y > inspector.y + 0.5f * inspector.height);
  f.ui.click(f.ui.centerOf("inspector/all_warnings"), f.draw);
  f.ui.frames(2, f.draw);
  const auto header = f.ui.probe.rects.at("treat/warnings");
  CHECK(header.min.y >= inspector.y);  // scrolled to the full list
  CHECK(header.max.y < first.min.y);
}

TEST_CASE("while a quiz hides its point the inspector says why it is blank", "[ui]") {
  DockedUiFixture f;
  f.view.treatment = {};
  f.view.treatment.hiddenByQuiz = true;
  myo::InspectorMemory memory;
  const std::string text = f.ui.textOf([&] {
    (void)myo::drawInspector(f.view, {900.0f, 20.0f, 380.0f, 760.0f}, memory, nullptr);
  });
  CHECK(text.find("named once the answer is revealed") != std::string::npos);
  CHECK(text.find("Choose a trigger point in the sidebar") == std::string::npos);
}
