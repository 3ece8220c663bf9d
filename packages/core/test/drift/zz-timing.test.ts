import { test } from '@jest/globals';
import { compareColumn } from '../../src/drift/column.js';
import { SHAPES, profileSide } from './shapes.js';
test('timing', () => {
  for (const shape of SHAPES) {
    for (const [n, m] of [[1000, 1000], [5000, 1200], [200000, 150000]]) {
      let t = performance.now();
      const ref = profileSide(shape, n, 1);
      const cur = profileSide(shape, m, 2);
      const t1 = performance.now() - t;
      t = performance.now();
      const d = compareColumn('x', ref, cur)!;
      const t2 = performance.now() - t;
      console.log(`${shape.name} ${n}/${m}: profile ${t1.toFixed(0)} ms, compare ${t2.toFixed(0)} ms ${d.test} v=${d.value.toFixed(4)} p=${d.pValue} drift=${d.drifted}`);
    }
  }
});
