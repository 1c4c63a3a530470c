import {
  DORA_CLUSTER_NAMES,
  DORA_CLUSTERS,
  DORA_CLUSTERS_2024,
  doraScore,
  type DoraCluster,
  type DoraItem,
} from '../../../shared/assessment';

/** Where DORA's 2024 clusters sit on a metric's 0–10 Quick Check score. */
export interface ClusterMark {
  clusters: DoraCluster[];
  /** Score range of the band (equal ends for a single step or a typical rate). */
  from: number;
  to: number;
  /** "E", "M H": initials, since bands of two clusters may coincide. */
  label: string;
  /** "Elite", "Medium and High". */
  names: string;
}

/**
 * The clusters' bands on a metric's score scale, clusters at the same place merged (recovery
 * "less than one day" is both High and Medium). None for rework rate, which the 2024 clusters
 * do not describe.
 */
export function doraClusterMarks(item: DoraItem): ClusterMark[] {
  if (item.metric === 'reworkRate') return [];
  const marks: ClusterMark[] = [];
  for (const cluster of [...DORA_CLUSTERS].reverse()) {
    const profile = DORA_CLUSTERS_2024[cluster];
    let from: number;
    let to: number;
    if (item.metric === 'changeFailRate') {
      from = to = doraScore(item.scale, profile.changeFailRate);
    } else {
      const band = profile[item.metric];
      from = doraScore(item.scale, band.from);
      to = doraScore(item.scale, band.to);
    }
    const same = marks.find((mark) => mark.from === from && mark.to === to);
    if (same) same.clusters.push(cluster);
    else marks.push({ clusters: [cluster], from, to, label: '', names: '' });
  }
  for (const mark of marks) {
    mark.label = mark.clusters.map((cluster) => DORA_CLUSTER_NAMES[cluster][0]).join(' ');
    mark.names = mark.clusters.map((cluster) => DORA_CLUSTER_NAMES[cluster]).join(' and ');
  }
  return marks;
}
