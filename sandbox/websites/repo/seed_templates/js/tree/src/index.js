import { create<<C0>> } from './<<m0>>.js';
import { <<m1>>Defaults } from './<<m1>>.js';
import { formatBytes } from './utils/format.js';

export function start(root = document.body) {
  const widget = create<<C0>>({ ...<<m1>>Defaults, root });
  widget.render();
  console.info(`<<project>> ready (${formatBytes(document.body.innerHTML.length)})`);
  return widget;
}

export { create<<C0>> };
