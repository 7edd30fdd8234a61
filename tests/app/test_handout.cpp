// Handout PDFs: the writer fits a page or continues it without losing text, and `myoscope
// handout` prints pages whose text layer (pdftotext) carries the point's name, technique and
// warnings and whose pictures (pdftoppm) show the painted referral; bad ids fail in one line.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/io/image.h"
#include "print/handout_pdf.h"
#include "support/run_command.h"
#include "support/test_paths.h"

namespace {

using myo::test::runCommand;
using myo::test::RunResult;

RunResult run(const std::string& arguments) {
  const auto home = myo::test::scratch() / "handout_home";
  return runCommand("XDG_DATA_HOME=" + home.string() + " XDG_CONFIG_HOME=" + home.string() + " " +
                    std::string(MYOSCOPE_BINARY) + " " + arguments + " 2>&1");
}

int pageCount(const std::filesystem::path& pdf) {
  const RunResult info = runCommand("pdfinfo " + pdf.string() + " 2>&1");
  REQUIRE(info.status == 0);
  const std::size_t at = info.output.find("Pages:");
  REQUIRE(at != std::string::npos);
  return std::stoi(info.output.substr(at + 6));
}

// The text layer of page `page` (1-based; 0: all pages), lines joined by spaces.
std::string pdfText(const std::filesystem::path& pdf, int page = 0) {
  std::string range = page > 0 ? " -f " + std::to_string(page) + " -l " + std::to_string(page) : "";
  const RunResult text = runCommand("pdftotext" + range + " " + pdf.string() + " - 2>&1");
  REQUIRE(text.status == 0);
  std::string joined = text.output;
  for (char& c : joined)
    if (c == '\n') c = ' ';
  return joined;
}

// Page `page` rendered at 72 dpi, so one pixel is one point.
myo::Image pageImage(const std::filesystem::path& pdf, int page) {
  const auto stem = pdf.parent_path() / (pdf.stem().string() + "_page");
  const std::string number = std::to_string(page);
  REQUIRE(runCommand("pdftoppm -r 72 -png -singlefile -f " + number + " -l " + number + " " +
                     pdf.string() + " " + stem.string())
              .status == 0);
  myo::Result<myo::Image> image = myo::readPng(stem.string() + ".png");
  REQUIRE(image.ok());
  return std::move(image.value());
}

// Warm-colormap paint (yellow to orange, bright and unlike muscle red, bone, skin or the grey
// background) in the picture column: x 32–224 pt, y 80–600 pt of an A4 or Letter page.
std::size_t warmPicturePixels(const myo::Image& page) {
  std::size_t count = 0;
  for (int y = 80; y < 600 && y < page.height; ++y)
    for (int x = 32; x < 224 && x < page.width; ++x) {
      const std::uint8_t* p = page.pixel(x, y);
      if (p[0] > 200 && p[1] > 100 && p[1] < 235 && p[2] < 130 && p[0] - p[2] > 110) ++count;
    }
  return count;
}

}  // namespace

TEST_CASE("the handout writer fits one page and continues a long one without losing text",
          "[handout][smoke]") {
  const auto dir = myo::test::scratch() / "handout_writer";
  std::filesystem::create_directories(dir);
  myo::PrintedPage page;
  page.content.title = "Short page";
  page.content.blocks.push_back({"Where to press", "Between the shoulder blades.", {}, {}});
  page.content.footer = "Footer words.";
  const myo::PictureSlot slot = myo::pictureSlot(myo::Paper::A4);
  CHECK(slot.height > slot.width);
  page.pictures.push_back({myo::Image::filled(40, 45, 30, 160, 60), "From the front"});
  const auto shortPdf = dir / "short.pdf";
  REQUIRE(myo::writeHandoutPdf({page}, myo::Paper::A4, myo::Colormap::Warm, "Short", shortPdf)
              .value() == 1);
  CHECK(pageCount(shortPdf) == 1);
  CHECK(pdfText(shortPdf).find("Between the shoulder blades.") != std::string::npos);
  const myo::Image drawn = pageImage(shortPdf, 1);
  const std::uint8_t* inPicture = drawn.pixel(60, 150);  // the green test picture
  CHECK(inPicture[1] > inPicture[0] + 80);

  myo::PrintedPage longPage = page;
  longPage.content.title = "Long page";
  for (int i = 0; i < 400; ++i)
    longPage.content.blocks.back().lines.push_back("Warning line number " + std::to_string(i));
  longPage.content.blocks.back().tone = myo::BlockTone::Warning;
  const auto longPdf = dir / "long.pdf";
  const myo::Result<int> sheets = myo::writeHandoutPdf({page, longPage}, myo::Paper::Letter,
                                                       myo::Colormap::Warm, "Two", longPdf);
  REQUIRE(sheets.ok());
  CHECK(sheets.value() > 2);
  CHECK(pageCount(longPdf) == sheets.value());
  const std::string text = pdfText(longPdf);
  for (const int i : {0, 199, 399})
    CHECK(text.find("Warning line number " + std::to_string(i) + " ") != std::string::npos);
  CHECK(pdfText(longPdf, 2).find("Continued on the next page") != std::string::npos);
  CHECK(text.find("page " + std::to_string(sheets.value()) + " of " +
                  std::to_string(sheets.value())) != std::string::npos);

  const myo::Result<int> refused = myo::writeHandoutPdf({page}, myo::Paper::A4, myo::Colormap::Warm,
                                                        "x", shortPdf / "inside-a-file.pdf");
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().message().find("inside-a-file.pdf") != std::string::npos);
  CHECK(pageCount(shortPdf) == 1);  // the earlier file is untouched
}

TEST_CASE("handout --tp prints the point's page with its referral pictured", "[handout][smoke]") {
  const auto dir = myo::test::scratch() / "handout_command";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto pdf = dir / "infraspinatus.pdf";
  const RunResult result = run("handout --tp infraspinatus_1.R -o " + pdf.string());
  INFO(result.output);
  REQUIRE(result.status == 0);
  const int pages = pageCount(pdf);
  CHECK(pages >= 1);
  CHECK(pages <= 2);
  CHECK(result.output.find("wrote " + pdf.string() + " (" + std::to_string(pages) + " pages") !=
        std::string::npos);
  const std::string text = pdfText(pdf);
  CHECK(text.find("Infraspinatus") != std::string::npos);
  CHECK(text.find("Where to press") != std::string::npos);
  CHECK(text.find("How: Ball or foam roller") != std::string::npos);
  CHECK(text.find("Stretch: Stretching") != std::string::npos);
  CHECK(text.find("Only for a clinician") != std::string::npos);
  CHECK(text.find("Cautions") != std::string::npos);
  CHECK(text.find("Stop and get help if") != std::string::npos);
  CHECK(text.find("See a professional when") != std::string::npos);
  CHECK(text.find("Chest pain must be checked by a doctor") != std::string::npos);
  CHECK(text.find("few patients") != std::string::npos);
  CHECK(text.find("Sources") != std::string::npos);
  // The painted zones show in the pictures.
  CHECK(warmPicturePixels(pageImage(pdf, 1)) > 400);

  // A lesson: a step that shows no point has no paint; one that shows a point has.
  const auto lesson = dir / "two_steps.json";
  {
    std::ofstream out(lesson);
    out << R"({"format": "myoscope-lesson-1", "title": "Two steps", "steps": [
      {"title": "The back", "narration": "The muscles of the back.", "camera": {"preset": "back"}},
      {"title": "Infraspinatus", "narration": "Its pain lands in the front of the shoulder.",
       "camera": {"preset": "right", "frame": "referral"}, "trigger_points": ["infraspinatus_1.R"]}]})";
  }
  const auto lessonPdf = dir / "lesson.pdf";
  const RunResult lessonRun =
      run("handout --lesson " + lesson.string() + " --paper letter -o " + lessonPdf.string());
  INFO(lessonRun.output);
  REQUIRE(lessonRun.status == 0);
  CHECK(pageCount(lessonPdf) == 2);
  CHECK(pdfText(lessonPdf, 2).find("Its pain lands in the front of the shoulder.") !=
        std::string::npos);
  CHECK(runCommand("pdfinfo " + lessonPdf.string() + " | grep -q '612 x 792'").status == 0);
  CHECK(warmPicturePixels(pageImage(lessonPdf, 1)) < 20);
  CHECK(warmPicturePixels(pageImage(lessonPdf, 2)) > 400);
}

TEST_CASE("handout with a bad id, region or paper fails in one line", "[handout][smoke]") {
  const auto pdf = myo::test::scratch() / "handout_never.pdf";
  std::filesystem::remove(pdf);
  for (const std::string& bad :
       {std::string("--tp no_such_point"), std::string("--region elbow"),
        std::string("--tp infraspinatus_1 --lesson /no/such/lesson.json"), std::string("")}) {
    INFO(bad);
    const RunResult result = run("handout " + bad + " -o " + pdf.string());
    CHECK(result.status == 1);
    CHECK(std::count(result.output.begin(), result.output.end(), '\n') == 1);
    CHECK_FALSE(std::filesystem::exists(pdf));
  }
  CHECK(run("handout --tp no_such_point -o x.pdf").output.find("no_such_point") !=
        std::string::npos);
  CHECK(run("handout --region elbow -o x.pdf").output.find("head_neck, shoulder_arm") !=
        std::string::npos);
  const RunResult paper = run("handout --tp infraspinatus_1 --paper a5 -o " + pdf.string());
  CHECK(paper.status == 2);
  CHECK(paper.output.find("'a5' is not a4 or letter") != std::string::npos);
  CHECK(run("handout --tp infraspinatus_1").output.find("needs an output file") !=
        std::string::npos);
}
