import { test } from 'node:test';
import assert from 'node:assert/strict';
import { on<<Cls>>, emit<<Cls>> } from '../src/<<module>>.js';

test('handlers receive payloads', () => {
  const seen = [];
  const off = on<<Cls>>('change', (value) => seen.push(value));
  emit<<Cls>>('change', 1);
  off();
  emit<<Cls>>('change', 2);
  assert.deepEqual(seen, [1]);
});
