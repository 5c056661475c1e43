/**
 * The pieces the two evaluated models share (test/eval/commercial-model.ts, test/eval/name-model.ts): a
 * linear model over hashed features held sparse, its score and the logistic link.
 */
export interface Model {
  w: Float64Array;
  bias: number;
}

/** An example's hashed features: bucket indices and their values, side by side. */
export interface Sparse {
  idx: Int32Array;
  val: Float64Array;
}

export const dot = (m: Model, x: Sparse): number => {
  let s = m.bias;
  for (let k = 0; k < x.idx.length; k++) s += m.w[x.idx[k]] * x.val[k];
  return s;
};

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
