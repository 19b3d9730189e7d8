// Geometry of the trend chart (Flesch-Douma and Brouwer per version), shared by the HTML (SVG)
// and the PDF so both draw the same lines. Scores run from 0 (very hard) to 100 (very easy).

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
}

export interface TrendGeometry {
  width: number;
  height: number;
  /** Left edge of the plot area; the scale labels sit left of it. */
  left: number;
  top: number;
  bottom: number;
  right: number;
  fleschDouma: ChartPoint[];
  brouwer: ChartPoint[];
  /** Horizontal grid lines with their score. */
  grid: { y: number; value: number }[];
}

const clamp = (value: number) => Math.max(0, Math.min(100, value));

export function trendGeometry(points: readonly { fleschDouma: number; brouwer: number }[], width = 640, height = 220): TrendGeometry {
  const left = 36;
  const right = width - 12;
  const top = 12;
  const bottom = height - 24;
  const step = points.length > 1 ? (right - left) / (points.length - 1) : 0;
  const xOf = (index: number) => (points.length > 1 ? left + index * step : (left + right) / 2);
  const yOf = (value: number) => bottom - (clamp(value) / 100) * (bottom - top);
  return {
    width,
    height,
    left,
    top,
    bottom,
    right,
    fleschDouma: points.map((point, index) => ({ x: xOf(index), y: yOf(point.fleschDouma), value: point.fleschDouma })),
    brouwer: points.map((point, index) => ({ x: xOf(index), y: yOf(point.brouwer), value: point.brouwer })),
    grid: [0, 20, 40, 60, 80, 100].map((value) => ({ y: yOf(value), value })),
  };
}
