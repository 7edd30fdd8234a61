// Merging the intents of several panels.
#include "ui/ui_intents.h"

#include <iterator>

namespace myo {
namespace {

template <typename T>
void appendAll(std::vector<T>& into, std::vector<T>&& from) {
  into.insert(into.end(), std::make_move_iterator(from.begin()),
              std::make_move_iterator(from.end()));
}

template <typename T>
void overwriteIfSet(std::optional<T>& into, const std::optional<T>& from) {
  if (from) into = from;
}

}  // namespace

void mergeIntents(UiIntents& into, UiIntents&& from) {
  appendAll(into.openPaths, std::move(from.openPaths));
  appendAll(into.setVisible, std::move(from.setVisible));
  appendAll(into.cameraMoves, std::move(from.cameraMoves));
  into.takeScreenshot = into.takeScreenshot || from.takeScreenshot;
  overwriteIfSet(into.saveViewImage, from.saveViewImage);
  into.quit = into.quit || from.quit;
  into.frameAll = into.frameAll || from.frameAll;
  into.snapCamera = into.snapCamera || from.snapCamera;
  overwriteIfSet(into.clickBody, from.clickBody);
  overwriteIfSet(into.setAllVisible, from.setAllVisible);
  overwriteIfSet(into.isolateKind, from.isolateKind);
  overwriteIfSet(into.viewPreset, from.viewPreset);
  overwriteIfSet(into.setDarkTheme, from.setDarkTheme);
  overwriteIfSet(into.setUiScale, from.setUiScale);
  into.toggleSidebar = into.toggleSidebar != from.toggleSidebar;  // two toggles cancel
  into.toggleInspector = into.toggleInspector != from.toggleInspector;
  overwriteIfSet(into.collapseSidebar, from.collapseSidebar);
  overwriteIfSet(into.collapseInspector, from.collapseInspector);
  overwriteIfSet(into.setSidebarWidth, from.setSidebarWidth);
  overwriteIfSet(into.setInspectorWidth, from.setInspectorWidth);
  overwriteIfSet(into.setSidebarTab, from.setSidebarTab);
  overwriteIfSet(into.hoverPart, from.hoverPart);
  overwriteIfSet(into.selectPart, from.selectPart);
  overwriteIfSet(into.selectParts, from.selectParts);
  overwriteIfSet(into.isolateParts, from.isolateParts);
  overwriteIfSet(into.framePart, from.framePart);
  overwriteIfSet(into.selectTriggerPoint, from.selectTriggerPoint);
  overwriteIfSet(into.toggleTriggerPoint, from.toggleTriggerPoint);
  overwriteIfSet(into.setPlaying, from.setPlaying);
  overwriteIfSet(into.setReferralSeconds, from.setReferralSeconds);
  overwriteIfSet(into.setReferralSpeed, from.setReferralSpeed);
  overwriteIfSet(into.setReferralLoop, from.setReferralLoop);
  overwriteIfSet(into.setColormap, from.setColormap);
  overwriteIfSet(into.setIsolines, from.setIsolines);
  overwriteIfSet(into.setTriggerPointQuery, from.setTriggerPointQuery);
  overwriteIfSet(into.setTriggerPointRegion, from.setTriggerPointRegion);
  overwriteIfSet(into.chooseTechnique, from.chooseTechnique);
  into.timerToggle = into.timerToggle || from.timerToggle;
  into.timerStart = into.timerStart || from.timerStart;
  into.timerPause = into.timerPause || from.timerPause;
  into.timerReset = into.timerReset || from.timerReset;
  into.timerRelease = into.timerRelease || from.timerRelease;
  overwriteIfSet(into.setHoldSeconds, from.setHoldSeconds);
  overwriteIfSet(into.setSets, from.setSets);
  overwriteIfSet(into.setDiscomfort, from.setDiscomfort);
  overwriteIfSet(into.answerHowNow, from.answerHowNow);
  overwriteIfSet(into.setSound, from.setSound);
  overwriteIfSet(into.isolatePart, from.isolatePart);
  overwriteIfSet(into.showLayerOfPart, from.showLayerOfPart);
  into.mirrorSelection = into.mirrorSelection || from.mirrorSelection;
  into.clearSelection = into.clearSelection || from.clearSelection;
  overwriteIfSet(into.setSkinOpacity, from.setSkinOpacity);
  overwriteIfSet(into.setMuscleOpacity, from.setMuscleOpacity);
  overwriteIfSet(into.setBoneOpacity, from.setBoneOpacity);
  overwriteIfSet(into.setXray, from.setXray);
  overwriteIfSet(into.setPeel, from.setPeel);
  overwriteIfSet(into.setPainMode, from.setPainMode);
  overwriteIfSet(into.painAtPlace, from.painAtPlace);
  overwriteIfSet(into.setPainBrushRadius, from.setPainBrushRadius);
  overwriteIfSet(into.setPainLevel, from.setPainLevel);
  overwriteIfSet(into.setPainEraser, from.setPainEraser);
  overwriteIfSet(into.painDabAtPlace, from.painDabAtPlace);
  into.undoPainStroke = into.undoPainStroke || from.undoPainStroke;
  into.clearPainDrawing = into.clearPainDrawing || from.clearPainDrawing;
  overwriteIfSet(into.showDiary, from.showDiary);
  overwriteIfSet(into.saveDiaryEntry, from.saveDiaryEntry);
  overwriteIfSet(into.showDiaryEntry, from.showDiaryEntry);
  overwriteIfSet(into.compareDiaryEntries, from.compareDiaryEntries);
  overwriteIfSet(into.showDiaryMonth, from.showDiaryMonth);
  overwriteIfSet(into.deleteDiaryEntry, from.deleteDiaryEntry);
  overwriteIfSet(into.exportDiaryCsv, from.exportDiaryCsv);
  overwriteIfSet(into.exportDiarySummary, from.exportDiarySummary);
  overwriteIfSet(into.chooseTriggerPoints, from.chooseTriggerPoints);
  overwriteIfSet(into.openLesson, from.openLesson);
  into.closeLesson = into.closeLesson || from.closeLesson;
  overwriteIfSet(into.goToStep, from.goToStep);
  into.stepBy += from.stepBy;
  overwriteIfSet(into.editLesson, from.editLesson);
  overwriteIfSet(into.stepCamera, from.stepCamera);
  overwriteIfSet(into.flyTo, from.flyTo);
  overwriteIfSet(into.setLabels, from.setLabels);
  overwriteIfSet(into.setPresenter, from.setPresenter);
  into.togglePresenter = into.togglePresenter != from.togglePresenter;
  into.presenterTextBy += from.presenterTextBy;
  overwriteIfSet(into.setTurntable, from.setTurntable);
  overwriteIfSet(into.startQuiz, from.startQuiz);
  overwriteIfSet(into.quizChoice, from.quizChoice);
  overwriteIfSet(into.quizTogglePick, from.quizTogglePick);
  overwriteIfSet(into.quizTyped, from.quizTyped);
  into.quizReveal = into.quizReveal || from.quizReveal;
  into.quizNext = into.quizNext || from.quizNext;
  into.quizStop = into.quizStop || from.quizStop;
  into.quizTallyBy += from.quizTallyBy;
}

}  // namespace myo
