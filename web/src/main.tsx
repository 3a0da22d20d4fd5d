import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, whenSessionLost } from './api/client';
import { initialLanguage, LanguageContext, rememberLanguage, translator, type Language } from './i18n/i18n';
import { Layout } from './components/layout';
import { Screen } from './screens/screen';
import { SignIn } from './screens/sign-in';
import { SessionContext, type Session } from './session';
import './styles.css';

function App() {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const i18n = useMemo(() => ({ language, setLanguage: (l: Language) => (rememberLanguage(l), setLanguageState(l)), t: translator(language) }), [language]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  useEffect(() => {
    whenSessionLost(() => setSession(null));
    api.GET('/auth/session').then(({ data }) => setSession(data ?? null), () => setSession(null));
  }, []);

  return (
    <LanguageContext.Provider value={i18n}>
      {session === undefined ? null : session === null ? (
        <SignIn onSignedIn={setSession} />
      ) : (
        <SessionContext.Provider value={session}>
          <Layout onSignedOut={() => setSession(null)}>
            <Screen />
          </Layout>
        </SessionContext.Provider>
      )}
    </LanguageContext.Provider>
  );
}

render(<App />, document.getElementById('app')!);
