"use client";

import { useEffect } from "react";
import type * as LaterStepsModule from "./later-steps";

type LaterSteps = typeof LaterStepsModule;

let loading: Promise<LaterSteps> | null = null;
let loaded: LaterSteps | null = null;

/** The later steps and the check, downloaded once; a failed download (offline) is tried again on the next call. */
export function loadLaterSteps(): Promise<LaterSteps> {
  loading ??= import("./later-steps").then(
    (m) => (loaded = m),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** The later steps if they have arrived. */
export const laterStepsLoaded = (): LaterSteps | null => loaded;

const FIRST_TOUCH = ["pointerdown", "keydown", "focusin"] as const;

/**
 * Starts the later steps' download at the person's first touch, key or focus on the page, not with the page: a
 * phone on a slow network gets the first step working sooner, and someone who only looks downloads less. Until the
 * download succeeds, every touch tries again (a connection that came back).
 */
export function useLaterStepsOnFirstTouch(): void {
  useEffect(() => {
    let done = false;
    const stop = () => {
      done = true;
      for (const type of FIRST_TOUCH) document.removeEventListener(type, start, true);
    };
    function start() {
      if (!done) loadLaterSteps().then(stop, () => undefined);
    }
    for (const type of FIRST_TOUCH) document.addEventListener(type, start, { capture: true, passive: true });
    return stop;
  }, []);
}
