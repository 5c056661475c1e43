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
// 4096 buckets, trained on 2205 drafts (298 commercial): our corpus and dev…dev10
const WEIGHTS =
  '/Pr+AgAF+Pr/8fTx6uv6/AEp8QUFEv8C9gT/Dv39+wv+9voJAvj9JQXuAv4B9PgL/T/5//f3DwP8A+MD+/n8/f7wBQrz8PX8+QH2CvL1Efr8Af78BwT4AfgMBgj4+vgV/wD6AAAkDPj9BfgI9Pv6BP0PBAER+/8G9RQF/f/9F/X//foYBf4C//8N/w/6/gY099MQ+gvmA/f2+fUB8+P7AA0L/N8CE//7Afj6Dfv9/wIE+fP+A/wK/Pj7QP764u36+QAAAfb3/n8BH/kR/bDt+gT3B/0E8/ce+QH/BQwOAv8Z+gH/GPHmBvz3+hcVBwj2Bf7uGPgCAOwKBPT2DPz7DesB/Q38GPv8IPcCC/r2+vwBBf4DCewKCgH7EAD5+QD6Afr59AT0AAUi8PTt+wP56hL/+vAD+Rv+6v7vOQsHAQv8BfTx+MwTAAXrAhQK8vnxCPwB+P7++//89voP8gf5C/kD+/oQ/fP17gL7+fH58vkLAPD6Cvcc+wQB+AYCBwUP9QIG+SwF3/3x+wABCAkMAAf8+fz8//EM+wH/DvIA/vYA8vwB/P34CPUNAAkB+vYDBPn7AQv//wQNBAXu9wYBAwb/BP38D/vt8QET+//1APj+CfoF/wH4APvxA//0BwsB6fwLCAH48Pn3/wb9/vYQEPz88vwJBv/7+wj4DPEGARLnBPf+/yUHCuIGCAH6Dd39+/gKAv39AP75/QwG+wTT9fDp+wAF/AgaDfoGBfkOCPn/5gYHAAoEBQYE/wX35hL2BAQZB/r5+iH//g/++PX7AgX88w/88xUQ/PcK+Qf3Awb8AvUB+vPy/vb6/vkD//sEBgj3+/kF+QEIA/wAFQsBIAcUAQYi+BIRBvEE+PXxCP/89Aj75/gJ+ff3/foCBPUp9hERCRUI/AL+9Pv5Hgb49OcC/RkD/vj79/Lo1wLqBPYT/v8H//0j+xUb+PwD+/4F9gYC//0L1Pvw9fv99vP/+AT9FwIBDdvy/AMJ/vb3Ev0L+/4MBgEGBvoKAwQL+PoJA/4GDu7//u4CAAj29xb/AeAV+Qwn/QMQAxcVEgD/AwAB+gEACfX1Fvf8Awz+BPoI+u768fgP/f8N/wT9/wr3Bh76Agj1+wAADQjjz/76/fz9DPoHA//r8vwvCf7t+foCGPsE9vT9DPD/ChE1AQEeAAH/Gv716RP6Bv737Q8i/QLzERD7+vz5+fUIAQD9+OfmAfcNFgcA/AIP//r7IQz8Bx71+vH27/gQAfcDC/4D9/n/Cfb7+gT5Av7zGxH++hL//vP2COP/DQQQBvj1Av8BBiX7AQf2+gEwEPgKEv8JA/wB+zTlBgX+//MH/gL6/vkR/ewEAQIBBCAE+wgABAH9/A0SCAcIBQQA7QI7ERYAOfoKCP8H/vT3ARMCFfwH9v8H9v7h+Pj5Av0UBTrt+hsS+frk7Rz9DPvnAwjz2BAaDAr+A98D+/X6/f/o6PcN7/j8FfAKFgb/9Bj4A+oC+P4RDgX9+/0IAvz5/fv1AQMOAP37EQn/APT5AvUC9OgOBPr+Bw8O+PsE/f389QUPAQsE/P4CEf0LBArwAPsGAur7AP38B/0S/PsAFxUE+vn88f4BDgX++wcUAPT4/wzy9/IAAwLy/wD3DvX+9QADAQAB+wEBAAUE/PwBDfsW+ff/9PH8/wbs8wsGCQ7/+vH58AELH/72EhQQChQI/An6+gT/CPj5/AD6AfX9/gD69gr18gECAvYA/OcM/BEiEAYH8/rhAQUC/PoTBgQH//b7/db8/Af/EQwAEPz8+PkF8/387v0H/Q0F5/QC+/b8AvkECAYQACXv//wDBwAF/hAJ+gn/7An5ChwA/gf//fEQAAH3+gD6DQUT/v74/wD0+Rj5/x/7CxQGBRP8+Af+///59gT+AP0ABgP++ecE//kP/dEFAvEE4woA+Av+/QkCAdD0Cf/4/wIBCQrI/v0K8/r+ADf8BgQE+wAB/g8IAPf5/f79FVP97vr07vT3BRD6Fv77/QP3/ifw+vsF/f0D+fv+BwsF/wX2+wbvBQD//AIG/f8CAgX/BAf3/QTy/vgAAA3zCxgQCRgC/fgEB/j7AAACBPn9/gMDBf77D9oGBhkC+fnf+Q///voD5fQF/QEL2u7v+wf88wgMBwLy/uP9Av/9APoK+/L5+fIJBP35AAUCAAAGA/3/5QYNEv0DCfoN/f71Kvr88jr9DxTj+wH5/QT/K93wEe34B/H//v8V8wYJ9wIN9/8IBf39AAryCvb8BQL0+P38+Pb99/AMSwIGEf0D9AHxnvsO9hEKBvghAfTtAP/8GFX/CRUd+/r0/AL97v0C/f3q9gj0CP359wb9/vsDBf79B/b99fvqGvgN+PsE/wcE/QPxAAH5//cE/g0M/Pb//vADEAsH9fr//wgJ9fr4/vX7CBIX9/P3AfT5DPoB//sA8QL2+/YE/AP6GQb+HgEK+QH3+/wGAeoP+vr+/AsI/erx9/MK+gH7BgAJ+/0N/QH6EwAD8gf4/PwFEQEHAAETCAL5/vwB8/YACvr8Ae34/v8WBQX/Aw0FAvcA9wj+EAYLAwX7AgL49gMHCv3y8QL94/oA+fn4/wHrEQYKBwIG/PITIPwJ9gUIBgIP8gIkAPoD+vL6BQUBEP3oBPkA9fn37vUE+Bz+B/oDDP4EAPY34wTsAvfHFAH9Bf70DAD+BxIbF/z7BtkDCPoPAvz8DAL79Qb/Bgv+CgH2AvoOBPQQ+/EMC/b9ABYCBvku/wEFBvoM9gb7AP8P8f/49g8N/w7f/vn7E/3++/sEE/wr/gYSCf4D6ff7C/r+A/39HwH7/fP/DOr39wEXAvoCBPsA7QH3BQH/AukC+gQPBgzy6PoT/Pv/+A729P/7KxcNBAQiB/oA/wET/gf6BPn+/gbz7P0HDQPx/ffg/QkHAPP5+fgH9fr/9QsF+wEtBPwCGAcI7QL5/fvfAfcBA/f7FAfz+/3z9/76+gvpBwsI+fz5DQP4GQD5AAIECD0B+Pj69/kB+wYE9vf6AvgG/vT1/gAK+P8C8Ozx+QL//QD7CwX7+v32+AEC8P4SBPULBgAAA/X0++P8+wQmAPPu/v0H7RsD9AEQBP4FGfwJBxYPG/sQBBgCDQL///0BBf0P/wj0Afr8/esCHPQF+OYGBvUGBOL3AgP/AAAzKQMU+gnr+gL19/3/BAMBA+X/DfkYBP7HEBIM9P37+gAbCv8J+wfyBAICG/gKDQICBxb8AP8A//7+Jffy/vMAGAIG+QMGAPkC8gU+AyX2/P0B+AUHCBAJ+gMB9/UDBPsDCPz3APvoFfgC//4J8OX8AQwC+PAVE/wNB/UQ5gMQ/f8F/gflAvj9Iwr78/cA+wjzAAUAAPH7AgYHCgAW/froC/IEAv0B9Avy8AsBDfwFB/z3APX+CvX89gcD9Q0G9wgFAg4L/A4TEPv57f76AgcC6AT45f34CAL8/AoCHfz2AP/2+Af3/gUDBAYGCSQA7w0DDxLV3gcZEt339gwC7gL8+vEQBvsIAPv0/v/f+QYACQEIAxT1Bf3oJAL28/0BAQbY+wcQAQD9//31+Qf3/OPu+/j9BwYLIwj5BAH4/wIH/hn//f77+xQl4wUf//8BAA7//PIGAgD6/BADAwAm9wf7AQD8Cf4DAfL5Bhf+/vz15AALG/gB9xhSBAESBQf3DAHz//L1JfT93/sj/QAQ9QQBEwAN/vrv+vf9BfwKBAEBBAL9BPz/8fj6AP4E9xMSCQb4+gP99vgCCQD++/7/9ATvAQf++Pz8CfcJC/cH9wUEAgX6ClAF/P7+9v7y/PwHAAvmDfr7/QEN9P0HAwEFCwn0BAD6AhEK9AUPAfUIAwHfB+r+BfEJ4QDd+AYHCf0B/wABGQUQIfsA/fb7+v/9/gH07vf49x//D/cMC/j99yb1+vr+8fwBFfUM+PL6BgfVCRISCv8C+wzyAQD8FwX99Pr2/+vx9Qf8BwT8Efz57/MY9/oC+/rwBAQBzgQD/vMA+xvyAgL9/vf6BQP7EPsOAQEGAP775xMK+wMGDO0UEvsABwAB9/0A9vf6D/gC+QAMBPr99hMADfQA+AkIAQgGZwH6BgQACQMABQL4AgT+/fgD+gQOCvn+AwLwDfr2BQsC4vn69gAH8RP9IusN/Av99vXyE/z//AH/7/H4A/r3ABP4GvsPHgEJ8voJE/0DH/z//BHrFPkM+Qzx/Qv0AA/1CPgT+foEDBUA/O/7/v8JAPr8/wr8/w0e+u74DQgQ/vkECvn+CP8EAvv+9AgIDxPw/hT8AgMBB/8MBQEB+/z9CALzGPUlAfb4+P0T+AUF+AoEATAK/fn5CPwL/Ov8Cxn28/cAA/v5/Pb67AspAvvw4vgL+Cz4BAUJBP72VP8W+Pz9B/wEJ/f8/OcS3vjvBPT99P8B9gP7+wII/RQE9gvFE/r79AXi+v8dBgcC+An0BCH+9PHs//j5/gPx//f49A3gBf//C/338/j0AP/3CPr5+O8F/vr9AAX9CPT/ABj5CQH8CAvsAPoF/v/89QbyFvDvBfsSA/0DDwYKDf34GBj4B/XxCPUbCvz9+QT9BuwJBBEDAP3y+wL9ABnN/g4DAvv9Bv4C7fYlBBUC8f8LA/oYAAX6+wD+8hzyBxwCCv4TBAsADQECFgr/3g7jAAIU7Qv7+Qb9BfoR/dX3/voJBQAA/f4aBgT0Cxr59vv6/QQF+v7/5wD7EAT0//r/+P8ICAYGBAP5AQ4B+wAMAB/+9/3++/wC8Q33/vsJCv79/QgGBwEG+voB5Pr8BPz87/YDLfr48gwKAfch+wEH+QD+2xAE7u3+BvcBBP1LCfcMAtn8//oGBff3CgT8A/76Bvr9+wHzARf58gT8/Cf5/v39+PYDBwb67Pv18wwBQPz0/gAOCwn89gL1/x7+Ju4DAv/+ADgC/wL7/v3w/w5A9/0H/vr6CvT0CP0F7QAEAij8AQL0++UE/gAVCf0oDAoKJxIOEvv59gX1Bf389wIFEPcL9AAN+PcEBfP+Awv+AQcB/fz1/P74APsI9gEFCP38DhL9CO4LBwb+/A4GCPIGwgECARfq+cf7BvrvAAQA/gMQDRjRHhD67wD2//D+Bfn/CA0GBvEN9voA+/v9Bv39Aw4W/gbt/PIDAhT/BggEDPweAv0DAP/yAgMG/fwAFwIP+w/09QsC9vwEAw8LBvf8+Q0C++sC+AD4/wEDAPX0/gr4//T//wz19Bz5DgncCP39Avj+Cw0XDQIDCPn8+woBBQ3z+/3/+wPz9PzU+RsFEAAZDgfy8wf7/PoI/cv+Ft30+vf/+PkD9vn++uwQ5/wHKf8D/AMKAAIZJ/7m/wb/+QH3+QX99x4K+AP/5w37EyLx/3EDFQH4+gUH1w8s9v4g/QTzAP/0BAwDAPX3//UDAPf8DQIBBfsD5gQQ7ub8/gz8+/b5/v74EhAH/gj8Avz9//T6/xDzSfwHB/nx7QMN/P75AwMAAhUc7wDlAw==';
const SCALE = 0.0521505;
const BIAS = -3.2746;
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
