import { createHash } from 'node:crypto';

/** What readers can choose; "system" follows the device's setting and is the default. */
export const themeChoices = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const;

/** The id of the theme <select> (src/components/ThemeControl.astro), which the script listens to. */
export const themeControlId = 'theme-choice';

/**
 * The one script every page runs before it paints, inline in <head> so there is no request and no
 * flash of the wrong theme: it applies the saved choice (data-theme on <html>; the stylesheet turns it
 * into color-scheme), shows the control (data-theme-control), saves a new choice when the reader
 * makes one, and sets the control to the saved choice. Storage may be blocked; then the page simply
 * follows the system. Kept to a few hundred bytes; tests/e2e/no-js.spec.ts holds it to its budget.
 */
export const themeScript = [
  '(function(d,k,t){',
  'try{t=localStorage[k]}catch(e){}',
  "if(t)d.dataset.theme=t;d.dataset.themeControl='';",
  "addEventListener('change',function(e){e=e.target;",
  `if(e.id=='${themeControlId}'){t=d.dataset.theme=e.value;try{localStorage[k]=t}catch(e){}}});`,
  "addEventListener('DOMContentLoaded',function(){",
  `var s=document.getElementById('${themeControlId}');if(s&&t)s.value=t})`,
  "})(document.documentElement,'theme')",
].join('');

/** The script's Content Security Policy hash, so it runs without 'unsafe-inline'. */
export const themeScriptHash: `sha256-${string}` = `sha256-${createHash('sha256').update(themeScript).digest('base64')}`;
