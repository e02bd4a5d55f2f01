import { useEffect, useRef } from 'preact/hooks';

/** Mounts a chart built by `make(width)` (an SVG or figure from Observable Plot). */
export function PlotBox({
  make,
  label,
  deps,
}: {
  make: (width: number) => Element;
  label: string;
  deps: unknown[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = make(Math.max(280, el.clientWidth));
    el.replaceChildren(chart);
    return () => chart.remove();
  }, deps);
  return <div class="plot" ref={ref} role="img" aria-label={label} />;
}
