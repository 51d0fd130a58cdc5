import { useMemo, useState } from 'react';
import { messageWith } from '@/components/ui/message-with';
import type { MetricsSnapshot } from '@/utils/db/records';
import { formatNumber, type MessageKey, plural, t, uiLocale } from '@/utils/i18n';
import { weekdayNames } from '@/utils/i18n/weekdays';
import type { ResearchChartData } from '@/utils/research/charts';

const WEEKDAYS = weekdayNames('short');
const KIND_NAMES: Record<string, MessageKey> = {
  none: 'researchKindNone',
  image: 'researchKindImage',
  video: 'researchKindVideo',
  link: 'researchKindLink',
  mixed: 'researchKindMixed',
};

/** A post's media kind as the legend and the detail name it. */
export function mediaKindName(kind: string): string {
  const key = KIND_NAMES[kind];
  return key ? t(key) : kind;
}

const KIND_COLORS: Record<string, string> = {
  none: '#667085',
  image: '#2e90fa',
  video: '#f04438',
  link: '#12b76a',
  mixed: '#9e77ed',
};

/** When one author posts: weekday × hour, darker = more posts. */
export function CadenceHeatmap({ authors }: Pick<ResearchChartData, 'authors'>) {
  const [chosen, setChosen] = useState<string>();
  const shown = authors.find((a) => a.author === chosen) ?? authors[0];
  const author = shown?.author;
  const grid = shown?.cadence ?? Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  const max = Math.max(1, ...grid.flat());
  const cell = 18;
  const picker = (
    <select
      aria-label={t('researchCadenceAuthor')}
      value={author ?? ''}
      onChange={(e) => setChosen(e.target.value)}
    >
      {authors.map((a) => (
        <option key={a.author} value={a.author}>
          {t('researchAuthorPosts', a.author, formatNumber(a.posts))}
        </option>
      ))}
    </select>
  );
  return (
    <figure className="chart">
      <figcaption>{messageWith('researchCadence', picker)}</figcaption>
      <svg
        role="img"
        aria-label={t('researchCadenceLabel', author ?? t('researchNobody'))}
        viewBox={`0 0 ${40 + 24 * cell} ${20 + 7 * cell}`}
        width={40 + 24 * cell}
      >
        {[0, 6, 12, 18].map((hour) => (
          <text key={hour} x={40 + hour * cell} y={12} className="axis">
            {t('researchHour', hour)}
          </text>
        ))}
        {grid.map((row, day) => (
          <g key={WEEKDAYS[day]}>
            <text x={0} y={20 + day * cell + 13} className="axis">
              {WEEKDAYS[day]}
            </text>
            {row.map((count, hour) => (
              <rect
                // biome-ignore lint/suspicious/noArrayIndexKey: hours are positional
                key={hour}
                x={40 + hour * cell}
                y={20 + day * cell}
                width={cell - 2}
                height={cell - 2}
                rx={3}
                fill={count ? `rgb(46 144 250 / ${0.15 + (0.85 * count) / max})` : '#f2f4f7'}
              >
                <title>{`${WEEKDAYS[day]} ${hour}:00 – ${plural('researchCellPosts', count)}`}</title>
              </rect>
            ))}
          </g>
        ))}
      </svg>
    </figure>
  );
}

/** Does length pay? Each dot is a post, coloured by its media. */
export function EngagementScatter({ points }: Pick<ResearchChartData, 'points'>) {
  const width = 440;
  const height = 220;
  const maxLength = Math.max(1, ...points.map((p) => p.length));
  const maxEngagement = Math.max(1, ...points.map((p) => p.engagement));
  // Square-root scale: a few viral posts would flatten everything else on a linear one.
  const y = (value: number) => height - 20 - (Math.sqrt(value) / Math.sqrt(maxEngagement)) * (height - 30);
  const x = (value: number) => 40 + (value / maxLength) * (width - 50);
  return (
    <figure className="chart">
      <figcaption>{t('researchScatterCaption', formatNumber(points.length))}</figcaption>
      <svg role="img" aria-label={t('researchScatterLabel')} viewBox={`0 0 ${width} ${height}`} width={width}>
        <line x1={40} y1={height - 20} x2={width - 10} y2={height - 20} className="grid" />
        <line x1={40} y1={10} x2={40} y2={height - 20} className="grid" />
        <text x={40} y={height - 4} className="axis">
          0
        </text>
        <text x={width - 10} y={height - 4} className="axis" textAnchor="end">
          {t('researchCharacters', formatNumber(maxLength))}
        </text>
        <text x={36} y={16} className="axis" textAnchor="end">
          {formatNumber(maxEngagement)}
        </text>
        {points.map((point) => (
          <circle
            key={point.id}
            cx={x(point.length)}
            cy={y(point.engagement)}
            r={3.5}
            fill={KIND_COLORS[point.kind]}
            fillOpacity={0.7}
          >
            <title>
              {t(
                'researchPoint',
                formatNumber(point.length),
                formatNumber(point.engagement),
                mediaKindName(point.kind),
              )}
            </title>
          </circle>
        ))}
      </svg>
      <div className="legend">
        {Object.entries(KIND_COLORS).map(([kind, color]) => (
          <span key={kind}>
            <i style={{ background: color }} /> {mediaKindName(kind)}
          </span>
        ))}
      </div>
    </figure>
  );
}

function Bars({ label, rows }: { label: string; rows: { name: string; value: number; note?: string }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const rowHeight = 20;
  return (
    <figure className="chart">
      <figcaption>{label}</figcaption>
      {rows.length === 0 ? (
        <p className="muted">{t('researchNothingYet')}</p>
      ) : (
        <svg role="img" aria-label={label} viewBox={`0 0 440 ${rows.length * rowHeight}`} width={440}>
          {rows.map((row, i) => (
            <g key={row.name} transform={`translate(0 ${i * rowHeight})`}>
              <text x={130} y={14} textAnchor="end" className="axis">
                {row.name.length > 20 ? `${row.name.slice(0, 19)}…` : row.name}
              </text>
              <rect
                x={136}
                y={3}
                height={14}
                rx={3}
                width={Math.max(2, (row.value / max) * 250)}
                fill="#2e90fa"
              />
              <text x={140 + (row.value / max) * 250} y={14} className="axis">
                {formatNumber(row.value)}
                {row.note ? ` ${row.note}` : ''}
              </text>
            </g>
          ))}
        </svg>
      )}
    </figure>
  );
}

export function FormatBars({ formats }: Pick<ResearchChartData, 'formats'>) {
  const rows = useMemo(
    () =>
      formats.map((r) => ({
        name: mediaKindName(r.kind),
        value: r.median,
        note: t('researchFormatPosts', formatNumber(r.posts)),
      })),
    [formats],
  );
  return <Bars label={t('researchFormatBars')} rows={rows} />;
}

export function HashtagBars({ hashtags }: Pick<ResearchChartData, 'hashtags'>) {
  const rows = useMemo(() => hashtags.map((r) => ({ name: r.tag, value: r.posts })), [hashtags]);
  return <Bars label={t('researchHashtagBars')} rows={rows} />;
}

const SERIES: { key: keyof Omit<MetricsSnapshot, 'readAt'>; name: MessageKey; color: string }[] = [
  { key: 'likes', name: 'researchSeriesLikes', color: '#f04438' },
  { key: 'reposts', name: 'researchSeriesReposts', color: '#12b76a' },
  { key: 'replies', name: 'researchSeriesReplies', color: '#2e90fa' },
  { key: 'views', name: 'researchSeriesViews', color: '#9e77ed' },
];
const readingTime = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });

/** How one post's numbers moved between the times it was saved. */
export function MetricsHistory({ metrics }: { metrics: readonly MetricsSnapshot[] }) {
  const width = 320;
  const height = 140;
  const times = metrics.map((m) => m.readAt);
  const start = Math.min(...times);
  const span = Math.max(1, Math.max(...times) - start);
  const shown = SERIES.filter((s) => metrics.some((m) => m[s.key] !== undefined));
  const max = Math.max(1, ...metrics.flatMap((m) => shown.map((s) => m[s.key] ?? 0)));
  const x = (t: number) => (metrics.length === 1 ? width / 2 : 30 + ((t - start) / span) * (width - 40));
  const y = (v: number) => height - 20 - (v / max) * (height - 30);
  return (
    <figure className="chart">
      <figcaption>{plural('researchHistoryCaption', metrics.length)}</figcaption>
      <svg role="img" aria-label={t('researchHistory')} viewBox={`0 0 ${width} ${height}`} width={width}>
        <line x1={30} y1={height - 20} x2={width - 10} y2={height - 20} className="grid" />
        <text x={26} y={16} className="axis" textAnchor="end">
          {formatNumber(max)}
        </text>
        {shown.map((series) => {
          const points = metrics.filter((m) => m[series.key] !== undefined);
          return (
            <g key={series.key}>
              <polyline
                fill="none"
                stroke={series.color}
                strokeWidth={2}
                points={points.map((m) => `${x(m.readAt)},${y(m[series.key] ?? 0)}`).join(' ')}
              />
              {points.map((m) => (
                <circle key={m.readAt} cx={x(m.readAt)} cy={y(m[series.key] ?? 0)} r={3} fill={series.color}>
                  <title>
                    {t(
                      'researchHistoryPoint',
                      t(series.name),
                      formatNumber(m[series.key] ?? 0),
                      readingTime.format(m.readAt),
                    )}
                  </title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      <div className="legend">
        {shown.map((s) => (
          <span key={s.key}>
            <i style={{ background: s.color }} /> {t(s.name)}
          </span>
        ))}
      </div>
    </figure>
  );
}
