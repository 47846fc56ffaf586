"use client";

import { lazy, Suspense, useCallback, useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { loadDraftAction, submitApplicationAction } from "@/app/[locale]/apply/[id]/wizard-actions";
import { useRouter } from "next/navigation";
import { formFieldOf, type FieldErrors } from "@/lib/wizard/draft-form";
import type { Draft } from "@/lib/wizard/draft-schema";
import type { Refusal } from "@/server/api/refusal-of";
import { WIZARD_STEPS } from "@/lib/wizard/wizard-steps";
import type { WorkingAgeRules } from "@/lib/wizard/working-age";
import { ErrorSummary } from "./error-summary";
import { buttonPrimary, buttonSecondary } from "./fields";
import { laterStepsLoaded, loadLaterSteps, useLaterStepsOnFirstTouch } from "./load-later-steps";
import type { RegionOption } from "./step-address";
import { StepContact } from "./step-contact";
import type { StepHistory } from "./step-history";
import { SyncStatusLine } from "./sync-status";
import { submitOutcome } from "./submit-outcome";
import { clearLocal, useDraftSync } from "./use-draft-sync";
import { useWizardLocale, useWizardText, WizardTexts, type Texts } from "./wizard-texts";

interface Props {
  applicationId: string;
  server: { version: number; draft: Draft | null };
  representative: { fin: string; phone: string | null };
  /** The law's values in force today (the adult age), from the parameter table. */
  rules: WorkingAgeRules;
  regions: RegionOption[];
}

const REVIEW = WIZARD_STEPS.indexOf("review");

// The steps after the first come with the check before "Next" (later-steps.ts), so a step is only reached once its
// code is on the phone; a draft resumed on a later step has it rendered by the server and loaded with the page.
// React's lazy rather than next/dynamic: the same split without next/dynamic's own code in the first load.
const StepAddress = lazy(() => loadLaterSteps().then((m) => ({ default: m.StepAddress })));
const StepMembers = lazy(() => loadLaterSteps().then((m) => ({ default: m.StepMembers })));
const StepDeclarations = lazy(() => loadLaterSteps().then((m) => ({ default: m.StepDeclarations })));
const StepConsent = lazy(() => loadLaterSteps().then((m) => ({ default: m.StepConsent })));
const StepReview = lazy(() => loadLaterSteps().then((m) => ({ default: m.StepReview })));

/**
 * The wizard with its texts around it. They come with the page's props, not from a layout: a provider rendered by
 * a server layout is a client module of its own, which Next sends as one more script on the phone's first load.
 */
export function Wizard({ texts, ...props }: Props & { texts: Texts }) {
  return (
    <WizardTexts {...texts}>
      <WizardForm {...props} />
    </WizardTexts>
  );
}

function WizardForm({ applicationId, server, representative, regions, rules }: Props) {
  const t = useWizardText("wizard");
  const locale = useWizardLocale();
  const router = useRouter();
  const [submitting, startSubmit] = useTransition();
  // "Submit" pressed while the last step is still on its way over a working connection (the consent, saved a moment
  // before on a slow line): the button says so and the application goes once the server has the step, rather than
  // being told that answers have not arrived (submit-gate.ts). Leaving the review calls it off.
  const [submitWhenSaved, setSubmitWhenSaved] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  // Counts the messages the person's own press brought, each of which takes the cursor (noticeBox).
  const [noticesTold, setNoticesTold] = useState(0);
  // The days a server's refusal names ("a new application can be considered from {until}"): as the server sent them
  // (YYYY-MM-DD), then written out in the page's language once the later steps, which format them, have arrived.
  const [refusalDays, setRefusalDays] = useState<Record<string, string>>({});
  const te = useWizardText("errors");
  const errorText = (key: string) => te(key, refusalDays);
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const noticeBox = useRef<HTMLParagraphElement>(null);
  const focusOnStep = useRef(false);
  const waitingForCheck = useRef(false);

  /** Shows a server's refusal next to its field and names the step it is on (null: not about a field). */
  const onRefused = useCallback(
    ({ code, field, days }: Refusal): number | null => {
      setRefusalDays(days ?? {});
      if (days)
        void loadLaterSteps().then(
          (later) =>
            setRefusalDays(
              Object.fromEntries(Object.entries(days).map(([k, iso]) => [k, later.wizardDay(iso, locale)])),
            ),
          () => undefined,
        );
      const step = WIZARD_STEPS.indexOf((field?.split(".")[0] ?? "") as (typeof WIZARD_STEPS)[number]);
      if (!field || step < 0) {
        setNotice(code);
        return null;
      }
      focusOnStep.current = true;
      setErrors({ [formFieldOf(field.split("."), null)]: code });
      return step;
    },
    [locale],
  );
  const sync = useDraftSync({ applicationId, server, phone: representative.phone, onRefused });
  useLaterStepsOnFirstTouch();

  const { form } = sync;
  const step = Math.min(form.step, REVIEW);
  const family = { representativeFin: representative.fin, ...rules };

  useEffect(() => {
    if (!focusOnStep.current) return;
    focusOnStep.current = false;
    if (summary.current) summary.current.focus();
    else heading.current?.focus();
  }, [step, errors]);
  // A message not about a field that a press brought ("no answer came to your submission" when the phone is
  // offline) takes the cursor, so a screen reader or a keyboard is where it is, as the error summary does for the
  // fields' errors; one from a step's save in the background does not take it from the field being typed in.
  useEffect(() => {
    if (noticesTold > 0) noticeBox.current?.focus();
  }, [noticesTold]);
  function tell(code: string) {
    setNotice(code);
    setNoticesTold((n) => n + 1);
  }

  function goTo(next: number) {
    setSubmitWhenSaved(false);
    setErrors({});
    setNotice(null);
    focusOnStep.current = true;
    sync.update({ ...form, step: next });
  }
  // The browser's history follows the steps once the later steps have arrived (step-history.ts), from the step the
  // wizard was on before its first change.
  const stepHistory = useRef<StepHistory | null>(null);
  const previousStep = useRef(step);
  const show = useRef(goTo);
  useEffect(() => {
    show.current = goTo;
  });
  useEffect(() => {
    const later = laterStepsLoaded();
    if (later && step !== previousStep.current)
      stepHistory.current ??= later.startStepHistory(previousStep.current, (s) => show.current(s));
    stepHistory.current?.follow(step);
    previousStep.current = step;
  }, [step]);
  useEffect(() => () => stepHistory.current?.stop(), []);
  // A step opened from the review's "Change" link goes straight back to the review once the whole form checks out,
  // rather than through every step after it again.
  const [fromReview, setFromReview] = useState(false);
  function changeFromReview(next: number) {
    setFromReview(true);
    goTo(next);
  }

  function onNext(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const later = laterStepsLoaded();
    if (!later) {
      // Pressed before the check arrived: pressed again once it has (once, however often the person pressed), so
      // the check reads what was typed in the meantime.
      if (waitingForCheck.current) return;
      waitingForCheck.current = true;
      const pressed = e.currentTarget;
      void loadLaterSteps()
        .then(
          () => pressed.requestSubmit(),
          () => tell("formNotLoaded"),
        )
        .finally(() => (waitingForCheck.current = false));
      return;
    }
    const ctx = { representativeFin: representative.fin, now: new Date(), adultAge: rules.adultAge };
    if (fromReview) {
      setFromReview(false);
      const whole = later.checkForm(form, REVIEW - 1, REVIEW, ctx);
      if (whole.ok) {
        focusOnStep.current = true;
        setErrors({});
        setNotice(null);
        return sync.commit({ ...form, step: REVIEW }, whole.draft);
      }
      // The change left a later step to answer again (a member removed whom an income named): on from here.
    }
    const checked = later.checkForm(form, step, step + 1, ctx);
    focusOnStep.current = true;
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setNotice(null);
    sync.commit({ ...form, step: step + 1 }, checked.draft);
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    submitIfSaved();
  }
  function submitIfSaved() {
    const online = window.navigator.onLine;
    const gate =
      laterStepsLoaded()?.submitGate({ status: sync.status, pending: sync.pending(), online }) ?? "notSynced";
    setSubmitWhenSaved(gate === "wait");
    if (gate === "notSynced") return tell("notSynced");
    setNotice(null);
    if (gate === "submit") submit();
  }
  const decideAgain = useRef(submitIfSaved);
  useEffect(() => {
    decideAgain.current = submitIfSaved;
  });
  useEffect(() => {
    if (submitWhenSaved && sync.status !== "saving") decideAgain.current();
  }, [submitWhenSaved, sync.status]);

  function submit() {
    startSubmit(async () => {
      const result = await submitApplicationAction({ applicationId, expectedVersion: sync.version(), locale }).catch(
        () => null,
      );
      const outcome = submitOutcome(result);
      if (outcome.kind === "submitted") {
        clearLocal(applicationId);
        router.push(`/${locale}/applications/${applicationId}`);
        return;
      }
      if (outcome.kind === "notice") return tell(outcome.notice);
      const step = onRefused(outcome.refusal);
      // A refusal about a field goes to its step, with the error summary; any other is the message above the form.
      if (step !== null) sync.update({ ...form, step });
      else setNoticesTold((n) => n + 1);
    });
  }

  async function loadLatest() {
    const latest = await loadDraftAction(applicationId).catch(() => null);
    if (!latest?.ok) return tell(latest ? latest.refusal.code : "unexpected");
    sync.adopt(latest.value);
  }

  const errorOf = (path: string) => (errors[path] ? errorText(errors[path]) : null);
  const stepName = WIZARD_STEPS[step] ?? "review";
  const stepProps = { form, update: sync.update, errorOf };

  return (
    <div className="space-y-4">
      <p className="text-sm font-medium text-slate-700">
        {t("progress", { current: step + 1, total: WIZARD_STEPS.length })}
      </p>
      <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold">
        {t(`steps.${stepName}`)}
      </h2>
      {/* "All changes are saved" beside "no answer came to your submission" read as if it had gone through: while
          a message is shown, the line says only what is still to do (offline, a conflict, a refused step). */}
      {!(notice && sync.status === "saved") && (
        <SyncStatusLine status={sync.status} onLoadLatest={() => void loadLatest()} />
      )}
      {Object.keys(errors).length > 0 && (
        <ErrorSummary
          ref={summary}
          errors={errors}
          title={t("errorSummary")}
          translate={errorText}
          labelOf={(path) => laterStepsLoaded()?.fieldLabel(path, form, representative.fin, t) ?? null}
        />
      )}
      {notice && (
        <p
          ref={noticeBox}
          role="alert"
          tabIndex={-1}
          className="rounded-lg border-2 border-red-700 bg-red-50 p-3 font-medium text-red-800"
          data-testid="wizard-notice"
        >
          {notice === "notSynced" ? t("review.notSynced") : errorText(notice)}
        </p>
      )}
      <form noValidate onSubmit={step === REVIEW ? onSubmit : onNext} className="space-y-6">
        {stepName === "contact" && <StepContact {...stepProps} representativeFin={representative.fin} />}
        <Suspense>
          {stepName === "address" && <StepAddress {...stepProps} regions={regions} />}
          {stepName === "members" && <StepMembers {...stepProps} representativeFin={representative.fin} />}
          {stepName === "declarations" && <StepDeclarations {...stepProps} family={family} />}
          {stepName === "consent" && <StepConsent {...stepProps} />}
          {stepName === "review" && (
            <StepReview form={form} family={family} regions={regions} goTo={changeFromReview} />
          )}
        </Suspense>
        <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-between">
          {step > 0 ? (
            <button type="button" className={buttonSecondary} onClick={() => goTo(step - 1)}>
              {t("back")}
            </button>
          ) : (
            <span />
          )}
          <button type="submit" className={buttonPrimary} disabled={submitting || submitWhenSaved}>
            {step === REVIEW
              ? submitWhenSaved
                ? t("review.savingThenSubmitting")
                : submitting
                  ? t("review.submitting")
                  : t("review.submit")
              : fromReview
                ? t("saveAndReview")
                : t("next")}
          </button>
        </div>
      </form>
    </div>
  );
}
