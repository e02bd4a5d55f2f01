import type { ComponentChildren } from 'preact';
import type { EventType } from '../../../src/report/contract.ts';
import { TYPE_STYLE } from '../lib/model.ts';
import { openItem } from '../lib/route.ts';

export function TypeIcon({ type }: { type: EventType }) {
  const s = TYPE_STYLE[type];
  return (
    <span class="type-icon" style={{ background: s.color }} title={s.label} aria-hidden="true">
      {s.icon}
    </span>
  );
}

/** A button that opens an item's evidence (Enter and Space activate it, like any button). */
export function ItemButton({
  id,
  mention = 0,
  children,
  class: cls,
}: {
  id: string;
  mention?: number;
  children: ComponentChildren;
  class?: string;
}) {
  return (
    <button type="button" class={`item ${cls ?? ''}`} data-item={id} onClick={() => openItem(id, mention)}>
      {children}
    </button>
  );
}

export function DocChip({ id, label }: { id: string; label?: string }) {
  return (
    <button type="button" class="chip" data-doc={id} title={label} onClick={() => openItem(id)}>
      {id}
    </button>
  );
}
