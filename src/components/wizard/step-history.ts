interface StepEntry {
  wizardStep: number;
  wizardIndex: number;
}

function stepEntryOf(state: unknown): StepEntry | null {
  if (typeof state !== "object" || state === null) return null;
  const { wizardStep, wizardIndex } = state as Partial<StepEntry>;
  return typeof wizardStep === "number" && typeof wizardIndex === "number" ? { wizardStep, wizardIndex } : null;
}

export interface StepHistory {
  /** Called with each step the wizard shows: a new one forward is a new entry, one back the entry before. */
  follow: (step: number) => void;
  stop: () => void;
}

/**
 * Each step of the wizard an entry of the browser's history, so that a phone's Back button goes to the step before
 * instead of leaving the form. The entries keep the page's URL: a pushState without one leaves Next's router where
 * it is, and Next copies its own state into ours. A new step is still reached by "Next" and its check; the
 * browser's Forward only shows again a step reached that way, and the submission checks the whole draft. It comes
 * with the later steps (later-steps.ts), as only a step after the first needs it, and starts from the step the
 * wizard was on before its first change.
 */
export function startStepHistory(firstStep: number, show: (step: number) => void): StepHistory {
  // The step of each entry this page knows, by its index among the wizard's entries, and the current index.
  let steps = [firstStep];
  let index = 0;
  let shown = firstStep;
  let shownByHistory: number | null = null;
  history.replaceState({ ...(history.state as object), wizardStep: firstStep, wizardIndex: 0 }, "");
  const onPop = (e: PopStateEvent) => {
    const entry = stepEntryOf(e.state);
    if (!entry) return;
    index = entry.wizardIndex;
    steps[index] = entry.wizardStep;
    // Already on that step (the wizard went back itself, as when the server refuses a field of an earlier step):
    // showing it again would clear the refusal just shown.
    if (entry.wizardStep === shown) return;
    shownByHistory = entry.wizardStep;
    show(entry.wizardStep);
  };
  window.addEventListener("popstate", onPop);
  return {
    follow(step) {
      shown = step;
      if (shownByHistory === step) {
        shownByHistory = null;
        return;
      }
      const current = steps[index];
      if (current === step) return;
      if (current !== undefined && step > current) {
        steps = [...steps.slice(0, index + 1), step];
        index += 1;
        history.pushState({ ...(history.state as object), wizardStep: step, wizardIndex: index }, "");
      } else if (index > 0 && steps[index - 1] === step) {
        // The form's Back to the entry before: the same as the browser's, so that one does not show this step twice.
        history.back();
      } else {
        steps[index] = step;
        history.replaceState({ ...(history.state as object), wizardStep: step, wizardIndex: index }, "");
      }
    },
    stop: () => window.removeEventListener("popstate", onPop),
  };
}
