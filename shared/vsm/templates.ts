import { addDoneCriterion } from './definitionOfDoneChanges';
import { randomId, type IdFactory } from './ids';
import { newValueStreamMap, type MapDetailsPatch } from './mapChanges';
import { addStep, type NewStep } from './stepChanges';
import type { ValueStreamMapDoc } from './ValueStreamMapDoc';

export const TEMPLATE_NAMES = ['enterprise-devops', 'software-delivery', 'blank'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

interface TemplateStep extends NewStep {
  doneCriteria?: string[];
}

interface Template {
  details: MapDetailsPatch & { title: string };
  steps: TemplateStep[];
}

const PLACEHOLDER = 'Placeholder times and %C&A: replace them with what the team measures.';

/** The white paper's eleven stages, each with who acts there (section 7 of the paper). */
const ENTERPRISE_DEVOPS: Template = {
  details: {
    title: 'Enterprise DevOps value stream',
    scope: {
      trigger: 'A business need for an IT service',
      outcome: 'The IT service supports the business, through to its end of life',
    },
    customer: 'Business customers of the IT service',
    supplier: 'Business strategy',
    timeConventions: { displayUnit: 'days' },
  },
  steps: [
    {
      name: 'Business strategy & planning',
      role: 'Service Master',
      processTime: { value: 2, unit: 'days' },
      leadTime: { value: 4, unit: 'weeks' },
      completeAndAccurate: 90,
      notes: `The Service Master attends business planning and recommends how IT services can give the business an advantage. ${PLACEHOLDER}`,
    },
    {
      name: 'Marketing & sales',
      role: 'Service Master',
      processTime: { value: 3, unit: 'days' },
      leadTime: { value: 2, unit: 'weeks' },
      completeAndAccurate: 85,
      notes: `The Service Master works with marketing, identifies the customers of the IT service, gathers requirements with their business value and agrees a time frame. ${PLACEHOLDER}`,
    },
    {
      name: 'Administration',
      role: 'Process Master',
      processTime: { value: 1, unit: 'days' },
      leadTime: { value: 1, unit: 'weeks' },
      completeAndAccurate: 95,
      notes: `The Process Master agrees how the whole process is made visible, for example an Obeya room for information and on-the-spot decisions. ${PLACEHOLDER}`,
    },
    {
      name: 'Project planning',
      role: 'Service Master',
      processTime: { value: 3, unit: 'days' },
      leadTime: { value: 2, unit: 'weeks' },
      completeAndAccurate: 90,
      notes: `The Service Master sets up the service management office (SMO), ground rules, vision, goal and value, and puts the DevOps team together; the run-time infrastructure is defined and the value stream of the whole process designed. ${PLACEHOLDER}`,
    },
    {
      name: 'Requirements & design',
      role: 'Service Master & DevOps team',
      processTime: { value: 5, unit: 'days' },
      leadTime: { value: 3, unit: 'weeks' },
      completeAndAccurate: 70,
      notes: `The Service Master defines and prioritises the backlog; the team writes user, test and operation stories and the service and operational level agreements. The DevOps Engineer and operation team define the infrastructure, the Gatekeeper studies compliance and regulation, the Reliability Engineer defines how testing is done. ${PLACEHOLDER}`,
      doneCriteria: [
        'User stories: role, function, business value, conditions of operation',
        'Test stories: acceptance tests and service acceptance criteria',
        'Operation stories: service priority and continuity conditions',
        'Service and operational level agreements written',
      ],
    },
    {
      name: 'Development',
      role: 'Development team',
      processTime: { value: 10, unit: 'days' },
      leadTime: { value: 4, unit: 'weeks' },
      completeAndAccurate: 85,
      notes: `Disciplined agile: the team commits to the release plan and works in sprints, with XP practices such as pair programming, TDD, refactoring and a 10-minute build. ${PLACEHOLDER}`,
    },
    {
      name: 'Deployment',
      role: 'DevOps Engineer & Gatekeeper',
      processTime: { value: 1, unit: 'days' },
      leadTime: { value: 1, unit: 'weeks' },
      completeAndAccurate: 90,
      notes: `After continuous integration, one automated pipeline runs acceptance and performance tests and deploys as one-piece flow. The Reliability and DevOps Engineers improve testing; the Gatekeeper makes the go / no-go decision; operations prepares for business continuity. ${PLACEHOLDER}`,
      doneCriteria: [
        'Acceptance and performance tests pass',
        'Gatekeeper go / no-go decision made',
      ],
    },
    {
      name: 'Operation',
      role: 'Operation team',
      processTime: { value: 1, unit: 'days' },
      leadTime: { value: 1, unit: 'weeks' },
      completeAndAccurate: 95,
      notes: `The operation team monitors the service with light-weight ITSM, together with the Reliability Engineer, and keeps vital services running: recovery point (RPO) and recovery time (RTO) objectives. ${PLACEHOLDER}`,
      doneCriteria: ['RPO and RTO agreed and monitored'],
    },
    {
      name: 'Maintenance',
      role: 'Service Master & Reliability Engineer',
      processTime: { value: 0.5, unit: 'days' },
      leadTime: { value: 1, unit: 'weeks' },
      completeAndAccurate: 90,
      notes: `The Service Master and Reliability Engineer decide whether to approve maintenance; approved work joins the backlog as requests for change. ${PLACEHOLDER}`,
    },
    {
      name: 'Customer service',
      role: 'Service Master & Reliability Engineer',
      processTime: { value: 0.5, unit: 'days' },
      leadTime: { value: 1, unit: 'weeks' },
      completeAndAccurate: 90,
      notes: `The Service Master and Reliability Engineer collect customer feedback — operational problems, user experience, quality; approved items join the backlog as requests for change. ${PLACEHOLDER}`,
    },
    {
      name: 'End of life',
      role: 'Service Master',
      processTime: { value: 1, unit: 'days' },
      leadTime: { value: 2, unit: 'weeks' },
      completeAndAccurate: 95,
      notes: `The Service Master decides when and how the IT service ends. ${PLACEHOLDER}`,
    },
  ],
};

const PIPELINE_NOTE =
  'Times from a public CI/CD template; %C&A is a placeholder. Replace them with what the team measures.';

/** The software delivery pipeline of DOMAIN.md §3: process time / wait in hours. */
const SOFTWARE_DELIVERY: Template = {
  details: {
    title: 'Software delivery pipeline',
    scope: {
      trigger: 'A change is ready to start',
      outcome: 'The change runs in production and is monitored',
    },
    customer: 'Users of the service',
    supplier: 'Product backlog',
    timeConventions: { displayUnit: 'hours' },
  },
  steps: [
    pipelineStep('Development', 'Development team', 16, 0, 90),
    pipelineStep('Code review', 'Development team', 1, 8, 85),
    pipelineStep('Automated test', 'DevOps Engineer', 0.5, 0.25, 95),
    pipelineStep('Staging deploy', 'DevOps Engineer', 0.25, 0.5, 98),
    pipelineStep('QA', 'Reliability Engineer', 2, 4, 80),
    pipelineStep('Release approval', 'Gatekeeper / Release coordinator', 0.25, 24, 95),
    pipelineStep('Production deploy', 'DevOps Engineer', 0.25, 0.25, 98),
    pipelineStep('Monitoring', 'Operation team', 0.5, 0, 100),
  ],
};

function pipelineStep(
  name: string,
  role: string,
  processHours: number,
  waitHours: number,
  completeAndAccurate: number,
): TemplateStep {
  return {
    name,
    role,
    processTime: { value: processHours, unit: 'hours' },
    wait: { value: waitHours, unit: 'hours' },
    completeAndAccurate,
    notes: PIPELINE_NOTE,
  };
}

const BLANK: Template = { details: { title: 'Untitled value stream' }, steps: [] };

const TEMPLATES: Record<TemplateName, Template> = {
  'enterprise-devops': ENTERPRISE_DEVOPS,
  'software-delivery': SOFTWARE_DELIVERY,
  blank: BLANK,
};

/** A new current-state map from a template, built through the ordinary change functions. */
export function fromTemplate(
  name: TemplateName,
  now: number,
  newId: IdFactory = randomId,
): ValueStreamMapDoc {
  const template = TEMPLATES[name];
  const map = newValueStreamMap(template.details, now);
  for (const { doneCriteria = [], ...step } of template.steps) {
    const stepId = addStep(map, step, newId);
    for (const text of doneCriteria) addDoneCriterion(map, stepId, text, newId);
  }
  return map;
}
