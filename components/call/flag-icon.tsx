/** A small flag, the mark of a disagreement between accounts. Decorative: the text beside it says what it means. */
export function FlagIcon({ className = "" }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className={`inline-block shrink-0 align-[-2px] ${className}`} fill="currentColor">
      <path d="M3 1.5a.75.75 0 0 1 .75.75V2.6c1.6-.9 3.2-.6 4.6 0 1.3.5 2.5.8 3.9-.1a.5.5 0 0 1 .75.43v6.9a.5.5 0 0 1-.24.43c-1.9 1.2-3.6.8-5 .2-1.3-.5-2.5-.8-4 .1v4.2a.75.75 0 0 1-1.5 0V2.25A.75.75 0 0 1 3 1.5Z" />
    </svg>
  );
}
