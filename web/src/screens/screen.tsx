import { useI18n } from '../i18n/i18n';
import { useRoute } from '../router';
import { useCan } from '../session';
import { ArticleScreen, ArticlesScreen } from './articles';
import { ExportsScreen } from './exports';
import { KeysScreen } from './keys';
import { ReviewQueue } from './review-queue';
import { SearchScreen } from './search';
import { SpeakerScreen, SpeakersScreen } from './speaker';
import { StatementScreen } from './statement';

/** Picks the screen for the URL fragment. */
export function Screen() {
  const route = useRoute();
  const can = useCan();
  const { t } = useI18n();
  const [section, id] = route.parts;
  switch (section ?? 'queue') {
    case 'queue':
      return <ReviewQueue query={route.query} />;
    case 'statements':
      return id ? <StatementScreen id={id} key={id} /> : <ReviewQueue query={route.query} />;
    case 'search':
      return <SearchScreen query={route.query} />;
    case 'articles':
      return id ? <ArticleScreen id={id} key={id} /> : <ArticlesScreen />;
    case 'speakers':
      return id ? <SpeakerScreen id={id} key={id} query={route.query} /> : <SpeakersScreen query={route.query} />;
    case 'exports':
      return <ExportsScreen query={route.query} />;
    case 'keys':
      return can('admin') ? <KeysScreen /> : <p role="alert">{t('forbidden')}</p>;
    case 'queues':
      return (
        <p>
          <a href="/admin/queues">{t('nav.queues')}</a>
        </p>
      );
    default:
      return <p role="alert">{t('notFound')}</p>;
  }
}
