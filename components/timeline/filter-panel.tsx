import { callQueryToParams, MAX_Q_LENGTH, SORT_ORDERS, type CallQuery, type FilterOption, type FilterOptions } from "@/lib/filter";
import { TIMELINE_PATH } from "@/lib/timeline/chips";
import { MAX_LEADER_OPTIONS, visibleOptions } from "@/lib/timeline/options";
import { FilterForm } from "./filter-form";

type Props = {
  query: CallQuery;
  options: FilterOptions;
  /** How many filter values are active, for the phone's "Filters" summary. */
  activeCount: number;
};

/**
 * The filter controls: a GET form that works without JavaScript. On a phone it folds into a
 * "Filters" disclosure so the list comes first; from the md breakpoint it is always open (where
 * the browser can style the disclosure's content; elsewhere the summary stays and opens it).
 */
export function FilterPanel({ query, options, activeCount }: Props) {
  const russians = options.leaders.filter((l) => l.side === "russia");
  const counterparts = options.leaders.filter((l) => l.side === "counterpart");
  return (
    // data-js: on a phone, opening "Filters" already starts loading the framework the form uses (server/defer-scripts.mjs).
    <details
      data-js=""
      className="group/filters rounded-md border border-rule bg-panel md:[&::details-content]:[content-visibility:visible] md:supports-[selector(::details-content)]:border-0 md:supports-[selector(::details-content)]:bg-transparent"
    >
      <summary className="flex cursor-pointer list-none items-center justify-between gap-3 px-4 py-3 font-semibold [&::-webkit-details-marker]:hidden md:supports-[selector(::details-content)]:hidden">
        <span>
          Filters
          {activeCount > 0 && <span className="ml-2 text-sm font-normal text-muted">{activeCount} active</span>}
        </span>
        <span aria-hidden="true" className="text-muted transition-transform group-open/filters:rotate-180">
          ▾
        </span>
      </summary>
      <FilterForm
        action={TIMELINE_PATH}
        state={callQueryToParams(query, { page: 1 }).toString()}
        className="space-y-5 border-t border-rule px-4 pb-4 pt-4 md:supports-[selector(::details-content)]:border-0 md:supports-[selector(::details-content)]:p-0"
      >
        <div>
          <label htmlFor="filter-q" className="mb-1 block text-sm font-semibold">
            Search
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            maxLength={MAX_Q_LENGTH}
            placeholder="Words in headlines, readouts, names"
            aria-describedby="filter-q-hint"
            className="w-full rounded border border-rule bg-paper px-3 py-2 text-base placeholder:text-muted"
          />
          <p id="filter-q-hint" className="mt-1 text-xs text-muted">
            Every word must match; accents and case do not matter.
          </p>
        </div>

        <fieldset>
          <legend className="mb-1 text-sm font-semibold">Dates</legend>
          <div className="grid grid-cols-2 gap-3 md:grid-cols-1 md:gap-2">
            <div>
              <label htmlFor="filter-from" className="block text-xs text-muted">
                From
              </label>
              <input id="filter-from" name="from" type="date" defaultValue={query.from ?? ""} className={dateInput} />
            </div>
            <div>
              <label htmlFor="filter-to" className="block text-xs text-muted">
                To
              </label>
              <input id="filter-to" name="to" type="date" defaultValue={query.to ?? ""} className={dateInput} />
            </div>
          </div>
          <label htmlFor="filter-added-since" className="mt-2 block text-xs text-muted">
            Added to the record since
          </label>
          <input
            id="filter-added-since"
            name="added-since"
            type="date"
            defaultValue={query.addedSince ?? ""}
            aria-describedby="filter-added-since-hint"
            className={dateInput}
          />
          <p id="filter-added-since-hint" className="mt-1 text-xs text-muted">
            New records only: see <a href="/changes" className="underline">changes</a> for corrections.
          </p>
        </fieldset>

        <CheckboxGroup legend="Counterpart's country" name="country" options={options.countries} selected={query.countries} more="search for the country's name." />
        <CheckboxGroup legend="Russian officials" name="leader" options={russians} selected={query.leaders} more="search for the name." />
        <CheckboxGroup legend="Counterparts" name="leader" options={counterparts} selected={query.leaders} more="search for the name." max={MAX_LEADER_OPTIONS} />
        <CheckboxGroup legend="Level" name="level" options={options.levels} selected={query.levels} more="" hint="Calls in which someone at that level took part, on either side." />
        <CheckboxGroup legend="Topics" name="topic" options={options.topics} selected={query.topics} more="search for a word." />
        <CheckboxGroup legend="Sourcing" name="sourcing" options={options.sourcing} selected={query.sourcing} more="" />

        <div>
          <label htmlFor="filter-sort" className="mb-1 block text-sm font-semibold">
            Order
          </label>
          <select id="filter-sort" name="sort" defaultValue={query.sort} className="w-full rounded border border-rule bg-paper px-2 py-2 text-base">
            {SORT_ORDERS.map((order) => (
              <option key={order.value} value={order.value}>
                {order.label}
              </option>
            ))}
          </select>
        </div>

        {query.events === "hide" && <input type="hidden" name="events" value="hide" />}
        {query.view === "chart" && <input type="hidden" name="view" value="chart" />}
        {query.rows === "first" && <input type="hidden" name="rows" value="first" />}

        <button
          type="submit"
          className="w-full rounded bg-ink px-4 py-2 font-semibold text-paper hover:bg-link focus-visible:bg-link"
        >
          Apply filters
        </button>
      </FilterForm>
    </details>
  );
}

const LONG_LIST = 12;

const dateInput = "mt-0.5 w-full rounded border border-rule bg-paper px-2 py-1.5 text-sm tabular-nums";

function CheckboxGroup({
  legend,
  name,
  options,
  selected,
  more,
  max,
  hint,
}: {
  legend: string;
  name: string;
  options: FilterOption[];
  selected: string[];
  more: string;
  max?: number;
  /** What choosing one means, under the legend. */
  hint?: string;
}) {
  if (options.length === 0) return null;
  const { shown, hidden } = visibleOptions(options, selected, max);
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      {hint && <p className="mb-1 text-xs text-muted">{hint}</p>}
      {/* A long list scrolls in a box of its own, so the controls after it stay near. */}
      <div className={shown.length > LONG_LIST ? "max-h-[15.25rem] overflow-y-auto rounded border border-rule bg-paper p-1" : undefined}>
        {shown.map((option) => (
          <label key={option.value} className={optionLabel}>
            {/* Checked is left out, not false, when it is not: the page data repeats every prop. */}
            <input type="checkbox" name={name} value={option.value} {...(selected.includes(option.value) ? { defaultChecked: true } : {})} />
            {`${option.label} `}
            <span className={optionCount}>
              {option.count.toLocaleString("en-GB")}
              <span className="sr-only">{option.count === 1 ? " call" : " calls"}</span>
            </span>
          </label>
        ))}
      </div>
      {hidden > 0 && (
        <p className="mt-1 text-xs text-muted">
          {hidden} more with fewer calls: {more}
        </p>
      )}
    </fieldset>
  );
}

// Repeated for every option, so an option is four elements, short class names (app/globals.css; the
// box is styled as the label's input) and one string of text where it can be: the page's size, and
// the work of showing it, grow with these lists.
const optionLabel = "opt";
const optionCount = "opt-n";
