// fourpoint learn [topic]: short explanations of the points, the tools, lapses and graduation.
import { keyValueLines, screenWidth } from '../../ui/layout.js';
import { UsageError } from '../../errors.js';
import { findTopic, loadTopics, suggestTopics } from '../../learn/topics.js';
import type { App } from '../context.js';

export interface LearnOptions {
  json?: boolean;
}

export async function run(o: LearnOptions, app: App, args: string[]): Promise<void> {
  const topics = loadTopics();
  const t = app.theme;
  const query = args.join(' ').trim();
  if (!query) {
    if (o.json) {
      app.out(JSON.stringify(topics.map(({ id, title, summary, aliases }) => ({ id, title, summary, aliases })), null, 2));
      return;
    }
    app.out(t.heading('Topics'));
    app.out(keyValueLines(topics.map((topic) => [t.accent(topic.id), topic.summary] as const), screenWidth(app.io)).join('\n'));
    app.say(t.dim('Read one with: fourpoint learn <topic>, such as fourpoint learn lapses'));
    return;
  }
  const topic = findTopic(topics, query);
  if (!topic) {
    const near = suggestTopics(topics, query);
    throw new UsageError(`no topic called "${query}"`, near.length ? `did you mean: ${near.join(', ')}? (all topics: fourpoint learn)` : 'see all topics: fourpoint learn');
  }
  if (o.json) {
    app.out(JSON.stringify(topic, null, 2));
    return;
  }
  app.out(`${t.heading(topic.title)}\n`);
  app.out(topic.body);
}
