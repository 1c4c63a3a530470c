/**
 * DORA's software delivery performance clusters of 2024 (Accelerate State of DevOps Report
 * 2024, as tabled by Octopus Deploy, "The 2024 DevOps performance clusters"), written on the
 * Quick Check's answer steps (1 = slowest … 6 = fastest) so a team's answers can be placed.
 */

export const DORA_CLUSTERS = ['elite', 'high', 'medium', 'low'] as const;
export type DoraCluster = (typeof DORA_CLUSTERS)[number];

export const DORA_CLUSTER_NAMES: Record<DoraCluster, string> = {
  elite: 'Elite',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** The answer steps a cluster's typical value spans, e.g. "less than a day" is steps 5–6. */
export interface StepBand {
  from: number;
  to: number;
}

export interface ClusterProfile {
  leadTime: StepBand;
  deploymentFrequency: StepBand;
  recoveryTime: StepBand;
  /** Typical change fail rate in %. */
  changeFailRate: number;
}

export const DORA_CLUSTERS_YEAR = 2024;

export const DORA_CLUSTERS_2024: Record<DoraCluster, ClusterProfile> = {
  // Lead time < 1 day, on demand, 5 %, recovery < 1 hour.
  elite: {
    leadTime: { from: 5, to: 6 },
    deploymentFrequency: { from: 6, to: 6 },
    recoveryTime: { from: 6, to: 6 },
    changeFailRate: 5,
  },
  // 1 day – 1 week, daily – weekly, 20 %, < 1 day.
  high: {
    leadTime: { from: 4, to: 4 },
    deploymentFrequency: { from: 4, to: 4 },
    recoveryTime: { from: 5, to: 5 },
    changeFailRate: 20,
  },
  // 1 week – 1 month, weekly – monthly, 10 %, < 1 day.
  medium: {
    leadTime: { from: 3, to: 3 },
    deploymentFrequency: { from: 3, to: 3 },
    recoveryTime: { from: 5, to: 5 },
    changeFailRate: 10,
  },
  // 1 – 6 months, monthly – biannually, 40 %, 1 week – 1 month.
  low: {
    leadTime: { from: 2, to: 2 },
    deploymentFrequency: { from: 2, to: 2 },
    recoveryTime: { from: 3, to: 3 },
    changeFailRate: 40,
  },
};

/** Shown wherever the clusters are: DORA's own warning against ranking teams by them. */
export const DORA_CAUTION =
  'DORA’s performance clusters are a conversation starter, not a ranking: use them to see where to improve and to compare this team with its own past, never to rank teams against each other.';
