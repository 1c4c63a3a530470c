import type { DoraStepScale, FitQuestion, MaturityItem, Questionnaire } from './Questionnaire';

/*
 * Version 1 of the questionnaire. Released versions never change: a new wording, item or
 * weight is a new version, so answers given under this one keep their meaning.
 *
 * Fit weights: every option adds 4 points in all, split over the three types (3 + 1 + 0, or
 * 1 + 2 + 1 where an answer fits the middle), so each question counts equally and an unanswered
 * question favours no type. Sources: white paper §8 (types) and §6 (organisation).
 */
const fitQuestions: FitQuestion[] = [
  {
    kind: 'fit',
    id: 'fit.businessModel',
    title: 'Business model',
    text: 'What does the organisation these IT services serve do?',
    options: [
      {
        value: 'itServiceProvider',
        label: 'It is an IT service provider: IT services are what it delivers to its customers',
        weights: { toyotaWay: 3, collaboration: 1, continuousDelivery: 0 },
      },
      {
        value: 'enterprise',
        label:
          'It is an enterprise running its business on its own systems: systems of engagement (SoE) and systems of record (SoR)',
        weights: { toyotaWay: 1, collaboration: 3, continuousDelivery: 0 },
      },
      {
        value: 'digitalProduct',
        label: 'It is a digital product vendor: the software it sells is the product',
        weights: { toyotaWay: 0, collaboration: 1, continuousDelivery: 3 },
      },
    ],
  },
  {
    kind: 'fit',
    id: 'fit.strategicIt',
    title: 'How strategic IT is',
    text: 'How strategic is IT to the business?',
    options: [
      {
        value: 'strategicAdvantage',
        label: 'IT services give the business its strategic advantage',
        weights: { toyotaWay: 3, collaboration: 1, continuousDelivery: 0 },
      },
      {
        value: 'supporting',
        label: 'IT services support the business: they must change quickly and run reliably',
        weights: { toyotaWay: 1, collaboration: 3, continuousDelivery: 0 },
      },
      {
        value: 'product',
        label: 'IT is mainly the product we build and release',
        weights: { toyotaWay: 0, collaboration: 1, continuousDelivery: 3 },
      },
    ],
  },
  {
    kind: 'fit',
    id: 'fit.services',
    title: 'Number of services',
    text: 'How many IT services or products does this DevOps effort cover?',
    options: [
      {
        value: 'one',
        label: 'One',
        weights: { toyotaWay: 0, collaboration: 1, continuousDelivery: 3 },
        services: { min: 1, max: 1 },
      },
      {
        value: 'few',
        label: 'Two to five',
        weights: { toyotaWay: 1, collaboration: 2, continuousDelivery: 1 },
        services: { min: 2, max: 5 },
      },
      {
        value: 'many',
        label: 'More than five',
        weights: { toyotaWay: 3, collaboration: 1, continuousDelivery: 0 },
        services: { min: 6 },
      },
    ],
  },
  {
    kind: 'fit',
    id: 'fit.size',
    title: 'Size',
    text: 'How many people work on these services, from business, development and operations?',
    options: [
      {
        value: 'oneTeam',
        label: 'Up to 10: one team',
        weights: { toyotaWay: 0, collaboration: 1, continuousDelivery: 3 },
        headcount: { min: 1, max: 10 },
      },
      {
        value: 'fewTeams',
        label: '11 to 50: a few teams',
        weights: { toyotaWay: 1, collaboration: 2, continuousDelivery: 1 },
        headcount: { min: 11, max: 50 },
      },
      {
        value: 'manyTeams',
        label: 'More than 50: many teams',
        weights: { toyotaWay: 3, collaboration: 1, continuousDelivery: 0 },
        headcount: { min: 51 },
      },
    ],
  },
  {
    kind: 'fit',
    id: 'fit.serviceLead',
    title: 'Who leads the service',
    text: 'Who leads the IT service?',
    options: [
      {
        value: 'businessOwner',
        label: 'The business owner, or a Service Master who takes part in business planning',
        weights: { toyotaWay: 3, collaboration: 1, continuousDelivery: 0 },
      },
      {
        value: 'serviceMaster',
        label: 'A Service Master who owns backlog priority and the running cost of the service',
        weights: { toyotaWay: 1, collaboration: 3, continuousDelivery: 0 },
      },
      {
        value: 'productOwner',
        label: 'A Product Owner who owns the product backlog',
        weights: { toyotaWay: 0, collaboration: 1, continuousDelivery: 3 },
      },
    ],
  },
  {
    kind: 'fit',
    id: 'fit.speedOrContinuity',
    title: 'Speed or continuity',
    text: 'What do these services need most?',
    options: [
      {
        value: 'continuity',
        label: 'Business continuity first: the business stops when the service stops',
        weights: { toyotaWay: 3, collaboration: 1, continuousDelivery: 0 },
      },
      {
        value: 'both',
        label:
          'Both: fast change on systems of engagement, unbroken continuity on systems of record',
        weights: { toyotaWay: 1, collaboration: 3, continuousDelivery: 0 },
      },
      {
        value: 'speed',
        label: 'Speed of release above all: an occasional failed release is acceptable',
        weights: { toyotaWay: 0, collaboration: 1, continuousDelivery: 3 },
      },
    ],
  },
  {
    kind: 'fit',
    id: 'fit.strategyLink',
    title: 'IT and business strategy',
    text: 'How closely does IT strategy follow business strategy?',
    options: [
      {
        value: 'tight',
        label: 'Tightly: IT and business strategy are made together',
        weights: { toyotaWay: 3, collaboration: 1, continuousDelivery: 0 },
      },
      {
        value: 'aligned',
        label: 'Aligned: IT plans follow business plans, reviewed each quarter or year',
        weights: { toyotaWay: 1, collaboration: 3, continuousDelivery: 0 },
      },
      {
        value: 'productLed',
        label: 'Loosely: the product roadmap decides what IT does',
        weights: { toyotaWay: 0, collaboration: 1, continuousDelivery: 3 },
      },
    ],
  },
];

/* Maturity items: the practices the white paper names for each pillar (§4) and process (§7). */
const maturityItems: MaturityItem[] = [
  {
    kind: 'maturity',
    id: 'da.stableVelocity',
    pillar: 'disciplinedAgile',
    title: 'Stabilised velocity',
    text: 'Our velocity is stable from one iteration to the next.',
    low: 'Output swings widely; nobody can say what the next iteration will deliver.',
    high: 'Velocity has been stable for months, and release plans built on it hold.',
    nextStep:
      'Show velocity per iteration on the board and remove the largest cause of its swings (unplanned work, a changing team).',
  },
  {
    kind: 'maturity',
    id: 'da.smallTasks',
    pillar: 'disciplinedAgile',
    title: 'Small tasks',
    text: 'Work is split into small tasks.',
    low: 'Tasks take a week or more; work items are large and vague.',
    high: 'Every task is done within a day; stories are split until they are.',
    nextStep: 'Split the stories of the next iteration into tasks of a day or less.',
  },
  {
    kind: 'maturity',
    id: 'da.adaptToChange',
    pillar: 'disciplinedAgile',
    title: 'Adaptability to change',
    text: 'We take up changed business priorities quickly.',
    low: 'A new priority waits for the next project or release plan.',
    high: 'A reordered backlog is picked up at the next iteration, without disruption.',
    nextStep: 'Let the Service Master reorder the backlog before every iteration planning.',
  },
  {
    kind: 'maturity',
    id: 'da.qualityCode',
    pillar: 'disciplinedAgile',
    title: 'High-quality, bug-free releases',
    text: 'We always release high-quality, bug-free code.',
    low: 'Most releases bring defects that users notice; known bugs pile up.',
    high: 'Defects after release are rare; a bug is fixed before new work starts.',
    nextStep:
      'Introduce test-driven development and a 10-minute build on the service with the most defects found after release.',
  },
  {
    kind: 'maturity',
    id: 'cd.singlePipeline',
    pillar: 'continuousDelivery',
    title: 'One single deployment pipeline',
    text: 'Every change reaches production through one single deployment pipeline.',
    low: 'Each team or system deploys its own way, partly by hand.',
    high: 'One automated pipeline per IT service carries every change, fixes and configuration included.',
    nextStep:
      'Draw today’s deployment paths as a value stream map and merge them into one pipeline, starting with the busiest.',
  },
  {
    kind: 'maturity',
    id: 'cd.automatedRelease',
    pillar: 'continuousDelivery',
    title: 'Automated build, deploy and release',
    text: 'Build, deployment and release are automated.',
    low: 'Builds and deployments follow manual runbooks.',
    high: 'A commit is built, deployed and ready to release without a manual step.',
    nextStep: 'Automate the manual deployment step with the longest wait in the value stream.',
  },
  {
    kind: 'maturity',
    id: 'cd.acceptanceTests',
    pillar: 'continuousDelivery',
    title: 'Automated acceptance tests',
    text: 'Acceptance tests are automated and run in the pipeline.',
    low: 'Acceptance is tested by hand before a release, if at all.',
    high: 'Automated acceptance tests, written from the test stories, check every change.',
    nextStep: 'Write the test stories of the next sprint as automated acceptance tests.',
  },
  {
    kind: 'maturity',
    id: 'cd.performanceTests',
    pillar: 'continuousDelivery',
    title: 'Automated performance tests',
    text: 'Performance tests are automated and run in the pipeline.',
    low: 'Performance problems are first seen in production.',
    high: 'Every release candidate is load-tested automatically against agreed limits.',
    nextStep: 'Add one automated performance test for the most business-critical transaction.',
  },
  {
    kind: 'maturity',
    id: 'itsm.rpoRto',
    pillar: 'serviceManagement',
    title: 'RPO and RTO known',
    text: 'The recovery point objective (RPO) and recovery time objective (RTO) of each service are known and rehearsed.',
    low: 'Nobody can say how much data may be lost or how long an outage may last.',
    high: 'Every service has an agreed RPO and RTO, and recovery is rehearsed against them.',
    nextStep:
      'Agree RPO and RTO for the most critical service with its business owner, then rehearse a restore.',
  },
  {
    kind: 'maturity',
    id: 'itsm.minimumInformation',
    pillar: 'serviceManagement',
    title: 'Minimum required information',
    text: 'Service management is light-weight: a minimum required information (MRI) set, focused on business continuity.',
    low: 'No service management at all, or heavyweight processes and forms that slow every change.',
    high: 'An MRI set agreed with the business covers continuity, and nothing more is asked.',
    nextStep:
      'List the information each change and incident record really needs for business continuity, and drop the rest.',
  },
  {
    kind: 'maturity',
    id: 'itsm.operationStories',
    pillar: 'serviceManagement',
    title: 'Operation stories',
    text: 'Operation stories set service priority and continuity conditions before development starts.',
    low: 'Operations first hears of a new service at go-live.',
    high: 'Every requirement comes with an operation story and agreed service levels before development.',
    nextStep: 'Write the operation story of the next feature together with the operation team.',
  },
  {
    kind: 'maturity',
    id: 'itsm.goNoGo',
    pillar: 'serviceManagement',
    title: 'Go / no-go criteria',
    text: 'Go / no-go for a deployment is decided against explicit criteria: security, compliance, operational readiness.',
    low: 'Releases wait for an approval board without clear criteria, or are not checked at all.',
    high: 'The gatekeeper decides within the flow, against written and mostly automated criteria.',
    nextStep: 'Write the go / no-go criteria down and automate the first of them in the pipeline.',
  },
  {
    kind: 'maturity',
    id: 'lean.visualControl',
    pillar: 'leanFoundation',
    title: 'Visual control',
    text: 'Everybody sees whether a problem occurred just by looking at the board, without explanation.',
    low: 'Status lives in tools and reports; someone has to explain it.',
    high: 'Anyone passing the board sees at once where a problem occurred.',
    nextStep: 'Redesign the team board so that it shows problems in red, not status.',
  },
  {
    kind: 'maturity',
    id: 'lean.stopTheLine',
    pillar: 'leanFoundation',
    title: 'Stop the line on a defect',
    text: 'The whole line stops when a defect occurs.',
    low: 'Defects are logged and work goes on; they are fixed later.',
    high: 'A defect stops the pipeline, and the team fixes it before anything else moves.',
    nextStep: 'Make a failed build or test stop the pipeline, and agree who swarms on it.',
  },
  {
    kind: 'maturity',
    id: 'lean.definitionOfDone',
    pillar: 'leanFoundation',
    title: 'JKK definition of done',
    text: 'Each step has an explicit definition of done that decides go / no-go to the next (JKK).',
    low: 'Poor work is accepted and passed on; "done" means something different to each person.',
    high: 'No step accepts, does or passes on poor work; every step has its definition of done.',
    nextStep: 'Write a definition of done for the step that sends the most rework back.',
  },
  {
    kind: 'maturity',
    id: 'lean.kaizen',
    pillar: 'leanFoundation',
    title: 'KAIZEN',
    text: 'KAIZEN is practised: PDCA every week, root causes found with five whys, problems backed by data.',
    low: 'Problems are discussed without data, and the same ones come back.',
    high: 'Every problem has data, a root cause and a countermeasure tracked with a weekly KPI.',
    nextStep:
      'Take the most frequent problem, ask why five times, and track one countermeasure with a weekly KPI.',
  },
  {
    kind: 'maturity',
    id: 'lean.kaizenInAdvance',
    pillar: 'leanFoundation',
    title: 'KAIZEN in Advance',
    text: 'Downstream teams propose fixes for problems caused upstream (KAIZEN in Advance).',
    low: 'Downstream teams work around problems from upstream, or complain about them.',
    high: 'Operations routinely proposes fixes to development, and development acts on them.',
    nextStep: 'Hold a KAIZEN in Advance session in which operations proposes fixes to development.',
  },
  {
    kind: 'maturity',
    id: 'lean.devOpsSync',
    pillar: 'leanFoundation',
    title: 'Weekly Dev–Ops synchronisation',
    text: 'Development and operations synchronise every week, or every day.',
    low: 'Development and operations meet only at handover or during incidents.',
    high: 'They plan together every week and synchronise daily.',
    nextStep: 'Start a weekly Dev–Ops synchronisation at the Obeya board.',
  },
  {
    kind: 'maturity',
    id: 'lean.onePieceFlow',
    pillar: 'leanFoundation',
    title: 'One-piece flow',
    text: 'Work flows through the whole process in small batches, one piece at a time.',
    low: 'Work is batched into large releases and waits between steps.',
    high: 'Each change flows on its own from request to production, with little waiting.',
    nextStep: 'Cut the batch size at the step with the longest queue on the value stream map.',
  },
];

/** DORA Quick Check's labels (dora-team/dora.dev, quick-check-2023 metrics_question_responses). */
const LEAD_TIME_STEPS: DoraStepScale = {
  kind: 'steps',
  labels: [
    'More than six months',
    'One to six months',
    'One week to one month',
    'One day to one week',
    'Less than one day',
    'Less than one hour',
  ],
};

const DEPLOYMENT_FREQUENCY_STEPS: DoraStepScale = {
  kind: 'steps',
  labels: [
    'Less than once per six months',
    'Between once per month and once every six months',
    'Between once per week and once per month',
    'Between once per day and once per week',
    'Between once per hour and once per day',
    'On demand (multiple deploys per day)',
  ],
};

export const QUESTIONNAIRE_V1: Questionnaire = {
  version: 1,
  items: [
    ...fitQuestions,
    ...maturityItems,
    {
      kind: 'dora',
      id: 'dora.leadTime',
      metric: 'leadTime',
      title: 'Lead time for changes',
      text: 'For the main service you work on: how long does a change take from code committed to code running successfully in production?',
      scale: LEAD_TIME_STEPS,
    },
    {
      kind: 'dora',
      id: 'dora.deploymentFrequency',
      metric: 'deploymentFrequency',
      title: 'Deployment frequency',
      text: 'How often does your organisation deploy code to production or release it to users?',
      scale: DEPLOYMENT_FREQUENCY_STEPS,
    },
    {
      kind: 'dora',
      id: 'dora.recoveryTime',
      metric: 'recoveryTime',
      title: 'Failed deployment recovery time',
      text: 'When a change to production degrades the service and needs a fix (hotfix, rollback, fix forward, patch), how long does restoring the service generally take?',
      scale: LEAD_TIME_STEPS,
    },
    {
      kind: 'dora',
      id: 'dora.changeFailRate',
      metric: 'changeFailRate',
      title: 'Change fail rate',
      text: 'About what percentage of changes to production degrade the service and need a fix?',
      scale: { kind: 'percent' },
    },
    {
      kind: 'dora',
      id: 'dora.reworkRate',
      metric: 'reworkRate',
      title: 'Deployment rework rate',
      text: 'About what percentage of deployments in the last six months were unplanned, made to fix a bug users saw?',
      scale: { kind: 'percent' },
    },
  ],
  readiness: {
    toyotaWay: {
      levels: {
        disciplinedAgile: 4,
        continuousDelivery: 4,
        serviceManagement: 4,
        leanFoundation: 4,
      },
      why: 'The Toyota way is the advanced type: strategic IT services across a matrix organisation rely on every pillar, above all mature IT service management and a practised Lean foundation.',
    },
    collaboration: {
      levels: {
        disciplinedAgile: 3,
        continuousDelivery: 3,
        serviceManagement: 3,
        leanFoundation: 3,
      },
      why: 'Collaboration is the standard type: quick, frequent IT services with reliable operation need all three pillars and the foundation in place.',
    },
    continuousDelivery: {
      levels: {
        disciplinedAgile: 3,
        continuousDelivery: 4,
        serviceManagement: 2,
        leanFoundation: 2,
      },
      why: 'Continuous Delivery is the basic type: quick, frequent software releases rest on a mature deployment pipeline and a disciplined team; service management and Lean can follow.',
    },
  },
};
