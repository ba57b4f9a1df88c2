import { compareFeeds } from '../../compare/compareFeeds.ts';
import { buildTimetableGrid } from '../../compare/grid/buildTimetableGrid.ts';
import { profileOrigins } from '../../compare/profileOrigins.ts';
import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import type { CountryLocator } from '../../network/countryLocator.ts';
import { planJourneys } from '../planJourneys.ts';
import { presentReach } from '../present/presentReach.ts';
import { comparisonCsv } from '../routes/comparisonCsv.ts';
import { presentComparison } from '../routes/presentComparison.ts';
import { presentTimetable } from '../routes/presentTimetable.ts';
import { board } from '../routes/stopBoardRouter.ts';
import { timetableCsv } from '../routes/timetableCsv.ts';
import { timetableHtml } from '../routes/timetableHtml.ts';
import { type ApiTask, type FeedRef, type TaskBody, taskContentType } from './ApiTask.ts';
import { diagramSvg } from './diagramSvg.ts';
import { presentLine } from './linesOfFeed.ts';
import { networkBody } from './networkBody.ts';

/**
 * Computes a task's response body, on whichever thread runs it (a pool worker, or the main thread in
 * single-thread mode and tests). `feedOf` finds the feed version the task names. Throws ApiError.
 */
export function runTask(
  task: ApiTask,
  feedOf: (ref: FeedRef) => LoadedFeed,
  locator: CountryLocator,
): TaskBody {
  const type = taskContentType(task);
  switch (task.type) {
    case 'lines': {
      const feed = feedOf(task.feed);
      return {
        type,
        body: JSON.stringify({ feed: feed.id, lines: feed.lines.map((l) => presentLine(feed, l)) }),
      };
    }
    case 'diagram': {
      const other = task.compare ? feedOf(task.compare) : null;
      return { type, body: diagramSvg(feedOf(task.feed), other, task.query) };
    }
    case 'network':
      return { type, body: networkBody(feedOf(task.feed), locator, task.lang) };
    case 'timetable': {
      const feed = feedOf(task.feed);
      const grid = buildTimetableGrid(feed.router, feed.timetable, task.from, task.to, task.date);
      const doc = presentTimetable(feed, task.date, task.from, task.to, grid, task.lang);
      const body =
        task.format === 'html'
          ? timetableHtml(doc, task.lang)
          : task.format === 'csv'
            ? timetableCsv(doc, task.lang)
            : JSON.stringify(doc);
      return { type, body };
    }
    case 'compare': {
      const c = {
        baseline: feedOf(task.baseline),
        scenario: feedOf(task.scenario),
        date: task.date,
        baselineDate: task.baselineDate,
      };
      const rows = compareFeeds(c.baseline.router, c.scenario.router, { ...c, stations: task.stations });
      const doc = presentComparison(c, task.stations, rows);
      if (task.format === 'json') return { type, body: JSON.stringify(doc) };
      return {
        type,
        body: comparisonCsv(doc),
        headers: {
          'Content-Disposition': `attachment; filename="compare-${doc.baseline.feed}-${doc.scenario.feed}-${doc.scenario.date}.csv"`,
        },
      };
    }
    case 'reach': {
      const other = task.compare ? feedOf(task.compare) : null;
      return { type, body: JSON.stringify(presentReach(feedOf(task.feed), other, task.query)) };
    }
    case 'journeys':
      return { type, body: JSON.stringify(planJourneys(feedOf(task.feed), task.query, locator)) };
    case 'board':
      return { type, body: JSON.stringify(board(feedOf(task.feed), task.stop, task.kind, task.query)) };
    case 'comparePair': {
      const side = (feed: LoadedFeed, date: string) => {
        const has = feed.timetable.stopIndex.has(task.from) && feed.timetable.stopIndex.has(task.to);
        const query = {
          from: task.from,
          to: task.to,
          date,
          time: '00:00',
          arriveBy: false,
          window: 1439,
          maxTransfers: 5,
          minTransfer: 5,
          count: 1,
          lang: task.lang,
        };
        return { feed: feed.id, date, journeys: has ? planJourneys(feed, query, locator).journeys : [] };
      };
      const doc = {
        type: 'comparePair',
        baseline: side(feedOf(task.baseline), task.baselineDate),
        scenario: side(feedOf(task.scenario), task.date),
      };
      return { type, body: JSON.stringify(doc) };
    }
    case 'profile': {
      const stats = profileOrigins(feedOf(task.feed).router, task.date, task.stations, task.origins);
      return { type, body: JSON.stringify(stats) };
    }
  }
}
