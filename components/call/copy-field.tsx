"use client";

import { useRef, useState, type FocusEvent } from "react";
import { useClientValue, useHydrated } from "@/components/use-hydrated";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * Today as "22 November 2026" in the reader's browser; the server's date in the HTML. Written out by
 * hand: constructing an Intl.DateTimeFormat loads locale data, about 30 ms of blocked main thread
 * on a fast desktop while the page hydrates.
 */
function useAccessDate(serverDate: string): string {
  return useClientValue(() => {
    const now = new Date();
    return `${now.getDate()} ${MONTHS[now.getMonth()]} ${now.getFullYear()}`;
  }, serverDate);
}

type Status = "idle" | "copied" | "failed";

async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (an insecure origin, a denied permission): select the text for the reader.
    field?.select();
    return false;
  }
}

const selectAll = (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => event.currentTarget.select();

const fieldClass =
  "min-w-0 flex-1 rounded-sm border border-rule bg-paper px-3 py-2 font-mono text-sm text-ink focus-visible:outline-offset-0";

/**
 * A read-only field with the text to copy, selectable without JavaScript, and a Copy button once
 * JavaScript runs. `textAfterDate` set: the text is a citation completed with today's date.
 */
export function CopyField({
  id,
  label,
  text,
  textAfterDate,
  serverDate,
}: {
  id: string;
  label: string;
  text: string;
  textAfterDate?: string;
  serverDate?: string;
}) {
  const hydrated = useHydrated();
  const accessed = useAccessDate(serverDate ?? "");
  const [status, setStatus] = useState<Status>("idle");
  const inputRef = useRef<HTMLInputElement>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const value = textAfterDate === undefined ? text : `${text}${accessed}${textAfterDate}`;
  const multiline = textAfterDate !== undefined;

  async function onCopy() {
    setStatus((await copyText(value, inputRef.current ?? textareaRef.current)) ? "copied" : "failed");
  }

  return (
    // data-js: the framework (and with it the Copy button) loads when the reader reaches for the field (server/defer-scripts.mjs).
    // data-hydrated: set once it has, as on the filter form.
    <div className="mt-4" data-js="" data-hydrated={hydrated ? "" : undefined}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <div className="mt-1 flex items-start gap-2">
        {multiline ? (
          <textarea ref={textareaRef} id={id} readOnly value={value} rows={4} onFocus={selectAll} className={`${fieldClass} resize-y leading-snug`} />
        ) : (
          <input ref={inputRef} id={id} type="text" readOnly value={value} onFocus={selectAll} className={fieldClass} />
        )}
        {hydrated && (
          <button
            type="button"
            onClick={onCopy}
            className="shrink-0 rounded-sm border border-link bg-paper px-3 py-2 text-sm font-semibold text-link hover:bg-link hover:text-paper"
          >
            {status === "copied" ? "Copied" : "Copy"}
            <span className="sr-only"> {label.toLowerCase()}</span>
          </button>
        )}
      </div>
      <p aria-live="polite" className="mt-1 min-h-5 text-sm text-muted">
        {status === "copied" ? `${label} copied.` : status === "failed" ? "Could not copy: the text is selected, press Ctrl+C (⌘C) to copy it." : ""}
      </p>
    </div>
  );
}
