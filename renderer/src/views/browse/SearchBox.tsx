import { forwardRef, useEffect, useRef, useState } from 'react';
import { useBrowse } from '../../stores/browse-store';

const DEBOUNCE_MS = 150;

/** Full-text search: typing waits 150 ms before querying, Enter searches at once, Esc clears. */
export const SearchBox = forwardRef<HTMLInputElement>(function SearchBox(_props, ref) {
  const committed = useBrowse((s) => s.filters.text);
  const setFilters = useBrowse((s) => s.setFilters);
  const [value, setValue] = useState(committed);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Follow outside changes (Clear all).
  useEffect(() => setValue(committed), [committed]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const commit = (text: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setFilters({ text });
  };

  return (
    <div className="search-box" role="search">
      <label htmlFor="browse-search" className="sr-only">
        Search your items
      </label>
      <input
        ref={ref}
        id="browse-search"
        type="search"
        placeholder="Search…   /"
        aria-keyshortcuts="/"
        value={value}
        maxLength={500}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          const text = e.target.value;
          setValue(text);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(text), DEBOUNCE_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(value);
          if (e.key === 'Escape' && value) {
            e.stopPropagation();
            setValue('');
            commit('');
          }
        }}
      />
    </div>
  );
});
