import { useEffect, useRef } from "react";

interface StepEntry {
  wizardStep: number;
  wizardIndex: number;
}

function stepEntryOf(state: unknown): StepEntry | null {
  if (typeof state !== "object" || state === null) return null;
  const { wizardStep, wizardIndex } = state as Partial<StepEntry>;
  return typeof wizardStep === "number" && typeof wizardIndex === "number" ? { wizardStep, wizardIndex } : null;
}

/**
 * Each step of the wizard an entry of the browser's history, so that a phone's Back button goes to the step before
 * instead of leaving the form. The entries keep the page's URL: a pushState without one leaves Next's router where
 * it is, and Next copies its own state into ours. A new step is still reached by "Next" and its check; the
 * browser's Forward only shows again a step reached that way, and the submission checks the whole draft.
 */
export function useStepHistory(step: number, show: (step: number) => void): void {
  // The step of each entry this page knows, by its index among the wizard's entries, and the current index.
  const steps = useRef<number[]>([]);
  const index = useRef(0);
  const shownByHistory = useRef<number | null>(null);
  const firstStep = useRef(step);
  const shownStep = useRef(step);
  const showRef = useRef(show);
  useEffect(() => {
    showRef.current = show;
  });

  useEffect(() => {
    steps.current = [firstStep.current];
    index.current = 0;
    history.replaceState({ ...(history.state as object), wizardStep: firstStep.current, wizardIndex: 0 }, "");
    const onPop = (e: PopStateEvent) => {
      const entry = stepEntryOf(e.state);
      if (!entry) return;
      index.current = entry.wizardIndex;
      steps.current[entry.wizardIndex] = entry.wizardStep;
      // Already on that step (the wizard went back itself, as when the server refuses a field of an earlier step):
      // showing it again would clear the refusal just shown.
      if (entry.wizardStep === shownStep.current) return;
      shownByHistory.current = entry.wizardStep;
      showRef.current(entry.wizardStep);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  useEffect(() => {
    shownStep.current = step;
    if (shownByHistory.current === step) {
      shownByHistory.current = null;
      return;
    }
    const at = index.current;
    const current = steps.current[at];
    if (current === step) return;
    if (current !== undefined && step > current) {
      index.current = at + 1;
      steps.current = [...steps.current.slice(0, at + 1), step];
      history.pushState({ ...(history.state as object), wizardStep: step, wizardIndex: at + 1 }, "");
    } else if (at > 0 && steps.current[at - 1] === step) {
      // The form's Back to the entry before: the same as the browser's, so that one does not show this step twice.
      history.back();
    } else {
      steps.current[at] = step;
      history.replaceState({ ...(history.state as object), wizardStep: step, wizardIndex: at }, "");
    }
  }, [step]);
}
