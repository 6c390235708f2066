import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sort<<Cls>>, paginate<<Cls>> } from '../src/<<module>>.js';

test('sorts by name', () => {
  const sorted = sort<<Cls>>([{ name: 'b' }, { name: 'a' }]);
  assert.deepEqual(sorted.map((item) => item.name), ['a', 'b']);
});

test('paginates', () => {
  assert.equal(paginate<<Cls>>(Array.from({ length: 30 }), 2).length, 5);
});
