/**
 * A small statistical model of commercial passages (issue 17): hashed character 1–3-grams of a
 * passage of the normalised text, weighed by a logistic regression trained on our labelled drafts
 * (`npm run train:commercial`, test/eval/commercial-model.ts). The weights below are that script's
 * output, quantised to int8; `npm run train:commercial -- --check` fails when a fresh training run
 * gives other weights. Our own data: its figures (README, 商业广告) are not the product's accuracy.
 */

/** log2 of the number of hash buckets. */
export const BITS = 12;
const SHIFT = 32 - BITS;

const SEED2 = 0x2545f491;
const SEED3 = 0x68e31da4;

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Digits read as one character (a price is a price at 99 or 199), Latin letters in lower case. */
function fold(c: number): number {
  if (c >= 0x30 && c <= 0x39) return 0x30;
  if (c >= 0x41 && c <= 0x5a) return c | 0x20;
  return c;
}

/**
 * Calls `visit` with the bucket of every 1-, 2- and 3-gram of `text[start, end)`; returns how many
 * grams it visited. Linear, nothing allocated.
 */
export function eachGram(text: string, start: number, end: number, visit: (bucket: number) => void): number {
  let p1 = -1;
  let p2 = -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = fold(text.charCodeAt(i));
    visit(mix(c) >>> SHIFT);
    n++;
    if (p1 >= 0) {
      visit(mix(c ^ Math.imul(p1 + 1, SEED2)) >>> SHIFT);
      n++;
      if (p2 >= 0) {
        visit(mix(c ^ Math.imul(p1 + 1, SEED2) ^ Math.imul(p2 + 1, SEED3)) >>> SHIFT);
        n++;
      }
    }
    p2 = p1;
    p1 = c;
  }
  return n;
}

// BEGIN trained weights (npm run train:commercial -- --write)
// 4096 buckets, trained on 2205 drafts (297 commercial): our corpus and dev…dev10
const WEIGHTS =
  '/vr8AwAE+PoA8vP05vD6+gIv8gQDEgEC8wf/Dv79+wv99vsHAfj+IAXuA/4A8vcN+z/5APf2DwL7BOIE/fn6/f3vAAj08Pb8+f/2Cff1Efn6AP76BwP2AfgJBgj2+vgUAQD6Av8kC/j9BPgH9Pz5Bv0NBf8P+/4F8BQH/P38FPb//fsKBf4CAf4M/A/7/QU299MT+wnnBPn3+PUA9OL4Ag0G/d8CFAD7A/f5Df3+/wAE+fX9A/0J/Pj9Qf353+f6+f8B//T3/X8CIfoQ/bHs+Af3BPwC8/cf+QP/BgsNAAEa+wH+FfHoBf33+hUVCQj2Bf7tEfgB/+4NBPP0DP76DukC/wz7Gfn7JPf+Cfv2+PsCA/0ECu4LDgP7Evv5+P/7Afj49QT0AQIe8fTw+gb66hMA+/AC+Rf+6vzuOAsIAAr8BPTx/M0WAQLpABMN7/ryCvwA9f/++/j99PoP8wX6DfkC+foP/fD17gH4+fL38/gLAO78Cvkc/AP9+AcCBwMP9QIF+S8E3v3x+v8BCQgLAgn+/Pz8AO4N/AH/C/H//fUB8/z/+//4B/UN/wv++vUFAfv7AQ0AAAQPBgjv9gUDBgP9Bf39Dv3v8AIQ/P71//f9CPoE/wL6//nyAwH1Bwf96fwJCQH47/n3/wf7/vcVD/z88/0IBQD9/An3DPEFAxHnBfb//yUHCuEIBgP7Dd8A/fkJBP3+AP/5/goG+wPV9vDn+wAD/AkaD/sGBPoOA/kB5wUE/wkDBQYF/Qb35RT3BAIYCPv6+yH+AA//9/X6Awb89A/97hQSAfcL+gj4Agj9APUD/vTwAPL6/fgD/voEBQb3/PkD+QIHA/sAFAoEHgcTAQQh+BIQB+4H+fXyCP/79AT46PoJ+Pf4/vUDBPUq9xMODRYH/QH+8fv0HQT49OUA+xoC//j+9/Pm1gDpBPYS/fsI/vwl/BYY+vwC+wAF9gf///4Mz/rv9fr+9fD+9gP+FwIBDdv1/AQHAPb2FPwN+wAMBAEFAPgLAgQL+PoIA/8IDO7+/e0CAAb29xUCBN4V+BEl/AIQABkWEv/9BgAA+gIAA/P1E/f8Awz/A/oG++378vcP+wAN/QP8AAn2Bx/7Awf1/AEADQjjzwD7/f3+C/oGA/7q8vszBv7t+fb/FvwB9/P+C+4ADBEzAAAb/AL/Gf3z6xD7Bf737A4m/gT1EhL7+fz3+fUHAwL88ubm/vYPFwL//QMH/vn9Iwz7CBr1+vP58PkLAPgFCf4D9/n+B/b7+AX4B/30HBH/+hL/APP1B+UAEAQOB/j1Af4ABSP7AAn0+AIyD/kLDwAKAfsF/TXmCAMB//QE+wP4/voR/OsE/AIBBCEF+wgBAf7++wwSBQcIBgP96gM7EBcFOPoICAAD/PX5AhQCFvwJ9wEH8v7f+Pf1Av4VBTft+xgO+Prk7Rr+C/3oBQj02RAdBwr+A9wD+/f3+gDn6PcM8Pr9F/EMEgj88xn4AuoD+v8QDAX8+v0IAv35/Pz1AgIFAf37DQn+APX7BPUA9eoNAvv+Bg0N9vwE/v399AQPAAcF/f0CFfoKAAzvA/wDAuf6AP73Bf4T+/wAFhQA+vn88/sBDQb//AcU/vT4/grx9vH9AAPzAAH4EP7/9QYD/wAB/QMB/QcF/fwBDfsW+fkA9PP9AAfr8gwGBw8A+vH58AMLHv74EBENCxUI/Aj7+AH+B/n5+/75AfT9/QH79wz08wICA/P//OUM/RIhEAgG/Prh/wME/PoTBwMC//T6/Nb9AQf+DQsBDfr7+fgE9P397v4F/QsG5/QD+Pb9A/oGCQcQACfu//wDBgAI/A4K+g0A6gr5CxsC/QcB/fERAAT4+gH8DgIU//z4A//y+hL5AR38DRUFAhX99wf9/f759gX+AP3//wP8/OkF//gP/NEEAfAD4wj/+Qv+/gkDA9T1Cv/4AAICBgvJ//0J9fv+BDf7BQIC/wL//g0KAPX6+wL9FFj97vr07vb2BhT3Dv/7/QT4/Cjx+fwD+/wD9/r+BwwF/wf2/AbuB/79+gME/AAAAgQA/f/4/gLy/fgA/wXzCRkPChkC//cFCvr8AAQDA/r6/gICAgL7DtwHBRoB+Pje+g79/PkE5fQD/wIK3e3x/Qf88AULBAPx/eP/AP79APsK+vH/9vEKBfz6AAcE/gEFBPwA4gIME/wGCvsO/f31Jv348zz8DxTj/AL5/gH/KN/rFOz5B/H+/f8V8wYI9gIM9/4JA/39/wryCfb8BQP3+QD99vf++fQJSgMHEPsA8/7wmPsP9xELBvYg//bv/f7+GlX9CRUd+fv2+gT97vwC/v3p+Af0C/369wX+/fwDBQH6Cfb99PztF/gL9vsDAAcG/wLx/wH6/fcF/QsR/PT+/+4HDgsK9fr+AAkJ9fv4APb7CBEV9/D2APP5DfkA/P8B8QH3/PUE/QP5HAf/HwQJ+QH5+/0H/usR9/r8/QwI+uvx9/MP+gL7AwAJ/P0N/QD6Ev8D9Qj4+/wFDQEKAQEWCAL5/v0A8/cACvv8Au74AP8VBgb/BwoEAvgA9wYCEgUJBAL6AQL2+AIIC/3z8AL94/oC+Pr3AAHrFQcJBgQH/vMSHPwJ9wYKBQIN8gIh/voE+PP5BAUEEP/oA/oB9fn17PUG+Rz+BfwED/4EAPU34ATrA/fFFP/+B/31Dv/+Bg4aG/z8B9cBCPoPA/z6DQH79wQACAz8CwH1A/oPA/UO+vMNDPf9ABcABfguAAAEBPsL9gb8AP8O8P/59RAMAA3g/vn7EP/++/wFEvwt/gUSCf8C6/b7DPr+A/z+IQH9/fT9Cuz49wEVAvoCBPz/7wHzBwL/A+oB+wQOBRDy6PgS+/3/+A/49P8BKhQOBAQjBPsAAAIQ/gn6Bvj++gbz6foEDQTx/ffi/wYIAPb3+fkJ+Pv+9AwF+wAqBf4DGAUC7QP5//zdAfcBCPf8Ewj0+/z0+Pz6+gfnBgsG+f75DgP2GwD5Af0GCDkB+fj59/kC/gYD9ff7AvYE/PH1/gMO+AID9Ojy+QEC//z7CwX8+gH2+QAC8P4VBPcNBQACAvfy++X8+QElAvPv/vwH7hwE8v8VBP8DGPwMCBgPHPwMBBQBDgP6AP3/Bf0Q/gfzAfn8/OwCFfQE+eYGBPQGAtz3AwIAAQA0LwUT+Qrs+wL19P3+AgQCA+T/DfsXAf3FEhAM9f7++v4YCgAF+wj0BgIEEfwJDQD9CBb7Af0A/wD+Kvf2APUAGAMG+QQGAfkB8wRAAiT1/P0C+QIHCBAK+wUD+PQABPwDCvv4Af3oFfcC/f0I8eX7/gz//fEYE/wLB/YQ5gMP/gAF/gfkAvf9Gw789PcC+wn0/gYBAPH+AwUHCf8XAvvfDfEEAf7+9Qnz7QYBEPwGBv74APb9C/b79wsB9Q8F9woGAw0R/BAUEP367P76AQgA6QT65f31BgH9/AsGI/v1///19Aj3/gUBBQYGCiAB7wsEEBLS4wUVFN349gsB5P/9+fMPB/gKAPz0/f3f+gj+Cf4IBBr0AP7nJAL38vwAAQfZ+wcOAP/6//z1+Qf3/ePv+/j+BwcNIAT3BAD3/QIH/hwA/P/8+xIm4wEe/QAB/w0A/fIFAwb6/BH/AAAo9wb6A//7Bv8E//L5CBT+/Pn05QALHfgC9hNTBgITAgf3CwH0/vL2I/P93/wi/v4T9wQAFAENAPz1+vf9BfoMAwECBQX9Avv/8vf5AP4E9BQPCQf4+gP89vkECv/9+/0D9gTwAQv99v39CvYICfcI9gYAAgT4C0sF/v389P71/vwJAAroDfv3/QMO9f4FAgQHDQv1Af/5/BMK9QYOBfYHBAfeB+sAA+4K4/7b9wgJDf0B/wEBFQQQIvsA/ff9+v7//gH07vf3+CL8D/cLEPf89yb1+vz/8Pz/F/gN+PL5BgbVCRIPDP8C+AzxAf/9GQT98/r1/+nx9gb6CQT8Ev347/MS+P0B/frwBQIBzAQA/vP/+hrzAgH+/vb7AwL6EPsNAgIEAf786RQH+wMIDO4VEvwACwAA+PsA9vf5DPgC+AMMBvr+9hEACvT8+AkFAAcGYgL6BAYBCAQAAQD5AwX+/fcC+gMNCPv+BAHuE/r2AwkD4vn29QIH8hb9HesQ/An6+PXzFfr8/QT/7/D4Avn3Ahf4FfsSHP8K8foGFv0DG/sA/BDuFPgL+Arw+wzwABD1CPgR+foEDRMB/vH6/v4HAPr8/gn9/Q0e++/3DgkR/vn/Cf39CgAEAvn79QkDDQ/vABL9AgMBA/4KBgb/+/v9CALyFvUi//b59fwT+AYF9gsEAigL/fn4B/sN+ez+Chj49PgCAfv5+vb46wkkAvjw4vgN+iv4AgUIBQH3T/8Y9/v8Bv0CLPf9++QO3PnwA/T+9AAC9wP7/P4G+BQA9wrCFff69ATj+v4YBgYD+AjzBCX/8fHp//j9/gPz//b59Arf/wD/C/n28/j1AAD4B/v59vAD/fr+AAT8CPQAAhr7CQL4BQnrAPsF/gD99AXyGe7uBv0RBP0FDQcJDf/5Gxf4CPPwCPUZCPv9+QP7Bu0LCBED//7x+wL9ARvP/Q0EA/v9Bv4F7vYlAhYC7QEIA/sYAAj6+gD+8BnzBhz+CfwUAQv/DgEAFQX93Qzk/gMT7Qz8+Qb8A/kX+9j4/vkLB////v4cCAX0Cxz69fv6/AME/f7+5wH/EAL1//oA+P0IBwYEAwP5/A3++/0NABr99//9/PwB8A73+/0JCf7+/ggHBgED+/oB5Pr8BP788PgDKfv48Q0JAfYi+v8I9gD81hEC8On9BvgBA/9KCPYLAtj8/vkGBvf4CAP9AwD5Bvz/+wLzAhX68gf9/Sb3/P38+PYCCQb77Pv08wwBRfrwAfgOCwr89gPzAR4AIe0DA/z+/z0C/wD7//7x/ww/+f8H/ff6CvP2B/4E7AIFAST7AgP1++ID//0UB/0lDAwKKBMPEfv69gX1A/799wAJD/cL9P4O+PcDBvP9AgwBAwcA/fH2+//4//wI9wAFBv38EBL9B+4LBQf+/g4FBPQFxQICABPq9sj7B/rs/wb+/gUQDhjTHxH77wD3//H7BvkBBw0GBfIL+fv+/fwAB/z+AhMWAAft/fIDAhP/BgsCDP0cBPYD//7zAgUO//wBGQEQ+w729AwC7/wABA0NBfb8+goE++cA+f/4/wMF//T0/Ar4/vT/AQ339Bn5CQrdCP37BfkCCQgXDQEACPr9/BACAgzz+/z8+gT28/zV+hsEEgAbDQXy8wf6+fsJ/sj+GN/0/Pj/+voD+Pn9+uwO5vwFJgAC/AMLAAIaJ/7m/wMC9wD3+wb++R8K+QQB6A/7EiXxAG8DFQD2+QkG3xAs9v4d/gTzAfv1AwwAAPb4/fUDAff9DwMBBfwD5gQR7uf8/w7++/b2/v/6FBAF/Ab/Avv//PH7AAzzSPwHB/n27QIM/QH5BAH9Ax0b7wHlAg==';
const SCALE = 0.0519207;
const BIAS = -3.2012;
/** The logit at which a passage reads as commercial: chosen by leave-one-set-out for rule OR model at precision ≥ 0.98. */
export const COMMERCIAL_THRESHOLD = Infinity;
// END trained weights

let weights: Int8Array | undefined;
/** The int8 weights, decoded once. */
function model(): Int8Array {
  if (!weights) {
    const raw = atob(WEIGHTS);
    weights = new Int8Array(1 << BITS);
    for (let k = 0; k < raw.length && k < weights.length; k++) weights[k] = (raw.charCodeAt(k) << 24) >> 24;
  }
  return weights;
}

/**
 * How commercial the passage `text[start, end)` of the normalised text reads, as a logit: at or
 * above COMMERCIAL_THRESHOLD it reads as a sale. Linear in the passage, nothing allocated.
 */
export function commercialScore(text: string, start: number, end: number): number {
  const w = model();
  let p1 = -1;
  let p2 = -1;
  let n = 0;
  let sum = 0;
  for (let i = start; i < end; i++) {
    const c = fold(text.charCodeAt(i));
    sum += w[mix(c) >>> SHIFT];
    n++;
    if (p1 >= 0) {
      const h = c ^ Math.imul(p1 + 1, SEED2);
      sum += w[mix(h) >>> SHIFT];
      n++;
      if (p2 >= 0) {
        sum += w[mix(h ^ Math.imul(p2 + 1, SEED3)) >>> SHIFT];
        n++;
      }
    }
    p2 = p1;
    p1 = c;
  }
  return BIAS + (n === 0 ? 0 : (SCALE * sum) / Math.sqrt(n));
}
