// One activity: what it is, who attends (shares, warnings below the line's minimums), and the commune officer's
// workflow — download the attendance template, upload the filled sheet, see at once what was wrong in which row
// (and download those rows to fix them), record completions.

import { h, replace, announce } from '../dom.js';
import { t, label, bilingual, number, percent, date, dateTime } from '../i18n.js';
import { get, call, post, postAt } from '../api.js';
import { canWrite, isProvincial } from '../session.js';
import { rosterSection } from './roster.js';
import { table, field, downloadButton, problemBox, progressBar } from '../components.js';

const POLL_MS = 500;

export async function activityView(context) {
  const { main, params: [activityId], user, alive, onCleanup } = context;
  const path = `/api/v1/training-events/${encodeURIComponent(activityId)}`;
  const [activity, units] = await Promise.all([get('enrolment', path), get('enrolment', '/api/v1/reference/units')]);
  if (!alive()) return;
  const unitNames = Object.fromEntries(units.map(unit => [unit.code, unit.name]));
  const writable = canWrite(user);
  let polling = null;
  onCleanup(() => clearTimeout(polling));

  const details = h('section.card', { 'aria-labelledby': 'activity-details' });
  const message = h('div', { 'aria-live': 'polite', tabindex: '-1' });
  const report = h('section', { 'aria-live': 'polite', 'data-testid': 'import-report' });

  const renderDetails = current => replace(details,
    h('h2#activity-details', {}, label('kind', current.activityKind), ' ',
      h('span.badge.neutral', { 'data-testid': 'activity-status' }, label('activity.status', current.status))),
    h('dl.facts', {},
      h('dt', {}, t('col.dates')), h('dd', {}, `${date(current.startDate)} – ${date(current.endDate)}`),
      h('dt', {}, t('col.unit')), h('dd', {}, unitNames[current.unitCode] || current.unitCode),
      h('dt', {}, t('col.capacity')), h('dd', { 'data-testid': 'activity-seats' },
        t('activity.seats', { taken: number(current.seatsTaken), capacity: number(current.capacity) })),
      h('dt', {}, t('col.completed')), h('dd', { 'data-testid': 'activity-completed' }, number(current.completed)),
      h('dt', {}, t('schedule.sessions')), h('dd', {}, `${number(current.sessions?.length)} — `,
        t('activity.sessionsRequired', { n: current.sessionsRequired }))),
    sharesOf(current.shares));

  const refresh = async () => {
    const current = await get('enrolment', path);
    if (alive()) renderDetails(current);
    return current;
  };
  // the learners themselves: province users only (the ministry reads totals)
  const roster = isProvincial(user) ? rosterSection(activity, { writable, onChange: refresh }) : null;

  // ------------------------------------------------------------ the attendance sheet
  const fileInput = h('input#attendance-file', { type: 'file', name: 'file', 'data-testid': 'attendance-file',
    accept: '.xlsx,.xls,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv' });
  const uploadButton = h('button.primary', { type: 'submit', 'data-testid': 'attendance-upload' },
    t('activity.uploadButton'));
  const uploadForm = h('form', { novalidate: true, onsubmit: async event => {
    event.preventDefault();
    message.replaceChildren();
    const file = fileInput.files[0];
    if (!file) {
      message.replaceChildren(h('div.problem', { role: 'alert' }, t('activity.fileRequired')));
      fileInput.focus();
      return;
    }
    uploadButton.disabled = true;
    const body = new FormData();
    body.append('file', file, file.name);
    try {
      const job = await call('enrolment', `${path}/imports`, { method: 'POST', body });
      follow(job);
    } catch (error) {
      uploadButton.disabled = false;
      message.replaceChildren(problemBox(error));
    }
  } },
  field(t('activity.upload'), fileInput, t('activity.uploadHint')),
  uploadButton);

  const follow = job => {
    renderReport(report, job);
    if (job.status === 'RUNNING') {
      polling = setTimeout(async () => {
        try {
          const next = await get('enrolment', `/api/v1/imports/${encodeURIComponent(job.id)}`);
          if (alive()) follow(next);
        } catch (error) {
          uploadButton.disabled = false;
          if (alive()) message.replaceChildren(problemBox(error));
        }
      }, POLL_MS);
      return;
    }
    uploadButton.disabled = false;
    announce(t('activity.report', { file: job.fileName }));
    refresh();
    roster?.reload();
  };

  // what the buttons under the attendance did is said right under them, where the officer is looking, not at the
  // top of a long page
  const actionMessage = h('div', { 'aria-live': 'polite', 'data-testid': 'action-message' });
  const completeButton = h('button', { type: 'button', 'data-testid': 'record-completions', onclick: async () => {
    actionMessage.replaceChildren();
    completeButton.disabled = true;
    try {
      const result = await post('enrolment', `${path}/completions`, {});
      actionMessage.replaceChildren(h('div.success', { role: 'status', 'data-testid': 'completions-result' },
        h('p', {}, t('activity.completed', { count: number(result.completed) })),
        result.notCompletedCount ? h('p', {}, t('activity.notCompleted', { count: number(result.notCompletedCount) })) : null));
      await refresh();
      roster?.reload();
    } catch (error) {
      actionMessage.replaceChildren(problemBox(error));
    } finally {
      completeButton.disabled = false;
    }
    actionMessage.scrollIntoView({ block: 'nearest' });
  } }, t('activity.complete'));

  const holdButton = h('button', { type: 'button', 'data-testid': 'mark-held', onclick: async () => {
    actionMessage.replaceChildren();
    try {
      const current = await get('enrolment', path);
      await postAt('enrolment', `${path}/hold`, current.version);
      await refresh();
    } catch (error) {
      actionMessage.replaceChildren(problemBox(error));
    }
    actionMessage.scrollIntoView({ block: 'nearest' });
  } }, t('activity.hold'));

  renderDetails(activity);
  replace(main,
    h('nav.breadcrumbs', { 'aria-label': 'breadcrumbs' }, h('a', { href: '#/province' }, t('nav.province')), ' › ',
      h('a', { href: `#/plans/${encodeURIComponent(activity.planId)}` }, t('activity.plan')), ' › ', t('activity.title')),
    h('h1', { 'data-testid': 'activity-title' }, activity.title),
    message,
    details,
    h('section.card', { 'aria-labelledby': 'attendance-title' },
      h('h2#attendance-title', {}, t('activity.attendance')),
      h('div.actions', {}, downloadButton(t('activity.template'), 'enrolment', `${path}/attendance-template.xlsx`, {},
        'mau-diem-danh.xlsx', 'attendance-template')),
      writable ? uploadForm : null,
      report,
      writable ? h('div.actions', {}, completeButton, activity.status === 'SCHEDULED' ? holdButton : null) : null,
      writable ? actionMessage : null),
    roster?.element,
    h('p', {}, h('a', { href: `#/plans/${encodeURIComponent(activity.planId)}` }, t('activity.toPlan'))));
}

function sharesOf(shares) {
  if (!shares) return null;
  return h('div', {},
    h('h3', {}, t('activity.shares')),
    h('p', {}, `${t('figures.women')}: ${number(shares.women)} (${percent(shares.womenPercent)})`,
      shares.minWomenPercent != null ? ` · ${t('figures.minShare', { min: `${shares.minWomenPercent} %` })}` : '', h('br'),
      `${t('figures.ethnicMinority')}: ${number(shares.ethnicMinority)} (${percent(shares.ethnicMinorityPercent)})`,
      shares.minEthnicMinorityPercent != null ? ` · ${t('figures.minShare', { min: `${shares.minEthnicMinorityPercent} %` })}` : ''),
    shares.warnings?.length ? h('div.notice', { role: 'status', 'data-testid': 'share-warnings' },
      h('strong', {}, t('activity.warning')), h('ul', {}, shares.warnings.map(warning =>
        h('li', {}, bilingual(warning.message, warning.messageEn))))) : null);
}

/** The import's progress, then its report: counts, and every error by row and column. */
function renderReport(section, job) {
  if (job.status === 'RUNNING') {
    replace(section, h('div.card', {}, progressBar({ title: t('activity.uploading', { percent: job.progressPercent }),
      achieved: job.processedRows, target: job.totalRows })));
    return;
  }
  const counts = [
    ['activity.accepted', job.acceptedRows, 'import-accepted'],
    ['activity.rejected', job.rejectedRows, 'import-rejected'],
    ['activity.enrolledNow', job.enrolled, 'import-enrolled'],
    ['activity.alreadyEnrolled', job.alreadyEnrolled, 'import-already'],
    ['activity.attendanceChanged', job.attendanceChanged, 'import-attendance'],
  ];
  replace(section, h('div.card', { 'data-status': job.status },
    h('h3', {}, t('activity.report', { file: job.fileName }), ' ',
      h('span.small.muted', {}, dateTime(job.finishedAt))),
    job.failure ? h('div.problem', { role: 'alert' }, t('activity.failure', { reason: job.failure })) : null,
    h('dl.facts', {}, counts.map(([key, value, testId]) => [h('dt', {}, t(key)), h('dd.num', { 'data-testid': testId }, number(value))])),
    job.errors?.length ? [
      h('h4', {}, t('activity.rowErrors')),
      table({
        caption: t('activity.rowErrorsCaption'),
        testId: 'row-errors',
        columns: [
          { title: t('col.row'), num: true, value: error => number(error.row) },
          { title: t('col.column'), value: error => error.column || t('common.none') },
          { title: t('col.reason'), value: error => bilingual(error.message, error.messageEn) },
        ],
        rows: job.errors,
      }),
      job.errorsTruncated ? h('p.notice', {}, t('activity.errorsTruncated')) : null,
    ] : h('p.success', {}, t('activity.noErrors')),
    job.errorReport ? h('div.actions', {}, downloadButton(t('activity.downloadErrors'), 'enrolment',
      `/api/v1/imports/${encodeURIComponent(job.id)}/errors.xlsx`, {}, 'dong-loi.xlsx', 'download-errors')) : null,
    sharesOf(job.shares)));
}

