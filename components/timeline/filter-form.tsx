"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition, type ReactNode } from "react";
import { useHydrated } from "@/components/use-hydrated";
import { formSearchParams } from "@/lib/filter/url";

/** Wait after the last keystroke in the search box, and after the last change to a date (typing a year changes it four times). */
const TYPING_DELAY_MS = 400;
const DATE_DELAY_MS = 700;

/** An <input>'s type ("search", "date", "checkbox"…), or "" for any other control. */
const inputType = (control: EventTarget | null) => (control instanceof HTMLInputElement ? control.type : "");

type Props = {
  /** The route the form submits to ("/calls"). */
  action: string;
  /** The canonical parameters of the view shown: when they change (Back, a chip, a link), the controls are set to match. */
  state: string;
  className?: string;
  children: ReactNode;
};

/**
 * The timeline's filter form. Without JavaScript it is a plain GET form. With it, a change to a
 * control loads the new list without a full reload: a checkbox, the sort or a date adds a history
 * entry (so Back undoes it); typing in the search box adds one entry for the first pause and then
 * replaces it while the words are refined. The controls are server-rendered children; this
 * component only writes the URL.
 */
export function FilterForm({ action, state, className, children }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const typedSinceFocus = useRef(false);
  const shownState = useRef(state);
  const hydrated = useHydrated();

  useEffect(() => () => clearTimeout(timer.current), []);

  // The framework loads when the reader first reaches for the form, so a first change can come
  // before this component has hydrated (React keeps what the reader did). Apply it now, as if just
  // made: a control that differs from the server's default (what a reset restores) was changed.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const served = form.cloneNode(true) as HTMLFormElement;
    served.reset();
    if (formSearchParams(new FormData(form)).toString() === formSearchParams(new FormData(served)).toString()) return;
    changed(form.contains(document.activeElement) ? document.activeElement : null);
    // Once, when the component hydrates: changed() reads the form as it is then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Uncontrolled inputs keep what the user last did; after Back or a chip link, show the URL's view instead.
  useEffect(() => {
    const form = formRef.current;
    if (!form || state === shownState.current) return;
    shownState.current = state;
    const params = new URLSearchParams(state);
    for (const element of Array.from(form.elements)) {
      if (element instanceof HTMLInputElement) {
        if (element.type === "checkbox" || element.type === "radio") element.checked = params.getAll(element.name).includes(element.value);
        else if (element.type !== "hidden" && element.type !== "submit" && element !== document.activeElement) {
          element.value = params.get(element.name) ?? "";
        }
      } else if (element instanceof HTMLSelectElement) {
        element.value = params.get(element.name) ?? element.options[0]?.value ?? "";
      }
    }
  }, [state]);

  function navigate(history: "push" | "replace") {
    clearTimeout(timer.current);
    const form = formRef.current;
    if (!form) return;
    const search = formSearchParams(new FormData(form)).toString();
    const href = search ? `${action}?${search}` : action;
    if (href === `${window.location.pathname}${window.location.search}`) return;
    startTransition(() => {
      if (history === "push") router.push(href, { scroll: false });
      else router.replace(href, { scroll: false });
    });
  }

  function later(delay: number, run: () => void) {
    clearTimeout(timer.current);
    timer.current = setTimeout(run, delay);
  }

  /** A control changed: load the new list, after a pause when it is the search box or a date. */
  function changed(control: EventTarget | null) {
    const type = inputType(control);
    if (type === "search")
      later(TYPING_DELAY_MS, () => {
        navigate(typedSinceFocus.current ? "replace" : "push");
        typedSinceFocus.current = true;
      });
    else if (type === "date") later(DATE_DELAY_MS, () => navigate("push"));
    else navigate("push");
  }

  return (
    <form
      ref={formRef}
      method="get"
      action={action}
      role="search"
      aria-label="Filter the calls"
      // The framework loads when the reader reaches for the form (server/defer-scripts.mjs).
      data-js=""
      data-pending={pending ? "" : undefined}
      // Set once a change to a control loads the new list by itself (before that, it is the plain GET form).
      data-hydrated={hydrated ? "" : undefined}
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        navigate("push");
      }}
      onFocus={(event) => {
        if (inputType(event.target) === "search") typedSinceFocus.current = false;
      }}
      onInput={(event) => {
        if (inputType(event.target) === "search") changed(event.target);
      }}
      onChange={(event) => {
        if (inputType(event.target) !== "search") changed(event.target); // the search box: on input
      }}
    >
      {children}
      {/* Visual only: the result count, a live region, announces the new list. */}
      <p className="mt-3 min-h-5 text-sm text-muted">{pending ? "Updating the list…" : ""}</p>
    </form>
  );
}
