import { formatYuan } from '../../../lib/money.ts';
import type { ChartOption } from '../../components/Chart.tsx';
import { yuanAxisLabel } from './format.ts';

const money = (value: unknown) => formatYuan(Math.round(Number(value) || 0));

/** Several money series over days (MM-DD on the axis). */
export function lineOption(
  days: readonly string[],
  series: readonly { name: string; data: number[] }[],
): ChartOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: money },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: days.map((d) => d.slice(5)), boundaryGap: false },
    // Ticks a whole yuan apart at least: an empty chart would otherwise label ¥0.01 steps.
    yAxis: { type: 'value', minInterval: 100, axisLabel: { formatter: yuanAxisLabel } },
    series: series.map((s) => ({
      name: s.name,
      type: 'line',
      showSymbol: false,
      data: s.data,
    })),
  };
}

/** Horizontal money bars, largest on top; long names are cut so the bars keep their room on a phone. */
export function barOption(
  labels: readonly string[],
  series: readonly { name: string; data: number[] }[],
): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: money },
    legend: series.length > 1 ? { top: 0 } : undefined,
    grid: { left: 8, right: 24, top: series.length > 1 ? 36 : 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 100, axisLabel: { formatter: yuanAxisLabel, hideOverlap: true } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: [...labels],
      axisLabel: { width: 96, overflow: 'truncate' },
    },
    series: series.map((s) => ({ name: s.name, type: 'bar', barMaxWidth: 28, data: s.data })),
  };
}
