/**
 * Which tick labels of the lane picture are shown, so that none runs into the
 * next. The axis spaces its ticks by a share of its width, but a label is a
 * number of characters wide: at the narrowest picture "Jan 2021" is wider than
 * that share. A label that does not fit is left out (its tick line stays), and
 * the picture is laid out for the two widths it is shown at.
 */
import { PICTURE_WIDTHS } from '../timeline/layout.ts';

/** A generous width of one character of the axis labels (12 px UI font), its offset and a gap, px. */
const CHAR_PX = 7;
const OFFSET_PX = 3;
const GAP_PX = 6;
const END_PX = 12;

export interface TickLabelInput {
  /** Percent of the picture's width. */
  at: number;
  label: string;
  /** The label names its year; a label without one reads on from the year label before it. */
  major: boolean;
}

/**
 * Whether each label is shown in a picture `width` px wide. Year labels are placed first, left
 * to right; then each other label, if it fits and the year label it reads on from is shown.
 */
export function labelsShown(ticks: readonly TickLabelInput[], width: number): boolean[] {
  const extent = (t: TickLabelInput) => ((t.label.length * CHAR_PX + OFFSET_PX + GAP_PX) / width) * 100;
  const shown = ticks.map(() => false);
  // The picture has `END_PX` of room right of its last instant (styles/timeline.css): no label runs out of it.
  const inPicture = (t: TickLabelInput) =>
    t.at + ((t.label.length * CHAR_PX + OFFSET_PX) / width) * 100 <= 100 + (END_PX / width) * 100;
  const fits = (i: number) =>
    inPicture(ticks[i]!) &&
    shown.every(
      (on, j) =>
        !on || ticks[i]!.at + extent(ticks[i]!) <= ticks[j]!.at || ticks[j]!.at + extent(ticks[j]!) <= ticks[i]!.at,
    );
  ticks.forEach((t, i) => {
    if (t.major && fits(i)) shown[i] = true;
  });
  let yearShown = false;
  ticks.forEach((t, i) => {
    if (t.major) yearShown = shown[i]!;
    else if (yearShown && fits(i)) shown[i] = true;
  });
  return shown;
}

/** Where a label is shown: at both widths, only below or only from 64rem, or not at all. */
export type LabelShown = 'both' | 'narrow' | 'wide' | 'none';

export function placeTickLabels(ticks: readonly TickLabelInput[]): LabelShown[] {
  const narrow = labelsShown(ticks, PICTURE_WIDTHS.narrow);
  const wide = labelsShown(ticks, PICTURE_WIDTHS.wide);
  return ticks.map((_, i) => (narrow[i] ? (wide[i] ? 'both' : 'narrow') : wide[i] ? 'wide' : 'none'));
}
