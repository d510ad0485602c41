/**
 * After a failed submit the person must see why: the first invalid field gets the focus (and is
 * scrolled into view), or, when no field is marked, the refusal shown next to the buttons.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** What marks a field as invalid: Mantine sets aria-invalid on inputs with an error. */
const INVALID = '[aria-invalid="true"], [data-invalid="true"]';
/** The refusal next to the submit button (see FormFooter). */
const FAILURE = '[data-form-failure]';

/**
 * The field a problem sentence names by its label ("Nueva meta: …", "Fecha de vigencia: …"), for
 * forms whose checks return sentences rather than one error per field.
 */
function fieldNamedBy(root: ParentNode, problems: readonly string[]): HTMLElement | null {
  const labels = [...root.querySelectorAll<HTMLLabelElement>('label[for]')];
  const name = (label: HTMLLabelElement) =>
    (label.textContent ?? '')
      .replace(/\s*\*\s*$/, '')
      .trim()
      .toLowerCase();
  const named = new Set(problems.map((p) => p.split(':')[0]!.trim().toLowerCase()));
  const label = labels.find((l) => named.has(name(l)));
  return label ? (root.querySelector<HTMLElement>(`#${CSS.escape(label.htmlFor)}`) ?? null) : null;
}

/**
 * Focuses the first invalid field of `root` — one marked invalid, else one a problem names — or
 * else its failure alert; true when something got the focus.
 */
export function focusFirstInvalid(root: ParentNode | null, problems: readonly string[] = []): boolean {
  if (!root) return false;
  const target = root.querySelector<HTMLElement>(INVALID) ?? fieldNamedBy(root, problems) ?? root.querySelector<HTMLElement>(FAILURE);
  if (!target) return false;
  // The alert is not focusable by itself; tabIndex -1 lets it take the focus without entering the tab order.
  if (target.matches(FAILURE) && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  // Scroll first (centred, clear of a sticky footer), then focus without a second jump.
  target.scrollIntoView({ block: 'center', behavior: 'auto' });
  target.focus({ preventScroll: true });
  return document.activeElement === target;
}

/**
 * `formRef` goes on the <form>; `showInvalid()` is called after a failed submit, once the errors are
 * set: the focus moves after React has rendered them.
 */
export function useFocusFirstInvalid<T extends HTMLElement = HTMLFormElement>() {
  const formRef = useRef<T>(null);
  const [request, setRequest] = useState<{ problems: readonly string[] } | null>(null);
  useEffect(() => {
    if (request) focusFirstInvalid(formRef.current, request.problems);
  }, [request]);
  /** `problems`: the sentences of a check that names fields by their label. */
  const showInvalid = useCallback((problems: readonly string[] = []) => setRequest({ problems }), []);
  return { formRef, showInvalid };
}
